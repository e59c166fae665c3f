"""Validation messages next to the field they belong to.

Given a form layout and the widget of each field, inserts a hidden red label under each
field; `show(issues)` fills the ones that have findings and focuses the first bad field.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from attdesk.domain.issues import FieldIssue, issues_by_field
from attdesk.gui.translation import issue_text

ERROR_STYLE = "color: white; background: #b3261e; border-radius: 3px; padding: 2px 6px;"


class FieldErrors:
    def __init__(self, form: QFormLayout, widgets: Mapping[str, QWidget]):
        self._widgets = dict(widgets)
        self._labels: dict[str, QLabel] = {}
        for name, widget in widgets.items():
            row, _role = form.getWidgetPosition(widget)
            if row < 0:
                raise ValueError(f"{name} is not in the form")
            label = QLabel(widget.parentWidget())
            label.setObjectName(f"{name}_error")
            label.setWordWrap(True)
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
            form.insertRow(row + 1, "", label)
            self._labels[name] = label

    def label(self, field: str) -> QLabel:
        return self._labels[field]

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, issues: Iterable[FieldIssue], focus: bool = True) -> list[FieldIssue]:
        """Show findings next to their fields; returns those with no field on this form."""
        self.clear()
        unplaced: list[FieldIssue] = []
        first: QWidget | None = None
        for field, found in issues_by_field(issues).items():
            label = self._labels.get(field)
            if label is None:
                unplaced += found
                continue
            label.setText("\n".join(issue_text(issue) for issue in found))
            label.show()
            if first is None:
                first = self._widgets[field]
        if focus and first is not None:
            first.setFocus()
        return unplaced

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self._labels.values())
