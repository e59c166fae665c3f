"""The documented column layout of activity spreadsheets (CSV and XLSX).

The same layout is read by the importer, written by the exporter and explained in the
template's instructions sheet, so the three cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from attdesk.domain import activity as fields
from attdesk.domain.text import fold

LIST_SEPARATOR: Final = ";"
UUID: Final = "uuid"


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    multiple: bool
    help: str


COLUMNS: Final = (
    Column(
        UUID,
        False,
        False,
        "Leave empty for a new activity. A UUID that exists updates that activity.",
    ),
    Column(fields.TITLE, True, False, "Short title of the activity."),
    Column(fields.DESCRIPTION, False, False, "What the activity involved."),
    Column(
        fields.FORMAT,
        False,
        False,
        "Workshop, seminar, training course... (code or label, any language).",
    ),
    Column(
        fields.START_DATE,
        False,
        False,
        "A year (2015), a month (2015-06) or a date (2015-06-12 or 12/06/2015).",
    ),
    Column(fields.END_DATE, False, False, "Same forms as start_date; empty if unknown."),
    Column(fields.PLACE, False, False, "City and country, or 'online'."),
    Column(fields.RELEVANCE_FIELD, True, False, "ATT-focused or ATT-relevant."),
    Column(fields.TYPES, True, True, "Types of assistance, separated by ';'."),
    Column(fields.FOCUS_AREAS, True, True, "Focus areas, separated by ';'."),
    Column(fields.INSTRUMENTS, False, True, "ATT; CIFTA; PoA..., separated by ';'."),
    Column(
        fields.PARTNER_STATES,
        True,
        True,
        "Beneficiary states: ISO codes (PAN) or names, separated by ';'.",
    ),
    Column(
        fields.IMPLEMENTERS,
        True,
        True,
        "Organisation names or acronyms, lead first, separated by ';'. "
        "Unknown names are added to the list of organisations.",
    ),
    Column(fields.DONORS, False, True, "Organisation names or acronyms, separated by ';'."),
    Column(fields.LARGER_PROJECT, False, False, "The programme or project it was part of."),
    Column(fields.BUDGET_AMOUNT, False, False, "A number, e.g. 25000 or 25000.50."),
    Column(fields.BUDGET_CURRENCY, False, False, "ISO 4217 code: USD, EUR, CAD..."),
    Column(fields.WEBSITES, False, True, "Web addresses (https://...), separated by ';'."),
    Column(fields.RELATED, False, True, "UUIDs of related activities, separated by ';'."),
    Column(fields.CONTACT, False, False, "Contact details of the implementer(s)."),
    Column(fields.NOTES, False, False, "Free notes."),
)

COLUMN_NAMES: Final = tuple(column.name for column in COLUMNS)
BY_NAME: Final = {column.name: column for column in COLUMNS}


def header_key(text: str) -> str:
    """Normalise a header cell: "Start date", "start_date" and " START DATE " all match."""
    return fold(text).replace(" ", "_").replace("-", "_")


def split_list(cell: str) -> list[str]:
    """Values of a multi-valued cell; also accepts line breaks between values."""
    parts = cell.replace("\r", "\n").replace("\n", LIST_SEPARATOR).split(LIST_SEPARATOR)
    return [part.strip() for part in parts if part.strip()]


def join_list(values: list[str] | tuple[str, ...]) -> str:
    return f"{LIST_SEPARATOR} ".join(values)
