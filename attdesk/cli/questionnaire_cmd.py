"""`attdesk questionnaire list|validate`: the questionnaire without the window."""

from __future__ import annotations

import argparse
from typing import Any

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import AttDeskError
from attdesk.questionnaire.definition import latest_definition, shipped_definitions
from attdesk.questionnaire.period import parse_period
from attdesk.store.database import open_database
from attdesk.store.responses import BAD_PERIOD, list_responses, response_status

NO_RESPONSE = QT_TRANSLATE_NOOP("Errors", "There is no questionnaire response for {period}.")


def register(commands: Any) -> None:
    parser = commands.add_parser("questionnaire", help="list or check questionnaire responses")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="the questionnaires this version ships and the responses with completion"
    )
    listing.set_defaults(handler=run_list)
    validate = actions.add_parser(
        "validate",
        help="list required answers still missing, invalid and unreviewed answers",
        description="Exits with status 1 if a required answer is missing or an answer is "
        "invalid. Unreviewed carried-forward answers are listed but do not fail.",
    )
    validate.add_argument("--period", required=True, help="reporting period, e.g. 2025")
    validate.add_argument(
        "--questionnaire", default="cifta-implementation", help="questionnaire ID"
    )
    validate.set_defaults(handler=run_validate)


def run_list(args: argparse.Namespace) -> int:
    for definition in shipped_definitions():
        questions = sum(1 for _ in definition.questions())
        print(
            f"definition {definition.id} {definition.version}: {len(definition.sections)} "
            f"sections, {questions} questions — {definition.label('en')}"
        )
    db = open_database(args.db)
    try:
        with db.sessions() as session:
            responses = list_responses(session)
            if not responses:
                print("no responses yet")
            for info in responses:
                _definition, status = response_status(session, info)
                kind = (
                    "nil report"
                    if info.nil_report
                    else (
                        f"{status.answered} of {status.visible} answered, "
                        f"{len(status.missing_required)} required missing, "
                        f"{len(status.unreviewed)} unreviewed"
                    )
                )
                print(f"response {info.questionnaire_id} {info.period} (v{info.version}): {kind}")
    finally:
        db.close()
    return 0


def run_validate(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    if period is None:
        raise AttDeskError(BAD_PERIOD, period=args.period)
    db = open_database(args.db)
    try:
        with db.sessions() as session:
            info = next(
                (r for r in list_responses(session, args.questionnaire) if r.period == period),
                None,
            )
            if info is None:
                raise AttDeskError(NO_RESPONSE, period=period)
            definition, status = response_status(session, info)
    finally:
        db.close()
    if info.nil_report:
        print(f"{period}: nil report (nothing to report this period): complete.")
        return 0
    questions = definition.by_id
    for qid in status.missing_required:
        print(f"missing: {qid} {questions[qid].label('en')}")
    for issue in status.invalid:
        print(f"invalid: {issue.field}: {issue.message}")
    for qid in status.unreviewed:
        print(f"unreviewed (carried forward): {qid} {questions[qid].label('en')}")
    for qid in status.not_in_version:
        print(f"not in version {definition.version}: {qid} (kept)")
    failed = bool(status.missing_required or status.invalid)
    print(
        f"{period}: {status.answered} of {status.visible} shown questions answered, "
        f"{len(status.missing_required)} required missing, {len(status.invalid)} invalid, "
        f"{len(status.unreviewed)} unreviewed."
    )
    latest = latest_definition(info.questionnaire_id)
    if latest is not None and latest.version != info.version:
        print(f"note: version {latest.version} of the questionnaire is available.")
    return 1 if failed else 0
