"""The Needs section: the table of needs with search and filters beside the need editor."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from attdesk.domain.vocabularies import FOCUS_AREA, NEED_PRIORITY, NEED_STATUS, vocabulary
from attdesk.errors import NotFoundError
from attdesk.gui.activities.sources import OrganisationSource
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.forms.ui_needs_view import Ui_NeedsView
from attdesk.gui.needs.editor import NeedEditor
from attdesk.gui.needs.table_model import UUID_ROLE, NeedFilter, NeedTableModel
from attdesk.store import needs as need_store

SEARCH_DELAY_MS = 150


class NeedsView(QWidget):
    """Signals `message(str)` for the status bar."""

    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_NeedsView()
        self.ui.setupUi(self)
        self.organisations = OrganisationSource(ctx)
        self.editor: NeedEditor = self.ui.editor
        self.editor.setup(ctx, self.organisations)
        self.model = NeedTableModel(ctx, self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self._restoring = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        for combo in (self.ui.statusFilter, self.ui.priorityFilter, self.ui.focusFilter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.uncoveredCheck.toggled.connect(self.apply_filters)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self.ui.newButton.clicked.connect(self.new_need)
        self.ui.deleteButton.clicked.connect(self.delete_need)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.editor.saved.connect(self._saved)
        self.editor.dirtyChanged.connect(lambda _dirty: self._update_buttons())
        ctx.languageChanged.connect(lambda _language: self.relabel())
        ctx.activitiesReloaded.connect(self.reload)

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(
            NeedTableModel.IDENTIFIED, header.sortIndicatorOrder().DescendingOrder
        )
        header.setSortIndicatorShown(True)
        em = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((40 * em, 12 * em, 11 * em, 14 * em, 30 * em, 30 * em)):
            self.table.setColumnWidth(column, width)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([700, 560])
        self._fill_filter_choices()
        self.model.reload()
        self._update_buttons()

    # -- filters -------------------------------------------------------------------------

    def _fill_filter_choices(self) -> None:
        language = self.ctx.language
        ui = self.ui
        for combo in (ui.statusFilter, ui.priorityFilter, ui.focusFilter):
            combo.blockSignals(True)
        current = (ui.statusFilter.currentData(), ui.priorityFilter.currentData(),
                   ui.focusFilter.currentData())  # fmt: skip
        ui.statusFilter.clear()
        ui.statusFilter.addItem(self.tr("Any status"), None)
        ui.statusFilter.addItem(self.tr("Not yet met (open, in discussion, partly met)"), "unmet")
        for term in vocabulary(NEED_STATUS).terms:
            ui.statusFilter.addItem(term.label(language), term.code)
        ui.priorityFilter.clear()
        ui.priorityFilter.addItem(self.tr("Any priority"), None)
        for term in vocabulary(NEED_PRIORITY).terms:
            ui.priorityFilter.addItem(term.label(language), term.code)
        ui.focusFilter.clear()
        ui.focusFilter.addItem(self.tr("All focus areas"), None)
        for term in vocabulary(FOCUS_AREA).terms:
            ui.focusFilter.addItem(term.label(language), term.code)
        for combo, value in zip(
            (ui.statusFilter, ui.priorityFilter, ui.focusFilter), current, strict=True
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def current_filter(self) -> NeedFilter:
        ui = self.ui
        return NeedFilter(
            text=ui.searchEdit.text(),
            status=ui.statusFilter.currentData(),
            priority=ui.priorityFilter.currentData(),
            focus_area=ui.focusFilter.currentData(),
            uncovered=ui.uncoveredCheck.isChecked(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        ui = self.ui
        for widget in (ui.searchEdit, ui.statusFilter, ui.priorityFilter, ui.focusFilter,
                       ui.uncoveredCheck):  # fmt: skip
            widget.blockSignals(True)
        ui.searchEdit.clear()
        for combo in (ui.statusFilter, ui.priorityFilter, ui.focusFilter):
            combo.setCurrentIndex(0)
        ui.uncoveredCheck.setChecked(False)
        for widget in (ui.searchEdit, ui.statusFilter, ui.priorityFilter, ui.focusFilter,
                       ui.uncoveredCheck):  # fmt: skip
            widget.blockSignals(False)
        self.apply_filters()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        active = self.model.filter != NeedFilter()
        self.ui.countLabel.setText(
            self.tr("Showing {shown} of {total} needs").format(shown=shown, total=total)
            if active
            else self.tr("{total} needs").format(total=total)
        )
        self.ui.clearFiltersButton.setEnabled(active)
        if total == 0:
            hint = self.tr(
                "No needs recorded yet.\nClick New Need to record assistance your state needs."
            )
        else:
            hint = self.tr("No need matches the search and filters.\nClear Filters shows all.")
        self.table.set_empty_hint(hint)

    # -- selection and editing -------------------------------------------------------------

    def _after_reset(self) -> None:
        self._update_count()
        self._select(self.editor.current_uuid, load=False)

    def _select(self, uuid: str | None, load: bool) -> None:
        position = self.model.position(uuid) if uuid else None
        self._restoring = True
        try:
            selection = self.table.selectionModel()
            if position is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                index = self.model.index(position, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._restoring = False
        if load and uuid is not None:
            try:
                self.editor.load(uuid)
            except NotFoundError as error:
                show_error(self, error)
                self.model.reload()
        self._update_buttons()

    def _current_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._restoring:
            return
        target = current.data(UUID_ROLE) if current.isValid() else None
        if target == self.editor.current_uuid and self.editor.editing:
            return
        if not self.editor.maybe_save():
            self._select(self.editor.current_uuid, load=False)
            return
        if target is None:
            self.editor.show_empty()
        else:
            self._select(target, load=True)

    def _saved(self, uuid: str, created: bool) -> None:
        self.model.reload()
        if self.model.position(uuid) is None:
            self.message.emit(self.tr("Saved. The current filters hide this need."))
        else:
            self.message.emit(self.tr("Need recorded.") if created else self.tr("Saved."))

    def new_need(self) -> None:
        if not self.editor.maybe_save():
            return
        self._select(None, load=False)
        self.editor.new()
        self._update_buttons()

    def delete_need(self) -> None:
        uuid = self.editor.current_uuid
        if uuid is None:
            return
        title = self.editor.ui.titleEdit.text() or self.tr("this need")
        answer = QMessageBox.question(
            self,
            self.tr("Delete need"),
            self.tr("Delete “{title}”? This cannot be undone.").format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.sessions.begin() as session:
                need_store.delete_need(session, uuid)
        except Exception as error:
            show_error(self, error)
            return
        self.editor.show_empty()
        self.model.reload()
        self.message.emit(self.tr("Need deleted."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.deleteButton.setEnabled(self.editor.current_uuid is not None)

    def relabel(self) -> None:
        self._fill_filter_choices()
        self.model.relabel()

    def reload(self) -> None:
        self.model.reload()

    def save(self) -> None:
        self.editor.save()

    def maybe_save(self) -> bool:
        return self.editor.maybe_save()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()
