"""A table view that says what to do when it has no rows, instead of showing a blank grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget


class EmptyStateTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._hint = ""

    def set_empty_hint(self, text: str) -> None:
        self._hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0 and self._hint:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            rect = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._hint
            )
            painter.end()
