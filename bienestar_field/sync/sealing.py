"""Sealing a run of pending outbox changes into one batch for the server.

The online push and the batch-file export send the very same sealed, signed batches, so both
seal them here: a fresh batch id, the device's keys, and the server key pinned at enrolment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bienestar_field.domain.ids import uuid7
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.envelope import seal_batch
from bienestar_wire.protocol import AuditHead, BatchEnvelope, Change, manifest_of


@dataclass(frozen=True, slots=True)
class SealedBatch:
    """A batch sealed to the server, with the outbox bookkeeping that goes with it."""

    batch_id: str
    change_ids: list[str]
    envelope: BatchEnvelope
    last_seq: int


def seal_pending(
    pending: Sequence[tuple[int, Change]],
    identity: SyncIdentity,
    *,
    created_at: str,
    audit_head: AuditHead | None = None,
    exported_by: str | None = None,
) -> SealedBatch:
    """Seal outbox rows ``(seq, change)``, in outbox order, as one batch from this device.

    ``exported_by`` (a batch file's batches): the user named in the batch's clear, signed
    manifest, beside its counts by kind and its time span, for the supervisor who carries it.
    """
    changes = [change for _, change in pending]
    batch_id = uuid7()
    envelope = seal_batch(
        changes,
        batch_id=batch_id,
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at=created_at,
        audit_head=audit_head,
        manifest=None if exported_by is None else manifest_of(changes, exported_by),
    )
    return SealedBatch(
        batch_id=batch_id,
        change_ids=[c.change_id for c in changes],
        envelope=envelope,
        last_seq=pending[-1][0],
    )
