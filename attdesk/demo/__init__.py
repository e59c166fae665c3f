"""Demo data: the real activities of the SIPRI paper plus generated ones.

A new user sees a realistic register straight away, and benchmarks get as many plausible
activities as they ask for. Generation is seeded, so the same call gives the same data.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from attdesk import resource_files
from attdesk.domain.activity import ActivityData
from attdesk.domain.countries import countries
from attdesk.domain.partial_date import PartialDate
from attdesk.domain.progress import Progress
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    INSTRUMENT,
    vocabulary,
)
from attdesk.store.activities import save_activities
from attdesk.store.organisations import list_organisations, seed_uuid

_TOPICS = {
    "brokering_controls": "arms brokering controls",
    "control_lists": "national control lists",
    "diversion": "preventing diversion",
    "end_use_controls": "end-use and end-user controls",
    "transfer_controls": "transfer control systems",
    "transit_transshipment_controls": "transit and trans-shipment controls",
    "risk_assessment": "export risk assessment",
    "reporting_arms_transfers": "ATT annual reports",
    "reporting_transfer_controls": "ATT initial reports",
    "ammunition": "ammunition management",
    "armed_violence": "armed violence reduction",
    "destruction": "destruction of surplus weapons",
    "stockpile_management": "stockpile management",
    "marking": "firearms marking",
    "tracing": "tracing of illicit firearms",
    "international_instruments": "the ATT and related instruments",
    "regional_instruments": "CIFTA implementation",
    "national_legislation": "national firearms legislation",
    "regional_cooperation": "regional cooperation against trafficking",
    "salw": "small arms and light weapons control",
}
_FORMS = {
    "workshop": "National workshop on {topic}",
    "seminar": "Seminar on {topic}",
    "conference": "Regional conference on {topic}",
    "roundtable_meeting": "Round table on {topic}",
    "training_course": "Training course on {topic}",
    "equipment_donation": "Equipment for {topic}",
    "legislative_review": "Legislative review: {topic}",
    "technical_assessment": "Baseline assessment of {topic}",
    "study_visit": "Study visit on {topic}",
    "expert_secondment": "Expert secondment for {topic}",
}
_CITIES = {
    "PAN": "Panama City",
    "CRI": "San José",
    "GTM": "Guatemala City",
    "MEX": "Mexico City",
    "COL": "Bogotá",
    "PER": "Lima",
    "JAM": "Kingston",
    "TTO": "Port of Spain",
    "DOM": "Santo Domingo",
    "ARG": "Buenos Aires",
    "BRA": "Brasília",
    "CHL": "Santiago",
}


def real_activities() -> list[ActivityData]:
    """The activities described in the source documents (resources/demo/activities.json)."""
    data = resource_files.read_json("demo", "activities.json")
    result = []
    for item in data["activities"]:
        result.append(
            ActivityData(
                title=item["title"],
                description=item["description"],
                format=item["format"],
                start_date=PartialDate.parse_optional(item["start_date"]),
                end_date=PartialDate.parse_optional(item["end_date"]),
                place=item["place"],
                relevance=item["relevance"],
                types=tuple(item["types"]),
                focus_areas=tuple(item["focus_areas"]),
                instruments=tuple(item["instruments"]),
                partner_states=tuple(item["partner_states"]),
                implementers=tuple(seed_uuid(key) for key in item["implementers"]),
                donors=tuple(seed_uuid(key) for key in item["donors"]),
                larger_project=item["larger_project"],
                websites=tuple(item["websites"]),
                notes=item["notes"],
            )
        )
    return result


def _related_by_project(items: list[ActivityData]) -> list[ActivityData]:
    """Give each activity a UUID and relate those that belong to the same larger project."""
    items = [replace(item, uuid=str(uuid.uuid4())) for item in items]
    by_project: dict[str, list[str]] = {}
    for item in items:
        if item.larger_project:
            by_project.setdefault(item.larger_project, []).append(str(item.uuid))
    return [
        replace(
            item,
            related=tuple(u for u in by_project.get(item.larger_project, []) if u != item.uuid),
        )
        if item.larger_project
        else item
        for item in items
    ]


def generate_activities(
    rng: random.Random, state: str, count: int, organisations: Sequence[str]
) -> list[ActivityData]:
    """`count` plausible activities received by `state`, implemented by `organisations`."""
    lac = [c.code for c in countries().lac]
    areas = vocabulary(FOCUS_AREA).codes
    types = vocabulary(ASSISTANCE_TYPE).codes
    formats = [code for code in vocabulary(ACTIVITY_FORMAT).codes if code in _FORMS]
    instruments = vocabulary(INSTRUMENT).codes
    result = []
    for _ in range(count):
        focus = rng.sample(areas, rng.choice((1, 2, 2, 3, 4)))
        form = rng.choice(formats)
        year = rng.randint(2009, 2026)
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        precision = rng.random()
        start = (
            PartialDate(year)
            if precision < 0.2
            else PartialDate(year, month)
            if precision < 0.4
            else PartialDate(year, month, day)
        )
        end = None
        if start.day is not None and rng.random() < 0.7:
            end = PartialDate(year, month, min(28, day + rng.randint(0, 4)))
        partners = [state, *rng.sample(lac, rng.choice((0, 0, 0, 1, 3, 8)))]
        implementers = rng.sample(list(organisations), rng.choice((1, 1, 2)))
        donors = rng.sample(list(organisations), rng.choice((0, 1, 1, 2)))
        regional = len(partners) > 2
        city = _CITIES.get(partners[0] if not regional else rng.choice(list(_CITIES)), "")
        budget = Decimal(rng.randrange(5, 400) * 1000) if rng.random() < 0.4 else None
        result.append(
            ActivityData(
                title=_FORMS[form].format(topic=_TOPICS[focus[0]]),
                description=(
                    f"{'Regional' if regional else 'National'} activity on "
                    f"{', '.join(_TOPICS[f] for f in focus)} for officials of "
                    f"{len(set(partners))} state(s)."
                ),
                format=form,
                start_date=start,
                end_date=end,
                place=city,
                relevance=rng.choice(("att_focused", "att_relevant")),
                types=tuple(rng.sample(types, rng.choice((1, 1, 2, 3)))),
                focus_areas=tuple(focus),
                instruments=tuple(rng.sample(instruments, rng.choice((0, 1, 1, 2)))),
                partner_states=tuple(dict.fromkeys(partners)),
                implementers=tuple(implementers),
                donors=tuple(d for d in donors if d not in implementers),
                budget_amount=budget,
                budget_currency="USD" if budget is not None else None,
            )
        )
    return result


def fill_demo(
    session: Session,
    state: str,
    generated: int = 60,
    seed: int = 2017,
    progress: Progress | None = None,
) -> int:
    """Add the real activities and `generated` synthetic ones; returns how many were added."""
    rng = random.Random(seed)
    real = _related_by_project(real_activities())
    organisations = [row.uuid for row in list_organisations(session)]
    items = real + generate_activities(rng, state, generated, organisations)
    save_activities(session, items, progress)
    return len(items)


# Needs of the kind states in the region report (CIFTA Consultative Committee, ATT initial
# reports): title, focus areas, types, priority, status.
DEMO_NEEDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str, str], ...] = (
    ("Marking machines and training for the national armoury", ("marking", "tracing"),
     ("technical_material_financial", "institutional_capacity"), "high", "open"),
    ("Review of the draft arms control law against the ATT and CIFTA",
     ("national_legislation", "international_instruments"), ("legal_legislative",), "high",
     "in_discussion"),
    ("Stockpile management and security assessment of police armouries",
     ("stockpile_management", "ammunition"), ("institutional_capacity",), "medium", "open"),
    ("Training of customs officers on transit and trans-shipment controls",
     ("transit_transshipment_controls", "transfer_controls"), ("institutional_capacity",),
     "high", "partly_met"),
    ("Electronic register of transfer authorisations", ("reporting_transfer_controls",),
     ("technical_material_financial",), "medium", "open"),
    ("Destruction of surplus and confiscated small arms", ("destruction", "salw"),
     ("technical_material_financial",), "low", "met"),
    ("Awareness campaign for importers and brokers", ("brokering_controls",),
     ("sensitization_outreach",), "low", "open"),
)  # fmt: skip


def fill_demo_needs(session: Session) -> int:
    """Add the demo needs, linked to the demo activities that share their focus areas."""
    from attdesk.domain.need import NeedData
    from attdesk.domain.partial_date import PartialDate
    from attdesk.store.activities import load_activities
    from attdesk.store.needs import save_need

    activities = list(load_activities(session).values())
    for index, (title, areas, types, priority, status) in enumerate(DEMO_NEEDS):
        addressed: tuple[str, ...] = ()
        if status in ("partly_met", "met"):
            addressed = tuple(str(a.uuid) for a in activities if set(a.focus_areas) & set(areas))[
                :2
            ]
        save_need(
            session,
            NeedData(
                title=title,
                focus_areas=areas,
                types=types,
                instruments=("att", "cifta"),
                priority=priority,
                status=status,
                date_identified=PartialDate(2023 + index % 3, 1 + index),
                addressed_by=addressed,
            ),
        )
    return len(DEMO_NEEDS)


def fill_demo_questionnaire(session: Session, period: str = "2024") -> bool:
    """A previous period's CIFTA answers, so a new user can try carrying them forward.
    Returns False if the period is already answered."""
    from attdesk.questionnaire.definition import latest_definition
    from attdesk.store.responses import create_response, list_responses, save_answer

    definition = latest_definition("cifta-implementation")
    if definition is None or any(r.period == period for r in list_responses(session)):
        return False
    info, _ = create_response(session, definition, period)
    authorities = [
        {"name": "Dirección General de Aduanas", "institution": "Ministerio de Economía y Finanzas",
         "agency": "customs_finance", "roles": ["export", "import", "transit"]},
        {"name": "Dirección Institucional en Asuntos de Seguridad Pública",
         "institution": "Ministerio de Seguridad Pública", "agency": "interior_police",
         "roles": ["cifta_contact"]},
    ]  # fmt: skip
    save_answer(session, info.uuid, "0.1", authorities)
    for qid, value, details in (
        ("4.1", "yes", "Código Penal, artículo 333."),
        ("4.2", "yes", ""),
        ("4.4", "partly", "Conspiracy is covered; attempt is not explicit."),
        ("5.1", "yes", ""),
        ("6.1", "partly", "Marking at manufacture is required; the import mark is being drafted."),
    ):
        if qid in definition.by_id:
            save_answer(session, info.uuid, qid, value, details)
    return True
