"""Persistence: SQLAlchemy models, the database lifecycle (migrations, backups) and the
functions that read and write records. Functions take a Session and never commit; the
caller owns the transaction (`with db.sessions.begin() as session:`).
"""
