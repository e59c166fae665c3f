"""Table model of the activities register, fast with 50,000 rows.

Rows come from an in-memory ActivityIndex (store.activity_queries); the model holds the
ids that pass the filter, in display order, and formats a cell only when the view paints
it. Saving one activity refreshes that one entry and updates, moves, inserts or removes
that one row, so the view keeps its scroll position and selection.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    RELEVANCE,
    vocabulary,
)
from attdesk.gui.context import AppContext
from attdesk.store import activity_queries as queries
from attdesk.store.activity_queries import (
    ActivityFilter,
    ActivityIndex,
    ActivityRow,
    Sort,
    SortColumn,
)

COLUMNS = (
    SortColumn.TITLE,
    SortColumn.DATES,
    SortColumn.FORMAT,
    SortColumn.RELEVANCE,
    SortColumn.TYPES,
    SortColumn.FOCUS_AREAS,
    SortColumn.IMPLEMENTERS,
)
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def format_dates(start: str | None, end: str | None) -> str:
    if start and end and start != end:
        return f"{start} – {end}"
    return start or end or "—"


class ActivityTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[int] = []
        self.activity_index = ActivityIndex()
        self._filter = ActivityFilter()
        self._sort = Sort(SortColumn.DATES, descending=True, language=ctx.language)
        self._headers = (
            self.tr("Title"),
            self.tr("Dates"),
            self.tr("Format"),
            self.tr("Relevance"),
            self.tr("Types"),
            self.tr("Focus areas"),
            self.tr("Implementers"),
        )

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            UUID_ROLE,
            ID_ROLE,
        ):
            return None
        activity_id = self._ids[index.row()]
        if role == ID_ROLE:
            return activity_id
        row = self._row(index.row())
        if row is None:
            return None
        if role == UUID_ROLE:
            return row.uuid
        text = self._text(row, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if len(text) > 30 else None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = Sort(COLUMNS[column], order == Qt.SortOrder.DescendingOrder, self.ctx.language)
        self.resort()

    # -- content -------------------------------------------------------------------------

    def _text(self, row: ActivityRow, column: SortColumn) -> str:
        language = self.ctx.language
        match column:
            case SortColumn.TITLE:
                return row.title
            case SortColumn.DATES:
                return format_dates(row.start_date, row.end_date)
            case SortColumn.FORMAT:
                return vocabulary(ACTIVITY_FORMAT).label(row.format, language) if row.format else ""
            case SortColumn.RELEVANCE:
                return vocabulary(RELEVANCE).label(row.relevance, language)
            case SortColumn.TYPES:
                return "; ".join(vocabulary(ASSISTANCE_TYPE).labels(row.types, language))
            case SortColumn.FOCUS_AREAS:
                return "; ".join(vocabulary(FOCUS_AREA).labels(row.focus_areas, language))
            case SortColumn.IMPLEMENTERS:
                return "; ".join(row.implementers)

    def _row(self, position: int) -> ActivityRow | None:
        return self.activity_index.rows.get(self._ids[position])

    @property
    def filter(self) -> ActivityFilter:
        return self._filter

    @property
    def total(self) -> int:
        """Live activities in the database, whatever the filter."""
        return len(self.activity_index)

    def set_filter(self, flt: ActivityFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._show(self.activity_index.matching(flt, self._sort))

    def _show(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def reload(self) -> None:
        """Re-read every activity (after an import, or at start)."""
        with self.ctx.sessions() as session:
            self.activity_index.load(session)
        self._show(self.activity_index.matching(self._filter, self._sort))

    def resort(self) -> None:
        self._show(self.activity_index.matching(self._filter, self._sort))

    def relabel(self) -> None:
        """The interface language changed: labels and label-based sort order change."""
        self._sort = Sort(self._sort.column, self._sort.descending, self.ctx.language)
        self.resort()

    def position(self, activity_id: int) -> int | None:
        try:
            return self._ids.index(activity_id)
        except ValueError:
            return None

    def activity_id(self, uuid: str) -> int | None:
        found = self.activity_index.id_of(uuid)
        if found is None:
            with self.ctx.sessions() as session:
                found = queries.activity_id(session, uuid)
        return found

    def refresh_one(self, activity_id: int) -> int | None:
        """One activity was saved or deleted: update just its row. Returns its new position
        (None if the filter now hides it or it was deleted)."""
        with self.ctx.sessions() as session:
            self.activity_index.refresh(session, [activity_id])
        new_ids = self.activity_index.matching(self._filter, self._sort)
        old = self.position(activity_id)
        new = new_ids.index(activity_id) if activity_id in new_ids else None
        if old is not None and new == old:
            self._ids = new_ids
            self.dataChanged.emit(self.index(old, 0), self.index(old, len(COLUMNS) - 1))
            return new
        if old is not None:
            self.beginRemoveRows(QModelIndex(), old, old)
            del self._ids[old]
            self.endRemoveRows()
        if new is not None:
            self.beginInsertRows(QModelIndex(), new, new)
            self._ids.insert(new, activity_id)
            self.endInsertRows()
        if self._ids != new_ids:  # something else changed too (another window): start over
            self._show(new_ids)
        return new
