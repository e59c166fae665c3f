"""The main window: section sidebar, menus with standard shortcuts, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
)

from attdesk import __version__
from attdesk.gui.activities.view import ActivitiesView
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.export_view import ExportView
from attdesk.gui.forms.ui_main_window import Ui_MainWindow
from attdesk.gui.needs.view import NeedsView
from attdesk.gui.organisations_dialog import OrganisationsDialog
from attdesk.gui.questionnaire.view import QuestionnaireView
from attdesk.gui.secretariat_view import SecretariatView
from attdesk.gui.setup_dialog import SetupDialog
from attdesk.gui.spreadsheet_import_dialog import choose_and_import
from attdesk.spreadsheet.writer import export_activities, write_template
from attdesk.store.backup import MANUAL, backup_folder, make_backup
from attdesk.store.settings import FOCAL_POINT

ACTIVITIES, NEEDS, QUESTIONNAIRE, EXPORT, SECRETARIAT = range(5)
STATUS_TIMEOUT_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.activities = ActivitiesView(ctx, self)
        self.activities.message.connect(self.show_message)
        self.activities.importRequested.connect(self.import_spreadsheet)
        self.ui.pages.addWidget(self.activities)
        self.needs = NeedsView(ctx, self)
        self.needs.message.connect(self.show_message)
        # links between needs and activities are edited from both sides
        self.activities.editor.saved.connect(lambda *_args: self.needs.reload())
        self.ui.pages.addWidget(self.needs)
        self.questionnaire = QuestionnaireView(ctx, self)
        self.questionnaire.message.connect(self.show_message)
        self.ui.pages.addWidget(self.questionnaire)
        self.export = ExportView(ctx, self)
        self.export.message.connect(self.show_message)
        self.ui.pages.addWidget(self.export)
        self.secretariat = SecretariatView(ctx, self)
        self.secretariat.message.connect(self.show_message)
        self.ui.pages.addWidget(self.secretariat)
        self.ui.pages.currentChanged.connect(self._page_shown)
        self._set_icons()
        self._connect_actions()
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(ACTIVITIES)
        self.database_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.database_label)
        ctx.settingsChanged.connect(self._update_title)
        ctx.languageChanged.connect(lambda _language: self.ui.retranslateUi(self))
        self.activities.editor.dirtyChanged.connect(self._update_modified)
        self.needs.editor.dirtyChanged.connect(self._update_modified)
        self.needs.editor.dirtyChanged.connect(lambda _d: self._update_actions())
        self.activities.editor.dirtyChanged.connect(lambda _d: self._update_actions())
        self.activities.table.selectionModel().currentRowChanged.connect(
            lambda *_args: self._update_actions()
        )
        self._update_title()
        self._update_actions()
        for backup in ctx.db.backups_made:
            self.show_message(self.tr("Backed up the database to {path}").format(path=backup))

    # -- wiring --------------------------------------------------------------------------

    def _set_icons(self) -> None:
        style = self.style()
        icons = (
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_MessageBoxQuestion,
            QStyle.StandardPixmap.SP_FileDialogContentsView,
            QStyle.StandardPixmap.SP_DialogSaveButton,
            QStyle.StandardPixmap.SP_DirHomeIcon,
        )
        for row, icon in enumerate(icons):
            item = self.ui.navigation.item(row)
            if item is not None:
                item.setIcon(style.standardIcon(icon))

    def _connect_actions(self) -> None:
        ui = self.ui
        standard = {
            ui.actionQuit: QKeySequence.StandardKey.Quit,
            ui.actionNewActivity: QKeySequence.StandardKey.New,
            ui.actionSave: QKeySequence.StandardKey.Save,
            ui.actionDelete: QKeySequence.StandardKey.Delete,
            ui.actionUndoDelete: QKeySequence.StandardKey.Undo,
            ui.actionFind: QKeySequence.StandardKey.Find,
            ui.actionSettings: QKeySequence.StandardKey.Preferences,
        }
        for action, key in standard.items():
            action.setShortcut(QKeySequence(key))
        # Delete and Undo act on the list only, so they never steal keys from text fields.
        for action in (ui.actionDelete, ui.actionUndoDelete):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.activities.table.addAction(action)
        if ui.actionSettings.shortcut().isEmpty():
            ui.actionSettings.setShortcut(QKeySequence("Ctrl+,"))
        connections: dict[QAction, object] = {
            ui.actionQuit: self.close,
            ui.actionImportSpreadsheet: self.import_spreadsheet,
            ui.actionImportPackages: self.import_packages,
            ui.actionExportSpreadsheet: self.export_spreadsheet,
            ui.actionSaveTemplate: self.save_template,
            ui.actionBackupNow: self.backup_now,
            ui.actionOpenDataFolder: self.open_data_folder,
            ui.actionNewActivity: self._activities(self.activities.new_activity),
            ui.actionSave: self.save_current,
            ui.actionRevert: self._activities(self.activities.revert),
            ui.actionDuplicate: self._activities(self.activities.duplicate_activity),
            ui.actionDelete: self._activities(self.activities.delete_activity),
            ui.actionUndoDelete: self._activities(self.activities.undo_delete),
            ui.actionFind: self.find_current,
            ui.actionSettings: self.open_settings,
            ui.actionOrganisations: self.open_organisations,
            ui.actionAbout: self.about,
        }
        for action, slot in connections.items():
            action.triggered.connect(slot)
        for row, action in enumerate((ui.actionGoActivities, ui.actionGoNeeds,
                                      ui.actionGoQuestionnaire, ui.actionGoExport,
                                      ui.actionGoSecretariat)):  # fmt: skip
            action.triggered.connect(lambda _checked=False, r=row: self.go_to(r))

    def _activities(self, slot: object) -> object:
        """Wrap an Activities action: switch to the section first."""

        def run() -> None:
            self.go_to(ACTIVITIES)
            slot()  # type: ignore[operator]
            self._update_actions()

        return run

    def _page_shown(self, index: int) -> None:
        if index == EXPORT:
            self.questionnaire.flush()
            self.export.reload()  # the checklist follows what was edited meanwhile

    def save_current(self) -> None:
        """Ctrl+S saves what the shown section is editing."""
        if self.ui.pages.currentIndex() == NEEDS:
            self.needs.save()
        else:
            self.go_to(ACTIVITIES)
            self.activities.save()
        self._update_actions()

    def find_current(self) -> None:
        if self.ui.pages.currentIndex() == NEEDS:
            self.needs.focus_search()
        else:
            self.go_to(ACTIVITIES)
            self.activities.focus_search()

    def go_to(self, section: int) -> None:
        self.ui.navigation.setCurrentRow(section)

    def _update_title(self) -> None:
        settings = self.ctx.settings
        if settings.role == FOCAL_POINT and settings.state:
            who = self.ctx.state_name(settings.state)
        else:
            who = self.tr("Secretariat")
        self.setWindowTitle(self.tr("ATT Desk — {who}[*]").format(who=who))
        self.database_label.setText(self.ctx.db.display_name)

    def _update_actions(self) -> None:
        editor = self.activities.editor
        has_record = editor.current_uuid is not None
        self.ui.actionSave.setEnabled(editor.editing or self.needs.editor.editing)
        self.ui.actionRevert.setEnabled(editor.is_dirty())
        self.ui.actionDuplicate.setEnabled(has_record)
        self.ui.actionDelete.setEnabled(has_record)
        self.ui.actionUndoDelete.setEnabled(self.activities.can_undo_delete)

    def _update_modified(self, *_args: object) -> None:
        self.setWindowModified(self.activities.editor.is_dirty() or self.needs.editor.is_dirty())

    def show_message(self, text: str) -> None:
        self.ui.statusbar.showMessage(text, STATUS_TIMEOUT_MS)

    # -- actions -------------------------------------------------------------------------

    def import_spreadsheet(self) -> None:
        if self.activities.maybe_save():
            self.go_to(ACTIVITIES)
            choose_and_import(self, self.ctx)

    def import_packages(self) -> None:
        """File > Import Submission Packages: the secretariat's import."""
        self.go_to(SECRETARIAT)
        self.secretariat.choose_files()

    def export_spreadsheet(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Activities"), "activities.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )  # fmt: skip
        if not name:
            return
        path = _with_suffix(Path(name), _filter)
        try:
            with self.ctx.sessions() as session:
                count = export_activities(session, path)
        except Exception as error:
            show_error(self, error)
            return
        self.show_message(self.tr("Wrote %n activities to {path}", "", count).format(path=path))

    def save_template(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Spreadsheet Template"), "attdesk-activities-template.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )  # fmt: skip
        if not name:
            return
        path = _with_suffix(Path(name), _filter)
        try:
            write_template(path)
        except Exception as error:
            show_error(self, error)
            return
        self.show_message(self.tr("Saved the template to {path}").format(path=path))

    def backup_now(self) -> None:
        path = self.ctx.db.path
        if path is None:
            QMessageBox.information(
                self,
                self.tr("Back up"),
                self.tr("This database is on a server; ask its administrator."),
            )
            return
        try:
            target = make_backup(path, MANUAL)
        except Exception as error:
            show_error(self, error)
            return
        self.show_message(self.tr("Backed up the database to {path}").format(path=target))

    def open_data_folder(self) -> None:
        path = self.ctx.db.path
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def open_settings(self) -> None:
        SetupDialog(self.ctx, self).exec()

    def open_organisations(self) -> None:
        OrganisationsDialog(self.ctx, self).exec()

    def about(self) -> None:
        db = self.ctx.db
        backups = backup_folder(db.path) if db.path else "—"
        QMessageBox.about(
            self,
            self.tr("About ATT Desk"),
            self.tr(
                "<h3>ATT Desk {version}</h3>"
                "<p>Records arms-control assistance received, needs and CIFTA questionnaire "
                "answers, and prepares signed submissions for the secretariat. Works offline.</p>"
                "<p>Database: {database}<br>Backups: {backups}</p>"
            ).format(version=__version__, database=db.display_name, backups=backups),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.questionnaire.flush()
        if self.activities.maybe_save() and self.needs.maybe_save():
            event.accept()
        else:
            event.ignore()


def _with_suffix(path: Path, chosen_filter: str) -> Path:
    """Add the extension of the chosen file type when the user typed a bare name."""
    if path.suffix.lower() in (".csv", ".xlsx"):
        return path
    return path.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
