"""Create or edit one organisation (also opened from the implementer picker)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from attdesk.domain.countries import countries
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.organisation import OrganisationData
from attdesk.domain.vocabularies import ORGANISATION_KIND
from attdesk.gui.context import AppContext
from attdesk.gui.forms.ui_organisation_dialog import Ui_OrganisationDialog
from attdesk.gui.widgets.field_errors import FieldErrors
from attdesk.store import organisations as organisation_store
from attdesk.store.organisations import OrganisationRow


class OrganisationDialog(QDialog):
    """Returns the saved organisation in `result_row` when accepted."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None,
        existing: OrganisationRow | None = None,
        name: str = "",
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.existing = existing
        self.result_row: OrganisationRow | None = None
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self.country = self.ui.countryCombo
        self.country.configure(countries().all, ctx.language, self.tr("— none —"))
        self.ui.kindCombo.configure(ORGANISATION_KIND, ctx.language)
        self.errors = FieldErrors(
            self.ui.form,
            {
                "name": self.ui.nameEdit,
                "acronym": self.ui.acronymEdit,
                "kind": self.ui.kindCombo,
                "country": self.country,
            },
        )
        if existing is not None:
            self.setWindowTitle(self.tr("Edit Organisation"))
            self.ui.intro.setText(self.tr("Changes apply to every activity that names it."))
            self.ui.nameEdit.setText(existing.name)
            self.ui.acronymEdit.setText(existing.acronym)
            self.ui.kindCombo.set_code(existing.kind)
            self.country.set_code(existing.country)
        else:
            self.setWindowTitle(self.tr("New Organisation"))
            self.ui.intro.setText(
                self.tr(
                    "Add an implementer or donor to the list; it can be reused in every activity."
                )
            )
            self.ui.nameEdit.setText(name)
            self.ui.kindCombo.set_code("international_org")
            self.country.set_code(None)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)

    def data(self) -> OrganisationData:
        return OrganisationData(
            name=self.ui.nameEdit.text(),
            acronym=self.ui.acronymEdit.text(),
            kind=self.ui.kindCombo.code() or "",
            country=self.country.code(),
            uuid=self.existing.uuid if self.existing else None,
        )

    def save(self) -> None:
        data = self.data()
        if self.country.unknown_text():
            issue = FieldIssue("country", "unknown_state", {"value": self.country.typed_text()})
            self.errors.show([issue])
            return
        try:
            with self.ctx.sessions.begin() as session:
                if self.existing is None:
                    self.result_row = organisation_store.create_organisation(session, data)
                else:
                    organisation_store.update_organisation(session, data)
                    self.result_row = organisation_store.get_organisation(session, str(data.uuid))
        except ValidationError as error:
            self.errors.show(error.issues)
            return
        self.ctx.organisationsChanged.emit()
        self.accept()
