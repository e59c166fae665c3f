"""Schema migrations, applied when a database is opened.

The whole upgrade runs in one transaction with foreign keys switched off (SQLite rebuilds a
table to alter it, and dropping the old table with foreign keys on would cascade-delete
child rows); the keys are checked before commit, and any failure rolls everything back.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from attdesk.domain.text import QT_TRANSLATE_NOOP
from attdesk.errors import DatabaseError, DatabaseTooNewError

SCRIPT_LOCATION = "attdesk.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:
        raise RuntimeError("no migrations are installed")
    return head


def all_revisions() -> list[str]:
    """Every revision, oldest first."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at; None for an empty database.

    Raises DatabaseError for a database with tables that ATT Desk did not create.
    """
    with engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        if revision is None and inspect(connection).get_table_names():
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This file is a database, but not an ATT Desk database; choose another file.",
                )
            )
        return revision


def check_known(revision: str | None) -> None:
    if revision is not None and revision not in all_revisions():
        raise DatabaseTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of ATT Desk (schema "
                "{revision}); install the newer version to open it.",
            ),
            revision=revision,
        )


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to `target` in one transaction."""
    with engine.connect() as connection:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # Outside any transaction: SQLite ignores this pragma inside one.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), target)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The database upgrade would break {count} links between "
                                "records; nothing was changed.",
                            ),
                            count=len(broken),
                        )
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]
