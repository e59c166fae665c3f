"""`attdesk offers add|list|delete`: offers of assistance for needs/offers matching."""

from __future__ import annotations

import argparse
from typing import Any

from attdesk.domain.countries import countries
from attdesk.domain.vocabularies import ASSISTANCE_TYPE, FOCUS_AREA, SUBREGION, vocabulary
from attdesk.errors import AttDeskError
from attdesk.store.database import open_database
from attdesk.store.offers import OfferData, delete_offer, list_offers, save_offer


def _codes(text: str | None, vocabulary_id: str) -> tuple[str, ...]:
    """`;`-separated codes or labels in any language, as in the spreadsheets."""
    found = []
    for part in (text or "").split(";"):
        if part.strip():
            code = vocabulary(vocabulary_id).resolve(part)
            if code is None:
                raise AttDeskError("Unknown value: {value}.", value=part.strip())
            found.append(code)
    return tuple(found)


def register(commands: Any) -> None:
    parser = commands.add_parser("offers", help="offers of assistance (ATT Art. 18(3)(c))")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record an offer")
    add.add_argument("--provider", required=True, help="donor or implementer")
    add.add_argument("--areas", required=True, help="focus areas, separated by ';'")
    add.add_argument("--types", help="types of assistance, separated by ';'")
    add.add_argument("--states", help="eligible states (ISO3 or names), separated by ';'")
    add.add_argument("--subregions", help="eligible subregions, separated by ';'")
    add.add_argument("--from", dest="year_from", type=int, help="first year")
    add.add_argument("--to", dest="year_to", type=int, help="last year")
    add.add_argument("--notes", default="")
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help="list the offers")
    listing.set_defaults(handler=run_list)
    delete = actions.add_parser("delete", help="delete an offer by its UUID")
    delete.add_argument("uuid")
    delete.set_defaults(handler=run_delete)


def run_add(args: argparse.Namespace) -> int:
    states = []
    for part in (args.states or "").split(";"):
        if part.strip():
            code = countries().resolve(part)
            if code is None:
                raise AttDeskError("Unknown state: {state}.", state=part.strip())
            states.append(code)
    data = OfferData(
        provider=args.provider,
        focus_areas=_codes(args.areas, FOCUS_AREA),
        types=_codes(args.types, ASSISTANCE_TYPE),
        states=tuple(states),
        subregions=_codes(args.subregions, SUBREGION),
        year_from=args.year_from,
        year_to=args.year_to,
        notes=args.notes,
    )
    db = open_database(args.db)
    try:
        with db.sessions.begin() as session:
            uuid = save_offer(session, data)
    finally:
        db.close()
    print(uuid)
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        with db.sessions() as session:
            offers = list_offers(session)
    finally:
        db.close()
    for o in offers:
        where = ", ".join([*o.states, *o.subregions]) or "any state"
        years = f" {o.year_from or ''}-{o.year_to or ''}" if o.year_from or o.year_to else ""
        print(f"{o.uuid} {o.provider}: {'; '.join(o.focus_areas)} ({where}){years}")
    if not offers:
        print("no offers recorded")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        with db.sessions.begin() as session:
            delete_offer(session, args.uuid)
    finally:
        db.close()
    return 0
