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
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

import msgspec

from bienestar_field.platform.files import write_atomically
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.audit_anchor import claim_head, keep_ack
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
    b64decode,
    b64encode,
    canonical_json,
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
    # The exporting device's public signing key, as the file says (None in files from before
    # manifests): a supervisor's app checks each batch's signature with it; the server checks
    # it is the key the device enrolled with.
    device_signing_key: bytes | None = None


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
    audit_head = claim_head(book)
    while True:
        batch = sync_store.list_pending(book, limit=batch_size, after_seq=after_seq)
        if not batch:
            break
        sealed = seal_pending(
            batch,
            identity,
            created_at=now().isoformat(),
            audit_head=audit_head,
            exported_by=book.user.name,
        )
        after_seq = sealed.last_seq
        envelopes.append(sealed.envelope.to_json())
        sync_store.mark_sending(book, sealed.change_ids, sealed.batch_id)
        count += len(sealed.change_ids)
    document = {
        "type": BATCH_FILE_TYPE,
        "v": PROTOCOL_VERSION,
        "device_id": identity.device_id,
        "device_signing_key": b64encode(identity.device_keys.signing_public),
        "server_key_id": identity.server_keys.key_id,
        "created_at": now().isoformat(),
        "batches": envelopes,
    }
    write_atomically(path, canonical_json(document))
    return ExportResult(len(envelopes), count)


def read_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> BatchFile | ReceiptFile:
    """A batch or receipt file, decoded: at most ``max_bytes``, a regular file only.

    Decoding goes straight into the typed messages, so a file of anything else is refused at
    its first wrong value instead of being built as a tree of objects first (a file of empty
    JSON objects used to cost about 28 bytes of memory per byte of file).
    """
    raw = read_bounded(path, max_bytes)
    try:
        document = msgspec.json.decode(raw, type=_BatchFileDocument | _ReceiptFileDocument)
    except msgspec.ValidationError as exc:
        raise BatchFileError(
            f"the file is damaged or not a Bienestar batch or receipt file ({_where(exc)})"
        ) from None
    except msgspec.DecodeError:
        raise BatchFileError(
            "the file is not JSON: damaged, or not a Bienestar batch file"
        ) from None
    finally:
        del raw
    try:
        # Once more through the protocol's own checks (times, key ids), one message at a
        # time, each typed copy let go as its checked one is made: the memory stays bounded.
        if isinstance(document, _BatchFileDocument):
            device_id, batches = document.device_id, document.batches
            signing = (
                b64decode(document.device_signing_key, "device_signing_key")
                if document.device_signing_key
                else None
            )
            del document
            batches.reverse()
            envelopes: list[BatchEnvelope] = []
            while batches:
                envelopes.append(BatchEnvelope.from_json(batches.pop().to_json()))
            return BatchFile(device_id, tuple(envelopes), signing)
        receipts = document.receipts
        del document
        receipts.reverse()
        checked: list[Receipt] = []
        while receipts:
            checked.append(Receipt.from_json(receipts.pop().to_json()))
        return ReceiptFile(tuple(checked))
    except ProtocolError as exc:
        raise BatchFileError(f"the file is damaged or not a Bienestar batch file ({exc})") from None


class _BatchFileDocument(msgspec.Struct, frozen=True, tag_field="type", tag=BATCH_FILE_TYPE):
    batches: list[BatchEnvelope]
    device_id: str = ""
    device_signing_key: str = ""


class _ReceiptFileDocument(msgspec.Struct, frozen=True, tag_field="type", tag=RECEIPT_FILE_TYPE):
    receipts: list[Receipt]


def _where(error: msgspec.ValidationError) -> str:
    """What is wrong and where in the file, never the value found there."""
    text = str(error)
    what, _, at = text.partition(" - at ")
    if not what.startswith(("Expected", "Object missing")):
        what = "invalid value"  # msgspec quotes the value found in the other messages
    return f"{what} at {at.strip('`')}" if at else what


def read_bounded(path: Path, max_bytes: int) -> bytearray:
    """The bytes of the regular file at ``path``, refused when larger than ``max_bytes``.

    The checks are made on the opened descriptor, not on the name: a name checked first can
    be swapped before it is opened, and a link to ``/dev/zero`` or a FIFO has no size to
    check. ``O_NONBLOCK`` keeps the open of a FIFO from waiting for a writer. One byte more
    than the cap is read so that a file that grew after ``fstat`` is still refused.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise BatchFileError("the file does not exist") from None
    except OSError as exc:
        raise BatchFileError(f"the file cannot be opened ({exc.strerror})") from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise BatchFileError("not a regular file: a batch or receipt file must be one")
        if status.st_size > max_bytes:
            raise BatchFileError(_TOO_LARGE)
        buffer = bytearray(status.st_size + 1)
        filled = 0
        with memoryview(buffer) as view, open(fd, "rb", buffering=0, closefd=False) as handle:
            while filled < len(buffer):
                got = handle.readinto(view[filled:])
                if not got:
                    break
                filled += got
        if filled > status.st_size:
            raise BatchFileError(_TOO_LARGE if filled > max_bytes else _CHANGED)
        del buffer[filled:]
        return buffer
    except OSError as exc:
        raise BatchFileError(f"the file cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)


_TOO_LARGE: Final = "the file is too large to be a batch or receipt file"
_CHANGED: Final = "the file changed while it was read: copy it again and retry"


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
    # A supervisor's receipt file may hold several caseworkers' receipts: this device's only.
    own = [r for r in receipt_file.receipts if r.device_id == identity.device_id]
    if not own:
        raise BatchFileError(
            "no receipt in the file is for this device: they are from another server or not for it",
            code="not_for_device",
        )
    for receipt in own:
        try:
            verify_receipt(receipt, identity.server, device_id=identity.device_id)
        except EnvelopeError as exc:
            raise BatchFileError(
                f"a receipt in the file is not from this device's server or not for it ({exc})",
                code="not_for_device",
            ) from None
        results.extend(receipt.results)
    counts = sync_store.record_results(book, results, at=at)
    for receipt in own:
        keep_ack(book, receipt.audit_ack, identity.server)
    return counts
