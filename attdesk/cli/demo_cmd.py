"""`attdesk demo`: fill a database with realistic demo activities."""

from __future__ import annotations

import argparse
from typing import Any

from attdesk.demo import fill_demo, fill_demo_needs, fill_demo_questionnaire
from attdesk.domain.countries import countries
from attdesk.errors import AttDeskError
from attdesk.store.database import open_database
from attdesk.store.settings import load_settings


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "demo",
        help="add demo activities (the real ones of the SIPRI paper plus generated ones)",
    )
    parser.add_argument(
        "--count", type=int, default=60, help="generated activities to add (default 60)"
    )
    parser.add_argument("--seed", type=int, default=2017, help="random seed (default 2017)")
    parser.add_argument("--state", metavar="ISO3", help="partner state of generated activities")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.count < 0:
        raise AttDeskError("--count must be zero or more.")
    db = open_database(args.db)
    try:
        with db.sessions.begin() as session:
            state = args.state or load_settings(session).state or "PAN"
            code = countries().resolve(state)
            if code is None:
                raise AttDeskError("Unknown state: {state}.", state=state)
            added = fill_demo(session, code, generated=args.count, seed=args.seed)
            needs = fill_demo_needs(session)
            fill_demo_questionnaire(session)
        print(f"Added {added} demo activities and {needs} needs to {db.display_name}.")
    finally:
        db.close()
    return 0
