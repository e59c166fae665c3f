"""An ordered list of picked records (organisations, related activities) with a search box.

Typing offers matches in a completer; Enter adds the match, or, when the source allows it,
offers to create a new record from the typed text. Rows can be reordered by dragging and
removed with Delete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PickSource(Protocol):
    """Where a PickList finds records. Keys are UUIDs; displays are what the user reads."""

    def suggestions(self, text: str) -> Sequence[tuple[str, str]]:
        """(key, display) pairs matching `text`, best first."""
        ...

    def display(self, key: str) -> str: ...

    def create(self, text: str, parent: QWidget) -> str | None:
        """Ask the user to create a record from `text`; its key, or None if declined."""
        ...


class _Input(QLineEdit):
    """Line edit that reports Enter even when the completer popup is open."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            completer = self.completer()
            if completer is not None and completer.popup().isVisible():
                index = completer.popup().currentIndex()
                if index.isValid():
                    self.setText(str(index.data()))
                completer.popup().hide()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class PickList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._source: PickSource | None = None
        self._offers: dict[str, str] = {}  # display -> key, for the current suggestions
        self._single = False
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # long organisation names are elided; the full name is in the tooltip
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.model().rowsMoved.connect(self.changed)
        self.input = _Input(self)
        self.input.setClearButtonEnabled(True)
        self._completion = QStringListModel(self)
        completer = QCompleter(self._completion, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._completed)
        self.input.setCompleter(completer)
        self.input.textEdited.connect(self._refresh_suggestions)
        self.input.entered.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.set_visible_rows(3)

    def set_source(self, source: PickSource, placeholder: str) -> None:
        self._source = source
        self.input.setPlaceholderText(placeholder)

    def set_visible_rows(self, rows: int) -> None:
        height = self.list.fontMetrics().height() + 6
        self.list.setFixedHeight(height * rows + 2 * self.list.frameWidth())

    def keys(self) -> tuple[str, ...]:
        return tuple(str(self.list.item(row).data(KEY_ROLE)) for row in range(self.list.count()))

    def set_keys(self, keys: Iterable[str]) -> None:
        self.list.clear()
        for key in keys:
            self._append(key)
        self.changed.emit()

    def refresh_displays(self) -> None:
        """Re-read display texts (after a rename or a language change)."""
        if self._source is None:
            return
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(self._source.display(str(item.data(KEY_ROLE))))

    def _append(self, key: str) -> None:
        display = self._source.display(key) if self._source else key
        item = QListWidgetItem(display)
        item.setToolTip(display)
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.list.addItem(item)

    def _refresh_suggestions(self, text: str) -> None:
        if self._source is None:
            return
        offers = self._source.suggestions(text) if text.strip() else []
        self._offers = {display: key for key, display in offers}
        self._completion.setStringList([display for _key, display in offers])

    def _completed(self, display: str) -> None:
        key = self._offers.get(display)
        if key is not None:
            self._add(key)

    def add_typed(self) -> None:
        """Add what is typed: an offered match, or a new record if the source creates one."""
        text = self.input.text().strip()
        if not text or self._source is None:
            return
        key = self._offers.get(text)
        if key is None:
            self._refresh_suggestions(text)
            matches = list(self._offers.items())
            exact = [k for display, k in matches if display.casefold() == text.casefold()]
            key = exact[0] if exact else (matches[0][1] if len(matches) == 1 else None)
        if key is None:
            key = self._source.create(text, self)
        if key is not None:
            self._add(key)

    def set_single(self, single: bool) -> None:
        """Hold at most one key: adding another replaces it (a preferred partner)."""
        self._single = single

    def _add(self, key: str) -> None:
        if key not in self.keys():
            if self._single:
                self.list.clear()
            self._append(key)
            self.changed.emit()
        self.input.clear()
        self._offers = {}

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()
