"""Carrying answers forward from one reporting period to the next.

Most of a state's answers do not change from year to year; copying them, marked "from 2024,
not yet reviewed", turns the yearly report into a review. What can be carried: answers to
questions that the new definition still asks with the same type (IDs are stable across
versions), and that allow it (`carry_forward`). Answers the new version no longer asks are
still copied and kept, so nothing is lost; the GUI lists them as "not in this version".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from attdesk.questionnaire.definition import Definition
from attdesk.questionnaire.status import StoredAnswer
from attdesk.questionnaire.values import check_value, is_empty


@dataclass(frozen=True)
class CarryPlan:
    answers: dict[str, StoredAnswer]  # to write into the new response
    skipped: list[str]  # question IDs not carried (type changed, invalid now, or opted out)


def plan_carry_forward(
    previous: Mapping[str, StoredAnswer],
    previous_period: str,
    target: Definition,
    persistent_only: bool = False,
) -> CarryPlan:
    """What to copy; with `persistent_only`, just the standing information (the directory
    of authorities) that every new period starts from whether or not answers are carried."""
    questions = target.by_id
    if persistent_only:
        previous = {
            qid: answer
            for qid, answer in previous.items()
            if qid in questions and questions[qid].persistent
        }
    carried: dict[str, StoredAnswer] = {}
    skipped: list[str] = []
    for qid, answer in previous.items():
        if is_empty(answer.value) and not answer.details:
            continue
        question = questions.get(qid)
        if question is None:  # kept, shown as "not in this version"
            carried[qid] = StoredAnswer(answer.value, answer.details, previous_period)
        elif not question.carry_forward or check_value(question, answer.value):
            skipped.append(qid)
        else:
            carried[qid] = StoredAnswer(answer.value, answer.details, previous_period)
    return CarryPlan(carried, sorted(skipped))
