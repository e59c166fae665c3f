"""`attdesk activities import|export|template`: spreadsheets without the window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attdesk.spreadsheet.importer import apply_import, plan_import
from attdesk.spreadsheet.writer import export_activities, write_template
from attdesk.store.database import open_database


def register(commands: Any) -> None:
    parser = commands.add_parser("activities", help="import or export activity spreadsheets")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    importing = actions.add_parser(
        "import",
        help="import activities from a .csv or .xlsx file",
        description="Rows with errors are listed and skipped; the others are imported in one "
        "transaction. Exits with status 1 if any row was rejected.",
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help="check every row and report, but write nothing"
    )
    importing.set_defaults(handler=run_import)

    exporting = actions.add_parser("export", help="write all activities to a .csv or .xlsx file")
    exporting.add_argument("file", type=Path)
    exporting.set_defaults(handler=run_export)

    template = actions.add_parser(
        "template", help="write an empty spreadsheet with the column layout and instructions"
    )
    template.add_argument("file", type=Path)
    template.set_defaults(handler=run_template)


def run_import(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        with db.sessions.begin() as session:
            plan = plan_import(session, args.file)
            for notice in plan.notices:
                print(f"note: {notice}")
            for row in plan.rejected:
                for issue in row.issues:
                    print(f"row {row.row}: {issue.field}: {issue.message}")
            creates = sum(1 for row in plan.accepted if row.action == "create")
            updates = len(plan.accepted) - creates
            if args.dry_run:
                print(
                    f"Dry run, nothing written: {creates} to create, {updates} to update, "
                    f"{len(plan.rejected)} rejected, "
                    f"{len(plan.new_organisations)} new organisation(s)."
                )
                session.rollback()
            else:
                summary = apply_import(session, plan)
                print(
                    f"{summary.created} created, {summary.updated} updated, "
                    f"{summary.rejected} rejected, "
                    f"{summary.organisations_added} organisation(s) added."
                )
    finally:
        db.close()
    return 1 if plan.rejected else 0


def run_export(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        with db.sessions() as session:
            count = export_activities(session, args.file)
        print(f"Wrote {count} activities to {args.file}.")
    finally:
        db.close()
    return 0


def run_template(args: argparse.Namespace) -> int:
    write_template(args.file)
    print(f"Wrote the template to {args.file}.")
    return 0
