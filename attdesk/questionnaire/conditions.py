"""Skip logic: whether a question is shown, given the answers so far.

Conditions (see the definition schema) test earlier answers: `in` (the answer, or for a
multiple choice any selected option, is one of the values), `answered`, `at_least` (a whole
number), and `all` / `any` / `not` to combine them. A question whose condition depends on a
hidden question is hidden too, so a chain of follow-ups collapses as one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attdesk.questionnaire.definition import Definition, Question
from attdesk.questionnaire.values import is_empty


def holds(condition: Mapping[str, Any], answers: Mapping[str, Any]) -> bool:
    if "all" in condition:
        return all(holds(part, answers) for part in condition["all"])
    if "any" in condition:
        return any(holds(part, answers) for part in condition["any"])
    if "not" in condition:
        return not holds(condition["not"], answers)
    value = answers.get(condition["question"])
    if "answered" in condition:
        return not is_empty(value)
    if "at_least" in condition:
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (value >= condition["at_least"])
        )
    wanted = set(condition["in"])
    if isinstance(value, list):
        return bool(wanted.intersection(v for v in value if isinstance(v, str)))
    return isinstance(value, str) and value in wanted


def visible_questions(definition: Definition, answers: Mapping[str, Any]) -> set[str]:
    """IDs of the questions shown for these answers. Answers to hidden questions do not
    count: conditions see only what is visible, in definition order."""
    shown: set[str] = set()
    seen: dict[str, Any] = {}
    for question in definition.questions():
        if question.show_if is None or holds(question.show_if, seen):
            shown.add(question.id)
            if question.id in answers:
                seen[question.id] = answers[question.id]
    return shown


def is_visible(question: Question, definition: Definition, answers: Mapping[str, Any]) -> bool:
    return question.id in visible_questions(definition, answers)
