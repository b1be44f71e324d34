"""Tables of the casebook.

Personal fields never appear as columns: each record keeps them in one AES-GCM blob (``data``)
bound to its table, column and row id. What stays clear is what must be queried without
decrypting: ids, folios, INEGI state/municipality keys, program codes, statuses, versions,
clock stamps and sync bookkeeping.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Meta(Base):
    """Facts about this casebook: device id, folio prefix, counters."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # A staff login name, shown on the unlock screen before any key exists; never a beneficiary's.
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[str] = mapped_column(String(32))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class KeySlot(Base):
    """The data key wrapped under one secret: a user's passphrase or the recovery code."""

    __tablename__ = "key_slots"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # "passphrase" | "recovery"
    kdf_params: Mapped[str] = mapped_column(Text)
    nonce: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))


class HouseholdRow(Base):
    __tablename__ = "households"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    folio: Mapped[str] = mapped_column(String(32), unique=True)
    state_code: Mapped[str] = mapped_column(String(2))
    municipality_code: Mapped[str] = mapped_column(String(3))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    updated_at: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class PersonRow(Base):
    __tablename__ = "persons"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    household_id: Mapped[str | None] = mapped_column(
        ForeignKey("households.id"), nullable=True, index=True
    )
    folio: Mapped[str] = mapped_column(String(32), unique=True)
    # Blind index of the CURP: lookups and duplicate detection without decrypting.
    curp_index: Mapped[bytes] = mapped_column(LargeBinary, index=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    updated_at: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class EnrollmentRow(Base):
    __tablename__ = "enrollments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    program_code: Mapped[str] = mapped_column(String(16), index=True)
    status: Mapped[str] = mapped_column(String(16))
    catalog_version: Mapped[str] = mapped_column(String(32))
    folio: Mapped[str] = mapped_column(String(32), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    updated_at: Mapped[str] = mapped_column(String(32))


class AttendanceCheckRow(Base):
    """Append-only: a correction is a new row."""

    __tablename__ = "attendance_checks"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    enrollment_id: Mapped[str] = mapped_column(ForeignKey("enrollments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)


class HouseholdSurveyRow(Base):
    """A household's socioeconomic survey answers, one per household (the id derived from the
    household's). The answers are personal data: all in the blob; the questionnaire version
    they were answered under stays clear."""

    __tablename__ = "household_surveys"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), unique=True)
    questionnaire_version: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    updated_at: Mapped[str] = mapped_column(String(32))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class ArcoRequestRow(Base):
    """A person's ARCO request and its outcome: answered in place, never deleted."""

    __tablename__ = "arco_requests"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    right: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)
    updated_at: Mapped[str] = mapped_column(String(32))


class CardEventRow(Base):
    """A Mi Bienestar card delivered, reported or replaced. Append-only; last four digits only."""

    __tablename__ = "card_events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    hlc: Mapped[str] = mapped_column(String(40))
    created_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32), index=True)


class OutboxChange(Base):
    """A change waiting for (or acknowledged by) the central server; also the edit history."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    operation: Mapped[str] = mapped_column(String(16))  # create | update | delete | append
    base_version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    user_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    batch_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    acked_at: Mapped[str | None] = mapped_column(String(32), nullable=True)

    __table_args__ = (Index("ix_outbox_status_seq", "status", "seq"),)


class AuditEvent(Base):
    """Hash-chained log of who did what to which record. Ids only: no personal data."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str | None] = mapped_column(String(32), nullable=True)
    entity_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # SHA-256 (hex) of the record's row as stored, on "<entity>.stored" events.
    digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    prev_mac: Mapped[bytes] = mapped_column(LargeBinary)
    mac: Mapped[bytes] = mapped_column(LargeBinary)


# The sync_state keys holding the program catalogs pulled from the server, one per version
# ("catalog/2027.1", the catalog's JSON). Catalogs are public rules, not personal data.
PULLED_CATALOG_PREFIX = "catalog/"


