"""`attdesk export` and `attdesk verify`: submission packages without the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from attdesk.domain.languages import LANGUAGES
from attdesk.exchange.export import DISCLOSURES, checklist, export_submission, summarise
from attdesk.exchange.package import verify_package
from attdesk.exchange.signing import load_or_create_key
from attdesk.store.database import open_database
from attdesk.store.settings import load_settings


def register(commands: Any) -> None:
    exporting = commands.add_parser(
        "export",
        help="write the signed submission package for a period",
        description="Writes <ISO3>-<period>-r<revision>.attdesk into --out and prints its "
        "path. A final export refuses while the checklist has open items (missing required "
        "answers, unreviewed carried answers, incomplete records); --draft exports anyway, "
        "marked as a draft.",
    )
    exporting.add_argument("--period", required=True, help="reporting period, e.g. 2025")
    exporting.add_argument("--out", required=True, type=Path, help="folder for the package")
    exporting.add_argument("--lang", default=None, choices=LANGUAGES, help="language of the PDF")
    exporting.add_argument("--draft", action="store_true", help="export a draft")
    exporting.add_argument(
        "--public", action="store_true", help="allow publication (default: restricted)"
    )
    exporting.add_argument(
        "--attach", type=Path, action="append", default=[], help="attach a document (repeatable)"
    )
    exporting.set_defaults(handler=run_export)

    verify = commands.add_parser(
        "verify",
        help="check packages: hashes, signature and schema",
        description="Prints one line per file; exits with status 1 if any file fails.",
    )
    verify.add_argument("files", nargs="+", type=Path)
    verify.set_defaults(handler=run_verify)


def run_export(args: argparse.Namespace) -> int:
    for attachment in args.attach:
        if not attachment.is_file():
            print(f"attdesk: error: cannot read attachment {attachment}", file=sys.stderr)
            return 1
    db = open_database(args.db)
    try:
        with db.sessions.begin() as session:
            settings = load_settings(session)
            open_items = checklist(session, args.period)
            if open_items and not args.draft:
                for item in open_items[:20]:
                    print(
                        f"open: {item.kind} {item.reference} {item.text}".rstrip(), file=sys.stderr
                    )
                more = len(open_items) - 20
                if more > 0:
                    print(f"open: ... and {more} more", file=sys.stderr)
                print(
                    f"attdesk: error: {len(open_items)} checklist item(s) are open; fix them or "
                    "export with --draft.",
                    file=sys.stderr,
                )
                return 1
            result = export_submission(
                session,
                settings,
                args.period,
                args.out,
                load_or_create_key(),
                language=args.lang or settings.language,
                draft=args.draft,
                disclosure=DISCLOSURES[1] if args.public else DISCLOSURES[0],
                attachments=args.attach,
            )
    finally:
        db.close()
    print(result.written.path)
    changes = summarise(result.record.changes)
    print(
        f"revision {result.record.revision}, {result.pdf_pages} PDF pages; {changes}",
        file=sys.stderr,
    )
    return 0


def run_verify(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        result = verify_package(path)
        if result.ok and result.manifest is not None:
            m = result.manifest
            draft = " draft" if m.get("draft") else ""
            print(
                f"{path}: OK {m['state']} {m['period']} r{m['revision']}{draft}, "
                f"signed by key {m['signer']['key_id']}"
            )
        else:
            failed += 1
            print(f"{path}: FAILED: " + "; ".join(result.problems))
    return 1 if failed else 0
