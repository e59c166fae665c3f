"""An editable combo box of states: pick from the list or type a name in any language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from attdesk.domain.countries import Country, countries


class CountryCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def configure(
        self, choices: Sequence[Country], language: str, empty_text: str | None = None
    ) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if empty_text is not None:
            self.addItem(empty_text, None)
        for country in sorted(choices, key=lambda c: c.name(language)):
            self.addItem(country.name(language), country.code)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str | None:
        """The chosen state's ISO3 code; typed text is resolved in any language."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            data = self.itemData(index)
            return str(data) if data else None
        return countries().resolve(text) if text else None

    def typed_text(self) -> str:
        return self.currentText().strip()

    def unknown_text(self) -> bool:
        """True when the typed text names no state (and is not the empty choice)."""
        text = self.typed_text()
        empty = self.count() > 0 and self.itemData(0) is None and self.itemText(0) == text
        return bool(text) and not empty and self.code() is None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index < 0 and not code and self.count() and self.itemData(0) is None:
            index = 0
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
