"""Questionnaire responses: one per questionnaire and reporting period, with its answers.

Answers are saved one at a time as the user works (each in its own short transaction),
so that nothing typed is lost if the program is killed. An answer copied from an earlier
period carries that period in `carried_from` until the user confirms or changes it.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from attdesk.domain.issues import FieldIssue, ValidationError
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import AttDeskError, NotFoundError
from attdesk.questionnaire.carry import CarryPlan, plan_carry_forward
from attdesk.questionnaire.definition import Definition, find_definition
from attdesk.questionnaire.period import parse_period, period_key
from attdesk.questionnaire.status import ResponseStatus, SectionFlags, StoredAnswer, evaluate
from attdesk.questionnaire.values import check_value, clean
from attdesk.store.models import CARRIED, REVIEWED, Answer, QuestionnaireResponse, SectionState
from attdesk.store.types import utcnow

RESPONSE_GONE: Final = QT_TRANSLATE_NOOP("Errors", "This questionnaire response no longer exists.")
PERIOD_TAKEN: Final = QT_TRANSLATE_NOOP(
    "Errors", "There is already a response to this questionnaire for {period}."
)
BAD_PERIOD: Final = QT_TRANSLATE_NOOP(
    "Errors", "Not a reporting period: {period}. Write a year (2025) or two (2024-2025)."
)
UNKNOWN_DEFINITION: Final = QT_TRANSLATE_NOOP(
    "Errors", "This installation does not have questionnaire {name} version {version}."
)


@dataclass(frozen=True)
class ResponseInfo:
    uuid: str
    questionnaire_id: str
    version: str
    period: str
    nil_report: bool
    carried_from: str | None


def _info(row: QuestionnaireResponse) -> ResponseInfo:
    return ResponseInfo(
        row.uuid, row.questionnaire_id, row.version, row.period, row.nil_report, row.carried_from
    )


def _row(session: Session, response_uuid: str) -> QuestionnaireResponse:
    row = session.scalar(
        select(QuestionnaireResponse).where(QuestionnaireResponse.uuid == response_uuid)
    )
    if row is None:
        raise NotFoundError(RESPONSE_GONE)
    return row


def list_responses(session: Session, questionnaire_id: str | None = None) -> list[ResponseInfo]:
    """Responses, latest period first."""
    query = select(QuestionnaireResponse)
    if questionnaire_id:
        query = query.where(QuestionnaireResponse.questionnaire_id == questionnaire_id)
    rows = [_info(row) for row in session.scalars(query)]
    return sorted(rows, key=lambda r: (r.questionnaire_id, period_key(r.period)), reverse=True)


def get_response(session: Session, response_uuid: str) -> ResponseInfo:
    return _info(_row(session, response_uuid))


def definition_of(info: ResponseInfo) -> Definition:
    found = find_definition(info.questionnaire_id, info.version)
    if found is None:
        raise AttDeskError(UNKNOWN_DEFINITION, name=info.questionnaire_id, version=info.version)
    return found


def response_status(session: Session, info: ResponseInfo) -> tuple[Definition, ResponseStatus]:
    """The definition a response answers and where the response stands."""
    definition = definition_of(info)
    status = evaluate(
        definition,
        load_answers(session, info.uuid),
        load_flags(session, info.uuid),
        info.nil_report,
    )
    return definition, status


def previous_response(session: Session, questionnaire_id: str, period: str) -> ResponseInfo | None:
    """The latest response for a period before `period` (the one to carry forward from)."""
    earlier = [
        r
        for r in list_responses(session, questionnaire_id)
        if period_key(r.period) < period_key(period)
    ]
    return earlier[0] if earlier else None


def create_response(
    session: Session,
    definition: Definition,
    period: str,
    carry_from: str | None = None,
) -> tuple[ResponseInfo, CarryPlan | None]:
    """Start a response for a period, optionally copying the answers of an earlier response
    (by UUID), marked as not yet reviewed. Without one, standing information (persistent
    questions such as the directory of authorities) still comes from the latest earlier
    response. Returns the response and what was carried."""
    canonical = parse_period(period)
    if canonical is None:
        raise AttDeskError(BAD_PERIOD, period=period)
    taken = session.scalar(
        select(QuestionnaireResponse.id).where(
            QuestionnaireResponse.questionnaire_id == definition.id,
            QuestionnaireResponse.period == canonical,
        )
    )
    if taken is not None:
        raise AttDeskError(PERIOD_TAKEN, period=canonical)
    now = utcnow()
    row = QuestionnaireResponse(
        uuid=str(uuid_module.uuid4()),
        questionnaire_id=definition.id,
        version=definition.version,
        period=canonical,
        nil_report=False,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    plan = None
    previous = previous_response(session, definition.id, canonical)
    source_uuid = carry_from or (previous.uuid if previous is not None else None)
    if source_uuid is not None:
        source = _row(session, source_uuid)
        plan = plan_carry_forward(
            load_answers(session, source_uuid),
            source.period,
            definition,
            persistent_only=carry_from is None,
        )
        if carry_from is not None:
            row.carried_from = source.period
        for qid, answer in plan.answers.items():
            session.add(
                Answer(
                    response_id=row.id,
                    question_id=qid,
                    value=json.dumps(answer.value, ensure_ascii=False),
                    details=answer.details,
                    status=CARRIED,
                    carried_from=answer.carried_from,
                    updated_at=now,
                )
            )
        session.flush()
    return _info(row), plan


def load_answers(session: Session, response_uuid: str) -> dict[str, StoredAnswer]:
    row = _row(session, response_uuid)
    return {
        a.question_id: StoredAnswer(
            json.loads(a.value), a.details, a.carried_from if a.status == CARRIED else None
        )
        for a in session.scalars(select(Answer).where(Answer.response_id == row.id))
    }


def load_flags(session: Session, response_uuid: str) -> dict[str, SectionFlags]:
    row = _row(session, response_uuid)
    return {
        s.section_id: SectionFlags(s.no_change, s.withheld, s.withheld_reason)
        for s in session.scalars(select(SectionState).where(SectionState.response_id == row.id))
    }


def save_answer(
    session: Session,
    response_uuid: str,
    question_id: str,
    value: Any,
    details: str = "",
) -> None:
    """Store one answer (empty clears it). The answer counts as reviewed from now on.
    Raises ValidationError for a value of the wrong shape; answers that are merely
    incomplete (a table row without its required cells) are stored and reported by
    `status.evaluate`, so that nothing typed is refused mid-way."""
    row = _row(session, response_uuid)
    question = definition_of(_info(row)).by_id.get(question_id)
    if question is None:
        raise ValidationError([FieldIssue(question_id, "unknown_field", {"value": question_id})])
    stored = clean(question, value)
    shape_errors = [
        issue
        for issue in check_value(question, stored)
        if issue.code in ("wrong_type", "unknown_code", "unknown_field", "too_many_rows")
    ]
    if shape_errors:
        raise ValidationError(shape_errors)
    details = details.strip()
    existing = session.get(Answer, (row.id, question_id))
    now = utcnow()
    if stored is None and not details:
        if existing is not None:
            session.delete(existing)
    elif existing is None:
        session.add(
            Answer(
                response_id=row.id,
                question_id=question_id,
                value=json.dumps(stored, ensure_ascii=False),
                details=details,
                status=REVIEWED,
                updated_at=now,
            )
        )
    else:
        existing.value = json.dumps(stored, ensure_ascii=False)
        existing.details = details
        existing.status = REVIEWED
        existing.carried_from = None
        existing.updated_at = now
    row.updated_at = now
    session.flush()


def confirm_answers(session: Session, response_uuid: str, question_ids: Iterable[str]) -> int:
    """Mark carried-forward answers as reviewed, unchanged. Returns how many changed."""
    row = _row(session, response_uuid)
    ids = list(question_ids)
    if not ids:
        return 0
    result = session.execute(
        update(Answer)
        .where(Answer.response_id == row.id, Answer.question_id.in_(ids), Answer.status == CARRIED)
        .values(status=REVIEWED, carried_from=None, updated_at=utcnow())
    )
    row.updated_at = utcnow()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def set_section_flags(
    session: Session, response_uuid: str, section_id: str, flags: SectionFlags
) -> None:
    """Declare a section unchanged since the last report (which confirms its carried
    answers) or withheld, with the reason."""
    row = _row(session, response_uuid)
    state = session.get(SectionState, (row.id, section_id))
    if state is None:
        state = SectionState(response_id=row.id, section_id=section_id)
        session.add(state)
    state.no_change = flags.no_change
    state.withheld = flags.withheld
    state.withheld_reason = flags.withheld_reason.strip()
    if flags.no_change:
        section = definition_of(_info(row)).section(section_id)
        confirm_answers(session, response_uuid, [q.id for q in section.questions])
    row.updated_at = utcnow()
    session.flush()


def set_nil_report(session: Session, response_uuid: str, nil_report: bool) -> None:
    row = _row(session, response_uuid)
    row.nil_report = nil_report
    row.updated_at = utcnow()


def delete_response(session: Session, response_uuid: str) -> None:
    row = _row(session, response_uuid)
    session.execute(delete(Answer).where(Answer.response_id == row.id))
    session.execute(delete(SectionState).where(SectionState.response_id == row.id))
    session.delete(row)
    session.flush()


def answers_json(answers: Mapping[str, StoredAnswer]) -> dict[str, Any]:
    """Plain values by question ID (what conditions and exports read)."""
    return {qid: answer.value for qid, answer in answers.items()}


def put_answer(
    session: Session, response_uuid: str, question_id: str, answer: StoredAnswer | None
) -> None:
    """Write an answer exactly as given, carried-forward mark included (undo uses this to
    put back what was there before); None removes it."""
    row = _row(session, response_uuid)
    existing = session.get(Answer, (row.id, question_id))
    if answer is None:
        if existing is not None:
            session.delete(existing)
        session.flush()
        return
    if existing is None:
        existing = Answer(response_id=row.id, question_id=question_id)
        session.add(existing)
    existing.value = json.dumps(answer.value, ensure_ascii=False)
    existing.details = answer.details
    existing.status = CARRIED if answer.carried_from else REVIEWED
    existing.carried_from = answer.carried_from
    existing.updated_at = utcnow()
    row.updated_at = existing.updated_at
    session.flush()
