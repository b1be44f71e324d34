"""review decisions: probable duplicates by score, person blocks, decisions on queue items

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 13:40:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("duplicates") as batch:
        batch.add_column(sa.Column("score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("decision", sa.String(32), nullable=True))
        batch.add_column(sa.Column("kept_id", sa.String(36), nullable=True))
        batch.add_column(sa.Column("decided_by", sa.String(64), nullable=True))
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("decision", sa.String(32), nullable=True))
        batch.add_column(sa.Column("decided_by", sa.String(64), nullable=True))
    blocks = op.create_table(
        "person_blocks",
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("block", sa.String(80), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("office", "block", "entity_id", name=op.f("pk_person_blocks")),
    )
    op.create_index(
        "ix_person_blocks_office_entity", "person_blocks", ["office", "entity_id"], unique=False
    )
    _file_existing_persons(blocks)


def _file_existing_persons(blocks: sa.Table) -> None:
    """File the persons already stored, so they are found as probable duplicates of new ones.
    (Pairs among them are not searched here: that is the operator's `review scan`.)"""
    from bienestar_central.service.probable import block_rows, traits_of
    from bienestar_central.service.records import draft_from_row

    records = sa.table(
        "records",
        *(
            sa.column(name)
            for name in (
                "entity_id",
                "entity",
                "office",
                "version",
                "deleted",
                "fields",
                "field_meta",
                "hlc",
                "created_by",
                "created_at",
                "updated_at",
                "folio",
            )
        ),
    )
    connection = op.get_bind()
    query = sa.select(records).where(records.c.entity == "person", records.c.deleted.is_(False))
    rows: list[dict[str, str]] = []
    for row in connection.execute(query).mappings():
        try:
            draft = draft_from_row(row)
        except (ValueError, TypeError, KeyError, json.JSONDecodeError):
            continue
        traits = traits_of(draft, None)
        if traits is not None:
            rows.extend(block_rows(draft.office, draft.entity_id, traits))
        if len(rows) >= 5000:
            op.bulk_insert(blocks, rows)
            rows = []
    if rows:
        op.bulk_insert(blocks, rows)


def downgrade() -> None:
    op.drop_index("ix_person_blocks_office_entity", table_name="person_blocks")
    op.drop_table("person_blocks")
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("decided_by")
        batch.drop_column("decision")
    with op.batch_alter_table("duplicates") as batch:
        batch.drop_column("decided_by")
        batch.drop_column("kept_id")
        batch.drop_column("decision")
        batch.drop_column("score")
