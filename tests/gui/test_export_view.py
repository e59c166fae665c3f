"""The Export section driven through its real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from attdesk.demo import fill_demo, fill_demo_needs, fill_demo_questionnaire
from attdesk.exchange.package import verify_package
from attdesk.exchange.signing import load_key
from attdesk.gui.main_window import EXPORT, MainWindow
from attdesk.gui.setup_dialog import SetupDialog
from attdesk.store.database import Database


@pytest.fixture
def filled(db: Database) -> Database:
    with db.sessions.begin() as session:
        fill_demo(session, "PAN", generated=5)
        fill_demo_needs(session)
        fill_demo_questionnaire(session, "2025")
    return db


def test_checklist_preview_and_a_draft_export(
    qtbot: QtBot,
    window: MainWindow,
    filled: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.go_to(EXPORT)
    view = window.export
    view.ui.periodCombo.setCurrentText("2025")
    assert view.ui.checklistList.count() > 0
    assert "open" in view.ui.checklistHeading.text()
    texts = [view.ui.checklistList.item(i).text() for i in range(view.ui.checklistList.count())]
    assert any(t.startswith("Required answer missing: 5.2") for t in texts)

    view.preview()
    qtbot.waitUntil(lambda: view._operation is None, timeout=30_000)
    pages = view.ui.previewScroll.widget()
    assert pages is not None and len(pages.findChildren(type(view.ui.checklistHeading))) >= 3

    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view.ui.languageCombo.setCurrentIndex(view.ui.languageCombo.findData("es"))
    view.export_package(folder=tmp_path / "out")
    qtbot.waitUntil(lambda: view.last_result is not None, timeout=30_000)
    assert asked and "draft" in asked[0]
    result = view.last_result
    assert result is not None and result.record.draft
    assert result.written.path.name == "PAN-2025-r1.attdesk"
    assert verify_package(result.written.path).ok
    assert view.ui.historyTable.rowCount() == 1
    assert view.ui.historyTable.item(0, 1).text().startswith("r1")
    assert view.ui.showFolderButton.isEnabled()

    key = load_key()
    assert key is not None
    settings = SetupDialog(window.ctx, window)
    qtbot.addWidget(settings)
    assert key.fingerprint in settings.ui.storageLabel.text()


def test_an_invalid_period_disables_the_actions(window: MainWindow) -> None:
    window.go_to(EXPORT)
    view = window.export
    view.ui.periodCombo.setCurrentText("soon")
    assert not view.ui.exportButton.isEnabled()
    assert "reporting period" in view.ui.checklistHeading.text()
