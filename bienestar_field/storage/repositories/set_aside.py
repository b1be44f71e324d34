"""Pulled records set aside: what a pull could not store here, kept encrypted for review.

One row per record and version: the record as the server sent it, in one AES-GCM blob bound
to its row, and the reason (a code for the UI, an English sentence for logs) in clear. No
personal data is clear: the reason names no value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from bienestar_field.domain.ids import uuid7
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.repositories.outbox import _chunks
from bienestar_field.storage.schema import SetAsideRecord

_TABLE = "sync_set_aside"


@dataclass(frozen=True, slots=True)
class SetAsideEntry:
    """A set-aside record as listed: ids, version, when and why; nothing personal."""

    id: str
    entity: str
    entity_id: str
    version: int
    reason_code: str
    reason: str
    pulled_at: str


class SetAsideRepository(Repository):
    def add(
        self,
        *,
        entity: str,
        entity_id: str,
        version: int,
        reason_code: str,
        reason: str,
        at: str,
        record: dict[str, Any],
    ) -> None:
        """Keep ``record`` (the pulled state, as JSON) aside; a second copy of the same
        record and version replaces the first, so a retried page never piles up rows."""
        self.session.execute(
            delete(SetAsideRecord).where(
                SetAsideRecord.entity_id == entity_id, SetAsideRecord.version <= version
            )
        )
        row_id = uuid7()
        self.session.add(
            SetAsideRecord(
                id=row_id,
                entity=entity,
                entity_id=entity_id,
                version=version,
                reason_code=reason_code,
                reason=reason[:500],
                pulled_at=at,
                data=self.keyring.encrypt_json(record, table=_TABLE, column="data", row_id=row_id),
            )
        )

    def count(self) -> int:
        return self._count(SetAsideRecord)

    def entries(self, limit: int) -> list[SetAsideEntry]:
        """Newest first; nothing decrypted (readable while the casebook is locked)."""
        rows = self.session.scalars(
            select(SetAsideRecord).order_by(SetAsideRecord.pulled_at.desc()).limit(limit)
        )
        return [
            SetAsideEntry(
                row.id,
                row.entity,
                row.entity_id,
                row.version,
                row.reason_code,
                row.reason,
                row.pulled_at,
            )
            for row in rows
        ]

    def records(self) -> list[tuple[str, str, dict[str, Any]]]:
        """Every set-aside record decrypted, oldest first: row id, when it was first pulled,
        and the pulled state."""
        rows = self.session.execute(
            select(SetAsideRecord.id, SetAsideRecord.pulled_at, SetAsideRecord.data).order_by(
                SetAsideRecord.pulled_at
            )
        )
        return [
            (
                row_id,
                pulled_at,
                self.keyring.decrypt_json(data, table=_TABLE, column="data", row_id=row_id),
            )
            for row_id, pulled_at, data in rows
        ]

    def clear_record(self, entity_id: str, version: int) -> int:
        """The record is stored at ``version`` (or newer): older set-aside copies are moot."""
        result = self.session.execute(
            delete(SetAsideRecord).where(
                SetAsideRecord.entity_id == entity_id, SetAsideRecord.version <= version
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def remove(self, row_ids: Sequence[str]) -> int:
        removed = 0
        for chunk in _chunks(row_ids):
            result = self.session.execute(
                delete(SetAsideRecord).where(SetAsideRecord.id.in_(chunk))
            )
            removed += int(getattr(result, "rowcount", 0) or 0)
        return removed
