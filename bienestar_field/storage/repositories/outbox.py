"""The outbox: every local change, pending until the server's signed receipt says otherwise.

It is also the edit history of each record. Changes are only appended here; sync marks them
sent, acknowledged or rejected (pessimistic status: nothing is marked before the answer).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import ColumnElement, Row, and_, case, func, select, update

from bienestar_field.domain.ids import uuid7
from bienestar_field.storage import records
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import OutboxChange, SyncChangeBasis, SyncEntity

PENDING: Final = "pending"
ACKED: Final = "acked"
REJECTED: Final = "rejected"
# Refused by the server, then set aside by a supervisor: never sent; kept as history.
DISCARDED: Final = "discarded"
_CHUNK: Final = 500


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _attempt(batch_id: str | None) -> dict[str, Any]:
    if batch_id is None:
        return {}
    return {"attempts": OutboxChange.attempts + 1, "batch_id": batch_id}


@dataclass(frozen=True, slots=True)
class StoredChange:
    """One change as stored, its fields decrypted."""

    seq: int
    change_id: str
    entity: str
    entity_id: str
    operation: str
    base_version: int
    hlc: str
    user_id: str
    created_at: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PendingChange:
    """A pending change and the server version it was made on (``basis``)."""

    change: StoredChange
    basis: int


class Outbox(Repository):
    def append(
        self,
        stamp: records.Stamp,
        *,
        entity: str,
        entity_id: str,
        operation: str,
        base_version: int,
        fields: dict[str, Any],
    ) -> str:
        change_id = uuid7()
        self.session.add(
            OutboxChange(
                change_id=change_id,
                entity=entity,
                entity_id=entity_id,
                operation=operation,
                base_version=base_version,
                hlc=stamp.hlc,
                payload=self.keyring.encrypt_json(
                    fields, table="outbox", column="payload", row_id=change_id
                ),
                user_id=stamp.user_id,
                created_at=stamp.at,
                status=PENDING,
                attempts=0,
            )
        )
        return change_id

    def _fields(self, change_id: str, payload: bytes) -> dict[str, Any]:
        fields: dict[str, Any] = self.keyring.decrypt_json(
            payload, table="outbox", column="payload", row_id=change_id
        )
        return fields

    def _stored(self, row: Any) -> StoredChange:
        """From an ``OutboxChange`` or a result row with its columns."""
        return StoredChange(
            seq=row.seq,
            change_id=row.change_id,
            entity=row.entity,
            entity_id=row.entity_id,
            operation=row.operation,
            base_version=row.base_version,
            hlc=row.hlc,
            user_id=row.user_id,
            created_at=row.created_at,
            fields=self._fields(row.change_id, row.payload),
        )

    # --- reads --------------------------------------------------------------------------------

    def count(self, status: str) -> int:
        return self._count(OutboxChange, OutboxChange.status == status)

    def record_states(self) -> dict[tuple[str, str], int]:
        """Records by kind and sync state, from the changes of each record.

        A record is ``refused`` when any of its changes was, ``saved`` when one still waits
        to be sent, ``sent`` when one went out in a batch not yet acknowledged, and
        ``acknowledged`` when the server has confirmed every change.
        """

        def any_change(condition: ColumnElement[bool]) -> ColumnElement[int]:
            return func.max(case((condition, 1), else_=0))

        pending = OutboxChange.status == PENDING
        per_record = (
            select(
                OutboxChange.entity,
                any_change(OutboxChange.status.in_((REJECTED, DISCARDED))).label("refused"),
                any_change(and_(pending, OutboxChange.batch_id.is_(None))).label("unsent"),
                any_change(pending).label("pending"),
            )
            .group_by(OutboxChange.entity, OutboxChange.entity_id)
            .subquery()
        )
        state = case(
            (per_record.c.refused == 1, "refused"),
            (per_record.c.unsent == 1, "saved"),
            (per_record.c.pending == 1, "sent"),
            else_="acknowledged",
        )
        rows = self.session.execute(
            select(per_record.c.entity, state, func.count()).group_by(per_record.c.entity, state)
        )
        return {(entity, name): count for entity, name, count in rows}

    def counts_by_status(self) -> dict[str, int]:
        query = select(OutboxChange.status, func.count()).group_by(OutboxChange.status)
        return {str(status): int(n) for status, n in self.session.execute(query)}

    def history(self, entity_id: str) -> list[StoredChange]:
        """Every change of one record, oldest first."""
        rows = self.session.scalars(
            select(OutboxChange)
            .where(OutboxChange.entity_id == entity_id)
            .order_by(OutboxChange.seq)
        )
        return [self._stored(row) for row in rows]

    def pending(self, *, limit: int, after_seq: int = 0) -> list[PendingChange]:
        """Pending changes in the order they were made, with the server version each was
        made on: fixed by a pull that overtook it, else the last version pulled, else 0."""
        rows = self.session.execute(
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
                SyncChangeBasis.basis,
                SyncEntity.server_version,
            )
            .outerjoin(SyncChangeBasis, SyncChangeBasis.change_id == OutboxChange.change_id)
            .outerjoin(SyncEntity, SyncEntity.entity_id == OutboxChange.entity_id)
            .where(OutboxChange.status == PENDING, OutboxChange.seq > after_seq)
            .order_by(OutboxChange.seq)
            .limit(limit)
        ).all()
        return [
            PendingChange(
                self._stored(row),
                int(row.basis if row.basis is not None else (row.server_version or 0)),
            )
            for row in rows
        ]

    def pending_of(self, entity_id: str) -> list[tuple[str, str, dict[str, Any] | None]]:
        """One record's pending changes, oldest first: change id, operation and the fields
        (``None`` for a deletion, whose fields are not needed)."""
        rows = self.session.execute(
            select(OutboxChange.change_id, OutboxChange.operation, OutboxChange.payload)
            .where(OutboxChange.entity_id == entity_id, OutboxChange.status == PENDING)
            .order_by(OutboxChange.seq)
        ).all()
        return [
            (
                change_id,
                operation,
                None if operation == "delete" else self._fields(change_id, payload),
            )
            for change_id, operation, payload in rows
        ]

    def rejected(self, limit: int) -> list[Row[Any]]:
        """Changes the server refused, newest first: ids, operation, when, and the reason."""
        return list(
            self.session.execute(
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
        )

    def rejected_of(self, entity_id: str) -> list[str]:
        """The quarantined change ids of one record, oldest first."""
        return list(
            self.session.scalars(
                select(OutboxChange.change_id)
                .where(OutboxChange.entity_id == entity_id, OutboxChange.status == REJECTED)
                .order_by(OutboxChange.seq)
            )
        )

    def rejected_rows(self, change_ids: Sequence[str]) -> list[OutboxChange]:
        """The quarantined changes among ``change_ids``, oldest first."""
        rows: list[OutboxChange] = []
        for chunk in _chunks(change_ids):
            rows.extend(
                self.session.scalars(
                    select(OutboxChange).where(
                        OutboxChange.change_id.in_(chunk), OutboxChange.status == REJECTED
                    )
                )
            )
        return sorted(rows, key=lambda row: row.seq)

    def requeue(self, row: OutboxChange, overlay: dict[str, Any] | None = None) -> str:
        """Send a quarantined change again, in its place in the outbox order, under a new
        change id (the server answers the old one with its refusal, whatever it holds now).
        ``overlay``: the fields of a later edit, laid over its own so the fix goes too."""
        fields = self._fields(row.change_id, row.payload)
        if overlay and row.operation != "delete":
            fields.update(overlay)
        change_id = uuid7()
        row.change_id = change_id
        row.payload = self.keyring.encrypt_json(
            fields, table="outbox", column="payload", row_id=change_id
        )
        row.status, row.attempts, row.batch_id = PENDING, 0, None
        row.next_attempt_at, row.acked_at = None, None
        row.last_error = "sent again after the server refused it"
        return change_id

    def discard(self, row: OutboxChange) -> None:
        """A supervisor's decision: this refused change is never sent; its row stays."""
        row.status = DISCARDED
        row.next_attempt_at = None

    def latest_hlc(self) -> str | None:
        return self.session.scalar(select(func.max(OutboxChange.hlc)))

    # --- sending ------------------------------------------------------------------------------

    def mark_sending(self, change_ids: Sequence[str], batch_id: str) -> None:
        """Name the batch these pending changes went into, and count the attempt."""
        for chunk in _chunks(change_ids):
            self.session.execute(
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
        self,
        change_ids: Sequence[str],
        message: str,
        *,
        next_attempt_at: str | None,
        batch_id: str | None,
    ) -> None:
        """A send that got no usable answer: count the attempt; the changes stay pending."""
        for chunk in _chunks(change_ids):
            self.session.execute(
                update(OutboxChange)
                .where(OutboxChange.change_id.in_(chunk), OutboxChange.status == PENDING)
                .values(
                    last_error=message[:500],
                    next_attempt_at=next_attempt_at,
                    **_attempt(batch_id),
                )
                .execution_options(synchronize_session=False)
            )

    def acknowledge(self, change_ids: Sequence[str], at: str, batch_id: str | None = None) -> int:
        """Mark pending changes acknowledged; the number that were still pending."""
        done = 0
        for chunk in _chunks(change_ids):
            result = self.session.execute(
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

    def reject(self, change_id: str, reason: str | None, at: str, batch_id: str | None) -> None:
        """Quarantine a pending change the server refused, kept for a supervisor."""
        self.session.execute(
            update(OutboxChange)
            .where(OutboxChange.change_id == change_id, OutboxChange.status == PENDING)
            .values(
                status=REJECTED,
                last_error=f"refused by the server: {reason}",
                acked_at=at,
                **_attempt(batch_id),
            )
            .execution_options(synchronize_session=False)
        )
