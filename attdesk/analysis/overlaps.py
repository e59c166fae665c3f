"""Suggested overlaps: one regional activity reported by several states as separate records.

Reports that share a UUID are already one activity (see figures.merged_activities). Among
the rest, two reports from different states are suggested as the same activity when they
share an implementer, their years overlap, and their titles (and places, when both are
given) are similar. Similarity is RapidFuzz's token-set ratio, which ignores word order
and repeated words ("Regional workshop on marking, Lima" ~ "Lima: marking workshop").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from rapidfuzz import fuzz, utils

from attdesk.analysis.figures import Submission
from attdesk.domain.text import fold

TITLE_THRESHOLD: Final = 80.0
PLACE_THRESHOLD: Final = 70.0


@dataclass(frozen=True)
class Report:
    state: str
    record: Mapping[str, Any]


@dataclass(frozen=True)
class Suggestion:
    first: Report
    second: Report
    title_score: float


def _years(record: Mapping[str, Any]) -> tuple[int, int] | None:
    start, end = record["start_date"], record["end_date"]
    first = int((start or end)[:4]) if (start or end) else None
    last = int((end or start)[:4]) if (end or start) else None
    return (first, last) if first is not None and last is not None else None


def _similar(a: Report, b: Report) -> float | None:
    if a.state == b.state or a.record["uuid"] == b.record["uuid"]:
        return None
    if not set(a.record["implementers"]) & set(b.record["implementers"]):
        return None
    years_a, years_b = _years(a.record), _years(b.record)
    if years_a and years_b and (years_a[1] < years_b[0] or years_b[1] < years_a[0]):
        return None
    # default_process lowercases and drops punctuation: "Lima: tracing" ~ "tracing, Lima"
    clean = utils.default_process
    score = float(
        fuzz.token_set_ratio(fold(a.record["title"]), fold(b.record["title"]), processor=clean)
    )
    if score < TITLE_THRESHOLD:
        return None
    place_a, place_b = fold(a.record["place"]), fold(b.record["place"])
    if (
        place_a
        and place_b
        and fuzz.token_set_ratio(place_a, place_b, processor=clean) < (PLACE_THRESHOLD)
    ):
        return None
    return score


def suggest_overlaps(
    submissions: Sequence[Submission], decided: Collection[tuple[str, str]] = ()
) -> list[Suggestion]:
    """Pairs of reports that look like the same activity, most similar first. Reports are
    compared only within an implementer, so the work grows with each implementer's share,
    not with the square of all activities."""
    by_implementer: dict[str, list[Report]] = {}
    for submission in submissions:
        for record in submission.document["activities"]:
            report = Report(submission.state, record)
            for implementer in record["implementers"]:
                by_implementer.setdefault(implementer, []).append(report)
    seen: set[tuple[str, str]] = set()  # pairs of activity UUIDs, lower first
    found = []
    for reports in by_implementer.values():
        for i, a in enumerate(reports):
            for b in reports[i + 1 :]:
                pair = (a.record["uuid"], b.record["uuid"])
                key = (min(pair), max(pair))
                if key in seen or key in decided:
                    continue
                seen.add(key)
                score = _similar(a, b)
                if score is not None:
                    found.append(Suggestion(a, b, score))
    return sorted(found, key=lambda s: -s.title_score)
