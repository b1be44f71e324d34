"""central server: devices, enrolment codes, changes, records, review queues, feed, audit

Revision ID: 0001
Revises:
Create Date: 2026-11-21 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("label", sa.String(64), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("sealing_key", sa.LargeBinary(), nullable=False),
        sa.Column("token_hash", sa.LargeBinary(), nullable=False),
        sa.Column("code_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.String(40), nullable=True),
        sa.Column("last_seen_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_index(op.f("ix_devices_office"), "devices", ["office"])

    op.create_table(
        "enrollment_codes",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(), nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=False),
        sa.Column("used_at", sa.String(40), nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment_codes")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_enrollment_codes_code_hash")),
    )

    op.create_table(
        "enroll_attempts",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("client", sa.String(32), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enroll_attempts")),
    )
    op.create_index("ix_enroll_attempts_client_at", "enroll_attempts", ["client", "at"])

    op.create_table(
        "batches",
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("forwarded_by", sa.String(36), nullable=True),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("change_count", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_batches")),
    )
    op.create_index(op.f("ix_batches_device_id"), "batches", ["device_id"])

    op.create_table(
        "changes",
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("operation", sa.String(16), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("basis_version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("user_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("received_at", sa.String(40), nullable=False),
        sa.Column("digest", sa.LargeBinary(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_changes")),
    )
    op.create_index(op.f("ix_changes_device_id"), "changes", ["device_id"])
    op.create_index(op.f("ix_changes_entity_id"), "changes", ["entity_id"])

    op.create_table(
        "records",
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("field_meta", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(64), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
        sa.Column("curp_index", sa.LargeBinary(), nullable=True),
        sa.Column("link_key", sa.String(80), nullable=True),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_records")),
    )
    op.create_index(op.f("ix_records_curp_index"), "records", ["curp_index"])
    op.create_index(op.f("ix_records_link_key"), "records", ["link_key"])
    op.create_index("ix_records_entity_office", "records", ["entity", "office"])

    op.create_table(
        "conflicts",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("winner_hlc", sa.String(64), nullable=False),
        sa.Column("loser_hlc", sa.String(64), nullable=False),
        sa.Column("winner_device", sa.String(36), nullable=False),
        sa.Column("loser_device", sa.String(36), nullable=False),
        sa.Column("winner_change", sa.String(36), nullable=False),
        sa.Column("loser_change", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    op.create_index(op.f("ix_conflicts_entity_id"), "conflicts", ["entity_id"])

    op.create_table(
        "duplicates",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("other_entity_id", sa.String(36), nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("other_office", sa.String(64), nullable=False),
        sa.Column("change_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicates")),
    )
    op.create_index(op.f("ix_duplicates_entity_id"), "duplicates", ["entity_id"])

    op.create_table(
        "feed",
        sa.Column("seq", BigId, autoincrement=True, nullable=False),
        sa.Column("grp", sa.BigInteger(), nullable=False),
        sa.Column("office", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("entity", sa.String(32), nullable=True),
        sa.Column("entity_id", sa.String(36), nullable=True),
        sa.Column("skip_device", sa.String(36), nullable=True),
        sa.Column("target_device", sa.String(36), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_feed")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_feed_office_grp_seq", "feed", ["office", "grp", "seq"])

    op.create_table(
        "audit_log",
        sa.Column("seq", BigId, autoincrement=True, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("subject", sa.String(64), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("prev_mac", sa.LargeBinary(), nullable=False),
        sa.Column("mac", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    for table in (
        "audit_log",
        "feed",
        "duplicates",
        "conflicts",
        "records",
        "changes",
        "batches",
        "enroll_attempts",
        "enrollment_codes",
        "devices",
    ):
        op.drop_table(table)
