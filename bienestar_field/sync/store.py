"""The casebook's side of sync: outbox reads, acknowledgements, pulled records, the device identity.

Functions take the casebook through the ``SyncCasebook`` port and each runs in one
transaction (a unit of work), so an acknowledgement, a pulled page and its cursor, or a new
identity is stored whole or not at all. A change is marked acknowledged only here, only after
the server's signed answer said so (pessimistic status: a crash at any moment before leaves it
pending and it is sent again, which the server counts once).

The enrolment identity (device keys, token, pinned server keys) is one AES-GCM blob in
``sync_state`` bound to its row, like every other secret of the casebook. Pulled records are
written by the storage repositories, encrypted under this casebook's own keys, with this
casebook's own CURP blind index.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy.exc import IntegrityError

from bienestar_field.domain.programs import CatalogError
from bienestar_field.storage.repositories.outbox import ACKED, PENDING, REJECTED
from bienestar_field.storage.repositories.pulled import NOT_STORABLE, PulledRecord, Unstorable
from bienestar_field.storage.schema import PULLED_CATALOG_PREFIX
from bienestar_field.storage.unit_of_work import UnitOfWork
from bienestar_field.sync.ports import SyncCasebook
from bienestar_wire.catalog import CatalogDocument, catalog_json, parse_catalog
from bienestar_wire.codec import ProtocolError
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

log = logging.getLogger(__name__)

_IDENTITY_KEY: Final = "identity"
_CURSOR_KEY: Final = "pull_cursor"
_REVOKED_KEY: Final = "revoked"
_SERVER_FAILING_KEY: Final = "server_failing"


class SyncStoreError(Exception):
    """The stored sync state cannot be used (damaged, or from another casebook)."""


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


def load_identity(book: SyncCasebook) -> SyncIdentity | None:
    with book.reading() as stored:
        obj = stored.sync.sealed_state(_IDENTITY_KEY)
    return None if obj is None else SyncIdentity.from_json(obj)


def casebook_facts(book: SyncCasebook) -> tuple[str, str]:
    """This casebook's id (made at set-up, copied with the casebook) and its folio prefix."""
    with book.reading() as stored:
        casebook_id = stored.meta.get("device_id")
        prefix = stored.meta.get("device_code")
    if not casebook_id or not prefix:
        raise SyncStoreError("this casebook has no id or folio prefix; it was not set up whole")
    return casebook_id, prefix


def save_identity(
    book: SyncCasebook, identity: SyncIdentity, *, at: str, folio_prefix: str | None = None
) -> None:
    """Store a (new) enrolment: new keys, new token, new pins; the pull starts over.

    ``folio_prefix`` is the one the server gave: folios numbered from now on carry it."""
    with book.unit_of_work() as work:
        if folio_prefix is not None:
            work.meta.set("device_code", folio_prefix)
        work.sync.set_sealed_state(_IDENTITY_KEY, identity.to_json())
        work.sync.set_state(_CURSOR_KEY, None)
        work.sync.set_state(_REVOKED_KEY, None)
        work.audit.append(at=at, user_id=book.user.id, action="sync.enrolled")


def revoked_reason(book: SyncCasebook) -> str | None:
    with book.reading() as stored:
        return stored.sync.state(_REVOKED_KEY)


def mark_revoked(book: SyncCasebook, message: str) -> None:
    with book.unit_of_work() as work:
        work.sync.set_state(_REVOKED_KEY, message)


def pull_cursor(book: SyncCasebook) -> str:
    with book.reading() as stored:
        return stored.sync.state(_CURSOR_KEY) or ""


def stored_catalogs(book: SyncCasebook) -> dict[str, CatalogDocument]:
    """The catalogs pulled from the server, by version."""
    with book.reading() as stored:
        rows = stored.sync.states_under(PULLED_CATALOG_PREFIX)
    return {key.removeprefix(PULLED_CATALOG_PREFIX): parse_catalog(value) for key, value in rows}


