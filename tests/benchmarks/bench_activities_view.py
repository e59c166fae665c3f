"""How the Activities section behaves with a large register (issue: 50,000 activities).

Generates the activities itself (seeded, through the same bulk path as imports), then
measures, offscreen with the real widgets: opening the section, one search keystroke,
the filters, a column sort, saving one activity, and memory.
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from attdesk.demo import generate_activities
from attdesk.store.activities import save_activities
from attdesk.store.database import open_database
from attdesk.store.organisations import list_organisations
from attdesk.store.settings import FOCAL_POINT, AppSettings, save_settings


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(action: Any) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def run(activities: int = 50_000, folder: Path | None = None) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from attdesk.gui.activities.view import ActivitiesView
    from attdesk.gui.context import AppContext

    app = QApplication.instance() or QApplication([])
    results: dict[str, Any] = {"activities": activities}
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        db = open_database(Path(scratch) / "bench.sqlite", daily_backup=False)
        with db.sessions.begin() as session:
            save_settings(session, AppSettings(role=FOCAL_POINT, state="PAN"))
            orgs = [row.uuid for row in list_organisations(session)]
            generated = generate_activities(random.Random(7), "PAN", activities, orgs)
            start = time.perf_counter()
            save_activities(session, generated)
            results["generate_and_insert_s"] = round(time.perf_counter() - start, 2)
        del generated
        gc.collect()
        files = Path(scratch).glob("bench.sqlite*")  # the database and its write-ahead log
        results["database_mb"] = round(sum(f.stat().st_size for f in files) / 2**20, 1)

        ctx = AppContext(db)
        rss_before = rss_mb()
        holder: dict[str, ActivitiesView] = {}

        def open_view() -> None:
            view = ActivitiesView(ctx)
            view.resize(1300, 800)
            view.show()
            app.processEvents()  # paint the first screen: fetches the visible rows
            holder["view"] = view

        results["open_ms"] = round(timed(open_view), 1)
        view = holder["view"]
        results["memory_mb"] = round(rss_mb() - rss_before, 1)
        results["rows_shown"] = view.model.rowCount()

        def keystroke(text: str) -> None:
            view.ui.searchEdit.setText(text)
            view.apply_filters()
            app.processEvents()

        per_key = [
            timed(lambda t=word[:n]: keystroke(t))
            for word in ("training", "panama")
            for n in range(1, len(word) + 1)
        ]
        results["keystroke_ms_median"] = round(statistics.median(per_key), 1)
        results["keystroke_ms_max"] = round(max(per_key), 1)
        keystroke("")

        def choose(combo: Any, value: Any) -> None:
            combo.setCurrentIndex(combo.findData(value))
            app.processEvents()

        results["filter_type_ms"] = round(
            timed(lambda: choose(view.ui.typeFilter, "legal_legislative")), 1
        )
        results["filter_focus_group_ms"] = round(
            timed(lambda: choose(view.ui.focusFilter, "group:salw_controls")), 1
        )
        results["filtered_rows"] = view.model.rowCount()
        view.clear_filters()
        results["sort_by_focus_ms"] = round(
            timed(
                lambda: (
                    view.table.sortByColumn(5, view.table.horizontalHeader().sortIndicatorOrder()),
                    app.processEvents(),
                )
            ),
            1,
        )
        view.table.selectRow(10)
        app.processEvents()
        view.editor.ui.titleEdit.setText(view.editor.ui.titleEdit.text() + " (revised)")
        results["save_one_ms"] = round(timed(lambda: (view.editor.save(), app.processEvents())), 1)
        view.close()
        view.deleteLater()
        app.processEvents()
        db.close()
    return results


def report(results: dict[str, Any]) -> str:
    labels = {
        "activities": "activities",
        "generate_and_insert_s": "generate + insert (s)",
        "database_mb": "database file (MB)",
        "open_ms": "open the section, first screen painted (ms)",
        "memory_mb": "memory added by the section (MB)",
        "rows_shown": "rows in the table",
        "keystroke_ms_median": "search keystroke, median (ms)",
        "keystroke_ms_max": "search keystroke, worst (ms)",
        "filter_type_ms": "type filter (ms)",
        "filter_focus_group_ms": "focus-group filter on top (ms)",
        "filtered_rows": "rows after both filters",
        "sort_by_focus_ms": "sort by focus areas (ms)",
        "save_one_ms": "save one activity, row updated (ms)",
    }
    return "\n".join(f"{labels.get(key, key):<48} {value}" for key, value in results.items())
