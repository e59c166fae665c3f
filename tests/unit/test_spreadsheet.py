"""Spreadsheet import and export with real CSV and XLSX files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from attdesk.errors import SpreadsheetError
from attdesk.spreadsheet import layout
from attdesk.spreadsheet.importer import CREATE, UPDATE, apply_import, plan_import
from attdesk.spreadsheet.reader import NOTICE_CP1252
from attdesk.spreadsheet.writer import export_activities, write_template
from attdesk.store.activities import count_activities, load_activities, save_activities
from attdesk.store.database import Database
from attdesk.store.organisations import find_organisation
from tests.factories import EU, UNLIREC, activity

HEADER = [
    "title",
    "relevance",
    "types",
    "focus_areas",
    "partner_states",
    "implementers",
    "start_date",
    "end_date",
    "budget_amount",
    "budget_currency",
]


def write_csv(
    path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def plan(db: Database, path: Path):  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        return plan_import(session, path)


def test_good_rows_in_any_language_are_created(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "good.csv",
        [
            HEADER,
            [
                "Taller sobre corretaje",
                "centrada en el tca",
                "Asistencia jurídica o legislativa",
                "Control de la intermediación; Desvío",
                "Panamá; CRI",
                "UNLIREC",
                "2015",
                "2015-06",
                "12.500",
                "usd",
            ],
            [
                "Séminaire",
                "att_relevant",
                "sensitization_outreach",
                "marking",
                "Brésil",
                "Brand-new Foundation",
                "12/06/2016",
                "",
                "",
                "",
            ],
        ],
    )
    result = plan(db, path)
    assert [row.issues for row in result.rows] == [[], []]
    assert [row.action for row in result.rows] == [CREATE, CREATE]
    assert result.new_organisations == ["Brand-new Foundation"]
    first = result.rows[0].data
    assert first is not None
    assert first.types == ("legal_legislative",)
    assert first.focus_areas == ("brokering_controls", "diversion")
    assert first.partner_states == ("CRI", "PAN")
    assert str(first.budget_amount) == "12500" and first.budget_currency == "USD"
    with db.sessions.begin() as session:
        summary = apply_import(session, result)
    assert (summary.created, summary.updated, summary.rejected, summary.organisations_added) == (
        2,
        0,
        0,
        1,
    )
    with db.sessions() as session:
        assert count_activities(session) == 2
        assert find_organisation(session, "brand-new foundation") is not None


def test_bad_rows_are_listed_with_reasons_and_skipped(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            [*HEADER, "websites", "uuid"],
            [
                "Good one",
                "att_focused",
                "legal_legislative",
                "marking",
                "PAN",
                "UNLIREC",
                "",
                "",
                "",
                "",
                "",
                "",
            ],
            [
                "",
                "maybe",
                "teaching",
                "marking",
                "Atlantis",
                "UNLIREC",
                "2015-13",
                "",
                "-5",
                "USD",
                "www.example.org",
                "not-a-uuid",
            ],
            [
                "Backwards",
                "att_focused",
                "legal_legislative",
                "marking",
                "PAN",
                "UNLIREC",
                "2016",
                "2015",
                "ten",
                "",
                "",
                "",
            ],
        ],
    )
    result = plan(db, path)
    assert [row.row for row in result.rejected] == [3, 4]
    found = {(row.row, issue.field, issue.code) for row in result.rejected for issue in row.issues}
    assert found >= {
        (3, "title", "required"),
        (3, "relevance", "unknown_code"),
        (3, "types", "unknown_code"),
        (3, "partner_states", "unknown_state"),
        (3, "start_date", "bad_date"),
        (3, "budget_amount", "negative_amount"),
        (3, "websites", "bad_url"),
        (3, "uuid", "bad_uuid"),
        (4, "end_date", "end_before_start"),
        (4, "budget_amount", "bad_amount"),
    }
    with db.sessions.begin() as session:
        summary = apply_import(session, result)
    assert (summary.created, summary.rejected) == (1, 2)
    with db.sessions() as session:
        assert [a.title for a in load_activities(session).values()] == ["Good one"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"title,relevance\n", "no activities"),
        (b"Titel,Relevanz\nx,y\n", "Unknown columns: Titel, Relevanz"),
        (b"title,notes\nx,y\n", "Required columns are missing: relevance, types"),
        (b"title,title\nx,y\n", "appears twice"),
        (b"\x00\x01\x02binary", "not a spreadsheet"),
    ],
)
def test_files_that_cannot_be_imported_say_why(
    db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=message):
        plan(db, path)


def test_not_a_workbook_and_wrong_extension(db: Database, tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"this is not a zip file at all")
    with pytest.raises(SpreadsheetError, match="not a readable Excel workbook"):
        plan(db, fake)
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK")
    with pytest.raises(SpreadsheetError, match=r"choose a \.csv or \.xlsx"):
        plan(db, other)


def test_excel_style_windows_1252_csv_with_semicolons_is_read(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        [
            HEADER[:6],
            [
                "Capacitación en señalización",
                "att_focused",
                "legal_legislative",
                "marking",
                "Panamá",
                "UNLIREC",
            ],
        ],
        encoding="cp1252",
        delimiter=";",
    )
    result = plan(db, path)
    assert result.notices == [NOTICE_CP1252]
    assert result.rows[0].title == "Capacitación en señalización"
    assert result.rows[0].ok


def test_undecodable_text_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"title,relevance\n\x81\x8d\x8f,att_focused\n")
    with pytest.raises(SpreadsheetError, match="encoding is not recognised"):
        plan(db, path)


def test_xlsx_cells_keep_their_types(db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    sheet.append(
        [
            "Typed cells",
            "att_focused",
            "legal_legislative",
            "marking",
            "PAN",
            "UNLIREC",
            2015,
            dt.datetime(2016, 2, 1),
            2500.5,
            "EUR",
        ]
    )
    path = tmp_path / "typed.xlsx"
    workbook.save(path)
    (row,) = plan(db, path).rows
    assert row.ok, row.issues
    assert row.data is not None
    assert (str(row.data.start_date), str(row.data.end_date)) == ("2015", "2016-02-01")
    assert str(row.data.budget_amount) == "2500.5"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_updates_instead_of_duplicating(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    with db.sessions.begin() as session:
        first, _second = save_activities(
            session,
            [
                activity(
                    title="Ñandú “quoted”, <b>bold</b>; semi",
                    donors=(EU,),
                    websites=("https://a.example.org", "https://b.example.org"),
                ),
                activity(title="Other", implementers=(EU, UNLIREC)),
            ],
        )
        save_activities(session, [activity(title="Third", related=(first,))])
    path = tmp_path / f"out{suffix}"
    with db.sessions() as session:
        before = load_activities(session)
        assert export_activities(session, path) == 3
    result = plan(db, path)
    assert {row.action for row in result.rows} == {UPDATE}
    with db.sessions.begin() as session:
        apply_import(session, result)
    with db.sessions() as session:
        after = load_activities(session)
    assert after == before


def test_the_template_documents_every_column(tmp_path: Path, db: Database) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Activities", "Instructions", "Values"]
    header = [cell.value for cell in workbook["Activities"][1]]
    assert header == list(layout.COLUMN_NAMES)
    documented = {row[0].value for row in workbook["Instructions"].iter_rows(min_row=6)}
    assert set(layout.COLUMN_NAMES) <= documented
    with pytest.raises(SpreadsheetError, match="no activities"):
        plan(db, path)  # an empty template is a clear error, not a crash
    csv_template = tmp_path / "template.csv"
    write_template(csv_template)
    assert csv_template.read_text(encoding="utf-8-sig").strip() == ",".join(layout.COLUMN_NAMES)


def test_writing_to_a_bad_place_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match=r"must end in \.csv or \.xlsx"), db.sessions() as s:
        export_activities(s, tmp_path / "out.pdf")
    with pytest.raises(SpreadsheetError, match="Cannot write"), db.sessions() as s:
        export_activities(s, tmp_path / "missing-folder" / "out.csv")
