"""The activities table's data source: which activities match, in what order, and their rows.

Searching and sorting run in SQL and return only row ids, so that 50,000 activities cost a
list of integers; the table then fetches full rows a page at a time for what is on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Integer, and_, case, cast, exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

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


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """What one line of the table shows, as codes; the view turns codes into labels."""

    id: int
    uuid: str
    title: str
    start_date: str | None
    end_date: str | None
    format: str | None
    relevance: str
    types: tuple[str, ...] = ()
    focus_areas: tuple[str, ...] = ()
    implementers: tuple[str, ...] = field(default=())  # display names, lead first


def _start_year() -> ColumnElement[Any]:
    start = cast(func.substr(Activity.start_date, 1, 4), Integer)
    end = cast(func.substr(Activity.end_date, 1, 4), Integer)
    return func.coalesce(start, end)


def _end_year() -> ColumnElement[Any]:
    start = cast(func.substr(Activity.start_date, 1, 4), Integer)
    end = cast(func.substr(Activity.end_date, 1, 4), Integer)
    return func.coalesce(end, start)


def _conditions(flt: ActivityFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Activity.deleted_at.is_(None)]
    for word in fold(flt.text).split():
        conditions.append(Activity.search_text.contains(word, autoescape=True))
    if flt.year_from is not None:
        conditions.append(_end_year() >= flt.year_from)
    if flt.year_to is not None:
        conditions.append(_start_year() <= flt.year_to)
    if flt.assistance_type:
        conditions.append(
            exists().where(
                ActivityType.activity_id == Activity.id, ActivityType.code == flt.assistance_type
            )
        )
    if flt.focus_area:
        conditions.append(
            exists().where(
                ActivityFocusArea.activity_id == Activity.id,
                ActivityFocusArea.code == flt.focus_area,
            )
        )
    if flt.focus_group:
        codes = [term.code for term in vocabulary(FOCUS_AREA).in_group(flt.focus_group)]
        conditions.append(
            exists().where(
                ActivityFocusArea.activity_id == Activity.id, ActivityFocusArea.code.in_(codes)
            )
        )
    if flt.relevance:
        conditions.append(Activity.relevance == flt.relevance)
    if flt.implementer:
        conditions.append(
            exists().where(
                ActivityOrganisation.activity_id == Activity.id,
                ActivityOrganisation.role == IMPLEMENTER,
                ActivityOrganisation.organisation_id
                == select(Organisation.id)
                .where(Organisation.uuid == flt.implementer)
                .scalar_subquery(),
            )
        )
    return conditions


def _label_rank(vocabulary_id: str, column: Any, language: str) -> ColumnElement[Any]:
    """Position of a code's label in alphabetical order of the labels in `language`."""
    vocab = vocabulary(vocabulary_id)
    ordered = sorted(vocab.codes, key=lambda code: fold(vocab.label(code, language)))
    return case({code: rank for rank, code in enumerate(ordered)}, value=column, else_=len(ordered))


def _sort_keys(sort: Sort) -> list[Any]:
    match sort.column:
        case SortColumn.TITLE:
            keys: list[Any] = [Activity.title_key]
        case SortColumn.DATES:
            keys = [Activity.start_date, Activity.end_date]
        case SortColumn.FORMAT:
            keys = [_label_rank(ACTIVITY_FORMAT, Activity.format, sort.language)]
        case SortColumn.RELEVANCE:
            keys = [_label_rank(RELEVANCE, Activity.relevance, sort.language)]
        case SortColumn.TYPES:
            rank = _label_rank(ASSISTANCE_TYPE, ActivityType.code, sort.language)
            keys = [
                select(func.min(rank))
                .where(ActivityType.activity_id == Activity.id)
                .scalar_subquery()
            ]
        case SortColumn.FOCUS_AREAS:
            rank = _label_rank(FOCUS_AREA, ActivityFocusArea.code, sort.language)
            keys = [
                select(func.min(rank))
                .where(ActivityFocusArea.activity_id == Activity.id)
                .scalar_subquery()
            ]
        case SortColumn.IMPLEMENTERS:
            keys = [
                select(Organisation.sort_key)
                .join(ActivityOrganisation, ActivityOrganisation.organisation_id == Organisation.id)
                .where(
                    ActivityOrganisation.activity_id == Activity.id,
                    ActivityOrganisation.role == IMPLEMENTER,
                )
                .order_by(ActivityOrganisation.position)
                .limit(1)
                .scalar_subquery()
            ]
    # Unknown values (no date, no format) go last in either direction.
    unknown_last = keys[0].is_(None)
    keys.append(Activity.title_key)
    if sort.descending:
        keys = [key.desc() for key in keys]
    return [unknown_last, *keys, Activity.id]


def matching_ids(session: Session, flt: ActivityFilter, sort: Sort) -> list[int]:
    """Ids of the live activities that pass the filter, in display order."""
    query = select(Activity.id).where(and_(*_conditions(flt))).order_by(*_sort_keys(sort))
    return list(session.scalars(query))


def position_of(session: Session, activity_id: int, flt: ActivityFilter, sort: Sort) -> int | None:
    """Where one activity falls in the filtered, sorted list (None if filtered out)."""
    ids = matching_ids(session, flt, sort)
    try:
        return ids.index(activity_id)
    except ValueError:
        return None


def count_all(session: Session) -> int:
    query = select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None))
    return session.scalar(query) or 0


def fetch_rows(session: Session, ids: Sequence[int]) -> dict[int, ActivityRow]:
    """Table rows for these activity ids (deleted or unknown ids are absent)."""
    result: dict[int, ActivityRow] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        codes: dict[tuple[int, str], list[str]] = {}
        for model, key in ((ActivityType, "types"), (ActivityFocusArea, "focus_areas")):
            for activity_id, code in session.execute(
                select(model.activity_id, model.code).where(model.activity_id.in_(chunk))
            ):
                codes.setdefault((activity_id, key), []).append(code)
        for activity_id, name, acronym in session.execute(
            select(ActivityOrganisation.activity_id, Organisation.name, Organisation.acronym)
            .join(Organisation, Organisation.id == ActivityOrganisation.organisation_id)
            .where(
                ActivityOrganisation.activity_id.in_(chunk),
                ActivityOrganisation.role == IMPLEMENTER,
            )
            .order_by(ActivityOrganisation.position)
        ):
            codes.setdefault((activity_id, "implementers"), []).append(acronym or name)
        rows = session.execute(
            select(
                Activity.id,
                Activity.uuid,
                Activity.title,
                Activity.start_date,
                Activity.end_date,
                Activity.format,
                Activity.relevance,
            ).where(Activity.id.in_(chunk), Activity.deleted_at.is_(None))
        )
        for row in rows:
            activity_id = row[0]
            result[activity_id] = ActivityRow(
                *row,
                types=tuple(codes.get((activity_id, "types"), ())),
                focus_areas=tuple(codes.get((activity_id, "focus_areas"), ())),
                implementers=tuple(codes.get((activity_id, "implementers"), ())),
            )
    return result


def year_range(session: Session) -> tuple[int, int] | None:
    """The earliest and latest year any live activity touches, for the year filter."""
    low, high = session.execute(
        select(func.min(_start_year()), func.max(_end_year())).where(Activity.deleted_at.is_(None))
    ).one()
    if low is None or high is None:
        return None
    return int(low), int(high)
