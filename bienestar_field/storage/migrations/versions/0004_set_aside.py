"""set-aside pulled records: what a pull could not store, kept encrypted for a supervisor

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("pulled_at", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_set_aside")),
    )
    with op.batch_alter_table("sync_set_aside", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_set_aside_entity_id"), ["entity_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_set_aside", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_set_aside_entity_id"))
    op.drop_table("sync_set_aside")
