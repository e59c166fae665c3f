"""The Needs section driven through its real widgets, checked against the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from attdesk.gui.main_window import NEEDS, MainWindow
from attdesk.gui.needs.table_model import UUID_ROLE
from attdesk.gui.needs.view import NeedsView
from attdesk.store import needs as need_store
from attdesk.store.activities import save_activity
from attdesk.store.database import Database
from tests.factories import UNODC, activity, need
from tests.gui.conftest import type_text
from tests.gui.test_activities_view import check, pick

Answer = Callable[[QMessageBox.StandardButton], list[str]]


def needs_view(window: MainWindow) -> NeedsView:
    window.go_to(NEEDS)
    return window.needs


def select_row(view: NeedsView, row: int) -> str:
    index = view.model.index(row, 0)
    view.table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    return str(index.data(UUID_ROLE))


def stored(db: Database) -> dict[str, need_store.NeedData]:
    with db.sessions() as session:
        return {n.title: n for n in need_store.load_needs(session).values()}


def test_create_a_need_with_a_partner_and_an_addressing_activity(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.sessions.begin() as session:
        course = save_activity(session, activity(title="Curso sobre tránsito"))
    view = needs_view(window)
    view.reload()
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    ui = view.editor.ui
    type_text(ui.titleEdit, "Formación de aduanas en tránsito")
    check(qtbot, ui.focusList, "transit_transshipment_controls")
    check(qtbot, ui.typesList, "institutional_capacity")
    type_text(ui.costEdit, "12.500,50")
    type_text(ui.currencyCombo.lineEdit(), "USD")
    pick(qtbot, ui.partnerPick, "UNODC")
    pick(qtbot, ui.activitiesPick, "transito")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    saved = stored(db)["Formación de aduanas en tránsito"]
    assert saved.preferred_partner == UNODC
    assert saved.addressed_by == (course,)
    assert str(saved.cost_amount) == "12500.50" and saved.cost_currency == "USD"
    assert saved.status == "open" and saved.priority == "medium"
    assert view.model.rowCount() == 1
    assert "Curso sobre tránsito" in view.model.index(0, 5).data()


def test_validation_shows_messages_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    view = needs_view(window)
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    ui = view.editor.ui
    type_text(ui.costEdit, "-5")
    type_text(ui.identifiedEdit, "31/02/2024")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    errors = view.editor.errors
    for field in ("title", "focus_areas", "types", "cost_amount", "date_identified"):
        assert errors.label(field).isVisible(), field
    assert stored(db) == {}


def test_filters_and_the_uncovered_filter(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    with db.sessions.begin() as session:
        course = save_activity(session, activity())
        need_store.save_need(session, need(title="Covered", addressed_by=(course,)))
        need_store.save_need(session, need(title="Uncovered high", priority="high"))
        need_store.save_need(session, need(title="Met low", status="met", priority="low",
                                           focus_areas=("marking",)))  # fmt: skip
    view = needs_view(window)
    view.reload()
    titles = lambda: sorted(view.model.index(r, 0).data() for r in range(view.model.rowCount()))  # noqa: E731
    assert titles() == ["Covered", "Met low", "Uncovered high"]
    view.ui.uncoveredCheck.setChecked(True)
    assert titles() == ["Met low", "Uncovered high"]
    view.ui.statusFilter.setCurrentIndex(view.ui.statusFilter.findData("unmet"))
    assert titles() == ["Uncovered high"]
    qtbot.mouseClick(view.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    view.ui.focusFilter.setCurrentIndex(view.ui.focusFilter.findData("marking"))
    assert titles() == ["Met low"]
    view.ui.focusFilter.setCurrentIndex(0)
    type_text(view.ui.searchEdit, "high")
    qtbot.waitUntil(lambda: titles() == ["Uncovered high"])
    assert "Showing 1 of 3" in view.ui.countLabel.text()


def test_edit_switching_rows_asks_and_delete_confirms(
    qtbot: QtBot, window: MainWindow, db: Database, answer: Answer
) -> None:
    with db.sessions.begin() as session:
        need_store.save_need(session, need(title="First"))
        need_store.save_need(session, need(title="Second"))
    view = needs_view(window)
    view.reload()
    select_row(view, 0)
    title = view.editor.ui.titleEdit
    original = title.text()
    title.selectAll()
    type_text(title, "Renamed")
    asked = answer(QMessageBox.StandardButton.Save)
    select_row(view, 1)
    assert asked and "Renamed" in stored(db)
    assert original not in stored(db)
    answer(QMessageBox.StandardButton.Yes)
    doomed = view.editor.current_uuid
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    with db.sessions() as session:
        assert doomed not in need_store.load_needs(session)
    assert view.model.rowCount() == 1


def test_the_activity_editor_suggests_and_links_needs(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    with db.sessions.begin() as session:
        course = save_activity(session, activity(focus_areas=("marking",)))
        marking = need_store.save_need(
            session, need(title="Marking machines", focus_areas=("marking",))
        )
        need_store.save_need(
            session, need(title="Brokering law", focus_areas=("brokering_controls",))
        )
    view = window.activities
    view.reload()
    view.editor.load(course)
    label = view.editor.ui.needSuggestionsLabel
    assert label.isVisible() and "Marking machines" in label.text()
    assert "Brokering law" not in label.text()
    label.linkActivated.emit(marking)  # the user clicks the suggestion
    assert view.editor.ui.needsPick.keys() == (marking,)
    assert label.isHidden()  # nothing left to suggest
    qtbot.mouseClick(view.editor.ui.saveButton, Qt.MouseButton.LeftButton)
    with db.sessions() as session:
        assert need_store.get_need(session, marking).addressed_by == (course,)
    rows = {window.needs.model.index(r, 0).data(): r for r in range(window.needs.model.rowCount())}
    assert "Marking machines" in rows  # the Needs table shows the new link without a restart
    assert window.needs.model.index(rows["Marking machines"], 5).data() == activity().title
