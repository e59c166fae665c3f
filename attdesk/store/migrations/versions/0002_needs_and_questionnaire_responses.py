"""Needs, their links to activities, questionnaire responses, answers and section states.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:48:37.246095
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "questionnaire_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("questionnaire_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.String(length=16), nullable=False),
        sa.Column("period", sa.String(length=9), nullable=False),
        sa.Column("nil_report", sa.Boolean(), nullable=False),
        sa.Column("carried_from", sa.String(length=9), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_response")),
        sa.UniqueConstraint("uuid", name=op.f("uq_questionnaire_response_uuid")),
    )
    with op.batch_alter_table("questionnaire_response", schema=None) as batch_op:
        batch_op.create_index(
            "uq_questionnaire_response_period", ["questionnaire_id", "period"], unique=True
        )

    op.create_table(
        "answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("carried_from", sa.String(length=9), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('reviewed', 'carried')", name=op.f("ck_answer_status")),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["questionnaire_response.id"],
            name=op.f("fk_answer_response_id_questionnaire_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "question_id", name=op.f("pk_answer")),
    )
    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=64), nullable=False),
        sa.Column("date_identified", sa.String(length=10), nullable=True),
        sa.Column("cost_amount", sa.String(length=40), nullable=True),
        sa.Column("cost_currency", sa.String(length=3), nullable=True),
        sa.Column("preferred_partner_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("title_key", sa.String(length=300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["preferred_partner_id"],
            ["organisation.id"],
            name=op.f("fk_need_preferred_partner_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
        sa.UniqueConstraint("uuid", name=op.f("uq_need_uuid")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_need_preferred_partner_id"), ["preferred_partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_need_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_need_title_key"), ["title_key"], unique=False)

    op.create_table(
        "section_state",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.String(length=64), nullable=False),
        sa.Column("no_change", sa.Boolean(), nullable=False),
        sa.Column("withheld", sa.Boolean(), nullable=False),
        sa.Column("withheld_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["questionnaire_response.id"],
            name=op.f("fk_section_state_response_id_questionnaire_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "section_id", name=op.f("pk_section_state")),
    )
    op.create_table(
        "need_activity",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_need_activity_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_need_activity_need_id_need"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("need_id", "activity_id", name=op.f("pk_need_activity")),
    )
    with op.batch_alter_table("need_activity", schema=None) as batch_op:
        batch_op.create_index("ix_need_activity_activity", ["activity_id"], unique=False)

    op.create_table(
        "need_focus_area",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["need.id"],
            name=op.f("fk_need_focus_area_need_id_need"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("need_id", "code", name=op.f("pk_need_focus_area")),
    )
    with op.batch_alter_table("need_focus_area", schema=None) as batch_op:
        batch_op.create_index("ix_need_focus_area_code", ["code", "need_id"], unique=False)

    op.create_table(
        "need_instrument",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["need.id"],
            name=op.f("fk_need_instrument_need_id_need"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("need_id", "code", name=op.f("pk_need_instrument")),
    )
    op.create_table(
        "need_type",
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["need_id"], ["need.id"], name=op.f("fk_need_type_need_id_need"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("need_id", "code", name=op.f("pk_need_type")),
    )


def downgrade() -> None:
    op.drop_table("need_type")
    op.drop_table("need_instrument")
    with op.batch_alter_table("need_focus_area", schema=None) as batch_op:
        batch_op.drop_index("ix_need_focus_area_code")

    op.drop_table("need_focus_area")
    with op.batch_alter_table("need_activity", schema=None) as batch_op:
        batch_op.drop_index("ix_need_activity_activity")

    op.drop_table("need_activity")
    op.drop_table("section_state")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_title_key"))
        batch_op.drop_index(batch_op.f("ix_need_status"))
        batch_op.drop_index(batch_op.f("ix_need_preferred_partner_id"))
        batch_op.drop_index(batch_op.f("ix_need_deleted_at"))

    op.drop_table("need")
    op.drop_table("answer")
    with op.batch_alter_table("questionnaire_response", schema=None) as batch_op:
        batch_op.drop_index("uq_questionnaire_response_period")

    op.drop_table("questionnaire_response")
