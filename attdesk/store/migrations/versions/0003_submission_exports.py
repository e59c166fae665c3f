"""Exported submission revisions (one row per package written).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:29:03.140370
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submission_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision_uuid", sa.String(length=36), nullable=False),
        sa.Column("period", sa.String(length=9), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("replaces", sa.String(length=36), nullable=True),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("disclosure", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_export")),
        sa.UniqueConstraint("revision_uuid", name=op.f("uq_submission_export_revision_uuid")),
    )
    with op.batch_alter_table("submission_export", schema=None) as batch_op:
        batch_op.create_index("ix_submission_export_period", ["period", "revision"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_submission_export_submission_uuid"), ["submission_uuid"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("submission_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_submission_export_submission_uuid"))
        batch_op.drop_index("ix_submission_export_period")

    op.drop_table("submission_export")
