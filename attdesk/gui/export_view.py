"""The Export section: check, preview and make the signed submission package.

The checklist says what stands between the period and a final export; the user can still
export a draft (marked as such) or save a DRAFT-watermarked PDF for internal sign-off.
Rendering and writing run in the background with progress and cancel; past exports are
listed with their fingerprints and what changed since the revision before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdfium2
from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attdesk.atomic import write_bytes_atomically
from attdesk.domain.languages import LANGUAGES
from attdesk.domain.progress import Progress
from attdesk.exchange import export as exporting
from attdesk.exchange.export import ChecklistItem, ExportResult, summarise
from attdesk.exchange.signing import load_or_create_key
from attdesk.gui.context import AppContext
from attdesk.gui.forms.ui_export_view import Ui_ExportView
from attdesk.gui.operations import run_in_background
from attdesk.questionnaire.period import parse_period
from attdesk.store.responses import list_responses
from attdesk.store.settings import load_settings

LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt": "Português", "fr": "Français"}
PREVIEW_WIDTH = 620


class ExportView(QWidget):
    """Signals `message(str)` and `goToQuestion(section_id, question_id)`."""

    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ExportView()
        self.ui.setupUi(self)
        ui = self.ui
        for code in LANGUAGES:
            ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        ui.disclosureCombo.addItem(
            self.tr("Restricted: the secretariat may not publish it"), "restricted"
        )
        ui.disclosureCombo.addItem(self.tr("Public: the secretariat may publish it"), "public")
        ui.historyTable.setColumnCount(5)
        ui.historyTable.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Revision"), self.tr("Made"), self.tr("SHA-256"),
             self.tr("Changes since the revision before")]
        )  # fmt: skip
        ui.periodCombo.currentTextChanged.connect(lambda _t: self.refresh_checklist())
        ui.addAttachmentButton.clicked.connect(self.add_attachments)
        ui.removeAttachmentButton.clicked.connect(self.remove_attachment)
        ui.previewButton.clicked.connect(self.preview)
        ui.draftPdfButton.clicked.connect(self.save_draft_pdf)
        ui.exportButton.clicked.connect(self.export_package)
        ui.showFolderButton.clicked.connect(self.show_in_folder)
        ui.historyTable.itemSelectionChanged.connect(self._update_buttons)
        self._operation: Any = None
        self.last_result: ExportResult | None = None
        self.reload()

    # -- state ------------------------------------------------------------------------------

    def reload(self) -> None:
        ui = self.ui
        with self.ctx.sessions() as session:
            periods = [r.period for r in list_responses(session)]
        current = ui.periodCombo.currentText()
        ui.periodCombo.blockSignals(True)
        ui.periodCombo.clear()
        ui.periodCombo.addItems(periods)
        if current:
            ui.periodCombo.setCurrentText(current)
        elif not periods:
            ui.periodCombo.setCurrentText(str(dt.date.today().year - 1))
        ui.periodCombo.blockSignals(False)
        ui.languageCombo.setCurrentIndex(max(0, ui.languageCombo.findData(self.ctx.language)))
        self.refresh_checklist()
        self.refresh_history()

    def period(self) -> str | None:
        return parse_period(self.ui.periodCombo.currentText())

    def attachments(self) -> list[Path]:
        items = (self.ui.attachmentsList.item(i) for i in range(self.ui.attachmentsList.count()))
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def refresh_checklist(self) -> None:
        ui = self.ui
        ui.checklistList.clear()
        period = self.period()
        if period is None:
            ui.checklistHeading.setText(
                self.tr("Type a reporting period: a year (2025) or two (2024-2025).")
            )
            self._update_buttons()
            return
        with self.ctx.sessions() as session:
            items = exporting.checklist(session, period)
        for item in items:
            entry = QListWidgetItem(self._describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, (item.kind, item.reference))
            ui.checklistList.addItem(entry)
        ui.checklistHeading.setText(
            self.tr("Ready for a final export: nothing is open.") if not items
            else self.tr("Before a final export, %n item(s) are open. You can still export a "
                         "draft, marked as such.", "", len(items))
        )  # fmt: skip
        self._update_buttons()

    def _describe(self, item: ChecklistItem) -> str:
        texts = {
            exporting.NO_RESPONSE: self.tr("No questionnaire response for this period yet."),
            exporting.MISSING: self.tr("Required answer missing: {ref} {text}"),
            exporting.INVALID: self.tr("Answer to check: {ref} {text}"),
            exporting.UNREVIEWED: self.tr("Carried forward, not yet reviewed: {ref} {text}"),
            exporting.ACTIVITY: self.tr("Activity with missing or invalid fields: {text}"),
            exporting.NEED: self.tr("Need with missing or invalid fields: {text}"),
        }
        return texts[item.kind].format(ref=item.reference, text=item.text)

    def refresh_history(self) -> None:
        with self.ctx.sessions() as session:
            records = exporting.export_history(session)
        table = self.ui.historyTable
        table.setRowCount(len(records))
        for row, record in enumerate(records):
            made = record.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            revision = f"r{record.revision}" + (self.tr(" (draft)") if record.draft else "")
            values = (record.period, revision, made, record.sha256[:16] + "…",
                      summarise(record.changes))  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, record.path)
                if column == 3:
                    item.setToolTip(record.sha256)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        valid = self.period() is not None
        busy = self._operation is not None
        for button in (self.ui.previewButton, self.ui.draftPdfButton, self.ui.exportButton):
            button.setEnabled(valid and not busy)
        self.ui.showFolderButton.setEnabled(bool(self.ui.historyTable.selectedItems()))
        self.ui.removeAttachmentButton.setEnabled(self.ui.attachmentsList.count() > 0)

    # -- attachments ------------------------------------------------------------------------

    def add_attachments(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach Documents"), "",
            self.tr("Documents (*.pdf *.doc *.docx *.odt *.xlsx *.jpg *.png);;All files (*)"),
        )  # fmt: skip
        for name in names:
            item = QListWidgetItem(Path(name).name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            self.ui.attachmentsList.addItem(item)
        self._update_buttons()

    def remove_attachment(self) -> None:
        row = self.ui.attachmentsList.currentRow()
        self.ui.attachmentsList.takeItem(row if row >= 0 else self.ui.attachmentsList.count() - 1)
        self._update_buttons()

    # -- work ---------------------------------------------------------------------------------

    def _options(self) -> tuple[str, str, str]:
        period = self.period()
        assert period is not None
        return (
            period,
            str(self.ui.languageCombo.currentData()),
            str(self.ui.disclosureCombo.currentData()),
        )

    def _run(self, label: str, work: Any, done: Any) -> None:
        def finished(result: Any) -> None:
            self._operation = None
            self._update_buttons()
            done(result)

        def failed(_error: BaseException) -> None:
            self._operation = None
            self._update_buttons()

        self._operation = run_in_background(self, label, work, finished, failed)
        self._update_buttons()

    def _draft_pdf_work(self) -> Any:
        period, language, disclosure = self._options()
        sessions = self.ctx.sessions

        def work(progress: Progress) -> bytes:
            with sessions() as session:
                return exporting.draft_pdf(
                    session, load_settings(session), period, language, disclosure, progress
                )

        return work

    def preview(self) -> None:
        self._run(self.tr("Rendering the PDF…"), self._draft_pdf_work(), self.show_preview)

    def show_preview(self, pdf: bytes, limit: int = 12) -> int:
        """Render the first pages into the preview area; returns how many were shown."""
        pages = QWidget()  # a fresh page column; setWidget deletes the previous one
        layout = QVBoxLayout(pages)
        layout.setSpacing(12)
        document = pypdfium2.PdfDocument(pdf)
        try:
            total = len(document)
            shown = min(total, limit)
            for index in range(shown):
                page = document[index]
                scale = PREVIEW_WIDTH / page.get_width()
                bitmap = page.render(scale=scale)
                image = bitmap.to_pil().convert("RGB")
                data = image.tobytes("raw", "RGB")
                qimage = QImage(data, image.width, image.height, image.width * 3,
                                QImage.Format.Format_RGB888).copy()  # fmt: skip
                label = QLabel(pages)
                pixmap = QPixmap.fromImage(qimage)
                label.setPixmap(pixmap)
                label.setFixedSize(pixmap.size())  # whole pages, scrolled, never squeezed
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                label.setAccessibleName(self.tr("Page {n}").format(n=index + 1))
                layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            if total > shown:
                more = QLabel(self.tr("… and %n more page(s); save the draft PDF to see them all.",
                                      "", total - shown), pages)  # fmt: skip
                more.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                layout.addWidget(more)
        finally:
            document.close()
        layout.addStretch(1)
        self.ui.previewScroll.setWidget(pages)
        self.message.emit(self.tr("Preview of %n page(s).", "", shown))
        return shown

    def save_draft_pdf(self) -> None:
        period, _language, _disclosure = self._options()
        state = self.ctx.settings.state or "draft"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save Draft PDF"), f"{state}-{period}-DRAFT.pdf", self.tr("PDF (*.pdf)")
        )
        if not name:
            return
        target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

        def saved(pdf: bytes) -> None:
            write_bytes_atomically(target, pdf)
            self.message.emit(self.tr("Saved the draft PDF to {path}").format(path=target))

        self._run(self.tr("Rendering the PDF…"), self._draft_pdf_work(), saved)

    def export_package(self, folder: Path | None = None) -> None:
        period, language, disclosure = self._options()
        open_items = self.ui.checklistList.count()
        draft = False
        if open_items:
            answer = QMessageBox.question(
                self,
                self.tr("Export a Draft?"),
                self.tr("%n checklist item(s) are still open. Export a draft package, marked "
                        "as a draft for the secretariat?", "", open_items),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
            draft = True
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Package"))
            if not chosen:
                return
            folder = Path(chosen)
        attachments = self.attachments()
        sessions = self.ctx.sessions

        def work(progress: Progress) -> ExportResult:
            key = load_or_create_key()
            with sessions.begin() as session:
                return exporting.export_submission(
                    session, load_settings(session), period, folder, key,
                    language=language, draft=draft, disclosure=disclosure,
                    attachments=attachments, progress=progress,
                )  # fmt: skip

        self._run(self.tr("Making the package…"), work, self._exported)

    def _exported(self, result: ExportResult) -> None:
        self.last_result = result
        self.refresh_history()
        self.ui.historyTable.selectRow(0)
        self.message.emit(
            self.tr("Wrote {path} ({pages} PDF pages).").format(
                path=result.written.path, pages=result.pdf_pages
            )
        )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Package Ready"))
        box.setText(self.tr("The package is ready to send to the secretariat:\n{path}").format(
            path=result.written.path))  # fmt: skip
        show = box.addButton(self.tr("Show in Folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        show.clicked.connect(lambda: self._reveal(result.written.path))

    def show_in_folder(self) -> None:
        items = self.ui.historyTable.selectedItems()
        if items:
            self._reveal(Path(str(items[0].data(Qt.ItemDataRole.UserRole))))

    def _reveal(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
