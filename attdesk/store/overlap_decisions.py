"""Stored decisions on suggested overlaps (pairs of activity UUIDs)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from attdesk.store.models import DIFFERENT, SAME, OverlapDecision
from attdesk.store.types import utcnow


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def decide(session: Session, first: str, second: str, same: bool) -> None:
    """Confirm (same activity) or split (different activities) a pair; replaces an earlier
    decision on it."""
    low, high = _pair(first, second)
    row = session.get(OverlapDecision, (low, high))
    if row is None:
        row = OverlapDecision(first_uuid=low, second_uuid=high)
        session.add(row)
    row.decision = SAME if same else DIFFERENT
    row.decided_at = utcnow()
    session.flush()


def decisions(session: Session) -> dict[tuple[str, str], str]:
    return {
        (r.first_uuid, r.second_uuid): r.decision for r in session.scalars(select(OverlapDecision))
    }


def same_pairs(session: Session) -> list[tuple[str, str]]:
    return [pair for pair, decision in decisions(session).items() if decision == SAME]


def pair_key(a: str, b: str) -> tuple[str, str]:
    return _pair(a, b)


__all__ = ["DIFFERENT", "SAME", "decide", "decisions", "pair_key", "same_pairs"]
