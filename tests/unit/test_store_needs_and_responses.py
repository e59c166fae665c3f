"""Needs, their links to activities, and questionnaire responses in a real database."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from attdesk.domain.issues import ValidationError
from attdesk.errors import AttDeskError, NotFoundError
from attdesk.questionnaire import definition as definitions
from attdesk.questionnaire.definition import Definition, parse_definition
from attdesk.questionnaire.status import SectionFlags, StoredAnswer, evaluate
from attdesk.store import needs as store_needs
from attdesk.store import responses
from attdesk.store.activities import delete_activity, save_activity
from attdesk.store.database import Database
from attdesk.store.models import Need
from tests.factories import UNODC, activity, definition_document, need


def test_a_need_round_trips_with_its_links(db: Database) -> None:
    with db.sessions.begin() as session:
        course = save_activity(session, activity())
        data = need(
            cost_amount=Decimal("12500.50"),
            cost_currency="usd",
            preferred_partner=UNODC,
            addressed_by=(course,),
            notes="Raised at the 2024 Conference of States Parties.",
        )
        uuid = store_needs.save_need(session, data)
    with db.sessions() as session:
        stored = store_needs.get_need(session, uuid)
        assert stored == replace(data.normalised(), cost_currency="USD")
        assert store_needs.needs_of_activity(session, course) == [uuid]


def test_need_validation_lists_every_problem(db: Database) -> None:
    bad = need(title=" ", focus_areas=(), types=("cookery",), status=None, cost_amount=Decimal(-1),
               preferred_partner="00000000-0000-4000-8000-000000000000",
               addressed_by=("00000000-0000-4000-8000-000000000001",))  # fmt: skip
    with db.sessions.begin() as session, pytest.raises(ValidationError) as caught:
        store_needs.save_need(session, bad)
    assert {i.field for i in caught.value.issues} == {
        "title", "focus_areas", "types", "status", "cost_amount", "cost_currency",
        "preferred_partner", "addressed_by",
    }  # fmt: skip


def test_links_are_edited_from_either_side_and_ignore_deleted_activities(db: Database) -> None:
    with db.sessions.begin() as session:
        first = save_activity(session, activity(title="First"))
        second = save_activity(session, activity(title="Second"))
        a = store_needs.save_need(session, need(title="Need A", addressed_by=(first,)))
        b = store_needs.save_need(session, need(title="Need B"))
        store_needs.set_needs_of_activity(session, second, [a, b])
    with db.sessions.begin() as session:
        assert set(store_needs.get_need(session, a).addressed_by) == {first, second}
        assert store_needs.get_need(session, b).addressed_by == (second,)
        delete_activity(session, second)
    with db.sessions() as session:
        assert store_needs.get_need(session, a).addressed_by == (first,)
        rows = {r.title: r for r in store_needs.need_rows(session)}
        assert rows["Need A"].addressed_by == ("First",)
        assert rows["Need B"].addressed_by == ()
    with db.sessions.begin() as session, pytest.raises(ValidationError):
        store_needs.set_needs_of_activity(session, first, ["not-a-need"])


def test_suggestions_are_unmet_needs_sharing_a_focus_area(db: Database) -> None:
    with db.sessions.begin() as session:
        both = store_needs.save_need(
            session, need(title="Both", focus_areas=("marking", "tracing"))
        )
        store_needs.save_need(session, need(title="Met", focus_areas=("marking",), status="met"))
        store_needs.save_need(session, need(title="Other", focus_areas=("brokering_controls",)))
        one = store_needs.save_need(session, need(title="One", focus_areas=("marking",)))
    with db.sessions() as session:
        found = store_needs.suggest_needs(session, ["marking", "tracing"])
        assert [s.uuid for s in found] == [both, one]
        assert found[0].shared_areas == ("marking", "tracing")
        assert store_needs.suggest_needs(session, ["marking"], exclude=[one])[0].uuid == both


def test_deleting_a_need_is_soft_once_exported(db: Database) -> None:
    with db.sessions.begin() as session:
        kept = store_needs.save_need(session, need(title="Exported"))
        gone = store_needs.save_need(session, need(title="Draft"))
        session.scalars(select(Need).where(Need.uuid == kept)).one().exported_at = (
            session.scalars(select(Need).where(Need.uuid == kept)).one().created_at
        )
    with db.sessions.begin() as session:
        assert store_needs.delete_need(session, kept) is True
        assert store_needs.delete_need(session, gone) is False
    with db.sessions() as session:
        assert store_needs.need_rows(session) == []
        assert kept in store_needs.load_needs(session, include_deleted=True)
        with pytest.raises(NotFoundError):
            store_needs.get_need(session, gone)


# -- questionnaire responses -------------------------------------------------------------------


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> Definition:
    """The test definition, installed as if shipped (two versions)."""
    older = parse_definition(definition_document("2026.1"))
    newer_doc = definition_document("2027.1")
    newer_doc["sections"][0]["questions"] = [
        q for q in newer_doc["sections"][0]["questions"] if q["id"] != "1.2"
    ]
    newer = parse_definition(newer_doc)
    monkeypatch.setattr(definitions, "shipped_definitions", lambda: (older, newer))
    return older


def test_answers_save_one_by_one_and_clear(db: Database, small: Definition) -> None:
    with db.sessions.begin() as session:
        info, plan = responses.create_response(session, small, "2025")
        assert plan is None
        responses.save_answer(session, info.uuid, "1.1", "yes", "Ley 57 de 2011")
        responses.save_answer(session, info.uuid, "2.3", [{"name": " DGA ", "roles": ["export"]}])
        responses.save_answer(session, info.uuid, "2.1", "  ")
    with db.sessions.begin() as session:
        stored = responses.load_answers(session, info.uuid)
        assert stored["1.1"] == StoredAnswer("yes", "Ley 57 de 2011")
        assert stored["2.3"].value == [{"name": "DGA", "roles": ["export"]}]
        assert "2.1" not in stored
        responses.save_answer(session, info.uuid, "1.1", None)
    with db.sessions() as session:
        assert "1.1" not in responses.load_answers(session, info.uuid)


def test_answers_of_the_wrong_shape_are_refused(db: Database, small: Definition) -> None:
    with db.sessions.begin() as session:
        info, _ = responses.create_response(session, small, "2025")
        for qid, value in (("1.1", "maybe"), ("1.3", "serial"), ("9.9", "x")):
            with pytest.raises(ValidationError):
                responses.save_answer(session, info.uuid, qid, value)


def test_periods_are_canonical_and_unique(db: Database, small: Definition) -> None:
    with db.sessions.begin() as session:
        info, _ = responses.create_response(session, small, "2024 - 2025")
        assert info.period == "2024-2025"
        with pytest.raises(AttDeskError, match="already a response"):
            responses.create_response(session, small, "2024-2025")
        with pytest.raises(AttDeskError, match="Not a reporting period"):
            responses.create_response(session, small, "last year")


def test_carry_forward_into_a_newer_version(db: Database, small: Definition) -> None:
    newer = definitions.latest_definition("test-questionnaire")
    assert newer is not None and newer.version == "2027.1"
    with db.sessions.begin() as session:
        old, _ = responses.create_response(session, small, "2024")
        responses.save_answer(session, old.uuid, "1.1", "yes", "Ley 57")
        responses.save_answer(session, old.uuid, "1.2", "b")
        responses.save_answer(session, old.uuid, "1.3", ["serial"])
        previous = responses.previous_response(session, "test-questionnaire", "2025")
        assert previous is not None and previous.uuid == old.uuid
        new, plan = responses.create_response(session, newer, "2025", carry_from=old.uuid)
        assert plan is not None and set(plan.answers) == {"1.1", "1.2", "1.3"}
    with db.sessions.begin() as session:
        carried = responses.load_answers(session, new.uuid)
        status = evaluate(newer, carried)
        assert status.unreviewed == ["1.1", "1.3"]
        assert status.not_in_version == ["1.2"]
        responses.save_answer(session, new.uuid, "1.3", ["serial", "maker"])  # changed
        assert responses.confirm_answers(session, new.uuid, ["1.1"]) == 1  # confirmed
    with db.sessions.begin() as session:
        assert evaluate(newer, responses.load_answers(session, new.uuid)).unreviewed == []
        assert responses.load_answers(session, old.uuid)["1.1"].carried_from is None


def test_no_change_confirms_a_section_and_nil_report_completes(
    db: Database, small: Definition
) -> None:
    with db.sessions.begin() as session:
        old, _ = responses.create_response(session, small, "2024")
        responses.save_answer(session, old.uuid, "1.1", "no")
        new, _ = responses.create_response(session, small, "2025", carry_from=old.uuid)
        responses.set_section_flags(session, new.uuid, "a", SectionFlags(no_change=True))
        responses.set_section_flags(
            session,
            new.uuid,
            "b",
            SectionFlags(withheld=True, withheld_reason=" national security "),
        )
    with db.sessions.begin() as session:
        flags = responses.load_flags(session, new.uuid)
        assert flags["b"] == SectionFlags(False, True, "national security")
        answers = responses.load_answers(session, new.uuid)
        assert answers["1.1"].carried_from is None
        assert evaluate(small, answers, flags).complete
        responses.set_nil_report(session, old.uuid, True)
    with db.sessions() as session:
        assert responses.get_response(session, old.uuid).nil_report


def test_standing_information_is_kept_between_periods_without_carrying(
    db: Database, small: Definition
) -> None:
    with db.sessions.begin() as session:
        old, _ = responses.create_response(session, small, "2024")
        responses.save_answer(session, old.uuid, "1.1", "yes")
        responses.save_answer(session, old.uuid, "2.3", [{"name": "DGA", "roles": ["export"]}])
        new, plan = responses.create_response(session, small, "2025")  # not carried
        assert plan is not None and list(plan.answers) == ["2.3"]
    with db.sessions() as session:
        answers = responses.load_answers(session, new.uuid)
    assert set(answers) == {"2.3"} and answers["2.3"].carried_from == "2024"
