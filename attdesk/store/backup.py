"""Automatic backups of the SQLite database, with SQLite's online backup API.

A plain file copy of a database in WAL mode can miss committed pages still in the -wal file
or catch a write half-done; the backup API copies a consistent snapshot while the app runs.
Backups go to a `backups` folder beside the database; the newest BACKUPS_KEPT are kept.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from pathlib import Path

BACKUPS_KEPT = 10
BEFORE_MIGRATION = "before-migration"
DAILY = "daily"
MANUAL = "manual"
BEFORE_IMPORT = "before-import"

_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z-]+)\.sqlite$")


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def list_backups(database: Path) -> list[Path]:
    """Backups of this database, oldest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database.stem}-*.sqlite"):
        match = _NAME.match(path.name)
        if match and match["stem"] == database.stem:
            found.append((match["stamp"], path.name, path))
    return [path for *_, path in sorted(found)]


def backup_time(path: Path) -> dt.datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)


def make_backup(database: Path, reason: str, now: dt.datetime | None = None) -> Path:
    """Copy a consistent snapshot of `database` into the backup folder and prune old ones.

    The copy is written under a temporary name and renamed, so a crash never leaves a
    half-written file that looks like a backup.
    """
    now = now or dt.datetime.now(dt.UTC)
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(dt.UTC).strftime(_STAMP_FORMAT)
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite"
    counter = 1
    while target.exists():
        target = folder / f"{database.stem}-{stamp}-{counter}-{reason}.sqlite"
        counter += 1
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            closing(sqlite3.connect(database)) as source,
            closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    prune_backups(database)
    return target


def prune_backups(database: Path, keep: int = BACKUPS_KEPT) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was deleted."""
    backups = list_backups(database)
    doomed = backups[:-keep] if keep else backups
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def daily_backup_due(database: Path, now: dt.datetime | None = None) -> bool:
    """True if the newest backup is not from today (UTC), or there is none."""
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(database)
    if not backups:
        return True
    newest = backup_time(backups[-1])
    return newest is None or newest.date() < now.astimezone(dt.UTC).date()
