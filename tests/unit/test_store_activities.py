from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from attdesk.domain.issues import ValidationError
from attdesk.errors import NotFoundError
from attdesk.store import activities as store
from attdesk.store.database import Database
from attdesk.store.models import Activity, ActivityRelation, ActivityType
from attdesk.store.types import utcnow
from tests.factories import EU, UNLIREC, UNODC, activity


def test_an_activity_round_trips_every_field(db: Database) -> None:
    data = activity(
        budget_amount=Decimal("25000.50"),
        budget_currency="usd",
        donors=(EU,),
        implementers=(UNODC, UNLIREC),
        websites=("https://www.unlirec.org/att",),
        implementer_contact="Ana <ana@example.org>",
        notes="Señal “ñ” ç œ <b>",
        larger_project="P",
        instruments=("att", "poa"),
    )
    with db.sessions.begin() as session:
        uuid = store.save_activity(session, data)
    with db.sessions() as session:
        loaded = store.get_activity(session, uuid)
    assert loaded.uuid == uuid
    assert loaded == replace(data.normalised(), budget_currency="USD")
    assert loaded.implementers == (UNODC, UNLIREC)  # order kept: lead implementer first


def test_updating_replaces_lists_instead_of_adding_to_them(db: Database) -> None:
    with db.sessions.begin() as session:
        uuid = store.save_activity(session, activity(types=("legal_legislative",)))
        store.save_activity(
            session, activity(uuid=uuid, types=("sensitization_outreach",), title="Renamed")
        )
    with db.sessions() as session:
        loaded = store.get_activity(session, uuid)
        assert loaded.types == ("sensitization_outreach",)
        assert loaded.title == "Renamed"
        assert session.scalar(select(func.count()).select_from(ActivityType)) == 1
        assert session.scalar(select(func.count()).select_from(Activity)) == 1


def test_relations_are_mutual_whichever_side_is_edited(db: Database) -> None:
    with db.sessions.begin() as session:
        first = store.save_activity(session, activity(title="First"))
        second = store.save_activity(session, activity(title="Second", related=(first,)))
    with db.sessions() as session:
        assert store.get_activity(session, first).related == (second,)
        assert store.get_activity(session, second).related == (first,)
    with db.sessions.begin() as session:
        store.save_activity(session, replace(store.get_activity(session, first), related=()))
    with db.sessions() as session:
        assert store.get_activity(session, second).related == ()
        assert session.scalar(select(func.count()).select_from(ActivityRelation)) == 0


def test_invalid_or_dangling_references_are_refused_and_nothing_is_written(db: Database) -> None:
    with pytest.raises(ValidationError) as error, db.sessions.begin() as session:
        store.save_activities(
            session,
            [
                activity(title="fine"),
                activity(
                    implementers=("11111111-1111-4111-8111-111111111111",),
                    related=("22222222-2222-4222-8222-222222222222",),
                ),
            ],
        )
    found = {(issue.field, issue.code) for issue in error.value.issues}
    assert found == {("2:implementers", "unknown_organisation"), ("2:related", "unknown_activity")}
    with db.sessions() as session:
        assert store.count_activities(session) == 0


def test_a_batch_may_relate_to_activities_in_the_same_batch(db: Database) -> None:
    a = "3f1c9a8e-1d2b-4c5d-8e9f-0a1b2c3d4e5f"
    with db.sessions.begin() as session:
        uuids = store.save_activities(
            session, [activity(uuid=a), activity(title="B", related=(a,))]
        )
    with db.sessions() as session:
        assert store.get_activity(session, a).related == (uuids[1],)


def test_delete_is_hard_before_export_and_soft_after(db: Database) -> None:
    with db.sessions.begin() as session:
        local = store.save_activity(session, activity(title="never exported"))
        sent = store.save_activity(session, activity(title="exported"))
        row = session.scalar(select(Activity).where(Activity.uuid == sent))
        assert row is not None
        row.exported_at = utcnow()
    with db.sessions.begin() as session:
        assert store.delete_activity(session, local) is False
        assert store.delete_activity(session, sent) is True
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 1
        assert store.count_activities(session) == 0
        with pytest.raises(NotFoundError):
            store.get_activity(session, sent)
        assert sent in store.load_activities(session, include_deleted=True)
    with db.sessions.begin() as session, pytest.raises(NotFoundError):
        store.delete_activity(session, sent)


def test_saving_a_deleted_activity_again_restores_it(db: Database) -> None:
    with db.sessions.begin() as session:
        uuid = store.save_activity(session, activity())
        data = store.get_activity(session, uuid)
        session.execute(Activity.__table__.update().values(exported_at=utcnow()))
        store.delete_activity(session, uuid)
        store.save_activity(session, data)
    with db.sessions() as session:
        assert store.get_activity(session, uuid).title == data.title


def test_find_activities_ignores_accents_and_case(db: Database) -> None:
    with db.sessions.begin() as session:
        uuid = store.save_activity(session, activity(title="Capacitación en intermediación"))
        store.save_activity(session, activity(title="Other"))
    with db.sessions() as session:
        found = store.find_activities(session, "CAPACITACION")
        assert [row[0] for row in found] == [uuid]
        assert store.find_activities(session, "capacitacion", exclude=uuid) == []
