"""The relay by USB stick, as use cases: a caseworker's export and receipt, a supervisor's
collection.

Any user may write this laptop's pending work to a sealed batch file and import the receipt
that comes back. Only a supervisor collects: reads what a caseworker's file holds, keeps its
sealed batches to forward at the next sync, lists the day's batches with their fate on the
server and writes the receipts to carry back. The casebook refuses those to other roles
(``NotAllowed``), whatever screen asks. The work itself is the sync layer's
(``sync.batchfile``, ``sync.relay``), the same the command line uses.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from bienestar_field.sync import relay
from bienestar_field.sync.batchfile import (
    BatchFile,
    BatchFileError,
    ExportResult,
    ReceiptFile,
    export_batch_file,
    import_receipts,
    read_file,
)
from bienestar_field.sync.engine import require_identity
from bienestar_field.sync.relay import BatchSummary, CarriedBatch, KeptBatches
from bienestar_field.sync.store import AckCounts

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession

_SUPERVISORS_ONLY = "only a supervisor collects caseworkers' batches"


class CollectionManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    @property
    def may_collect(self) -> bool:
        return self._session.is_supervisor

    def _supervisor(self) -> None:
        self._session.refuse_unless_supervisor("collect", _SUPERVISORS_ONLY)

    # --- any user: this laptop's own work ---------------------------------------------------

    def pending_summary(self) -> BatchSummary:
        """What an export would write now: counts by kind, time span, this device."""
        self._session.refuse_if_locked()
        identity = require_identity(self._session)
        return relay.pending_summary(self._session, identity.device_id)

    def export(self, path: Path) -> ExportResult:
        """Write this laptop's pending changes to a sealed batch file (they stay pending here
        until a receipt or a sync confirms them)."""
        session = self._session
        session.refuse_if_locked()
        identity = require_identity(session)
        result = export_batch_file(session, identity, path, now=session.now)
        with session.unit_of_work() as work:
            work.audit.append(
                at=session.now().isoformat(), user_id=session.user.id, action="relay.exported"
            )
        return result

    def import_receipt(self, path: Path) -> AckCounts:
        """Clear this laptop's outbox from a receipt file a supervisor brought back."""
        session = self._session
        session.refuse_if_locked()
        identity = require_identity(session)
        found = read_file(path)
        if not isinstance(found, ReceiptFile):
            raise BatchFileError(
                "this is a batch file, not a receipt: a supervisor imports it", code="is_batch"
            )
        return import_receipts(session, identity, found, at=session.now().isoformat())

    # --- a supervisor's collection ----------------------------------------------------------

    def inspect(self, path: Path) -> BatchSummary:
        """What a caseworker's batch file holds (from its signed manifest), without keeping it."""
        self._supervisor()
        return relay.summarize(self._batch_file(path))

    def import_batches(self, path: Path) -> KeptBatches:
        """Keep the file's sealed batches to forward at the next sync (once, however often
        the file is imported)."""
        self._supervisor()
        batch_file = self._batch_file(path)
        identity = require_identity(self._session)
        if batch_file.device_id == identity.device_id:
            raise BatchFileError(
                "this file is this laptop's own export: sync instead", code="own_export"
            )
        return relay.keep_batches(self._session, batch_file, at=self._session.now().isoformat())

    def batches(self, *, today_only: bool = True) -> list[CarriedBatch]:
        """The carried batches, newest first: today's (local day) and any still unanswered."""
        self._supervisor()
        since = None
        if today_only:
            local = self._session.now().astimezone()
            midnight = datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)
            since = midnight.astimezone(UTC).isoformat()
        return relay.batches(self._session, since=since)

    def waiting(self) -> int:
        """Carried batches the server has not answered yet."""
        self._supervisor()
        return relay.waiting_count(self._session)

    def write_receipts(self, path: Path, device_id: str | None = None) -> int:
        """Write the server's receipts for carried batches (of one device) to carry back."""
        self._supervisor()
        return relay.write_receipts(
            self._session, path, created_at=self._session.now().isoformat(), device_id=device_id
        )

    @staticmethod
    def _batch_file(path: Path) -> BatchFile:
        found = read_file(path)
        if not isinstance(found, BatchFile):
            raise BatchFileError(
                "this is a receipt file: the caseworker's laptop imports it", code="is_receipt"
            )
        return found
