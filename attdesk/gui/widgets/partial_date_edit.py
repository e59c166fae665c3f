"""A date field that accepts a year, a month or a full date ("2015", "2015-06", "12/06/2015")."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLineEdit, QWidget

from attdesk.domain.partial_date import PartialDate, PartialDateError


class PartialDateEdit(QLineEdit):
    """Free text with a tolerant parser; normalises to ISO form when focus leaves."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("year, year-month or date"))
        self.setToolTip(self.tr("Write 2015, 2015-06, 2015-06-12 or 12/06/2015; empty if unknown."))
        self.setMaxLength(20)
        self.editingFinished.connect(self._normalise)

    def value(self) -> PartialDate | None:
        """The date typed, None if empty; raises PartialDateError if unreadable."""
        return PartialDate.parse_optional(self.text())

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(value.iso() if value else "")
        self._describe(value)

    def _normalise(self) -> None:
        try:
            value = self.value()
        except PartialDateError:
            return
        if value is not None and value.iso() != self.text():
            self.setText(value.iso())
        self._describe(value)

    def _describe(self, value: PartialDate | None) -> None:
        """Spell the date out in the tooltip, so "03/04/2015" can be checked at a glance."""
        if value is None:
            self.setToolTip(
                self.tr("Write 2015, 2015-06, 2015-06-12 or 12/06/2015; empty if unknown.")
            )
            return
        locale = QLocale()
        date = QDate(value.year, value.month or 1, value.day or 1)
        if value.day is not None:
            text = locale.toString(date, QLocale.FormatType.LongFormat)
        elif value.month is not None:
            text = locale.toString(date, "MMMM yyyy")
        else:
            text = str(value.year)
        self.setToolTip(text)
