"""Horizontal bars for a figure that counts something: easier to compare than numbers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_LIMIT = 15


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[tuple[str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Bar chart")

    def set_bars(self, bars: Sequence[tuple[str, float]]) -> None:
        """The largest values first, at most BAR_LIMIT of them."""
        self._bars = sorted(bars, key=lambda b: -b[1])[:BAR_LIMIT]
        line = self.fontMetrics().height() + 6
        self.setFixedHeight(line * len(self._bars) + 8 if self._bars else 0)
        self.setVisible(bool(self._bars))
        self.update()

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height() + 6
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _v in self._bars) + 12,
            self.width() // 3,
        )
        value_width = metrics.horizontalAdvance("00000") + 8
        room = max(self.width() - label_width - value_width - 8, 10)
        top = max(v for _l, v in self._bars) or 1
        bar_color = self.palette().color(self.palette().ColorRole.Highlight)
        for index, (label, value) in enumerate(self._bars):
            y = 4 + index * line
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.setPen(self.palette().color(self.palette().ColorRole.Text))
            painter.drawText(
                QRectF(0, y, label_width - 8, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            width = room * value / top
            painter.fillRect(QRectF(label_width, y + 3, width, line - 6), QColor(bar_color))
            painter.drawText(QRectF(label_width + width + 4, y, value_width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{value:g}")  # fmt: skip
        painter.end()
