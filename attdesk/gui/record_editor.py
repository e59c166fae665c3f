"""What the activity and need editors share: knowing about unsaved changes.

An editor is dirty when its widgets' state differs from the state last loaded or saved,
so typing a change and typing it back is not "unsaved". Subclasses give the state
(`_state`), the texts that name their kind of record, and load/new/save.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

EMPTY_PAGE = 0
FORM_PAGE = 1


class RecordEditor(QWidget):
    """Signals: `saved(uuid, created)` after a successful save, `dirtyChanged(bool)`.

    Subclasses have a form (`self.ui`) with `stack`, `headingLabel`, `titleEdit`,
    `saveButton` and `revertButton`, and define `_state()` (everything the user can change,
    as comparable values), `_texts()` (translated texts naming their kind of record: keys
    none, new, untitled, unsaved), `load(uuid)`, `new()` and `save()`.
    """

    saved = Signal(str, bool)
    dirtyChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._uuid: str | None = None
        self._editing = False
        self._clean_state: tuple[object, ...] = ()
        self._dirty = False
        self._loading = False

    # -- shared -------------------------------------------------------------------------------

    @property
    def current_uuid(self) -> str | None:
        """The record being edited; None for a new one or when nothing is shown."""
        return self._uuid if self._editing else None

    @property
    def editing(self) -> bool:
        return self._editing

    def is_dirty(self) -> bool:
        return self._editing and self._dirty

    def _on_edited(self, *_args: object) -> None:
        if self._loading or not self._editing:
            return
        dirty = self._state() != self._clean_state
        if dirty != self._dirty:
            self._dirty = dirty
            self._update_heading()
            self.dirtyChanged.emit(dirty)
        self.ui.saveButton.setEnabled(dirty or self._uuid is None)
        self.ui.revertButton.setEnabled(dirty)

    def _mark_clean(self) -> None:
        self._clean_state = self._state()
        was_dirty, self._dirty = self._dirty, False
        self.ui.saveButton.setEnabled(self._uuid is None)
        self.ui.revertButton.setEnabled(False)
        self._update_heading()
        if was_dirty:
            self.dirtyChanged.emit(False)

    def _update_heading(self) -> None:
        texts = self._texts()
        title = self.ui.titleEdit.text().strip()
        if not self._editing:
            text = texts["none"]
        elif self._uuid is None:
            text = texts["new"] + (f": {title}" if title else "")
        else:
            text = title or texts["untitled"]
        if self.is_dirty():
            text += "  " + self.tr("(unsaved changes)")
        self.ui.headingLabel.setText(text)

    def show_empty(self) -> None:
        """Show the hint page: nothing selected."""
        self._editing = False
        self._uuid = None
        self._dirty = False
        self.ui.stack.setCurrentIndex(EMPTY_PAGE)
        self.ui.saveButton.setEnabled(False)
        self.ui.revertButton.setEnabled(False)
        self._update_heading()

    def revert(self) -> None:
        """Throw away unsaved changes."""
        if self._uuid is not None:
            self.load(self._uuid)
        elif self._editing:
            self.new()

    def maybe_save(self) -> bool:
        """Before leaving this record: True if it is safe to go on (saved or discarded)."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self._texts()["unsaved"],
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() is not None
        if answer == QMessageBox.StandardButton.Discard:
            self._mark_clean()
            return True
        return False
