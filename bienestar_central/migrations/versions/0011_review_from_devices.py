"""review from devices: decisions sent by supervisor devices (idempotent by their id), and the
offices whose enrolments wait for a supervisor's approval

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 17:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "review_decisions",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("item_id", sa.String(100), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "decision_id", name="pk_review_decisions"),
    )
    op.create_table(
        "office_settings",
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("approval_required", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("office", name="pk_office_settings"),
    )


def downgrade() -> None:
    op.drop_table("office_settings")
    op.drop_table("review_decisions")
