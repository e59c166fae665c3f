"""Reporting periods: one year ("2025") or a span of years ("2024-2025")."""

from __future__ import annotations

import re
from typing import Final

from attdesk.domain.partial_date import MAX_YEAR, MIN_YEAR

_PERIOD: Final = re.compile(r"^\s*(\d{4})\s*(?:[-–/]\s*(\d{4}))?\s*$")


def parse_period(text: str) -> str | None:
    """The canonical form of a period, or None if the text is not one."""
    match = _PERIOD.match(text)
    if not match:
        return None
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if not (MIN_YEAR <= first <= last <= MAX_YEAR) or last - first > 10:
        return None
    return str(first) if first == last else f"{first}-{last}"


def period_key(period: str) -> tuple[int, int]:
    """Sort key: by last year, then first year."""
    first, _, last = period.partition("-")
    return int(last or first), int(first)
