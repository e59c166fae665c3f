"""Secretariat: received submissions (whole packages), trusted state keys, import log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:38:55.257741
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_log")),
    )
    op.create_table(
        "received_submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_uuid", sa.String(length=36), nullable=False),
        sa.Column("revision_uuid", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=3), nullable=False),
        sa.Column("period", sa.String(length=9), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("replaces", sa.String(length=36), nullable=True),
        sa.Column("draft", sa.Boolean(), nullable=False),
        sa.Column("disclosure", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("signer_key_id", sa.String(length=16), nullable=False),
        sa.Column("signer_public_key", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("review_status", sa.String(length=20), nullable=False),
        sa.Column("review_comment", sa.Text(), nullable=False),
        sa.Column("package_sha256", sa.String(length=64), nullable=False),
        sa.Column("package", sa.LargeBinary(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('current', 'history', 'held_key_change')",
            name=op.f("ck_received_submission_status"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_submission")),
        sa.UniqueConstraint("revision_uuid", name=op.f("uq_received_submission_revision_uuid")),
    )
    with op.batch_alter_table("received_submission", schema=None) as batch_op:
        batch_op.create_index(
            "ix_received_submission_state_period", ["state", "period"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_received_submission_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_received_submission_submission_uuid"), ["submission_uuid"], unique=False
        )

    op.create_table(
        "state_key",
        sa.Column("state", sa.String(length=3), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("state", name=op.f("pk_state_key")),
    )


def downgrade() -> None:
    op.drop_table("state_key")
    with op.batch_alter_table("received_submission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_received_submission_submission_uuid"))
        batch_op.drop_index(batch_op.f("ix_received_submission_status"))
        batch_op.drop_index("ix_received_submission_state_period")

    op.drop_table("received_submission")
    op.drop_table("import_log")
