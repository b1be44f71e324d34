"""audit anchors: signed checkpoints of the server's chain, devices' audit heads

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "audit_checkpoints",
        sa.Column("seq", BigId, autoincrement=False, nullable=False),
        sa.Column("mac", sa.LargeBinary(), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_checkpoints")),
    )
    op.create_table(
        "device_audit_heads",
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("problem", sa.String(300), nullable=True),
        sa.Column("problem_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_device_audit_heads")),
    )


def downgrade() -> None:
    op.drop_table("device_audit_heads")
    op.drop_table("audit_checkpoints")
