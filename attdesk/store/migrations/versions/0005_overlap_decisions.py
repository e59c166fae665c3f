"""The secretariat's decisions on suggested overlaps.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 12:51:11.305616
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "overlap_decision",
        sa.Column("first_uuid", sa.String(length=36), nullable=False),
        sa.Column("second_uuid", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "decision IN ('same', 'different')", name=op.f("ck_overlap_decision_decision")
        ),
        sa.CheckConstraint(
            "first_uuid < second_uuid", name=op.f("ck_overlap_decision_ordered_pair")
        ),
        sa.PrimaryKeyConstraint("first_uuid", "second_uuid", name=op.f("pk_overlap_decision")),
    )


def downgrade() -> None:
    op.drop_table("overlap_decision")
