"""Tools > Organisations: the managed list of implementers and donors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from attdesk.domain.countries import countries
from attdesk.domain.text import fold
from attdesk.domain.vocabularies import ORGANISATION_KIND, vocabulary
from attdesk.gui.context import AppContext
from attdesk.gui.forms.ui_organisations_dialog import Ui_OrganisationsDialog
from attdesk.gui.organisation_dialog import OrganisationDialog
from attdesk.store.organisations import OrganisationRow, list_organisations

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganisationsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_OrganisationsDialog()
        self.ui.setupUi(self)
        self._rows: dict[str, OrganisationRow] = {}
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.editButton.clicked.connect(self.edit)
        self.ui.table.doubleClicked.connect(lambda _index: self.edit())
        self.ui.table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.table.setColumnWidth(0, 110)
        self.ui.table.setColumnWidth(1, 360)
        self.ui.table.setColumnWidth(2, 150)
        self.ui.table.setColumnWidth(3, 110)
        self.reload()

    def reload(self) -> None:
        with self.ctx.sessions() as session:
            rows = list_organisations(session)
        self._rows = {row.uuid: row for row in rows}
        table = self.ui.table
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        kinds = vocabulary(ORGANISATION_KIND)
        for position, row in enumerate(rows):
            cells = (
                row.acronym,
                row.name,
                kinds.label(row.kind, self.ctx.language),
                countries().name(row.country, self.ctx.language) if row.country else "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(UUID_ROLE, row.uuid)
                table.setItem(position, column, item)
            usage = QTableWidgetItem()
            usage.setData(Qt.ItemDataRole.DisplayRole, row.usage)
            usage.setData(UUID_ROLE, row.uuid)
            table.setItem(position, 4, usage)
        table.setSortingEnabled(True)
        self._filter()
        self._update_buttons()

    def _filter(self) -> None:
        words = fold(self.ui.searchEdit.text()).split()
        table = self.ui.table
        for position in range(table.rowCount()):
            text = fold(" ".join(table.item(position, c).text() for c in range(4)))
            table.setRowHidden(position, not all(word in text for word in words))

    def _selected(self) -> OrganisationRow | None:
        items = self.ui.table.selectedItems()
        return self._rows.get(str(items[0].data(UUID_ROLE))) if items else None

    def _update_buttons(self) -> None:
        self.ui.editButton.setEnabled(self._selected() is not None)

    def add(self) -> None:
        dialog = OrganisationDialog(self.ctx, self, name=self.ui.searchEdit.text().strip())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def edit(self) -> None:
        row = self._selected()
        if row is None:
            return
        dialog = OrganisationDialog(self.ctx, self, existing=row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
