"""folios unique per office: records.folio and a unique index on (office, folio)

A database made before this may already hold two records of one office under one folio (a
cloned casebook's): the first stored keeps its folio, each later one is set aside (its folio
column left empty, so pulls leave it out) and queued for review as a ``duplicate_folio``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:40:00
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_FOLIO_ENTITIES = ("household", "person", "enrollment")
_FOLIO_MAX = 32


def upgrade() -> None:
    op.add_column("records", sa.Column("folio", sa.String(_FOLIO_MAX), nullable=True))
    records = sa.table(
        "records",
        sa.column("entity_id", sa.String),
        sa.column("entity", sa.String),
        sa.column("office", sa.String),
        sa.column("fields", sa.Text),
        sa.column("created_at", sa.String),
        sa.column("folio", sa.String),
    )
    duplicates = sa.table(
        "duplicates",
        sa.column("kind", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.String),
        sa.column("other_entity_id", sa.String),
        sa.column("office", sa.String),
        sa.column("other_office", sa.String),
        sa.column("change_id", sa.String),
        sa.column("created_at", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(records.c.entity_id, records.c.entity, records.c.office, records.c.fields)
        .where(records.c.entity.in_(_FOLIO_ENTITIES))
        .order_by(records.c.created_at, records.c.entity_id)
    )
    holders: dict[tuple[str, str], str] = {}
    kept: list[dict[str, str]] = []
    clashes: list[dict[str, str]] = []
    now = datetime.now(UTC).isoformat()
    for entity_id, entity, office, fields in rows:
        folio = _folio(fields)
        if folio is None:
            continue
        holder = holders.setdefault((office, folio), entity_id)
        if holder == entity_id:
            kept.append({"b_id": entity_id, "b_folio": folio})
        else:
            clashes.append(
                {
                    "kind": "duplicate_folio",
                    "entity": entity,
                    "entity_id": entity_id,
                    "other_entity_id": holder,
                    "office": office,
                    "other_office": office,
                    "change_id": "",
                    "created_at": now,
                }
            )
    if kept:
        conn.execute(
            sa.update(records)
            .where(records.c.entity_id == sa.bindparam("b_id"))
            .values(folio=sa.bindparam("b_folio")),
            kept,
        )
    if clashes:
        conn.execute(sa.insert(duplicates), clashes)
    op.create_index("uq_records_office_folio", "records", ["office", "folio"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_records_office_folio", table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("folio")


def _folio(fields_text: str) -> str | None:
    try:
        folio = json.loads(fields_text).get("folio")
    except (ValueError, AttributeError):
        return None
    if not isinstance(folio, str) or not 0 < len(folio) <= _FOLIO_MAX or "\x00" in folio:
        return None
    return folio
