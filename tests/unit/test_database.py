"""Opening, migrating and backing up databases."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from attdesk.errors import DatabaseError, DatabaseTooNewError
from attdesk.store import backup, migrate
from attdesk.store.activities import count_activities, save_activity
from attdesk.store.database import open_database
from attdesk.store.engine import database_url, make_engine
from attdesk.store.models import Base
from attdesk.store.organisations import list_organisations, seed_uuid
from tests.factories import activity


def test_a_new_database_is_created_migrated_and_seeded(tmp_path: Path) -> None:
    db = open_database(tmp_path / "sub" / "new.sqlite")
    try:
        with db.sessions() as session:
            names = {row.acronym for row in list_organisations(session)}
        assert {"UNLIREC", "UNODC", "CARICOM IMPACS"} <= names
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert db.backups_made == []  # nothing to protect yet
    finally:
        db.close()


def test_seeded_organisations_have_the_same_uuid_everywhere(tmp_path: Path) -> None:
    uuids = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        with db.sessions() as session:
            uuids.append({row.acronym: row.uuid for row in list_organisations(session)})
        db.close()
    assert uuids[0] == uuids[1]
    assert uuids[0]["UNLIREC"] == seed_uuid("UNLIREC")


@pytest.mark.parametrize("revision", migrate.all_revisions())
def test_a_database_at_any_earlier_revision_upgrades_on_open(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(database_url(path))
    migrate.upgrade(engine, revision)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES ('app.role', '\"focal_point\"')"
        )
    engine.dispose()
    db = open_database(path)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as connection:
            value = connection.execute(text("SELECT value FROM setting WHERE key='app.role'"))
            assert value.scalar() == '"focal_point"'
        if revision != migrate.head_revision():
            assert db.migrated_from == revision
            assert any("before-migration" in p.name for p in db.backups_made)
    finally:
        db.close()


def test_the_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    engine = make_engine(database_url(tmp_path / "schema.sqlite"))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_migration_backs_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data.sqlite"
    db = open_database(path)
    with db.sessions.begin() as session:
        save_activity(session, activity())
    db.close()
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999_future")
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": upgraded.append(target))
    db = open_database(path)
    db.close()
    assert upgraded == ["head"]
    (made,) = [p for p in db.backups_made if "before-migration" in p.name]
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT count(*) FROM activity").fetchone() == (1,)


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseTooNewError, match="newer version of ATT Desk"):
        open_database(path)


def test_files_that_are_not_attdesk_databases_are_refused_untouched(tmp_path: Path) -> None:
    document = tmp_path / "report.docx"
    document.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(DatabaseError, match="not a database file"):
        open_database(document)
    assert document.read_bytes() == b"PK\x03\x04 not a database"
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(DatabaseError, match="not an ATT Desk database"):
        open_database(other)
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_a_truncated_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    db = open_database(path)
    with db.sessions.begin() as session:
        save_activity(session, activity())
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 200)
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        open_database(path)


def test_daily_backup_once_a_day_keeping_the_newest_ten(tmp_path: Path) -> None:
    path = tmp_path / "daily.sqlite"
    db = open_database(path)
    with db.sessions.begin() as session:
        save_activity(session, activity())
    db.close()
    assert backup.daily_backup_due(path)
    first = open_database(path)
    first.close()
    second = open_database(path)
    second.close()
    assert len(first.backups_made) == 1 and second.backups_made == []
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    start = start.replace(microsecond=0)
    for day in range(14):
        backup.make_backup(path, backup.DAILY, now=start + dt.timedelta(days=day))
    kept = backup.list_backups(path)
    assert len(kept) == backup.BACKUPS_KEPT
    assert backup.backup_time(kept[-1]) == start + dt.timedelta(days=13)
    with sqlite3.connect(kept[-1]) as copy:  # a real, consistent database
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM activity").fetchone() == (1,)


def test_backup_captures_changes_still_in_the_write_ahead_log(tmp_path: Path) -> None:
    path = tmp_path / "wal.sqlite"
    db = open_database(path)
    try:
        with db.sessions.begin() as session:
            save_activity(session, activity(title="only in the WAL so far"))
        target = backup.make_backup(path, backup.MANUAL)  # while the database is open
    finally:
        db.close()
    copy = open_database(target, daily_backup=False)
    with copy.sessions() as session:
        assert count_activities(session) == 1
    copy.close()
