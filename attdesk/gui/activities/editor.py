"""The activity editor: every field of one activity, validated next to each field.

Lives beside the table. It knows whether it holds unsaved changes by comparing the widgets'
state with the state last loaded or saved, so typing a change and typing it back is not
"unsaved". Saving runs in one short transaction; invalid input never reaches the database.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from attdesk.domain import activity as fields
from attdesk.domain.activity import ActivityData, validate_activity
from attdesk.domain.checks import parse_amount
from attdesk.domain.countries import countries
from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.partial_date import PartialDate, PartialDateError, date_issue
from attdesk.domain.vocabularies import (
    ACTIVITY_FORMAT,
    ASSISTANCE_TYPE,
    INSTRUMENT,
    RELEVANCE,
)
from attdesk.gui.activities.sources import ActivitySource, NeedSource, OrganisationSource
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.forms.ui_activity_editor import Ui_ActivityEditor
from attdesk.gui.record_editor import FORM_PAGE, RecordEditor
from attdesk.gui.widgets.check_list import CheckItem
from attdesk.gui.widgets.currency_combo import chosen_currency, fill_currencies
from attdesk.gui.widgets.field_errors import FieldErrors
from attdesk.gui.widgets.vocabulary_items import focus_items, vocabulary_items
from attdesk.store import activities as activity_store
from attdesk.store import needs as need_store


class ActivityEditor(RecordEditor):
    """The editor of one activity; see RecordEditor for the signals."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ActivityEditor()
        self.ui.setupUi(self)
        self.ctx: AppContext | None = None

    # -- setup ---------------------------------------------------------------------------

    def setup(self, ctx: AppContext, organisations: OrganisationSource) -> None:
        """Finish construction (the form builds the widget before a context exists)."""
        self.ctx = ctx
        ui = self.ui
        ui.implementersPick.set_source(organisations, self.tr("Type a name or acronym, then Enter"))
        ui.donorsPick.set_source(organisations, self.tr("Type a name or acronym, then Enter"))
        ui.relatedPick.set_source(
            ActivitySource(ctx, lambda: self._uuid),
            self.tr("Type words of another activity's title"),
        )
        ui.implementersPick.set_visible_rows(3)
        ui.donorsPick.set_visible_rows(2)
        ui.relatedPick.set_visible_rows(2)
        ui.needsPick.set_source(NeedSource(ctx), self.tr("Type words of a need's title"))
        ui.needsPick.set_visible_rows(2)
        ui.needSuggestionsLabel.linkActivated.connect(self._link_need)
        ui.focusList.changed.connect(self._suggest_needs)
        ui.needsPick.changed.connect(self._suggest_needs)
        self.errors = FieldErrors(
            ui.form,
            {
                fields.TITLE: ui.titleEdit,
                fields.DESCRIPTION: ui.descriptionEdit,
                fields.FORMAT: ui.formatCombo,
                fields.RELEVANCE_FIELD: ui.relevanceCombo,
                fields.LARGER_PROJECT: ui.largerProjectEdit,
                fields.START_DATE: ui.startDateEdit,
                fields.END_DATE: ui.endDateEdit,
                fields.PLACE: ui.placeEdit,
                fields.TYPES: ui.typesList,
                fields.FOCUS_AREAS: ui.focusList,
                fields.INSTRUMENTS: ui.instrumentsList,
                fields.PARTNER_STATES: ui.partnersList,
                fields.IMPLEMENTERS: ui.implementersPick,
                fields.DONORS: ui.donorsPick,
                fields.CONTACT: ui.contactEdit,
                fields.BUDGET_AMOUNT: ui.budgetBox,
                fields.WEBSITES: ui.websitesEdit,
                fields.RELATED: ui.relatedPick,
                "needs": ui.needsPick,
                fields.NOTES: ui.notesEdit,
            },
        )
        ui.budgetBox.setFocusProxy(ui.amountEdit)
        self.relabel()
        for signal in (
            ui.titleEdit.textChanged,
            ui.descriptionEdit.textChanged,
            ui.formatCombo.currentIndexChanged,
            ui.relevanceCombo.currentIndexChanged,
            ui.largerProjectEdit.textChanged,
            ui.startDateEdit.textChanged,
            ui.endDateEdit.textChanged,
            ui.placeEdit.textChanged,
            ui.typesList.changed,
            ui.focusList.changed,
            ui.instrumentsList.changed,
            ui.partnersList.changed,
            ui.implementersPick.changed,
            ui.donorsPick.changed,
            ui.contactEdit.textChanged,
            ui.amountEdit.textChanged,
            ui.currencyCombo.currentTextChanged,
            ui.websitesEdit.textChanged,
            ui.relatedPick.changed,
            ui.needsPick.changed,
            ui.notesEdit.textChanged,
        ):
            signal.connect(self._on_edited)
        ui.titleEdit.textChanged.connect(self._update_heading)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ctx.languageChanged.connect(lambda _language: self.relabel())
        ctx.organisationsChanged.connect(self._organisations_changed)
        self.show_empty()

    def relabel(self) -> None:
        """Fill vocabulary widgets in the interface language, keeping what is chosen."""
        assert self.ctx is not None
        language = self.ctx.language
        ui = self.ui
        loading, self._loading = self._loading, True
        ui.formatCombo.configure(ACTIVITY_FORMAT, language, self.tr("— not given —"))
        ui.relevanceCombo.configure(RELEVANCE, language, self.tr("— choose —"))
        ui.typesList.set_items(vocabulary_items(ASSISTANCE_TYPE, language), visible_rows=4)
        ui.focusList.set_items(focus_items(language), visible_rows=9)
        ui.instrumentsList.set_items(vocabulary_items(INSTRUMENT, language), visible_rows=5)
        known = countries()
        own = self.ctx.settings.state
        ui.partnersList.set_items(
            [CheckItem(c.code, f"{c.name(language)} ({c.code})") for c in
             sorted(known.americas, key=lambda c: (c.code != own, c.name(language)))],
            visible_rows=6,
        )  # fmt: skip
        fill_currencies(ui.currencyCombo, language)
        self._loading = loading

    # -- state ---------------------------------------------------------------------------

    def _texts(self) -> dict[str, str]:
        return {
            "none": self.tr("No activity selected"),
            "new": self.tr("New activity"),
            "untitled": self.tr("Untitled activity"),
            "unsaved": self.tr("This activity has changes that are not saved. Save them?"),
        }

    def _state(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.titleEdit.text(),
            ui.descriptionEdit.toPlainText(),
            ui.formatCombo.code(),
            ui.relevanceCombo.code(),
            ui.largerProjectEdit.text(),
            ui.startDateEdit.text(),
            ui.endDateEdit.text(),
            ui.placeEdit.text(),
            ui.typesList.checked(),
            ui.focusList.checked(),
            ui.instrumentsList.checked(),
            ui.partnersList.checked(),
            ui.implementersPick.keys(),
            ui.donorsPick.keys(),
            ui.contactEdit.toPlainText(),
            ui.amountEdit.text(),
            ui.currencyCombo.currentText(),
            ui.websitesEdit.toPlainText(),
            ui.relatedPick.keys(),
            ui.needsPick.keys(),
            ui.notesEdit.toPlainText(),
        )

    # -- loading -------------------------------------------------------------------------

    def load(self, uuid: str) -> None:
        """Show a stored activity (NotFoundError if it has gone)."""
        assert self.ctx is not None
        with self.ctx.sessions() as session:
            data = activity_store.get_activity(session, uuid)
            created, updated = activity_store.activity_timestamps(session, uuid)
            needs = need_store.needs_of_activity(session, uuid)
        self._fill(data, uuid, needs)
        locale_time = "%Y-%m-%d %H:%M"
        self.ui.infoLabel.setText(
            self.tr("Recorded {created}, last changed {updated}. Identifier: {uuid}").format(
                created=created.astimezone().strftime(locale_time),
                updated=updated.astimezone().strftime(locale_time),
                uuid=uuid,
            )
        )

    def new(self) -> None:
        """Start a new activity with sensible defaults (the user's own state as partner)."""
        assert self.ctx is not None
        own = self.ctx.settings.state
        self._fill(ActivityData(partner_states=(own,) if own else ()), None)
        self.ui.infoLabel.setText(self.tr("Not saved yet."))
        self.ui.titleEdit.setFocus()

    def start_from(self, data: ActivityData) -> None:
        """Start a new activity pre-filled from `data` (duplicate as template); unsaved."""
        self._fill(ActivityData(), None)
        self._clean_state = self._state()
        self._set_widgets(data)
        self.ui.infoLabel.setText(self.tr("Not saved yet: a copy of another activity."))
        self._on_edited()
        self.ui.titleEdit.setFocus()
        self.ui.titleEdit.selectAll()

    def _fill(self, data: ActivityData, uuid: str | None, needs: Sequence[str] = ()) -> None:
        self._editing = True
        self._uuid = uuid
        self._loading = True
        try:
            self._set_widgets(data)
            self.ui.needsPick.set_keys(needs)
        finally:
            self._loading = False
        self._suggest_needs()
        self.errors.clear()
        self.ui.stack.setCurrentIndex(FORM_PAGE)
        self.ui.scroll.verticalScrollBar().setValue(0)
        self._mark_clean()

    def _set_widgets(self, data: ActivityData) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.descriptionEdit.setPlainText(data.description)
        ui.formatCombo.set_code(data.format)
        ui.relevanceCombo.set_code(data.relevance)
        ui.largerProjectEdit.setText(data.larger_project)
        ui.startDateEdit.set_value(data.start_date)
        ui.endDateEdit.set_value(data.end_date)
        ui.placeEdit.setText(data.place)
        ui.typesList.set_checked(data.types)
        ui.focusList.set_checked(data.focus_areas)
        ui.instrumentsList.set_checked(data.instruments)
        ui.partnersList.set_checked(data.partner_states)
        ui.implementersPick.set_keys(data.implementers)
        ui.donorsPick.set_keys(data.donors)
        ui.contactEdit.setPlainText(data.implementer_contact)
        ui.amountEdit.setText("" if data.budget_amount is None else format(data.budget_amount, "f"))
        index = ui.currencyCombo.findData(data.budget_currency) if data.budget_currency else 0
        ui.currencyCombo.setCurrentIndex(max(index, 0))
        ui.websitesEdit.setPlainText("\n".join(data.websites))
        ui.relatedPick.set_keys(data.related)
        ui.notesEdit.setPlainText(data.notes)

    # -- saving --------------------------------------------------------------------------

    def collect(self) -> tuple[ActivityData, list[FieldIssue]]:
        """The activity as typed, and the problems found reading it."""
        ui = self.ui
        issues: list[FieldIssue] = []
        start = self._date(fields.START_DATE, ui.startDateEdit.value, issues)
        end = self._date(fields.END_DATE, ui.endDateEdit.value, issues)
        amount: Decimal | None = None
        if ui.amountEdit.text().strip():
            try:
                amount = parse_amount(ui.amountEdit.text())
            except ValueError:
                issues.append(
                    FieldIssue(fields.BUDGET_AMOUNT, "bad_amount", {"value": ui.amountEdit.text()})
                )
        currency = self._currency(issues)
        data = ActivityData(
            uuid=self._uuid,
            title=ui.titleEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            format=ui.formatCombo.code(),
            start_date=start,
            end_date=end,
            place=ui.placeEdit.text(),
            relevance=ui.relevanceCombo.code(),
            types=ui.typesList.checked(),
            focus_areas=ui.focusList.checked(),
            instruments=ui.instrumentsList.checked(),
            partner_states=ui.partnersList.checked(),
            implementers=ui.implementersPick.keys(),
            donors=ui.donorsPick.keys(),
            larger_project=ui.largerProjectEdit.text(),
            budget_amount=amount,
            budget_currency=currency,
            websites=tuple(ui.websitesEdit.toPlainText().splitlines()),
            related=ui.relatedPick.keys(),
            implementer_contact=ui.contactEdit.toPlainText(),
            notes=ui.notesEdit.toPlainText(),
        ).normalised()
        return data, issues

    @staticmethod
    def _date(field: str, read: object, issues: list[FieldIssue]) -> PartialDate | None:
        try:
            return read()  # type: ignore[operator,no-any-return]
        except PartialDateError as error:
            issues.append(date_issue(field, error))
            return None

    def _currency(self, issues: list[FieldIssue]) -> str | None:
        return chosen_currency(self.ui.currencyCombo, fields.BUDGET_AMOUNT, issues)

    def save(self) -> str | None:
        """Validate and store; returns the UUID, or None if something must be fixed first."""
        assert self.ctx is not None
        if not self._editing:
            return None
        data, issues = self.collect()
        reported = {issue.field for issue in issues}
        issues += [i for i in validate_activity(data) if i.field not in reported]
        issues = [_budget_field(issue) for issue in issues]
        if issues:
            self.errors.show(issues)
            return None
        created = self._uuid is None
        try:
            with self.ctx.sessions.begin() as session:
                uuid = activity_store.save_activity(session, data)
                need_store.set_needs_of_activity(session, uuid, self.ui.needsPick.keys())
        except ValidationError as error:
            self.errors.show([_budget_field(issue) for issue in error.issues])
            return None
        except Exception as error:
            show_error(self, error)
            return None
        self.errors.clear()
        self.load(uuid)
        self.saved.emit(uuid, created)
        return uuid

    def _suggest_needs(self) -> None:
        """Offer the unmet needs that share a focus area with this activity."""
        if self.ctx is None or not self._editing:
            return
        with self.ctx.sessions() as session:
            found = need_store.suggest_needs(
                session, self.ui.focusList.checked(), exclude=self.ui.needsPick.keys()
            )[:5]
        label = self.ui.needSuggestionsLabel
        if not found:
            label.clear()
            label.hide()
            return
        links = ", ".join(f'<a href="{s.uuid}">{html.escape(s.title)}</a>' for s in found)
        label.setText(
            self.tr("Open needs in the same focus areas (click to link): {needs}").format(
                needs=links
            )
        )
        label.show()

    def _link_need(self, uuid: str) -> None:
        keys = self.ui.needsPick.keys()
        if uuid not in keys:
            self.ui.needsPick.set_keys([*keys, uuid])

    def _organisations_changed(self) -> None:
        for pick in (self.ui.implementersPick, self.ui.donorsPick):
            pick.refresh_displays()


def _budget_field(issue: FieldIssue) -> FieldIssue:
    """Budget amount and currency share one row, hence one message slot."""
    if issue.field == fields.BUDGET_CURRENCY:
        return FieldIssue(fields.BUDGET_AMOUNT, issue.code, issue.params)
    return issue
