"""review queue: the office's review items a supervisor's device fetched (encrypted), and the
decisions made on this device waiting to be sent

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 17:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("choice", sa.String(16), nullable=False),
        sa.Column("made_at", sa.String(40), nullable=False),
        sa.Column("made_by", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("sent_at", sa.String(40), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_decisions")),
    )
    with op.batch_alter_table("review_decisions") as batch:
        batch.create_index(batch.f("ix_review_decisions_item_id"), ["item_id"])
        batch.create_index(batch.f("ix_review_decisions_status"), ["status"])
    op.create_table(
        "review_queue",
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("fetched_at", sa.String(40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_review_queue")),
    )
    with op.batch_alter_table("review_queue") as batch:
        batch.create_index(batch.f("ix_review_queue_kind"), ["kind"])


def downgrade() -> None:
    op.drop_table("review_queue")
    op.drop_table("review_decisions")
