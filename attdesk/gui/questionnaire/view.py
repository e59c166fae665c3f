"""The Questionnaire section: periods, a section navigator, generated pages, and a panel of
what is still to do.

Answers save as the user works: every edit restarts a short timer, and the answers edited
meanwhile are written when it fires (or at once when the user leaves the page, the period or
the program), each in its own transaction. Each written change goes on the page's undo
stack, so the last changes on a page can be taken back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QWidget,
)

from attdesk.domain.issues import ValidationError
from attdesk.gui.context import AppContext
from attdesk.gui.errors import show_error
from attdesk.gui.forms.ui_questionnaire_view import Ui_QuestionnaireView
from attdesk.gui.questionnaire.page import SectionPage
from attdesk.gui.translation import issue_text
from attdesk.questionnaire.conditions import visible_questions
from attdesk.questionnaire.definition import Definition, latest_definition
from attdesk.questionnaire.period import parse_period, period_key
from attdesk.questionnaire.status import ResponseStatus, SectionFlags, StoredAnswer, evaluate
from attdesk.store import responses as store
from attdesk.store.responses import ResponseInfo

QUESTIONNAIRE_ID = "cifta-implementation"
AUTOSAVE_MS = 400
SECTION_ROLE = 0x0100
QUESTION_ROLE = 0x0101


class AnswerChange(QUndoCommand):
    """One written change of one answer; undo writes back what was there before."""

    def __init__(
        self,
        view: QuestionnaireView,
        question_id: str,
        before: StoredAnswer | None,
        after: StoredAnswer | None,
    ):
        super().__init__(view.tr("change answer {id}").format(id=question_id))
        self.view = view
        self.question_id = question_id
        self.before = before
        self.after = after
        self._done = True  # pushed after the change was written

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.view.put_answer(self.question_id, self.after)

    def undo(self) -> None:
        self.view.put_answer(self.question_id, self.before)


class QuestionnaireView(QWidget):
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_QuestionnaireView()
        self.ui.setupUi(self)
        self.info: ResponseInfo | None = None
        self.definition: Definition | None = None
        self.answers: dict[str, StoredAnswer] = {}
        self.flags: dict[str, SectionFlags] = {}
        self.status: ResponseStatus | None = None
        self.page: SectionPage | None = None
        self._pending: set[str] = set()
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo)
        self.addAction(redo)
        self.ui.undoButton.setDefaultAction(undo)
        self.ui.redoButton.setDefaultAction(redo)

        self.ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        self.ui.newPeriodButton.clicked.connect(self.new_period)
        self.ui.nilCheck.toggled.connect(self._nil_toggled)
        self.ui.sectionList.currentRowChanged.connect(self._section_chosen)
        self.ui.issueList.itemActivated.connect(self._issue_activated)
        self.ui.issueList.itemClicked.connect(self._issue_activated)
        self.ui.confirmAllButton.clicked.connect(self.confirm_page)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setStretchFactor(2, 1)
        self.ui.splitter.setSizes([240, 760, 260])
        ctx.languageChanged.connect(lambda _language: self._rebuild())
        self.reload_periods()

    # -- periods ---------------------------------------------------------------------------

    def reload_periods(self, select: str | None = None) -> None:
        with self.ctx.sessions() as session:
            responses = store.list_responses(session, QUESTIONNAIRE_ID)
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        for info in responses:
            combo.addItem(info.period, info.uuid)
        combo.blockSignals(False)
        if not responses:
            self._show_empty()
            return
        index = combo.findData(select) if select else 0
        combo.setCurrentIndex(max(index, 0))
        self._period_chosen(combo.currentIndex())

    def _show_empty(self) -> None:
        self.info = None
        self.ui.stack.setCurrentIndex(0)
        self.ui.nilCheck.setEnabled(False)
        self.ui.bannerLabel.hide()

    def _period_chosen(self, index: int) -> None:
        uuid = self.ui.periodCombo.itemData(index)
        if uuid is None or (self.info is not None and uuid == self.info.uuid):
            return
        self.flush()
        self.open_response(str(uuid))

    def suggested_period(self) -> str:
        periods = [self.ui.periodCombo.itemText(i) for i in range(self.ui.periodCombo.count())]
        if not periods:
            import datetime as dt

            return str(dt.date.today().year - 1)
        latest = max(periods, key=period_key)
        return str(period_key(latest)[0] + 1)

    def new_period(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("New Reporting Period"),
            self.tr("Reporting period (a year such as 2025, or two years such as 2024-2025):"),
            text=self.suggested_period(),
        )
        if not ok:
            return
        period = parse_period(text)
        if period is None:
            QMessageBox.warning(
                self,
                self.tr("New Reporting Period"),
                self.tr("“{text}” is not a reporting period. Write a year (2025) or two "
                        "years (2024-2025).").format(text=text),
            )  # fmt: skip
            return
        carry = False
        with self.ctx.sessions() as session:
            previous = store.previous_response(session, QUESTIONNAIRE_ID, period)
        if previous is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Carry Answers Forward"),
                self.tr(
                    "Copy the answers of {previous} into {period}?\n\nMost answers do not "
                    "change from one report to the next. Copied answers are marked “from "
                    "{previous}, not yet reviewed” until you confirm or change them."
                ).format(previous=previous.period, period=period),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            carry = answer == QMessageBox.StandardButton.Yes
        self.start_period(period, carry)

    def start_period(self, period: str, carry: bool) -> str | None:
        """Create the response for a period (copying the previous one's answers if asked)
        and open it. Returns its UUID."""
        definition = latest_definition(QUESTIONNAIRE_ID)
        if definition is None:
            return None
        self.flush()
        try:
            with self.ctx.sessions.begin() as session:
                previous = store.previous_response(session, QUESTIONNAIRE_ID, period)
                source = previous.uuid if (carry and previous is not None) else None
                info, plan = store.create_response(session, definition, period, source)
        except Exception as error:
            show_error(self, error)
            return None
        if plan is not None and plan.answers:
            source = next(iter(plan.answers.values())).carried_from
            self.message.emit(
                self.tr(
                    "Copied %n answer(s) from {period}; review them section by section.",
                    "",
                    len(plan.answers),
                ).format(period=source)
            )
        self.reload_periods(select=info.uuid)
        return info.uuid

    # -- a response ---------------------------------------------------------------------

    def open_response(self, uuid: str) -> None:
        try:
            with self.ctx.sessions() as session:
                info = store.get_response(session, uuid)
                definition = store.definition_of(info)
                self.answers = store.load_answers(session, uuid)
                self.flags = store.load_flags(session, uuid)
                self.has_previous = (
                    store.previous_response(session, info.questionnaire_id, info.period) is not None
                )
        except Exception as error:
            show_error(self, error)
            return
        self.info, self.definition = info, definition
        self.undo_stack.clear()
        self.ui.nilCheck.blockSignals(True)
        self.ui.nilCheck.setChecked(info.nil_report)
        self.ui.nilCheck.setEnabled(True)
        self.ui.nilCheck.blockSignals(False)
        self.ui.stack.setCurrentIndex(1)
        self._rebuild()

    def _rebuild(self) -> None:
        """(Re)build the navigator and the current page, e.g. after a language change."""
        if self.definition is None:
            return
        language = self.ctx.language
        current = max(self.ui.sectionList.currentRow(), 0)
        self.ui.sectionList.blockSignals(True)
        self.ui.sectionList.clear()
        for section in self.definition.sections:
            item = QListWidgetItem(section.label(language))
            item.setData(SECTION_ROLE, section.id)
            self.ui.sectionList.addItem(item)
        self.ui.sectionList.setCurrentRow(min(current, self.ui.sectionList.count() - 1))
        self.ui.sectionList.blockSignals(False)
        self._show_section(self.ui.sectionList.currentRow())

    def _section_chosen(self, row: int) -> None:
        self.flush()
        self.undo_stack.clear()
        self._show_section(row)

    def _show_section(self, row: int) -> None:
        assert self.definition is not None
        if row < 0:
            return
        section = self.definition.sections[row]
        page = SectionPage(
            section,
            self.ctx.language,
            self.flags.get(section.id, SectionFlags()),
            self.has_previous,
        )
        for qid, block in page.blocks.items():
            block.show_answer(self.answers.get(qid))
        page.edited.connect(self._edited)
        page.confirmRequested.connect(lambda qid: self.confirm([qid]))
        page.flagsEdited.connect(self._flags_edited)
        old = self.ui.pageScroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.ui.pageScroll.setWidget(page)
        self.page = page
        self._refresh()

    # -- saving as the user works ---------------------------------------------------------

    def _edited(self, question_id: str) -> None:
        self._pending.add(question_id)
        self.ui.savedLabel.setText(self.tr("Saving…"))
        self._timer.start()
        # conditions react at once, before the save: a follow-up appears as the user answers
        if self.page is not None and self.definition is not None:
            values = {q: a.value for q, a in self.answers.items()}
            values.update({q: self.page.blocks[q].value() for q in self._pending
                           if q in self.page.blocks})  # fmt: skip
            self.page.set_visible_questions(visible_questions(self.definition, values))

    def flush(self) -> None:
        """Write every pending edit now."""
        self._timer.stop()
        if self.info is None or self.page is None or not self._pending:
            return
        pending, self._pending = self._pending, set()
        wrote = False
        for qid in sorted(pending):
            block = self.page.blocks.get(qid)
            if block is None:
                continue
            before = self.answers.get(qid)
            value, details = block.value(), block.details_text()
            if (
                before is not None
                and before.value == value
                and before.details == details
                and (before.carried_from is None)
            ):
                continue
            try:
                with self.ctx.sessions.begin() as session:
                    store.save_answer(session, self.info.uuid, qid, value, details)
                    after = store.load_answers(session, self.info.uuid).get(qid)
            except ValidationError as error:
                block.show_error("\n".join(issue_text(i) for i in error.issues))
                continue
            except Exception as error:
                self._pending.add(qid)  # keep it: the next edit or leaving tries again
                show_error(self, error)
                continue
            block.show_error("")
            block.set_carried(None)
            self._set_answer(qid, after)
            self.undo_stack.push(AnswerChange(self, qid, before, after))
            wrote = True
        if wrote:
            self._refresh()
        self.ui.savedLabel.setText(self.tr("All changes saved"))

    def _set_answer(self, qid: str, answer: StoredAnswer | None) -> None:
        if answer is None:
            self.answers.pop(qid, None)
        else:
            self.answers[qid] = answer

    def put_answer(self, question_id: str, answer: StoredAnswer | None) -> None:
        """Write an answer exactly (undo/redo) and show it."""
        if self.info is None:
            return
        try:
            with self.ctx.sessions.begin() as session:
                store.put_answer(session, self.info.uuid, question_id, answer)
        except Exception as error:
            show_error(self, error)
            return
        self._set_answer(question_id, answer)
        if self.page is not None and question_id in self.page.blocks:
            self.page.blocks[question_id].show_answer(answer)
        self._refresh()

    def confirm(self, question_ids: list[str]) -> None:
        """The user says carried-forward answers are still right."""
        if self.info is None:
            return
        self.flush()
        with self.ctx.sessions.begin() as session:
            store.confirm_answers(session, self.info.uuid, question_ids)
            self.answers = store.load_answers(session, self.info.uuid)
        if self.page is not None:
            for qid in question_ids:
                if qid in self.page.blocks:
                    self.page.blocks[qid].set_carried(None)
        self._refresh()

    def confirm_page(self) -> None:
        if self.page is None:
            return
        carried = [q for q in self.page.blocks if q in self.answers and self.answers[q].unreviewed]
        self.confirm(carried)

    def _flags_edited(self) -> None:
        if self.info is None or self.page is None:
            return
        flags = self.page.flags()
        section_id = self.page.section.id
        try:
            with self.ctx.sessions.begin() as session:
                store.set_section_flags(session, self.info.uuid, section_id, flags)
                self.answers = store.load_answers(session, self.info.uuid)
        except Exception as error:
            show_error(self, error)
            return
        self.flags[section_id] = flags
        if flags.no_change:
            for block in self.page.blocks.values():
                block.set_carried(None)
        self._refresh()

    def _nil_toggled(self, checked: bool) -> None:
        if self.info is None:
            return
        with self.ctx.sessions.begin() as session:
            store.set_nil_report(session, self.info.uuid, checked)
        self.info = replace(self.info, nil_report=checked)
        self._refresh()

    # -- status: navigator, panel, banner ------------------------------------------------

    def _refresh(self) -> None:
        if self.definition is None or self.info is None:
            return
        status = evaluate(self.definition, self.answers, self.flags, self.info.nil_report)
        self.status = status
        language = self.ctx.language
        done_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for row, section_status in enumerate(status.sections):
            item = self.ui.sectionList.item(row)
            if item is None:
                continue
            section = self.definition.sections[row]
            if section_status.no_change:
                state = self.tr("no change")
            elif section_status.withheld:
                state = self.tr("withheld")
            else:
                state = self.tr("{answered} of {shown}").format(
                    answered=section_status.answered, shown=section_status.visible
                )
            extra = (
                self.tr(", {n} to review").format(n=len(section_status.unreviewed))
                if section_status.unreviewed and not section_status.no_change
                else ""
            )
            item.setText(f"{section.label(language)}\n{state}{extra}")
            complete = section_status.complete and not (
                section_status.unreviewed and not section_status.no_change
            )
            item.setIcon(done_icon if complete else self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning if section_status.missing_required
                else QStyle.StandardPixmap.SP_FileIcon))  # fmt: skip
        if self.page is not None:
            values = {q: a.value for q, a in self.answers.items()}
            self.page.set_visible_questions(visible_questions(self.definition, values))
            self.page.setEnabled(not self.info.nil_report)
        self._fill_panel(status)
        self._update_banner(status)

    def _fill_panel(self, status: ResponseStatus) -> None:
        assert self.definition is not None
        language = self.ctx.language
        questions = self.definition.by_id
        panel = self.ui.issueList
        panel.clear()

        def add(text: str, qid: str | None, section_id: str | None) -> None:
            item = QListWidgetItem(text)
            item.setData(SECTION_ROLE, section_id)
            item.setData(QUESTION_ROLE, qid)
            panel.addItem(item)

        if not status.nil_report:
            for qid in status.missing_required:
                q = questions[qid]
                add(self.tr("Required: {id} {text}").format(id=qid, text=q.label(language)),
                    qid, q.section_id)  # fmt: skip
            for issue in status.invalid:
                qid = issue.field.split(":")[0]
                q = questions.get(qid)
                add(self.tr("Check {id}: {message}").format(id=qid, message=issue_text(issue)),
                    qid, q.section_id if q else None)  # fmt: skip
            for qid in status.unreviewed:
                q = questions[qid]
                add(self.tr("To review ({period}): {id} {text}").format(
                    period=self.answers[qid].carried_from, id=qid, text=q.label(language)),
                    qid, q.section_id)  # fmt: skip
        for qid in status.not_in_version:
            add(self.tr("Not in this version, kept: {id} = {value}").format(
                id=qid, value=_summary(self.answers[qid].value)), None, None)  # fmt: skip
        count = panel.count()
        self.ui.panelHeading.setText(
            self.tr("Nil report: nothing else is needed.") if status.nil_report
            else self.tr("Still to do: {count}").format(count=count) if count
            else self.tr("Complete: nothing left to do.")
        )  # fmt: skip
        on_page = self.page is not None and any(
            q in self.answers and self.answers[q].unreviewed for q in self.page.blocks
        )
        self.ui.confirmAllButton.setEnabled(on_page)

    def _update_banner(self, status: ResponseStatus) -> None:
        assert self.definition is not None and self.info is not None
        parts = [
            self.tr("{title}, version {version}, period {period}.").format(
                title=self.definition.label(self.ctx.language),
                version=self.definition.version,
                period=self.info.period,
            )
        ]
        if self.info.nil_report:
            parts.append(self.tr("Nil report: the answers are kept but not sent."))
        elif status.unreviewed:
            parts.append(
                self.tr(
                    "%n answer(s) copied from {period} still need review.",
                    "",
                    len(status.unreviewed),
                ).format(period=self.info.carried_from or "")
            )
        latest = latest_definition(self.definition.id)
        if latest is not None and latest.version != self.definition.version:
            parts.append(self.tr("A newer version ({version}) exists.").format(
                version=latest.version))  # fmt: skip
        self.ui.bannerLabel.setText(" ".join(parts))
        self.ui.bannerLabel.show()

    def _issue_activated(self, item: QListWidgetItem) -> None:
        section_id = item.data(SECTION_ROLE)
        qid = item.data(QUESTION_ROLE)
        if self.definition is None or section_id is None:
            return
        self.go_to_question(str(section_id), str(qid) if qid else None)

    def go_to_question(self, section_id: str, question_id: str | None) -> None:
        assert self.definition is not None
        ids = [s.id for s in self.definition.sections]
        self.ui.sectionList.setCurrentRow(ids.index(section_id))
        if self.page is not None and question_id in self.page.blocks:
            block = self.page.blocks[str(question_id)]
            self.ui.pageScroll.ensureWidgetVisible(block)
            block.editor.focus_target().setFocus()

    # -- leaving ---------------------------------------------------------------------------

    def maybe_save(self) -> bool:
        self.flush()
        return True

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)


def _summary(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
