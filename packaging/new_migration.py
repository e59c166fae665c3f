"""Developer tool: write a new migration by comparing the models with the current schema.

    python packaging/new_migration.py "add needs"

Builds a scratch SQLite database at the current head, autogenerates the difference to
attdesk/store/models.py, and writes it to attdesk/store/migrations/versions/. Read and edit
the result before committing: autogenerate misses renames and data moves.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from attdesk.store import migrate
from attdesk.store.engine import database_url, make_engine


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    revisions = migrate.all_revisions() if _has_versions() else []
    number = len(revisions) + 1
    with tempfile.TemporaryDirectory() as scratch:
        engine = make_engine(database_url(Path(scratch) / "scratch.sqlite"))
        if revisions:
            migrate.upgrade(engine)
        with engine.begin() as connection:
            config = migrate.alembic_config(connection)
            command.revision(config, message=argv[0], autogenerate=True, rev_id=f"{number:04d}")
        engine.dispose()
    return 0


def _has_versions() -> bool:
    versions = Path(migrate.__file__).parent / "migrations" / "versions"
    return any(p.name[0].isdigit() for p in versions.glob("*.py"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
