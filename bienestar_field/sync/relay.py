"""The supervisor's relay: caseworkers' sealed batch files carried to the server, and back.

A caseworker's laptop that never gets online exports its pending work as a sealed batch file
(``batchfile.export_batch_file``): only the central server can open it. Each batch carries a
clear manifest (who exported it, how many records of each kind, the span of their times),
signed by the device with the rest of the header. A supervisor's app shows that manifest
before importing, keeps the batches sealed as they came (its casebook never holds a
caseworker's data in clear), and forwards them at its next sync, pessimistically: marked
forwarded before the request, answered only by the server's signed receipt, resent if the
answer was lost (the server counts every change once, whichever way it arrives). The receipts
go into a file the supervisor carries back; the caseworker's laptop imports it to clear its
outbox.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from bienestar_field.storage.repositories.relay import NewRelayBatch, RelayEntry
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.batchfile import (
    BatchFile,
    BatchFileError,
    forward_batch_file,
    write_receipt_file,
)
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.ports import SyncCasebook
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import EnvelopeError, verify_batch
from bienestar_wire.protocol import (
    BatchEnvelope,
    BatchManifest,
    ChangeStatus,
    Receipt,
    canonical_json,
    manifest_of,
)

_PENDING_PAGE: Final = 2000


CarriedBatch = RelayEntry  # one carried batch as listed (for the UI, which sees no storage)


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a batch file (or this laptop's pending work) holds, as shown before it moves:
    the device, who exported it, counts by kind and the span of times. No values."""

    device_id: str
    users: tuple[str, ...]
    batches: int
    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    first_at: str | None
    last_at: str | None

    @property
    def records(self) -> int:
        return self.households + self.persons + self.enrollments + self.attendance_checks


def _summary(device_id: str, manifests: list[BatchManifest]) -> BatchSummary:
    firsts = [m.first_at for m in manifests if m.first_at]
    lasts = [m.last_at for m in manifests if m.last_at]
    return BatchSummary(
        device_id=device_id,
        users=tuple(sorted({m.user for m in manifests})),
        batches=len(manifests),
        households=sum(m.households for m in manifests),
        persons=sum(m.persons for m in manifests),
        enrollments=sum(m.enrollments for m in manifests),
        attendance_checks=sum(m.attendance_checks for m in manifests),
        first_at=min(firsts) if firsts else None,
        last_at=max(lasts) if lasts else None,
    )


def summarize(batch_file: BatchFile) -> BatchSummary:
    """The file's manifests added up, once each batch's signature checks out against the key
    the file names (the server checks that key is the enrolled device's). Refuses a file whose
    batches come from another device than it says, or carry no manifest."""
    manifests: list[BatchManifest] = []
    if batch_file.device_signing_key is None:
        raise BatchFileError(
            "the file was written by an older app and says nothing of what it holds; "
            "forward it with the command line (bienestar-field batch import)",
            code="old_file",
        )
    for envelope in batch_file.envelopes:
        if envelope.device_id != batch_file.device_id:
            raise BatchFileError(
                "a batch in the file comes from another device than the file", code="altered"
            )
        if envelope.manifest is None:
            raise BatchFileError("a batch in the file carries no manifest", code="old_file")
        try:
            verify_batch(envelope, batch_file.device_signing_key)
        except EnvelopeError:
            raise BatchFileError(
                "a batch in the file does not verify: it was altered or damaged on the way",
                code="altered",
            ) from None
        manifests.append(envelope.manifest)
    if not manifests:
        raise BatchFileError("the file holds no batches", code="empty")
    return _summary(batch_file.device_id, manifests)


def pending_summary(book: SyncCasebook, device_id: str) -> BatchSummary:
    """What an export would write now: this laptop's pending changes, counted as a manifest."""
    manifests: list[BatchManifest] = []
    after_seq = 0
    while True:
        page = sync_store.list_pending(book, limit=_PENDING_PAGE, after_seq=after_seq)
        if not page:
            break
        after_seq = page[-1][0]
        manifests.append(manifest_of([change for _, change in page], book.user.name))
    if not manifests:
        return _summary(device_id, [])
    summary = _summary(device_id, manifests)
    return BatchSummary(
        summary.device_id,
        summary.users,
        0,  # sealed into batches only when written
        summary.households,
        summary.persons,
        summary.enrollments,
        summary.attendance_checks,
        summary.first_at,
        summary.last_at,
    )


@dataclass(frozen=True, slots=True)
class KeptBatches:
    """An import: batches kept to forward, and those already here (imported before)."""

    new: int
    already: int
    changes: int


