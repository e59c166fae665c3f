"""Fixtures for tests that drive the real widgets on a real database."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from attdesk.gui.activities.view import ActivitiesView
from attdesk.gui.context import AppContext
from attdesk.gui.main_window import MainWindow
from attdesk.store.database import Database


@pytest.fixture
def ctx(qapp: QApplication, db: Database) -> AppContext:
    return AppContext(db)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    main = MainWindow(ctx)

    # Tests leave unsaved edits behind; let the window close without asking about them.
    def forget_edits(window: MainWindow) -> None:
        window.activities.editor._mark_clean()
        window.needs.editor._mark_clean()

    qtbot.addWidget(main, before_close_func=forget_edits)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.fixture
def view(window: MainWindow) -> ActivitiesView:
    return window.activities


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[QMessageBox.StandardButton], list[str]]:
    """Make QMessageBox.question answer `button`; returns the questions asked."""

    def set_answer(button: QMessageBox.StandardButton) -> list[str]:
        asked: list[str] = []

        def question(
            parent: QWidget, title: str, text: str, *args: object
        ) -> QMessageBox.StandardButton:
            asked.append(text)
            return button

        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
        return asked

    return set_answer


def when_modal(kind: type[QWidget], act: Callable[[QWidget], None]) -> QTimer:
    """Run `act` on the first modal dialog of type `kind` once it is open (dialogs started
    with exec() block the test until they close, so the test prepares the reply first)."""
    timer = QTimer()
    timer.setInterval(30)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            timer.stop()
            act(widget)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as key events, accents included (QTest.keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
