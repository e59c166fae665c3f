"""Offers of assistance entered in the window (ATT Art. 18(3)(c)); matched with open
needs in the Figures tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QTableWidgetItem

from attdesk.domain.countries import countries
from attdesk.domain.issues import ValidationError
from attdesk.domain.vocabularies import ASSISTANCE_TYPE, FOCUS_AREA, SUBREGION, vocabulary
from attdesk.gui.context import AppContext
from attdesk.gui.translation import issue_text
from attdesk.gui.widgets.check_list import CheckItem
from attdesk.gui.widgets.vocabulary_items import focus_items, vocabulary_items
from attdesk.store.offers import OfferData, delete_offer, list_offers, save_offer

ANY_YEAR = 0


class OfferEditor(QObject):
    """Drives the Offers tab; `changed` after an offer is added or deleted."""

    changed = Signal()

    def __init__(self, ctx: AppContext, ui: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        language = ctx.language
        ui.offerAreasList.set_items(focus_items(language), visible_rows=6)
        ui.offerTypesList.set_items(vocabulary_items(ASSISTANCE_TYPE, language), visible_rows=4)
        ui.offerStatesList.set_items(
            [CheckItem(c.code, c.name(language), None, "") for c in countries().lac],
            visible_rows=5,
        )
        ui.offerSubregionsList.set_items(vocabulary_items(SUBREGION, language), visible_rows=3)
        for spin in (ui.offerFromSpin, ui.offerToSpin):
            spin.setRange(ANY_YEAR, 2100)
            spin.setSpecialValueText(self.tr("any"))
            spin.setValue(ANY_YEAR)
        ui.addOfferButton.clicked.connect(self.add)
        ui.deleteOfferButton.clicked.connect(self.delete)
        ui.offerTable.itemSelectionChanged.connect(self._selection)
        self.offers: list[OfferData] = []
        self.reload()

    def reload(self) -> None:
        with self.ctx.sessions() as session:
            self.offers = list_offers(session)
        table = self.ui.offerTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Provider"), self.tr("Focus areas"), self.tr("Eligible"), self.tr("Years")]
        )
        table.setRowCount(len(self.offers))
        areas = vocabulary(FOCUS_AREA)
        for row, offer in enumerate(self.offers):
            eligible = ", ".join([*offer.states, *offer.subregions]) or self.tr("any state")
            years = (
                f"{offer.year_from or '…'}–{offer.year_to or '…'}"
                if offer.year_from or offer.year_to
                else self.tr("any")
            )
            values = [offer.provider, "; ".join(areas.labels(offer.focus_areas, self.ctx.language)),
                      eligible, years]  # fmt: skip
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        self._selection()

    def _selection(self) -> None:
        self.ui.deleteOfferButton.setEnabled(bool(self.ui.offerTable.selectedItems()))

    def add(self) -> None:
        ui = self.ui
        data = OfferData(
            provider=ui.providerEdit.text(),
            focus_areas=ui.offerAreasList.checked(),
            types=ui.offerTypesList.checked(),
            states=ui.offerStatesList.checked(),
            subregions=ui.offerSubregionsList.checked(),
            year_from=ui.offerFromSpin.value() or None,
            year_to=ui.offerToSpin.value() or None,
        )
        try:
            with self.ctx.sessions.begin() as session:
                save_offer(session, data)
        except ValidationError as error:
            ui.offerErrorLabel.setText("\n".join(
                f"{i.field}: {issue_text(i)}" for i in error.issues))  # fmt: skip
            return
        ui.offerErrorLabel.clear()
        ui.providerEdit.clear()
        for checklist in (ui.offerAreasList, ui.offerTypesList, ui.offerStatesList,
                          ui.offerSubregionsList):  # fmt: skip
            checklist.set_checked([])
        self.reload()
        self.changed.emit()

    def delete(self) -> None:
        row = self.ui.offerTable.currentRow()
        if not 0 <= row < len(self.offers) or self.offers[row].uuid is None:
            return
        with self.ctx.sessions.begin() as session:
            delete_offer(session, str(self.offers[row].uuid))
        self.reload()
        self.changed.emit()
