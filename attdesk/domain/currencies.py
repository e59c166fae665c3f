"""ISO 4217 currencies, for budgets and cost estimates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from attdesk import resource_files
from attdesk.domain.languages import DEFAULT_LANGUAGE

# Shown first in pickers: the currencies assistance budgets are usually stated in.
COMMON_CURRENCIES = ("USD", "EUR", "CAD", "GBP", "CHF", "JPY", "NOK", "SEK", "AUD")


@dataclass(frozen=True)
class Currency:
    code: str
    names: Mapping[str, str]
    minor_units: int

    def name(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.names.get(language) or self.names[DEFAULT_LANGUAGE]


@cache
def currencies() -> dict[str, Currency]:
    """All active ISO 4217 currencies by code, in code order."""
    data = resource_files.read_json("reference", "currencies.json")
    return {
        item["code"]: Currency(item["code"], item["name"], int(item["minor_units"]))
        for item in data["currencies"]
    }


def is_currency(code: str) -> bool:
    return code in currencies()
