"""Background work for the GUI: one serialized casebook thread, results delivered by signal.

Everything that touches the casebook (unlock's Argon2id, searches, saves, printing) goes
through :meth:`TaskRunner.run_in_background`, in the spirit of Anki's ``CollectionOp``. One
worker thread keeps writes in the order they were asked for (a draft saved before a lock is
written before the keys are forgotten) and keeps SQLite to a single writer. The callbacks run
on the GUI thread, and are skipped if the widget that asked has been destroyed meanwhile.

Work that never touches the casebook and that nobody waits for (loading modules and catalogs
ahead of need) goes to :meth:`TaskRunner.run_aside`, a second thread, so it neither delays
the casebook's queue nor shows the busy indicator.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from bienestar_field.platform.logs import log_bug

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a job gave back: a value, or the exception it raised (a job may return one)."""

    ok: bool
    value: Any


@dataclass(slots=True)
class _Pending:
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[Exception], None] | None
    owner: QObject | None
    writes: bool
    counts: bool = True  # shown as busy (aside work is not)


class TaskRunner(QObject):
    """Runs callables on one worker thread; ``busy_changed`` drives the busy indicator."""

    busy_changed = Signal(bool)
    # Emitted after a job marked ``writes`` succeeds, so counters (pending changes) refresh.
    wrote = Signal()
    unhandled_error = Signal(object)
    _finished = Signal(int, object)

    def __init__(self, parent: QObject | None = None, *, thread_name: str = "casebook") -> None:
        super().__init__(parent)
        # The network gets a runner of its own ("sync"), so a slow server never holds up saves.
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=thread_name
        )
        self._aside: ThreadPoolExecutor | None = None  # started on first use
        self._closed = False
        self._pending: dict[int, _Pending] = {}
        self._next_id = 0
        # Emitted from the worker thread, received on this object's (the GUI) thread: queued.
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return any(pending.counts for pending in self._pending.values())

    @property
    def accepting(self) -> bool:
        """Whether work can still be queued (not after :meth:`shutdown`)."""
        return not self._closed

    def run_in_background(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
        writes: bool = False,
    ) -> None:
        """Call ``fn`` on the worker; then ``on_success(result)`` or ``on_failure(error)``.

        Without ``on_failure`` an error goes to ``unhandled_error`` (the shell shows it).
        """
        if self._executor is None:
            raise RuntimeError("the task runner has been shut down")
        job_id = self._next_id
        self._next_id += 1
        was_busy = self.busy
        self._pending[job_id] = _Pending(on_success, on_failure, owner, writes)
        if not was_busy:
            self.busy_changed.emit(True)
        self._executor.submit(self._work, job_id, fn)

    def run_aside(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Call ``fn`` on the second thread; for work that never touches the casebook.

        Not shown as busy; a failure is logged as a bug, nobody is waiting for it.
        """
        if self._closed:
            raise RuntimeError("the task runner has been shut down")
        if self._aside is None:
            self._aside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aside")
        job_id = self._next_id
        self._next_id += 1
        self._pending[job_id] = _Pending(on_success, log_bug, owner, False, counts=False)
        self._aside.submit(self._work, job_id, fn)

    def _work(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            outcome = _Outcome(True, fn())
        except Exception as exc:
            outcome = _Outcome(False, exc)
        self._finished.emit(job_id, outcome)

    def _deliver(self, job_id: int, outcome: _Outcome) -> None:
        ok, payload = outcome.ok, outcome.value
        was_busy = self.busy
        pending = self._pending.pop(job_id, None)
        if was_busy and not self.busy:
            self.busy_changed.emit(False)
        if pending is None:
            return
        if outcome.ok and pending.writes:
            self.wrote.emit()
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return
        if ok:
            if pending.on_success is not None:
                pending.on_success(payload)
            return
        assert isinstance(payload, Exception)
        if pending.on_failure is not None:
            pending.on_failure(payload)
        else:
            self.unhandled_error.emit(payload)

    def wait_idle(self) -> None:
        """Block until queued work has run (shutdown, tests). Callbacks are then dropped."""
        for executor in (self._executor, self._aside):
            if executor is not None:
                executor.submit(lambda: None).result()

    def shutdown(self) -> None:
        """Finish the work already queued (a save must not be lost), then stop the thread."""
        self._closed = True
        for executor in (self._executor, self._aside):
            if executor is not None:
                executor.shutdown(wait=True)
        self._executor = None
        self._aside = None
        self._pending.clear()
