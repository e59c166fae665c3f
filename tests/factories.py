"""Small builders of valid records for tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from attdesk.domain.activity import ActivityData
from attdesk.domain.partial_date import PartialDate
from attdesk.store.organisations import seed_uuid

UNLIREC = seed_uuid("UNLIREC")
UNODC = seed_uuid("UNODC")
EU = seed_uuid("EU")


def activity(**changes: Any) -> ActivityData:
    base = ActivityData(
        title="ATT Implementation Course",
        description="Course for transfer control authorities.",
        format="training_course",
        start_date=PartialDate(2016, 3, 7),
        end_date=PartialDate(2016, 3, 11),
        place="Panama City, Panama",
        relevance="att_focused",
        types=("institutional_capacity",),
        focus_areas=("transit_transshipment_controls", "transfer_controls"),
        instruments=("att",),
        partner_states=("PAN",),
        implementers=(UNLIREC,),
    )
    return replace(base, **changes)
