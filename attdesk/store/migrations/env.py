"""Alembic environment: runs on the connection store.migrate hands over, inside its
transaction, so that a failed migration leaves the database as it was.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from attdesk.store.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("run migrations through attdesk.store.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by rebuilding them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
