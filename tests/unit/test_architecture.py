"""The layering rule of DESIGN.md, checked on the source: Qt only in attdesk/gui."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "attdesk"
# Higher layers may import lower ones, never the reverse.
LAYERS = {
    "domain": set(),
    "questionnaire": {"domain"},
    "store": {"domain", "questionnaire"},
    "spreadsheet": {"domain", "store"},
    "demo": {"domain", "store", "questionnaire"},
    "reports": {"domain", "store", "questionnaire", "analysis"},
    "exchange": {"domain", "store", "questionnaire", "reports"},
    "analysis": {"domain", "store", "questionnaire"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) > 20
    return found


def test_qt_is_imported_only_in_the_gui_package() -> None:
    offenders = []
    for path in modules():
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        qt = [m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "shiboken6")]
        if qt:
            offenders.append(f"{relative}: {', '.join(sorted(qt))}")
    assert offenders == []


def test_the_core_does_not_import_the_gui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in modules()
        if path.relative_to(PACKAGE).parts[0] != "gui"
        and any(m.startswith("attdesk.gui") for m in imported_modules(path))
        and path.name != "main.py"  # the CLI starts the GUI, lazily, when no command is given
    ]
    assert offenders == []


def test_lower_layers_do_not_import_higher_ones() -> None:
    offenders = []
    for path in modules():
        parts = path.relative_to(PACKAGE).parts
        layer = parts[0]
        if layer not in LAYERS:
            continue
        for module in imported_modules(path):
            if not module.startswith("attdesk."):
                continue
            target = module.split(".")[1]
            if target in LAYERS and target != layer and target not in LAYERS[layer]:
                offenders.append(f"{'/'.join(parts)} imports {module}")
    assert offenders == []


def test_translatable_strings_have_literal_contexts_and_texts() -> None:
    """lupdate only extracts QT_TRANSLATE_NOOP("Context", "text") written with literals;
    a constant in either place silently leaves the string untranslated."""
    offenders = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and not all(
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    for arg in node.args
                )
            ):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
