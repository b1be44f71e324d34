"""ARCO requests and Mi Bienestar card events: two records of a person, encrypted like the rest

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "arco_requests",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("right", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_arco_requests_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_arco_requests")),
    )
    with op.batch_alter_table("arco_requests") as batch:
        batch.create_index(batch.f("ix_arco_requests_person_id"), ["person_id"])
        batch.create_index(batch.f("ix_arco_requests_created_at"), ["created_at"])
    op.create_table(
        "card_events",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("person_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("hlc", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["persons.id"], name=op.f("fk_card_events_person_id_persons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_events")),
    )
    with op.batch_alter_table("card_events") as batch:
        batch.create_index(batch.f("ix_card_events_person_id"), ["person_id"])
        batch.create_index(batch.f("ix_card_events_created_at"), ["created_at"])


def downgrade() -> None:
    op.drop_table("card_events")
    op.drop_table("arco_requests")
