from __future__ import annotations

import json

import pytest

from attdesk import resource_files
from attdesk.domain.countries import ANALYSIS_SUBREGIONS, countries
from attdesk.domain.currencies import COMMON_CURRENCIES, currencies
from attdesk.domain.languages import LANGUAGES
from attdesk.domain.text import fold
from attdesk.domain.vocabularies import (
    ALL_VOCABULARIES,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    FOCUS_GROUP,
    RELEVANCE,
    vocabulary,
)


@pytest.mark.parametrize("vocabulary_id", ALL_VOCABULARIES)
def test_every_vocabulary_has_labels_in_the_four_languages(vocabulary_id: str) -> None:
    raw = resource_files.read_json("vocabularies", f"{vocabulary_id}.json")
    assert raw["id"] == vocabulary_id
    assert set(raw["title"]) == set(LANGUAGES)
    vocab = vocabulary(vocabulary_id)
    assert vocab.terms
    for term in vocab.terms:
        assert set(term.labels) == set(LANGUAGES), term.code
        assert all(label.strip() for label in term.labels.values())
        # every label resolves back to its own code, in every language
        for label in term.labels.values():
            assert vocab.resolve(label) == term.code or vocabulary_id == "language"


def test_focus_areas_fall_in_the_three_groups_of_the_paper() -> None:
    groups = vocabulary(FOCUS_GROUP).codes
    assert groups == ("core_att", "salw_controls", "general")
    areas = vocabulary(FOCUS_AREA)
    assert [len(areas.in_group(group)) for group in groups] == [9, 6, 5]


def test_resolve_ignores_case_accents_and_language() -> None:
    types = vocabulary(ASSISTANCE_TYPE)
    assert types.resolve("legal_legislative") == "legal_legislative"
    assert types.resolve("  SENSIBILIZACION Y  DIVULGACIÓN ") == "sensitization_outreach"
    assert types.resolve("awareness raising") == "sensitization_outreach"  # an alias
    relevance = vocabulary(RELEVANCE)
    assert relevance.resolve("att-focused") == "att_focused"
    assert relevance.resolve(relevance.label("att_relevant", "fr").upper()) == "att_relevant"
    assert relevance.resolve("nonsense") is None


def test_labels_follow_vocabulary_order_and_show_unknown_codes() -> None:
    types = vocabulary(ASSISTANCE_TYPE)
    labels = types.labels(["sensitization_outreach", "legal_legislative", "bogus"], "en")
    assert labels[0] == types.label("legal_legislative")
    assert labels[-1] == "bogus"


def test_the_33_states_are_in_the_subregions_of_domain_md() -> None:
    lac = countries().lac
    assert len(lac) == 33
    counts = {sub: sum(1 for c in lac if c.subregion == sub) for sub in ANALYSIS_SUBREGIONS}
    assert counts == {"central_america_mexico": 8, "caribbean": 13, "south_america": 12}
    assert {c.code for c in countries().americas} >= {"CAN", "USA", "PAN", "BRA", "TTO"}
    assert all(len(c.code) == 3 and c.code.isupper() for c in countries().all)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Panamá", "PAN"),
        ("panama", "PAN"),
        ("pan", "PAN"),
        ("Brasil", "BRA"),
        ("Trinité-et-Tobago", "TTO"),
        ("États-Unis", "USA"),
        ("nowhere", None),
    ],
)
def test_states_resolve_from_codes_and_names_in_any_language(typed: str, code: str | None) -> None:
    assert countries().resolve(typed) == code


def test_currencies_cover_the_region_and_the_donors() -> None:
    table = currencies()
    assert set(COMMON_CURRENCIES) <= set(table)
    assert {"PAB", "BRL", "XCD", "MXN", "COP"} <= set(table)
    assert table["JPY"].minor_units == 0
    assert table["USD"].minor_units == 2


def test_shipped_json_files_are_utf8_without_escapes() -> None:
    for folder in ("vocabularies", "reference", "demo"):
        for entry in resource_files.resource(folder).iterdir():
            text = entry.read_text(encoding="utf-8")
            json.loads(text)
            assert "\\u00" not in text, entry.name


def test_fold() -> None:
    assert fold("  Médiation  ÉTÉ ") == "mediation ete"
    assert fold("Perú") == fold("PERU")
