"""Prove the wheel is complete: build it, install it in a fresh virtualenv outside the
checkout, and run the installed program against a new database.

Run by `make dist-check` (and CI). Exits non-zero with the failing step on any problem.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIRED_MEMBERS = (
    "attdesk/resources/vocabularies/focus_area.json",
    "attdesk/resources/reference/countries.json",
    "attdesk/resources/reference/organisations.json",
    "attdesk/resources/demo/activities.json",
    "attdesk/ui/main_window.ui",
    "attdesk/gui/forms/ui_main_window.py",
    "attdesk/store/migrations/env.py",
    "attdesk/store/migrations/versions/0001_initial_schema.py",
    "attdesk/store/migrations/versions/0002_needs_and_questionnaire_responses.py",
    "attdesk/resources/questionnaires/cifta-implementation-2026.1.json",
    "attdesk/resources/schema/questionnaire-definition-1.schema.json",
    "attdesk/gui/forms/ui_questionnaire_view.py",
    "attdesk/gui/forms/ui_export_view.py",
    "attdesk/resources/schema/submission-1.schema.json",
    "attdesk/resources/fonts/DejaVuSans.ttf",
    "attdesk/resources/reports/submission-phrases.json",
    "attdesk/store/migrations/versions/0003_submission_exports.py",
)


def run(cmd: list[str], cwd: Path) -> str:
    print("$", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"FAILED ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="attdesk-wheel-") as scratch:
        work = Path(scratch)
        # the installed program keeps its signing key and logs here, not in the user's home
        os.environ["XDG_DATA_HOME"] = str(work / "data")
        os.environ["XDG_STATE_HOME"] = str(work / "state")
        dist = work / "dist"
        run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
            cwd=ROOT,
        )
        (wheel,) = dist.glob("attdesk-*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
        missing = [name for name in REQUIRED_MEMBERS if name not in names]
        if missing:
            sys.exit(f"FAILED: the wheel lacks {', '.join(missing)}")
        env = work / "venv"
        venv.EnvBuilder(with_pip=True).create(env)
        python = str(env / ("Scripts" if sys.platform == "win32" else "bin") / "python")
        attdesk = str(Path(python).with_name("attdesk"))
        run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "-c",
                str(ROOT / "constraints.txt"),
                str(wheel),
            ],
            cwd=work,
        )
        # From a folder outside the checkout, so nothing can come from the source tree.
        print(run([attdesk, "--version"], cwd=work).strip())
        db = str(work / "check.sqlite")
        run([attdesk, "--db", db, "setup", "--role", "focal-point", "--state", "PAN"], cwd=work)
        print(run([attdesk, "--db", db, "demo", "--count", "5"], cwd=work).strip())
        run([attdesk, "--db", db, "activities", "export", str(work / "out.xlsx")], cwd=work)
        print(run([attdesk, "--db", db, "questionnaire", "list"], cwd=work).strip())
        package = run(
            [attdesk, "--db", db, "export", "--period", "2024", "--out", str(work), "--draft"],
            cwd=work,
        ).strip()
        print(run([attdesk, "verify", package], cwd=work).strip())
        print(run([python, "-c", "import attdesk.gui.main_window"], cwd=work) or "GUI imports")
        print(f"wheel OK: {wheel.name}, {len(names)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
