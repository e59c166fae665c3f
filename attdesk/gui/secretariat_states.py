"""Per-state profiles: what a state sent, period by period, and a diff between any two of
its revisions (records added, changed and removed, answers changed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidgetItem

from attdesk.analysis.figures import questionnaire_status
from attdesk.domain.need import UNMET_STATUSES
from attdesk.exchange.export import changes_between
from attdesk.gui.context import AppContext
from attdesk.store import received


class StateProfiles(QObject):
    """Drives the States tab of the Secretariat section."""

    def __init__(self, ctx: AppContext, ui: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        self.revisions: list[received.InboxRow] = []
        ui.stateList.currentRowChanged.connect(lambda _r: self.show_state())
        ui.compareFrom.currentIndexChanged.connect(lambda _i: self.compare())
        ui.compareTo.currentIndexChanged.connect(lambda _i: self.compare())

    def load(self, states: list[str]) -> None:
        current = self.ui.stateList.currentItem()
        keep = current.text() if current else None
        self.ui.stateList.blockSignals(True)
        self.ui.stateList.clear()
        labels = sorted(f"{self.ctx.state_name(s)} ({s})" for s in states)
        self.ui.stateList.addItems(labels)
        self.ui.stateList.setCurrentRow(labels.index(keep) if keep in labels else 0)
        self.ui.stateList.blockSignals(False)
        self.show_state()

    def state(self) -> str | None:
        item = self.ui.stateList.currentItem()
        return item.text()[-4:-1] if item else None

    def show_state(self) -> None:
        state = self.state()
        ui = self.ui
        if state is None:
            ui.profileLabel.setText(self.tr("No state has submitted yet."))
            ui.profileTable.setRowCount(0)
            return
        with self.ctx.sessions() as session:
            self.revisions = received.revisions_of_state(session, state)
            documents = {r.revision_uuid: received.document_of(session, r.revision_uuid)
                         for r in self.revisions}  # fmt: skip
        self.documents = documents
        headers = [self.tr("Period"), self.tr("Revision"), self.tr("Status"), self.tr("Draft"),
                   self.tr("Activities"), self.tr("Needs not yet met"),
                   self.tr("Questionnaire answered"), self.tr("Review")]  # fmt: skip
        ui.profileTable.setColumnCount(len(headers))
        ui.profileTable.setHorizontalHeaderLabels(headers)
        ui.profileTable.setRowCount(len(self.revisions))
        statuses = {"current": self.tr("current"), "history": self.tr("history"),
                    "held_key_change": self.tr("key changed: needs confirmation")}  # fmt: skip
        reviews = {"received": self.tr("received"), "has_issues": self.tr("has issues"),
                   "accepted": self.tr("accepted")}  # fmt: skip
        for row, r in enumerate(self.revisions):
            doc = documents[r.revision_uuid]
            unmet = sum(1 for n in doc["needs"] if n["status"] in UNMET_STATUSES)
            values = [r.period, f"r{r.revision}", statuses.get(r.status, r.status),
                      self.tr("draft") if r.draft else "", str(len(doc["activities"])),
                      str(unmet), self._completion(doc),
                      reviews.get(r.review_status, r.review_status)]  # fmt: skip
            for column, value in enumerate(values):
                ui.profileTable.setItem(row, column, QTableWidgetItem(value))
        ui.profileTable.resizeColumnsToContents()
        periods = sorted({r.period for r in self.revisions})
        ui.profileLabel.setText(
            self.tr(
                "{state}: %n revision(s) received, periods {periods}.", "", len(self.revisions)
            ).format(state=self.ctx.state_name(state), periods=", ".join(periods))
        )
        for combo in (ui.compareFrom, ui.compareTo):
            combo.blockSignals(True)
            combo.clear()
            for r in self.revisions:
                combo.addItem(f"{r.period} r{r.revision}", r.revision_uuid)
            combo.blockSignals(False)
        if len(self.revisions) >= 2:
            ui.compareFrom.setCurrentIndex(len(self.revisions) - 2)
            ui.compareTo.setCurrentIndex(len(self.revisions) - 1)
        self.compare()

    def _completion(self, doc: dict[str, Any]) -> str:
        q = doc["questionnaire"]
        if q is None:
            return self.tr("no response")
        if q["nil_report"]:
            return self.tr("nil report")
        found = questionnaire_status(doc)
        if found is None:
            return self.tr("version {v} unknown").format(v=q["version"])
        _definition, status = found
        return f"{status.answered} / {status.visible}"

    def compare(self) -> None:
        ui = self.ui
        first, second = ui.compareFrom.currentData(), ui.compareTo.currentData()
        if not first or not second or first == second:
            ui.diffText.setPlainText(self.tr("Choose two different revisions to compare."))
            return
        old, new = self.documents[first], self.documents[second]
        changes = changes_between(old, new)
        titles = {r["uuid"]: r["title"] for doc in (old, new)
                  for kind in ("activities", "needs") for r in doc[kind]}  # fmt: skip
        lines = []
        for kind, label in (("activities", self.tr("Activities")), ("needs", self.tr("Needs"))):
            for change, word in (("added", self.tr("added")), ("changed", self.tr("changed")),
                                 ("removed", self.tr("removed"))):  # fmt: skip
                for uuid in changes[kind][change]:
                    lines.append(f"{label} {word}: {titles.get(uuid, uuid)}")
        answers = changes["answers"]
        for change, word in (("added", self.tr("answered")), ("changed", self.tr("changed")),
                             ("removed", self.tr("no longer answered"))):  # fmt: skip
            if answers[change]:
                lines.append(self.tr("Questions {word}: {ids}").format(
                    word=word, ids=", ".join(answers[change])))  # fmt: skip
        ui.diffText.setPlainText("\n".join(lines) or self.tr("No differences."))
