"""Vocabulary terms as check-list items, in the interface language (shared by editors)."""

from __future__ import annotations

from attdesk.domain.vocabularies import FOCUS_AREA, FOCUS_GROUP, vocabulary
from attdesk.gui.widgets.check_list import CheckItem


def vocabulary_items(vocabulary_id: str, language: str) -> list[CheckItem]:
    return [
        CheckItem(term.code, term.label(language), None, term.description(language))
        for term in vocabulary(vocabulary_id).terms
    ]


def focus_items(language: str) -> list[CheckItem]:
    """Focus areas under their group headings."""
    groups = vocabulary(FOCUS_GROUP)
    return [
        CheckItem(t.code, t.label(language), groups.label(t.group, language) if t.group else None,
                  t.description(language))
        for t in vocabulary(FOCUS_AREA).terms
    ]  # fmt: skip
