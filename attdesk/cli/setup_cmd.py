"""`attdesk setup`: configure an installation without the first-run window."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from attdesk.domain.countries import countries
from attdesk.domain.issues import ValidationError
from attdesk.domain.languages import LANGUAGES
from attdesk.errors import AttDeskError
from attdesk.store.database import open_database
from attdesk.store.settings import FOCAL_POINT, ROLES, load_settings, save_settings

ROLE_NAMES = {role.replace("_", "-"): role for role in ROLES}
OPTION_OF = {"contact_name": "name"}  # settings field -> command-line option


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "setup",
        help="set role, state, contact details and language",
        description="Set who uses this installation. Options not given keep their value.",
    )
    parser.add_argument("--role", choices=sorted(ROLE_NAMES), help="focal-point or secretariat")
    parser.add_argument("--state", metavar="ISO3", help="your state, e.g. PAN (focal points)")
    parser.add_argument("--name", help="the focal point's (or analyst's) name")
    parser.add_argument("--ministry", help="ministry or organisation")
    parser.add_argument("--email", help="contact e-mail address")
    parser.add_argument("--language", choices=LANGUAGES, help="interface language")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        with db.sessions.begin() as session:
            settings = load_settings(session)
            state = settings.state
            if args.state is not None:
                state = countries().resolve(args.state) or args.state.upper()
            settings = replace(
                settings,
                role=ROLE_NAMES[args.role] if args.role else settings.role,
                state=state,
                contact_name=settings.contact_name if args.name is None else args.name,
                ministry=settings.ministry if args.ministry is None else args.ministry,
                email=settings.email if args.email is None else args.email,
                language=args.language or settings.language,
            )
            try:
                save_settings(session, settings)
            except ValidationError as error:
                details = "; ".join(
                    f"--{OPTION_OF.get(i.field, i.field)}: {i.message}" for i in error.issues
                )
                raise AttDeskError("{details}", details=details) from None
        who = "focal point" if settings.role == FOCAL_POINT else "secretariat"
        where = (
            f" of {countries().name(settings.state)} ({settings.state})" if settings.state else ""
        )
        print(f"Configured {db.display_name}: {who}{where}, language {settings.language}.")
    finally:
        db.close()
    return 0
