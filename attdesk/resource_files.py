"""The one place that locates the data ATT Desk ships (vocabularies, schemas, translations).

In a wheel or an installer the top-level resources/ and ui/ folders are packaged inside
`attdesk` (see pyproject.toml); in a source checkout they sit beside the package. Both are
reached through importlib.resources, never through the working directory.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


@cache
def _root(name: str) -> Traversable:
    packaged = files("attdesk") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(str(files("attdesk"))).parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"ATT Desk's {name}/ folder is missing from this installation")


def resources() -> Traversable:
    """The root of the shipped data (resources/ in the source tree)."""
    return _root("resources")


def resource(*parts: str) -> Traversable:
    """A file or folder under resources/, e.g. resource("vocabularies", "relevance.json")."""
    node = resources()
    for part in parts:
        node = node / part
    return node


def read_json(*parts: str) -> Any:
    """Parse a shipped JSON file."""
    return json.loads(resource(*parts).read_text(encoding="utf-8"))


def local_path(*parts: str) -> Path:
    """A real file-system path to a shipped file, for libraries that need one (fonts, Qt).

    Both layouts ATT Desk ships in (folder install, PyInstaller) keep resources on disk.
    """
    return Path(str(resource(*parts)))
