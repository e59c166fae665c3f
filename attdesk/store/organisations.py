"""The managed list of organisations (implementers and donors).

Seeded from resources/reference/organisations.json with UUIDs derived from each entry's key,
so that "UNLIREC" has the same UUID in every installation and the secretariat can match
implementers across states without guessing from spelling.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from attdesk import resource_files
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.organisation import OrganisationData, validate_organisation
from attdesk.domain.text import QT_TRANSLATE_NOOP, fold
from attdesk.errors import NotFoundError
from attdesk.store import settings as settings_store
from attdesk.store.models import ActivityOrganisation, Organisation
from attdesk.store.search_text import refresh_search_text
from attdesk.store.types import utcnow

SEED_NAMESPACE = uuid.UUID("6f1d3c52-6a0e-4d39-9a36-8e0b6c1f0a11")
_SEEDED_KEY = "seed.organisations"
ORGANISATION_GONE = QT_TRANSLATE_NOOP("Errors", "This organisation no longer exists.")


def seed_uuid(key: str) -> str:
    """The UUID every installation gives the shipped organisation with this key."""
    return str(uuid.uuid5(SEED_NAMESPACE, f"organisation:{key}"))


@dataclass(frozen=True)
class OrganisationRow:
    """An organisation as pickers and tables show it."""

    uuid: str
    name: str
    acronym: str
    kind: str
    country: str | None
    usage: int = 0

    @property
    def display_name(self) -> str:
        return self.acronym or self.name

    @property
    def long_name(self) -> str:
        """ "UNLIREC — United Nations Regional Centre ..." for completers and tooltips."""
        if self.acronym and self.acronym != self.name:
            return f"{self.acronym} — {self.name}"
        return self.name

    def data(self) -> OrganisationData:
        return OrganisationData(self.name, self.acronym, self.kind, self.country, self.uuid)


def seed_organisations(session: Session) -> int:
    """Add the shipped organisations once per database; returns how many were added.

    Runs only the first time, so an organisation the user deleted or renamed is not
    brought back on the next start.
    """
    if settings_store.get_value(session, _SEEDED_KEY):
        return 0
    existing = set(session.scalars(select(Organisation.name_key)))
    added = 0
    for item in resource_files.read_json("reference", "organisations.json")["organisations"]:
        data = OrganisationData(
            name=item["name"],
            acronym=item.get("acronym", ""),
            kind=item["kind"],
            country=item.get("country"),
            uuid=seed_uuid(item["key"]),
        ).normalised()
        if fold(data.name) in existing:
            continue
        session.add(_new_row(data))
        existing.add(fold(data.name))
        added += 1
    settings_store.set_value(session, _SEEDED_KEY, 1)
    return added


def _new_row(data: OrganisationData) -> Organisation:
    now = utcnow()
    return Organisation(
        uuid=data.uuid or str(uuid.uuid4()),
        name=data.name,
        acronym=data.acronym,
        kind=data.kind,
        country=data.country,
        name_key=fold(data.name),
        sort_key=fold(data.display_name),
        created_at=now,
        updated_at=now,
    )


def list_organisations(session: Session) -> list[OrganisationRow]:
    """All organisations with how many activities use them, by display name."""
    usage = (
        select(func.count(func.distinct(ActivityOrganisation.activity_id)))
        .where(ActivityOrganisation.organisation_id == Organisation.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Organisation.uuid,
            Organisation.name,
            Organisation.acronym,
            Organisation.kind,
            Organisation.country,
            usage,
        ).order_by(Organisation.sort_key)
    )
    return [OrganisationRow(*row) for row in rows]


def get_organisation(session: Session, org_uuid: str) -> OrganisationRow:
    org = session.scalar(select(Organisation).where(Organisation.uuid == org_uuid))
    if org is None:
        raise NotFoundError(ORGANISATION_GONE)
    return OrganisationRow(org.uuid, org.name, org.acronym, org.kind, org.country)


def find_organisation(session: Session, text: str) -> OrganisationRow | None:
    """The organisation whose name or acronym is `text` (ignoring case and accents)."""
    key = fold(text)
    if not key:
        return None
    org = session.scalar(select(Organisation).where(Organisation.name_key == key))
    if org is None:
        matches = list(session.scalars(select(Organisation).where(Organisation.sort_key == key)))
        org = matches[0] if len(matches) == 1 else None
    if org is None:
        return None
    return OrganisationRow(org.uuid, org.name, org.acronym, org.kind, org.country)


def create_organisation(session: Session, data: OrganisationData) -> OrganisationRow:
    """Validate and add an organisation; raises ValidationError (e.g. a duplicate name)."""
    data = data.normalised()
    issues = validate_organisation(data)
    if not issues and session.scalar(
        select(Organisation.id).where(Organisation.name_key == fold(data.name))
    ):
        issues.append(FieldIssue("name", "duplicate_name", {"value": data.name}))
    if issues:
        raise ValidationError(issues)
    row = _new_row(data)
    session.add(row)
    session.flush()
    return OrganisationRow(row.uuid, row.name, row.acronym, row.kind, row.country)


def update_organisation(session: Session, data: OrganisationData) -> None:
    """Change an organisation's details; activities that use it follow (search included)."""
    data = data.normalised()
    org = session.scalar(select(Organisation).where(Organisation.uuid == data.uuid))
    if org is None:
        raise NotFoundError(ORGANISATION_GONE)
    issues = validate_organisation(data)
    clash = session.scalar(
        select(Organisation.id).where(
            Organisation.name_key == fold(data.name), Organisation.id != org.id
        )
    )
    if clash:
        issues.append(FieldIssue("name", "duplicate_name", {"value": data.name}))
    if issues:
        raise ValidationError(issues)
    org.name, org.acronym, org.kind, org.country = data.name, data.acronym, data.kind, data.country
    org.name_key, org.sort_key = fold(data.name), fold(data.display_name)
    org.updated_at = utcnow()
    session.flush()
    activity_ids = session.scalars(
        select(ActivityOrganisation.activity_id).where(
            ActivityOrganisation.organisation_id == org.id
        )
    )
    refresh_search_text(session, list(activity_ids))


def organisation_ids(session: Session, uuids: Iterable[str]) -> dict[str, int]:
    """Map organisation UUIDs to row ids; unknown UUIDs are absent from the result."""
    wanted = list(set(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = select(Organisation.uuid, Organisation.id).where(Organisation.uuid.in_(chunk))
        found.update((uuid, row_id) for uuid, row_id in session.execute(query))
    return found
