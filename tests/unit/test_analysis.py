"""Secretariat figures from real submission documents of two states."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from attdesk.analysis.figures import Submission, all_tables, breakdowns, gaps, reporting
from attdesk.analysis.output import tables_csv, write_tables
from attdesk.analysis.overlaps import suggest_overlaps
from attdesk.cli.main import main
from attdesk.exchange.export import export_submission, prepare_document
from attdesk.exchange.importer import import_packages
from attdesk.exchange.signing import load_or_create_key
from attdesk.store.activities import save_activities
from attdesk.store.database import Database, open_database
from attdesk.store.needs import save_need
from attdesk.store.settings import FOCAL_POINT, AppSettings, load_settings, save_settings
from tests.factories import UNLIREC, UNODC, activity, need

SHARED = "3f1d7f0e-8a55-4c1e-9d1f-2b7f4d5a6c01"


def document(tmp_path: Path, state: str, items: list[Any], needs: list[Any]) -> dict[str, Any]:
    db = open_database(tmp_path / f"{state}.sqlite")
    try:
        with db.sessions.begin() as session:
            save_settings(session, AppSettings(role=FOCAL_POINT, state=state))
            save_activities(session, items)
            for item in needs:
                save_need(session, item)
        with db.sessions() as session:
            doc, _ = prepare_document(session, load_settings(session), "2025", draft=False)
        return doc
    finally:
        db.close()


@pytest.fixture
def submissions(tmp_path: Path) -> list[Submission]:
    regional = activity(
        uuid=SHARED, title="Regional workshop on marking", partner_states=("PAN", "COL"),
        focus_areas=("marking",), types=("institutional_capacity",), implementers=(UNLIREC,),
    )  # fmt: skip
    pan = document(tmp_path, "PAN", [
        regional,
        activity(title="Lima: tracing workshop for police", place="Lima, Peru",
                 focus_areas=("tracing",), implementers=(UNODC,), partner_states=("PAN",)),
        activity(title="Legal review", focus_areas=("national_legislation",),
                 types=("legal_legislative",), partner_states=("PAN",), relevance="att_relevant"),
    ], [need(title="Brokering law", focus_areas=("brokering_controls",)),
        need(title="Marking machines", focus_areas=("marking",))])  # fmt: skip
    col = document(tmp_path, "COL", [
        regional,
        activity(title="Tracing workshop for police, Lima", place="Lima",
                 focus_areas=("tracing",), implementers=(UNODC,), partner_states=("COL",)),
    ], [])  # fmt: skip
    return [Submission("PAN", "2025", 1, False, pan), Submission("COL", "2025", 1, False, col)]


def rows(tables: list[Any], name: str) -> list[list[Any]]:
    return next(t for t in tables if t.name == name).rows


def test_shared_activities_count_once_and_breakdowns_add_up(submissions: list[Submission]) -> None:
    tables = breakdowns(submissions)
    relevance = {r[0]: r[1] for r in rows(tables, "relevance")}
    assert relevance == {"ATT-focused": 3, "ATT-relevant": 1}  # 5 reports, 4 activities
    groups = {r[0]: r[1] for r in rows(tables, "focus_group")}
    assert groups["SALW controls"] == 3  # marking once (shared UUID), tracing reported twice
    subregions = {r[0]: r[1] for r in rows(tables, "subregion")}
    assert subregions == {"Central America and Mexico": 3, "South America": 2}
    within = rows(tables, "type_within_group")
    assert all(0 < r[3] <= 100 for r in within)


def test_gaps_and_unaddressed_needs(submissions: list[Submission]) -> None:
    tables = gaps(submissions)
    uncovered = rows(tables, "areas_uncovered")
    assert ["PAN", "Brokering controls", 1] in uncovered
    assert not any(r[1] == "Marking" for r in uncovered)  # the workshop covered marking
    assert {r[1] for r in rows(tables, "needs_unaddressed")} == {
        "Brokering law",
        "Marking machines",
    }
    matrix = {(r[0], r[1]): (r[2], r[3]) for r in rows(tables, "gap_matrix")}
    assert matrix[("PAN", "Marking")] == (1, 1)
    regions = {(r[0], r[1]): (r[2], r[3]) for r in rows(tables, "gap_matrix_subregion")}
    assert regions[("Central America and Mexico", "Marking")] == (1, 1)
    assert regions[("South America", "Tracing")] == (1, 0)


def test_overlaps_are_suggested_across_states(submissions: list[Submission]) -> None:
    found = suggest_overlaps(submissions)
    assert len(found) == 1
    pair = {found[0].first.state, found[0].second.state}
    assert pair == {"PAN", "COL"} and "Tracing" in found[0].first.record["title"].title()
    later = copy.deepcopy(submissions[1].document)
    for record in later["activities"]:
        record["start_date"] = "2009"
        record["end_date"] = "2009"
        record["uuid"] = str(uuid.uuid4())
    moved = [submissions[0], Submission("COL", "2025", 1, False, later)]
    assert suggest_overlaps(moved) == []  # years do not overlap: not the same activity


def test_reporting_and_outputs(submissions: list[Submission], tmp_path: Path) -> None:
    tables = reporting(submissions)
    assert sorted(r[0] for r in rows(tables, "submissions")) == ["COL", "PAN"]
    everything = breakdowns(submissions) + tables
    assert "relevance,ATT-focused,activities,3" in tables_csv(everything)
    write_tables(everything, tmp_path / "figures.xlsx")
    book = load_workbook(tmp_path / "figures.xlsx")
    assert "relevance" in book.sheetnames and book["relevance"]["A3"].value == "ATT-focused"
    write_tables(everything, tmp_path / "figures.json")
    assert json.loads((tmp_path / "figures.json").read_text())["tables"][0]["name"] == "relevance"


def test_cli_report_from_imported_packages(
    db_path: Path, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    focal = open_database(tmp_path / "focal.sqlite")
    with focal.sessions.begin() as session:
        save_settings(session, AppSettings(role=FOCAL_POINT, state="PAN"))
        save_activities(session, [activity(), activity(title="Second course")])
        result = export_submission(session, load_settings(session), "2025", tmp_path / "out",
                                   load_or_create_key(tmp_path / "keys"), draft=True)  # fmt: skip
    focal.close()
    import_packages(db.sessions, [result.written.path])
    with db.sessions() as session:
        assert rows(all_tables(session), "submissions")[0][:3] == ["PAN", "2025", 1]
    assert main(["--db", str(db_path), "report", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    relevance = next(t for t in out["tables"] if t["name"] == "relevance")
    assert relevance["rows"][0][:2] == ["ATT-focused", 2]
    assert main(["--db", str(db_path), "report", "--format", "csv", "--period", "2024"]) == 0
    assert "relevance," not in capsys.readouterr().out  # nothing for 2024
    target = tmp_path / "r.xlsx"
    assert main(["--db", str(db_path), "report", "--format", "xlsx", "--out", str(target)]) == 0
    assert target.exists()
    pdf = tmp_path / "report.pdf"
    assert main(["--db", str(db_path), "report", "--format", "pdf", "--out", str(pdf)]) == 0
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Activities by relevance" in " ".join(text.split())


def test_confirmed_overlaps_count_once_and_decided_pairs_are_not_suggested_again(
    submissions: list[Submission], db: Database
) -> None:
    from attdesk.analysis.figures import merged_activities
    from attdesk.store.overlap_decisions import decide, decisions, same_pairs

    (suggestion,) = suggest_overlaps(submissions)
    first, second = suggestion.first.record["uuid"], suggestion.second.record["uuid"]
    with db.sessions.begin() as session:
        decide(session, first, second, same=True)
    with db.sessions() as session:
        pairs = same_pairs(session)
        decided = set(decisions(session))
    merged = merged_activities(submissions, pairs)
    assert len(merged) == 3
    tracing = next(a for a in merged if "tracing" in a.record["title"].lower())
    assert tracing.reported_by == {"PAN", "COL"}
    groups = {r[0]: r[1] for r in rows(breakdowns(submissions, same=pairs), "focus_group")}
    assert groups["SALW controls"] == 2
    assert suggest_overlaps(submissions, decided) == []
    with db.sessions.begin() as session:
        decide(session, second, first, same=False)  # split it again
    with db.sessions() as session:
        assert same_pairs(session) == []


def test_offers_are_matched_with_open_needs(
    submissions: list[Submission], db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from attdesk.analysis.matching import matches
    from attdesk.domain.issues import ValidationError
    from attdesk.store.offers import OfferData, list_offers, save_offer

    with db.sessions.begin() as session:
        save_offer(
            session, OfferData("UNLIREC", ("brokering_controls",), ("institutional_capacity",))
        )
        save_offer(session, OfferData("EU", ("marking",), states=("COL",)))  # not for PAN
        save_offer(
            session,
            OfferData(
                "CARICOM",
                ("marking",),
                subregions=("central_america_mexico",),
                year_from=2020,
                year_to=2024,
            ),
        )  # ended before 2025
        save_offer(session, OfferData("Canada", ("marking", "tracing"), year_from=2025))
        save_offer(session, OfferData("UNDP", ("brokering_controls",), ("legal_legislative",)))
        with pytest.raises(ValidationError):
            save_offer(session, OfferData("", ("teleportation",)))
    with db.sessions() as session:
        offers = list_offers(session)
    found = {(r[1], r[2]) for r in matches(submissions, offers).rows}
    assert found == {("Brokering law", "UNLIREC"), ("Marking machines", "Canada")}
    # brokering was needed and nothing delivered; now that it is offered it is no longer a gap
    assert ["PAN", "Brokering controls", 1] in rows(gaps(submissions), "areas_uncovered")
    assert rows(gaps(submissions, offers=offers), "areas_uncovered") == []
    assert main(["--db", str(db_path), "offers", "add", "--provider", "OAS",
                 "--areas", "Marcaje; tracing", "--states", "Panamá"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", str(db_path), "offers", "list"]) == 0
    assert "OAS: marking; tracing (PAN)" in capsys.readouterr().out
    assert main(["--db", str(db_path), "offers", "add", "--provider", "X", "--areas", "nope"]) == 1
