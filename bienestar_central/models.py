"""The central server's tables (SQLAlchemy Core). Migrations in ``migrations/`` create them.

The server opens batches, so it holds records in clear JSON in its own database (protected by
the operator, never logged). CURPs are found through the server's own blind index.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

FOLIO_MAX = 32  # as the app's folio columns

# 64-bit on PostgreSQL; plain INTEGER on SQLite, which is what makes it the rowid.
BigId = BigInteger().with_variant(Integer(), "sqlite")

devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("office", String(64), nullable=False, index=True),
    Column("label", String(64), nullable=False),
    Column("signing_key", LargeBinary, nullable=False),
    Column("sealing_key", LargeBinary, nullable=False),
    Column("token_hash", LargeBinary, nullable=False),
    Column("code_id", String(36), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("revoked_at", String(40), nullable=True),
    Column("last_seen_at", String(40), nullable=True),
    # The casebook behind the device (None for devices enrolled before casebooks were known).
    Column("casebook_id", String(36), nullable=True, index=True),
    # What the device may do (``DeviceRole``), from the code it enrolled with: the server's
    # word, never the device's.
    Column("role", String(16), nullable=False, server_default="caseworker"),
)

# One row per casebook ever enrolled: the device that holds it now and its folio prefix, unique
# among casebooks, so no two casebooks number folios alike and a copied one is recognised.
casebooks = Table(
    "casebooks",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("folio_prefix", String(8), nullable=False, unique=True),
    Column("device_id", String(36), nullable=False),
    Column("enrolled_at", String(40), nullable=False),
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("id", String(36), primary_key=True),
    # The code's one-way id (what a device names it by) and its MAC key, sealed under the
    # server's keys; None for codes issued before codes were proven instead of sent.
    Column("lookup", String(32), nullable=True, unique=True),
    Column("sealed_key", LargeBinary, nullable=True),
    Column("office", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
    Column("used_at", String(40), nullable=True),
    Column("device_id", String(36), nullable=True),
    Column("role", String(16), nullable=False, server_default="caseworker"),
)

enroll_attempts = Table(
    "enroll_attempts",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("client", String(32), nullable=False),
    Column("at", BigInteger, nullable=False),  # unix seconds
    Column("ok", Boolean, nullable=False),
    Index("ix_enroll_attempts_client_at", "client", "at"),
)

# Enrolment nonces already spent, kept until they expire: a replayed request is refused.
enroll_nonces = Table(
    "enroll_nonces",
    metadata,
    Column("digest", String(64), primary_key=True),
    Column("expires_at", BigInteger, nullable=False, index=True),
)

# Batch ids and change ids are the idempotency keys of the device that signed them: unique per
# signing device (they travel in clear, so another device could otherwise squat them).
batches = Table(
    "batches",
    metadata,
    Column("device_id", String(36), primary_key=True),  # the signer, even when forwarded
    Column("batch_id", String(36), primary_key=True),
    Column("forwarded_by", String(36), nullable=True),
    Column("digest", String(64), nullable=False),
    Column("change_count", Integer, nullable=False),
    Column("received_at", String(40), nullable=False),
)

changes = Table(
    "changes",
    metadata,
    Column("device_id", String(36), primary_key=True),  # the signer
    Column("change_id", String(36), primary_key=True),
    Column("batch_id", String(36), nullable=False),
    Column("office", String(64), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(36), nullable=False, index=True),
    Column("operation", String(16), nullable=False),
    Column("base_version", Integer, nullable=False),
    Column("basis_version", Integer, nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("user_id", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("received_at", String(40), nullable=False),
    Column("digest", LargeBinary, nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", String(200), nullable=False),
    Column("fields", Text, nullable=False),
)

# Each office has its own space of record ids: an id another office already uses names another
# record here, so what a device is answered never depends on another office's records.
records = Table(
    "records",
    metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("entity", String(32), nullable=False),
    Column("office", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("fields", Text, nullable=False),
    # Per field: [server version, device id, clock stamp, change id] of its last write.
    Column("field_meta", Text, nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("curp_index", LargeBinary, nullable=True, index=True),
    Column("link_key", String(80), nullable=True, index=True),
    # Households, persons and enrolments carry a folio, unique in their office; NULL for
    # attendance checks, and for a record set aside because its folio was taken first.
    Column("folio", String(FOLIO_MAX), nullable=True),
    Index("ix_records_entity_office", "entity", "office"),
    Index("uq_records_office_folio", "office", "folio", unique=True),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("office", String(64), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(36), nullable=False, index=True),
    Column("field", String(64), nullable=False),
    Column("winner_value", Text, nullable=False),
    Column("loser_value", Text, nullable=False),
    Column("winner_hlc", String(64), nullable=False),
    Column("loser_hlc", String(64), nullable=False),
    Column("winner_device", String(36), nullable=False),
    Column("loser_device", String(36), nullable=False),
    Column("winner_change", String(36), nullable=False),
    Column("loser_change", String(36), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("resolved_at", String(40), nullable=True),
    # The value a person chose: "winner" (kept as merged) or "loser" (applied instead).
    Column("decision", String(32), nullable=True),
    Column("decided_by", String(64), nullable=True),
)

duplicates = Table(
    "duplicates",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("kind", String(32), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("entity_id", String(36), nullable=False, index=True),
    Column("other_entity_id", String(36), nullable=False),
    Column("office", String(64), nullable=False),
    Column("other_office", String(64), nullable=False),
    Column("change_id", String(36), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("resolved_at", String(40), nullable=True),
    # How alike the pair is (0..1), for the pairs the server found itself; NULL for exact ones.
    Column("score", Float, nullable=True),
    # What a person decided: "same_person" (kept entity_id or other_entity_id) or "different".
    Column("decision", String(32), nullable=True),
    Column("kept_id", String(36), nullable=True),
    Column("decided_by", String(64), nullable=True),
    # What the reviewer needs beyond the two records (JSON), e.g. an outdated catalog's versions.
    Column("detail", Text, nullable=True),
)

# The program catalogs published for each office (bienestar_wire.catalog's format, in ``body``).
# ``starts_at`` is midnight of ``valid_from`` in ``time_zone``, as UTC ISO text: what applied on
# a given instant is the latest to have started by then.
catalogs = Table(
    "catalogs",
    metadata,
    Column("office", String(64), primary_key=True),
    Column("catalog_version", String(16), primary_key=True),
    Column("valid_from", String(10), nullable=False),
    Column("time_zone", String(64), nullable=False),
    Column("starts_at", String(40), nullable=False),
    Column("body", Text, nullable=False),
    Column("digest", String(64), nullable=False),
    Column("published_at", String(40), nullable=False),
)


# Review decisions sent by supervisor devices: the device-made decision id is the idempotency
# key (per device, as change ids are); ``digest`` is of the decision, ``answer`` what it got.
review_decisions = Table(
    "review_decisions",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("decision_id", String(36), primary_key=True),
    Column("item_id", String(100), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("answer", Text, nullable=False),
    Column("decided_at", String(40), nullable=False),
)

# What an operator set for an office: whether its enrolments wait for a supervisor's approval.
office_settings = Table(
    "office_settings",
    metadata,
    Column("office", String(64), primary_key=True),
    Column("approval_required", Boolean, nullable=False),
    Column("updated_at", String(40), nullable=False),
)

# Each live person of an office under its block keys (see service/probable.py).
person_blocks = Table(
    "person_blocks",
    metadata,
    Column("office", String(64), primary_key=True),
    Column("block", String(80), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Index("ix_person_blocks_office_entity", "office", "entity_id"),
)

feed = Table(
    "feed",
    metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    # The writing transaction's id on PostgreSQL (0 on SQLite): see protocol.Cursor.
    Column("grp", BigInteger, nullable=False),
    Column("office", String(64), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("entity", String(32), nullable=True),
    Column("entity_id", String(36), nullable=True),
    # The device that already has this state (its author), or NULL for everyone.
    Column("skip_device", String(36), nullable=True),
    # Only this device should get the entry (receipts), or NULL for every device.
    Column("target_device", String(36), nullable=True),
    Column("body", Text, nullable=True),
    Column("created_at", String(40), nullable=False),
    Index("ix_feed_office_grp_seq", "office", "grp", "seq"),
    sqlite_autoincrement=True,
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", BigId, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(48), nullable=False),
    Column("subject", String(64), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("prev_mac", LargeBinary, nullable=False),
    Column("mac", LargeBinary, nullable=False),
    sqlite_autoincrement=True,
)

# Signed checkpoints of the audit chain: a tail cut off the chain no longer ends on one.
audit_checkpoints = Table(
    "audit_checkpoints",
    metadata,
    Column("seq", BigId, primary_key=True, autoincrement=False),
    Column("mac", LargeBinary, nullable=False),
    Column("at", String(40), nullable=False),
    Column("signature", LargeBinary, nullable=False),
)

# The newest audit head each device sent, and why the server last refused one (plain words).
device_audit_heads = Table(
    "device_audit_heads",
    metadata,
    Column("device_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("mac", String(64), nullable=False),
    Column("updated_at", String(40), nullable=False),
    Column("problem", String(300), nullable=True),
    Column("problem_at", String(40), nullable=True),
)
