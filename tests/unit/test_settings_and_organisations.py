from __future__ import annotations

import pytest

from attdesk.demo import fill_demo, real_activities
from attdesk.domain.activity import validate_activity
from attdesk.domain.issues import ValidationError
from attdesk.domain.organisation import OrganisationData
from attdesk.store import organisations as orgs
from attdesk.store.activities import count_activities, save_activity
from attdesk.store.activity_queries import ActivityFilter, ActivityIndex, Sort
from attdesk.store.database import Database
from attdesk.store.settings import (
    FOCAL_POINT,
    SECRETARIAT,
    AppSettings,
    load_settings,
    save_settings,
)
from tests.factories import activity


def test_settings_round_trip_and_validation(db: Database) -> None:
    wanted = AppSettings(
        language="fr",
        role=SECRETARIAT,
        state=None,
        contact_name="Analyste",
        ministry="OEA",
        email="a@oas.org",
    )
    with db.sessions.begin() as session:
        save_settings(session, wanted)
    with db.sessions() as session:
        assert load_settings(session) == wanted
    with pytest.raises(ValidationError) as error, db.sessions.begin() as session:
        save_settings(session, AppSettings(language="de", role=FOCAL_POINT, email="x"))
    assert {i.field for i in error.value.issues} == {"language", "state", "email"}
    assert not AppSettings().configured


def test_organisations_cannot_be_duplicated_by_spelling(db: Database) -> None:
    with db.sessions.begin() as session:
        row = orgs.create_organisation(session, OrganisationData("Fundación Arias", "FA", "ngo"))
        assert orgs.find_organisation(session, "fundacion arias") == row
        assert orgs.find_organisation(session, "FA") == row
        with pytest.raises(ValidationError, match="already an organisation"):
            orgs.create_organisation(session, OrganisationData("FUNDACION ARIAS", "", "ngo"))
        with pytest.raises(ValidationError):
            orgs.create_organisation(session, OrganisationData("", "", "bogus", "XXX"))


def test_renaming_an_organisation_updates_search(db: Database) -> None:
    with db.sessions.begin() as session:
        row = orgs.create_organisation(session, OrganisationData("Old Name", "", "ngo"))
        save_activity(session, activity(implementers=(row.uuid,)))
        orgs.update_organisation(
            session, OrganisationData("Nueva Organización", "NO", "ngo", uuid=row.uuid)
        )
    index = ActivityIndex()
    with db.sessions() as session:
        index.load(session)
    assert len(index.matching(ActivityFilter(text="nueva organizacion"), Sort())) == 1
    assert index.matching(ActivityFilter(text="old name"), Sort()) == []


def test_seeding_happens_once_so_deleted_organisations_stay_deleted(db: Database) -> None:
    with db.sessions.begin() as session:
        assert orgs.seed_organisations(session) == 0


def test_the_real_demo_activities_are_valid_and_the_demo_fills(db: Database) -> None:
    real = real_activities()
    assert len(real) >= 6
    for item in real:
        assert validate_activity(item.normalised()) == [], item.title
    with db.sessions.begin() as session:
        added = fill_demo(session, "PAN", generated=20)
    with db.sessions() as session:
        assert count_activities(session) == added == len(real) + 20
