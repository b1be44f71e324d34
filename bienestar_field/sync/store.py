"""The casebook's side of sync: outbox reads, acknowledgements, pulled records, the device identity.

Functions take the casebook's ``Database`` and ``Keyring`` (a ``Casebook`` exposes them) and
each runs in one transaction, so an acknowledgement, a pulled page and its cursor, or a new
identity is stored whole or not at all. A change is marked acknowledged only here, only after
the server's signed answer said so (pessimistic status: a crash at any moment before leaves it
pending and it is sent again, which the server counts once).

The enrolment identity (device keys, token, pinned server keys) is one AES-GCM blob in
``sync_state`` bound to its row, like every other secret of the casebook. Pulled records are
written encrypted under this casebook's own keys, with this casebook's own CURP blind index.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from bienestar_field.domain.curp import normalize_curp
from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.database import Database
from bienestar_field.storage.schema import (
    PULLED_CATALOG_KEY,
    AttendanceCheckRow,
    EnrollmentRow,
    HouseholdRow,
    OutboxChange,
    PersonRow,
    SyncState,
)
from bienestar_wire.envelope import KeyPairs, PeerKeys
from bienestar_wire.protocol import (
    Change,
    ChangeResult,
    ChangeStatus,
    Entity,
    EntryKind,
    Operation,
    PullPage,
    RecordState,
    ServerKeyInfo,
)

PENDING: Final = "pending"
ACKED: Final = "acked"
REJECTED: Final = "rejected"

_IDENTITY_KEY: Final = "identity"
_CURSOR_KEY: Final = "pull_cursor"
_REVOKED_KEY: Final = "revoked"
_CATALOG_KEY: Final = PULLED_CATALOG_KEY
_CHUNK: Final = 500

# Tables of migration 0003. Kept here until they move into ``storage.schema`` (see the module
# docstring of that file); declared on their own MetaData so nothing else sees them implicitly.
sync_metadata = MetaData()
sync_entities = Table(
    "sync_entities",
    sync_metadata,
    Column("entity_id", String(36), primary_key=True),
    Column("entity", String(32), nullable=False),
    Column("server_version", Integer, nullable=False),
    Column("pulled_at", String(32), nullable=False),
)
sync_change_basis = Table(
    "sync_change_basis",
    sync_metadata,
    Column("change_id", String(36), primary_key=True),
    Column("basis", Integer, nullable=False),
)
sync_runs = Table(
    "sync_runs",
    sync_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32), nullable=True),
    Column("outcome", String(32), nullable=False),
    Column("pushed", Integer, nullable=False),
    Column("acknowledged", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("pulled", Integer, nullable=False),
    Column("message", Text, nullable=True),
)


class SyncStoreError(Exception):
    """The stored sync state cannot be used (damaged, or from another casebook)."""


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- identity ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SyncIdentity:
    """What enrolment gave this device. Held in memory only while the casebook is unlocked."""

    server_url: str
    device_id: str
    office: str
    token: str = field(repr=False)
    device_keys: KeyPairs = field(repr=False)
    server_keys: ServerKeyInfo
    enrolled_at: str

    @property
    def server(self) -> PeerKeys:
        return PeerKeys.from_info(self.server_keys)

    def to_json(self) -> dict[str, Any]:
        return {
            "server_url": self.server_url,
            "device_id": self.device_id,
            "office": self.office,
            "token": self.token,
            "device_keys": self.device_keys.secret_json(),
            "server_keys": self.server_keys.to_json(),
            "enrolled_at": self.enrolled_at,
        }

    @classmethod
    def from_json(cls, obj: Any) -> SyncIdentity:
        try:
            return cls(
                server_url=str(obj["server_url"]),
                device_id=str(obj["device_id"]),
                office=str(obj["office"]),
                token=str(obj["token"]),
                device_keys=KeyPairs.from_secret_json(obj["device_keys"]),
                server_keys=ServerKeyInfo.from_json(obj["server_keys"]),
                enrolled_at=str(obj["enrolled_at"]),
            )
        except Exception:
            raise SyncStoreError(
                "the stored enrolment is damaged; enrol this device again"
            ) from None

    def __repr__(self) -> str:
        return f"<SyncIdentity device={self.device_id} office={self.office!r}>"


def _get_state(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def _set_state(session: Session, key: str, value: str | None) -> None:
    row = session.get(SyncState, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def load_identity(db: Database, keyring: Keyring) -> SyncIdentity | None:
    with db.reading() as session:
        stored = _get_state(session, _IDENTITY_KEY)
    if stored is None:
        return None
    blob = base64.b64decode(stored)
    obj = keyring.decrypt_json(blob, table="sync_state", column="value", row_id=_IDENTITY_KEY)
    return SyncIdentity.from_json(obj)


def save_identity(
    db: Database, keyring: Keyring, identity: SyncIdentity, *, user_id: str, at: str
) -> None:
    """Store a (new) enrolment: new keys, new token, new pins; the pull starts over."""
    blob = keyring.encrypt_json(
        identity.to_json(), table="sync_state", column="value", row_id=_IDENTITY_KEY
    )
    with db.writing() as session:
        _set_state(session, _IDENTITY_KEY, base64.b64encode(blob).decode("ascii"))
        _set_state(session, _CURSOR_KEY, None)
        _set_state(session, _REVOKED_KEY, None)
        records.append_audit(session, keyring, at=at, user_id=user_id, action="sync.enrolled")


def revoked_reason(db: Database) -> str | None:
    with db.reading() as session:
        return _get_state(session, _REVOKED_KEY)


def mark_revoked(db: Database, message: str) -> None:
    with db.writing() as session:
        _set_state(session, _REVOKED_KEY, message)


def pull_cursor(db: Database) -> str:
    with db.reading() as session:
        return _get_state(session, _CURSOR_KEY) or ""


def stored_catalog(db: Database) -> dict[str, Any] | None:
    with db.reading() as session:
        raw = _get_state(session, _CATALOG_KEY)
    return json.loads(raw) if raw else None


# --- outbox -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    pending: int
    acked: int
    rejected: int


def outbox_counts(db: Database) -> OutboxCounts:
    with db.reading() as session:
        query = select(OutboxChange.status, func.count()).group_by(OutboxChange.status)
        rows = {str(status): int(n) for status, n in session.execute(query)}
    return OutboxCounts(
        int(rows.get(PENDING, 0)), int(rows.get(ACKED, 0)), int(rows.get(REJECTED, 0))
    )


def list_pending(
    db: Database, keyring: Keyring, *, limit: int, after_seq: int = 0
) -> list[tuple[int, Change]]:
    """Pending changes in the order they were made, decrypted, with their server basis."""
    with db.reading() as session:
        rows = session.execute(
            select(
                OutboxChange.seq,
                OutboxChange.change_id,
                OutboxChange.entity,
                OutboxChange.entity_id,
                OutboxChange.operation,
                OutboxChange.base_version,
                OutboxChange.hlc,
                OutboxChange.user_id,
                OutboxChange.created_at,
                OutboxChange.payload,
                sync_change_basis.c.basis,
                sync_entities.c.server_version,
            )
            .outerjoin(sync_change_basis, sync_change_basis.c.change_id == OutboxChange.change_id)
            .outerjoin(sync_entities, sync_entities.c.entity_id == OutboxChange.entity_id)
            .where(OutboxChange.status == PENDING, OutboxChange.seq > after_seq)
            .order_by(OutboxChange.seq)
            .limit(limit)
        ).all()
    out: list[tuple[int, Change]] = []
    for row in rows:
        fields = keyring.decrypt_json(
            row.payload, table="outbox", column="payload", row_id=row.change_id
        )
        basis = row.basis if row.basis is not None else (row.server_version or 0)
        out.append(
            (
                row.seq,
                Change(
                    change_id=row.change_id,
                    entity=Entity(row.entity),
                    entity_id=row.entity_id,
                    operation=Operation(row.operation),
                    base_version=row.base_version,
                    basis_version=int(basis),
                    hlc=row.hlc,
                    user_id=row.user_id,
                    created_at=row.created_at,
                    fields=fields,
                ),
            )
        )
    return out


def mark_sending(db: Database, change_ids: Sequence[str], batch_id: str, *, at: str) -> None:
    """Name the batch (a file) these pending changes went into, and count the attempt."""
    with db.writing() as session:
        for chunk in _chunks(change_ids):
            session.execute(
                update(OutboxChange)
                .where(OutboxChange.change_id.in_(chunk))
                .values(
                    attempts=OutboxChange.attempts + 1,
                    batch_id=batch_id,
                    next_attempt_at=None,
                )
                .execution_options(synchronize_session=False)
            )


def record_failure(
    db: Database,
    change_ids: Sequence[str],
    message: str,
    *,
    next_attempt_at: str | None,
    batch_id: str | None = None,
) -> None:
    """A send that got no usable answer: count the attempt; the changes stay pending."""
    with db.writing() as session:
        for chunk in _chunks(change_ids):
            session.execute(
                update(OutboxChange)
                .where(OutboxChange.change_id.in_(chunk), OutboxChange.status == PENDING)
                .values(
                    last_error=message[:500],
                    next_attempt_at=next_attempt_at,
                    **_attempt(batch_id),
                )
                .execution_options(synchronize_session=False)
            )


def _attempt(batch_id: str | None) -> dict[str, Any]:
    if batch_id is None:
        return {}
    return {"attempts": OutboxChange.attempts + 1, "batch_id": batch_id}


@dataclass(frozen=True, slots=True)
class AckCounts:
    acknowledged: int
    rejected: int


def record_results(
    db: Database, results: Sequence[ChangeResult], *, at: str, batch_id: str | None = None
) -> AckCounts:
    """The server's verified answer, in one transaction: acknowledged, or quarantined.

    With ``batch_id`` (an online push), the attempt is counted in the same transaction.
    """
    acked = [r.change_id for r in results if r.status.acknowledged]
    rejected = [r for r in results if r.status is ChangeStatus.REJECTED]
    with db.writing() as session:
        done = _ack(session, acked, at, batch_id)
        for result in rejected:
            session.execute(
                update(OutboxChange)
                .where(OutboxChange.change_id == result.change_id, OutboxChange.status == PENDING)
                .values(
                    status=REJECTED,
                    last_error=f"refused by the server: {result.reason}",
                    acked_at=at,
                    **_attempt(batch_id),
                )
                .execution_options(synchronize_session=False)
            )
        _forget_bases(session, acked + [r.change_id for r in rejected])
    return AckCounts(done, len(rejected))


def _ack(session: Session, change_ids: Sequence[str], at: str, batch_id: str | None = None) -> int:
    done = 0
    for chunk in _chunks(change_ids):
        result = session.execute(
            update(OutboxChange)
            .where(OutboxChange.change_id.in_(chunk), OutboxChange.status == PENDING)
            .values(
                status=ACKED,
                acked_at=at,
                last_error=None,
                next_attempt_at=None,
                **_attempt(batch_id),
            )
            .execution_options(synchronize_session=False)
        )
        done += int(getattr(result, "rowcount", 0) or 0)
    return done


def _forget_bases(session: Session, change_ids: Sequence[str]) -> None:
    for chunk in _chunks(change_ids):
        session.execute(sync_change_basis.delete().where(sync_change_basis.c.change_id.in_(chunk)))


# --- pull -------------------------------------------------------------------------------------


@dataclass(slots=True)
class PullApplied:
    records: int = 0
    receipts: int = 0
    catalogs: int = 0
    decisions: int = 0
    max_hlc: str | None = None
    entity_ids: list[str] = field(default_factory=list)


def apply_pull(
    db: Database, keyring: Keyring, page: PullPage, *, user_id: str, at: str
) -> PullApplied:
    """Apply a pulled page and move the cursor past it, in one transaction."""
    applied = PullApplied()
    with db.writing() as session:
        # Parents and children of one page are applied together; check the links at commit.
        session.execute(text("PRAGMA defer_foreign_keys=ON"))
        for entry in page.entries:
            if entry.kind is EntryKind.RECORD and entry.record is not None:
                if _apply_record(session, keyring, entry.record, at, applied):
                    applied.records += 1
                    applied.entity_ids.append(entry.record.entity_id)
                if applied.max_hlc is None or entry.record.hlc > applied.max_hlc:
                    applied.max_hlc = entry.record.hlc
            elif entry.kind is EntryKind.RECEIPT:
                applied.receipts += _ack(session, list(entry.change_ids), at)
                _forget_bases(session, list(entry.change_ids))
            elif entry.kind is EntryKind.CATALOG and entry.catalog is not None:
                _set_state(session, _CATALOG_KEY, json.dumps(entry.catalog, sort_keys=True))
                applied.catalogs += 1
        _set_state(session, _CURSOR_KEY, page.cursor)
        if page.entries:
            records.append_audit(session, keyring, at=at, user_id=user_id, action="sync.pull")
    return applied


_CLEAR_KEYS: Final[dict[Entity, frozenset[str]]] = {
    Entity.HOUSEHOLD: frozenset({"folio"}),
    Entity.PERSON: frozenset({"household_id", "folio"}),
    Entity.ENROLLMENT: frozenset(
        {"person_id", "program_code", "status", "catalog_version", "folio"}
    ),
    Entity.ATTENDANCE_CHECK: frozenset({"enrollment_id", "kind", "period", "result"}),
}
_TABLES: Final[dict[Entity, str]] = {
    Entity.HOUSEHOLD: "households",
    Entity.PERSON: "persons",
    Entity.ENROLLMENT: "enrollments",
    Entity.ATTENDANCE_CHECK: "attendance_checks",
}


def _apply_record(
    session: Session, keyring: Keyring, state: RecordState, at: str, applied: PullApplied
) -> bool:
    """Bring the local row to the server's state, with this device's unsent edits on top."""
    known = session.execute(
        select(sync_entities.c.server_version).where(sync_entities.c.entity_id == state.entity_id)
    ).scalar()
    if known is not None and known >= state.version:
        return False  # already have this state or a newer one
    pending = session.execute(
        select(OutboxChange.change_id, OutboxChange.operation, OutboxChange.payload)
        .where(OutboxChange.entity_id == state.entity_id, OutboxChange.status == PENDING)
        .order_by(OutboxChange.seq)
    ).all()
    fields = dict(state.fields)
    deleted = state.deleted
    for change_id, operation, payload in pending:
        # These edits were made on what the device knew before this pull: fix that basis.
        exists = session.execute(
            select(sync_change_basis.c.basis).where(sync_change_basis.c.change_id == change_id)
        ).scalar()
        if exists is None:
            session.execute(insert(sync_change_basis).values(change_id=change_id, basis=known or 0))
        if operation == Operation.DELETE.value:
            deleted = True
        else:
            fields.update(
                keyring.decrypt_json(payload, table="outbox", column="payload", row_id=change_id)
            )
    if known is None:
        session.execute(
            insert(sync_entities).values(
                entity_id=state.entity_id,
                entity=state.entity.value,
                server_version=state.version,
                pulled_at=at,
            )
        )
    else:
        session.execute(
            update(sync_entities)
            .where(sync_entities.c.entity_id == state.entity_id)
            .values(server_version=state.version, pulled_at=at)
        )
    writer = _WRITERS[state.entity]
    before_status = None
    if state.entity is Entity.ENROLLMENT:
        row = session.get(EnrollmentRow, state.entity_id)
        before_status = row.status if row is not None else None
    writer(session, keyring, state, fields, deleted)
    if state.entity is Entity.ENROLLMENT and before_status not in (None, fields.get("status")):
        applied.decisions += 1
    return True


def _data(entity: Entity, fields: dict[str, Any]) -> dict[str, Any]:
    clear = _CLEAR_KEYS[entity]
    return {k: v for k, v in fields.items() if k not in clear}


def _encrypt(keyring: Keyring, entity: Entity, row_id: str, fields: dict[str, Any]) -> bytes:
    return keyring.encrypt_json(
        _data(entity, fields), table=_TABLES[entity], column="data", row_id=row_id
    )


def _same(
    keyring: Keyring, entity: Entity, row_id: str, blob: bytes, fields: dict[str, Any]
) -> bool:
    current = keyring.decrypt_json(blob, table=_TABLES[entity], column="data", row_id=row_id)
    return bool(current == _data(entity, fields))


_Row = TypeVar("_Row", HouseholdRow, PersonRow, EnrollmentRow)


def _upsert(
    session: Session,
    keyring: Keyring,
    model: type[_Row],
    entity: Entity,
    state: RecordState,
    fields: dict[str, Any],
    columns: dict[str, Any],
) -> None:
    """Insert a pulled record, or update it when its clear columns or its fields changed."""
    row = session.get(model, state.entity_id)
    if row is None:
        session.add(
            model(
                id=state.entity_id,
                data=_encrypt(keyring, entity, state.entity_id, fields),
                version=state.version,
                hlc=state.hlc,
                created_by=state.created_by,
                created_at=state.created_at,
                updated_at=state.updated_at,
                **columns,
            )
        )
        return
    if all(getattr(row, k) == v for k, v in columns.items()) and _same(
        keyring, entity, row.id, row.data, fields
    ):
        return
    for key, value in columns.items():
        setattr(row, key, value)
    row.data = _encrypt(keyring, entity, row.id, fields)
    row.version, row.hlc, row.updated_at = row.version + 1, state.hlc, state.updated_at


def _write_household(
    session: Session, keyring: Keyring, state: RecordState, fields: dict[str, Any], deleted: bool
) -> None:
    columns = {
        "folio": str(fields["folio"]),
        "state_code": str(fields["state_code"]),
        "municipality_code": str(fields["municipality_code"]),
        "deleted": deleted,
    }
    _upsert(session, keyring, HouseholdRow, Entity.HOUSEHOLD, state, fields, columns)


def _write_person(
    session: Session, keyring: Keyring, state: RecordState, fields: dict[str, Any], deleted: bool
) -> None:
    household_id = fields.get("household_id")
    columns = {
        "household_id": str(household_id) if household_id else None,
        "folio": str(fields["folio"]),
        "curp_index": keyring.curp_index(normalize_curp(str(fields["curp"]))),
        "deleted": deleted,
    }
    _upsert(session, keyring, PersonRow, Entity.PERSON, state, fields, columns)


def _write_enrollment(
    session: Session, keyring: Keyring, state: RecordState, fields: dict[str, Any], deleted: bool
) -> None:
    columns = {
        "person_id": str(fields["person_id"]),
        "program_code": str(fields["program_code"]),
        "status": str(fields["status"]),
        "catalog_version": str(fields.get("catalog_version") or ""),
        "folio": str(fields["folio"]),
    }
    _upsert(session, keyring, EnrollmentRow, Entity.ENROLLMENT, state, fields, columns)


def _write_check(
    session: Session, keyring: Keyring, state: RecordState, fields: dict[str, Any], deleted: bool
) -> None:
    if session.get(AttendanceCheckRow, state.entity_id) is not None:
        return  # append-only: a check never changes once recorded
    session.add(
        AttendanceCheckRow(
            id=state.entity_id,
            enrollment_id=str(fields["enrollment_id"]),
            kind=str(fields["kind"]),
            period=str(fields["period"]),
            result=str(fields["result"]),
            data=_encrypt(keyring, Entity.ATTENDANCE_CHECK, state.entity_id, fields),
            hlc=state.hlc,
            created_by=state.created_by,
            created_at=state.created_at,
        )
    )


_WRITERS: Final = {
    Entity.HOUSEHOLD: _write_household,
    Entity.PERSON: _write_person,
    Entity.ENROLLMENT: _write_enrollment,
    Entity.ATTENDANCE_CHECK: _write_check,
}


@dataclass(frozen=True, slots=True)
class RejectedChange:
    """A change the server refused: kept here for a supervisor to review (no personal data)."""

    change_id: str
    entity: str
    entity_id: str
    operation: str
    created_at: str
    reason: str | None


def rejected_changes(db: Database, limit: int = 200) -> list[RejectedChange]:
    with db.reading() as session:
        rows = session.execute(
            select(
                OutboxChange.change_id,
                OutboxChange.entity,
                OutboxChange.entity_id,
                OutboxChange.operation,
                OutboxChange.created_at,
                OutboxChange.last_error,
            )
            .where(OutboxChange.status == REJECTED)
            .order_by(OutboxChange.seq.desc())
            .limit(limit)
        )
        return [RejectedChange(*row) for row in rows]


# --- history of runs --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SyncRun:
    id: int
    started_at: str
    finished_at: str | None
    outcome: str
    pushed: int
    acknowledged: int
    rejected: int
    pulled: int
    message: str | None


def start_run(db: Database, *, at: str) -> int:
    with db.writing() as session:
        session.execute(
            insert(sync_runs).values(
                started_at=at, outcome="running", pushed=0, acknowledged=0, rejected=0, pulled=0
            )
        )
        return int(session.execute(select(func.max(sync_runs.c.id))).scalar_one())


def finish_run(
    db: Database,
    run_id: int,
    *,
    at: str,
    outcome: str,
    pushed: int,
    acknowledged: int,
    rejected: int,
    pulled: int,
    message: str | None,
) -> None:
    with db.writing() as session:
        session.execute(
            update(sync_runs)
            .where(sync_runs.c.id == run_id)
            .values(
                finished_at=at,
                outcome=outcome,
                pushed=pushed,
                acknowledged=acknowledged,
                rejected=rejected,
                pulled=pulled,
                message=message[:500] if message else None,
            )
        )


def recent_runs(db: Database, limit: int = 50) -> list[SyncRun]:
    with db.reading() as session:
        rows = session.execute(select(sync_runs).order_by(sync_runs.c.id.desc()).limit(limit))
        return [SyncRun(**row._asdict()) for row in rows]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What a status bar shows: enrolled or not, revoked, pending, quarantined, last sync."""

    enrolled: bool
    revoked: str | None
    pending: int
    quarantined: int
    last_run: SyncRun | None
    last_success_at: str | None


def status(db: Database) -> SyncStatus:
    """Readable while the casebook is locked: counts and outcomes only, no keys needed."""
    counts = outbox_counts(db)
    with db.reading() as session:
        enrolled = _get_state(session, _IDENTITY_KEY) is not None
        revoked = _get_state(session, _REVOKED_KEY)
        last_ok = session.execute(
            select(func.max(sync_runs.c.finished_at)).where(sync_runs.c.outcome == "ok")
        ).scalar()
    runs = recent_runs(db, limit=1)
    return SyncStatus(
        enrolled=enrolled,
        revoked=revoked,
        pending=counts.pending,
        quarantined=counts.rejected,
        last_run=runs[0] if runs else None,
        last_success_at=last_ok,
    )
