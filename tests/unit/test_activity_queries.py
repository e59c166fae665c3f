from __future__ import annotations

import pytest

from attdesk.domain.partial_date import PartialDate
from attdesk.store import activity_queries as q
from attdesk.store.activities import save_activities
from attdesk.store.activity_queries import ActivityFilter, Sort, SortColumn
from attdesk.store.database import Database
from tests.factories import EU, UNLIREC, UNODC, activity


@pytest.fixture
def titles(db: Database) -> dict[str, int]:
    """Four activities with known dates, types, areas and implementers; title -> id."""
    items = [
        activity(
            title="Ámbito legal",
            start_date=PartialDate(2013),
            end_date=None,
            types=("legal_legislative",),
            focus_areas=("national_legislation",),
            relevance="att_relevant",
            implementers=(UNODC,),
            place="Lima",
        ),
        activity(
            title="Brokering workshop",
            start_date=PartialDate(2014, 6),
            end_date=PartialDate(2016),
            types=("institutional_capacity",),
            focus_areas=("brokering_controls",),
            implementers=(UNLIREC, UNODC),
        ),
        activity(
            title="Course",
            start_date=PartialDate(2016, 3, 7),
            end_date=PartialDate(2016, 3, 11),
            focus_areas=("marking", "tracing"),
            implementers=(EU,),
            partner_states=("BRA",),
        ),
        activity(
            title="Undated", start_date=None, end_date=None, focus_areas=("salw",), format=None
        ),
    ]
    with db.sessions.begin() as session:
        save_activities(session, items)
    return {row.title: row.id for row in index(db).rows.values()}


def index(db: Database) -> q.ActivityIndex:
    built = q.ActivityIndex()
    with db.sessions() as session:
        built.load(session)
    return built


def found(db: Database, flt: ActivityFilter, sort: Sort | None = None) -> list[str]:
    built = index(db)
    return [built.rows[i].title for i in built.matching(flt, sort or Sort())]


def test_text_search_folds_accents_and_covers_places_organisations_and_states(
    db: Database, titles: dict[str, int]
) -> None:
    assert found(db, ActivityFilter(text="AMBITO")) == ["Ámbito legal"]
    assert found(db, ActivityFilter(text="lima")) == ["Ámbito legal"]
    assert sorted(found(db, ActivityFilter(text="unodc"))) == ["Brokering workshop", "Ámbito legal"]
    assert found(db, ActivityFilter(text="brasil")) == ["Course"]  # state name in Portuguese
    assert found(db, ActivityFilter(text="course brasil")) == ["Course"]
    assert found(db, ActivityFilter(text="100%")) == []


def test_year_range_matches_any_overlap_and_skips_unknown_dates(
    db: Database, titles: dict[str, int]
) -> None:
    assert sorted(found(db, ActivityFilter(year_from=2015, year_to=2015))) == ["Brokering workshop"]
    assert sorted(found(db, ActivityFilter(year_from=2016))) == ["Brokering workshop", "Course"]
    assert found(db, ActivityFilter(year_to=2013)) == ["Ámbito legal"]


def test_vocabulary_relevance_and_implementer_filters(db: Database, titles: dict[str, int]) -> None:
    assert found(db, ActivityFilter(assistance_type="legal_legislative")) == ["Ámbito legal"]
    assert found(db, ActivityFilter(focus_area="tracing")) == ["Course"]
    assert sorted(found(db, ActivityFilter(focus_group="salw_controls"))) == ["Course"]
    assert sorted(found(db, ActivityFilter(focus_group="general"))) == ["Undated", "Ámbito legal"]
    assert found(db, ActivityFilter(relevance="att_relevant")) == ["Ámbito legal"]
    assert sorted(found(db, ActivityFilter(implementer=UNODC))) == [
        "Brokering workshop",
        "Ámbito legal",
    ]
    assert found(db, ActivityFilter(implementer=UNODC, text="broker")) == ["Brokering workshop"]


