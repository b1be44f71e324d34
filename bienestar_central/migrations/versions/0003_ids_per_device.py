"""change ids and batch ids unique per signing device: primary keys (device_id, id)

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 11:00:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Every stored id is unique already, so the wider keys hold for the rows there are.
    for table, key in (("batches", "batch_id"), ("changes", "change_id")):
        op.drop_index(f"ix_{table}_device_id", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"pk_{table}", type_="primary")
            batch.create_primary_key(f"pk_{table}", ["device_id", key])


def downgrade() -> None:
    for table, key in (("batches", "batch_id"), ("changes", "change_id")):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"pk_{table}", type_="primary")
            batch.create_primary_key(f"pk_{table}", [key])
        op.create_index(f"ix_{table}_device_id", table, ["device_id"])
