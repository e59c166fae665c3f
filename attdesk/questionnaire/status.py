"""Where a response stands: what is answered, what is still required, what was carried
forward and not yet reviewed, and answers the definition no longer asks.

Pure functions over plain data, so the GUI's section navigator and validation panel, the
CLI's `questionnaire validate` and the export checklist all agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from attdesk.domain.issues import FieldIssue
from attdesk.questionnaire.conditions import visible_questions
from attdesk.questionnaire.definition import Definition
from attdesk.questionnaire.values import check_value, is_empty


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as the store keeps it."""

    value: Any
    details: str = ""
    carried_from: str | None = None  # period it was copied from, while not yet reviewed

    @property
    def unreviewed(self) -> bool:
        return self.carried_from is not None


@dataclass(frozen=True)
class SectionFlags:
    no_change: bool = False
    withheld: bool = False
    withheld_reason: str = ""


@dataclass
class SectionStatus:
    section_id: str
    visible: int = 0  # questions shown
    answered: int = 0  # shown questions with an answer
    missing_required: list[str] = field(default_factory=list)
    unreviewed: list[str] = field(default_factory=list)
    invalid: list[FieldIssue] = field(default_factory=list)
    no_change: bool = False
    withheld: bool = False

    @property
    def complete(self) -> bool:
        """Nothing required is missing (a section declared unchanged or withheld counts)."""
        return self.no_change or self.withheld or not self.missing_required


@dataclass
class ResponseStatus:
    sections: list[SectionStatus]
    nil_report: bool = False
    not_in_version: list[str] = field(default_factory=list)  # question IDs

    @property
    def missing_required(self) -> list[str]:
        if self.nil_report:
            return []
        return [q for s in self.sections if not s.complete for q in s.missing_required]

    @property
    def unreviewed(self) -> list[str]:
        return [q for s in self.sections if not s.no_change for q in s.unreviewed]

    @property
    def invalid(self) -> list[FieldIssue]:
        return [issue for s in self.sections for issue in s.invalid]

    @property
    def complete(self) -> bool:
        return self.nil_report or (not self.missing_required and not self.invalid)

    @property
    def answered(self) -> int:
        return sum(s.answered for s in self.sections)

    @property
    def visible(self) -> int:
        return sum(s.visible for s in self.sections)


def evaluate(
    definition: Definition,
    answers: Mapping[str, StoredAnswer],
    flags: Mapping[str, SectionFlags] | None = None,
    nil_report: bool = False,
) -> ResponseStatus:
    flags = flags or {}
    values = {qid: answer.value for qid, answer in answers.items()}
    shown = visible_questions(definition, values)
    sections = []
    for section in definition.sections:
        state = flags.get(section.id, SectionFlags())
        status = SectionStatus(section.id, no_change=state.no_change, withheld=state.withheld)
        for question in section.questions:
            if question.id not in shown:
                continue
            status.visible += 1
            answer = answers.get(question.id)
            if answer is None or is_empty(answer.value):
                if question.required:
                    status.missing_required.append(question.id)
                continue
            status.answered += 1
            status.invalid += check_value(question, answer.value)
            if answer.unreviewed:
                status.unreviewed.append(question.id)
        sections.append(status)
    known = definition.by_id
    not_in_version = [qid for qid in answers if qid not in known]
    return ResponseStatus(sections, nil_report, sorted(not_in_version))