class SyncState(Base):
    """Sync settings of this casebook by key: the enrolment (encrypted), pull cursor, catalog."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncEntity(Base):
    """The server version of each record last pulled: what the device has seen of it."""

    __tablename__ = "sync_entities"
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    server_version: Mapped[int] = mapped_column(Integer)
    pulled_at: Mapped[str] = mapped_column(String(32))


class SyncChangeBasis(Base):
    """The server version a pending edit was made on, fixed when a pull overtakes it."""

    __tablename__ = "sync_change_basis"
    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    basis: Mapped[int] = mapped_column(Integer)


class SyncRunRow(Base):
    """One row per sync attempt, for the history the app shows. Counts and outcomes only."""

    __tablename__ = "sync_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    outcome: Mapped[str] = mapped_column(String(32))
    pushed: Mapped[int] = mapped_column(Integer)
    acknowledged: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    pulled: Mapped[int] = mapped_column(Integer)
    message: Mapped[str | None] = mapped_column(Text, nullable=True)


class SetAsideRecord(Base):
    """A pulled record this casebook could not store (a folio already used here, an unknown
    parent, fields that do not decode): kept whole, encrypted, for a supervisor to see. The
    pull went on without it; a later pull that stores the record removes it from here."""

    __tablename__ = "sync_set_aside"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    # A short code the UI words in its own language, and the English reason for logs.
    reason_code: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)
    pulled_at: Mapped[str] = mapped_column(String(32))
    # The record as the server sent it (personal data): one AES-GCM blob bound to this row.
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RelayBatch(Base):
    """A caseworker's sealed batch that a supervisor imported from a USB stick.

    Kept exactly as it came (``envelope``: only the central server can open it) until it is
    forwarded at a sync, with the fate the server gave it. In clear: ids, the batch's signed
    manifest (counts by kind, time span, the exporting user's name), statuses and the server's
    signed receipt (results and reasons, no values). One row per batch of its signing device:
    the same batch imported twice is kept once.
    """

    __tablename__ = "relay_batches"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exported_by: Mapped[str] = mapped_column(String(64))
    changes: Mapped[int] = mapped_column(Integer)
    households: Mapped[int] = mapped_column(Integer)
    persons: Mapped[int] = mapped_column(Integer)
    enrollments: Mapped[int] = mapped_column(Integer)
    attendance_checks: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    imported_at: Mapped[str] = mapped_column(String(40), index=True)
    imported_by: Mapped[str] = mapped_column(String(36))
    # waiting (here), forwarded (sent, no answer yet), acknowledged, refused.
    status: Mapped[str] = mapped_column(String(16), index=True)
    forwarded_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    envelope: Mapped[str] = mapped_column(Text)
    receipt: Mapped[str | None] = mapped_column(Text, nullable=True)


class Draft(Base):
    """A form saved half-way (a household being registered), encrypted like any record."""

    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    user_id: Mapped[str] = mapped_column(String(36))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[str] = mapped_column(String(32))


class ReviewDecisionRow(Base):
    """A supervisor's decision on a review item, made here and sent at the next sync.

    ``id`` is the decision id the server keys it by (a resend is answered as the first time).
    Clear: ids, the queue, the choice and its state; what could name a person (the fields taken
    from the other record, the record kept, a reason for a return) is one AES-GCM blob. Marked
    ``sent`` only once the server has answered; ``refused`` keeps the server's reason.
    """

    __tablename__ = "review_decisions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    choice: Mapped[str] = mapped_column(String(16))
    made_at: Mapped[str] = mapped_column(String(40))
    made_by: Mapped[str] = mapped_column(String(36))
    # pending (here), sent (the server applied it), refused (the server would not).
    status: Mapped[str] = mapped_column(String(16), index=True)
    sent_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ReviewQueueItem(Base):
    """One item of the office's review queues as the last sync fetched it (a supervisor's
    device only). The item holds personal values (both records of a pair, a conflict's two
    values): all of it is one AES-GCM blob; only its id, queue and fetch time are clear."""

    __tablename__ = "review_queue"
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    position: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
