"""Opening a database: create or migrate it, back it up, seed reference data.

`open_database` is what the GUI, the CLI and the tests call; it returns a `Database` whose
`sessions` factory is the only way to reach the data (one session per user action).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import DatabaseError
from attdesk.store import backup, migrate
from attdesk.store.engine import database_url, make_engine, sqlite_path
from attdesk.store.organisations import seed_organisations

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open, up-to-date database."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None  # the SQLite file, if it is one
    backups_made: list[Path] = field(default_factory=list)
    migrated_from: str | None = None  # revision before this open upgraded it, if it did

    @property
    def display_name(self) -> str:
        """What the status bar and messages call this database."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path | None, *, daily_backup: bool = True) -> Database:
    """Open (creating if needed) the database at a path or URL and bring it up to date.

    Before an existing database is migrated it is backed up; otherwise it is backed up at
    most once a day. Raises DatabaseError with a sentence for the user if the file is not
    an ATT Desk database, is damaged, is from a newer version or cannot be written.
    """
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        db = Database(url, engine, sessionmaker(engine, expire_on_commit=False), path)
        created = _migrate(db)
        if not created and path is not None and daily_backup and backup.daily_backup_due(path):
            db.backups_made.append(backup.make_backup(path, backup.DAILY))
        with db.sessions.begin() as session:
            seed_organisations(session)
    except DatabaseError:
        engine.dispose()
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "Cannot open the database {name}: {reason}"),
            name=target or url,
            reason=_reason(exc),
        ) from exc
    return db


def _migrate(db: Database) -> bool:
    """Upgrade to the newest schema; True if the database was empty (just created)."""
    current = migrate.current_revision(db.engine)
    migrate.check_known(current)
    head = migrate.head_revision()
    if current == head:
        return False
    if current is not None and db.path is not None:
        db.backups_made.append(backup.make_backup(db.path, backup.BEFORE_MIGRATION))
        log.info("upgrading %s from schema %s to %s", db.path, current, head)
    migrate.upgrade(db.engine)
    db.migrated_from = current
    return current is None


def _check_sqlite_file(path: Path) -> None:
    """Fail early, in plain words, on a folder, a non-database file or a missing folder."""
    if path.is_dir():
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give the path of a database file."),
            path=path,
        )
    if path.exists():
        with path.open("rb") as handle:
            header = handle.read(16)
        if header and header != b"SQLite format 3\x00":
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is not a database file (it may be another document)."
                ),
                path=path,
            )
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Errors", "Cannot create the folder {path}: {reason}"),
                path=path.parent,
                reason=exc.strerror,
            ) from exc


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc).splitlines()[0]
