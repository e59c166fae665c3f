"""Dates known only to the year or month, as activity reports usually give them.

"2015", "2015-06" and "2015-06-12" are all valid dates; the stored form is that ISO text,
which also sorts chronologically. Unknown is None, not a sentinel date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from attdesk.domain.issues import FieldIssue

MIN_YEAR = 1900
MAX_YEAR = 2100

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# Day first, as written across Latin America, the Caribbean and France: 12/06/2015, 12.6.2015.
_DMY = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_MY = re.compile(r"^(\d{1,2})[/.](\d{4})$")


class PartialDateError(ValueError):
    """Text that is not a year, a year and month, or a full date.

    `code` is the validation message code (see domain.issues) to show for it.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PartialDateError(
                "date_out_of_range", f"the year must be between {MIN_YEAR} and {MAX_YEAR}"
            )
        if self.month is None and self.day is not None:
            raise PartialDateError("bad_date", "a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise PartialDateError("bad_date", "the month must be between 1 and 12")
        if self.day is not None:
            try:
                dt.date(self.year, self.month or 1, self.day)
            except ValueError:
                raise PartialDateError(
                    "bad_date", "that day does not exist in that month"
                ) from None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "2015", "2015-06", "2015-06-12", "12/06/2015" or "06/2015"."""
        value = text.strip()
        if match := _ISO.match(value):
            year, month, day = match.groups()
            return cls(int(year), _int(month), _int(day))
        if match := _DMY.match(value):
            day, month, year = match.groups()
            return cls(int(year), int(month), int(day))
        if match := _MY.match(value):
            month, year = match.groups()
            return cls(int(year), int(month))
        raise PartialDateError(
            "bad_date", "write a year (2015), a month (2015-06) or a date (2015-06-12)"
        )

    @classmethod
    def parse_optional(cls, text: str | None) -> PartialDate | None:
        """Like parse, but empty text means an unknown date."""
        if text is None or not text.strip():
            return None
        return cls.parse(text)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    def iso(self) -> str:
        """The stored and exported form: YYYY, YYYY-MM or YYYY-MM-DD."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    __str__ = iso

    @property
    def precision(self) -> int:
        """1 for a year, 2 for a month, 3 for a full date."""
        return 1 + (self.month is not None) + (self.day is not None)

    def _parts(self, precision: int) -> tuple[int, ...]:
        return (self.year, self.month or 0, self.day or 0)[:precision]

    def is_before(self, other: PartialDate) -> bool:
        """True only when self is certainly earlier, at the precision both dates share.

        "2015-06" is not before "2015": the second may well mean June 2015.
        """
        precision = min(self.precision, other.precision)
        return self._parts(precision) < other._parts(precision)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def year_of(text: str | None) -> int | None:
    """The year of a stored partial date, or None for unknown."""
    return int(text[:4]) if text else None


def date_issue(field: str, error: PartialDateError) -> FieldIssue:
    """The validation finding to show for a date the user typed wrongly."""
    params = (
        {"low": str(MIN_YEAR), "high": str(MAX_YEAR)} if error.code == "date_out_of_range" else {}
    )
    return FieldIssue(field, error.code, params)
