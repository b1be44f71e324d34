"""records keyed by (entity_id, office): each office has its own space of record ids

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 11:20:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Every stored id is unique already, so the wider key holds for the rows there are.
    with op.batch_alter_table("records") as batch:
        batch.drop_constraint("pk_records", type_="primary")
        batch.create_primary_key("pk_records", ["entity_id", "office"])


def downgrade() -> None:
    with op.batch_alter_table("records") as batch:
        batch.drop_constraint("pk_records", type_="primary")
        batch.create_primary_key("pk_records", ["entity_id"])