def keep_batches(book: SyncCasebook, batch_file: BatchFile, *, at: str) -> KeptBatches:
    """Keep the file's sealed batches, as they are, to forward at the next sync; in one
    transaction, audited. A batch already kept (the same file twice) is kept once."""
    summarize(batch_file)  # refuses what does not verify or says nothing of itself
    new = already = changes = 0
    with book.unit_of_work() as work:
        for envelope in batch_file.envelopes:
            manifest = envelope.manifest
            assert manifest is not None  # summarize checked
            added = work.relay.add(
                NewRelayBatch(
                    device_id=envelope.device_id,
                    batch_id=envelope.batch_id,
                    exported_by=manifest.user,
                    changes=len(envelope.change_ids),
                    households=manifest.households,
                    persons=manifest.persons,
                    enrollments=manifest.enrollments,
                    attendance_checks=manifest.attendance_checks,
                    first_at=manifest.first_at,
                    last_at=manifest.last_at,
                    envelope=canonical_json(envelope.to_json()).decode("utf-8"),
                ),
                at=at,
                user_id=book.user.id,
            )
            if added:
                new += 1
                changes += len(envelope.change_ids)
                work.audit.append(
                    at=at,
                    user_id=book.user.id,
                    action="relay.imported",
                    entity="batch",
                    entity_id=envelope.batch_id,
                )
            else:
                already += 1
    return KeptBatches(new, already, changes)


@dataclass(slots=True)
class Forwarded:
    batches: int = 0
    acknowledged: int = 0
    refused: int = 0


def forward_waiting(
    book: SyncCasebook,
    transport: Transport,
    identity: SyncIdentity,
    *,
    now: Callable[[], datetime],
) -> Forwarded:
    """Forward every carried batch not yet answered; a batch the server refuses whole (its
    device revoked, say) is marked refused with the reason and the others go on. A network
    failure stops here (raised): the batches stay waiting for the next sync."""
    done = Forwarded()
    seen: set[tuple[str, str]] = set()
    while True:
        with book.reading() as stored:
            batch = [b for b in stored.relay.to_forward() if (b[0], b[1]) not in seen]
        if not batch:
            return done
        for device_id, batch_id, raw in batch:
            seen.add((device_id, batch_id))
            with book.unit_of_work() as work:
                work.relay.mark_forwarded(device_id, batch_id, now().isoformat())
            try:
                envelope = BatchEnvelope.from_json(json.loads(raw))
                (receipt,) = forward_batch_file(
                    transport, identity, BatchFile(device_id, (envelope,))
                )
            except (ProtocolError, ValueError):
                _answer(book, device_id, batch_id, None, "the kept batch is damaged", now)
                done.refused += 1
                continue
            except PermanentError as exc:
                if exc.status is None or exc.status in (401,):
                    raise  # this device's own credentials, or no answer at all: stop
                _answer(book, device_id, batch_id, None, str(exc), now)
                done.refused += 1
                continue
            refused = _answer(book, device_id, batch_id, receipt, None, now)
            done.batches += 1
            if refused:
                done.refused += 1
            else:
                done.acknowledged += 1


def _answer(
    book: SyncCasebook,
    device_id: str,
    batch_id: str,
    receipt: Receipt | None,
    failure: str | None,
    now: Callable[[], datetime],
) -> int:
    refused = 0
    reasons: list[str] = []
    if receipt is not None:
        for result in receipt.results:
            if result.status is ChangeStatus.REJECTED:
                refused += 1
                if result.reason and result.reason not in reasons:
                    reasons.append(result.reason)
    else:
        refused = 1
        reasons.append(failure or "refused")
    with book.unit_of_work() as work:
        work.relay.answered(
            device_id,
            batch_id,
            refused=refused,
            reason=", ".join(reasons)[:500] if reasons else None,
            receipt=json.dumps(receipt.to_json()) if receipt is not None else None,
        )
        work.audit.append(
            at=now().isoformat(),
            user_id=book.user.id,
            action="relay.refused" if refused else "relay.acknowledged",
            entity="batch",
            entity_id=batch_id,
        )
    return refused


def waiting_count(book: SyncCasebook) -> int:
    """Carried batches not yet answered by the server; needs no keys."""
    with book.reading() as stored:
        return stored.relay.waiting_count()


def batches(book: SyncCasebook, *, since: str | None = None) -> list[RelayEntry]:
    """Carried batches, newest first (from ``since`` on, and any still unanswered)."""
    with book.reading() as stored:
        return stored.relay.entries(since=since)


def write_receipts(
    book: SyncCasebook, path: Path, *, created_at: str, device_id: str | None = None
) -> int:
    """Write the server's receipts for carried batches (of one device) to ``path``, for the
    caseworker's laptop to import; how many. Receipts hold results and reasons, no values."""
    with book.reading() as stored:
        raw = stored.relay.receipts([device_id] if device_id is not None else None)
    try:
        receipts = [Receipt.from_json(json.loads(text)) for text in raw]
    except (ProtocolError, ValueError):
        raise BatchFileError("a kept receipt is damaged") from None
    if not receipts:
        raise BatchFileError(
            "the server has not answered any carried batch yet: sync first", code="no_receipts"
        )
    write_receipt_file(path, receipts, created_at=created_at)
    return len(receipts)
