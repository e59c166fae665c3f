"""Proposed matches between the needs states report and the offers a secretariat records.

An offer matches an unmet need when they share a focus area, the offer's types (if it
names any) include one the need seeks, the state is eligible (listed, or in a listed
subregion, or the offer names neither), and the offer's years (if given) reach the period.
"""

from __future__ import annotations

from collections.abc import Sequence

from attdesk.analysis.figures import Submission, Table
from attdesk.domain.countries import countries
from attdesk.domain.need import UNMET_STATUSES
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.domain.vocabularies import FOCUS_AREA, vocabulary
from attdesk.store.offers import OfferData


def _years(period: str) -> tuple[int, int]:
    first, _, last = period.partition("-")
    return int(first), int(last or first)


def matches(submissions: Sequence[Submission], offers: Sequence[OfferData],
            language: str = "en") -> Table:  # fmt: skip
    table = Table(
        "needs_offers",
        QT_TRANSLATE_NOOP("Figures", "Open needs and the offers that could meet them"),
        [
            QT_TRANSLATE_NOOP("Figures", "state"),
            QT_TRANSLATE_NOOP("Figures", "need"),
            QT_TRANSLATE_NOOP("Figures", "offer from"),
            QT_TRANSLATE_NOOP("Figures", "shared focus areas"),
        ],
    )
    known = countries()
    areas = vocabulary(FOCUS_AREA)
    for submission in submissions:
        subregion = known.get(submission.state).subregion if submission.state in known else None
        first, last = _years(submission.period)
        for need in submission.document["needs"]:
            if need["status"] not in UNMET_STATUSES:
                continue
            for offer in offers:
                shared = [c for c in need["focus_areas"] if c in offer.focus_areas]
                if not shared or not offer.eligible(submission.state, subregion):
                    continue
                if offer.types and not set(offer.types) & set(need["types"]):
                    continue
                if (offer.year_to and offer.year_to < first) or (
                    offer.year_from and offer.year_from > last
                ):
                    continue
                labels = "; ".join(areas.label(c, language) for c in shared)
                table.rows.append([submission.state, need["title"], offer.provider, labels])
    return table