def test_sorting_by_each_column(db: Database, titles: dict[str, int]) -> None:
    by_date = found(db, ActivityFilter(), Sort(SortColumn.DATES, descending=False))
    assert by_date == ["Ámbito legal", "Brokering workshop", "Course", "Undated"]
    newest_first = found(db, ActivityFilter(), Sort(SortColumn.DATES, descending=True))
    assert newest_first == ["Course", "Brokering workshop", "Ámbito legal", "Undated"]
    by_title = found(db, ActivityFilter(), Sort(SortColumn.TITLE, descending=False))
    assert by_title == ["Ámbito legal", "Brokering workshop", "Course", "Undated"]
    by_implementer = found(db, ActivityFilter(), Sort(SortColumn.IMPLEMENTERS, descending=False))
    assert by_implementer[0] == "Course"  # EU sorts before UNLIREC and UNODC
    for column in SortColumn:
        for language in ("en", "es", "pt", "fr"):
            result = found(db, ActivityFilter(), Sort(column, False, language))
            assert sorted(result) == sorted(titles)


def test_rows_carry_codes_and_lead_implementer_first(db: Database, titles: dict[str, int]) -> None:
    built = index(db)
    row = built.rows[titles["Brokering workshop"]]
    assert row.implementers == ("UNLIREC", "UNODC")
    assert row.focus_areas == ("brokering_controls",)
    assert (row.start_date, row.end_date) == ("2014-06", "2016")
    assert len(built) == 4
    assert built.year_range() == (2013, 2016)
    assert built.id_of(row.uuid) == row.id


def test_refresh_updates_one_entry_and_drops_deleted_ones(
    db: Database, titles: dict[str, int]
) -> None:
    from dataclasses import replace

    from attdesk.store.activities import delete_activity, get_activity, save_activity

    built = index(db)
    course, undated = built.rows[titles["Course"]], built.rows[titles["Undated"]]
    with db.sessions.begin() as session:
        save_activity(session, replace(get_activity(session, course.uuid), title="Renamed course"))
        delete_activity(session, undated.uuid)
    with db.sessions() as session:
        built.refresh(session, [course.id, undated.id])
    assert built.rows[course.id].title == "Renamed course"
    assert undated.id not in built.rows and built.id_of(undated.uuid) is None
    assert found(db, ActivityFilter(text="renamed")) == ["Renamed course"]


def test_typing_on_narrows_the_previous_result_yet_matches_a_fresh_search(
    db: Database, titles: dict[str, int]
) -> None:
    built = index(db)
    sort = Sort(SortColumn.TITLE, descending=False)
    for text in ("", "o", "or", "ork", "ork w", "or", "c", "co urse", ""):
        fresh = index(db).matching(ActivityFilter(text=text), sort)
        assert built.matching(ActivityFilter(text=text), sort) == fresh, text


def test_a_refreshed_entry_moves_to_where_a_full_sort_puts_it(
    db: Database, titles: dict[str, int]
) -> None:
    from dataclasses import replace

    from attdesk.store.activities import get_activity, save_activity

    built = index(db)
    for column in SortColumn:
        for descending in (False, True):
            sort = Sort(column, descending)
            built.matching(ActivityFilter(), sort)  # sorted once, then kept in order
            uuid = built.rows[titles["Undated"]].uuid
            with db.sessions.begin() as session:
                changed = replace(
                    get_activity(session, uuid),
                    start_date=PartialDate(2015 if descending else 2012),
                    types=("sensitization_outreach",) if descending else ("legal_legislative",),
                    implementers=(UNODC,) if descending else (EU,),
                )
                save_activity(session, changed)
            with db.sessions() as session:
                built.refresh(session, [titles["Undated"]])
            assert built.matching(ActivityFilter(), sort) == index(db).matching(
                ActivityFilter(), sort
            ), sort
