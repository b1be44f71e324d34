"""relay batches: caseworkers' sealed batches a supervisor imported, kept sealed until forwarded

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 14:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "relay_batches",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("exported_by", sa.String(64), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("households", sa.Integer(), nullable=False),
        sa.Column("persons", sa.Integer(), nullable=False),
        sa.Column("enrollments", sa.Integer(), nullable=False),
        sa.Column("attendance_checks", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.String(40), nullable=True),
        sa.Column("last_at", sa.String(40), nullable=True),
        sa.Column("imported_at", sa.String(40), nullable=False),
        sa.Column("imported_by", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("forwarded_at", sa.String(40), nullable=True),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("receipt", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "batch_id", name=op.f("pk_relay_batches")),
    )
    with op.batch_alter_table("relay_batches") as batch:
        batch.create_index(batch.f("ix_relay_batches_imported_at"), ["imported_at"])
        batch.create_index(batch.f("ix_relay_batches_status"), ["status"])


def downgrade() -> None:
    op.drop_table("relay_batches")
