"""Sealed batches a supervisor carries for caseworkers: kept as they came, with their fate.

Nothing here can open a batch (it is sealed to the central server); the rows hold the sealed
envelope and, in clear, what its signed manifest says and what the server answered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from sqlalchemy import select, update

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import RelayBatch

WAITING: Final = "waiting"
FORWARDED: Final = "forwarded"
ACKNOWLEDGED: Final = "acknowledged"
REFUSED: Final = "refused"


@dataclass(frozen=True, slots=True)
class RelayEntry:
    """One carried batch as listed: whose, how much, when, and its fate. No values."""

    device_id: str
    batch_id: str
    exported_by: str
    changes: int
    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    first_at: str | None
    last_at: str | None
    imported_at: str
    status: str
    forwarded_at: str | None
    refused: int
    reason: str | None
    has_receipt: bool


@dataclass(frozen=True, slots=True)
class NewRelayBatch:
    device_id: str
    batch_id: str
    exported_by: str
    changes: int
    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    first_at: str | None
    last_at: str | None
    envelope: str


def _entry(row: RelayBatch) -> RelayEntry:
    return RelayEntry(
        device_id=row.device_id,
        batch_id=row.batch_id,
        exported_by=row.exported_by,
        changes=row.changes,
        households=row.households,
        persons=row.persons,
        enrollments=row.enrollments,
        attendance_checks=row.attendance_checks,
        first_at=row.first_at,
        last_at=row.last_at,
        imported_at=row.imported_at,
        status=row.status,
        forwarded_at=row.forwarded_at,
        refused=row.refused,
        reason=row.reason,
        has_receipt=row.receipt is not None,
    )


class RelayRepository(Repository):
    def add(self, batch: NewRelayBatch, *, at: str, user_id: str) -> bool:
        """Keep ``batch`` to forward; False if this device's batch is already here."""
        if self.session.get(RelayBatch, (batch.device_id, batch.batch_id)) is not None:
            return False
        self.session.add(
            RelayBatch(
                device_id=batch.device_id,
                batch_id=batch.batch_id,
                exported_by=batch.exported_by,
                changes=batch.changes,
                households=batch.households,
                persons=batch.persons,
                enrollments=batch.enrollments,
                attendance_checks=batch.attendance_checks,
                first_at=batch.first_at,
                last_at=batch.last_at,
                imported_at=at,
                imported_by=user_id,
                status=WAITING,
                refused=0,
                envelope=batch.envelope,
            )
        )
        self.session.flush()
        return True

    def to_forward(self, limit: int = 50) -> list[tuple[str, str, str]]:
        """(device id, batch id, sealed envelope) of batches not answered yet, oldest first:
        waiting ones, and forwarded ones whose answer was lost (resent: the server counts
        them once)."""
        rows = self.session.execute(
            select(RelayBatch.device_id, RelayBatch.batch_id, RelayBatch.envelope)
            .where(RelayBatch.status.in_((WAITING, FORWARDED)))
            .order_by(RelayBatch.imported_at, RelayBatch.batch_id)
            .limit(limit)
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def waiting_count(self) -> int:
        return self._count(RelayBatch, RelayBatch.status.in_((WAITING, FORWARDED)))

    def mark_forwarded(self, device_id: str, batch_id: str, at: str) -> None:
        self.session.execute(
            update(RelayBatch)
            .where(RelayBatch.device_id == device_id, RelayBatch.batch_id == batch_id)
            .values(status=FORWARDED, forwarded_at=at)
        )

    def answered(
        self,
        device_id: str,
        batch_id: str,
        *,
        refused: int,
        reason: str | None,
        receipt: str | None,
    ) -> None:
        self.session.execute(
            update(RelayBatch)
            .where(RelayBatch.device_id == device_id, RelayBatch.batch_id == batch_id)
            .values(
                status=REFUSED if refused else ACKNOWLEDGED,
                refused=refused,
                reason=reason,
                receipt=receipt,
            )
        )

    def entries(self, *, since: str | None = None, limit: int = 500) -> list[RelayEntry]:
        """Carried batches, newest first; with ``since``, those imported from then on, and
        any not yet answered whenever they were imported."""
        query = select(RelayBatch)
        if since is not None:
            query = query.where(
                (RelayBatch.imported_at >= since) | RelayBatch.status.in_((WAITING, FORWARDED))
            )
        query = query.order_by(RelayBatch.imported_at.desc(), RelayBatch.batch_id).limit(limit)
        return [_entry(row) for row in self.session.scalars(query)]

    def receipts(self, device_ids: Sequence[str] | None = None) -> list[str]:
        """The server's signed receipts kept for carried batches (of these devices)."""
        query = select(RelayBatch.receipt).where(RelayBatch.receipt.is_not(None))
        if device_ids is not None:
            query = query.where(RelayBatch.device_id.in_(list(device_ids)))
        query = query.order_by(RelayBatch.imported_at, RelayBatch.batch_id)
        return [r for r in self.session.scalars(query) if r is not None]
