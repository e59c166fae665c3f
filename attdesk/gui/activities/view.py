"""The Activities section: search and filters, the table, and the editor beside it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from attdesk.domain.activity import ActivityData
from attdesk.domain.vocabularies import (
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    FOCUS_GROUP,
    RELEVANCE,
    vocabulary,
)
from attdesk.errors import NotFoundError
from attdesk.gui.activities.editor import ActivityEditor
from attdesk.gui.activities.sources import OrganisationSource
from attdesk.gui.activities.table_model import UUID_ROLE, ActivityTableModel
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.forms.ui_activities_view import Ui_ActivitiesView
from attdesk.store import activities as activity_store
from attdesk.store.activity_queries import ActivityFilter

SEARCH_DELAY_MS = 180
ANY_YEAR = 0  # the spin boxes' minimum, shown as "any"
GROUP_PREFIX = "group:"


class ActivitiesView(QWidget):
    """Signals `message(str)` for the status bar and `importRequested()`."""

    message = Signal(str)
    importRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ActivitiesView()
        self.ui.setupUi(self)
        self.organisations = OrganisationSource(ctx)
        self.editor: ActivityEditor = self.ui.editor
        self.editor.setup(ctx, self.organisations)
        self.model = ActivityTableModel(ctx, self)
        self.table = self.ui.table
        self.table.setModel(self.model)
        self._restoring_selection = False
        self._last_deleted: ActivityData | None = None

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.apply_filters)
        for spin in (self.ui.yearFromSpin, self.ui.yearToSpin):
            spin.valueChanged.connect(self.apply_filters)
        for combo in (
            self.ui.typeFilter,
            self.ui.focusFilter,
            self.ui.relevanceFilter,
            self.ui.implementerFilter,
        ):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self.ui.newButton.clicked.connect(self.new_activity)
        self.ui.duplicateButton.clicked.connect(self.duplicate_activity)
        self.ui.deleteButton.clicked.connect(self.delete_activity)
        self.ui.importButton.clicked.connect(self.importRequested)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._update_count)
        self.model.rowsRemoved.connect(self._update_count)
        self.editor.saved.connect(self._saved)
        self.editor.dirtyChanged.connect(lambda _dirty: self._update_buttons())
        ctx.languageChanged.connect(lambda _language: self.relabel())
        ctx.organisationsChanged.connect(self._organisations_changed)
        ctx.activitiesReloaded.connect(self.reload)

        self.model.reload()
        self._fill_filter_choices()
        self._configure_table()
        self._update_buttons()

    # -- layout --------------------------------------------------------------------------

    def _configure_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        # Widths in characters of the current font, so they hold with any screen scaling;
        # dates get exactly the room of the longest form they take.
        em = self.fontMetrics().averageCharWidth()
        dates = self.fontMetrics().horizontalAdvance("0000-00-00 – 0000-00-00") + 2 * em
        for column, width in enumerate(
            (36 * em, dates, 16 * em, 13 * em, 24 * em, 28 * em, 18 * em)
        ):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([700, 560])

    def _fill_filter_choices(self) -> None:
        """(Re)fill the filter combos in the interface language, keeping the choices."""
        language = self.ctx.language
        ui = self.ui
        keep = {
            combo: combo.currentData()
            for combo in (ui.typeFilter, ui.focusFilter, ui.relevanceFilter, ui.implementerFilter)
        }
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
        ui.typeFilter.addItem(self.tr("All types"), None)
        for term in vocabulary(ASSISTANCE_TYPE).terms:
            ui.typeFilter.addItem(term.label(language), term.code)
        ui.focusFilter.addItem(self.tr("All focus areas"), None)
        groups = vocabulary(FOCUS_GROUP)
        for group in groups.terms:
            ui.focusFilter.addItem(
                self.tr("Any of: {group}").format(group=group.label(language)),
                GROUP_PREFIX + group.code,
            )
            for term in vocabulary(FOCUS_AREA).in_group(group.code):
                ui.focusFilter.addItem("    " + term.label(language), term.code)
        ui.relevanceFilter.addItem(self.tr("Any relevance"), None)
        for term in vocabulary(RELEVANCE).terms:
            ui.relevanceFilter.addItem(term.label(language), term.code)
        ui.implementerFilter.addItem(self.tr("All implementers"), None)
        for row in self.organisations.rows():
            if row.usage:
                ui.implementerFilter.addItem(row.display_name, row.uuid)
                ui.implementerFilter.setItemData(
                    ui.implementerFilter.count() - 1, row.name, Qt.ItemDataRole.ToolTipRole
                )
        for combo, value in keep.items():
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._configure_years()

    def _configure_years(self) -> None:
        span = self.model.activity_index.year_range()
        this_year = dt.date.today().year
        low, high = span if span else (this_year - 5, this_year)
        for spin in (self.ui.yearFromSpin, self.ui.yearToSpin):
            value = spin.value()
            spin.blockSignals(True)
            spin.setRange(ANY_YEAR, max(high, this_year) + 1)
            spin.setSpecialValueText(self.tr("any"))
            spin.setValue(value if value >= low or value == ANY_YEAR else ANY_YEAR)
            spin.blockSignals(False)
        self._year_floor = low

    def relabel(self) -> None:
        self._fill_filter_choices()
        self.model.relabel()

    # -- filters -------------------------------------------------------------------------

    def current_filter(self) -> ActivityFilter:
        ui = self.ui
        focus = ui.focusFilter.currentData()
        group = focus[len(GROUP_PREFIX) :] if focus and focus.startswith(GROUP_PREFIX) else None
        year_from = ui.yearFromSpin.value() or None
        year_to = ui.yearToSpin.value() or None
        return ActivityFilter(
            text=ui.searchEdit.text(),
            year_from=year_from,
            year_to=year_to,
            assistance_type=ui.typeFilter.currentData(),
            focus_area=None if group else focus,
            focus_group=group,
            relevance=ui.relevanceFilter.currentData(),
            implementer=ui.implementerFilter.currentData(),
        )

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (ui.searchEdit, ui.yearFromSpin, ui.yearToSpin, ui.typeFilter, ui.focusFilter,
                   ui.relevanceFilter, ui.implementerFilter)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.yearFromSpin.setValue(ANY_YEAR)
        ui.yearToSpin.setValue(ANY_YEAR)
        for combo in (ui.typeFilter, ui.focusFilter, ui.relevanceFilter, ui.implementerFilter):
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.filter.active:
            text = self.tr("Showing {shown} of {total} activities").format(shown=shown, total=total)
        else:
            text = self.tr("%n activities", "", total)
        self.ui.countLabel.setText(text)
        self.ui.clearFiltersButton.setEnabled(self.model.filter.active)
        if total == 0:
            hint = self.tr(
                "No activities yet.\n\nClick New Activity (Ctrl+N) to record the first one, "
                "or import your spreadsheet with Import Spreadsheet (Ctrl+I)."
            )
        else:
            hint = self.tr("No activity matches the search and filters.\nClear Filters shows all.")
        self.table.set_empty_hint(hint)

    # -- selection and editing -----------------------------------------------------------

    def _after_reset(self) -> None:
        self._update_count()
        self._select_uuid(self.editor.current_uuid, load=False)

    def _select_uuid(self, uuid: str | None, load: bool) -> bool:
        """Select the row of `uuid` if it is shown; load it into the editor if asked."""
        position = None
        if uuid is not None:
            activity_id = self.model.activity_id(uuid)
            position = self.model.position(activity_id) if activity_id is not None else None
        self._restoring_selection = True
        try:
            if position is None:
                self.table.selectionModel().clearSelection()
                self.table.selectionModel().setCurrentIndex(
                    QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            else:
                index = self.model.index(position, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
        finally:
            self._restoring_selection = False
        if load and uuid is not None:
            self._load(uuid)
        self._update_buttons()
        return position is not None

    def _current_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if self._restoring_selection:
            return
        target = current.data(UUID_ROLE) if current.isValid() else None
        if target == self.editor.current_uuid and self.editor.editing:
            return
        if not self.editor.maybe_save():
            # Stay on the activity being edited.
            self._select_uuid(self.editor.current_uuid, load=False)
            return
        if target is None:
            self.editor.show_empty()
        else:
            self._select_uuid(target, load=True)
        self._update_buttons()

    def _load(self, uuid: str) -> None:
        try:
            self.editor.load(uuid)
        except NotFoundError as error:
            show_error(self, error)
            self.model.reload()

    def _saved(self, uuid: str, created: bool) -> None:
        activity_id = self.model.activity_id(uuid)
        if activity_id is not None:
            position = self.model.refresh_one(activity_id)
            self._select_uuid(uuid, load=False)
            if position is None:
                self.message.emit(self.tr("Saved. The current filters hide this activity."))
            else:
                self.message.emit(self.tr("Activity created.") if created else self.tr("Saved."))
        # The implementer filter lists organisations in use; a save may change that.
        self.organisations.reload()
        self._fill_filter_choices()

    def new_activity(self) -> None:
        if not self.editor.maybe_save():
            return
        self._select_uuid(None, load=False)
        self.editor.new()
        self._update_buttons()

    def duplicate_activity(self) -> None:
        uuid = self.editor.current_uuid
        if uuid is None or not self.editor.maybe_save():
            return
        with self.ctx.sessions() as session:
            data = activity_store.get_activity(session, uuid)
        copy = replace(data, uuid=None, title=self.tr("{title} (copy)").format(title=data.title))
        self._select_uuid(None, load=False)
        self.editor.start_from(copy)
        self.message.emit(self.tr("Copy ready: change what differs, then save."))
        self._update_buttons()

    def delete_activity(self) -> None:
        uuid = self.editor.current_uuid
        if uuid is None:
            return
        title = self.editor.ui.titleEdit.text() or self.tr("this activity")
        answer = QMessageBox.question(
            self,
            self.tr("Delete activity"),
            self.tr("Delete “{title}”?\n\nYou can undo this with Edit > Undo Delete.").format(
                title=title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        activity_id = self.model.activity_id(uuid)
        position = self.model.position(activity_id) if activity_id is not None else None
        try:
            with self.ctx.sessions.begin() as session:
                self._last_deleted = activity_store.get_activity(session, uuid)
                activity_store.delete_activity(session, uuid)
        except Exception as error:
            show_error(self, error)
            return
        self.editor.show_empty()
        if activity_id is not None:
            self.model.refresh_one(activity_id)
        self.message.emit(self.tr("Activity deleted."))
        if position is not None and self.model.rowCount():
            index = self.model.index(min(position, self.model.rowCount() - 1), 0)
            self._select_uuid(index.data(UUID_ROLE), load=True)
        self._update_buttons()

    def undo_delete(self) -> None:
        data = self._last_deleted
        if data is None or not self.editor.maybe_save():
            return
        try:
            with self.ctx.sessions.begin() as session:
                uuid = activity_store.save_activity(session, data)
        except Exception as error:
            show_error(self, error)
            return
        self._last_deleted = None
        activity_id = self.model.activity_id(uuid)
        if activity_id is not None:
            self.model.refresh_one(activity_id)
        self._select_uuid(uuid, load=True)
        self.message.emit(self.tr("Activity restored."))

    @property
    def can_undo_delete(self) -> bool:
        return self._last_deleted is not None

    def _update_buttons(self) -> None:
        has_record = self.editor.current_uuid is not None
        self.ui.duplicateButton.setEnabled(has_record)
        self.ui.deleteButton.setEnabled(has_record)

    def _organisations_changed(self) -> None:
        self.organisations.reload()
        self._fill_filter_choices()
        self.model.reload()

    def reload(self) -> None:
        """Everything may have changed (an import): re-read, keep the editor's activity."""
        self.model.reload()
        self._fill_filter_choices()

    def save(self) -> None:
        self.editor.save()

    def revert(self) -> None:
        self.editor.revert()

    def maybe_save(self) -> bool:
        return self.editor.maybe_save()
