from __future__ import annotations

from decimal import Decimal

import pytest

from attdesk.domain import checks
from attdesk.domain.activity import ActivityData, validate_activity
from attdesk.domain.partial_date import PartialDate


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("25000", "25000"),
        ("25,000", "25000"),
        ("25.000", "25000"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("12,5", "12.5"),
        ("12.50", "12.50"),
        ("-3", "-3"),
        ("1 500 000", "1500000"),
    ],
)
def test_amounts_in_either_decimal_convention(text: str, amount: str) -> None:
    assert checks.parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["abc", "", "1,2,3.4.5", "NaN", "Infinity"])
def test_not_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        checks.parse_amount(text)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.unlirec.org/att", True),
        ("http://localhost:8080/x", True),
        ("www.unlirec.org", False),
        ("ftp://example.org", False),
        ("https://", False),
        ("https://exa mple.org", False),
        ("javascript:alert(1)", False),
    ],
)
def test_web_addresses(url: str, ok: bool) -> None:
    assert checks.is_web_address(url) is ok


def valid() -> ActivityData:
    return ActivityData(
        title="Workshop",
        relevance="att_focused",
        types=("legal_legislative",),
        focus_areas=("brokering_controls",),
        partner_states=("PAN",),
        implementers=("6f1d3c52-6a0e-4d39-9a36-8e0b6c1f0a11",),
    )


def codes(data: ActivityData) -> set[tuple[str, str]]:
    return {(issue.field, issue.code) for issue in validate_activity(data.normalised())}


def test_a_complete_activity_is_valid() -> None:
    assert codes(valid()) == set()


def test_required_fields_are_named() -> None:
    assert codes(ActivityData()) == {
        ("title", "required"),
        ("relevance", "required"),
        ("types", "choose_one"),
        ("focus_areas", "choose_one"),
        ("partner_states", "choose_one"),
        ("implementers", "choose_one"),
    }


def test_end_before_start_bad_url_negative_budget_and_unknown_codes() -> None:
    from dataclasses import replace

    data = replace(
        valid(),
        start_date=PartialDate(2016, 3),
        end_date=PartialDate(2016, 2, 27),
        websites=("not a url",),
        budget_amount=Decimal("-1"),
        budget_currency="USD",
        types=("legal_legislative", "bogus"),
        partner_states=("XXX",),
    )
    assert codes(data) == {
        ("end_date", "end_before_start"),
        ("websites", "bad_url"),
        ("budget_amount", "negative_amount"),
        ("types", "unknown_code"),
        ("partner_states", "unknown_state"),
    }


def test_amount_needs_a_currency_and_whitespace_is_trimmed() -> None:
    from dataclasses import replace

    data = replace(valid(), title="   ", budget_amount=Decimal(5))
    assert codes(data) == {("title", "required"), ("budget_currency", "currency_required")}
    assert replace(valid(), title="  a   b ").normalised().title == "a b"
