"""program catalogs per office with the day they take effect; review rows with their detail

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 14:00:00
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
        "catalogs",
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("catalog_version", sa.String(16), nullable=False),
        sa.Column("valid_from", sa.String(10), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("starts_at", sa.String(40), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("published_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("office", "catalog_version", name=op.f("pk_catalogs")),
    )
    with op.batch_alter_table("duplicates") as batch:
        batch.add_column(sa.Column("detail", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("duplicates") as batch:
        batch.drop_column("detail")
    op.drop_table("catalogs")