# --- outbox -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    pending: int
    acked: int
    rejected: int


def outbox_counts(book: SyncCasebook) -> OutboxCounts:
    with book.reading() as stored:
        rows = stored.outbox.counts_by_status()
    return OutboxCounts(rows.get(PENDING, 0), rows.get(ACKED, 0), rows.get(REJECTED, 0))


def list_pending(book: SyncCasebook, *, limit: int, after_seq: int = 0) -> list[tuple[int, Change]]:
    """Pending changes in the order they were made, decrypted, with their server basis."""
    with book.reading() as stored:
        pending = stored.outbox.pending(limit=limit, after_seq=after_seq)
    return [
        (
            item.change.seq,
            Change(
                change_id=item.change.change_id,
                entity=Entity(item.change.entity),
                entity_id=item.change.entity_id,
                operation=Operation(item.change.operation),
                base_version=item.change.base_version,
                basis_version=item.basis,
                hlc=item.change.hlc,
                user_id=item.change.user_id,
                created_at=item.change.created_at,
                fields=item.change.fields,
            ),
        )
        for item in pending
    ]


def mark_sending(book: SyncCasebook, change_ids: Sequence[str], batch_id: str) -> None:
    """Name the batch (a file) these pending changes went into, and count the attempt."""
    with book.unit_of_work() as work:
        work.outbox.mark_sending(change_ids, batch_id)


def record_failure(
    book: SyncCasebook,
    change_ids: Sequence[str],
    message: str,
    *,
    next_attempt_at: str | None,
    batch_id: str | None = None,
) -> None:
    """A send that got no usable answer: count the attempt; the changes stay pending."""
    with book.unit_of_work() as work:
        work.outbox.record_failure(
            change_ids, message, next_attempt_at=next_attempt_at, batch_id=batch_id
        )


@dataclass(frozen=True, slots=True)
class AckCounts:
    acknowledged: int
    rejected: int


def record_results(
    book: SyncCasebook, results: Sequence[ChangeResult], *, at: str, batch_id: str | None = None
) -> AckCounts:
    """The server's verified answer, in one transaction: acknowledged, or quarantined.

    With ``batch_id`` (an online push), the attempt is counted in the same transaction.
    """
    acked = [r.change_id for r in results if r.status.acknowledged]
    rejected = [r for r in results if r.status is ChangeStatus.REJECTED]
    with book.unit_of_work() as work:
        done = work.outbox.acknowledge(acked, at, batch_id)
        for result in rejected:
            work.outbox.reject(result.change_id, result.reason, at, batch_id)
        work.sync.forget_bases(acked + [r.change_id for r in rejected])
    return AckCounts(done, len(rejected))


def quarantine(book: SyncCasebook, change_id: str, reason: str, *, at: str) -> None:
    """Keep a change the server refuses for good (a 4xx for it alone) off the wire: it waits
    for an edit, a retry or a supervisor's discard, never resent as it is."""
    with book.unit_of_work() as work:
        work.outbox.reject(change_id, reason, at, None)
        work.sync.forget_bases([change_id])


