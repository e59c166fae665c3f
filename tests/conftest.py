"""Shared fixtures: real SQLite files copied from one migrated template, and a Qt context.

Tests never share a database: each gets a copy of a template that was migrated and seeded
once per session (copying is much faster than migrating).
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no display is needed, and none is used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("ATTDESK_TRANS_SCALE", None)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import build_generated  # noqa: E402

from attdesk.store.database import Database, open_database  # noqa: E402
from attdesk.store.settings import FOCAL_POINT, AppSettings, save_settings  # noqa: E402

GUI_FIXTURES = {"qtbot", "qapp", "ctx", "window", "view"}


def pytest_configure(config: pytest.Config) -> None:
    # Designer forms and translations are generated, not committed: make sure they exist.
    build_generated.build_all()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Logs and default databases go to a temporary home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(path, daily_backup=False)
    with db.sessions.begin() as session:
        save_settings(
            session,
            AppSettings(
                role=FOCAL_POINT,
                state="PAN",
                contact_name="Ana Pérez",
                ministry="Ministerio de Relaciones Exteriores",
                email="ana@example.org",
            ),
        )
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A configured database file (focal point of Panama), private to the test."""
    path = tmp_path / "attdesk.sqlite"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, daily_backup=False)
    yield database
    database.close()
