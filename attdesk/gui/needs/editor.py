"""The need editor: every field of one need, validated next to each field.

Works like the activity editor: unsaved changes are known by comparing the widgets' state
with the state last loaded or saved, and saving is one short transaction.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from attdesk.domain import need as fields
from attdesk.domain.checks import parse_amount
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.need import NeedData
from attdesk.domain.partial_date import PartialDate, PartialDateError, date_issue
from attdesk.domain.vocabularies import (
    ASSISTANCE_TYPE,
    INSTRUMENT,
    NEED_PRIORITY,
    NEED_STATUS,
)
from attdesk.gui.activities.sources import ActivitySource, OrganisationSource
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.forms.ui_need_editor import Ui_NeedEditor
from attdesk.gui.record_editor import FORM_PAGE, RecordEditor
from attdesk.gui.widgets.currency_combo import chosen_currency, fill_currencies
from attdesk.gui.widgets.field_errors import FieldErrors
from attdesk.gui.widgets.vocabulary_items import focus_items, vocabulary_items
from attdesk.store import needs as need_store


class NeedEditor(RecordEditor):
    """The editor of one need; see RecordEditor for the signals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NeedEditor()
        self.ui.setupUi(self)
        self.ctx: AppContext | None = None

    def setup(self, ctx: AppContext, organisations: OrganisationSource) -> None:
        self.ctx = ctx
        ui = self.ui
        ui.partnerPick.set_source(organisations, self.tr("Type a name or acronym, then Enter"))
        ui.partnerPick.set_single(True)
        ui.partnerPick.set_visible_rows(1)
        ui.activitiesPick.set_source(
            ActivitySource(ctx, lambda: None), self.tr("Type words of an activity's title")
        )
        ui.activitiesPick.set_visible_rows(3)
        self.errors = FieldErrors(
            ui.form,
            {
                fields.TITLE: ui.titleEdit,
                fields.DESCRIPTION: ui.descriptionEdit,
                fields.PRIORITY: ui.priorityCombo,
                fields.STATUS: ui.statusCombo,
                fields.DATE_IDENTIFIED: ui.identifiedEdit,
                fields.FOCUS_AREAS: ui.focusList,
                fields.TYPES: ui.typesList,
                fields.INSTRUMENTS: ui.instrumentsList,
                fields.COST_AMOUNT: ui.costBox,
                fields.PREFERRED_PARTNER: ui.partnerPick,
                fields.ADDRESSED_BY: ui.activitiesPick,
                fields.NOTES: ui.notesEdit,
            },
        )
        ui.costBox.setFocusProxy(ui.costEdit)
        self.relabel()
        for signal in (
            ui.titleEdit.textChanged,
            ui.descriptionEdit.textChanged,
            ui.priorityCombo.currentIndexChanged,
            ui.statusCombo.currentIndexChanged,
            ui.identifiedEdit.textChanged,
            ui.focusList.changed,
            ui.typesList.changed,
            ui.instrumentsList.changed,
            ui.costEdit.textChanged,
            ui.currencyCombo.currentTextChanged,
            ui.partnerPick.changed,
            ui.activitiesPick.changed,
            ui.notesEdit.textChanged,
        ):
            signal.connect(self._on_edited)
        ui.titleEdit.textChanged.connect(self._update_heading)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ctx.languageChanged.connect(lambda _language: self.relabel())
        ctx.organisationsChanged.connect(self.ui.partnerPick.refresh_displays)
        self.show_empty()

    def relabel(self) -> None:
        assert self.ctx is not None
        language = self.ctx.language
        ui = self.ui
        loading, self._loading = self._loading, True
        ui.priorityCombo.configure(NEED_PRIORITY, language, self.tr("— choose —"))
        ui.statusCombo.configure(NEED_STATUS, language, self.tr("— choose —"))
        ui.focusList.set_items(focus_items(language), visible_rows=6)
        ui.typesList.set_items(vocabulary_items(ASSISTANCE_TYPE, language), visible_rows=4)
        ui.instrumentsList.set_items(vocabulary_items(INSTRUMENT, language), visible_rows=4)
        fill_currencies(ui.currencyCombo, language)
        self._loading = loading

    # -- state -----------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "none": self.tr("No need selected"),
            "new": self.tr("New need"),
            "untitled": self.tr("Untitled need"),
            "unsaved": self.tr("This need has changes that are not saved. Save them?"),
        }

    def _state(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.titleEdit.text(),
            ui.descriptionEdit.toPlainText(),
            ui.priorityCombo.code(),
            ui.statusCombo.code(),
            ui.identifiedEdit.text(),
            ui.focusList.checked(),
            ui.typesList.checked(),
            ui.instrumentsList.checked(),
            ui.costEdit.text(),
            ui.currencyCombo.currentText(),
            ui.partnerPick.keys(),
            ui.activitiesPick.keys(),
            ui.notesEdit.toPlainText(),
        )

    # -- loading -----------------------------------------------------------------------------

    def load(self, uuid: str) -> None:
        assert self.ctx is not None
        with self.ctx.sessions() as session:
            data = need_store.get_need(session, uuid)
        self._fill(data, uuid)
        self.ui.infoLabel.setText(self.tr("Identifier: {uuid}").format(uuid=uuid))

    def new(self) -> None:
        self._fill(NeedData(), None)
        self.ui.infoLabel.setText(self.tr("Not saved yet."))
        self.ui.titleEdit.setFocus()

    def _fill(self, data: NeedData, uuid: str | None) -> None:
        self._editing = True
        self._uuid = uuid
        self._loading = True
        try:
            ui = self.ui
            ui.titleEdit.setText(data.title)
            ui.descriptionEdit.setPlainText(data.description)
            ui.priorityCombo.set_code(data.priority)
            ui.statusCombo.set_code(data.status)
            ui.identifiedEdit.set_value(data.date_identified)
            ui.focusList.set_checked(data.focus_areas)
            ui.typesList.set_checked(data.types)
            ui.instrumentsList.set_checked(data.instruments)
            ui.costEdit.setText("" if data.cost_amount is None else format(data.cost_amount, "f"))
            index = ui.currencyCombo.findData(data.cost_currency) if data.cost_currency else 0
            ui.currencyCombo.setCurrentIndex(max(index, 0))
            ui.partnerPick.set_keys([data.preferred_partner] if data.preferred_partner else [])
            ui.activitiesPick.set_keys(data.addressed_by)
            ui.notesEdit.setPlainText(data.notes)
        finally:
            self._loading = False
        self.errors.clear()
        self.ui.stack.setCurrentIndex(FORM_PAGE)
        self.ui.scroll.verticalScrollBar().setValue(0)
        self._mark_clean()

    # -- saving ------------------------------------------------------------------------------

    def collect(self) -> tuple[NeedData, list[FieldIssue]]:
        ui = self.ui
        issues: list[FieldIssue] = []
        identified: PartialDate | None = None
        try:
            identified = PartialDate.parse_optional(ui.identifiedEdit.text())
        except PartialDateError as error:
            issues.append(date_issue(fields.DATE_IDENTIFIED, error))
        amount: Decimal | None = None
        if ui.costEdit.text().strip():
            try:
                amount = parse_amount(ui.costEdit.text())
            except ValueError:
                issues.append(
                    FieldIssue(fields.COST_AMOUNT, "bad_amount", {"value": ui.costEdit.text()})
                )
        currency = self._currency(issues)
        partner = ui.partnerPick.keys()
        data = NeedData(
            uuid=self._uuid,
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            priority=ui.priorityCombo.code(),
            status=ui.statusCombo.code(),
            date_identified=identified,
            focus_areas=ui.focusList.checked(),
            types=ui.typesList.checked(),
            instruments=ui.instrumentsList.checked(),
            cost_amount=amount,
            cost_currency=currency,
            preferred_partner=partner[0] if partner else None,
            addressed_by=ui.activitiesPick.keys(),
            notes=ui.notesEdit.toPlainText(),
        )
        return data, issues

    def _currency(self, issues: list[FieldIssue]) -> str | None:
        return chosen_currency(self.ui.currencyCombo, fields.COST_AMOUNT, issues)

    def save(self) -> str | None:
        """Validate and store; returns the UUID, or None if something must be fixed first."""
        assert self.ctx is not None
        if not self._editing:
            return None
        data, issues = self.collect()
        reported = {issue.field for issue in issues}
        issues += [i for i in fields.validate_need(data) if i.field not in reported]
        issues = [_cost_field(issue) for issue in issues]
        if issues:
            self.errors.show(issues)
            return None
        created = self._uuid is None
        try:
            with self.ctx.sessions.begin() as session:
                uuid = need_store.save_need(session, data)
        except ValidationError as error:
            self.errors.show([_cost_field(issue) for issue in error.issues])
            return None
        except Exception as error:
            show_error(self, error)
            return None
        self.errors.clear()
        self.load(uuid)
        self.saved.emit(uuid, created)
        return uuid


def _cost_field(issue: FieldIssue) -> FieldIssue:
    """Amount and currency share one row, hence one message slot."""
    if issue.field == fields.COST_CURRENCY:
        return FieldIssue(fields.COST_AMOUNT, issue.code, issue.params)
    return issue
