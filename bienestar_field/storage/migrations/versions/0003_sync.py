"""sync: server versions of pulled records, edit bases, history of sync runs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 12:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # The server version of each record last pulled: what the device has seen of it.
    op.create_table(
        "sync_entities",
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("pulled_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_sync_entities")),
    )
    # The server version a pending edit was made on, fixed when a pull overtakes it.
    op.create_table(
        "sync_change_basis",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("basis", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_sync_change_basis")),
    )
    # One row per sync attempt, for the history the app shows. Counts and outcomes only.
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("started_at", sa.String(length=32), nullable=False),
        sa.Column("finished_at", sa.String(length=32), nullable=True),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.Column("acknowledged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("pulled", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_runs")),
    )


def downgrade() -> None:
    op.drop_table("sync_runs")
    op.drop_table("sync_change_basis")
    op.drop_table("sync_entities")
