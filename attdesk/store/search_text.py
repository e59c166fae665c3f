"""The folded text an activity is found by in the search box.

Kept in a column of its own (activity.search_text) so that a keystroke costs one scan of
one column, without joins, and matches without regard to case or accents: "formacion"
finds "Formación". Organisation and state names are included, in every language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from attdesk.domain.countries import countries
from attdesk.domain.text import fold
from attdesk.store.models import (
    Activity,
    ActivityOrganisation,
    ActivityPartnerState,
    Organisation,
)


def compose(texts: Iterable[str], org_names: Iterable[str], states: Iterable[str]) -> str:
    """Fold and join everything a person might search an activity by."""
    known = countries()
    state_names = [
        name for code in states if code in known for name in known.get(code).names.values()
    ]
    parts = [*texts, *org_names, *states, *state_names]
    return fold(" | ".join(part for part in parts if part))


def refresh_search_text(session: Session, activity_ids: Sequence[int]) -> None:
    """Recompute search_text for these activities from what is stored (after a rename)."""
    for start in range(0, len(activity_ids), 500):
        chunk = list(activity_ids[start : start + 500])
        orgs: dict[int, list[str]] = {}
        for activity_id, name, acronym in session.execute(
            select(ActivityOrganisation.activity_id, Organisation.name, Organisation.acronym)
            .join(Organisation, Organisation.id == ActivityOrganisation.organisation_id)
            .where(ActivityOrganisation.activity_id.in_(chunk))
        ):
            orgs.setdefault(activity_id, []).extend((name, acronym))
        states: dict[int, list[str]] = {}
        for activity_id, code in session.execute(
            select(ActivityPartnerState.activity_id, ActivityPartnerState.code).where(
                ActivityPartnerState.activity_id.in_(chunk)
            )
        ):
            states.setdefault(activity_id, []).append(code)
        rows = session.execute(select(Activity.id, *TEXT_COLUMNS).where(Activity.id.in_(chunk)))
        values = [
            {
                "id": activity_id,
                "search_text": compose(
                    texts, orgs.get(activity_id, []), states.get(activity_id, [])
                ),
            }
            for activity_id, *texts in rows
        ]
        if values:
            session.execute(update(Activity), values)


# The free-text columns that search covers, besides organisation and state names.
TEXT_COLUMNS = (
    Activity.title,
    Activity.description,
    Activity.place,
    Activity.larger_project,
    Activity.implementer_contact,
    Activity.notes,
)
