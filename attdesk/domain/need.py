"""Assistance the state still needs, as the focal point records it.

`NeedData` is the storage-free form of a need, like `ActivityData` for activities: the
editor fills it, the store saves it, exports read it. The preferred partner and the
activities that addressed the need are referred to by UUID.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from attdesk.domain import checks
from attdesk.domain.activity import LONG_TEXT_LIMIT, TITLE_LIMIT, unique
from attdesk.domain.issues import FieldIssue
from attdesk.domain.partial_date import PartialDate
from attdesk.domain.vocabularies import (
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    INSTRUMENT,
    NEED_PRIORITY,
    NEED_STATUS,
    vocabulary,
)

# Field names, shared by validation messages and the editor.
TITLE = "title"
DESCRIPTION = "description"
FOCUS_AREAS = "focus_areas"
TYPES = "types"
INSTRUMENTS = "instruments"
PRIORITY = "priority"
STATUS = "status"
DATE_IDENTIFIED = "date_identified"
COST_AMOUNT = "cost_amount"
COST_CURRENCY = "cost_currency"
PREFERRED_PARTNER = "preferred_partner"
ADDRESSED_BY = "addressed_by"
NOTES = "notes"

OPEN = "open"
# Statuses under which a need still waits for assistance (suggestions, the gap analysis).
UNMET_STATUSES = frozenset({"open", "in_discussion", "partly_met"})


@dataclass(frozen=True)
class NeedData:
    """Every field of a need. Multi-valued fields are tuples in vocabulary order."""

    title: str = ""
    description: str = ""
    focus_areas: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    priority: str | None = "medium"
    status: str | None = OPEN
    date_identified: PartialDate | None = None
    cost_amount: Decimal | None = None
    cost_currency: str | None = None
    preferred_partner: str | None = None  # organisation UUID (implementer or donor)
    addressed_by: tuple[str, ...] = ()  # activity UUIDs
    notes: str = ""
    uuid: str | None = field(default=None, compare=False)

    def normalised(self) -> NeedData:
        """Canonical form: trimmed text, codes without repeats in vocabulary order."""
        return replace(
            self,
            title=" ".join(self.title.split()),
            description=self.description.strip(),
            focus_areas=tuple(vocabulary(FOCUS_AREA).sort_codes(unique(self.focus_areas))),
            types=tuple(vocabulary(ASSISTANCE_TYPE).sort_codes(unique(self.types))),
            instruments=tuple(vocabulary(INSTRUMENT).sort_codes(unique(self.instruments))),
            priority=self.priority or None,
            status=self.status or None,
            cost_currency=(self.cost_currency or "").strip().upper() or None,
            preferred_partner=self.preferred_partner or None,
            addressed_by=unique(self.addressed_by),
            notes=self.notes.strip(),
        )

    @property
    def unmet(self) -> bool:
        return self.status in UNMET_STATUSES


def validate_need(data: NeedData) -> list[FieldIssue]:
    """Everything that stops a need from being saved, field by field. The store checks
    that the preferred partner and the addressing activities exist."""
    issues = checks.required_text(TITLE, data.title, TITLE_LIMIT)
    issues += checks.max_length(DESCRIPTION, data.description, LONG_TEXT_LIMIT)
    issues += checks.codes(FOCUS_AREAS, FOCUS_AREA, data.focus_areas, minimum=1)
    issues += checks.codes(TYPES, ASSISTANCE_TYPE, data.types, minimum=1)
    issues += checks.codes(INSTRUMENTS, INSTRUMENT, data.instruments, minimum=0)
    issues += checks.code(PRIORITY, NEED_PRIORITY, data.priority, required=True)
    issues += checks.code(STATUS, NEED_STATUS, data.status, required=True)
    issues += checks.money(COST_AMOUNT, data.cost_amount, COST_CURRENCY, data.cost_currency)
    issues += checks.max_length(NOTES, data.notes, LONG_TEXT_LIMIT)
    return issues
