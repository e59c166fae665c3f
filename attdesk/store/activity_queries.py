"""The activities table's data source: a compact in-memory index of every live activity.

Loaded once with a handful of bulk queries, then searched, filtered and sorted in memory,
so that a keystroke in the search box costs milliseconds even with 50,000 activities and
does not depend on how fast the database answers (a file today, a server later). Saving or
deleting an activity refreshes just its entry.
"""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from operator import attrgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attdesk.domain.text import fold
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    RELEVANCE,
    vocabulary,
)
from attdesk.store.models import (
    IMPLEMENTER,
    Activity,
    ActivityFocusArea,
    ActivityOrganisation,
    ActivityType,
    Organisation,
)

CHUNK = 500


@dataclass(frozen=True)
class ActivityFilter:
    """What the user narrowed the list to. Empty fields do not filter."""

    text: str = ""
    year_from: int | None = None
    year_to: int | None = None
    assistance_type: str | None = None
    focus_area: str | None = None
    focus_group: str | None = None
    relevance: str | None = None
    implementer: str | None = None  # organisation UUID

    @property
    def active(self) -> bool:
        return self != ActivityFilter()


class SortColumn(StrEnum):
    TITLE = "title"
    DATES = "dates"
    FORMAT = "format"
    RELEVANCE = "relevance"
    TYPES = "types"
    FOCUS_AREAS = "focus_areas"
    IMPLEMENTERS = "implementers"


@dataclass(frozen=True)
class Sort:
    column: SortColumn = SortColumn.DATES
    descending: bool = True
    language: str = "en"  # labels sort in the language they are shown in


@dataclass(slots=True)
class ActivityRow:
    """One activity as the table shows, searches and sorts it (codes, not labels)."""

    id: int
    uuid: str
    title: str
    start_date: str | None
    end_date: str | None
    format: str | None
    relevance: str
    types: tuple[str, ...]
    focus_areas: tuple[str, ...]
    implementers: tuple[str, ...]  # display names, lead first
    implementer_uuids: tuple[str, ...]
    title_key: str
    search_text: str
    first_year: int | None
    last_year: int | None


def _years(start: str | None, end: str | None) -> tuple[int | None, int | None]:
    first = int(start[:4]) if start else None  # stored partial dates begin with the year
    last = int(end[:4]) if end else None
    return first if first is not None else last, last if last is not None else first


def _codes_of(model: type[ActivityType] | type[ActivityFocusArea]) -> Any:
    """An activity's codes from a link table as one space-separated string (codes have no
    spaces): one row per activity instead of one per code, on SQLite and PostgreSQL alike."""
    return (
        select(func.aggregate_strings(model.code, " "))
        .where(model.activity_id == Activity.id)
        .scalar_subquery()
    )


