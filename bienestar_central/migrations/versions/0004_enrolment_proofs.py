"""enrolment by proof: codes by id and sealed MAC key, spent nonces, casebooks and prefixes

Codes issued before this revision were stored as a hash only; a device can no longer use them
(it proves the code instead of sending it), so their rows stay, unusable, for the record.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("enrollment_codes") as batch:
        batch.drop_constraint("uq_enrollment_codes_code_hash", type_="unique")
        batch.drop_column("code_hash")
        batch.add_column(sa.Column("lookup", sa.String(32), nullable=True))
        batch.add_column(sa.Column("sealed_key", sa.LargeBinary(), nullable=True))
        batch.create_unique_constraint("uq_enrollment_codes_lookup", ["lookup"])

    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("casebook_id", sa.String(36), nullable=True))
        batch.create_index("ix_devices_casebook_id", ["casebook_id"])

    op.create_table(
        "casebooks",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("folio_prefix", sa.String(8), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("enrolled_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_casebooks")),
        sa.UniqueConstraint("folio_prefix", name=op.f("uq_casebooks_folio_prefix")),
    )

    op.create_table(
        "enroll_nonces",
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_enroll_nonces")),
    )
    op.create_index(op.f("ix_enroll_nonces_expires_at"), "enroll_nonces", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_enroll_nonces_expires_at"), table_name="enroll_nonces")
    op.drop_table("enroll_nonces")
    op.drop_table("casebooks")
    with op.batch_alter_table("devices") as batch:
        batch.drop_index("ix_devices_casebook_id")
        batch.drop_column("casebook_id")
    with op.batch_alter_table("enrollment_codes") as batch:
        batch.drop_constraint("uq_enrollment_codes_lookup", type_="unique")
        batch.drop_column("sealed_key")
        batch.drop_column("lookup")
        batch.add_column(sa.Column("code_hash", sa.LargeBinary(), nullable=True))
