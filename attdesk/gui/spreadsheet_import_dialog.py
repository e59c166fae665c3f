"""Import activities from a spreadsheet: read in the background, preview, then write.

Nothing is written until the user has seen, row by row, what will be created, updated or
rejected and why, and clicked Import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from attdesk.domain.progress import Progress
from attdesk.gui.context import AppContext
from attdesk.gui.forms.ui_spreadsheet_import_dialog import Ui_SpreadsheetImportDialog
from attdesk.gui.operations import BackgroundOperation, run_in_background
from attdesk.gui.translation import issue_text, translate
from attdesk.spreadsheet.importer import (
    CREATE,
    ImportPlan,
    ImportSummary,
    apply_import,
    plan_import,
)
from attdesk.spreadsheet.reader import CONTEXT as SPREADSHEET_CONTEXT

REJECTED_COLOUR = QColor("#b3261e")


class SpreadsheetImportDialog(QDialog):
    """Shows an ImportPlan; accepted means "write the valid rows"."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.ui = Ui_SpreadsheetImportDialog()
        self.ui.setupUi(self)
        creates = sum(1 for row in plan.accepted if row.action == CREATE)
        updates = len(plan.accepted) - creates
        summary = self.tr("{file}: {creates} to create, {updates} to update, {rejected} rejected.")
        text = summary.format(
            file=plan.source.name, creates=creates, updates=updates, rejected=len(plan.rejected)
        )
        if plan.new_organisations:
            text += " " + self.tr("New organisations to add: {names}.").format(
                names=", ".join(plan.new_organisations)
            )
        self.ui.summaryLabel.setText(text)
        notices = [translate(SPREADSHEET_CONTEXT, notice) for notice in plan.notices]
        if plan.rejected:
            notices.append(
                self.tr("Rows with errors are skipped; fix them in the file and import it again.")
            )
        self.ui.noticeLabel.setText("\n".join(notices))
        self.ui.noticeLabel.setVisible(bool(notices))
        self.ui.onlyProblemsCheck.setEnabled(bool(plan.rejected))
        self.ui.onlyProblemsCheck.toggled.connect(self._fill)
        self.import_button = QPushButton(
            self.tr("Import %n activities", "", len(plan.accepted)), self
        )
        self.import_button.setEnabled(bool(plan.accepted))
        self.import_button.setDefault(True)
        self.ui.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        header = self.ui.rowsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.rowsTable.setColumnWidth(2, 320)
        self._fill()

    def _fill(self) -> None:
        only_problems = self.ui.onlyProblemsCheck.isChecked()
        rows = self.plan.rejected if only_problems else self.plan.rows
        table = self.ui.rowsTable
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for position, row in enumerate(rows):
            if row.ok:
                result = self.tr("create") if row.action == CREATE else self.tr("update")
            else:
                result = self.tr("rejected")
            problems = "\n".join(f"{issue.field}: {issue_text(issue)}" for issue in row.issues)
            cells = (str(row.row), result, row.title, problems)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.DisplayRole, row.row)
                if not row.ok:
                    item.setForeground(QBrush(REJECTED_COLOUR))
                table.setItem(position, column, item)
        table.resizeRowsToContents()


def choose_and_import(
    parent: QWidget, ctx: AppContext, path: Path | None = None
) -> BackgroundOperation | None:
    """Ask for a file (unless given), preview it, and import what the user confirms.

    Returns the operation reading the file (None if the user chose no file)."""
    if path is None:
        name, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("SpreadsheetImport", "Import Activities from a Spreadsheet"),
            "",
            translate("SpreadsheetImport", "Spreadsheets (*.xlsx *.csv);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)

    def read(progress: Progress) -> ImportPlan:
        with ctx.sessions() as session:
            return plan_import(session, path, progress)

    def preview(plan: ImportPlan) -> None:
        dialog = SpreadsheetImportDialog(plan, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            write(plan)

    def write(plan: ImportPlan) -> None:
        def work(progress: Progress) -> ImportSummary:
            with ctx.sessions.begin() as session:
                return apply_import(session, plan, progress)

        run_in_background(
            parent, translate("SpreadsheetImport", "Importing activities…"), work, done
        )

    def done(summary: ImportSummary) -> None:
        ctx.organisationsChanged.emit()
        ctx.activitiesReloaded.emit()
        QMessageBox.information(
            parent,
            translate("SpreadsheetImport", "Import finished"),
            translate(
                "SpreadsheetImport",
                "{created} activities created, {updated} updated, {rejected} rows skipped, "
                "{organisations} organisations added.",
            ).format(
                created=summary.created,
                updated=summary.updated,
                rejected=summary.rejected,
                organisations=summary.organisations_added,
            ),
        )

    label = translate("SpreadsheetImport", "Reading {name}…").format(name=path.name)
    return run_in_background(parent, label, read, preview)
