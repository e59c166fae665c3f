"""Small builders of valid records for tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from attdesk.domain.activity import ActivityData
from attdesk.domain.need import NeedData
from attdesk.domain.partial_date import PartialDate
from attdesk.store.organisations import seed_uuid

UNLIREC = seed_uuid("UNLIREC")
UNODC = seed_uuid("UNODC")
EU = seed_uuid("EU")


def activity(**changes: Any) -> ActivityData:
    base = ActivityData(
        title="ATT Implementation Course",
        description="Course for transfer control authorities.",
        format="training_course",
        start_date=PartialDate(2016, 3, 7),
        end_date=PartialDate(2016, 3, 11),
        place="Panama City, Panama",
        relevance="att_focused",
        types=("institutional_capacity",),
        focus_areas=("transit_transshipment_controls", "transfer_controls"),
        instruments=("att",),
        partner_states=("PAN",),
        implementers=(UNLIREC,),
    )
    return replace(base, **changes)


def need(**changes: Any) -> NeedData:
    base = NeedData(
        title="Training for customs officers on transit controls",
        description="Officers at the canal ports need training on transit authorisations.",
        focus_areas=("transit_transshipment_controls",),
        types=("institutional_capacity",),
        instruments=("att", "cifta"),
        priority="high",
        status="open",
        date_identified=PartialDate(2024, 5),
    )
    return replace(base, **changes)


def text(en: str) -> dict[str, str]:
    """The same text in the four languages, marked so tests can tell them apart."""
    return {"en": en, "es": f"{en} (es)", "pt": f"{en} (pt)", "fr": f"{en} (fr)"}


def definition_document(version: str = "2026.1", **extra_questions: Any) -> dict[str, Any]:
    """A small questionnaire definition with every question type and condition kind."""
    questions_a = [
        {
            "id": "1.1",
            "type": "yes_no",
            "text": text("Law?"),
            "required": True,
            "details": True,
            "articles": [{"instrument": "cifta", "article": "IV"}],
        },
        {
            "id": "1.1.ref",
            "type": "reference",
            "text": text("Which law?"),
            "required": True,
            "show_if": {"question": "1.1", "in": ["yes", "partly"]},
        },
        {
            "id": "1.2",
            "type": "single_choice",
            "text": text("Kind?"),
            "options": [{"code": "a", "label": text("A")}, {"code": "b", "label": text("B")}],
        },
        {
            "id": "1.3",
            "type": "multiple_choice",
            "text": text("Marks?"),
            "required": True,
            "options": [
                {"code": "serial", "label": text("Serial")},
                {"code": "maker", "label": text("Maker")},
            ],
        },
        {"id": "1.4", "type": "integer", "text": text("How many destroyed?"), "minimum": 0},
        {
            "id": "1.4.how",
            "type": "long_text",
            "text": text("How?"),
            "required": True,
            "show_if": {
                "all": [
                    {"question": "1.4", "at_least": 1},
                    {"not": {"question": "1.1", "in": ["no"]}},
                ]
            },
        },
    ]
    questions_b = [
        {"id": "2.1", "type": "short_text", "text": text("Agency name")},
        {
            "id": "2.2",
            "type": "date",
            "text": text("Since when?"),
            "show_if": {"question": "2.1", "answered": True},
        },
        {
            "id": "2.3",
            "type": "table",
            "text": text("Authorities"),
            "required": True,
            "persistent": True,
            "columns": [
                {"id": "name", "type": "short_text", "label": text("Name"), "required": True},
                {
                    "id": "agency",
                    "type": "single_choice",
                    "label": text("Agency"),
                    "vocabulary": "agency",
                },
                {
                    "id": "roles",
                    "type": "multiple_choice",
                    "label": text("Roles"),
                    "vocabulary": "authority_role",
                },
                {"id": "email", "type": "email", "label": text("E-mail")},
                {"id": "phone", "type": "phone", "label": text("Phone")},
            ],
        },
        *extra_questions.get("more", []),
    ]
    return {
        "format": "attdesk-questionnaire",
        "format_version": 1,
        "id": "test-questionnaire",
        "version": version,
        "title": text("Test questionnaire"),
        "instrument": "cifta",
        "metadata": {"source": "tests", "wording_note": "written for tests"},
        "sections": [
            {"id": "a", "title": text("Section A"), "questions": questions_a},
            {"id": "b", "title": text("Section B"), "questions": questions_b},
        ],
    }  # fmt: skip
