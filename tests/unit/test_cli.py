"""The `attdesk` command, run in-process: clear one-line errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from attdesk import __version__
from attdesk.cli.main import main
from attdesk.store.activities import count_activities
from attdesk.store.database import open_database
from attdesk.store.settings import load_settings


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"attdesk {__version__}"


def test_python_dash_m_works_without_qt_for_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "attdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"attdesk {__version__}"


def test_setup_then_demo_then_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "setup",
        "--role",
        "focal-point",
        "--state",
        "Panamá",
        "--name",
        "Ana",
        "--email",
        "ana@example.org",
        "--language",
        "es",
    )
    assert code == 0 and "Panama (PAN)" in out
    code, out, _ = run(capsys, "--db", db, "demo", "--count", "5")
    assert code == 0 and "demo activities" in out
    database = open_database(db)
    with database.sessions() as session:
        settings = load_settings(session)
        count = count_activities(session)
    database.close()
    assert (settings.state, settings.language, settings.email) == ("PAN", "es", "ana@example.org")
    assert count > 5
    code, out, _ = run(capsys, "--db", db, "activities", "export", str(tmp_path / "a.xlsx"))
    assert code == 0 and (tmp_path / "a.xlsx").exists()
    code, out, _ = run(capsys, "--db", db, "activities", "import", str(tmp_path / "a.xlsx"))
    assert code == 0 and f"0 created, {count} updated, 0 rejected" in out


def test_import_reports_rejected_rows_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "rows.csv"
    sheet.write_text(
        "title,relevance,types,focus_areas,partner_states,implementers\n"
        "Fine,att_focused,legal_legislative,marking,PAN,UNLIREC\n"
        "Broken,att_focused,legal_legislative,marking,Atlantis,UNLIREC\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "i.sqlite")
    code, out, _ = run(capsys, "--db", db, "activities", "import", "--dry-run", str(sheet))
    assert code == 1
    assert "row 3: partner_states: Unknown state: Atlantis." in out
    assert "Dry run, nothing written: 1 to create" in out
    code, out, _ = run(capsys, "--db", db, "activities", "import", str(sheet))
    assert code == 1 and "1 created, 0 updated, 1 rejected" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["setup", "--role", "focal-point", "--state", "Atlantis"], "--state: Unknown state"),
        (["setup", "--role", "focal-point", "--email", "nope"], "--email: Not an e-mail address"),
        (["activities", "import", "missing.csv"], "Cannot read missing.csv"),
        (["demo", "--count", "-1"], "--count must be zero or more"),
    ],
)
def test_errors_are_one_clear_line_without_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    code, _out, err = run(capsys, "--db", str(tmp_path / "e.sqlite"), *args)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_bad_database_path_is_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    code, _out, err = run(capsys, "--db", str(not_db), "demo")
    assert code == 1 and "is not a database file" in err


def test_internal_errors_are_logged_not_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attdesk.cli import demo_cmd

    def explode(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(demo_cmd, "fill_demo", explode)
    code, _out, err = run(capsys, "--db", str(tmp_path / "x.sqlite"), "demo")
    assert code == 70
    assert "internal error (RuntimeError: boom)" in err and "Traceback" not in err


def test_demo_adds_needs_and_a_previous_questionnaire_then_validate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "q.sqlite")
    run(capsys, "--db", db, "setup", "--role", "focal-point", "--state", "PAN")
    code, out, _ = run(capsys, "--db", db, "demo", "--count", "5")
    assert code == 0 and "7 needs" in out
    code, out, _ = run(capsys, "--db", db, "questionnaire", "list")
    assert code == 0
    assert "definition cifta-implementation 2026.1" in out
    assert "response cifta-implementation 2024" in out and "required missing" in out
    code, out, _ = run(capsys, "--db", db, "questionnaire", "validate", "--period", "2024")
    assert code == 1
    assert "missing: 4.5" not in out and "missing: 7.1 " in out
    code, _, err = run(capsys, "--db", db, "questionnaire", "validate", "--period", "2030")
    assert code == 1 and "no questionnaire response for 2030" in err
    code, _, err = run(capsys, "--db", db, "questionnaire", "validate", "--period", "soon")
    assert code == 1 and "Not a reporting period" in err


def test_validate_passes_for_a_nil_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from attdesk.questionnaire.definition import latest_definition
    from attdesk.store.responses import create_response, set_nil_report

    db_path = tmp_path / "nil.sqlite"
    database = open_database(db_path)
    definition = latest_definition("cifta-implementation")
    assert definition is not None
    with database.sessions.begin() as session:
        info, _ = create_response(session, definition, "2025")
        set_nil_report(session, info.uuid, True)
    database.close()
    code, out, _ = run(
        capsys, "--db", str(db_path), "questionnaire", "validate", "--period", "2025"
    )
    assert code == 0 and "nil report" in out
