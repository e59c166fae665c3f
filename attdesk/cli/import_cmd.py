"""`attdesk import`: the secretariat takes in packages without the window."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from attdesk.exchange.importer import import_packages
from attdesk.store.database import open_database


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "import",
        help="import submission packages (files or folders)",
        description="Prints one line per file: imported, already imported, superseded an "
        "older revision, stored as history, held (key changed) or rejected with the reason. "
        "Exits with status 1 if any file was rejected.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    parser.add_argument(
        "--dry-run", action="store_true", help="run every check and report, but write nothing"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        outcomes = import_packages(db.sessions, args.paths, dry_run=args.dry_run)
    finally:
        db.close()
    for outcome in outcomes:
        print(("(dry run) " if args.dry_run else "") + outcome.line())
    if not outcomes:
        print("no .attdesk files found")
        return 1
    return 1 if any(o.rejected for o in outcomes) else 0