def load_rows(session: Session, ids: Sequence[int] | None = None) -> dict[int, ActivityRow]:
    """Index rows of the live activities (all, or those with these ids).

    Plain Core queries on the session's connection: the ORM's row processing would cost
    more than the database itself at 50,000 activities.
    """
    connection = session.connection()
    intern = sys.intern  # codes repeat across rows: share one string object per code
    base = select(
        Activity.id,
        Activity.uuid,
        Activity.title,
        Activity.start_date,
        Activity.end_date,
        Activity.format,
        Activity.relevance,
        Activity.title_key,
        Activity.search_text,
        _codes_of(ActivityType),
        _codes_of(ActivityFocusArea),
    ).where(Activity.deleted_at.is_(None))
    chunks: Iterable[Sequence[int] | None] = (
        [None] if ids is None else [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
    )
    result: dict[int, ActivityRow] = {}
    for chunk in chunks:

        def restricted(query: Any, column: Any, chunk: Sequence[int] | None = chunk) -> Any:
            return query if chunk is None else query.where(column.in_(chunk))

        names: dict[int, list[str]] = {}
        org_uuids: dict[int, list[str]] = {}
        org_query = restricted(
            select(
                ActivityOrganisation.activity_id,
                Organisation.name,
                Organisation.acronym,
                Organisation.uuid,
            )
            .join(Organisation, Organisation.id == ActivityOrganisation.organisation_id)
            .where(ActivityOrganisation.role == IMPLEMENTER)
            .order_by(ActivityOrganisation.activity_id, ActivityOrganisation.position),
            ActivityOrganisation.activity_id,
        )
        for activity_id, name, acronym, org_uuid in connection.execute(org_query).all():
            names.setdefault(activity_id, []).append(intern(acronym or name))
            org_uuids.setdefault(activity_id, []).append(intern(org_uuid))
        empty: tuple[str, ...] = ()
        for row in connection.execute(restricted(base, Activity.id)).all():
            activity_id, uuid, title, start, end, form, relevance, title_key, search = row[:9]
            types, areas = row[9], row[10]
            first, last = _years(start, end)
            result[activity_id] = ActivityRow(
                activity_id,
                uuid,
                title,
                start,
                end,
                intern(form) if form else None,
                intern(relevance),
                tuple(map(intern, types.split())) if types else empty,
                tuple(map(intern, areas.split())) if areas else empty,
                tuple(names.get(activity_id, empty)),
                tuple(org_uuids.get(activity_id, empty)),
                title_key,
                search,
                first,
                last,
            )
    return result


def _narrow(rows: list[ActivityRow], flt: ActivityFilter) -> list[ActivityRow]:
    """The rows that pass the filter, order kept: one tight pass per active criterion."""
    for word in fold(flt.text).split():
        rows = [row for row in rows if word in row.search_text]
    if flt.year_from is not None:
        low = flt.year_from
        rows = [row for row in rows if row.last_year is not None and row.last_year >= low]
    if flt.year_to is not None:
        high = flt.year_to
        rows = [row for row in rows if row.first_year is not None and row.first_year <= high]
    if flt.assistance_type:
        code = flt.assistance_type
        rows = [row for row in rows if code in row.types]
    if flt.focus_area:
        area = flt.focus_area
        rows = [row for row in rows if area in row.focus_areas]
    if flt.focus_group:
        group = frozenset(t.code for t in vocabulary(FOCUS_AREA).in_group(flt.focus_group))
        rows = [row for row in rows if not group.isdisjoint(row.focus_areas)]
    if flt.relevance:
        relevance = flt.relevance
        rows = [row for row in rows if row.relevance == relevance]
    if flt.implementer:
        implementer = flt.implementer
        rows = [row for row in rows if implementer in row.implementer_uuids]
    return rows


def _refines(new: ActivityFilter, old: ActivityFilter) -> bool:
    """True when everything `new` shows is among what `old` showed (the user typed on)."""
    if new.text == old.text or replace(new, text=old.text) != old:
        return False
    old_words = fold(old.text).split()
    new_words = fold(new.text).split()
    # every old word must still be required, as itself or inside a longer new word
    return all(any(word in longer for longer in new_words) for word in old_words)


def _label_ranks(vocabulary_id: str, language: str) -> dict[str, int]:
    vocab = vocabulary(vocabulary_id)
    ordered = sorted(vocab.codes, key=lambda code: fold(vocab.label(code, language)))
    return {code: rank for rank, code in enumerate(ordered)}


SortKey = tuple[Any, ...]
Component = Callable[[ActivityRow], Any]


def _sort_components(sort: Sort) -> list[Component]:
    """What a sort compares, most significant first, ending in the title and the row id so
    that no two rows tie. The first component puts unknown values last in either direction
    (descending views read the ascending order backwards)."""
    unknown = not sort.descending

    def by_codes(vocabulary_id: str, codes_of: Callable[[ActivityRow], Sequence[str]]) -> Any:
        ranks = _label_ranks(vocabulary_id, sort.language)
        cache: dict[Sequence[str], list[int]] = {}  # few distinct combinations of codes

        def positions(row: ActivityRow) -> list[int]:
            codes = codes_of(row)
            found = cache.get(codes)
            if found is None:
                found = cache[codes] = sorted(ranks.get(code, len(ranks)) for code in codes)
            return found

        return [lambda row: bool(codes_of(row)) != unknown, positions]

    match sort.column:
        case SortColumn.TITLE:
            leading: list[Component] = []
        case SortColumn.DATES:
            leading = [
                lambda row: (row.start_date is not None or row.end_date is not None) != unknown,
                lambda row: row.start_date or row.end_date or "",
                lambda row: row.end_date or "",
            ]
        case SortColumn.FORMAT:
            leading = by_codes(ACTIVITY_FORMAT, lambda row: (row.format,) if row.format else ())
        case SortColumn.RELEVANCE:
            leading = by_codes(RELEVANCE, lambda row: (row.relevance,))
        case SortColumn.TYPES:
            leading = by_codes(ASSISTANCE_TYPE, lambda row: row.types)
        case SortColumn.FOCUS_AREAS:
            leading = by_codes(FOCUS_AREA, lambda row: row.focus_areas)
        case SortColumn.IMPLEMENTERS:
            folded: dict[str, str] = {}

            def lead(row: ActivityRow) -> str:
                if not row.implementers:
                    return ""
                name = row.implementers[0]
                found = folded.get(name)
                if found is None:
                    found = folded[name] = fold(name)
                return found

            leading = [lambda row: bool(row.implementers) != unknown, lead]
    return [*leading, attrgetter("title_key"), attrgetter("id")]


def _sorted_rows(rows: Iterable[ActivityRow], components: Sequence[Component]) -> list[ActivityRow]:
    """Rows in ascending component order. One stable sort per component, least significant
    first: each pass compares plain strings or numbers, which Python sorts several times
    faster than tuples of them."""
    ordered = list(rows)
    for component in reversed(components):
        ordered.sort(key=component)
    return ordered


class ActivityIndex:
    """Every live activity, kept in memory for instant search, filters and sorting.

    The rows are kept sorted for the current sort order, so a keystroke only filters
    (order is preserved); a keystroke that extends the search text filters the previous
    result instead of every row; saving one activity moves one entry by bisection.
    """

    def __init__(self) -> None:
        self.rows: dict[int, ActivityRow] = {}
        self._by_uuid: dict[str, int] = {}
        self._sort: Sort | None = None
        self._components: list[Component] = []
        self._sorted: list[ActivityRow] = []  # ascending by self._key()
        self._last: tuple[ActivityFilter, Sort, list[ActivityRow]] | None = None

    def load(self, session: Session) -> None:
        self.rows = load_rows(session)
        self._by_uuid = {row.uuid: row.id for row in self.rows.values()}
        self._sort = None
        self._last = None

    def refresh(self, session: Session, ids: Sequence[int]) -> None:
        """Re-read these activities; those deleted meanwhile leave the index."""
        fresh = load_rows(session, ids)
        for activity_id in ids:
            old = self.rows.pop(activity_id, None)
            if old is not None:
                self._by_uuid.pop(old.uuid, None)
                self._unplace(old)
            row = fresh.get(activity_id)
            if row is not None:
                self.rows[activity_id] = row
                self._by_uuid[row.uuid] = activity_id
                self._place(row)
        self._last = None

    def _key(self, row: ActivityRow) -> SortKey:
        return tuple(component(row) for component in self._components)

    def _place(self, row: ActivityRow) -> None:
        if self._sort is not None:
            self._sorted.insert(bisect_left(self._sorted, self._key(row), key=self._key), row)

    def _unplace(self, row: ActivityRow) -> None:
        if self._sort is not None:
            at = bisect_left(self._sorted, self._key(row), key=self._key)
            if at < len(self._sorted) and self._sorted[at] is row:
                del self._sorted[at]
            else:  # the key could not be found again (labels changed): sort afresh
                self._sort = None

    def __len__(self) -> int:
        return len(self.rows)

    def id_of(self, uuid: str) -> int | None:
        return self._by_uuid.get(uuid)

    def _ordered(self, sort: Sort) -> list[ActivityRow]:
        if sort != self._sort:
            self._components = _sort_components(sort)
            self._sorted = _sorted_rows(self.rows.values(), self._components)
            self._sort = sort
        return self._sorted[::-1] if sort.descending else self._sorted

    def matching(self, flt: ActivityFilter, sort: Sort) -> list[int]:
        """Ids of the activities that pass the filter, in display order."""
        last = self._last
        if last is not None and last[1] == sort and _refines(flt, last[0]):
            rows = _narrow(last[2], flt)
        else:
            rows = _narrow(self._ordered(sort), flt)
        self._last = (flt, sort, rows)
        return [row.id for row in rows]

    def year_range(self) -> tuple[int, int] | None:
        years = [y for row in self.rows.values() for y in (row.first_year, row.last_year) if y]
        return (min(years), max(years)) if years else None


def activity_id(session: Session, uuid: str) -> int | None:
    """Row id of a live activity."""
    query = select(Activity.id).where(Activity.uuid == uuid, Activity.deleted_at.is_(None))
    return session.scalar(query)
