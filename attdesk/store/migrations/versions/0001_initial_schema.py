"""Initial schema: settings, organisations and the activities register.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 09:46:36.550125
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("format", sa.String(length=64), nullable=True),
        sa.Column("start_date", sa.String(length=10), nullable=True),
        sa.Column("end_date", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("relevance", sa.String(length=64), nullable=False),
        sa.Column("larger_project", sa.String(length=500), nullable=False),
        sa.Column("budget_amount", sa.String(length=40), nullable=True),
        sa.Column("budget_currency", sa.String(length=3), nullable=True),
        sa.Column("implementer_contact", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(length=300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("uuid", name=op.f("uq_activity_uuid")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_relevance"), ["relevance"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_title_key"), ["title_key"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("name_key", sa.String(length=300), nullable=False),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name_key", name=op.f("uq_organisation_name_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organisation_uuid")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "activity_focus_area",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_focus_area_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "code", name=op.f("pk_activity_focus_area")),
    )
    with op.batch_alter_table("activity_focus_area", schema=None) as batch_op:
        batch_op.create_index("ix_activity_focus_area_code", ["code", "activity_id"], unique=False)

    op.create_table(
        "activity_instrument",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_instrument_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "code", name=op.f("pk_activity_instrument")),
    )
    with op.batch_alter_table("activity_instrument", schema=None) as batch_op:
        batch_op.create_index("ix_activity_instrument_code", ["code", "activity_id"], unique=False)

    op.create_table(
        "activity_organisation",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('implementer', 'donor')", name=op.f("ck_activity_organisation_role")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_organisation_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_activity_organisation_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "role", "organisation_id", name=op.f("pk_activity_organisation")
        ),
    )
    with op.batch_alter_table("activity_organisation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_organisation_org", ["organisation_id", "role", "activity_id"], unique=False
        )

    op.create_table(
        "activity_partner_state",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_partner_state_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "code", name=op.f("pk_activity_partner_state")),
    )
    with op.batch_alter_table("activity_partner_state", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_partner_state_code", ["code", "activity_id"], unique=False
        )

    op.create_table(
        "activity_relation",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("related_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "activity_id < related_id", name=op.f("ck_activity_relation_ordered_pair")
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_relation_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["related_id"],
            ["activity.id"],
            name=op.f("fk_activity_relation_related_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "related_id", name=op.f("pk_activity_relation")),
    )
    with op.batch_alter_table("activity_relation", schema=None) as batch_op:
        batch_op.create_index("ix_activity_relation_related", ["related_id"], unique=False)

    op.create_table(
        "activity_type",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_type_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "code", name=op.f("pk_activity_type")),
    )
    with op.batch_alter_table("activity_type", schema=None) as batch_op:
        batch_op.create_index("ix_activity_type_code", ["code", "activity_id"], unique=False)

    op.create_table(
        "activity_website",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_website_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "position", name=op.f("pk_activity_website")),
    )


def downgrade() -> None:
    op.drop_table("activity_website")
    with op.batch_alter_table("activity_type", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_type_code")

    op.drop_table("activity_type")
    with op.batch_alter_table("activity_relation", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_relation_related")

    op.drop_table("activity_relation")
    with op.batch_alter_table("activity_partner_state", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_partner_state_code")

    op.drop_table("activity_partner_state")
    with op.batch_alter_table("activity_organisation", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_organisation_org")

    op.drop_table("activity_organisation")
    with op.batch_alter_table("activity_instrument", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_instrument_code")

    op.drop_table("activity_instrument")
    with op.batch_alter_table("activity_focus_area", schema=None) as batch_op:
        batch_op.drop_index("ix_activity_focus_area_code")

    op.drop_table("activity_focus_area")
    op.drop_table("setting")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_sort_key"))

    op.drop_table("organisation")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_title_key"))
        batch_op.drop_index(batch_op.f("ix_activity_start_date"))
        batch_op.drop_index(batch_op.f("ix_activity_relevance"))
        batch_op.drop_index(batch_op.f("ix_activity_deleted_at"))

    op.drop_table("activity")
