"""Build the generated code that is not committed: Designer forms and compiled translations.

One script for every caller (make, the wheel build hook, the test session, the installer
build), so that generated files are produced the same way everywhere. A target is rebuilt
only when its source is newer, which keeps the call cheap enough to run on every test start.

    ui/<name>.ui                  -> attdesk/gui/forms/ui_<name>.py   (pyside6 uic)
    resources/i18n/attdesk_xx.ts  -> resources/i18n/attdesk_xx.qm     (pyside6 lrelease)

Run `python packaging/build_generated.py --update-translations` to refresh the .ts files
from the sources (lupdate) before handing them to translators.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "attdesk" / "gui" / "forms"
I18N_DIR = ROOT / "resources" / "i18n"
TRANSLATION_LANGUAGES = ("es", "pt", "fr")


class GenerationError(RuntimeError):
    """A Qt tool failed or is missing."""


def _pyside_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise GenerationError("PySide6 is not installed; it provides uic and lrelease")
    return Path(spec.origin).resolve().parent


def _tool(name: str, libexec: bool = False) -> Path:
    """Locate a Qt tool inside the PySide6 wheel, as pyside6's own wrappers do."""
    base = _pyside_dir()
    if sys.platform == "win32":
        exe = base / f"{name}.exe"
    elif libexec:
        exe = base / "Qt" / "libexec" / name
    else:
        exe = base / name
    if not exe.exists():
        raise GenerationError(f"Qt tool not found: {exe}")
    return exe


def _stale(target: Path, source: Path) -> bool:
    return not target.exists() or target.stat().st_mtime < source.stat().st_mtime


def _run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"{' '.join(cmd)} failed:\n{result.stdout}{result.stderr}")


def _write_atomically(target: Path, produce: list[str], tmp: Path) -> None:
    """Run a tool that writes `tmp`, then rename it over `target`.

    Parallel test workers or an interrupted build never see a half-written module.
    """
    try:
        _run(produce)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def build_forms() -> list[Path]:
    """Compile every ui/*.ui that is newer than its generated module."""
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules generated from ui/*.ui by packaging/build_generated.py."""\n')
    built = []
    for source in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / f"ui_{source.stem}.py"
        if _stale(target, source):
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            uic = str(_tool("uic", libexec=True))
            _write_atomically(target, [uic, "-g", "python", str(source), "-o", str(tmp)], tmp)
            built.append(target)
    return built


def build_translations() -> list[Path]:
    """Compile every resources/i18n/*.ts that is newer than its .qm."""
    built = []
    for source in sorted(I18N_DIR.glob("*.ts")):
        target = source.with_suffix(".qm")
        if _stale(target, source):
            tmp = target.with_suffix(f".{os.getpid()}.tmp.qm")
            lrelease = str(_tool("lrelease"))
            _write_atomically(target, [lrelease, "-silent", str(source), "-qm", str(tmp)], tmp)
            built.append(target)
    return built


def update_translation_sources() -> None:
    """Extract every marked string from the sources and forms into the .ts files."""
    sources = [str(p) for p in sorted((ROOT / "attdesk").rglob("*.py")) if "forms" not in p.parts]
    sources += [str(p) for p in sorted(UI_DIR.glob("*.ui"))]
    lupdate = str(_tool("lupdate"))
    for lang in TRANSLATION_LANGUAGES:
        target = I18N_DIR / f"attdesk_{lang}.ts"
        _run(
            [
                lupdate,
                "-silent",
                "-locations",
                "none",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(target),
            ]
        )


def build_all() -> list[Path]:
    return build_forms() + build_translations()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--update-translations",
        action="store_true",
        help="refresh resources/i18n/*.ts from the sources (lupdate)",
    )
    args = parser.parse_args(argv)
    try:
        if args.update_translations:
            update_translation_sources()
        built = build_all()
    except GenerationError as exc:
        print(f"build_generated: {exc}", file=sys.stderr)
        return 1
    for path in built:
        print(f"generated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
