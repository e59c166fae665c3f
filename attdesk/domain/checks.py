"""Field checks shared by every record type (activities, needs, organisations, settings)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from attdesk.domain.countries import countries
from attdesk.domain.currencies import is_currency
from attdesk.domain.issues import FieldIssue
from attdesk.domain.vocabularies import vocabulary

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required_text(field: str, value: str, limit: int) -> list[FieldIssue]:
    if not value.strip():
        return [FieldIssue(field, "required")]
    return max_length(field, value, limit)


def max_length(field: str, value: str, limit: int) -> list[FieldIssue]:
    if len(value) > limit:
        return [FieldIssue(field, "too_long", {"limit": str(limit)})]
    return []


def code(field: str, vocabulary_id: str, value: str | None, required: bool) -> list[FieldIssue]:
    if not value:
        return [FieldIssue(field, "required")] if required else []
    if value not in vocabulary(vocabulary_id):
        return [FieldIssue(field, "unknown_code", {"value": value})]
    return []


def codes(field: str, vocabulary_id: str, values: Iterable[str], minimum: int) -> list[FieldIssue]:
    values = list(values)
    if len(values) < minimum:
        return [FieldIssue(field, "choose_one")]
    vocab = vocabulary(vocabulary_id)
    return [FieldIssue(field, "unknown_code", {"value": v}) for v in values if v not in vocab]


def states(field: str, values: Iterable[str], minimum: int) -> list[FieldIssue]:
    values = list(values)
    if len(values) < minimum:
        return [FieldIssue(field, "choose_one")]
    known = countries()
    return [FieldIssue(field, "unknown_state", {"value": v}) for v in values if v not in known]


def state(field: str, value: str | None, required: bool) -> list[FieldIssue]:
    if not value:
        return [FieldIssue(field, "required")] if required else []
    return [] if value in countries() else [FieldIssue(field, "unknown_state", {"value": value})]


def is_web_address(text: str) -> bool:
    """http(s) address with a host that has a dot (or is localhost)."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    host = parts.hostname or ""
    return (
        parts.scheme in ("http", "https")
        and bool(host)
        and ("." in host or host == "localhost")
        and " " not in text.strip()
    )


def web_addresses(field: str, values: Iterable[str]) -> list[FieldIssue]:
    return [FieldIssue(field, "bad_url", {"value": v}) for v in values if not is_web_address(v)]


def email(field: str, value: str, required: bool = False) -> list[FieldIssue]:
    if not value.strip():
        return [FieldIssue(field, "required")] if required else []
    if not _EMAIL.match(value.strip()):
        return [FieldIssue(field, "bad_email", {"value": value})]
    return []


def parse_amount(text: str) -> Decimal:
    """Read an amount typed with either decimal convention: 1,234.50 / 1.234,50 / 1234,5.

    Raises ValueError if `text` is not a number.
    """
    value = text.strip().replace(" ", "").replace("\u00a0", "").replace("'", "")
    if "," in value and "." in value:
        # Both present: whichever comes last is the decimal separator.
        decimal_sep = "," if value.rfind(",") > value.rfind(".") else "."
    else:
        # One kind only: repeated, or followed by exactly three digits, it groups thousands
        # ("12.500" in Spanish, "12,500" in English); otherwise it is the decimal separator.
        sep = "," if "," in value else "."
        groups = value.split(sep)
        thousands = len(groups) > 2 or (len(groups) == 2 and len(groups[1]) == 3)
        decimal_sep = "" if thousands else sep
    grouping = {",", "."} - {decimal_sep}
    for mark in grouping:
        value = value.replace(mark, "")
    if decimal_sep:
        value = value.replace(decimal_sep, ".")
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"not an amount: {text!r}") from None
    if not amount.is_finite():
        raise ValueError(f"not an amount: {text!r}")
    return amount


def money(
    amount_field: str, amount: Decimal | None, currency_field: str, currency: str | None
) -> list[FieldIssue]:
    issues = []
    if amount is not None and amount < 0:
        issues.append(FieldIssue(amount_field, "negative_amount"))
    if amount is not None and not currency:
        issues.append(FieldIssue(currency_field, "currency_required"))
    if currency and not is_currency(currency):
        issues.append(FieldIssue(currency_field, "unknown_currency", {"value": currency}))
    return issues


def is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except (ValueError, AttributeError, TypeError):
        return False
