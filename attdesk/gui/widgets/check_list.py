"""A searchable multi-select list of vocabulary terms or states, with optional groups.

Items are checkable rows (Space toggles, as everywhere in Qt); a filter box above narrows
long lists, ignoring case and accents. Group headers (e.g. the three focus-area groups)
are shown as bold, non-checkable rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from attdesk.domain.text import fold

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
HEADER_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class CheckItem:
    code: str
    label: str
    group: str | None = None  # header text of the group this item belongs to
    tooltip: str = ""


class _FoldingFilter(QSortFilterProxyModel):
    """Shows rows whose folded label contains every folded word typed."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(HEADER_ROLE):
            return not self._words
        folded = index.data(FOLDED_ROLE) or ""
        return all(word in folded for word in self._words)


class CheckList(QWidget):
    """Multi-select list; `changed` fires whenever the set of checked codes changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._proxy = _FoldingFilter()
        self._proxy.setSourceModel(self._model)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.textChanged.connect(self._proxy.set_text)
        self.view = QListView(self)
        self.view.setModel(self._proxy)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkListSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        self._visible_rows = 6
        self._model.itemChanged.connect(self._item_changed)
        self._update_summary()

    def set_items(self, items: Sequence[CheckItem], visible_rows: int = 6) -> None:
        """Replace the items, keeping the checked codes that still exist."""
        keep = set(self.checked())
        self._model.blockSignals(True)
        self._model.clear()
        current_group: str | None = None
        for item in items:
            if item.group and item.group != current_group:
                header = QStandardItem(item.group)
                font = QFont()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                header.setData(True, HEADER_ROLE)
                self._model.appendRow(header)
            current_group = item.group
            row = QStandardItem(item.label)
            row.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            row.setData(item.code, CODE_ROLE)
            row.setData(fold(f"{item.label} {item.code}"), FOLDED_ROLE)
            row.setCheckState(
                Qt.CheckState.Checked if item.code in keep else Qt.CheckState.Unchecked
            )
            if item.tooltip:
                row.setToolTip(item.tooltip)
            self._model.appendRow(row)
        self._model.blockSignals(False)
        self._proxy.invalidate()
        count = len(items)
        self.filter.setVisible(count > 8)
        self._visible_rows = min(visible_rows, count + len({i.group for i in items if i.group}))
        self._fit_height()
        self._update_summary()

    def _fit_height(self) -> None:
        row = self.view.sizeHintForRow(0) if self._model.rowCount() else 20
        frame = 2 * self.view.frameWidth()
        self.view.setFixedHeight(max(row, 18) * max(self._visible_rows, 1) + frame + 2)

    def _items(self) -> Iterable[QStandardItem]:
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item is not None and not item.data(HEADER_ROLE):
                yield item

    def checked(self) -> tuple[str, ...]:
        """Checked codes, in list order."""
        return tuple(
            str(item.data(CODE_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, codes: Iterable[str]) -> None:
        wanted = set(codes)
        self._model.blockSignals(True)
        for item in self._items():
            state = (
                Qt.CheckState.Checked if item.data(CODE_ROLE) in wanted else Qt.CheckState.Unchecked
            )
            item.setCheckState(state)
        self._model.blockSignals(False)
        self.view.viewport().update()
        self._update_summary()
        self.changed.emit()

    def _item_changed(self, _item: QStandardItem) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        labels = [str(i.text()) for i in self._items() if i.checkState() == Qt.CheckState.Checked]
        if not labels:
            self.summary.setText(self.tr("None selected"))
        else:
            self.summary.setText(self.tr("%n selected: ", "", len(labels)) + ", ".join(labels))
        self.summary.setToolTip("\n".join(labels))
        self.summary.setWordWrap(True)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self._fit_height()
