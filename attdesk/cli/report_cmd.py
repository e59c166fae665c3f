"""`attdesk report`: the secretariat's figures without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from attdesk.analysis.figures import Table, all_tables, current_submissions
from attdesk.analysis.output import tables_csv, tables_json, write_tables
from attdesk.analysis.overlaps import suggest_overlaps
from attdesk.atomic import write_bytes_atomically
from attdesk.questionnaire.period import parse_period
from attdesk.reports.analysis_pdf import render_analysis_pdf
from attdesk.store.database import open_database
from attdesk.store.overlap_decisions import decisions


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "report",
        help="breakdowns, gaps, reporting status and suggested overlaps",
        description="The secretariat's figures from the current revision of every imported "
        "submission: to standard output, or to --out (.json, .csv or .xlsx).",
    )
    parser.add_argument("--format", choices=("json", "csv", "xlsx", "pdf"), default="json")
    parser.add_argument("--out", type=Path, help="write to this file instead of printing")
    parser.add_argument("--period", help="only submissions for this reporting period")
    parser.set_defaults(handler=run)


def overlap_table(db_sessions: Any, period: str | None) -> Table:
    table = Table(
        "overlaps",
        "Suggested overlaps (same activity reported by several states)",
        ["state", "activity", "other state", "other activity", "title similarity"],
    )
    with db_sessions() as session:
        decided = set(decisions(session))
        for s in suggest_overlaps(current_submissions(session, period), decided):
            table.rows.append(
                [
                    s.first.state,
                    s.first.record["title"],
                    s.second.state,
                    s.second.record["title"],
                    round(s.title_score, 1),
                ]
            )
    return table


def run(args: argparse.Namespace) -> int:
    period = None
    if args.period:
        period = parse_period(args.period)
        if period is None:
            print(f"attdesk: error: not a reporting period: {args.period}", file=sys.stderr)
            return 1
    db = open_database(args.db)
    try:
        with db.sessions() as session:
            tables = all_tables(session, period)
        tables.append(overlap_table(db.sessions, period))
    finally:
        db.close()
    if args.out:
        target = args.out if args.out.suffix else args.out.with_suffix(f".{args.format}")
        if target.suffix.lower() == ".pdf":
            write_bytes_atomically(target, render_analysis_pdf(tables, period))
        else:
            write_tables(tables, target)
        print(target)
    elif args.format in ("xlsx", "pdf"):
        print(f"attdesk: error: --format {args.format} needs --out FILE", file=sys.stderr)
        return 1
    else:
        sys.stdout.write(
            tables_json(tables) + "\n" if args.format == "json" else tables_csv(tables)
        )
    return 0
