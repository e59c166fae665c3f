"""A cooperation and assistance activity as the focal point records it.

`ActivityData` is the plain, storage-free form of an activity: the editor fills it, the
spreadsheet importer parses rows into it, the store saves it and exports read it. Organisations
and related activities are referred to by UUID, the identifiers that travel between databases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from attdesk.domain import checks
from attdesk.domain.issues import FieldIssue
from attdesk.domain.partial_date import PartialDate
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    INSTRUMENT,
    RELEVANCE,
    vocabulary,
)

TITLE_LIMIT = 300
SHORT_TEXT_LIMIT = 500
LONG_TEXT_LIMIT = 20_000

# Field names, shared by validation messages, the editor and the spreadsheet layout.
TITLE = "title"
DESCRIPTION = "description"
FORMAT = "format"
START_DATE = "start_date"
END_DATE = "end_date"
PLACE = "place"
RELEVANCE_FIELD = "relevance"
TYPES = "types"
FOCUS_AREAS = "focus_areas"
INSTRUMENTS = "instruments"
PARTNER_STATES = "partner_states"
IMPLEMENTERS = "implementers"
DONORS = "donors"
LARGER_PROJECT = "larger_project"
BUDGET_AMOUNT = "budget_amount"
BUDGET_CURRENCY = "budget_currency"
WEBSITES = "websites"
RELATED = "related"
CONTACT = "implementer_contact"
NOTES = "notes"


@dataclass(frozen=True)
class ActivityData:
    """Every field of an activity. Multi-valued fields are tuples in display order."""

    title: str = ""
    description: str = ""
    format: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    place: str = ""
    relevance: str | None = None
    types: tuple[str, ...] = ()
    focus_areas: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    partner_states: tuple[str, ...] = ()
    implementers: tuple[str, ...] = ()  # organisation UUIDs, lead implementer first
    donors: tuple[str, ...] = ()  # organisation UUIDs
    larger_project: str = ""
    budget_amount: Decimal | None = None
    budget_currency: str | None = None
    websites: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # activity UUIDs
    implementer_contact: str = ""
    notes: str = ""
    uuid: str | None = field(default=None, compare=False)

    def normalised(self) -> ActivityData:
        """Canonical form: trimmed text, code lists without repeats in vocabulary order,
        states sorted, empty optionals as None. Organisation order (lead first) is kept."""
        return replace(
            self,
            title=" ".join(self.title.split()),
            description=self.description.strip(),
            place=self.place.strip(),
            format=self.format or None,
            relevance=self.relevance or None,
            types=tuple(vocabulary(ASSISTANCE_TYPE).sort_codes(unique(self.types))),
            focus_areas=tuple(vocabulary(FOCUS_AREA).sort_codes(unique(self.focus_areas))),
            instruments=tuple(vocabulary(INSTRUMENT).sort_codes(unique(self.instruments))),
            partner_states=tuple(sorted(unique(s.upper() for s in self.partner_states))),
            implementers=unique(self.implementers),
            donors=unique(self.donors),
            larger_project=self.larger_project.strip(),
            budget_currency=(self.budget_currency or "").strip().upper() or None,
            websites=unique(w.strip() for w in self.websites if w.strip()),
            related=unique(self.related),
            implementer_contact=self.implementer_contact.strip(),
            notes=self.notes.strip(),
        )


def unique(values: Iterable[str]) -> tuple[str, ...]:
    """Drop empties and repeats, keeping the first occurrence's place."""
    return tuple(dict.fromkeys(value for value in values if value))


def validate_activity(data: ActivityData) -> list[FieldIssue]:
    """Everything that stops an activity from being saved, field by field.

    References to organisations and other activities are checked by the store, which
    knows what exists.
    """
    issues = checks.required_text(TITLE, data.title, TITLE_LIMIT)
    issues += checks.max_length(DESCRIPTION, data.description, LONG_TEXT_LIMIT)
    issues += checks.code(FORMAT, ACTIVITY_FORMAT, data.format, required=False)
    if data.start_date and data.end_date and data.end_date.is_before(data.start_date):
        issues.append(FieldIssue(END_DATE, "end_before_start"))
    issues += checks.max_length(PLACE, data.place, SHORT_TEXT_LIMIT)
    issues += checks.code(RELEVANCE_FIELD, RELEVANCE, data.relevance, required=True)
    issues += checks.codes(TYPES, ASSISTANCE_TYPE, data.types, minimum=1)
    issues += checks.codes(FOCUS_AREAS, FOCUS_AREA, data.focus_areas, minimum=1)
    issues += checks.codes(INSTRUMENTS, INSTRUMENT, data.instruments, minimum=0)
    issues += checks.states(PARTNER_STATES, data.partner_states, minimum=1)
    if not data.implementers:
        issues.append(FieldIssue(IMPLEMENTERS, "choose_one"))
    issues += checks.max_length(LARGER_PROJECT, data.larger_project, SHORT_TEXT_LIMIT)
    issues += checks.money(BUDGET_AMOUNT, data.budget_amount, BUDGET_CURRENCY, data.budget_currency)
    issues += checks.web_addresses(WEBSITES, data.websites)
    if data.uuid and data.uuid in data.related:
        issues.append(FieldIssue(RELATED, "self_reference"))
    issues += checks.max_length(CONTACT, data.implementer_contact, LONG_TEXT_LIMIT)
    issues += checks.max_length(NOTES, data.notes, LONG_TEXT_LIMIT)
    return issues
