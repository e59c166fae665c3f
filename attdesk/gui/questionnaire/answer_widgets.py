"""One editor widget per question type, generated from the definition.

Every editor has the same small interface: `value()` returns the answer in its stored JSON
form (see questionnaire.values), `set_value()` shows one, and the `edited` signal fires on
every change the user makes (never on set_value), so the page can save as the user works.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from attdesk.domain.partial_date import PartialDate, PartialDateError
from attdesk.gui.widgets.check_list import CheckItem, CheckList
from attdesk.gui.widgets.partial_date_edit import PartialDateEdit
from attdesk.questionnaire.definition import (
    YES_NO_LABELS,
    Column,
    Option,
    Question,
    localised,
)
from attdesk.questionnaire.values import REFERENCE_FIELDS


class AnswerEditor(QWidget):
    """Base of the editors; each subclass defines `value()` and `set_value()` for its type
    (`editor_for` only ever builds the subclasses)."""

    edited = Signal()

    def focus_target(self) -> QWidget:
        return self


def _quiet(widget: QWidget) -> Any:
    """Context for set_value: no `edited` while the program fills the widget."""

    class Blocker:
        def __enter__(self) -> None:
            widget.blockSignals(True)

        def __exit__(self, *_args: object) -> None:
            widget.blockSignals(False)

    return Blocker()


class YesNoEditor(AnswerEditor):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        for code in question.answers:
            button = QRadioButton(localised(YES_NO_LABELS[code], language), self)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove this answer"))
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.edited.emit()

    def _clear(self) -> None:
        if self.value() is not None:
            self.set_value(None)
            self.edited.emit()

    def value(self) -> Any:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, value: Any) -> None:
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for code, button in self.buttons.items():
            button.setChecked(code == value)
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def focus_target(self) -> QWidget:
        return next(iter(self.buttons.values()), self)


class ChoiceEditor(AnswerEditor):
    def __init__(self, options: tuple[Option, ...], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("— choose —"), None)
        for option in options:
            self.combo.addItem(option.text(language), option.code)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        with _quiet(self.combo):
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def focus_target(self) -> QWidget:
        return self.combo


class MultipleChoiceEditor(AnswerEditor):
    def __init__(self, options: tuple[Option, ...], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = CheckList(self)
        self.list.set_items(
            [CheckItem(o.code, o.text(language), None, "") for o in options],
            visible_rows=min(len(options), 8),
        )
        layout.addWidget(self.list)
        self.list.changed.connect(self.edited)

    def value(self) -> Any:
        return list(self.list.checked()) or None

    def set_value(self, value: Any) -> None:
        with _quiet(self.list):
            self.list.set_checked(value if isinstance(value, list) else [])

    def focus_target(self) -> QWidget:
        return self.list.view


class ShortTextEditor(AnswerEditor):
    def __init__(self, parent: QWidget | None = None, integer: bool = False):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.integer = integer
        if integer:
            self.edit.setValidator(QIntValidator(-(2**31), 2**31 - 1, self.edit))
            self.edit.setMaximumWidth(160)
            self.edit.setPlaceholderText(self.tr("a whole number"))
        layout.addWidget(self.edit, 1 if not integer else 0)
        if integer:
            layout.addStretch(1)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> Any:
        text = self.edit.text().strip()
        if self.integer:
            try:
                return int(text) if text else None
            except ValueError:
                return None
        return text or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


class LongTextEditor(AnswerEditor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(self.fontMetrics().height() * 5 + 12)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self._changed)
        self._filling = False

    def _changed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def value(self) -> Any:
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._filling = True
        try:
            if self.edit.toPlainText() != (value or ""):
                self.edit.setPlainText(value or "")
        finally:
            self._filling = False

    def focus_target(self) -> QWidget:
        return self.edit


class DateEditor(AnswerEditor):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = PartialDateEdit(self)
        self.edit.setMaximumWidth(220)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text).iso()
        except PartialDateError:
            return text  # kept as typed; the validation panel reports it as not a date

    def set_value(self, value: Any) -> None:
        self.edit.setText(value or "")

    def focus_target(self) -> QWidget:
        return self.edit


class _MultiCell(QToolButton):
    """A table cell for a multiple-choice column: a button with a menu of check boxes."""

    changed = Signal()

    def __init__(self, options: tuple[Option, ...], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.actions_by_code: dict[str, QAction] = {}
        for option in options:
            action = menu.addAction(option.text(language))
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self.actions_by_code[option.code] = action
        self.setMenu(menu)
        self._refresh()

    def _toggled(self, _checked: bool) -> None:
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        chosen = [a.text() for a in self.actions_by_code.values() if a.isChecked()]
        self.setText(", ".join(chosen) or self.tr("choose…"))

    def codes(self) -> list[str]:
        return [c for c, a in self.actions_by_code.items() if a.isChecked()]

    def set_codes(self, codes: list[str]) -> None:
        for code, action in self.actions_by_code.items():
            action.blockSignals(True)
            action.setChecked(code in codes)
            action.blockSignals(False)
        self._refresh()


class RowsEditor(AnswerEditor):
    """Rows of typed columns: repeating tables, and references to laws or documents."""

    def __init__(self, columns: tuple[Column, ...], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(
            [c.text(language) + (" *" if c.required else "") for c in columns]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setTabKeyNavigation(True)
        em = self.fontMetrics().averageCharWidth()
        for index, column in enumerate(columns):
            width = 26 if column.type in ("short_text", "long_text", "url") else 18
            self.table.setColumnWidth(index, width * em)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add Row"), self)
        self.remove_button = QPushButton(self.tr("Remove Row"), self)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.table.itemChanged.connect(lambda _item: self._emit())
        self._filling = False
        self._fit()

    def _emit(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _fit(self) -> None:
        """Tall enough for every row (up to a limit), header and scroll bar included."""
        rows = max(self.table.rowCount(), 1)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + scrollbar
            + 2 * self.table.frameWidth()
            + 2
        )
        self.table.setFixedHeight(min(height, 400))

    def _add_row(self, values: dict[str, Any] | None = None) -> None:
        values = values or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        for index, column in enumerate(self.columns):
            value = values.get(column.id)
            if column.type == "single_choice":
                combo = QComboBox(self.table)
                combo.addItem("", None)
                for option in column.options:
                    combo.addItem(option.text(self.language), option.code)
                combo.setCurrentIndex(max(0, combo.findData(value)))
                combo.currentIndexChanged.connect(lambda _i: self._emit())
                self.table.setCellWidget(row, index, combo)
            elif column.type == "multiple_choice":
                cell = _MultiCell(column.options, self.language, self.table)
                cell.set_codes(value if isinstance(value, list) else [])
                cell.changed.connect(self._emit)
                self.table.setCellWidget(row, index, cell)
            else:
                self.table.setItem(
                    row, index, QTableWidgetItem("" if value is None else str(value))
                )
        self._fit()

    def _add_clicked(self) -> None:
        self._add_row()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()
        self.edited.emit()

    def _remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._fit()
            self.edited.emit()

    def value(self) -> Any:
        rows = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for index, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, index)
                if isinstance(widget, QComboBox):
                    value: Any = widget.currentData()
                elif isinstance(widget, _MultiCell):
                    value = widget.codes() or None
                else:
                    item = self.table.item(row, index)
                    value = item.text().strip() if item else ""
                    # text that does not parse is kept as typed; validation reports it
                    if column.type == "integer" and value:
                        with suppress(ValueError):
                            value = int(value)
                    if column.type == "date" and value:
                        with suppress(PartialDateError):
                            value = PartialDate.parse(value).iso()
                if value not in (None, "", []):
                    values[column.id] = value
            if values:
                rows.append(values)
        return rows or None

    def set_value(self, value: Any) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for row in value if isinstance(value, list) else []:
                if isinstance(row, dict):
                    self._add_row(row)
            if self.table.rowCount() == 0:
                self._add_row()  # an empty row to type into; empty rows are not stored
            self._fit()
        finally:
            self._filling = False

    def focus_target(self) -> QWidget:
        return self.table


def reference_columns() -> tuple[Column, ...]:
    labels = {
        "title": {"en": "Title", "es": "Título", "pt": "Título", "fr": "Titre"},
        "number": {"en": "Number", "es": "Número", "pt": "Número", "fr": "Numéro"},
        "date": {"en": "Date", "es": "Fecha", "pt": "Data", "fr": "Date"},
        "link": {"en": "Link", "es": "Enlace", "pt": "Link", "fr": "Lien"},
    }
    kinds = {"title": "short_text", "number": "short_text", "date": "date", "link": "url"}
    return tuple(Column(f, kinds[f], labels[f], f == "title") for f in REFERENCE_FIELDS)


def editor_for(question: Question, language: str, parent: QWidget | None = None) -> AnswerEditor:
    match question.type:
        case "yes_no":
            return YesNoEditor(question, language, parent)
        case "single_choice":
            return ChoiceEditor(question.options, language, parent)
        case "multiple_choice":
            return MultipleChoiceEditor(question.options, language, parent)
        case "short_text":
            return ShortTextEditor(parent)
        case "integer":
            return ShortTextEditor(parent, integer=True)
        case "long_text":
            return LongTextEditor(parent)
        case "date":
            return DateEditor(parent)
        case "reference":
            return RowsEditor(reference_columns(), language, parent)
        case "table":
            return RowsEditor(question.columns, language, parent)
    raise ValueError(question.type)
