"""Alembic migrations: the only way the schema changes (see store/migrate.py)."""
