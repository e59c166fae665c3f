"""The submission document (submission.json): built from the database, read back into records.

The JSON is the source of truth of a submission; the PDF renders it. Codes, not labels;
UUIDs kept. `build_document` gathers everything for one period, `parse_document` turns a
(validated) document back into the same records, which the round-trip test holds to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from attdesk import __version__
from attdesk.domain.activity import ActivityData
from attdesk.domain.need import NeedData
from attdesk.domain.partial_date import PartialDate
from attdesk.exchange.schema import FORMAT, FORMAT_VERSION
from attdesk.questionnaire.status import SectionFlags, StoredAnswer
from attdesk.store.activities import load_activities
from attdesk.store.models import Activity, Need, Organisation
from attdesk.store.needs import load_needs
from attdesk.store.responses import (
    ResponseInfo,
    list_responses,
    load_answers,
    load_flags,
)
from attdesk.store.settings import AppSettings

QUESTIONNAIRE_ID = "cifta-implementation"


@dataclass(frozen=True)
class Identity:
    """Which submission and revision a document is."""

    uuid: str
    revision: int
    revision_uuid: str
    replaces: str | None
    draft: bool
    disclosure: str
    created_at: dt.datetime


def _money(amount: Decimal | None, currency: str | None) -> dict[str, str] | None:
    if amount is None or currency is None:
        return None
    return {"amount": format(amount, "f"), "currency": currency}


def _date(value: PartialDate | None) -> str | None:
    return value.iso() if value else None


def activity_json(a: ActivityData) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "title": a.title,
        "description": a.description,
        "format": a.format,
        "start_date": _date(a.start_date),
        "end_date": _date(a.end_date),
        "place": a.place,
        "relevance": a.relevance,
        "types": list(a.types),
        "focus_areas": list(a.focus_areas),
        "instruments": list(a.instruments),
        "partner_states": list(a.partner_states),
        "implementers": list(a.implementers),
        "donors": list(a.donors),
        "larger_project": a.larger_project,
        "budget": _money(a.budget_amount, a.budget_currency),
        "websites": list(a.websites),
        "related": list(a.related),
        "implementer_contact": a.implementer_contact,
        "notes": a.notes,
    }


def need_json(n: NeedData) -> dict[str, Any]:
    return {
        "uuid": n.uuid,
        "title": n.title,
        "description": n.description,
        "focus_areas": list(n.focus_areas),
        "types": list(n.types),
        "instruments": list(n.instruments),
        "priority": n.priority,
        "status": n.status,
        "date_identified": _date(n.date_identified),
        "cost": _money(n.cost_amount, n.cost_currency),
        "preferred_partner": n.preferred_partner,
        "addressed_by": list(n.addressed_by),
        "notes": n.notes,
    }


def response_for(session: Session, period: str) -> ResponseInfo | None:
    return next((r for r in list_responses(session, QUESTIONNAIRE_ID) if r.period == period), None)


def questionnaire_json(session: Session, info: ResponseInfo | None) -> dict[str, Any] | None:
    if info is None:
        return None
    answers = load_answers(session, info.uuid)
    flags = load_flags(session, info.uuid)
    return {
        "id": info.questionnaire_id,
        "version": info.version,
        "response_uuid": info.uuid,
        "nil_report": info.nil_report,
        "answers": {
            qid: {"value": a.value, "details": a.details, "reviewed": not a.unreviewed}
            for qid, a in sorted(answers.items())
        },
        "sections": {
            sid: {
                "no_change": f.no_change,
                "withheld": f.withheld,
                "withheld_reason": f.withheld_reason,
            }
            for sid, f in sorted(flags.items())
        },
    }


def _removed(session: Session) -> dict[str, list[str]]:
    """Records that left in an earlier revision and were deleted since."""
    return {
        "activities": sorted(
            session.scalars(
                select(Activity.uuid).where(
                    Activity.deleted_at.is_not(None), Activity.exported_at.is_not(None)
                )
            )
        ),
        "needs": sorted(
            session.scalars(
                select(Need.uuid).where(Need.deleted_at.is_not(None), Need.exported_at.is_not(None))
            )
        ),
    }


def build_document(
    session: Session, settings: AppSettings, period: str, identity: Identity
) -> dict[str, Any]:
    """The submission for a period, from what the database holds now."""
    activities = list(load_activities(session).values())
    needs = list(load_needs(session).values())
    referenced = {u for a in activities for u in (*a.implementers, *a.donors)}
    referenced |= {n.preferred_partner for n in needs if n.preferred_partner}
    organisations = [
        {"uuid": o.uuid, "name": o.name, "acronym": o.acronym, "kind": o.kind, "country": o.country}
        for o in session.scalars(
            select(Organisation)
            .where(Organisation.uuid.in_(sorted(referenced)))
            .order_by(Organisation.uuid)
        )
    ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "submission": {
            "uuid": identity.uuid,
            "revision": identity.revision,
            "revision_uuid": identity.revision_uuid,
            "replaces": identity.replaces,
            "draft": identity.draft,
            "disclosure": identity.disclosure,
            "created_at": identity.created_at.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        },
        "state": settings.state,
        "period": period,
        "focal_point": {
            "name": settings.contact_name,
            "ministry": settings.ministry,
            "email": settings.email,
        },
        "questionnaire": questionnaire_json(session, response_for(session, period)),
        "activities": [activity_json(a) for a in activities],
        "needs": [need_json(n) for n in needs],
        "organisations": organisations,
        "removed": _removed(session),
    }


# -- reading back -------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedSubmission:
    state: str
    period: str
    identity: Identity
    focal_point: Mapping[str, str]
    activities: list[ActivityData]
    needs: list[NeedData]
    organisations: list[Mapping[str, Any]]
    answers: dict[str, StoredAnswer]
    sections: dict[str, SectionFlags]
    questionnaire: Mapping[str, Any] | None
    removed: Mapping[str, Sequence[str]]


def _amount(money: Mapping[str, str] | None) -> tuple[Decimal | None, str | None]:
    return (Decimal(money["amount"]), money["currency"]) if money else (None, None)


def parse_document(document: Mapping[str, Any]) -> ParsedSubmission:
    """Records from a document that passed `check_submission`."""
    sub = document["submission"]
    activities = []
    for a in document["activities"]:
        amount, currency = _amount(a["budget"])
        activities.append(
            ActivityData(
                uuid=a["uuid"],
                title=a["title"],
                description=a["description"],
                format=a["format"],
                start_date=PartialDate.parse_optional(a["start_date"]),
                end_date=PartialDate.parse_optional(a["end_date"]),
                place=a["place"],
                relevance=a["relevance"],
                types=tuple(a["types"]),
                focus_areas=tuple(a["focus_areas"]),
                instruments=tuple(a["instruments"]),
                partner_states=tuple(a["partner_states"]),
                implementers=tuple(a["implementers"]),
                donors=tuple(a["donors"]),
                larger_project=a["larger_project"],
                budget_amount=amount,
                budget_currency=currency,
                websites=tuple(a["websites"]),
                related=tuple(a["related"]),
                implementer_contact=a["implementer_contact"],
                notes=a["notes"],
            )
        )
    needs = []
    for n in document["needs"]:
        amount, currency = _amount(n["cost"])
        needs.append(
            NeedData(
                uuid=n["uuid"],
                title=n["title"],
                description=n["description"],
                focus_areas=tuple(n["focus_areas"]),
                types=tuple(n["types"]),
                instruments=tuple(n["instruments"]),
                priority=n["priority"],
                status=n["status"],
                date_identified=PartialDate.parse_optional(n["date_identified"]),
                cost_amount=amount,
                cost_currency=currency,
                preferred_partner=n["preferred_partner"],
                addressed_by=tuple(n["addressed_by"]),
                notes=n["notes"],
            )
        )
    questionnaire = document["questionnaire"]
    answers: dict[str, StoredAnswer] = {}
    sections: dict[str, SectionFlags] = {}
    if questionnaire is not None:
        answers = {
            qid: StoredAnswer(a["value"], a["details"], None if a["reviewed"] else "earlier")
            for qid, a in questionnaire["answers"].items()
        }
        sections = {
            sid: SectionFlags(s["no_change"], s["withheld"], s["withheld_reason"])
            for sid, s in questionnaire["sections"].items()
        }
    created = dt.datetime.fromisoformat(sub["created_at"].replace("Z", "+00:00"))
    return ParsedSubmission(
        state=document["state"],
        period=document["period"],
        identity=Identity(
            uuid=sub["uuid"],
            revision=sub["revision"],
            revision_uuid=sub["revision_uuid"],
            replaces=sub["replaces"],
            draft=sub["draft"],
            disclosure=sub["disclosure"],
            created_at=created,
        ),
        focal_point=document["focal_point"],
        activities=activities,
        needs=needs,
        organisations=list(document["organisations"]),
        answers=answers,
        sections=sections,
        questionnaire=questionnaire,
        removed=document["removed"],
    )
