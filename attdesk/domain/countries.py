"""Reference list of states: the 33 of Latin America and the Caribbean, Canada, the United
States and the usual donor states from elsewhere. Identified by ISO 3166-1 alpha-3 codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from attdesk import resource_files
from attdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from attdesk.domain.text import fold

LAC_REGION = "lac"
ANALYSIS_SUBREGIONS = ("central_america_mexico", "caribbean", "south_america")


@dataclass(frozen=True)
class Country:
    code: str
    names: Mapping[str, str]
    region: str
    subregion: str | None
    aliases: tuple[str, ...] = ()

    def name(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.names.get(language) or self.names[DEFAULT_LANGUAGE]

    @property
    def is_lac(self) -> bool:
        return self.region == LAC_REGION


class CountryList:
    """All known states, in display order, with lookup by code or by any typed name."""

    def __init__(self, countries: tuple[Country, ...]):
        self.all = countries
        self._by_code = {country.code: country for country in countries}
        self._by_text: dict[str, str] = {}
        for country in countries:
            for spelling in (country.code, *country.names.values(), *country.aliases):
                self._by_text.setdefault(fold(spelling), country.code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Country:
        """The country with this code; KeyError if unknown."""
        return self._by_code[code]

    def name(self, code: str, language: str = DEFAULT_LANGUAGE) -> str:
        country = self._by_code.get(code)
        return country.name(language) if country else code

    def resolve(self, text: str) -> str | None:
        """The ISO3 code meant by a code or a name in any of the four languages."""
        return self._by_text.get(fold(text))

    @property
    def lac(self) -> tuple[Country, ...]:
        """The 33 states of Latin America and the Caribbean."""
        return tuple(country for country in self.all if country.is_lac)

    @property
    def americas(self) -> tuple[Country, ...]:
        """The OAS members: the 33 plus Canada and the United States."""
        return tuple(c for c in self.all if c.region in (LAC_REGION, "north_america"))


@cache
def countries() -> CountryList:
    """The shipped country list (cached)."""
    data = resource_files.read_json("reference", "countries.json")
    return CountryList(
        tuple(
            Country(
                code=item["code"],
                names={lang: item["name"][lang] for lang in LANGUAGES if item["name"].get(lang)},
                region=item["region"],
                subregion=item.get("subregion"),
                aliases=tuple(item.get("aliases", ())),
            )
            for item in data["countries"]
        )
    )
