from __future__ import annotations

import pytest

from attdesk.domain.partial_date import PartialDate, PartialDateError, year_of


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2015", "2015"),
        ("2015-6", "2015-06"),
        ("2015-06-12", "2015-06-12"),
        ("12/06/2015", "2015-06-12"),
        ("1.2.2016", "2016-02-01"),
        ("06/2015", "2015-06"),
        (" 2015 ", "2015"),
    ],
)
def test_parse_accepts_years_months_and_dates(text: str, iso: str) -> None:
    assert PartialDate.parse(text).iso() == iso


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("tomorrow", "bad_date"),
        ("2015-13", "bad_date"),
        ("2015-02-30", "bad_date"),
        ("31/02/2015", "bad_date"),
        ("1850", "date_out_of_range"),
        ("15", "bad_date"),
    ],
)
def test_parse_rejects_what_is_not_a_date(text: str, code: str) -> None:
    with pytest.raises(PartialDateError) as error:
        PartialDate.parse(text)
    assert error.value.code == code


def test_empty_means_unknown() -> None:
    assert PartialDate.parse_optional("  ") is None
    assert PartialDate.parse_optional(None) is None


def test_is_before_compares_at_the_shared_precision() -> None:
    june = PartialDate(2015, 6)
    assert not june.is_before(PartialDate(2015))
    assert not PartialDate(2015).is_before(june)
    assert PartialDate(2014).is_before(june)
    assert PartialDate(2015, 6, 1).is_before(PartialDate(2015, 6, 2))
    assert not PartialDate(2015, 6, 2).is_before(PartialDate(2015, 6))


def test_iso_text_sorts_chronologically_and_gives_the_year() -> None:
    texts = ["2015-06-12", "2014", "2015", "2015-06"]
    assert sorted(texts) == ["2014", "2015", "2015-06", "2015-06-12"]
    assert year_of("2015-06") == 2015
    assert year_of(None) is None
