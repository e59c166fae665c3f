"""The figures of the SIPRI paper, computed from the submissions a secretariat holds.

Works on the current revision of each state's submission (held packages excluded). An
activity reported by several states under the same UUID is counted once and lists every
state that reported it. Every result is a `Table` (name, columns, rows of plain values),
so the GUI, the CSV/XLSX/JSON exports and the CLI show the same figures.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from attdesk.domain.countries import countries
from attdesk.domain.need import UNMET_STATUSES
from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.domain.vocabularies import (
    ASSISTANCE_TYPE,
    FOCUS_AREA,
    FOCUS_GROUP,
    RELEVANCE,
    SUBREGION,
    vocabulary,
)
from attdesk.questionnaire.definition import Definition, find_definition
from attdesk.questionnaire.status import ResponseStatus, SectionFlags, StoredAnswer, evaluate
from attdesk.store.models import CURRENT, ReceivedSubmission
from attdesk.store.offers import OfferData, list_offers
from attdesk.store.overlap_decisions import same_pairs

Value = str | int | float | None


@dataclass
class Table:
    name: str
    title: str
    columns: list[str]
    rows: list[list[Value]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "columns": self.columns, "rows": self.rows}


@dataclass(frozen=True)
class Submission:
    state: str
    period: str
    revision: int
    draft: bool
    document: Mapping[str, Any]


def current_submissions(session: Session, period: str | None = None) -> list[Submission]:
    query = select(ReceivedSubmission).where(ReceivedSubmission.status == CURRENT)
    if period:
        query = query.where(ReceivedSubmission.period == period)
    return [
        Submission(r.state, r.period, r.revision, r.draft, json.loads(r.document))
        for r in session.scalars(
            query.order_by(ReceivedSubmission.state, ReceivedSubmission.period)
        )
    ]


@dataclass
class Activity:
    """One activity after merging the reports of it (same UUID)."""

    record: Mapping[str, Any]
    reported_by: set[str]


def merged_activities(
    submissions: Iterable[Submission], same: Iterable[tuple[str, str]] = ()
) -> list[Activity]:
    """One entry per activity: reports with the same UUID, and reports the secretariat
    confirmed as the same activity (`same`: pairs of UUIDs), are merged."""
    parent: dict[str, str] = {}

    def root(uuid: str) -> str:
        while parent.get(uuid, uuid) != uuid:
            uuid = parent[uuid]
        return uuid

    for first, second in same:
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    merged: dict[str, Activity] = {}
    for submission in submissions:
        for record in submission.document["activities"]:
            key = root(record["uuid"])
            found = merged.get(key)
            if found is None:
                merged[key] = Activity(record, {submission.state})
            else:
                found.reported_by.add(submission.state)
    return list(merged.values())


def _organisations(submissions: Iterable[Submission]) -> dict[str, str]:
    names = {}
    for submission in submissions:
        for org in submission.document["organisations"]:
            names[org["uuid"]] = org["acronym"] or org["name"]
    return names


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _count_table(
    name: str,
    title: str,
    label: str,
    counts: Counter[str],
    total: int,
    order: Sequence[str] | None = None,
) -> Table:
    table = Table(
        name,
        title,
        [
            label,
            QT_TRANSLATE_NOOP("Figures", "activities"),
            QT_TRANSLATE_NOOP("Figures", "percent"),
        ],
    )
    keys = [k for k in (order or []) if k in counts] + sorted(
        (k for k in counts if not order or k not in order), key=lambda k: (-counts[k], k)
    )
    table.rows = [[key, counts[key], _percent(counts[key], total)] for key in keys]
    return table


def breakdowns(
    submissions: Sequence[Submission],
    language: str = "en",
    same: Iterable[tuple[str, str]] = (),
) -> list[Table]:
    activities = merged_activities(submissions, same)
    total = len(activities)
    areas = vocabulary(FOCUS_AREA)
    groups = vocabulary(FOCUS_GROUP)
    types = vocabulary(ASSISTANCE_TYPE)
    known = countries()
    orgs = _organisations(submissions)

    def label(vocab: Any, code: str) -> str:
        return str(vocab.label(code, language)) if code in vocab else code

    relevance = Counter(label(vocabulary(RELEVANCE), a.record["relevance"]) for a in activities)
    by_group: Counter[str] = Counter()
    type_in_group: dict[str, Counter[str]] = defaultdict(Counter)
    for a in activities:
        activity_groups = {areas.term(c).group for c in a.record["focus_areas"] if c in areas}
        for group in activity_groups - {None}:
            by_group[label(groups, str(group))] += 1
            for code in a.record["types"]:
                type_in_group[label(groups, str(group))][label(types, code)] += 1
    subregions: Counter[str] = Counter()
    partners: Counter[str] = Counter()
    for a in activities:
        states = [s for s in a.record["partner_states"] if s in known]
        for region in {known.get(s).subregion for s in states} - {None}:
            subregions[label(vocabulary(SUBREGION), str(region))] += 1
        for state in states:
            partners[known.name(state, language)] += 1
    years: Counter[str] = Counter(
        (a.record["start_date"] or a.record["end_date"] or "unknown")[:4] for a in activities
    )
    implementers = Counter(orgs.get(u, u) for a in activities for u in a.record["implementers"])
    donors = Counter(orgs.get(u, u) for a in activities for u in a.record["donors"])
    by_area = Counter(label(areas, c) for a in activities for c in a.record["focus_areas"])
    tables = [
        _count_table(
            "relevance",
            QT_TRANSLATE_NOOP("Figures", "Activities by relevance"),
            QT_TRANSLATE_NOOP("Figures", "relevance"),
            relevance,
            total,
        ),
        _count_table(
            "focus_group",
            QT_TRANSLATE_NOOP("Figures", "Activities by focus group (once per group)"),
            QT_TRANSLATE_NOOP("Figures", "group"),
            by_group,
            total,
            [label(groups, c) for c in groups.codes],
        ),
        _count_table(
            "focus_area",
            QT_TRANSLATE_NOOP("Figures", "Activities by focus area"),
            QT_TRANSLATE_NOOP("Figures", "focus area"),
            by_area,
            total,
        ),
        _count_table(
            "subregion",
            QT_TRANSLATE_NOOP("Figures", "Activities by subregion (once per subregion)"),
            QT_TRANSLATE_NOOP("Figures", "subregion"),
            subregions,
            total,
        ),
        _count_table(
            "year",
            QT_TRANSLATE_NOOP("Figures", "Activities by year"),
            QT_TRANSLATE_NOOP("Figures", "year"),
            years,
            total,
            sorted(years),
        ),
        _count_table(
            "implementer",
            QT_TRANSLATE_NOOP("Figures", "Activities by implementer"),
            QT_TRANSLATE_NOOP("Figures", "implementer"),
            implementers,
            total,
        ),
        _count_table(
            "donor",
            QT_TRANSLATE_NOOP("Figures", "Activities by donor"),
            QT_TRANSLATE_NOOP("Figures", "donor"),
            donors,
            total,
        ),
        _count_table(
            "partner_state",
            QT_TRANSLATE_NOOP("Figures", "Activities by partner state"),
            QT_TRANSLATE_NOOP("Figures", "state"),
            partners,
            total,
        ),
    ]
    within = Table(
        "type_within_group",
        QT_TRANSLATE_NOOP("Figures", "Types of assistance within each focus group"),
        [
            QT_TRANSLATE_NOOP("Figures", "group"),
            QT_TRANSLATE_NOOP("Figures", "type"),
            QT_TRANSLATE_NOOP("Figures", "activities"),
            QT_TRANSLATE_NOOP("Figures", "percent of the group"),
        ],
    )
    for group in [label(groups, c) for c in groups.codes]:
        for type_label, count in sorted(type_in_group[group].items(), key=lambda i: -i[1]):
            within.rows.append([group, type_label, count, _percent(count, by_group[group])])
    tables.insert(2, within)
    return tables


def gaps(
    submissions: Sequence[Submission], language: str = "en", offers: Sequence[OfferData] = ()
) -> list[Table]:
    """Focus areas by state: activities received and needs open; needs nobody addressed;
    areas where a state needs help and nothing was offered or delivered."""
    areas = vocabulary(FOCUS_AREA)
    known = countries()
    matrix = Table(
        "gap_matrix",
        QT_TRANSLATE_NOOP("Figures", "Focus areas by state: activities received / needs open"),
        [
            QT_TRANSLATE_NOOP("Figures", "state"),
            QT_TRANSLATE_NOOP("Figures", "focus area"),
            QT_TRANSLATE_NOOP("Figures", "activities received"),
            QT_TRANSLATE_NOOP("Figures", "needs open"),
        ],
    )
    unaddressed = Table(
        "needs_unaddressed",
        QT_TRANSLATE_NOOP("Figures", "Needs with no addressing activity"),
        [
            QT_TRANSLATE_NOOP("Figures", "state"),
            QT_TRANSLATE_NOOP("Figures", "need"),
            QT_TRANSLATE_NOOP("Figures", "priority"),
            QT_TRANSLATE_NOOP("Figures", "focus areas"),
        ],
    )
    uncovered = Table(
        "areas_uncovered",
        QT_TRANSLATE_NOOP("Figures", "Needs in areas where nothing was offered or delivered"),
        [
            QT_TRANSLATE_NOOP("Figures", "state"),
            QT_TRANSLATE_NOOP("Figures", "focus area"),
            QT_TRANSLATE_NOOP("Figures", "needs open"),
        ],
    )
    by_region: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for submission in submissions:
        state = submission.state
        subregion = known.get(state).subregion if state in known else None
        received: Counter[str] = Counter()
        for record in submission.document["activities"]:
            received.update(record["focus_areas"])
        open_needs: Counter[str] = Counter()
        for need in submission.document["needs"]:
            if need["status"] in UNMET_STATUSES:
                open_needs.update(need["focus_areas"])
                if not need["addressed_by"]:
                    unaddressed.rows.append(
                        [
                            state,
                            need["title"],
                            need["priority"],
                            "; ".join(
                                areas.label(c, language) for c in need["focus_areas"] if c in areas
                            ),
                        ]
                    )
        for code in areas.codes:
            if subregion is not None:
                by_region[(subregion, code)][0] += received[code]
                by_region[(subregion, code)][1] += open_needs[code]
            if received[code] or open_needs[code]:
                matrix.rows.append(
                    [state, areas.label(code, language), received[code], open_needs[code]]
                )
            offered = any(
                code in offer.focus_areas and offer.eligible(state, subregion) for offer in offers
            )
            if open_needs[code] and not received[code] and not offered:
                uncovered.rows.append([state, areas.label(code, language), open_needs[code]])
    regions = Table(
        "gap_matrix_subregion",
        QT_TRANSLATE_NOOP("Figures", "Focus areas by subregion: activities received / needs open"),
        [
            QT_TRANSLATE_NOOP("Figures", "subregion"),
            QT_TRANSLATE_NOOP("Figures", "focus area"),
            QT_TRANSLATE_NOOP("Figures", "activities received"),
            QT_TRANSLATE_NOOP("Figures", "needs open"),
        ],
    )
    subregions = vocabulary(SUBREGION)
    for (region, code), (got, needed) in sorted(by_region.items()):
        if got or needed:
            regions.rows.append(
                [subregions.label(region, language), areas.label(code, language), got, needed]
            )
    return [matrix, regions, unaddressed, uncovered]


def questionnaire_status(document: Mapping[str, Any]) -> tuple[Definition, ResponseStatus] | None:
    """Where a submission's questionnaire response stands; None if the submission has none
    or answers a questionnaire version this installation does not have."""
    q = document["questionnaire"]
    definition = find_definition(q["id"], q["version"]) if q else None
    if q is None or definition is None:
        return None
    answers = {k: StoredAnswer(v["value"], v["details"]) for k, v in q["answers"].items()}
    flags = {
        k: SectionFlags(v["no_change"], v["withheld"], v["withheld_reason"])
        for k, v in q["sections"].items()
    }
    return definition, evaluate(definition, answers, flags, q["nil_report"])


def reporting(submissions: Sequence[Submission], language: str = "en") -> list[Table]:
    """Who submitted for which period, and questionnaire completion by section (article)."""
    submitted = Table(
        "submissions",
        QT_TRANSLATE_NOOP("Figures", "Submissions held (current revisions)"),
        [
            QT_TRANSLATE_NOOP("Figures", "state"),
            QT_TRANSLATE_NOOP("Figures", "period"),
            QT_TRANSLATE_NOOP("Figures", "revision"),
            QT_TRANSLATE_NOOP("Figures", "draft"),
            QT_TRANSLATE_NOOP("Figures", "activities"),
            QT_TRANSLATE_NOOP("Figures", "needs"),
        ],
    )
    completion: dict[tuple[str, str], list[float]] = defaultdict(list)
    titles: dict[str, str] = {}
    for s in submissions:
        submitted.rows.append(
            [
                s.state,
                s.period,
                s.revision,
                "yes" if s.draft else "no",
                len(s.document["activities"]),
                len(s.document["needs"]),
            ]
        )
        found = questionnaire_status(s.document)
        if found is None:
            continue
        definition, status = found
        for section, section_status in zip(definition.sections, status.sections, strict=True):
            titles[section.id] = section.label(language)
            share = (
                1.0
                if section_status.complete and section_status.visible
                else (
                    section_status.answered / section_status.visible
                    if section_status.visible
                    else 0.0
                )
            )
            completion[(s.period, section.id)].append(share)
    by_article = Table(
        "questionnaire_completion",
        QT_TRANSLATE_NOOP("Figures", "Questionnaire completion by section across states"),
        [
            QT_TRANSLATE_NOOP("Figures", "period"),
            QT_TRANSLATE_NOOP("Figures", "section"),
            QT_TRANSLATE_NOOP("Figures", "states"),
            QT_TRANSLATE_NOOP("Figures", "average completion (%)"),
        ],
    )
    for (period, section_id), shares in sorted(completion.items()):
        by_article.rows.append(
            [period, titles[section_id], len(shares), round(100 * sum(shares) / len(shares), 1)]
        )
    return [submitted, by_article]


def all_tables(
    session: Session,
    period: str | None = None,
    language: str = "en",
    submissions: Sequence[Submission] | None = None,
) -> list[Table]:
    """Every figure; pass `submissions` when the caller has read them already."""
    if submissions is None:
        submissions = current_submissions(session, period)
    same = same_pairs(session)
    clusters = Table(
        "clusters",
        QT_TRANSLATE_NOOP("Figures", "Activities reported by several states (counted once)"),
        [QT_TRANSLATE_NOOP("Figures", "activity"), QT_TRANSLATE_NOOP("Figures", "states")],
    )
    for activity in merged_activities(submissions, same):
        if len(activity.reported_by) > 1:
            states = ", ".join(sorted(activity.reported_by))
            clusters.rows.append([activity.record["title"], states])
    from attdesk.analysis.matching import matches  # matching builds on this module

    offers = list_offers(session)
    return [
        *breakdowns(submissions, language, same),
        clusters,
        *gaps(submissions, language, offers),
        matches(submissions, offers, language),
        *reporting(submissions, language),
    ]
