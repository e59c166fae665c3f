"""A combo box of vocabulary terms, showing labels and returning codes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from attdesk.domain.vocabularies import vocabulary


class VocabularyCombo(QComboBox):
    """Single choice from a vocabulary, with an optional empty first entry."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._vocabulary_id = ""
        self._empty_text: str | None = None

    def configure(self, vocabulary_id: str, language: str, empty_text: str | None = None) -> None:
        """Fill with the terms of `vocabulary_id` labelled in `language`, keeping the choice."""
        current = self.code()
        self._vocabulary_id = vocabulary_id
        self._empty_text = empty_text
        self.blockSignals(True)
        self.clear()
        if empty_text is not None:
            self.addItem(empty_text, None)
        vocab = vocabulary(vocabulary_id)
        for term in vocab.terms:
            self.addItem(term.label(language), term.code)
            description = term.description(language)
            if description:
                self.setItemData(self.count() - 1, description, 3)  # Qt.ToolTipRole
        self.blockSignals(False)
        self.set_code(current)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else (0 if self._empty_text is not None else -1)
        self.setCurrentIndex(index)
