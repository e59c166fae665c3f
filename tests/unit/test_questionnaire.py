"""The questionnaire engine: definitions, conditions, answer checks, status, carry-forward."""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest

from attdesk.questionnaire import definition as definitions
from attdesk.questionnaire.carry import plan_carry_forward
from attdesk.questionnaire.conditions import visible_questions
from attdesk.questionnaire.definition import (
    DefinitionError,
    parse_definition,
    shipped_definitions,
)
from attdesk.questionnaire.period import parse_period, period_key
from attdesk.questionnaire.status import SectionFlags, StoredAnswer, evaluate
from attdesk.questionnaire.values import check_value, clean, is_empty
from attdesk.resource_files import read_json, resource
from tests.factories import definition_document, text


@pytest.fixture
def small() -> definitions.Definition:
    return parse_definition(definition_document())


def codes(issues: list[Any]) -> list[str]:
    return [issue.code for issue in issues]


# -- definitions ------------------------------------------------------------------------


def test_every_shipped_definition_validates_against_its_schema() -> None:
    schema = read_json("schema", definitions.SCHEMA_FILE)
    files = [e for e in resource("questionnaires").iterdir() if e.name.endswith(".json")]
    assert files, "no questionnaire definition shipped"
    for entry in files:
        document = json.loads(entry.read_text("utf-8"))
        jsonschema.Draft202012Validator(schema).validate(document)
        assert entry.name == f"{document['id']}-{document['version']}.json"
    assert shipped_definitions()  # and the loader's own checks pass


def test_the_cifta_definition_covers_the_operative_articles_in_four_languages() -> None:
    cifta = definitions.latest_definition("cifta-implementation")
    assert cifta is not None
    cited = {a.article.split("(")[0].split(".")[0] for q in cifta.questions() for a in q.articles
             if a.instrument == "cifta"}  # fmt: skip
    for article in ("IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                    "XV", "XVI", "XVII", "XVIII", "XIX"):  # fmt: skip
        assert article in cited, article
    assert {q.type for q in cifta.questions()} == {
        "yes_no", "single_choice", "multiple_choice", "short_text", "long_text", "integer",
        "date", "reference", "table",
    }  # fmt: skip
    for question in cifta.questions():
        for language in ("es", "pt", "fr"):
            assert question.label(language) and question.label(language) != question.label("en")
    assert cifta.metadata["wording_note"]


def test_definition_checks_beyond_the_schema() -> None:
    document = definition_document()
    twice = copy.deepcopy(document)
    twice["sections"][1]["questions"][0]["id"] = "1.1"
    with pytest.raises(DefinitionError, match=r"1\.1 appears twice"):
        parse_definition(twice)
    forward = copy.deepcopy(document)
    forward["sections"][0]["questions"][0]["show_if"] = {"question": "2.1", "answered": True}
    with pytest.raises(DefinitionError, match="does not come before"):
        parse_definition(forward)
    bad_value = copy.deepcopy(document)
    bad_value["sections"][0]["questions"][1]["show_if"] = {"question": "1.1", "in": ["maybe"]}
    with pytest.raises(DefinitionError, match="cannot be 'maybe'"):
        parse_definition(bad_value)
    untranslated = copy.deepcopy(document)
    del untranslated["sections"][0]["questions"][0]["text"]["fr"]
    with pytest.raises(DefinitionError, match="'fr' is a required property"):
        parse_definition(untranslated)


def test_vocabulary_options_follow_the_language(small: definitions.Definition) -> None:
    agency = small.by_id["2.3"].columns[1]
    assert agency.options[0].code == "customs_finance"
    assert agency.options[0].text("es") != agency.options[0].text("en")
    assert small.by_id["1.1"].choice_codes() == ("yes", "no", "partly", "not_applicable")


# -- conditions ---------------------------------------------------------------------------


def test_follow_ups_appear_when_their_condition_holds(small: definitions.Definition) -> None:
    assert "1.1.ref" not in visible_questions(small, {})
    assert "1.1.ref" in visible_questions(small, {"1.1": "partly"})
    assert "1.1.ref" not in visible_questions(small, {"1.1": "no"})
    assert "2.2" not in visible_questions(small, {"2.1": "  "})
    assert "2.2" in visible_questions(small, {"2.1": "Customs"})
    assert "1.4.how" in visible_questions(small, {"1.4": 3})
    assert "1.4.how" not in visible_questions(small, {"1.4": 0})
    assert "1.4.how" not in visible_questions(small, {"1.4": 3, "1.1": "no"})


def test_a_condition_on_a_hidden_question_hides_its_follow_up() -> None:
    document = definition_document(
        more=[{"id": "2.9", "type": "short_text", "text": text("Date note"),
               "show_if": {"question": "2.2", "answered": True}}]
    )  # fmt: skip
    chained = parse_definition(document)
    assert "2.9" in visible_questions(chained, {"2.1": "x", "2.2": "2020"})
    # 2.1 emptied: 2.2 hides, and its stale answer no longer shows 2.9
    assert "2.9" not in visible_questions(chained, {"2.2": "2020"})


def test_multiple_choice_conditions_match_any_selected_value() -> None:
    document = definition_document(
        more=[{"id": "2.8", "type": "short_text", "text": text("Maker details"),
               "show_if": {"question": "1.3", "in": ["maker"]}}]
    )  # fmt: skip
    chained = parse_definition(document)
    assert "2.8" in visible_questions(chained, {"1.3": ["serial", "maker"]})
    assert "2.8" not in visible_questions(chained, {"1.3": ["serial"]})


# -- answer values --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("qid", "good", "bad", "code"),
    [
        ("1.1", "partly", "perhaps", "unknown_code"),
        ("1.1", "no", 1, "wrong_type"),
        ("1.2", "b", "c", "unknown_code"),
        ("1.3", ["serial"], ["serial", "serial"], "repeated_value"),
        ("1.3", ["maker"], "maker", "wrong_type"),
        ("1.4", 12, -1, "out_of_range"),
        ("1.4", 0, True, "wrong_type"),
        ("1.4.how", "Smelting", "x" * 20_001, "too_long"),
        ("2.1", "Customs", "x" * 501, "too_long"),
        ("2.2", "2015-06", "2015-13", "bad_date"),
        ("1.1.ref", [{"title": "Ley 57", "date": "2011", "link": "https://gaceta.gob.pa/57"}],
         [{"title": "Ley 57", "link": "gaceta"}], "bad_url"),
        ("1.1.ref", [{"title": "Ley 57"}], [{"number": "57"}], "required"),
        ("2.3", [{"name": "DGA", "agency": "customs_finance", "roles": ["export"]}],
         [{"name": "DGA", "agency": "navy"}], "unknown_code"),
        ("2.3", [{"name": "DGA", "email": "dga@aduanas.gob.pa", "phone": "+507 506-6000"}],
         [{"name": "DGA", "email": "dga-at-aduanas"}], "bad_email"),
        ("2.3", [{"name": "DGA"}], [{"agency": "defence"}], "required"),
        ("2.3", [{"name": "DGA"}], [{"name": "DGA", "fax": "1"}], "unknown_field"),
        ("2.3", [{"name": "DGA", "phone": "507 506 6000 ext 12"}],
         [{"name": "DGA", "phone": "call me"}], "bad_phone"),
    ],
)  # fmt: skip
def test_every_question_type_checks_its_values(
    small: definitions.Definition, qid: str, good: Any, bad: Any, code: str
) -> None:
    question = small.by_id[qid]
    assert check_value(question, good) == []
    assert code in codes(check_value(question, bad))


