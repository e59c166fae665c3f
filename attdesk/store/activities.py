"""Reading and writing activities.

One write path serves the editor (one activity), the spreadsheet import (hundreds) and the
demo generator (tens of thousands): `save_activities` validates everything first, then
writes with bulk statements, so that a batch either goes in whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from attdesk.domain.activity import (
    IMPLEMENTERS,
    RELATED,
    ActivityData,
    validate_activity,
)
from attdesk.domain.checks import is_uuid
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.partial_date import PartialDate
from attdesk.domain.progress import Progress
from attdesk.domain.text import QT_TRANSLATE_NOOP, fold
from attdesk.errors import NotFoundError
from attdesk.store.models import (
    DONOR,
    IMPLEMENTER,
    Activity,
    ActivityFocusArea,
    ActivityInstrument,
    ActivityOrganisation,
    ActivityPartnerState,
    ActivityRelation,
    ActivityType,
    ActivityWebsite,
    Need,
    Organisation,
)
from attdesk.store.search_text import compose
from attdesk.store.types import utcnow

CHUNK: Final = 500
ACTIVITY_GONE: Final = QT_TRANSLATE_NOOP(
    "Errors", "This activity no longer exists; it may have been deleted."
)
# Code tables of an activity: (model, ActivityData attribute).
CODE_TABLES: Final = (
    (ActivityType, "types"),
    (ActivityFocusArea, "focus_areas"),
    (ActivityInstrument, "instruments"),
    (ActivityPartnerState, "partner_states"),
)


def _chunks(values: Sequence[Any], size: int = CHUNK) -> list[Sequence[Any]]:
    return [values[start : start + size] for start in range(0, len(values), size)]


def activity_ids_by_uuid(session: Session, uuids: Sequence[str]) -> dict[str, int]:
    """Row ids of the activities with these UUIDs (soft-deleted ones included)."""
    found: dict[str, int] = {}
    for chunk in _chunks(list(set(uuids))):
        query = select(Activity.uuid, Activity.id).where(Activity.uuid.in_(chunk))
        found.update((uuid, row_id) for uuid, row_id in session.execute(query))
    return found


@dataclass(frozen=True)
class _OrgInfo:
    id: int
    names: tuple[str, str]


def _organisations(session: Session, uuids: set[str]) -> dict[str, _OrgInfo]:
    found: dict[str, _OrgInfo] = {}
    for chunk in _chunks(list(uuids)):
        rows = session.execute(
            select(Organisation.uuid, Organisation.id, Organisation.name, Organisation.acronym)
            .where(Organisation.uuid.in_(chunk))
        )  # fmt: skip
        for org_uuid, org_id, name, acronym in rows:
            found[org_uuid] = _OrgInfo(org_id, (name, acronym))
    return found


def check_activities(session: Session, items: Sequence[ActivityData]) -> list[list[FieldIssue]]:
    """Every problem with each item (one list per item, empty when it can be saved).

    Besides the field rules, checks that organisations exist and that related activities
    exist in the database or in the same batch.
    """
    items = [item.normalised() for item in items]
    org_uuids = {u for item in items for u in (*item.implementers, *item.donors)}
    known_orgs = set(_organisations(session, org_uuids))
    batch_uuids = {item.uuid for item in items if item.uuid}
    related = list({u for item in items for u in item.related} - batch_uuids)
    known_related = set(activity_ids_by_uuid(session, related)) | batch_uuids
    results = []
    for item in items:
        issues = validate_activity(item)
        if item.uuid is not None and not is_uuid(item.uuid):
            issues.append(FieldIssue("uuid", "bad_uuid", {"value": item.uuid}))
        for org in (*item.implementers, *item.donors):
            if org not in known_orgs:
                field = IMPLEMENTERS if org in item.implementers else "donors"
                issues.append(FieldIssue(field, "unknown_organisation", {"value": org}))
        issues += [
            FieldIssue(RELATED, "unknown_activity", {"value": u})
            for u in item.related
            if u not in known_related
        ]
        results.append(issues)
    return results


def save_activity(session: Session, data: ActivityData) -> str:
    """Create (uuid None or new) or update one activity; returns its UUID."""
    return save_activities(session, [data])[0]


def save_activities(
    session: Session, items: Sequence[ActivityData], progress: Progress | None = None
) -> list[str]:
    """Create or update activities in the caller's transaction; returns their UUIDs.

    An item whose UUID exists is updated (and restored if it had been deleted); any other
    item is created, keeping its UUID if it has one. Raises ValidationError, naming the
    first invalid item, before anything is written.
    """
    progress = progress or Progress()
    items = [item.normalised() for item in items]
    for index, issues in enumerate(check_activities(session, items)):
        if issues:
            if len(items) > 1:
                issues = [replace(i, field=f"{index + 1}:{i.field}") for i in issues]
            raise ValidationError(issues)
    items = [item if item.uuid else replace(item, uuid=str(uuid_module.uuid4())) for item in items]
    uuids = [str(item.uuid) for item in items]
    existing = activity_ids_by_uuid(session, uuids)
    orgs = _organisations(session, {u for i in items for u in (*i.implementers, *i.donors)})
    now = utcnow()

    new_rows = [_row(item, orgs, now, created=True) for item in items if item.uuid not in existing]
    changed_rows = [
        {**_row(item, orgs, now, created=False), "id": existing[str(item.uuid)]}
        for item in items
        if item.uuid in existing
    ]
    done, total = 0, len(items)
    for statement, rows in ((insert(Activity), new_rows), (update(Activity), changed_rows)):
        for chunk in _chunks(rows):
            session.execute(statement, chunk)
            done += len(chunk)
            progress.update(done, total, "")
    ids = activity_ids_by_uuid(session, uuids)
    _replace_children(session, items, ids, orgs)
    _replace_relations(session, items, ids)
    return uuids


def _row(
    item: ActivityData, orgs: dict[str, _OrgInfo], now: Any, *, created: bool
) -> dict[str, Any]:
    org_names = [n for u in (*item.implementers, *item.donors) for n in orgs[u].names]
    texts = (
        item.title,
        item.description,
        item.place,
        item.larger_project,
        item.implementer_contact,
        item.notes,
    )
    row: dict[str, Any] = {
        "title": item.title,
        "description": item.description,
        "format": item.format,
        "start_date": item.start_date.iso() if item.start_date else None,
        "end_date": item.end_date.iso() if item.end_date else None,
        "place": item.place,
        "relevance": item.relevance,
        "larger_project": item.larger_project,
        "budget_amount": item.budget_amount,
        "budget_currency": item.budget_currency if item.budget_amount is not None else None,
        "implementer_contact": item.implementer_contact,
        "notes": item.notes,
        "title_key": fold(item.title),
        "search_text": compose(texts, org_names, item.partner_states),
        "updated_at": now,
        "deleted_at": None,
    }
    if created:
        row.update(uuid=item.uuid, created_at=now)
    return row


def _replace_children(
    session: Session,
    items: Sequence[ActivityData],
    ids: dict[str, int],
    orgs: dict[str, _OrgInfo],
) -> None:
    all_ids = [ids[str(item.uuid)] for item in items]
    for model in (*(m for m, _ in CODE_TABLES), ActivityOrganisation, ActivityWebsite):
        for chunk in _chunks(all_ids):
            session.execute(delete(model).where(model.activity_id.in_(chunk)))
    for model, attribute in CODE_TABLES:
        rows = [
            {"activity_id": ids[str(item.uuid)], "code": code}
            for item in items
            for code in getattr(item, attribute)
        ]
        for chunk in _chunks(rows):
            session.execute(insert(model), chunk)
    org_rows = [
        {"activity_id": ids[str(item.uuid)], "role": role, "organisation_id": orgs[u].id,
         "position": position}
        for item in items
        for role, members in ((IMPLEMENTER, item.implementers), (DONOR, item.donors))
        for position, u in enumerate(members)
    ]  # fmt: skip
    for chunk in _chunks(org_rows):
        session.execute(insert(ActivityOrganisation), chunk)
    site_rows = [
        {"activity_id": ids[str(item.uuid)], "position": position, "url": url}
        for item in items
        for position, url in enumerate(item.websites)
    ]
    for chunk in _chunks(site_rows):
        session.execute(insert(ActivityWebsite), chunk)


def _replace_relations(
    session: Session, items: Sequence[ActivityData], ids: dict[str, int]
) -> None:
    """Relations are mutual: the pairs touching the saved items become the union of what
    the items list, whichever side of a pair was edited."""
    own_ids = [ids[str(item.uuid)] for item in items]
    related_uuids = [u for item in items for u in item.related if u not in ids]
    lookup = {**ids, **activity_ids_by_uuid(session, related_uuids)}
    pairs = {
        tuple(sorted((ids[str(item.uuid)], lookup[u])))
        for item in items
        for u in item.related
        if lookup[u] != ids[str(item.uuid)]
    }
    for chunk in _chunks(own_ids):
        session.execute(
            delete(ActivityRelation).where(
                or_(ActivityRelation.activity_id.in_(chunk), ActivityRelation.related_id.in_(chunk))
            )
        )
    rows = [{"activity_id": a, "related_id": b} for a, b in sorted(pairs)]
    for chunk in _chunks(rows):
        session.execute(insert(ActivityRelation), chunk)


def get_activity(session: Session, activity_uuid: str) -> ActivityData:
    """Every field of one activity; NotFoundError if it does not exist or was deleted."""
    found = load_activities(session, [activity_uuid])
    if activity_uuid not in found:
        raise NotFoundError(ACTIVITY_GONE)
    return found[activity_uuid]


def load_activities(
    session: Session, uuids: Sequence[str] | None = None, *, include_deleted: bool = False
) -> dict[str, ActivityData]:
    """Full records by UUID (all live activities when `uuids` is None), in created order."""
    query = select(Activity).order_by(Activity.id)
    if not include_deleted:
        query = query.where(Activity.deleted_at.is_(None))
    rows: list[Activity] = []
    if uuids is None:
        rows = list(session.scalars(query))
    else:
        for chunk in _chunks(list(uuids)):
            rows += session.scalars(query.where(Activity.uuid.in_(chunk)))
    children = _load_children(session, [row.id for row in rows])
    result = {}
    for row in rows:
        extra = children.get(row.id, {})
        result[row.uuid] = ActivityData(
            uuid=row.uuid,
            title=row.title,
            description=row.description,
            format=row.format,
            start_date=PartialDate.parse_optional(row.start_date),
            end_date=PartialDate.parse_optional(row.end_date),
            place=row.place,
            relevance=row.relevance,
            larger_project=row.larger_project,
            budget_amount=row.budget_amount,
            budget_currency=row.budget_currency,
            implementer_contact=row.implementer_contact,
            notes=row.notes,
            **{key: tuple(values) for key, values in extra.items()},
        ).normalised()
    return result


def _load_children(session: Session, ids: Sequence[int]) -> dict[int, dict[str, list[str]]]:
    found: dict[int, dict[str, list[str]]] = {}

    def add(activity_id: int, key: str, value: str) -> None:
        found.setdefault(activity_id, {}).setdefault(key, []).append(value)

    for chunk in _chunks(list(ids)):
        for model, attribute in CODE_TABLES:
            query = select(model.activity_id, model.code).where(model.activity_id.in_(chunk))
            for activity_id, code in session.execute(query.order_by(model.code)):
                add(activity_id, attribute, code)
        org_query = (
            select(ActivityOrganisation.activity_id, ActivityOrganisation.role, Organisation.uuid)
            .join(Organisation, Organisation.id == ActivityOrganisation.organisation_id)
            .where(ActivityOrganisation.activity_id.in_(chunk))
            .order_by(ActivityOrganisation.position)
        )
        for activity_id, role, org_uuid in session.execute(org_query):
            add(activity_id, "implementers" if role == IMPLEMENTER else "donors", org_uuid)
        site_query = (
            select(ActivityWebsite.activity_id, ActivityWebsite.url)
            .where(ActivityWebsite.activity_id.in_(chunk))
            .order_by(ActivityWebsite.position)
        )
        for activity_id, url in session.execute(site_query):
            add(activity_id, "websites", url)
        for activity_id, related_uuid in _relations(session, chunk):
            add(activity_id, "related", related_uuid)
    return found


def _relations(session: Session, ids: Sequence[int]) -> list[tuple[int, str]]:
    """(activity id, UUID of a live related activity) for both sides of each pair."""
    other = Activity.__table__.alias("other")
    pairs: list[tuple[int, str]] = []
    for mine, theirs in (
        (ActivityRelation.activity_id, ActivityRelation.related_id),
        (ActivityRelation.related_id, ActivityRelation.activity_id),
    ):
        query = (
            select(mine, other.c.uuid)
            .join(other, other.c.id == theirs)
            .where(mine.in_(ids), other.c.deleted_at.is_(None))
            .order_by(other.c.id)
        )
        pairs += [(a, b) for a, b in session.execute(query)]
    return pairs


def activity_timestamps(session: Session, activity_uuid: str) -> tuple[dt.datetime, dt.datetime]:
    """When an activity was recorded and last changed (UTC)."""
    row = session.execute(
        select(Activity.created_at, Activity.updated_at).where(Activity.uuid == activity_uuid)
    ).one_or_none()
    if row is None:
        raise NotFoundError(ACTIVITY_GONE)
    return row[0], row[1]


def delete_activity(session: Session, activity_uuid: str) -> bool:
    """Delete an activity; returns True if the deletion is soft.

    An activity that has left in a submission is only marked deleted, so that the next
    revision can tell the secretariat; one that never left is removed outright.
    """
    row = session.scalar(
        select(Activity).where(Activity.uuid == activity_uuid, Activity.deleted_at.is_(None))
    )
    if row is None:
        raise NotFoundError(ACTIVITY_GONE)
    return delete_or_mark(session, row)


def delete_or_mark(session: Session, row: Activity | Need) -> bool:
    """Remove a record that never left in a submission; only mark one that did, so that the
    next revision can tell the secretariat it was removed. Returns True if only marked."""
    if row.exported_at is not None:
        row.deleted_at = utcnow()
        session.flush()
        return True
    session.delete(row)
    session.flush()
    return False


def count_activities(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None))
        )
        or 0
    )


def find_activities(
    session: Session, text: str, limit: int = 30, exclude: str | None = None
) -> list[tuple[str, str, str | None]]:
    """(uuid, title, start date) of live activities whose text matches, for pickers."""
    query = select(Activity.uuid, Activity.title, Activity.start_date).where(
        Activity.deleted_at.is_(None)
    )
    for word in fold(text).split():
        query = query.where(Activity.search_text.contains(word, autoescape=True))
    if exclude:
        query = query.where(Activity.uuid != exclude)
    query = query.order_by(Activity.start_date.desc(), Activity.title_key).limit(limit)
    return [(u, t, d) for u, t, d in session.execute(query)]
