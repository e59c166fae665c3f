"""Organisations: the implementers and donors that activities and needs refer to.

A managed, shared list so that "UNLIREC" typed in March and in October is one organisation,
which is also what lets a secretariat recognise the same implementer across states.
"""

from __future__ import annotations

from dataclasses import dataclass

from attdesk.domain import checks
from attdesk.domain.issues import FieldIssue
from attdesk.domain.vocabularies import ORGANISATION_KIND

NAME_LIMIT = 300
ACRONYM_LIMIT = 40


@dataclass(frozen=True)
class OrganisationData:
    name: str
    acronym: str = ""
    kind: str = "other"
    country: str | None = None
    uuid: str | None = None

    @property
    def display_name(self) -> str:
        """ "UNLIREC" where an acronym exists, else the name: what tables and chips show."""
        return self.acronym or self.name

    def normalised(self) -> OrganisationData:
        return OrganisationData(
            name=" ".join(self.name.split()),
            acronym=self.acronym.strip(),
            kind=self.kind,
            country=(self.country or "").strip().upper() or None,
            uuid=self.uuid,
        )


def validate_organisation(data: OrganisationData) -> list[FieldIssue]:
    issues = checks.required_text("name", data.name, NAME_LIMIT)
    issues += checks.max_length("acronym", data.acronym, ACRONYM_LIMIT)
    issues += checks.code("kind", ORGANISATION_KIND, data.kind, required=True)
    issues += checks.state("country", data.country, required=False)
    return issues
