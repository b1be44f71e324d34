"""The casebook's sync bookkeeping: state by key, server versions, edit bases, sync runs."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, func, select, update

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.repositories.outbox import _chunks
from bienestar_field.storage.schema import SyncChangeBasis, SyncEntity, SyncRunRow, SyncState


class SyncRepository(Repository):
    # --- state by key (enrolment, cursor, revocation, pulled catalog) -------------------------

    def state(self, key: str) -> str | None:
        row = self.session.get(SyncState, key)
        return row.value if row is not None else None

    def set_state(self, key: str, value: str | None) -> None:
        """Store ``value`` under ``key``; ``None`` removes the key."""
        row = self.session.get(SyncState, key)
        if value is None:
            if row is not None:
                self.session.delete(row)
        elif row is None:
            self.session.add(SyncState(key=key, value=value))
        else:
            row.value = value

    def states_under(self, prefix: str) -> list[tuple[str, str]]:
        """Every (key, value) whose key starts with ``prefix``, by key."""
        rows = self.session.execute(
            select(SyncState.key, SyncState.value)
            .where(SyncState.key.startswith(prefix, autoescape=True))
            .order_by(SyncState.key)
        )
        return [(key, value) for key, value in rows]

    def sealed_state(self, key: str) -> Any:
        """A state stored encrypted (a secret), bound to its row; ``None`` if absent."""
        stored = self.state(key)
        if stored is None:
            return None
        blob = base64.b64decode(stored)
        return self.keyring.decrypt_json(blob, table="sync_state", column="value", row_id=key)

    def set_sealed_state(self, key: str, value: Any) -> None:
        blob = self.keyring.encrypt_json(value, table="sync_state", column="value", row_id=key)
        self.set_state(key, base64.b64encode(blob).decode("ascii"))

    # --- what the device has seen of each record, and what its edits were based on -------------

    def server_version(self, entity_id: str) -> int | None:
        return self.session.scalar(
            select(SyncEntity.server_version).where(SyncEntity.entity_id == entity_id)
        )

    def set_server_version(
        self, entity_id: str, entity: str, version: int, *, at: str, known: bool
    ) -> None:
        """``known``: whether a version was stored before (update rather than insert)."""
        if known:
            self.session.execute(
                update(SyncEntity)
                .where(SyncEntity.entity_id == entity_id)
                .values(server_version=version, pulled_at=at)
            )
        else:
            self.session.add(
                SyncEntity(entity_id=entity_id, entity=entity, server_version=version, pulled_at=at)
            )

    def keep_basis(self, change_id: str, basis: int) -> None:
        """Fix the server version a pending change was made on, unless already fixed."""
        if self.session.get(SyncChangeBasis, change_id) is None:
            self.session.add(SyncChangeBasis(change_id=change_id, basis=basis))

    def forget_bases(self, change_ids: Sequence[str]) -> None:
        for chunk in _chunks(change_ids):
            self.session.execute(
                delete(SyncChangeBasis).where(SyncChangeBasis.change_id.in_(chunk))
            )

    # --- history of runs ----------------------------------------------------------------------

    def start_run(self, at: str) -> int:
        run = SyncRunRow(
            started_at=at, outcome="running", pushed=0, acknowledged=0, rejected=0, pulled=0
        )
        self.session.add(run)
        self.session.flush()
        return run.id

    def finish_run(
        self,
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
        run = self.session.get_one(SyncRunRow, run_id)
        run.finished_at, run.outcome, run.message = at, outcome, message
        run.pushed, run.acknowledged, run.rejected, run.pulled = (
            pushed,
            acknowledged,
            rejected,
            pulled,
        )

    def recent_runs(self, limit: int) -> list[SyncRunRow]:
        return list(
            self.session.scalars(select(SyncRunRow).order_by(SyncRunRow.id.desc()).limit(limit))
        )

    def last_success_at(self) -> str | None:
        return self.session.scalar(
            select(func.max(SyncRunRow.finished_at)).where(SyncRunRow.outcome == "ok")
        )
