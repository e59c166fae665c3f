"""The Activities section driven through its real widgets, checked against the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from attdesk.demo import fill_demo
from attdesk.gui.activities.table_model import UUID_ROLE
from attdesk.gui.activities.view import ActivitiesView
from attdesk.gui.main_window import MainWindow
from attdesk.gui.organisation_dialog import OrganisationDialog
from attdesk.gui.widgets.check_list import CODE_ROLE, CheckList
from attdesk.gui.widgets.pick_list import PickList
from attdesk.store import activity_queries as queries
from attdesk.store.activities import count_activities, load_activities, save_activities
from attdesk.store.database import Database
from attdesk.store.organisations import find_organisation
from tests.factories import UNLIREC, activity
from tests.gui.conftest import type_text, when_modal

Answer = Callable[[QMessageBox.StandardButton], list[str]]


def check(qtbot: QtBot, checklist: CheckList, code: str) -> None:
    """Tick an item the way a keyboard user does: move to it, press Space."""
    model = checklist.view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(CODE_ROLE) == code:
            checklist.view.setFocus()
            checklist.view.setCurrentIndex(index)
            qtbot.keyClick(checklist.view, Qt.Key.Key_Space)
            return
    raise AssertionError(f"{code} not in list")


def pick(qtbot: QtBot, picker: PickList, text: str) -> None:
    picker.input.setFocus()
    type_text(picker.input, text)
    qtbot.keyClick(picker.input, Qt.Key.Key_Return)


def add_activities(db: Database, view: ActivitiesView, count: int = 20) -> None:
    with db.sessions.begin() as session:
        fill_demo(session, "PAN", generated=count)
    view.reload()


def select_row(view: ActivitiesView, row: int) -> str:
    index = view.model.index(row, 0)
    view.table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    return str(index.data(UUID_ROLE))


def test_an_empty_register_says_how_to_start(view: ActivitiesView) -> None:
    assert view.model.rowCount() == 0
    assert "No activities yet" in view.table._hint
    assert view.ui.countLabel.text() == "0 activities"
    assert not view.ui.deleteButton.isEnabled()


def test_create_an_activity_by_typing_and_clicking(
    qtbot: QtBot, view: ActivitiesView, db: Database
) -> None:
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor.ui.partnersList.checked() == ("PAN",)  # the user's own state by default
    type_text(editor.ui.titleEdit, "Taller nacional sobre intermediación")
    type_text(editor.ui.descriptionEdit, "Revisión del proyecto de ley.")
    editor.ui.relevanceCombo.setCurrentIndex(editor.ui.relevanceCombo.findData("att_focused"))
    qtbot.keyClicks(editor.ui.startDateEdit, "12/06/2015")
    qtbot.keyClicks(editor.ui.endDateEdit, "2015-06-14")
    check(qtbot, editor.ui.typesList, "legal_legislative")
    check(qtbot, editor.ui.focusList, "brokering_controls")
    check(qtbot, editor.ui.partnersList, "CRI")
    pick(qtbot, editor.ui.implementersPick, "UNLIREC")
    qtbot.keyClicks(editor.ui.amountEdit, "12.500,50")
    editor.ui.currencyCombo.setCurrentIndex(editor.ui.currencyCombo.findData("USD"))
    qtbot.keyClicks(editor.ui.websitesEdit, "https://www.unlirec.org/")
    assert editor.is_dirty()
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)

    with db.sessions() as session:
        (saved,) = load_activities(session).values()
    assert saved.title == "Taller nacional sobre intermediación"
    assert (str(saved.start_date), str(saved.end_date)) == ("2015-06-12", "2015-06-14")
    assert saved.types == ("legal_legislative",)
    assert saved.focus_areas == ("brokering_controls",)
    assert saved.partner_states == ("CRI", "PAN")
    assert saved.implementers == (UNLIREC,)
    assert str(saved.budget_amount) == "12500.50" and saved.budget_currency == "USD"
    assert saved.websites == ("https://www.unlirec.org/",)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == saved.title
    assert view.table.currentIndex().row() == 0
    assert not editor.is_dirty()
    assert view.ui.countLabel.text() == "1 activities" or "1" in view.ui.countLabel.text()


def test_validation_messages_appear_next_to_the_fields(
    qtbot: QtBot, view: ActivitiesView, db: Database
) -> None:
    view.new_activity()
    editor = view.editor
    editor.ui.partnersList.set_checked([])
    qtbot.keyClicks(editor.ui.startDateEdit, "2016")
    qtbot.keyClicks(editor.ui.endDateEdit, "2015-12")
    qtbot.keyClicks(editor.ui.websitesEdit, "www.no-scheme.org")
    qtbot.keyClicks(editor.ui.amountEdit, "-5")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)

    def message(field: str) -> str:
        label = editor.errors.label(field)
        return label.text() if label.isVisible() else ""

    assert message("title") == "This field is required."
    assert message("relevance") == "This field is required."
    assert message("types") == "Choose at least one."
    assert message("partner_states") == "Choose at least one."
    assert message("implementers") == "Choose at least one."
    assert message("end_date") == "The end date is before the start date."
    assert "Not a web address: www.no-scheme.org" in message("websites")
    assert "The amount cannot be negative." in message("budget_amount")
    assert message("place") == ""
    assert editor.ui.titleEdit.hasFocus()  # the first field to fix
    with db.sessions() as session:
        assert count_activities(session) == 0
    # Fixing the date clears its message on the next save attempt.
    editor.ui.endDateEdit.clear()
    qtbot.keyClicks(editor.ui.endDateEdit, "30/02/2016")
    qtbot.mouseClick(editor.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "Not a date" in message("end_date")


def test_edit_an_activity_and_the_row_follows(
    qtbot: QtBot, window: MainWindow, view: ActivitiesView, db: Database
) -> None:
    add_activities(db, view, 5)
    window.activateWindow()
    uuid = select_row(view, 2)
    editor = view.editor
    assert editor.current_uuid == uuid
    editor.ui.titleEdit.selectAll()
    qtbot.keyClicks(editor.ui.titleEdit, "Renamed activity")
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with db.sessions() as session:
        assert load_activities(session, [uuid])[uuid].title == "Renamed activity"
    row = view.table.currentIndex().row()
    assert view.model.index(row, 0).data() == "Renamed activity"
    assert view.model.index(row, 0).data(UUID_ROLE) == uuid


def test_search_and_filters_narrow_the_table_and_the_count(
    qtbot: QtBot, view: ActivitiesView, db: Database
) -> None:
    add_activities(db, view, 40)
    total = view.model.rowCount()
    qtbot.keyClicks(view.ui.searchEdit, "MARKING")
    qtbot.waitUntil(lambda: view.model.rowCount() < total)
    expected = view.model.activity_index.matching(
        queries.ActivityFilter(text="marking"), queries.Sort()
    )
    assert view.model.rowCount() == len(expected) > 0
    assert view.ui.countLabel.text() == f"Showing {len(expected)} of {total} activities"
    view.ui.searchEdit.clear()
    view.apply_filters()
    view.ui.typeFilter.setCurrentIndex(view.ui.typeFilter.findData("legal_legislative"))
    view.ui.relevanceFilter.setCurrentIndex(view.ui.relevanceFilter.findData("att_focused"))
    flt = queries.ActivityFilter(assistance_type="legal_legislative", relevance="att_focused")
    expected_ids = view.model.activity_index.matching(flt, queries.Sort())
    assert view.model.rowCount() == len(expected_ids)
    assert all("legal_legislative" in view.model.activity_index.rows[i].types for i in expected_ids)
    view.ui.yearFromSpin.setValue(2015)
    view.ui.yearToSpin.setValue(2016)
    assert view.model.filter.year_from == 2015
    qtbot.mouseClick(view.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == total
    assert view.ui.countLabel.text() == f"{total} activities"


def test_sorting_by_clicking_a_header(qtbot: QtBot, view: ActivitiesView, db: Database) -> None:
    add_activities(db, view, 10)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)


def test_delete_asks_then_undo_restores(
    qtbot: QtBot, window: MainWindow, view: ActivitiesView, db: Database, answer: Answer
) -> None:
    add_activities(db, view, 3)
    before = view.model.rowCount()
    uuid = select_row(view, 0)
    asked = answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and view.model.rowCount() == before
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    with db.sessions() as session:
        assert uuid not in load_activities(session)
    assert view.model.rowCount() == before - 1
    assert window.ui.actionUndoDelete.isEnabled()
    window.ui.actionUndoDelete.trigger()
    with db.sessions() as session:
        assert uuid in load_activities(session)
    assert view.model.rowCount() == before
    assert view.editor.current_uuid == uuid


def test_switching_rows_with_unsaved_changes_asks(
    qtbot: QtBot, view: ActivitiesView, db: Database, answer: Answer
) -> None:
    add_activities(db, view, 3)
    first = select_row(view, 0)
    qtbot.keyClicks(view.editor.ui.titleEdit, " (edited)")
    asked = answer(QMessageBox.StandardButton.Cancel)
    select_row(view, 1)
    assert asked and view.editor.current_uuid == first and view.editor.is_dirty()
    assert view.table.currentIndex().data(UUID_ROLE) == first
    answer(QMessageBox.StandardButton.Discard)
    second = select_row(view, 1)
    assert view.editor.current_uuid == second and not view.editor.is_dirty()
    with db.sessions() as session:
        assert not load_activities(session, [first])[first].title.endswith("(edited)")
    # Typing a change and typing it back is not a change.
    view.editor.ui.placeEdit.setText(view.editor.ui.placeEdit.text() + "x")
    assert view.editor.is_dirty()
    view.editor.ui.placeEdit.setText(view.editor.ui.placeEdit.text()[:-1])
    assert not view.editor.is_dirty()


def test_save_when_asked_keeps_the_change(
    qtbot: QtBot, view: ActivitiesView, db: Database, answer: Answer
) -> None:
    add_activities(db, view, 3)
    first = select_row(view, 0)
    view.editor.ui.titleEdit.setText("Saved on the way out")
    answer(QMessageBox.StandardButton.Save)
    select_row(view, 2)
    with db.sessions() as session:
        assert load_activities(session, [first])[first].title == "Saved on the way out"


def test_duplicate_as_a_template(qtbot: QtBot, view: ActivitiesView, db: Database) -> None:
    with db.sessions.begin() as session:
        save_activities(session, [activity(title="Regional workshop")])
    view.reload()
    original = select_row(view, 0)
    qtbot.mouseClick(view.ui.duplicateButton, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor.current_uuid is None
    assert editor.ui.titleEdit.text() == "Regional workshop (copy)"
    assert editor.is_dirty()
    editor.save()
    with db.sessions() as session:
        activities = load_activities(session)
    assert len(activities) == 2
    copy = next(a for uuid, a in activities.items() if uuid != original)
    assert copy.focus_areas == activities[original].focus_areas


def test_an_unknown_organisation_is_created_while_typing(
    qtbot: QtBot, view: ActivitiesView, db: Database
) -> None:
    view.new_activity()

    def fill(dialog: OrganisationDialog) -> None:  # type: ignore[type-arg]
        assert dialog.ui.nameEdit.text() == "Fundación Nueva"
        dialog.ui.acronymEdit.setText("FN")
        dialog.ui.kindCombo.set_code("ngo")
        dialog.save()

    timer = when_modal(OrganisationDialog, fill)  # type: ignore[arg-type]
    pick(qtbot, view.editor.ui.implementersPick, "Fundación Nueva")
    timer.stop()
    with db.sessions() as session:
        created = find_organisation(session, "FN")
    assert created is not None and created.kind == "ngo"
    assert view.editor.ui.implementersPick.keys() == (created.uuid,)


def test_closing_the_window_with_unsaved_changes_asks(
    qtbot: QtBot, window: MainWindow, view: ActivitiesView, answer: Answer
) -> None:
    view.new_activity()
    qtbot.keyClicks(view.editor.ui.titleEdit, "Unsaved")
    asked = answer(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert asked and window.isVisible()
    assert window.isWindowModified()


def test_table_model_passes_qt_model_checks(
    qtmodeltester, view: ActivitiesView, db: Database
) -> None:  # type: ignore[no-untyped-def]
    add_activities(db, view, 12)
    qtmodeltester.check(view.model, force_py=True)
    view.ui.searchEdit.setText("workshop")
    view.apply_filters()
    qtmodeltester.check(view.model, force_py=True)
