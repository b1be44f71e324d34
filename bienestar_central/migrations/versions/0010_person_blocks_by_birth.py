"""person blocks by name with part of the birth date: refile every live person

Name blocks held every person of an office with the same surname and given name by sound:
thousands each at a million people. A pair can only score as probable with nearly the same
birth date, so the name blocks now carry the birth year, or the day and month (see
``bienestar_field.domain.likeness.block_keys``). The blocks are derived data: dropped and
filed again from the records.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 17:00:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | None = None
depends_on: str | None = None

_RECORD_COLUMNS = (
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


def upgrade() -> None:
    _refile()


def downgrade() -> None:
    _refile()  # the keys of the program that runs it; an older program refiles on its own


def _refile() -> None:
    # The service's own filing, so the stored keys are the ones new persons are looked up by.
    from bienestar_central.service.probable import block_rows, traits_of
    from bienestar_central.service.records import draft_from_row

    blocks = sa.table(
        "person_blocks", sa.column("office"), sa.column("block"), sa.column("entity_id")
    )
    records = sa.table("records", *(sa.column(name) for name in _RECORD_COLUMNS))
    connection = op.get_bind()
    connection.execute(sa.delete(blocks))
    query = sa.select(records).where(records.c.entity == "person", records.c.deleted.is_(False))
    rows: list[dict[str, str]] = []
    for row in connection.execute(query).mappings():
        try:
            draft = draft_from_row(row)
        except (ValueError, TypeError, KeyError, json.JSONDecodeError):
            continue  # a damaged row is named by `review` and `verify-audit`, not here
        traits = traits_of(draft, None)
        if traits is not None:
            rows.extend(block_rows(draft.office, draft.entity_id, traits))
        if len(rows) >= 5000:
            op.bulk_insert(blocks, rows)
            rows = []
    if rows:
        op.bulk_insert(blocks, rows)