def test_empty_values_and_cleaning(small: definitions.Definition) -> None:
    assert is_empty(None) and is_empty("  ") and is_empty([]) and is_empty([{"title": ""}])
    assert not is_empty(0) and not is_empty(["a"])
    table = small.by_id["2.3"]
    assert clean(table, [{"name": " DGA ", "email": ""}, {"name": ""}]) == [{"name": "DGA"}]
    assert clean(small.by_id["2.1"], "   ") is None


# -- status ---------------------------------------------------------------------------------


def answers(**values: Any) -> dict[str, StoredAnswer]:
    return {qid.replace("_", "."): StoredAnswer(value) for qid, value in values.items()}


def test_required_questions_count_only_when_shown(small: definitions.Definition) -> None:
    status = evaluate(small, answers(**{"1_1": "no", "1_3": ["serial"]}))
    assert status.missing_required == ["2.3"]  # 1.1.ref hidden by "no"
    status = evaluate(small, answers(**{"1_1": "yes", "1_3": ["serial"]}))
    assert status.missing_required == ["1.1.ref", "2.3"]
    assert not status.complete
    assert status.sections[0].answered == 2


def test_no_change_withheld_and_nil_report_complete_a_response(
    small: definitions.Definition,
) -> None:
    flags = {"a": SectionFlags(no_change=True), "b": SectionFlags(withheld=True)}
    assert evaluate(small, {}, flags).missing_required == []
    assert evaluate(small, {}, nil_report=True).complete
    assert not evaluate(small, {}).complete


def test_carried_answers_are_unreviewed_until_confirmed(small: definitions.Definition) -> None:
    carried = {"1.1": StoredAnswer("yes", carried_from="2024"), "1.2": StoredAnswer("a")}
    status = evaluate(small, carried)
    assert status.unreviewed == ["1.1"]
    assert evaluate(small, carried, {"a": SectionFlags(no_change=True)}).unreviewed == []


def test_invalid_stored_answers_are_reported(small: definitions.Definition) -> None:
    status = evaluate(small, answers(**{"1_4": -3}))
    assert codes(status.invalid) == ["out_of_range"]
    assert not status.complete


# -- carry forward and versions -----------------------------------------------------------------


def test_carry_forward_marks_copies_and_keeps_answers_a_new_version_dropped(
    small: definitions.Definition,
) -> None:
    newer = definition_document("2027.1")
    section_a = newer["sections"][0]["questions"]
    section_a[:] = [q for q in section_a if q["id"] != "1.2"]  # 1.2 no longer asked
    newer["sections"][1]["questions"][0]["type"] = "integer"  # 2.1 changes type
    target = parse_definition(newer)
    previous = {
        "1.1": StoredAnswer("yes", "Ley 57 de 2011"),
        "1.2": StoredAnswer("b"),
        "2.1": StoredAnswer("Customs"),
        "2.2": StoredAnswer(""),
    }
    plan = plan_carry_forward(previous, "2024", target)
    assert plan.answers["1.1"] == StoredAnswer("yes", "Ley 57 de 2011", "2024")
    assert plan.answers["1.2"].carried_from == "2024"  # kept though not asked
    assert "2.1" not in plan.answers and plan.skipped == ["2.1"]  # text cannot be a number
    assert "2.2" not in plan.answers  # empty answers are not copied
    assert evaluate(target, plan.answers).not_in_version == ["1.2"]


def test_periods() -> None:
    assert parse_period("2025") == "2025"
    assert parse_period(" 2024 – 2025 ") == "2024-2025"
    assert parse_period("2024/2025") == "2024-2025"
    assert parse_period("2025-2024") is None
    assert parse_period("25") is None
    assert parse_period("2000-2020") is None
    assert sorted(["2025", "2023-2024", "2024"], key=period_key) == ["2023-2024", "2024", "2025"]
