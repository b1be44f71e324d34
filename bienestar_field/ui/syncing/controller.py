"""``SyncController``: sync for the unlocked casebook, on its own network thread.

It owns a second :class:`TaskRunner` (thread ``sync``) for everything that talks to the
server: enrolment, the connectivity probe, and the sync itself. The casebook's own worker is
never held up by a slow network, and the GUI thread only paints. The engine's database writes
do not race the casebook's: SQLite's ``BEGIN IMMEDIATE`` with a busy timeout makes every
writer wait its turn, and each of the engine's transactions is short.

While offline the controller probes ``GET /v1/health`` with capped exponential back-off and
full jitter; when the server answers again it syncs. A server that answers but fails syncs
(5xx) is not asked again unbidden before the time the engine noted (a growing, capped wait);
"Sincronizar ahora" always tries at once. It stops when the casebook locks (the
lock waits for a running sync to notice its cancel flag), and for good when the central
office revoked this device.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, QTimer, Signal

from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.texts import (
    describe_sync_error,
    not_enrolled_text,
    report_text,
    revoked_text,
)
from bienestar_field.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.sync.engine import SyncReport
    from bienestar_field.sync.store import SyncIdentity, SyncStatus

log = logging.getLogger(__name__)

HEALTH_PATH: Final = "/v1/health"


class SyncController(QObject):
    """Sync for the unlocked casebook: on demand, when the server is back, never on the GUI.

    ``changed`` says the connection, counts or message changed; ``progress`` carries
    (done, total) of the running sync; ``enrolled`` carries (server URL, office).
    """

    changed = Signal()
    progress = Signal(int, int)
    sync_finished = Signal(bool)
    enrolled = Signal(str, str)
    _progress_from_worker = Signal(str, int, int)

    # Probe timing, in seconds (tests make them short).
    probe_base: float = 5.0
    probe_cap: float = 300.0
    probe_floor: float = 1.0
    online_interval: float = 120.0
    # A person is waiting: a few quick retries inside one sync, then back to probing.
    sync_timeout: tuple[float, float] = (3.0, 30.0)

    def __init__(self, data_dir: Path, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._runner = runner
        self.network = TaskRunner(self, thread_name="sync")
        self.connection = Connection.UNCONFIGURED
        self.status: SyncStatus | None = None
        self.message = ""
        self.syncing = False
        self.server_url: str | None = None
        self._casebook: Casebook | None = None
        # Kept after detach: the status (counts, no keys) is still read while locked.
        self._status_source: Casebook | None = None
        self._generation = 0
        self._cancel = threading.Event()
        self._failures = 0
        # Not before this may an automatic sync try a server that failed the last ones (5xx).
        self._held_until: datetime | None = None
        self._rng = random.Random()  # noqa: S311 - jitter, not a secret
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.probe)
        self._progress_from_worker.connect(self._on_progress)

    # --- life ----------------------------------------------------------------------------

    @property
    def attached(self) -> bool:
        return self._casebook is not None

    @property
    def enrolled_here(self) -> bool:
        return self.status is not None and self.status.enrolled

    def attach(self, casebook: Casebook, server_url: str | None) -> None:
        """Start for a freshly unlocked casebook: read the status, then probe the server."""
        self.detach()
        self._casebook = casebook
        self._status_source = casebook
        self.server_url = server_url
        self._cancel = threading.Event()
        self._failures = 0
        self._held_until = None  # a failing server's note, if any, comes with the status
        self.message = ""
        self.refresh(probe=True)

    def detach(self) -> None:
        """Stop for a locking casebook: cancel a running sync and stop probing."""
        self._generation += 1
        self._cancel.set()
        self._timer.stop()
        self._casebook = None
        self.syncing = False

    def wait_stopped(self) -> None:
        """Block until the network thread is idle (called on the casebook worker before lock)."""
        if self.network.accepting:
            self.network.wait_idle()

    def shutdown(self) -> None:
        self.detach()
        self.network.shutdown()

    def set_server_url(self, url: str | None) -> None:
        self.server_url = url

    # --- status --------------------------------------------------------------------------

    def refresh(self, *, probe: bool = False) -> None:
        """Re-read pending changes and the last sync (after a save, after a sync)."""
        source = self._status_source
        if source is None or not self._runner.accepting:
            return
        generation = self._generation

        def read() -> SyncStatus:
            from bienestar_field.sync.store import status

            return status(source)

        self._runner.run_in_background(
            read,
            lambda found: self._status_read(generation, found, probe),
            lambda exc: log.warning("sync status unreadable: %s", type(exc).__name__),
            owner=self,
        )

    def _status_read(self, generation: int, found: SyncStatus, probe: bool) -> None:
        if generation != self._generation:
            return
        self.status = found
        if found.revoked:
            self.connection = Connection.REVOKED
            self.message = revoked_text()
            self._timer.stop()
        elif not found.enrolled or not self.server_url:
            self.connection = Connection.UNCONFIGURED
        elif probe and not self.syncing:
            self.connection = Connection.CHECKING
            self.probe()
        self.changed.emit()

    # --- connectivity --------------------------------------------------------------------

    def _can_talk(self) -> bool:
        return (
            self.attached
            and self.server_url is not None
            and self.enrolled_here
            and self.connection is not Connection.REVOKED
            and self.network.accepting
        )

    def probe(self) -> None:
        """Ask the server's health, cheaply; sync if it is back and something waits."""
        url = self.server_url
        if not self._can_talk() or self.syncing or url is None:
            return
        generation = self._generation

        def ask() -> None:
            from bienestar_field.sync.client import RetryPolicy, Transport

            transport = Transport(url, timeout=(2.0, 5.0), retry=RetryPolicy(max_attempts=1))
            try:
                transport.request("GET", HEALTH_PATH, retry=False)
            finally:
                transport.close()

        self.network.run_in_background(
            ask,
            lambda _none: self._probed(generation, None),
            lambda exc: self._probed(generation, exc),
            owner=self,
        )

    def _probed(self, generation: int, error: Exception | None) -> None:
        if generation != self._generation or self.syncing:
            return
        was = self.connection
        if error is None:
            self._failures = 0
            held = self._held_off()
            if held is not None:
                # The server answers its health, but failed the last syncs: wait as noted.
                self.connection = Connection.SERVER_FAILING
                self.changed.emit()
                self._schedule(max(self.probe_floor, held))
                return
            self.connection = Connection.ONLINE
            self.changed.emit()
            status = self.status
            pending = status.pending + status.relay_waiting if status is not None else 0
            if was is not Connection.ONLINE and pending > 0:
                self.sync_now()  # connectivity came back with work waiting
            else:
                self._schedule(self.online_interval)
            return
        self.connection = Connection.OFFLINE
        self.changed.emit()
        self._back_off()

    def _held_off(self) -> float | None:
        """Seconds left before an automatic sync may try a server that kept failing; None if
        it may try now. From the last failed sync here, or the note the casebook keeps (an
        app started again after the server failed)."""
        dues = [self._held_until] if self._held_until is not None else []
        failure = self.status.server_failure if self.status is not None else None
        if failure is not None:
            with suppress(ValueError):
                dues.append(datetime.fromisoformat(failure.next_attempt_at))
        if not dues:
            return None
        left = (max(dues) - datetime.now(UTC)).total_seconds()
        return left if left > 0 else None

    def _back_off(self) -> None:
        """Full jitter: uniform in [0, min(cap, base * 2^n)], never quicker than the floor."""
        ceiling = min(self.probe_cap, self.probe_base * (2**self._failures))
        self._failures = min(self._failures + 1, 16)
        self._schedule(max(self.probe_floor, self._rng.uniform(0.0, ceiling)))

    def _schedule(self, seconds: float) -> None:
        if self._can_talk():
            self._timer.start(int(seconds * 1000))

    # --- sync ----------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync in the background; False (with ``message`` saying why) if it cannot."""
        casebook = self._casebook
        if casebook is None:
            return False
        if self.syncing:
            return False
        if self.connection is Connection.REVOKED:
            self.message = revoked_text()
            self.changed.emit()
            return False
        if not self.enrolled_here or not self.server_url:
            self.message = not_enrolled_text()
            self.changed.emit()
            return False
        self._timer.stop()
        self.syncing = True
        self.connection = Connection.SYNCING
        self.message = ""
        self.changed.emit()
        self.progress.emit(0, 0)
        generation, cancel, data_dir = self._generation, self._cancel, self.data_dir
        emit = self._progress_from_worker.emit
        timeout = self.sync_timeout

        def run() -> SyncReport:
            from bienestar_field.sync.client import RetryPolicy
            from bienestar_field.sync.engine import SyncProgress, engine_for

            def report_progress(step: SyncProgress) -> None:
                emit(step.phase, step.done, step.total)

            engine = engine_for(
                casebook,
                data_dir,
                progress=report_progress,
                cancel=cancel,
                retry=RetryPolicy(max_attempts=3, base_delay=0.5, max_delay=4.0),
                timeout=timeout,
            )
            return engine.sync()

        self.network.run_in_background(
            run,
            lambda report: self._synced(generation, report),
            lambda exc: self._sync_failed(generation, exc),
            owner=self,
        )
        return True

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if self.syncing and phase == "push":
            self.progress.emit(done, total)

    def _synced(self, generation: int, report: SyncReport) -> None:
        if generation != self._generation:
            return
        self.syncing = False
        self._held_until = None
        self._failures = 0
        self.connection = Connection.ONLINE
        self.message = report_text(report)
        self.progress.emit(1, 1)
        self.refresh()
        casebook = self._casebook
        if report.pulled_records and casebook is not None:
            self._runner.run_in_background(casebook.search.prepare, None, lambda _exc: None)
        self._schedule(self.online_interval)
        self.sync_finished.emit(True)

    def _sync_failed(self, generation: int, exc: Exception) -> None:
        from bienestar_field.sync import client

        if generation != self._generation:
            return
        self.syncing = False
        self.message = describe_sync_error(exc)
        if isinstance(exc, client.DeviceRevoked):
            self.connection = Connection.REVOKED
            self._timer.stop()
        elif isinstance(exc, client.ServerFailing):
            self.connection = Connection.SERVER_FAILING
            try:
                self._held_until = datetime.fromisoformat(exc.next_attempt_at)
            except ValueError:
                self._held_until = datetime.now(UTC) + timedelta(seconds=self.probe_cap)
            self._schedule(max(self.probe_floor, self._held_off() or 0.0))
        elif isinstance(exc, client.TransientError):
            self.connection = Connection.OFFLINE
            self._back_off()
        else:
            # The server answered but refused: online, and nothing retried automatically.
            self.connection = Connection.ONLINE
        self.progress.emit(0, 1)
        self.refresh()
        self.sync_finished.emit(False)

    # --- enrolment -----------------------------------------------------------------------

    def enroll(
        self,
        casebook: Casebook,
        server_url: str,
        code: str,
        on_done: Callable[[SyncIdentity], None],
        on_error: Callable[[Exception], None],
        *,
        owner: QObject | None = None,
    ) -> None:
        """Enrol this device on the network thread; the server URL is saved on success."""
        data_dir = self.data_dir

        def run() -> SyncIdentity:
            from bienestar_field.platform.config import SettingsStore, parse_setting
            from bienestar_field.sync.enrolment import enroll_device

            url = str(parse_setting("server_url", server_url))
            identity = enroll_device(
                casebook,
                server_url=url,
                code=code,
                label=f"casebook {casebook.device_fingerprint()}",
            )
            SettingsStore(data_dir).set("server_url", url)
            return identity

        def done(identity: SyncIdentity) -> None:
            self.server_url = identity.server_url
            self.enrolled.emit(identity.server_url, identity.office)
            if self._casebook is casebook:
                self._failures = 0
                self.refresh(probe=True)
            on_done(identity)

        self.network.run_in_background(run, done, on_error, owner=owner)
