"""Cross-state browsers: every activity and need of the current submissions, with search
and filters like the focal point's views (accent-free search, state, focus area)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from attdesk.analysis.figures import Submission, merged_activities
from attdesk.domain.text import fold
from attdesk.domain.vocabularies import (
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    NEED_STATUS,
    RELEVANCE,
    vocabulary,
)
from attdesk.gui.context import AppContext

ACTIVITIES, NEEDS = "activities", "needs"


class RecordsBrowser(QObject):
    """Drives the Records tab of the Secretariat section (widgets from its form)."""

    def __init__(self, ctx: AppContext, ui: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        # search text, states, focus areas, types, relevance, (first, last) year, cells
        self.rows: list[tuple[str, list[str], list[str], list[str], str, tuple[int, int] | None,
                              list[str]]] = []  # fmt: skip
        ui.recordKindCombo.addItem(self.tr("Activities"), ACTIVITIES)
        ui.recordKindCombo.addItem(self.tr("Needs"), NEEDS)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.apply)
        ui.recordSearch.textChanged.connect(self._timer.start)
        ui.recordKindCombo.currentIndexChanged.connect(lambda _i: self.rebuild())
        ui.recordStateFilter.currentIndexChanged.connect(lambda _i: self.apply())
        ui.recordAreaFilter.currentIndexChanged.connect(lambda _i: self.apply())
        for combo in (ui.recordStateFilter, ui.recordAreaFilter, ui.recordTypeFilter,
                      ui.recordRelevanceFilter):  # fmt: skip
            # long labels would squeeze the search box; the popup still shows them whole
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        ui.recordTypeFilter.currentIndexChanged.connect(lambda _i: self.apply())
        ui.recordRelevanceFilter.currentIndexChanged.connect(lambda _i: self.apply())
        for spin in (ui.recordYearFrom, ui.recordYearTo):
            spin.setRange(0, 2100)
            spin.setSpecialValueText(self.tr("any year"))
            spin.setValue(0)
            spin.valueChanged.connect(lambda _v: self.apply())
        self.submissions: list[Submission] = []

    def load(self, submissions: list[Submission], same: list[tuple[str, str]]) -> None:
        self.submissions = submissions
        self.same = same
        language = self.ctx.language
        ui = self.ui
        for combo, first, items in (
            (ui.recordStateFilter, self.tr("All states"),
             sorted({(self.ctx.state_name(s.state), s.state) for s in submissions})),
            (ui.recordAreaFilter, self.tr("All focus areas"),
             [(t.label(language), t.code) for t in vocabulary(FOCUS_AREA).terms]),
            (ui.recordTypeFilter, self.tr("All types"),
             [(t.label(language), t.code) for t in vocabulary(ASSISTANCE_TYPE).terms]),
            (ui.recordRelevanceFilter, self.tr("Any relevance"),
             [(t.label(language), t.code) for t in vocabulary(RELEVANCE).terms]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for label, code in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.rebuild()

    def rebuild(self) -> None:
        language = self.ctx.language
        areas = vocabulary(FOCUS_AREA)
        names: dict[str, str] = {}
        for s in self.submissions:
            names.update(
                (o["uuid"], o["acronym"] or o["name"]) for o in s.document["organisations"]
            )
        self.rows = []
        if self.ui.recordKindCombo.currentData() == NEEDS:
            headers = [self.tr("State"), self.tr("Need"), self.tr("Status"), self.tr("Focus areas"),
                       self.tr("Addressed by")]  # fmt: skip
            for s in self.submissions:
                titles = {a["uuid"]: a["title"] for a in s.document["activities"]}
                for n in s.document["needs"]:
                    status = vocabulary(NEED_STATUS).label(n["status"], language)
                    cells = [s.state, n["title"], status,
                             "; ".join(areas.labels(n["focus_areas"], language)),
                             "; ".join(titles.get(u, u) for u in n["addressed_by"])]  # fmt: skip
                    text = fold(" ".join([n["title"], n["description"], n["notes"], *cells]))
                    year = int(n["date_identified"][:4]) if n["date_identified"] else None
                    self.rows.append((text, [s.state], list(n["focus_areas"]), list(n["types"]),
                                      "", (year, year) if year else None, cells))  # fmt: skip
        else:
            headers = [self.tr("Reported by"), self.tr("Activity"), self.tr("Dates"),
                       self.tr("Relevance"), self.tr("Focus areas"),
                       self.tr("Implementers")]  # fmt: skip
            for a in merged_activities(self.submissions, self.same):
                r = a.record
                dates = " – ".join(d for d in (r["start_date"], r["end_date"]) if d)
                cells = [", ".join(sorted(a.reported_by)), r["title"], dates,
                         vocabulary(RELEVANCE).label(r["relevance"], language),
                         "; ".join(areas.labels(r["focus_areas"], language)),
                         "; ".join(names.get(u, u) for u in r["implementers"])]  # fmt: skip
                text = fold(" ".join([r["title"], r["description"], r["place"], *cells]))
                start, end = r["start_date"] or r["end_date"], r["end_date"] or r["start_date"]
                years = (int(start[:4]), int(end[:4])) if start and end else None
                self.rows.append((text, sorted(a.reported_by), list(r["focus_areas"]),
                                  list(r["types"]), r["relevance"], years, cells))  # fmt: skip
        table = self.ui.recordTable
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        em = table.fontMetrics().averageCharWidth()
        widths = (14, 55, 24, 28, 36) if len(headers) == 5 else (14, 55, 24, 14, 36)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width * em)
        self.apply()

    def apply(self) -> None:
        self._timer.stop()
        words = fold(self.ui.recordSearch.text()).split()
        state = self.ui.recordStateFilter.currentData()
        area = self.ui.recordAreaFilter.currentData()
        kind = self.ui.recordTypeFilter.currentData()
        relevance = self.ui.recordRelevanceFilter.currentData()
        low, high = self.ui.recordYearFrom.value(), self.ui.recordYearTo.value()
        shown = [
            cells
            for text, states, areas, types, rel, years, cells in self.rows
            if all(w in text for w in words)
            and (state is None or state in states)
            and (area is None or area in areas)
            and (kind is None or kind in types)
            and (relevance is None or rel == relevance)
            and (not low or (years is not None and years[1] >= low))
            and (not high or (years is not None and years[0] <= high))
        ]
        table = self.ui.recordTable
        table.setSortingEnabled(False)
        table.setRowCount(len(shown))
        for row, cells in enumerate(shown):
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value if len(value) > 40 else "")
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        table.sortItems(1, Qt.SortOrder.AscendingOrder)
        self.ui.recordCount.setText(
            self.tr("{shown} of {total}").format(shown=len(shown), total=len(self.rows))
        )
