"""Hatchling build hook: generate Designer forms and translations before the wheel is built."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class GeneratedCodeHook(BuildHookInterface):  # type: ignore[type-arg]
    """Run packaging/build_generated.py so the wheel ships compiled forms and .qm files."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sys.path.insert(0, str(Path(self.root) / "packaging"))
        try:
            import build_generated
        finally:
            sys.path.pop(0)
        build_generated.build_all()
