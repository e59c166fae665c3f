"""Controlled vocabularies: stable codes in the database, translated labels on screen.

Each vocabulary is a JSON file in resources/vocabularies/ whose terms carry labels in the
four interface languages. Codes never change once shipped; labels may be corrected freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from attdesk import resource_files
from attdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from attdesk.domain.text import fold

ASSISTANCE_TYPE: Final = "assistance_type"
FOCUS_GROUP: Final = "focus_group"
FOCUS_AREA: Final = "focus_area"
RELEVANCE: Final = "relevance"
ACTIVITY_FORMAT: Final = "activity_format"
INSTRUMENT: Final = "instrument"
ORGANISATION_KIND: Final = "organisation_kind"
SUBREGION: Final = "subregion"
NEED_PRIORITY: Final = "need_priority"
NEED_STATUS: Final = "need_status"
AGENCY: Final = "agency"
AUTHORITY_ROLE: Final = "authority_role"
DISCLOSURE: Final = "disclosure"
LANGUAGE: Final = "language"

ALL_VOCABULARIES: Final = (
    ASSISTANCE_TYPE,
    FOCUS_GROUP,
    FOCUS_AREA,
    RELEVANCE,
    ACTIVITY_FORMAT,
    INSTRUMENT,
    ORGANISATION_KIND,
    SUBREGION,
    NEED_PRIORITY,
    NEED_STATUS,
    AGENCY,
    AUTHORITY_ROLE,
    DISCLOSURE,
    LANGUAGE,
)


def _localised(value: Mapping[str, str] | None) -> dict[str, str]:
    return {lang: value[lang] for lang in LANGUAGES if value and value.get(lang)}


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary."""

    code: str
    labels: Mapping[str, str]
    descriptions: Mapping[str, str] = field(default_factory=dict)
    group: str | None = None
    aliases: tuple[str, ...] = ()

    def label(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.labels.get(language) or self.labels[DEFAULT_LANGUAGE]

    def description(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.descriptions.get(language) or self.descriptions.get(DEFAULT_LANGUAGE, "")


class Vocabulary:
    """An ordered list of terms, looked up by code or by anything a person might type."""

    def __init__(self, vocabulary_id: str, titles: Mapping[str, str], terms: Iterable[Term]):
        self.id = vocabulary_id
        self.titles = dict(titles)
        self.terms = tuple(terms)
        self._by_code = {term.code: term for term in self.terms}
        if len(self._by_code) != len(self.terms):
            raise ValueError(f"vocabulary {vocabulary_id} has duplicate codes")
        self._by_text = _text_index(self.terms)
        self._order = {term.code: index for index, term in enumerate(self.terms)}

    def __repr__(self) -> str:
        return f"Vocabulary({self.id!r}, {len(self.terms)} terms)"

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def term(self, code: str) -> Term:
        """The term with this code; KeyError if the code is unknown."""
        return self._by_code[code]

    def title(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self.titles.get(language) or self.titles[DEFAULT_LANGUAGE]

    def label(self, code: str, language: str = DEFAULT_LANGUAGE) -> str:
        """Display text for a code; an unknown code is shown as itself, never hidden."""
        term = self._by_code.get(code)
        return term.label(language) if term else code

    def position(self, code: str) -> int:
        """Place of a code in display order; unknown codes sort last."""
        return self._order.get(code, len(self._order))

    def sort_codes(self, codes: Iterable[str]) -> list[str]:
        """`codes` in vocabulary order (the order people expect to read them in)."""
        return sorted(set(codes), key=lambda code: (self.position(code), code))

    def labels(self, codes: Iterable[str], language: str = DEFAULT_LANGUAGE) -> list[str]:
        """Labels of `codes` in vocabulary order."""
        return [self.label(code, language) for code in self.sort_codes(codes)]

    def resolve(self, text: str) -> str | None:
        """The code meant by `text`: a code, a label in any language or an alias.

        Matching ignores case, accents and spacing. Returns None when nothing matches.
        """
        return self._by_text.get(fold(text))

    def in_group(self, group: str) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if term.group == group)


def _text_index(terms: Iterable[Term]) -> dict[str, str]:
    """Map every folded spelling to its code, dropping spellings shared by two terms."""
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for term in terms:
        spellings = {term.code, term.code.replace("_", " "), *term.labels.values(), *term.aliases}
        for spelling in spellings:
            key = fold(spelling)
            if not key:
                continue
            if index.get(key, term.code) != term.code:
                ambiguous.add(key)
            index[key] = term.code
    for key in ambiguous:
        del index[key]
    return index


def _term_from_json(data: Mapping[str, object]) -> Term:
    group = data.get("group")
    aliases = data.get("aliases") or []
    return Term(
        code=str(data["code"]),
        labels=_localised(data["label"]),  # type: ignore[arg-type]
        descriptions=_localised(data.get("description")),  # type: ignore[arg-type]
        group=str(group) if group else None,
        aliases=tuple(str(alias) for alias in aliases),  # type: ignore[attr-defined]
    )


@cache
def vocabulary(vocabulary_id: str) -> Vocabulary:
    """Load a shipped vocabulary (cached for the life of the process)."""
    if vocabulary_id not in ALL_VOCABULARIES:
        raise KeyError(f"unknown vocabulary {vocabulary_id!r}")
    data = resource_files.read_json("vocabularies", f"{vocabulary_id}.json")
    return Vocabulary(
        vocabulary_id,
        titles=_localised(data["title"]),
        terms=[_term_from_json(term) for term in data["terms"]],
    )
