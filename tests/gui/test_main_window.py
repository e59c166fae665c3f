"""Main window, first-run setup, settings, spreadsheet import through the GUI."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from attdesk.gui import app as app_module
from attdesk.gui.context import AppContext
from attdesk.gui.main_window import ACTIVITIES, NEEDS, SECRETARIAT, MainWindow
from attdesk.gui.setup_dialog import SetupDialog
from attdesk.gui.spreadsheet_import_dialog import SpreadsheetImportDialog, choose_and_import
from attdesk.store.activities import count_activities, save_activities
from attdesk.store.database import open_database
from attdesk.store.settings import load_settings
from tests.factories import activity
from tests.gui.conftest import type_text, when_modal


def test_sections_are_reachable_by_keyboard_and_later_ones_say_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.pages.currentIndex() == NEEDS
    assert window.ui.pages.currentWidget() is window.needs
    window.ui.actionGoSecretariat.trigger()
    assert window.ui.pages.currentIndex() == SECRETARIAT
    assert window.ui.pages.currentWidget() is window.secretariat
    window.ui.navigation.setCurrentRow(ACTIVITIES)
    assert window.ui.pages.currentWidget() is window.activities


def test_first_run_setup_saves_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.sqlite")
    try:
        ctx = AppContext(db)
        assert not ctx.settings.configured
        dialog = SetupDialog(ctx, None, first_run=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "Welcome to ATT Desk"
        dialog.ui.stateCombo.setEditText("")
        type_text(dialog.ui.stateCombo.lineEdit(), "Panamá")
        type_text(dialog.ui.nameEdit, "Ana Pérez")
        type_text(dialog.ui.emailEdit, "not-an-address")
        dialog.save()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.errors.label("email").isVisible()
        dialog.ui.emailEdit.setText("ana@cancilleria.gob.pa")
        dialog.ui.languageCombo.set_code("es")
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted
        with db.sessions() as session:
            settings = load_settings(session)
        assert (settings.role, settings.state, settings.language) == ("focal_point", "PAN", "es")
        assert settings.contact_name == "Ana Pérez"
    finally:
        db.close()


def test_an_unknown_state_is_not_accepted(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = SetupDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.ui.stateCombo.setEditText("Atlantis")
    dialog.save()
    assert dialog.errors.label("state").text() == "Unknown state: Atlantis."


def test_changing_the_language_relabels_vocabularies(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    with ctx.sessions.begin() as session:
        save_activities(session, [activity(relevance="att_focused")])
    window.activities.reload()
    model = window.activities.model
    assert model.index(0, 3).data() == "ATT-focused"
    from dataclasses import replace

    ctx.save_settings(replace(ctx.settings, language="es"))
    assert model.index(0, 3).data() == "Centrada en el TCA"
    assert window.activities.ui.typeFilter.itemText(1) == "Asistencia jurídica o legislativa"


def test_the_start_sequence_runs_setup_when_needed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "start.sqlite")
    try:
        monkeypatch.setattr(SetupDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
        assert app_module.start(db) is None  # closing setup closes the app
    finally:
        db.close()


def test_a_database_that_cannot_be_opened_gets_a_message(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")
    assert app_module.run_gui(bad) == 1
    assert shown and "not a database file" in shown[0]


def test_import_a_spreadsheet_through_the_preview(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    sheet = tmp_path / "mine.csv"
    sheet.write_text(
        "title,relevance,types,focus_areas,partner_states,implementers\n"
        "Taller uno,att_focused,legal_legislative,marking,PAN,UNLIREC\n"
        "Taller dos,att_relevant,legal_legislative,tracing,PAN,Nueva Fundación\n"
        "Roto,att_focused,legal_legislative,tracing,Atlantis,UNLIREC\n",
        encoding="utf-8",
    )
    seen: dict[str, object] = {}

    def confirm(dialog: SpreadsheetImportDialog) -> None:
        seen["rows"] = dialog.ui.rowsTable.rowCount()
        seen["summary"] = dialog.ui.summaryLabel.text()
        dialog.ui.onlyProblemsCheck.setChecked(True)
        seen["problems"] = dialog.ui.rowsTable.rowCount()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    finished: list[str] = []
    timer = when_modal(SpreadsheetImportDialog, confirm)  # type: ignore[arg-type]
    info = when_modal(QMessageBox, lambda box: (finished.append(box.text()), box.accept()))
    operation = choose_and_import(window, ctx, sheet)
    assert operation is not None
    qtbot.waitUntil(lambda: bool(finished), timeout=10_000)
    timer.stop()
    info.stop()
    assert seen == {
        "rows": 3,
        "summary": "mine.csv: 2 to create, 0 to update, 1 rejected. "
        "New organisations to add: Nueva Fundación.",
        "problems": 1,
    }
    assert "2 activities created" in finished[0]
    with ctx.sessions() as session:
        assert count_activities(session) == 2
    assert window.activities.model.rowCount() == 2
    assert QApplication.activeModalWidget() is None


def test_a_file_that_cannot_be_read_is_reported_without_writing(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, tmp_path: Path
) -> None:
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    messages: list[str] = []
    timer = when_modal(QMessageBox, lambda box: (messages.append(box.text()), box.accept()))
    choose_and_import(window, ctx, bad)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    timer.stop()
    assert messages == ["empty.csv is empty."]
    with ctx.sessions() as session:
        assert count_activities(session) == 0