# --- a server that keeps failing --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerFailure:
    """Syncs in a row the server answered with errors (5xx), and when to try again unasked.
    Counts, times and the server's message only: nothing personal."""

    failures: int
    since: str
    next_attempt_at: str
    message: str

    def to_json(self) -> str:
        return json.dumps(
            {
                "failures": self.failures,
                "since": self.since,
                "next_attempt_at": self.next_attempt_at,
                "message": self.message,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> ServerFailure | None:
        try:
            raw = json.loads(text)
            return cls(
                int(raw["failures"]),
                str(raw["since"]),
                str(raw["next_attempt_at"]),
                str(raw["message"]),
            )
        except (ValueError, TypeError, KeyError):
            return None  # a damaged note: as if the server had not failed


def server_failure(book: SyncCasebook) -> ServerFailure | None:
    with book.reading() as stored:
        raw = stored.sync.state(_SERVER_FAILING_KEY)
    return ServerFailure.from_json(raw) if raw else None


def note_server_failure(
    book: SyncCasebook, message: str, *, at: str, wait: Callable[[int], float]
) -> ServerFailure:
    """One more sync the server failed; ``wait(failures)`` gives the seconds to hold off."""
    with book.unit_of_work() as work:
        raw = work.sync.state(_SERVER_FAILING_KEY)
        before = ServerFailure.from_json(raw) if raw else None
        failures = (before.failures if before else 0) + 1
        next_at = datetime.fromisoformat(at) + timedelta(seconds=wait(failures))
        note = ServerFailure(
            failures=failures,
            since=before.since if before else at,
            next_attempt_at=next_at.isoformat(),
            message=message[:300],
        )
        work.sync.set_state(_SERVER_FAILING_KEY, note.to_json())
    return note


def clear_server_failure(book: SyncCasebook) -> None:
    with book.unit_of_work() as work:
        work.sync.set_state(_SERVER_FAILING_KEY, None)


# --- pull -------------------------------------------------------------------------------------


@dataclass(slots=True)
class PullApplied:
    records: int = 0
    receipts: int = 0
    catalogs: int = 0
    decisions: int = 0
    set_aside: int = 0
    max_hlc: str | None = None
    entity_ids: list[str] = field(default_factory=list)


def _store_catalog(work: UnitOfWork, value: dict[str, Any]) -> int:
    """Keep a delivered catalog under its version, read with the same definition the server
    published it with; one that does not read is logged and skipped (the server checked it,
    so this is a newer format or damage), and never stops the pull."""
    try:
        document = parse_catalog(value)
    except CatalogError as exc:
        log.warning("ignoring a program catalog from the server: %s", exc)
        return 0
    key = PULLED_CATALOG_PREFIX + document.catalog_version
    work.sync.set_state(key, catalog_json(document))
    return 1


# Parents before children, so that a child's parent in the same page is already stored.
_PARENT_FIRST: Final = {
    Entity.HOUSEHOLD: 0,
    Entity.PERSON: 1,
    Entity.ENROLLMENT: 2,
    Entity.ATTENDANCE_CHECK: 3,
    Entity.HOUSEHOLD_SURVEY: 1,
    Entity.ARCO_REQUEST: 2,
    Entity.CARD_EVENT: 2,
}


def apply_pull(book: SyncCasebook, page: PullPage, *, at: str) -> PullApplied:
    """Apply a pulled page and move the cursor past it, in one unit of work.

    A record this casebook cannot hold is set aside (kept encrypted, with the reason) and the
    page goes on without it: one bad record must not stop the office's feed for this device.
    """
    applied = PullApplied()
    states: list[RecordState] = []
    with book.unit_of_work() as work:
        for entry in page.entries:
            if entry.kind is EntryKind.RECORD and entry.record is not None:
                states.append(entry.record)
                if applied.max_hlc is None or entry.record.hlc > applied.max_hlc:
                    applied.max_hlc = entry.record.hlc
            elif entry.kind is EntryKind.RECEIPT:
                applied.receipts += work.outbox.acknowledge(list(entry.change_ids), at)
                work.sync.forget_bases(list(entry.change_ids))
            elif entry.kind is EntryKind.CATALOG and entry.catalog is not None:
                applied.catalogs += _store_catalog(work, entry.catalog)
        for state in sorted(states, key=lambda s: _PARENT_FIRST[s.entity]):
            _apply_or_set_aside(work, state, at, applied)
        work.sync.set_state(_CURSOR_KEY, page.cursor)
        if page.entries:
            work.audit.append(at=at, user_id=book.user.id, action="sync.pull")
        if applied.set_aside:
            work.audit.append(at=at, user_id=book.user.id, action="sync.set_aside")
    return applied


def retry_set_aside(book: SyncCasebook, *, at: str) -> PullApplied:
    """Try the set-aside records again (their parent may have arrived since, a clashing
    local record may be gone): those that store now leave the set-aside table."""
    applied = PullApplied()
    with book.reading() as stored:
        if stored.set_aside.count() == 0:
            return applied
    with book.unit_of_work() as work:
        states: list[tuple[RecordState, str]] = []
        for row_id, first_pulled_at, raw in work.set_aside.records():
            try:
                states.append((RecordState.from_json(raw), first_pulled_at))
            except ProtocolError:
                continue  # kept as it is: a supervisor still sees it
            work.set_aside.remove([row_id])
        for state, first_pulled_at in sorted(states, key=lambda s: _PARENT_FIRST[s[0].entity]):
            # Set aside again (if so) as first pulled: the list shows when it arrived.
            _apply_or_set_aside(work, state, at, applied, first_pulled_at=first_pulled_at)
        if applied.records:
            work.audit.append(at=at, user_id=book.user.id, action="sync.set_aside_stored")
    return applied


def _apply_or_set_aside(
    work: UnitOfWork,
    state: RecordState,
    at: str,
    applied: PullApplied,
    *,
    first_pulled_at: str | None = None,
) -> None:
    """``first_pulled_at``: a set-aside record tried again (logged once, when first set aside)."""
    again = first_pulled_at is not None
    try:
        with work.savepoint():
            outcome = _apply_record(work, state, at)
    except Unstorable as exc:
        _set_aside(work, state, first_pulled_at or at, exc.code, exc.reason, logged=not again)
        applied.set_aside += 1
        return
    except IntegrityError:
        # A constraint the checks did not foresee: the record alone is undone.
        reason = "it breaks a rule of this casebook's database (a constraint)"
        _set_aside(work, state, first_pulled_at or at, NOT_STORABLE, reason, logged=not again)
        applied.set_aside += 1
        return
    if outcome is None:
        return
    work.set_aside.clear_record(state.entity_id, state.version)
    applied.records += 1
    applied.entity_ids.append(state.entity_id)
    if outcome:
        applied.decisions += 1


def _set_aside(
    work: UnitOfWork, state: RecordState, at: str, code: str, reason: str, *, logged: bool
) -> None:
    if logged:
        log.warning(
            "set aside pulled %s %s (version %d): %s",
            state.entity.value,
            state.entity_id,
            state.version,
            reason,
        )
    work.set_aside.add(
        entity=state.entity.value,
        entity_id=state.entity_id,
        version=state.version,
        reason_code=code,
        reason=reason,
        at=at,
        record=state.to_json(),
    )


def _apply_record(work: UnitOfWork, state: RecordState, at: str) -> bool | None:
    """Bring the local row to the server's state, with this device's unsent edits on top.

    ``None`` if this state (or a newer one) is already here; else whether it carries a new
    decision on an enrolment. Raises ``Unstorable`` for a record this casebook cannot hold.
    """
    known = work.sync.server_version(state.entity_id)
    if known is not None and known >= state.version:
        work.set_aside.clear_record(state.entity_id, state.version)
        return None  # already have this state or a newer one
    fields = dict(state.fields)
    deleted = state.deleted
    for change_id, operation, edited in work.outbox.pending_of(state.entity_id):
        # These edits were made on what the device knew before this pull: fix that basis.
        work.sync.keep_basis(change_id, known or 0)
        if operation == Operation.DELETE.value:
            deleted = True
        elif edited is not None:
            fields.update(edited)
    work.sync.set_server_version(
        state.entity_id, state.entity.value, state.version, at=at, known=known is not None
    )
    before_status = None
    if state.entity is Entity.ENROLLMENT:
        before_status = work.enrollments.status_of(state.entity_id)
    work.put_pulled(
        PulledRecord(
            entity=state.entity.value,
            entity_id=state.entity_id,
            version=state.version,
            hlc=state.hlc,
            created_by=state.created_by,
            created_at=state.created_at,
            updated_at=state.updated_at,
            fields=fields,
            deleted=deleted,
        )
    )
    return state.entity is Entity.ENROLLMENT and before_status not in (None, fields.get("status"))


def set_aside_count(book: SyncCasebook) -> int:
    """How many pulled records wait aside; needs no keys."""
    with book.reading() as stored:
        return stored.set_aside.count()


@dataclass(frozen=True, slots=True)
class SetAside:
    """A pulled record set aside, as listed for a supervisor: ids, version, when and why
    (a code the UI words, and the English reason). Nothing personal."""

    entity: str
    entity_id: str
    version: int
    reason_code: str
    reason: str
    pulled_at: str


def set_aside_records(book: SyncCasebook, limit: int = 200) -> list[SetAside]:
    """The pulled records set aside, newest first; needs no keys."""
    with book.reading() as stored:
        entries = stored.set_aside.entries(limit)
    return [
        SetAside(e.entity, e.entity_id, e.version, e.reason_code, e.reason, e.pulled_at)
        for e in entries
    ]


@dataclass(frozen=True, slots=True)
class RejectedChange:
    """A change the server refused: kept here for a supervisor to review (no personal data)."""

    change_id: str
    entity: str
    entity_id: str
    operation: str
    created_at: str
    reason: str | None


def rejected_changes(book: SyncCasebook, limit: int = 200) -> list[RejectedChange]:
    with book.reading() as stored:
        return [
            RejectedChange(
                row.change_id,
                row.entity,
                row.entity_id,
                row.operation,
                row.created_at,
                row.last_error,
            )
            for row in stored.outbox.rejected(limit)
        ]


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


def start_run(book: SyncCasebook, *, at: str) -> int:
    with book.unit_of_work() as work:
        return work.sync.start_run(at)


def finish_run(
    book: SyncCasebook,
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
    with book.unit_of_work() as work:
        work.sync.finish_run(
            run_id,
            at=at,
            outcome=outcome,
            pushed=pushed,
            acknowledged=acknowledged,
            rejected=rejected,
            pulled=pulled,
            message=message[:500] if message else None,
        )


def recent_runs(book: SyncCasebook, limit: int = 50) -> list[SyncRun]:
    with book.reading() as stored:
        return [
            SyncRun(
                id=row.id,
                started_at=row.started_at,
                finished_at=row.finished_at,
                outcome=row.outcome,
                pushed=row.pushed,
                acknowledged=row.acknowledged,
                rejected=row.rejected,
                pulled=row.pulled,
                message=row.message,
            )
            for row in stored.sync.recent_runs(limit)
        ]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What a status bar shows: enrolled or not, revoked, pending, quarantined, last sync."""

    enrolled: bool
    revoked: str | None
    pending: int
    quarantined: int
    set_aside: int
    last_run: SyncRun | None
    last_success_at: str | None
    server_failure: ServerFailure | None = None
    # Caseworkers' batches a supervisor carried, not yet answered by the server.
    relay_waiting: int = 0


def status(book: SyncCasebook) -> SyncStatus:
    """Readable while the casebook is locked: counts and outcomes only, no keys needed."""
    counts = outbox_counts(book)
    with book.reading() as stored:
        enrolled = stored.sync.state(_IDENTITY_KEY) is not None
        revoked = stored.sync.state(_REVOKED_KEY)
        last_ok = stored.sync.last_success_at()
        set_aside = stored.set_aside.count()
        failing = stored.sync.state(_SERVER_FAILING_KEY)
        relay_waiting = stored.relay.waiting_count()
    runs = recent_runs(book, limit=1)
    return SyncStatus(
        enrolled=enrolled,
        revoked=revoked,
        pending=counts.pending,
        quarantined=counts.rejected,
        set_aside=set_aside,
        last_run=runs[0] if runs else None,
        last_success_at=last_ok,
        server_failure=ServerFailure.from_json(failing) if failing else None,
        relay_waiting=relay_waiting,
    )
