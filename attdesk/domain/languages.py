"""The interface languages: the four official languages of the OAS."""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "es", "pt", "fr")
DEFAULT_LANGUAGE: Final = "en"


def check_language(code: str) -> str:
    """Return `code` if it is a supported interface language, else raise ValueError."""
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}; expected one of {', '.join(LANGUAGES)}")
    return code
