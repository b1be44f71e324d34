"""``CollectionController``: the relay's steps for one unlocked casebook, off the GUI thread.

Every step is a Casebook use case (``casebook.collection``) run on the casebook's worker; the
controller keeps what the screens show (the preview of a file before it moves, the day's
carried batches, the last message) and says when it changed. Nothing here draws, so a test
can drive it without pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from bienestar_field.ui.syncing.relay_texts import (
    describe_collection_error,
    exported_text,
    kept_text,
    nothing_pending_text,
    receipt_imported_text,
    receipts_written_text,
)
from bienestar_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.sync.relay import BatchSummary, CarriedBatch
    from bienestar_field.ui.syncing.controller import SyncController

T = TypeVar("T")

EXPORT = "export"
IMPORT = "import"


@dataclass(frozen=True, slots=True)
class Preview:
    """What is about to move, shown before it does: an export to write, a file to import."""

    action: str
    path: Path
    summary: BatchSummary


def _stamp() -> str:
    return datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")


class CollectionController(QObject):
    """``preview_changed``: a preview was made, confirmed or dropped; ``message`` carries
    (text, is_error); ``batches_changed``: the list of carried batches was read again."""

    preview_changed = Signal()
    message = Signal(str, bool)
    batches_changed = Signal()

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        sync: SyncController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self._sync = sync
        self.preview: Preview | None = None
        self.batches: list[CarriedBatch] = []
        self.last_message = ""
        self.busy = False

    @property
    def may_collect(self) -> bool:
        return self._casebook.collection.may_collect

    # --- preview, then confirm ---------------------------------------------------------------

    def preview_export(self, folder: Path) -> None:
        """What an export to ``folder`` would write (this laptop's pending work)."""
        collection = self._casebook.collection

        def shown(summary: BatchSummary) -> None:
            if summary.records == 0:
                self._say(nothing_pending_text())
                return
            name = f"bienestar-lote-{summary.device_id[-8:]}-{_stamp()}.json"
            self._set_preview(Preview(EXPORT, folder / name, summary))

        self._run(collection.pending_summary, shown)

    def preview_import(self, path: Path) -> None:
        """What a caseworker's batch file holds, from its signed manifest."""
        collection = self._casebook.collection
        self._run(
            lambda: collection.inspect(path),
            lambda summary: self._set_preview(Preview(IMPORT, path, summary)),
        )

    def confirm(self) -> None:
        preview = self.preview
        if preview is None or self.busy:
            return
        collection = self._casebook.collection
        if preview.action == EXPORT:
            self._run(
                lambda: collection.export(preview.path),
                lambda result: self._done(
                    exported_text(result.changes, result.batches, preview.path.name)
                ),
                writes=True,
            )
        else:
            self._run(
                lambda: collection.import_batches(preview.path),
                lambda kept: self._done(kept_text(kept)),
                writes=True,
            )

    def cancel(self) -> None:
        self._set_preview(None)

    # --- receipts ----------------------------------------------------------------------------

    def write_receipts(self, folder: Path, device_id: str | None = None) -> None:
        """The server's receipts for carried batches (of one caseworker's device), to carry."""
        collection = self._casebook.collection
        who = device_id[-8:] if device_id else "todos"
        path = folder / f"bienestar-recibo-{who}-{_stamp()}.json"
        self._run(
            lambda: collection.write_receipts(path, device_id),
            lambda count: self._done(receipts_written_text(count, path.name)),
        )

    def import_receipt(self, path: Path) -> None:
        """A receipt file brought back: clears this laptop's pending changes it confirms."""
        collection = self._casebook.collection
        self._run(
            lambda: collection.import_receipt(path),
            lambda counts: self._done(receipt_imported_text(counts)),
            writes=True,
        )

    # --- the day's batches -------------------------------------------------------------------

    def reload(self) -> None:
        if not self.may_collect or not self._runner.accepting:
            return
        collection = self._casebook.collection

        def shown(found: list[CarriedBatch]) -> None:
            self.batches = found
            self.batches_changed.emit()

        self._runner.run_in_background(collection.batches, shown, self._failed, owner=self)

    def sync_now(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    # --- plumbing ----------------------------------------------------------------------------

    def _run(
        self, fn: Callable[[], T], on_success: Callable[[T], None], *, writes: bool = False
    ) -> None:
        """One step at a time on the casebook's worker; ``busy`` until it answers."""
        if self.busy or not self._runner.accepting:
            return
        self.busy = True

        def succeeded(result: T) -> None:
            self.busy = False
            on_success(result)

        def failed(exc: Exception) -> None:
            self.busy = False
            self._failed(exc)

        self._runner.run_in_background(fn, succeeded, failed, owner=self, writes=writes)

    def _set_preview(self, preview: Preview | None) -> None:
        self.preview = preview
        self.preview_changed.emit()

    def _done(self, text: str) -> None:
        self._set_preview(None)
        self._say(text)
        if self._sync is not None:
            self._sync.refresh()
        self.reload()

    def _say(self, text: str, error: bool = False) -> None:
        self.last_message = text
        self.message.emit(text, error)

    def _failed(self, exc: Exception) -> None:
        self._say(describe_collection_error(exc), True)
