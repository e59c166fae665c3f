"""The Secretariat section: import packages safely, review the inbox, see the figures.

Import runs in the background with progress and cancel: first every check without writing
(the preview), then, if the user goes on, the import itself; the result list says per file
what happened. The inbox shows every received revision with its status and review; the
original PDF is one click away; a package held because its state's key changed waits for
the secretariat to accept the new key (fingerprint shown) or reject the package.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attdesk.analysis.figures import (
    Submission,
    Table,
    all_tables,
    current_submissions,
    questionnaire_status,
)
from attdesk.analysis.output import write_tables
from attdesk.analysis.overlaps import Suggestion, suggest_overlaps
from attdesk.atomic import write_bytes_atomically
from attdesk.domain.need import UNMET_STATUSES
from attdesk.domain.progress import Progress
from attdesk.exchange.export import changes_between, summarise
from attdesk.exchange.importer import ImportOutcome, import_packages, resolve_key_change
from attdesk.exchange.signing import fingerprint
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.forms.ui_secretariat_view import Ui_SecretariatView
from attdesk.gui.operations import run_in_background
from attdesk.gui.secretariat_offers import OfferEditor
from attdesk.gui.secretariat_records import RecordsBrowser
from attdesk.gui.secretariat_states import StateProfiles
from attdesk.gui.translation import translate
from attdesk.gui.widgets.bar_chart import BarChart
from attdesk.reports.analysis_pdf import render_analysis_pdf
from attdesk.store import received
from attdesk.store.models import CURRENT, HELD, HISTORY
from attdesk.store.overlap_decisions import SAME, decide, decisions

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
FIGURES_CONTEXT = "Figures"  # the context analysis.figures marks its titles with


class SecretariatView(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SecretariatView()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        ui.inboxTable.setModel(self.proxy)
        ui.inboxTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.inboxTable.set_empty_hint(
            self.tr("No submissions yet.\nImport the .attdesk packages states send: "
                    "Import Packages…, or drop them here.")
        )  # fmt: skip
        for code, label in (
            ("received", self.tr("Received")),
            ("has_issues", self.tr("Has issues")),
            ("accepted", self.tr("Accepted")),
        ):
            ui.reviewCombo.addItem(label, code)
        ui.importButton.clicked.connect(self.choose_files)
        ui.importFolderButton.clicked.connect(self.choose_folder)
        ui.exportFiguresButton.clicked.connect(self.export_figures)
        ui.openPdfButton.clicked.connect(self.open_pdf)
        ui.acceptKeyButton.clicked.connect(lambda: self.decide_key(True))
        ui.rejectKeyButton.clicked.connect(lambda: self.decide_key(False))
        ui.saveReviewButton.clicked.connect(self.save_review)
        ui.inboxTable.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        ui.figureList.currentRowChanged.connect(self._show_figure)
        self.chart = BarChart(ui.figuresTab)
        ui.figuresLayout.removeWidget(ui.figureTable)
        column = QVBoxLayout()
        column.addWidget(self.chart)
        column.addWidget(ui.figureTable, 1)
        ui.figuresLayout.addLayout(column, 3)
        ui.sameButton.clicked.connect(lambda: self.decide_overlap(True))
        ui.differentButton.clicked.connect(lambda: self.decide_overlap(False))
        ui.overlapTable.itemSelectionChanged.connect(self._overlap_selected)
        ui.inboxTable.setWordWrap(False)
        ui.resultList.hide()  # appears with the first import's results
        self.records = RecordsBrowser(ctx, ui, self)
        self.states = StateProfiles(ctx, ui, self)
        self.offers = OfferEditor(ctx, ui, self)
        self.offers.changed.connect(self.refresh_figures)
        self.tables: list[Table] = []
        self.suggestions: list[Suggestion] = []
        self.last_outcomes: list[ImportOutcome] = []
        self._offered = 0
        self._operation: Any = None
        self.reload()

    # -- inbox ----------------------------------------------------------------------------

    def reload(self) -> None:
        with self.ctx.sessions() as session:
            rows = received.inbox(session)
        statuses = {CURRENT: self.tr("current"), HISTORY: self.tr("history"),
                    HELD: self.tr("key changed: needs confirmation")}  # fmt: skip
        reviews = {"received": self.tr("received"), "has_issues": self.tr("has issues"),
                   "accepted": self.tr("accepted")}  # fmt: skip
        self.model.clear()
        self.model.setHorizontalHeaderLabels([
            self.tr("State"), self.tr("Period"), self.tr("Revision"), self.tr("Received"),
            self.tr("Status"), self.tr("Draft"), self.tr("Publication"), self.tr("Review"),
            self.tr("Signer fingerprint"),
        ])  # fmt: skip
        for row in rows:
            values = [
                self.ctx.state_name(row.state) + f" ({row.state})", row.period,
                f"r{row.revision}", row.received_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                statuses.get(row.status, row.status), self.tr("draft") if row.draft else "",
                self.tr("public") if row.disclosure == "public" else self.tr("restricted"),
                reviews.get(row.review_status, row.review_status),
                fingerprint(row.signer_public_key)[:19] + "…",
            ]  # fmt: skip
            items = [QStandardItem(v) for v in values]
            for item in items:
                item.setData(row.revision_uuid, UUID_ROLE)
                item.setEditable(False)
            items[-1].setToolTip(fingerprint(row.signer_public_key))
            self.model.appendRow(items)
        self.ui.inboxTable.resizeColumnsToContents()
        self._rows = {r.revision_uuid: r for r in rows}
        self._selected()
        self.refresh_figures()

    def current_uuid(self) -> str | None:
        index = self.ui.inboxTable.currentIndex()
        return str(index.data(UUID_ROLE)) if index.isValid() else None

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.ui.inboxTable.selectRow(0)

    def _selected(self) -> None:
        uuid = self.current_uuid()
        row = self._rows.get(uuid) if uuid else None
        ui = self.ui
        for widget in (ui.openPdfButton, ui.reviewCombo, ui.commentEdit, ui.saveReviewButton):
            widget.setEnabled(row is not None)
        held = row is not None and row.status == HELD
        ui.acceptKeyButton.setVisible(held)
        ui.rejectKeyButton.setVisible(held)
        if row is None:
            ui.selectedLabel.setText(self.tr("Select a submission to review it."))
            return
        text = self.tr("{state}, {period}, revision {revision}. File: {file}").format(
            state=self.ctx.state_name(row.state), period=row.period, revision=row.revision,
            file=row.file_name)  # fmt: skip
        if held:
            text += "\n\n" + self.tr(
                "This package is signed with a key other than the one {state} used before. "
                "Accept the new key only if the focal point confirmed it, e.g. by telephone. "
                "Its fingerprint:\n{fp}"
            ).format(state=self.ctx.state_name(row.state), fp=fingerprint(row.signer_public_key))
        text += "\n\n" + self._profile(row.revision_uuid)
        ui.selectedLabel.setText(text)
        ui.reviewCombo.setCurrentIndex(max(0, ui.reviewCombo.findData(row.review_status)))
        ui.commentEdit.setPlainText(row.review_comment)

    def _profile(self, revision_uuid: str) -> str:
        """What the submission holds, and what changed since the revision before."""
        with self.ctx.sessions() as session:
            document = received.document_of(session, revision_uuid)
            previous = received.previous_document(session, revision_uuid)
        needs = document["needs"]
        unmet = sum(1 for n in needs if n["status"] in UNMET_STATUSES)
        lines = [
            self.tr("{a} activities, {n} needs ({u} not yet met).").format(
                a=len(document["activities"]), n=len(needs), u=unmet
            )
        ]
        q = document["questionnaire"]
        found = questionnaire_status(document)
        if q is None:
            lines.append(self.tr("No questionnaire response."))
        elif q["nil_report"]:
            lines.append(self.tr("Questionnaire: nil report."))
        elif found is not None:
            status = found[1]
            lines.append(self.tr("Questionnaire: {a} of {v} shown questions answered, {m} "
                                 "required missing.").format(
                a=status.answered, v=status.visible, m=len(status.missing_required)))  # fmt: skip
        if previous is not None:
            revision, old = previous
            lines.append(self.tr("Changes since r{r}: {changes}").format(
                r=revision, changes=summarise(changes_between(old, document))))  # fmt: skip
        return "\n".join(lines)

    def save_review(self) -> None:
        uuid = self.current_uuid()
        if uuid is None:
            return
        try:
            with self.ctx.sessions.begin() as session:
                received.set_review(session, uuid, str(self.ui.reviewCombo.currentData()),
                                    self.ui.commentEdit.toPlainText())  # fmt: skip
        except Exception as error:
            show_error(self, error)
            return
        self.reload()
        self.message.emit(self.tr("Review saved."))

    def decide_key(self, accept: bool) -> None:
        uuid = self.current_uuid()
        if uuid is None:
            return
        with self.ctx.sessions.begin() as session:
            resolve_key_change(session, uuid, accept)
        self.reload()
        self.message.emit(self.tr("New key accepted.") if accept else self.tr("Package rejected."))

    def open_pdf(self) -> Path | None:
        uuid = self.current_uuid()
        if uuid is None:
            return None
        try:
            with self.ctx.sessions() as session:
                pdf = received.original_pdf(session, uuid)
        except Exception as error:
            show_error(self, error)
            return None
        row = self._rows[uuid]
        folder = Path(tempfile.mkdtemp(prefix="attdesk-"))
        target = folder / f"{row.state}-{row.period}-r{row.revision}.pdf"
        target.write_bytes(pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    # -- import -------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Packages"),
            "",
            self.tr("ATT Desk packages (*.attdesk);;All files (*)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a Folder of Packages"))
        if name:
            self.import_paths([Path(name)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: list[Path], confirm: bool = True) -> None:
        """Check everything first (no writing), show the outcome, then import if asked."""
        sessions = self.ctx.sessions

        def check(progress: Progress) -> list[ImportOutcome]:
            return import_packages(sessions, paths, dry_run=True, progress=progress)

        def checked(outcomes: list[ImportOutcome]) -> None:
            self._operation = None
            self._offered = len(outcomes)
            self.show_outcomes(outcomes, preview=True)
            if not outcomes:
                return
            if confirm:
                answer = QMessageBox.question(
                    self, self.tr("Import"),
                    self.tr("Checked %n file(s); the list shows what importing would do. "
                            "Import now?", "", len(outcomes)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Yes,
                )  # fmt: skip
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self._operation = run_in_background(
                self, self.tr("Importing packages…"),
                lambda progress: import_packages(sessions, paths, progress=progress),
                self._imported, lambda _e: self._failed(),
            )  # fmt: skip

        self._operation = run_in_background(
            self, self.tr("Checking packages…"), check, checked, lambda _e: self._failed()
        )

    def _failed(self) -> None:
        self._operation = None

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self._operation = None
        self.last_outcomes = outcomes
        self.show_outcomes(outcomes, preview=False)
        self.reload()
        rejected = sum(1 for o in outcomes if o.rejected)
        if len(outcomes) < self._offered:
            self.ui.resultList.addItem(
                self.tr("Stopped: %n file(s) were not imported.", "", self._offered - len(outcomes))
            )
        self.message.emit(
            self.tr("Imported %n file(s).", "", len(outcomes) - rejected)
            + (" " + self.tr("%n rejected.", "", rejected) if rejected else "")
        )

    def show_outcomes(self, outcomes: list[ImportOutcome], preview: bool) -> None:
        self.ui.resultList.clear()
        self.ui.resultList.show()
        if not outcomes:
            self.ui.resultList.addItem(self.tr("No .attdesk files found there."))
        prefix = self.tr("Would be: ") if preview else ""
        for outcome in outcomes:
            item = QListWidgetItem(prefix + outcome.line())
            if outcome.rejected:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.ui.resultList.addItem(item)

    # -- figures --------------------------------------------------------------------------------

    def refresh_overlaps(
        self, submissions: list[Submission], decided: set[tuple[str, str]]
    ) -> None:
        self.suggestions = suggest_overlaps(submissions, decided)
        grid = self.ui.overlapTable
        grid.clear()
        grid.setColumnCount(5)
        headers = [self.tr("State"), self.tr("Activity"), self.tr("State"), self.tr("Activity")]
        grid.setHorizontalHeaderLabels([*headers, self.tr("Title similarity")])
        grid.setRowCount(len(self.suggestions))
        for row, s in enumerate(self.suggestions):
            values = (s.first.state, s.first.record["title"], s.second.state,
                      s.second.record["title"], f"{s.title_score:.0f}%")  # fmt: skip
            for column, value in enumerate(values):
                grid.setItem(row, column, QTableWidgetItem(value))
        grid.resizeColumnsToContents()
        self.ui.tabs.setTabText(
            self.ui.tabs.indexOf(self.ui.overlapsTab),
            self.tr("Overlaps ({n})").format(n=len(self.suggestions)),
        )
        self._overlap_selected()

    def _overlap_selected(self) -> None:
        chosen = bool(self.ui.overlapTable.selectedItems())
        self.ui.sameButton.setEnabled(chosen)
        self.ui.differentButton.setEnabled(chosen)

    def decide_overlap(self, same: bool) -> None:
        row = self.ui.overlapTable.currentRow()
        if not 0 <= row < len(self.suggestions):
            return
        s = self.suggestions[row]
        with self.ctx.sessions.begin() as session:
            decide(session, s.first.record["uuid"], s.second.record["uuid"], same)
        self.refresh_figures()
        self.message.emit(self.tr("Counted once from now on.") if same else self.tr("Kept apart."))

    def refresh_figures(self) -> None:
        """Read the current submissions once and refresh every tab that shows them."""
        with self.ctx.sessions() as session:
            submissions = current_submissions(session)
            decided = decisions(session)
            self.tables = all_tables(session, language=self.ctx.language, submissions=submissions)
        self.refresh_overlaps(submissions, set(decided))
        same = [pair for pair, decision in decided.items() if decision == SAME]
        self.records.load(submissions, same)
        self.states.load(sorted({row.state for row in self._rows.values()}))
        current = max(self.ui.figureList.currentRow(), 0)
        self.ui.figureList.blockSignals(True)
        self.ui.figureList.clear()
        for table in self.tables:
            self.ui.figureList.addItem(translate(FIGURES_CONTEXT, table.title))
        self.ui.figureList.blockSignals(False)
        self.ui.figureList.setCurrentRow(min(current, len(self.tables) - 1))
        self._show_figure(self.ui.figureList.currentRow())

    def _show_figure(self, row: int) -> None:
        grid = self.ui.figureTable
        grid.setSortingEnabled(False)
        grid.clear()
        grid.verticalHeader().setVisible(False)
        if row < 0 or row >= len(self.tables):
            grid.setRowCount(0)
            return
        table = self.tables[row]
        if table.name in ("gap_matrix", "gap_matrix_subregion") and table.rows:
            self._show_heat_map(table)
            return
        grid.setColumnCount(len(table.columns))
        grid.setHorizontalHeaderLabels([translate(FIGURES_CONTEXT, c) for c in table.columns])
        grid.setRowCount(len(table.rows))
        for r, values in enumerate(table.rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value if value is not None else "")
                grid.setItem(r, c, item)
        grid.resizeColumnsToContents()
        grid.setSortingEnabled(True)
        counts = len(table.columns) > 1 and all(isinstance(r[1], int) for r in table.rows)
        self.chart.set_bars(
            [(str(r[0]), float(r[1] or 0)) for r in table.rows] if counts and table.rows else []
        )

    def _show_heat_map(self, table: Table) -> None:
        """The gap matrix pivoted, states down and focus areas across, each cell
        "activities / needs": red where needs are open and nothing was delivered, blue
        deepening with the activities received."""
        grid = self.ui.figureTable
        states = sorted({str(r[0]) for r in table.rows})
        areas = sorted({str(r[1]) for r in table.rows})
        cells = {(str(r[0]), str(r[1])): (int(r[2] or 0), int(r[3] or 0)) for r in table.rows}
        top = max((a for a, _n in cells.values()), default=1) or 1
        grid.setColumnCount(len(areas))
        grid.setRowCount(len(states))
        grid.setHorizontalHeaderLabels(areas)
        grid.setVerticalHeaderLabels(states)
        grid.verticalHeader().setVisible(True)
        for y, state in enumerate(states):
            for x, area in enumerate(areas):
                received, needed = cells.get((state, area), (0, 0))
                item = QTableWidgetItem(f"{received} / {needed}")
                item.setToolTip(self.tr("{state}, {area}: {a} activities received, {n} needs "
                                        "open").format(state=state, area=area, a=received,
                                                       n=needed))  # fmt: skip
                if needed and not received:
                    item.setBackground(QColor("#f4b6b6"))
                elif received:
                    shade = int(255 - 120 * received / top)
                    item.setBackground(QColor(shade, min(shade + 20, 255), 255))
                    item.setForeground(QColor("black"))
                grid.setItem(y, x, item)
        grid.resizeColumnsToContents()
        self.chart.set_bars([])

    def export_figures(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Figures"), "attdesk-figures.xlsx",
            self.tr("Excel workbook (*.xlsx);;PDF report with charts (*.pdf);;CSV (*.csv);;"
                    "JSON (*.json)"),
        )  # fmt: skip
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() not in (".xlsx", ".csv", ".json", ".pdf"):
            suffixes = {"CSV": ".csv", "JSON": ".json", "PDF": ".pdf"}
            target = target.with_suffix(
                next((v for k, v in suffixes.items() if k in chosen), ".xlsx")
            )
        try:
            if target.suffix.lower() == ".pdf":
                write_bytes_atomically(target, render_analysis_pdf(self.tables, None))
            else:
                write_tables(self.tables, target)
        except Exception as error:
            show_error(self, error)
            return
        self.message.emit(self.tr("Wrote the figures to {path}").format(path=target))
