"""Sealed batch files, for laptops that never get online, and the signed receipts that come back.

A caseworker's app exports its pending changes as the same sealed, signed batches it would
push (only the central server can open them). A supervisor's app imports the file and
forwards each batch to the server as is: it can neither read nor alter them. The server's
signed receipts are written next to the file; carried back and imported on the caseworker's
laptop they clear its outbox, exactly as an online push would. (An online sync clears it too:
the server tells the device about batches that arrived by another path.)

Exported changes stay pending (pessimistic): a file lost on the way costs nothing, and a
batch that arrives twice, by file and by sync, is counted once by its change ids.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from bienestar_field.platform.files import write_atomically
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.ports import SyncCasebook
from bienestar_field.sync.sealing import seal_pending
from bienestar_field.sync.store import AckCounts, SyncIdentity
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import EnvelopeError, verify_receipt
from bienestar_wire.protocol import (
    API_PREFIX,
    BATCH_FILE_TYPE,
    DEFAULT_BATCH_CHANGES,
    PROTOCOL_VERSION,
    RECEIPT_FILE_TYPE,
    BatchEnvelope,
    ChangeResult,
    Receipt,
    canonical_json,
    load_json_object,
)

MAX_FILE_BYTES: Final = 512 * 1024 * 1024


class BatchFileError(PermanentError):
    """A file that is not a batch or receipt file, or does not verify."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    batches: int
    changes: int


@dataclass(frozen=True, slots=True)
class BatchFile:
    device_id: str
    envelopes: tuple[BatchEnvelope, ...]


@dataclass(frozen=True, slots=True)
class ReceiptFile:
    receipts: tuple[Receipt, ...]


def export_batch_file(
    book: SyncCasebook,
    identity: SyncIdentity,
    path: Path,
    *,
    now: Callable[[], datetime],
    batch_size: int = DEFAULT_BATCH_CHANGES,
) -> ExportResult:
    envelopes: list[dict[str, Any]] = []
    count = 0
    after_seq = 0
    while True:
        batch = sync_store.list_pending(book, limit=batch_size, after_seq=after_seq)
        if not batch:
            break
        sealed = seal_pending(batch, identity, created_at=now().isoformat())
        after_seq = sealed.last_seq
        envelopes.append(sealed.envelope.to_json())
        sync_store.mark_sending(book, sealed.change_ids, sealed.batch_id)
        count += len(sealed.change_ids)
    document = {
        "type": BATCH_FILE_TYPE,
        "v": PROTOCOL_VERSION,
        "device_id": identity.device_id,
        "server_key_id": identity.server_keys.key_id,
        "created_at": now().isoformat(),
        "batches": envelopes,
    }
    write_atomically(path, canonical_json(document))
    return ExportResult(len(envelopes), count)


def read_file(path: Path) -> BatchFile | ReceiptFile:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BatchFileError("the file is too large to be a batch or receipt file")
    try:
        document = load_json_object(path.read_bytes(), "the file")
        kind = document.get("type")
        if kind == BATCH_FILE_TYPE:
            batches = document.get("batches")
            if not isinstance(batches, list):
                raise ProtocolError("no batches")
            envelopes = tuple(BatchEnvelope.from_json(b) for b in batches)
            return BatchFile(str(document.get("device_id", "")), envelopes)
        if kind == RECEIPT_FILE_TYPE:
            receipts = document.get("receipts")
            if not isinstance(receipts, list):
                raise ProtocolError("no receipts")
            return ReceiptFile(tuple(Receipt.from_json(r) for r in receipts))
    except ProtocolError as exc:
        raise BatchFileError(f"the file is damaged or not a Bienestar batch file ({exc})") from None
    raise BatchFileError("the file is neither a Bienestar batch file nor a receipt file")


def forward_batch_file(
    transport: Transport, identity: SyncIdentity, batch_file: BatchFile
) -> list[Receipt]:
    """Hand each sealed batch to the server (as this device); return the verified receipts."""
    receipts: list[Receipt] = []
    for envelope in batch_file.envelopes:
        answer = transport.request(
            "POST",
            f"{API_PREFIX}/forward",
            body=canonical_json(envelope.to_json()),
            device_id=identity.device_id,
            token=identity.token,
        )
        try:
            receipt = Receipt.from_json(answer.body)
            verify_receipt(receipt, identity.server, device_id=envelope.device_id)
        except (ProtocolError, EnvelopeError) as exc:
            raise BatchFileError(f"the server's receipt does not verify ({exc})") from None
        if receipt.batch_id != envelope.batch_id:
            raise BatchFileError("the server's receipt is for another batch")
        receipts.append(receipt)
    return receipts


def write_receipt_file(path: Path, receipts: Sequence[Receipt], *, created_at: str) -> None:
    document = {
        "type": RECEIPT_FILE_TYPE,
        "v": PROTOCOL_VERSION,
        "created_at": created_at,
        "receipts": [r.to_json() for r in receipts],
    }
    write_atomically(path, json.dumps(document, indent=1).encode("utf-8"))


def import_receipts(
    book: SyncCasebook, identity: SyncIdentity, receipt_file: ReceiptFile, *, at: str
) -> AckCounts:
    """Clear this device's outbox from receipts carried back: only ones the server signed."""
    results: list[ChangeResult] = []
    for receipt in receipt_file.receipts:
        try:
            verify_receipt(receipt, identity.server, device_id=identity.device_id)
        except EnvelopeError as exc:
            raise BatchFileError(
                f"a receipt in the file is not from this device's server or not for it ({exc})"
            ) from None
        results.extend(receipt.results)
    return sync_store.record_results(book, results, at=at)
