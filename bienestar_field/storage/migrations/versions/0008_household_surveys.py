"""household surveys: each household's socioeconomic survey answers, encrypted, synced

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "household_surveys",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("household_id", sa.String(36), nullable=False),
        sa.Column("questionnaire_version", sa.String(40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(40), nullable=False),
        sa.Column("created_by", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_surveys_household_id_households"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_surveys")),
        sa.UniqueConstraint("household_id", name=op.f("uq_household_surveys_household_id")),
    )
    with op.batch_alter_table("household_surveys") as batch:
        batch.create_index(batch.f("ix_household_surveys_created_at"), ["created_at"])


def downgrade() -> None:
    op.drop_table("household_surveys")
