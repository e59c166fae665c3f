"""Offers of assistance (ATT Art. 18(3)(c)) recorded by a secretariat."""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from attdesk.domain import checks
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.domain.vocabularies import ASSISTANCE_TYPE, FOCUS_AREA, SUBREGION
from attdesk.errors import NotFoundError
from attdesk.store.models import Offer

OFFER_GONE = QT_TRANSLATE_NOOP("Errors", "This offer no longer exists.")


@dataclass(frozen=True)
class OfferData:
    provider: str
    focus_areas: tuple[str, ...]
    types: tuple[str, ...] = ()
    states: tuple[str, ...] = ()  # eligible states; none listed: any state
    subregions: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    notes: str = ""
    uuid: str | None = field(default=None, compare=False)

    def eligible(self, state: str, subregion: str | None) -> bool:
        if not self.states and not self.subregions:
            return True
        return state in self.states or (subregion is not None and subregion in self.subregions)


def validate_offer(data: OfferData) -> list[FieldIssue]:
    issues = checks.required_text("provider", data.provider, 300)
    issues += checks.codes("focus_areas", FOCUS_AREA, data.focus_areas, minimum=1)
    issues += checks.codes("types", ASSISTANCE_TYPE, data.types, minimum=0)
    issues += checks.states("states", data.states, minimum=0)
    issues += checks.codes("subregions", SUBREGION, data.subregions, minimum=0)
    if data.year_from and data.year_to and data.year_to < data.year_from:
        issues.append(FieldIssue("year_to", "end_before_start"))
    return issues


def save_offer(session: Session, data: OfferData) -> str:
    issues = validate_offer(data)
    if issues:
        raise ValidationError(issues)
    row = session.scalar(select(Offer).where(Offer.uuid == data.uuid)) if data.uuid else None
    if row is None:
        row = Offer(uuid=data.uuid or str(uuid_module.uuid4()))
        session.add(row)
    row.provider = " ".join(data.provider.split())
    row.focus_areas = json.dumps(list(data.focus_areas))
    row.types = json.dumps(list(data.types))
    row.states = json.dumps(sorted(s.upper() for s in data.states))
    row.subregions = json.dumps(list(data.subregions))
    row.year_from, row.year_to = data.year_from, data.year_to
    row.notes = data.notes.strip()
    session.flush()
    return row.uuid


def list_offers(session: Session) -> list[OfferData]:
    return [
        OfferData(
            uuid=r.uuid,
            provider=r.provider,
            focus_areas=tuple(json.loads(r.focus_areas)),
            types=tuple(json.loads(r.types)),
            states=tuple(json.loads(r.states)),
            subregions=tuple(json.loads(r.subregions)),
            year_from=r.year_from,
            year_to=r.year_to,
            notes=r.notes,
        )
        for r in session.scalars(select(Offer).order_by(Offer.provider, Offer.id))
    ]


def delete_offer(session: Session, offer_uuid: str) -> None:
    row = session.scalar(select(Offer).where(Offer.uuid == offer_uuid))
    if row is None:
        raise NotFoundError(OFFER_GONE)
    session.delete(row)
    session.flush()


__all__: Sequence[str] = (
    "OfferData",
    "delete_offer",
    "list_offers",
    "save_offer",
    "validate_offer",
)
