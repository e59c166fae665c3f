"""The Questionnaire section driven through its real widgets, checked against the database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from attdesk.gui.main_window import QUESTIONNAIRE, MainWindow
from attdesk.gui.questionnaire.view import QUESTIONNAIRE_ID, QuestionnaireView
from attdesk.questionnaire.definition import latest_definition
from attdesk.store import responses as store
from attdesk.store.database import Database, open_database
from tests.gui.conftest import type_text


def questionnaire(window: MainWindow) -> QuestionnaireView:
    window.go_to(QUESTIONNAIRE)
    return window.questionnaire


def section_row(view: QuestionnaireView, section_id: str) -> int:
    assert view.definition is not None
    return [s.id for s in view.definition.sections].index(section_id)


def stored(db: Database, period: str) -> dict[str, store.StoredAnswer]:
    with db.sessions() as session:
        info = next(r for r in store.list_responses(session) if r.period == period)
        return store.load_answers(session, info.uuid)


def test_answer_a_section_and_follow_ups_appear(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = questionnaire(window)
    assert view.ui.stack.currentIndex() == 0  # empty state with its hint
    view.start_period("2025", carry=False)
    view.ui.sectionList.setCurrentRow(section_row(view, "art-iv"))
    assert view.page is not None
    blocks = view.page.blocks
    assert not blocks["4.1.ref"].isVisible()
    qtbot.mouseClick(blocks["4.1"].editor.buttons["partly"], Qt.MouseButton.LeftButton)
    assert blocks["4.1.ref"].isVisible()  # at once, before the save
    assert blocks["4.1"].details is not None
    type_text(blocks["4.1"].details, "Ley 57 de 2011, artículo 3")
    qtbot.waitUntil(lambda: "4.1" in stored(db, "2025"))
    qtbot.waitUntil(lambda: stored(db, "2025")["4.1"].details == "Ley 57 de 2011, artículo 3")
    assert stored(db, "2025")["4.1"].value == "partly"
    # the validation panel lists required questions and jumps to them
    panel = view.ui.issueList
    texts = [panel.item(i).text() for i in range(panel.count())]
    assert any(t.startswith("Required: 4.2") for t in texts)
    assert not any(t.startswith("Required: 4.1 ") for t in texts)
    target = next(panel.item(i) for i in range(panel.count())
                  if panel.item(i).text().startswith("Required: 7.1"))  # fmt: skip
    view._issue_activated(target)
    assert view.page.section.id == "art-vii"
    # numbers and their conditional follow-ups
    type_text(view.page.blocks["7.4"].editor.edit, "12")
    assert view.page.blocks["7.6"].isVisible()
    view.flush()
    assert stored(db, "2025")["7.4"].value == 12


def test_carry_forward_confirm_and_no_change(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    definition = latest_definition(QUESTIONNAIRE_ID)
    assert definition is not None
    with db.sessions.begin() as session:
        old, _ = store.create_response(session, definition, "2024")
        store.save_answer(session, old.uuid, "4.1", "yes")
        store.save_answer(session, old.uuid, "4.2", "no")
        store.save_answer(session, old.uuid, "7.4", 40)  # a yearly figure: not carried
        store.save_answer(session, old.uuid, "5.1", "yes")
    view = questionnaire(window)
    view.reload_periods()
    view.start_period("2025", carry=True)
    answers = stored(db, "2025")
    assert answers["4.1"].carried_from == "2024" and "7.4" not in answers
    view.ui.sectionList.setCurrentRow(section_row(view, "art-iv"))
    assert view.page is not None
    block = view.page.blocks["4.1"]
    assert block.carried_label.isVisible() and "2024" in block.carried_label.text()
    assert "To review (2024): 4.1" in " ".join(
        view.ui.issueList.item(i).text() for i in range(view.ui.issueList.count())
    )
    qtbot.mouseClick(block.confirm_button, Qt.MouseButton.LeftButton)
    assert stored(db, "2025")["4.1"].carried_from is None
    # changing an answer reviews it too
    qtbot.mouseClick(view.page.blocks["4.2"].editor.buttons["yes"], Qt.MouseButton.LeftButton)
    view.flush()
    assert stored(db, "2025")["4.2"] == store.StoredAnswer("yes")
    # "no change" for a whole section
    view.ui.sectionList.setCurrentRow(section_row(view, "art-v"))
    view.page.no_change.setChecked(True)
    assert stored(db, "2025")["5.1"].carried_from is None
    assert view.status is not None and view.status.unreviewed == []
    assert stored(db, "2024")["4.2"].value == "no"  # the earlier period is untouched


def test_undo_takes_back_the_last_changes_on_a_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = questionnaire(window)
    view.start_period("2025", carry=False)
    view.ui.sectionList.setCurrentRow(section_row(view, "art-iv"))
    assert view.page is not None
    buttons = view.page.blocks["4.1"].editor.buttons
    qtbot.mouseClick(buttons["yes"], Qt.MouseButton.LeftButton)
    view.flush()
    qtbot.mouseClick(buttons["no"], Qt.MouseButton.LeftButton)
    view.flush()
    assert stored(db, "2025")["4.1"].value == "no"
    qtbot.mouseClick(view.ui.undoButton, Qt.MouseButton.LeftButton)
    assert stored(db, "2025")["4.1"].value == "yes" and buttons["yes"].isChecked()
    qtbot.mouseClick(view.ui.undoButton, Qt.MouseButton.LeftButton)
    assert "4.1" not in stored(db, "2025")
    qtbot.mouseClick(view.ui.redoButton, Qt.MouseButton.LeftButton)
    assert stored(db, "2025")["4.1"].value == "yes"


def test_a_table_of_authorities_and_a_nil_report(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = questionnaire(window)
    view.start_period("2024-2025", carry=False)
    assert view.page is not None and view.page.section.id == "authorities"
    table = view.page.blocks["0.1"].editor
    table.table.item(0, 0).setText("Ana Pérez")
    table.table.item(0, 1).setText("Dirección General de Aduanas")
    view.flush()
    assert (
        stored(db, "2024-2025")["0.1"].value
        == [{"name": "Ana Pérez", "institution": "Dirección General de Aduanas"}]
        or stored(db, "2024-2025")["0.1"].value[0]["name"] == "Ana Pérez"
    )
    view.ui.nilCheck.setChecked(True)
    with db.sessions() as session:
        assert store.list_responses(session)[0].nil_report
    assert "Nil report" in view.ui.panelHeading.text()
    assert not view.page.isEnabled()


def test_new_period_asks_to_carry_forward(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2024", True)))
    view = questionnaire(window)
    view.new_period()  # the first period: nothing to carry, no question
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("2025", True)))
    asked: list[str] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view.new_period()
    assert asked and "2024" in asked[0]
    assert [view.ui.periodCombo.itemText(i) for i in range(2)] == ["2025", "2024"]


KILLED_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtTest import QTest
    from attdesk.gui.app import application
    from attdesk.gui.context import AppContext
    from attdesk.gui.questionnaire.view import QuestionnaireView
    from attdesk.store.database import open_database

    app = application()
    view = QuestionnaireView(AppContext(open_database(sys.argv[1])))
    view.show()
    view.start_period("2025", carry=False)
    sections = [s.id for s in view.definition.sections]
    view.ui.sectionList.setCurrentRow(sections.index("art-iv"))
    edit = view.page.blocks["4.5"].editor.edit
    QTest.keyClicks(edit, "Typed before the crash:")
    edit.insertPlainText(" ñ ç œ")  # keyClicks types ASCII only; an input method types these
    QTest.qWait(1500)  # the user pauses; the program is then killed without warning
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_answers_typed_before_the_program_is_killed_are_kept(tmp_path: Path, db_path: Path) -> None:
    script = tmp_path / "killed.py"
    script.write_text(KILLED_SCRIPT, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(script), str(db_path)],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()
    db = open_database(db_path)
    try:
        assert stored(db, "2025")["4.5"].value == "Typed before the crash: ñ ç œ"
    finally:
        db.close()
