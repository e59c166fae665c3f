"""Engines configured the way ATT Desk needs them: WAL, foreign keys and real transactions.

Python's sqlite3 module opens transactions lazily and never around DDL, which breaks
SAVEPOINTs and lets a failed migration half-apply. Following the SQLAlchemy documentation
("Serializable isolation / Savepoints / Transactional DDL"), the driver's own transaction
handling is switched off and SQLAlchemy emits BEGIN itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

APP_NAME = "ATT Desk"
DEFAULT_FILE_NAME = "attdesk.sqlite"
BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> Path:
    """Where the database lives when no --db is given: the platform's user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def database_url(target: str | Path | None) -> URL:
    """A SQLAlchemy URL from --db: a file path, a URL (sqlite:///..., postgresql://...) or None."""
    if target is None:
        target = default_database_path()
    text = str(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def make_engine(url: URL, **kwargs: Any) -> Engine:
    engine = create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN (see on_begin)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")
