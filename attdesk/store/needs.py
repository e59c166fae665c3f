"""Reading and writing needs, and their links to the activities that addressed them.

A state records tens or hundreds of needs, not tens of thousands, so the needs view works
on `need_rows`, a complete list of summaries it filters in memory. The links between needs
and activities live in one table and can be edited from either side: the need editor sets
a need's activities, the activity editor sets an activity's needs.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from attdesk.domain.checks import is_uuid
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.need import (
    ADDRESSED_BY,
    PREFERRED_PARTNER,
    UNMET_STATUSES,
    NeedData,
    validate_need,
)
from attdesk.domain.partial_date import PartialDate
from attdesk.domain.text import QT_TRANSLATE_NOOP, fold
from attdesk.errors import NotFoundError
from attdesk.store.activities import ACTIVITY_GONE, delete_or_mark
from attdesk.store.models import (
    Activity,
    Need,
    NeedActivity,
    NeedFocusArea,
    NeedInstrument,
    NeedType,
    Organisation,
)
from attdesk.store.types import utcnow

NEED_GONE: Final = QT_TRANSLATE_NOOP(
    "Errors", "This need no longer exists; it may have been deleted."
)
CODE_TABLES: Final = (
    (NeedFocusArea, "focus_areas"),
    (NeedType, "types"),
    (NeedInstrument, "instruments"),
)


def _live_activity_ids(session: Session, uuids: Iterable[str]) -> dict[str, int]:
    wanted = list(set(uuids))
    if not wanted:
        return {}
    query = select(Activity.uuid, Activity.id).where(
        Activity.uuid.in_(wanted), Activity.deleted_at.is_(None)
    )
    return dict(session.execute(query).all())


def check_need(session: Session, data: NeedData) -> list[FieldIssue]:
    """Field rules plus references: the preferred partner and the activities must exist."""
    data = data.normalised()
    issues = validate_need(data)
    if data.uuid is not None and not is_uuid(data.uuid):
        issues.append(FieldIssue("uuid", "bad_uuid", {"value": data.uuid}))
    if (
        data.preferred_partner
        and session.scalar(
            select(Organisation.id).where(Organisation.uuid == data.preferred_partner)
        )
        is None
    ):
        issues.append(
            FieldIssue(PREFERRED_PARTNER, "unknown_organisation", {"value": data.preferred_partner})
        )
    known = _live_activity_ids(session, data.addressed_by)
    issues += [
        FieldIssue(ADDRESSED_BY, "unknown_activity", {"value": u})
        for u in data.addressed_by
        if u not in known
    ]
    return issues


def save_need(session: Session, data: NeedData) -> str:
    """Create (uuid None or unknown) or update a need in the caller's transaction; returns
    its UUID. Raises ValidationError before writing anything if the need is invalid."""
    data = data.normalised()
    issues = check_need(session, data)
    if issues:
        raise ValidationError(issues)
    if data.uuid is None:
        data = replace(data, uuid=str(uuid_module.uuid4()))
    partner_id = (
        session.scalar(select(Organisation.id).where(Organisation.uuid == data.preferred_partner))
        if data.preferred_partner
        else None
    )
    partner_names = (
        session.execute(
            select(Organisation.name, Organisation.acronym).where(Organisation.id == partner_id)
        ).one()
        if partner_id is not None
        else ()
    )
    row = session.scalar(select(Need).where(Need.uuid == data.uuid))
    now = utcnow()
    if row is None:
        row = Need(uuid=data.uuid, created_at=now)
        session.add(row)
    row.title = data.title
    row.description = data.description
    row.priority = str(data.priority)
    row.status = str(data.status)
    row.date_identified = data.date_identified.iso() if data.date_identified else None
    row.cost_amount = data.cost_amount
    row.cost_currency = data.cost_currency if data.cost_amount is not None else None
    row.preferred_partner_id = partner_id
    row.notes = data.notes
    row.title_key = fold(data.title)
    row.search_text = fold(
        " | ".join(p for p in (data.title, data.description, data.notes, *partner_names) if p)
    )
    row.updated_at = now
    row.deleted_at = None
    session.flush()
    for model, attribute in CODE_TABLES:
        session.execute(delete(model).where(model.need_id == row.id))
        codes = getattr(data, attribute)
        if codes:
            session.execute(insert(model), [{"need_id": row.id, "code": c} for c in codes])
    session.execute(delete(NeedActivity).where(NeedActivity.need_id == row.id))
    activity_ids = _live_activity_ids(session, data.addressed_by)
    if activity_ids:
        session.execute(
            insert(NeedActivity),
            [{"need_id": row.id, "activity_id": i} for i in sorted(activity_ids.values())],
        )
    return str(data.uuid)


def load_needs(
    session: Session, uuids: Sequence[str] | None = None, *, include_deleted: bool = False
) -> dict[str, NeedData]:
    """Full records by UUID (all live needs when `uuids` is None), in created order."""
    query = select(Need).order_by(Need.id)
    if not include_deleted:
        query = query.where(Need.deleted_at.is_(None))
    if uuids is not None:
        query = query.where(Need.uuid.in_(list(uuids)))
    rows = list(session.scalars(query))
    ids = [row.id for row in rows]
    codes: dict[tuple[int, str], list[str]] = {}
    for model, attribute in CODE_TABLES:
        for need_id, code in session.execute(
            select(model.need_id, model.code).where(model.need_id.in_(ids))
        ):
            codes.setdefault((need_id, attribute), []).append(code)
    links: dict[int, list[str]] = {}
    for need_id, activity_uuid in session.execute(
        select(NeedActivity.need_id, Activity.uuid)
        .join(Activity, Activity.id == NeedActivity.activity_id)
        .where(NeedActivity.need_id.in_(ids), Activity.deleted_at.is_(None))
        .order_by(Activity.start_date, Activity.id)
    ):
        links.setdefault(need_id, []).append(activity_uuid)
    partners = dict(
        session.execute(
            select(Organisation.id, Organisation.uuid).where(
                Organisation.id.in_({r.preferred_partner_id for r in rows} - {None})
            )
        ).all()
    )
    return {
        row.uuid: NeedData(
            uuid=row.uuid,
            title=row.title,
            description=row.description,
            focus_areas=tuple(codes.get((row.id, "focus_areas"), ())),
            types=tuple(codes.get((row.id, "types"), ())),
            instruments=tuple(codes.get((row.id, "instruments"), ())),
            priority=row.priority,
            status=row.status,
            date_identified=PartialDate.parse_optional(row.date_identified),
            cost_amount=row.cost_amount,
            cost_currency=row.cost_currency,
            preferred_partner=partners.get(row.preferred_partner_id)
            if row.preferred_partner_id
            else None,
            addressed_by=tuple(links.get(row.id, ())),
            notes=row.notes,
        ).normalised()
        for row in rows
    }


def get_need(session: Session, need_uuid: str) -> NeedData:
    """Every field of one need; NotFoundError if it does not exist or was deleted."""
    found = load_needs(session, [need_uuid])
    if need_uuid not in found:
        raise NotFoundError(NEED_GONE)
    return found[need_uuid]


def delete_need(session: Session, need_uuid: str) -> bool:
    """Delete a need; returns True if the deletion is soft (it left in a submission)."""
    row = session.scalar(select(Need).where(Need.uuid == need_uuid, Need.deleted_at.is_(None)))
    if row is None:
        raise NotFoundError(NEED_GONE)
    return delete_or_mark(session, row)


@dataclass(frozen=True, slots=True)
class NeedRow:
    """A need as the needs table shows, searches and filters it."""

    uuid: str
    title: str
    priority: str
    status: str
    date_identified: str | None
    focus_areas: tuple[str, ...]
    types: tuple[str, ...]
    addressed_by: tuple[str, ...]  # titles of live activities that addressed it
    search_text: str

    @property
    def unmet(self) -> bool:
        return self.status in UNMET_STATUSES


def need_rows(session: Session) -> list[NeedRow]:
    """Every live need, newest identified first."""
    rows = session.execute(
        select(
            Need.id,
            Need.uuid,
            Need.title,
            Need.priority,
            Need.status,
            Need.date_identified,
            Need.search_text,
        ).where(Need.deleted_at.is_(None))
    ).all()
    codes: dict[tuple[int, str], list[str]] = {}
    for model, attribute in CODE_TABLES[:2]:
        for need_id, code in session.execute(select(model.need_id, model.code)):
            codes.setdefault((need_id, attribute), []).append(code)
    titles: dict[int, list[str]] = {}
    for need_id, title in session.execute(
        select(NeedActivity.need_id, Activity.title)
        .join(Activity, Activity.id == NeedActivity.activity_id)
        .where(Activity.deleted_at.is_(None))
        .order_by(Activity.start_date, Activity.id)
    ):
        titles.setdefault(need_id, []).append(title)
    result = []
    for need_id, uuid, title, priority, status, identified, search in rows:
        addressed = tuple(titles.get(need_id, ()))
        result.append(
            NeedRow(
                uuid,
                title,
                priority,
                status,
                identified,
                tuple(codes.get((need_id, "focus_areas"), ())),
                tuple(codes.get((need_id, "types"), ())),
                addressed,
                f"{search} | {fold(' | '.join(addressed))}",
            )
        )
    result.sort(key=lambda r: (r.date_identified or "", fold(r.title)), reverse=True)
    return result


def needs_of_activity(session: Session, activity_uuid: str) -> list[str]:
    """UUIDs of the live needs an activity addressed."""
    query = (
        select(Need.uuid)
        .join(NeedActivity, NeedActivity.need_id == Need.id)
        .join(Activity, Activity.id == NeedActivity.activity_id)
        .where(Activity.uuid == activity_uuid, Need.deleted_at.is_(None))
        .order_by(Need.title_key)
    )
    return list(session.scalars(query))


def set_needs_of_activity(session: Session, activity_uuid: str, need_uuids: Iterable[str]) -> None:
    """Make these the needs an activity addressed (the activity editor's side of the link)."""
    activity_id = session.scalar(
        select(Activity.id).where(Activity.uuid == activity_uuid, Activity.deleted_at.is_(None))
    )
    if activity_id is None:
        raise NotFoundError(ACTIVITY_GONE)
    wanted = list(dict.fromkeys(need_uuids))
    ids = dict(
        session.execute(
            select(Need.uuid, Need.id).where(Need.uuid.in_(wanted), Need.deleted_at.is_(None))
        ).all()
    )
    missing = [u for u in wanted if u not in ids]
    if missing:
        raise ValidationError([FieldIssue("needs", "unknown_need", {"value": u}) for u in missing])
    session.execute(delete(NeedActivity).where(NeedActivity.activity_id == activity_id))
    if ids:
        session.execute(
            insert(NeedActivity),
            [{"need_id": i, "activity_id": activity_id} for i in sorted(ids.values())],
        )


@dataclass(frozen=True)
class NeedSuggestion:
    uuid: str
    title: str
    shared_areas: tuple[str, ...]


def suggest_needs(
    session: Session, focus_areas: Iterable[str], exclude: Iterable[str] = ()
) -> list[NeedSuggestion]:
    """Unmet needs that share a focus area with an activity, most shared areas first:
    what the activity editor offers to link."""
    areas = set(focus_areas)
    excluded = set(exclude)
    if not areas:
        return []
    query = (
        select(Need.uuid, Need.title, NeedFocusArea.code)
        .join(NeedFocusArea, NeedFocusArea.need_id == Need.id)
        .where(
            Need.deleted_at.is_(None),
            Need.status.in_(sorted(UNMET_STATUSES)),
            NeedFocusArea.code.in_(sorted(areas)),
        )
    )
    shared: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for need_uuid, title, code in session.execute(query):
        if need_uuid not in excluded:
            shared.setdefault(need_uuid, []).append(code)
            titles[need_uuid] = title
    return sorted(
        (NeedSuggestion(u, titles[u], tuple(sorted(codes))) for u, codes in shared.items()),
        key=lambda s: (-len(s.shared_areas), fold(s.title)),
    )


def find_needs(session: Session, text: str, limit: int = 30) -> list[tuple[str, str]]:
    """(uuid, title) of live needs whose text matches, for pickers."""
    query = select(Need.uuid, Need.title).where(Need.deleted_at.is_(None))
    for word in fold(text).split():
        query = query.where(Need.search_text.contains(word, autoescape=True))
    return [(u, t) for u, t in session.execute(query.order_by(Need.title_key).limit(limit))]
