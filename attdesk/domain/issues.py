"""Validation findings that name the field they belong to.

A finding carries a message code and parameters rather than finished text, so that the GUI
can show it translated next to the field while the CLI prints the English sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Final

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import AttDeskError

CONTEXT: Final = "Validation"

# English templates, marked for Qt Linguist; `{name}` placeholders come from FieldIssue.params.
MESSAGES: Final[Mapping[str, str]] = {
    "required": QT_TRANSLATE_NOOP("Validation", "This field is required."),
    "choose_one": QT_TRANSLATE_NOOP("Validation", "Choose at least one."),
    "too_long": QT_TRANSLATE_NOOP("Validation", "Too long: at most {limit} characters."),
    "unknown_code": QT_TRANSLATE_NOOP("Validation", "Unknown value: {value}."),
    "unknown_state": QT_TRANSLATE_NOOP("Validation", "Unknown state: {value}."),
    "unknown_organisation": QT_TRANSLATE_NOOP("Validation", "Unknown organisation: {value}."),
    "unknown_activity": QT_TRANSLATE_NOOP("Validation", "Unknown activity: {value}."),
    "unknown_need": QT_TRANSLATE_NOOP("Validation", "Unknown need: {value}."),
    "wrong_type": QT_TRANSLATE_NOOP("Validation", "This answer has the wrong kind of value."),
    "repeated_value": QT_TRANSLATE_NOOP("Validation", "A value is chosen twice."),
    "out_of_range": QT_TRANSLATE_NOOP("Validation", "Out of range: from {low} to {high}."),
    "bad_phone": QT_TRANSLATE_NOOP("Validation", "Not a telephone number: {value}."),
    "unknown_field": QT_TRANSLATE_NOOP("Validation", "Unknown field: {value}."),
    "too_many_rows": QT_TRANSLATE_NOOP("Validation", "Too many rows: at most {limit}."),
    "bad_date": QT_TRANSLATE_NOOP(
        "Validation", "Not a date: write a year (2015), a month (2015-06) or a date (2015-06-12)."
    ),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "Validation", "The year must be between {low} and {high}."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("Validation", "The end date is before the start date."),
    "bad_url": QT_TRANSLATE_NOOP(
        "Validation", "Not a web address: {value} (it should start with http:// or https://)."
    ),
    "negative_amount": QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative."),
    "bad_amount": QT_TRANSLATE_NOOP("Validation", "Not an amount: {value}."),
    "currency_required": QT_TRANSLATE_NOOP("Validation", "Choose the currency of the amount."),
    "unknown_currency": QT_TRANSLATE_NOOP("Validation", "Unknown currency code: {value}."),
    "self_reference": QT_TRANSLATE_NOOP("Validation", "An activity cannot be related to itself."),
    "bad_email": QT_TRANSLATE_NOOP("Validation", "Not an e-mail address: {value}."),
    "bad_uuid": QT_TRANSLATE_NOOP("Validation", "Not a valid UUID: {value}."),
    "duplicate_uuid": QT_TRANSLATE_NOOP(
        "Validation", "The same UUID is already used in row {row}."
    ),
    "duplicate_name": QT_TRANSLATE_NOOP(
        "Validation", "There is already an organisation named {value}."
    ),
}


@dataclass(frozen=True)
class FieldIssue:
    """One problem with one field of a record."""

    field: str
    code: str
    params: Mapping[str, str] = dataclass_field(default_factory=dict)

    @property
    def template(self) -> str:
        return MESSAGES.get(self.code, self.code)

    @property
    def message(self) -> str:
        """The English sentence, for the CLI and logs."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(AttDeskError):
    """A record cannot be saved as it is; `issues` says what to fix, field by field."""

    def __init__(self, issues: Iterable[FieldIssue]):
        self.issues = tuple(issues)
        super().__init__("{issues}", issues="; ".join(str(issue) for issue in self.issues))


def issues_by_field(issues: Iterable[FieldIssue]) -> dict[str, list[FieldIssue]]:
    grouped: dict[str, list[FieldIssue]] = {}
    for issue in issues:
        grouped.setdefault(issue.field, []).append(issue)
    return grouped
