"""Answer values by question type, as JSON-ready Python values, and their checks.

    yes_no           "yes" | "no" | "partly" | "not_applicable"
    single_choice    option code
    multiple_choice  [option codes]
    short_text       str (at most 500 characters), long_text str (at most 20,000)
    integer          int within the question's bounds
    date             partial date, ISO: "2015", "2015-06" or "2015-06-12"
    reference        [{"title", "number", "date", "link"}]: laws or documents
    table            [{column id: value}]: rows of typed columns

Empty answers (None, "", [], rows with nothing in them) mean "not answered".
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from attdesk.domain import checks
from attdesk.domain.issues import FieldIssue
from attdesk.domain.partial_date import PartialDate, PartialDateError, date_issue
from attdesk.questionnaire.definition import (
    DATE,
    EMAIL,
    INTEGER,
    LONG_TEXT,
    MULTIPLE_CHOICE,
    PHONE,
    REFERENCE,
    SHORT_TEXT,
    SINGLE_CHOICE,
    TABLE,
    URL,
    YES_NO,
    Column,
    Question,
)

SHORT_LIMIT: Final = 500
LONG_LIMIT: Final = 20_000
MAX_ROWS: Final = 500
REFERENCE_FIELDS: Final = ("title", "number", "date", "link")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{4,40}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)


def is_empty(value: Any) -> bool:
    if value is None or value == "" or value == [] or value == {}:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_empty(item) for item in value)
    if isinstance(value, dict):
        return all(is_empty(item) for item in value.values())
    return False


def _text(field: str, value: Any, limit: int) -> list[FieldIssue]:
    if not isinstance(value, str):
        return [FieldIssue(field, "wrong_type")]
    return checks.max_length(field, value, limit)


def _date(field: str, value: Any) -> list[FieldIssue]:
    if not isinstance(value, str):
        return [FieldIssue(field, "wrong_type")]
    try:
        parsed = PartialDate.parse(value)
    except PartialDateError as error:
        return [date_issue(field, error)]
    if parsed.iso() != value:
        return [FieldIssue(field, "bad_date")]
    return []


def _choice(field: str, value: Any, allowed: Sequence[str]) -> list[FieldIssue]:
    if not isinstance(value, str):
        return [FieldIssue(field, "wrong_type")]
    return [] if value in allowed else [FieldIssue(field, "unknown_code", {"value": value})]


def _choices(field: str, value: Any, allowed: Sequence[str]) -> list[FieldIssue]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [FieldIssue(field, "wrong_type")]
    if len(set(value)) != len(value):
        return [FieldIssue(field, "repeated_value")]
    return [FieldIssue(field, "unknown_code", {"value": v}) for v in value if v not in allowed]


def _integer(field: str, value: Any, low: int | None, high: int | None) -> list[FieldIssue]:
    if isinstance(value, bool) or not isinstance(value, int):
        return [FieldIssue(field, "wrong_type")]
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = {"low": "" if low is None else str(low), "high": "" if high is None else str(high)}
        return [FieldIssue(field, "out_of_range", bounds)]
    return []


def _cell(field: str, column: Column, value: Any) -> list[FieldIssue]:
    if is_empty(value):
        return [FieldIssue(field, "required")] if column.required else []
    match column.type:
        case "short_text":
            return _text(field, value, SHORT_LIMIT)
        case "long_text":
            return _text(field, value, LONG_LIMIT)
        case "integer":
            return _integer(field, value, None, None)
        case "date":
            return _date(field, value)
        case "email":
            return _text(field, value, SHORT_LIMIT) or checks.email(field, value)
        case "phone":
            if not isinstance(value, str) or not _PHONE.match(value.strip()):
                return [FieldIssue(field, "bad_phone", {"value": str(value)})]
            return []
        case "url":
            return _text(field, value, 2000) or checks.web_addresses(field, [value])
        case "single_choice":
            return _choice(field, value, [o.code for o in column.options])
        case "multiple_choice":
            return _choices(field, value, [o.code for o in column.options])
    return [FieldIssue(field, "wrong_type")]


def _rows(value: Any) -> list[Mapping[str, Any]] | None:
    if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
        return None
    return value


def _reference(field: str, value: Any) -> list[FieldIssue]:
    rows = _rows(value)
    if rows is None:
        return [FieldIssue(field, "wrong_type")]
    issues = []
    for number, row in enumerate(rows, start=1):
        where = f"{field}:{number}"
        unknown = set(row) - set(REFERENCE_FIELDS)
        if unknown:
            issues.append(FieldIssue(where, "unknown_field", {"value": ", ".join(sorted(unknown))}))
        if is_empty(row):
            continue
        issues += checks.required_text(f"{where}:title", str(row.get("title") or ""), SHORT_LIMIT)
        issues += _text(f"{where}:number", row.get("number") or "", SHORT_LIMIT)
        if row.get("date"):
            issues += _date(f"{where}:date", row["date"])
        if row.get("link"):
            issues += checks.web_addresses(f"{where}:link", [str(row["link"])])
    return issues


def _table(field: str, question: Question, value: Any) -> list[FieldIssue]:
    rows = _rows(value)
    if rows is None:
        return [FieldIssue(field, "wrong_type")]
    if len(rows) > MAX_ROWS:
        return [FieldIssue(field, "too_many_rows", {"limit": str(MAX_ROWS)})]
    columns = {c.id: c for c in question.columns}
    issues = []
    for number, row in enumerate(rows, start=1):
        unknown = set(row) - set(columns)
        if unknown:
            issues.append(
                FieldIssue(
                    f"{field}:{number}", "unknown_field", {"value": ", ".join(sorted(unknown))}
                )
            )
        if is_empty(row):
            continue
        for column in question.columns:
            issues += _cell(f"{field}:{number}:{column.id}", column, row.get(column.id))
    return issues


def check_value(question: Question, value: Any) -> list[FieldIssue]:
    """What is wrong with a non-empty answer to this question (empty answers are the
    completion check's business, not an error)."""
    field = question.id
    if is_empty(value):
        return []
    match question.type:
        case "yes_no" | "single_choice":
            return _choice(field, value, question.choice_codes())
        case "multiple_choice":
            return _choices(field, value, question.choice_codes())
        case "short_text":
            return _text(field, value, SHORT_LIMIT)
        case "long_text":
            return _text(field, value, LONG_LIMIT)
        case "integer":
            return _integer(field, value, question.minimum, question.maximum)
        case "date":
            return _date(field, value)
        case "reference":
            return _reference(field, value)
        case "table":
            return _table(field, question, value)
    return [FieldIssue(field, "wrong_type")]


def clean(question: Question, value: Any) -> Any:
    """The stored form of a value: empty becomes None, text trimmed, empty rows dropped."""
    if is_empty(value):
        return None
    if isinstance(value, str):
        return value.strip()
    if question.type in (REFERENCE, TABLE) and isinstance(value, list):
        return [
            {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items() if not is_empty(v)}
            for row in value
            if not is_empty(row)
        ]
    return value


TYPES: Final = (
    YES_NO,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    SHORT_TEXT,
    LONG_TEXT,
    INTEGER,
    DATE,
    REFERENCE,
    TABLE,
)
CELL_TYPES: Final = (SHORT_TEXT, LONG_TEXT, INTEGER, DATE, EMAIL, PHONE, URL)
