"""One section of a questionnaire as a page: a block per question, built from the definition.

A block shows the question with its articles, the editor for its type, the guidance beside
it, a details box where the definition asks for one, and, for an answer copied from an
earlier period, the "not yet reviewed" mark with a button to confirm it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from attdesk.domain.vocabularies import INSTRUMENT, vocabulary
from attdesk.gui.questionnaire.answer_widgets import AnswerEditor, editor_for
from attdesk.questionnaire.definition import Question, Section
from attdesk.questionnaire.status import SectionFlags, StoredAnswer

GUIDANCE_WIDTH = 300


def articles_text(question: Question, language: str) -> str:
    instruments = vocabulary(INSTRUMENT)

    def name(code: str) -> str:
        return instruments.label(code, language) if code in instruments else code

    return " · ".join(f"{name(a.instrument)} {a.article}" for a in question.articles)


class QuestionBlock(QFrame):
    """Signals `edited(question_id)` and `confirmRequested(question_id)`."""

    edited = Signal(str)
    confirmRequested = Signal(str)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"question-{question.id}")
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 1)
        title = QLabel(f"<b>{question.id}</b>&nbsp; {_escape(question.label(language))}"
                       + (" <span style='color:#b00020'>*</span>" if question.required else ""),
                       self)  # fmt: skip
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(title, 0, 0, 1, 2)
        cited = articles_text(question, language)
        if cited:
            articles = QLabel(cited, self)
            articles.setStyleSheet("color: palette(placeholder-text); font-size: 11px;")
            articles.setWordWrap(True)
            grid.addWidget(articles, 1, 0, 1, 2)
        self.editor: AnswerEditor = editor_for(question, language, self)
        self.editor.edited.connect(lambda: self.edited.emit(question.id))
        answer_column = QVBoxLayout()
        answer_column.addWidget(self.editor)
        self.details: QPlainTextEdit | None = None
        if question.details:
            self.details = QPlainTextEdit(self)
            self.details.setTabChangesFocus(True)
            self.details.setPlaceholderText(self.tr("Details, comments and web links (optional)"))
            self.details.setFixedHeight(self.fontMetrics().height() * 3 + 12)
            self.details.textChanged.connect(self._details_changed)
            answer_column.addWidget(self.details)
        self._filling = False
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        answer_column.addWidget(self.error_label)
        carried_row = QHBoxLayout()
        self.carried_label = QLabel(self)
        self.carried_label.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 2px 6px; border-radius: 3px;"
        )
        self.confirm_button = QPushButton(self.tr("Confirm"), self)
        self.confirm_button.setToolTip(self.tr("The answer is still right for this period"))
        self.confirm_button.clicked.connect(lambda: self.confirmRequested.emit(question.id))
        carried_row.addWidget(self.carried_label)
        carried_row.addWidget(self.confirm_button)
        carried_row.addStretch(1)
        answer_column.addLayout(carried_row)
        grid.addLayout(answer_column, 3, 0)
        guidance_text = question.help(language)
        if guidance_text:
            guidance = QLabel(guidance_text, self)
            guidance.setWordWrap(True)
            guidance.setFixedWidth(GUIDANCE_WIDTH)
            guidance.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)
            guidance.setStyleSheet("color: palette(placeholder-text);")
            guidance.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if question.type in ("table", "reference"):
                # tables need the width: their guidance goes above them instead
                guidance.setMinimumWidth(0)
                guidance.setMaximumWidth(16777215)
                guidance.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
                grid.addWidget(guidance, 2, 0, 1, 2)
            else:
                grid.addWidget(guidance, 3, 1)
        self.set_carried(None)

    def _details_changed(self) -> None:
        if not self._filling:
            self.edited.emit(self.question.id)

    def value(self) -> object:
        return self.editor.value()

    def details_text(self) -> str:
        return self.details.toPlainText().strip() if self.details is not None else ""

    def show_answer(self, answer: StoredAnswer | None) -> None:
        self._filling = True
        try:
            self.editor.set_value(answer.value if answer else None)
            if self.details is not None:
                text = answer.details if answer else ""
                if self.details.toPlainText() != text:
                    self.details.setPlainText(text)
        finally:
            self._filling = False
        self.set_carried(answer.carried_from if answer else None)

    def set_carried(self, period: str | None) -> None:
        self.carried_label.setVisible(period is not None)
        self.confirm_button.setVisible(period is not None)
        if period is not None:
            self.carried_label.setText(
                self.tr("From {period}, not yet reviewed").format(period=period)
            )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class SectionPage(QWidget):
    """Signals: `edited(question_id)`, `confirmRequested(question_id)`, `flagsEdited()`."""

    edited = Signal(str)
    confirmRequested = Signal(str)
    flagsEdited = Signal()

    def __init__(
        self,
        section: Section,
        language: str,
        flags: SectionFlags,
        has_previous: bool,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.section = section
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{_escape(section.label(language))}</h2>", self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if section.help(language):
            intro = QLabel(section.help(language), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.no_change = QCheckBox(self.tr("No change since the last report"), self)
        self.no_change.setToolTip(
            self.tr("Everything in this section is as reported for the previous period; its "
                    "copied answers count as reviewed.")
        )  # fmt: skip
        self.no_change.setChecked(flags.no_change)
        self.no_change.setVisible(has_previous or flags.no_change)
        self.withheld = QCheckBox(self.tr("Information withheld"), self)
        self.withheld.setChecked(flags.withheld)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (e.g. national security)"))
        self.reason.setText(flags.withheld_reason)
        self.reason.setVisible(flags.withheld)
        flag_row = QHBoxLayout()
        flag_row.addWidget(self.no_change)
        flag_row.addWidget(self.withheld)
        flag_row.addWidget(self.reason, 1)
        flag_row.addStretch(0)
        layout.addLayout(flag_row)
        self.no_change.toggled.connect(lambda _c: self.flagsEdited.emit())
        self.withheld.toggled.connect(self._withheld_toggled)
        self.reason.editingFinished.connect(self.flagsEdited)
        self.blocks: dict[str, QuestionBlock] = {}
        for question in section.questions:
            block = QuestionBlock(question, language, self)
            block.edited.connect(self.edited)
            block.confirmRequested.connect(self.confirmRequested)
            layout.addWidget(block)
            self.blocks[question.id] = block
        layout.addStretch(1)

    def _withheld_toggled(self, checked: bool) -> None:
        self.reason.setVisible(checked)
        self.flagsEdited.emit()

    def flags(self) -> SectionFlags:
        return SectionFlags(
            self.no_change.isChecked(), self.withheld.isChecked(), self.reason.text().strip()
        )

    def set_visible_questions(self, visible: set[str]) -> None:
        for qid, block in self.blocks.items():
            block.setVisible(qid in visible)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
