"""The needs table: every live need as a summary row, filtered and sorted in memory (a
state records hundreds of needs at most)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from attdesk.domain.text import fold
from attdesk.domain.vocabularies import FOCUS_AREA, NEED_PRIORITY, NEED_STATUS, vocabulary
from attdesk.gui.context import AppContext
from attdesk.store.needs import NeedRow, need_rows

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class NeedFilter:
    text: str = ""
    status: str | None = None  # a status code, or "unmet" for every unmet status
    priority: str | None = None
    focus_area: str | None = None
    uncovered: bool = False  # only needs no activity addressed

    def accepts(self, row: NeedRow) -> bool:
        words = fold(self.text).split()
        if not all(word in row.search_text for word in words):
            return False
        if self.status == "unmet":
            if not row.unmet:
                return False
        elif self.status and row.status != self.status:
            return False
        if self.priority and row.priority != self.priority:
            return False
        if self.focus_area and self.focus_area not in row.focus_areas:
            return False
        return not (self.uncovered and row.addressed_by)


class NeedTableModel(QAbstractTableModel):
    TITLE, IDENTIFIED, PRIORITY, STATUS, FOCUS, ADDRESSED = range(6)

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._all: list[NeedRow] = []
        self._rows: list[NeedRow] = []
        self._filter = NeedFilter()
        self._sort: tuple[int, bool] = (self.IDENTIFIED, True)

    def _headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Identified"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Focus areas"),
            self.tr("Addressed by"),
        ]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def _text(self, row: NeedRow, column: int) -> str:
        language = self.ctx.language
        match column:
            case self.TITLE:
                return row.title
            case self.IDENTIFIED:
                return row.date_identified or ""
            case self.PRIORITY:
                return vocabulary(NEED_PRIORITY).label(row.priority, language)
            case self.STATUS:
                return vocabulary(NEED_STATUS).label(row.status, language)
            case self.FOCUS:
                return "; ".join(vocabulary(FOCUS_AREA).labels(row.focus_areas, language))
            case _:
                if not row.addressed_by:
                    return self.tr("— none yet —")
                return "; ".join(row.addressed_by)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == UUID_ROLE:
            return row.uuid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.ADDRESSED
            and not row.addressed_by
        ):
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._show()

    def _key(self) -> Callable[[NeedRow], Any]:
        column = self._sort[0]
        if column == self.PRIORITY:
            return lambda row: vocabulary(NEED_PRIORITY).position(row.priority)
        if column == self.STATUS:
            return lambda row: vocabulary(NEED_STATUS).position(row.status)
        if column == self.IDENTIFIED:
            return lambda row: row.date_identified or ""
        if column == self.ADDRESSED:
            return lambda row: len(row.addressed_by)
        return lambda row: fold(self._text(row, column))

    def _show(self) -> None:
        self.beginResetModel()
        rows = [row for row in self._all if self._filter.accepts(row)]
        rows.sort(key=lambda row: fold(row.title))
        rows.sort(key=self._key(), reverse=self._sort[1])
        self._rows = rows
        self.endResetModel()

    def reload(self) -> None:
        with self.ctx.sessions() as session:
            self._all = need_rows(session)
        self._show()

    def set_filter(self, flt: NeedFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._show()

    @property
    def filter(self) -> NeedFilter:
        return self._filter

    @property
    def total(self) -> int:
        return len(self._all)

    def position(self, uuid: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.uuid == uuid:
                return position
        return None

    def relabel(self) -> None:
        self._show()
