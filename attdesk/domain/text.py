"""Text helpers shared by search, matching and translation marking."""

from __future__ import annotations

import unicodedata


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark `text` for extraction into the Qt translation files and return it unchanged.

    The core has no Qt; lupdate finds these calls by name, and the GUI translates the
    English text at display time with QCoreApplication.translate(context, text).
    """
    del context
    return text


def fold(text: str) -> str:
    """Case- and accent-insensitive form used for search and for matching typed values.

    "Perú", "PERU" and " peru " all fold to "peru"; "Médiation  été" to "mediation ete".
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())
