"""Sync in the app: a controller on its own network thread, the enrolment form, the sync page.

``SyncController`` owns a second :class:`TaskRunner` (thread ``sync``) for everything that
talks to the server: enrolment, the connectivity probe, and the sync itself. The casebook's
own worker is never held up by a slow network, and the GUI thread only paints. The engine's
database writes do not race the casebook's: SQLite's ``BEGIN IMMEDIATE`` with a busy timeout
makes every writer wait its turn, and each of the engine's transactions is short.

While offline the controller probes ``GET /v1/health`` with capped exponential back-off and
full jitter; when the server answers again it syncs. It stops when the casebook locks (the
lock waits for a running sync to notice its cancel flag), and for good when the central
office revoked this device.

Nothing of the sync package is imported at module level: the window must show before
``requests`` and the crypto load.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    BusyBar,
    ErrorLabel,
    WrappingLabel,
    add_row,
    hbox,
    new_form,
    scrolling,
    title_label,
    wrapping_label,
)

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.storage.database import Database
    from bienestar_field.sync.engine import SyncReport
    from bienestar_field.sync.store import RejectedChange, SyncIdentity, SyncRun, SyncStatus

log = logging.getLogger(__name__)

HEALTH_PATH: Final = "/v1/health"


class Connection(StrEnum):
    UNCONFIGURED = "unconfigured"
    CHECKING = "checking"
    ONLINE = "online"
    OFFLINE = "offline"
    SYNCING = "syncing"
    REVOKED = "revoked"


def connection_text(state: Connection) -> str:
    texts = {
        Connection.UNCONFIGURED: translate("Sync", "● Sin servidor configurado"),
        Connection.CHECKING: translate("Sync", "● Comprobando la conexión…"),
        Connection.ONLINE: translate("Sync", "● En línea"),
        Connection.OFFLINE: translate("Sync", "● Sin conexión"),
        Connection.SYNCING: translate("Sync", "● Sincronizando…"),
        Connection.REVOKED: translate("Sync", "● Equipo dado de baja"),
    }
    return texts[state]


def pending_text(pending: int) -> str:
    if pending == 1:
        return translate("Sync", "1 cambio por enviar")
    return i18n.fill(translate("Sync", "%1 cambios por enviar"), pending)


def last_sync_text(at: str | None) -> str:
    when = i18n.format_timestamp(at) if at else translate("Sync", "nunca")
    return i18n.fill(translate("Sync", "Última sincronización: %1"), when)


def outcome_label(outcome: str) -> str:
    labels = {
        "ok": translate("Sync", "Completa"),
        "running": translate("Sync", "En curso"),
        "transient": translate("Sync", "Sin conexión"),
        "permanent": translate("Sync", "Rechazada"),
        "auth": translate("Sync", "No autorizada"),
        "revoked": translate("Sync", "Equipo dado de baja"),
        "cancelled": translate("Sync", "Cancelada"),
        "busy": translate("Sync", "Ocupada"),
        "error": translate("Sync", "Error interno"),
    }
    return labels.get(outcome, outcome)


def revoked_text() -> str:
    return translate(
        "Sync",
        "La oficina central dio de baja este equipo y ya no se sincronizará. Lo guardado "
        "sigue en este equipo. Pida a su supervisor un nuevo código de inscripción.",
    )


def describe_sync_error(exc: BaseException) -> str:
    """Why a sync or an enrolment did not happen, in words the person can act on."""
    from bienestar_field.platform.config import SettingsError
    from bienestar_field.sync import client

    if isinstance(exc, SettingsError):
        return translate(
            "Sync",
            "La dirección del servidor no es válida: debe empezar con https:// (o http://) "
            "seguido del nombre del servidor, por ejemplo https://bienestar.ejemplo.gob.mx",
        )
    if isinstance(exc, client.DeviceRevoked):
        return revoked_text()
    if isinstance(exc, client.ClockSkew):
        minutes = round(abs(exc.skew_seconds) / 60)
        template = (
            translate(
                "Sync",
                "El reloj de este equipo está adelantado unos %1 minutos respecto al servidor. "
                "Corrija la fecha y la hora del equipo y vuelva a sincronizar.",
            )
            if exc.skew_seconds > 0
            else translate(
                "Sync",
                "El reloj de este equipo está atrasado unos %1 minutos respecto al servidor. "
                "Corrija la fecha y la hora del equipo y vuelva a sincronizar.",
            )
        )
        return i18n.fill(template, minutes)
    if isinstance(exc, client.ProtocolMismatch):
        if exc.app_too_old:
            return translate(
                "Sync",
                "El servidor necesita una versión más nueva de esta aplicación. Actualícela "
                "para volver a sincronizar; lo guardado sigue en este equipo.",
            )
        return translate(
            "Sync",
            "El servidor central es más antiguo que esta aplicación y todavía no puede "
            "sincronizar con ella. Avise a la oficina central.",
        )
    if isinstance(exc, client.ServerKeyChanged):
        return translate(
            "Sync",
            "El servidor no se identificó con la llave esperada, así que no se envió nada. "
            "Revise la dirección del servidor o avise a la oficina central.",
        )
    if isinstance(exc, client.NotEnrolled):
        return translate("Sync", "Este equipo no está inscrito con un servidor central.")
    if isinstance(exc, client.AuthError):
        return translate(
            "Sync",
            "El servidor no reconoce a este equipo. Inscríbalo de nuevo con un código de "
            "la oficina central.",
        )
    if isinstance(exc, client.SyncBusy):
        return translate("Sync", "Ya hay una sincronización en curso en este equipo.")
    if isinstance(exc, client.Cancelled):
        return translate("Sync", "Sincronización cancelada.")
    if isinstance(exc, client.TransientError):
        if exc.retry_after is not None:
            return translate(
                "Sync",
                "El servidor está ocupado o recibió demasiados intentos. Se volverá a "
                "intentar más tarde.",
            )
        return translate(
            "Sync",
            "No se pudo conectar con el servidor. Revise la dirección y la conexión a "
            "internet; se volverá a intentar cuando haya conexión.",
        )
    if isinstance(exc, client.PermanentError):
        if exc.code == "code_invalid":
            return translate(
                "Sync",
                "El código de inscripción no es válido: revise que esté bien escrito. Los "
                "códigos vencen y sirven una sola vez; si hace falta, pida uno nuevo.",
            )
        if exc.status in (None, 404, 405):
            return translate(
                "Sync",
                "Esa dirección no corresponde a un servidor de Bienestar. Revise que esté "
                "bien escrita.",
            )
        return i18n.fill(
            translate(
                "Sync", "El servidor rechazó la solicitud (HTTP %1). Avise a la oficina central."
            ),
            exc.status,
        )
    return describe_error(exc)


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
        self._database: Database | None = None
        self._generation = 0
        self._cancel = threading.Event()
        self._failures = 0
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

    def attach(self, casebook: Casebook, database: Database, server_url: str | None) -> None:
        """Start for a freshly unlocked casebook: read the status, then probe the server."""
        self.detach()
        self._casebook = casebook
        self._database = database
        self.server_url = server_url
        self._cancel = threading.Event()
        self._failures = 0
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
        database = self._database
        if database is None or not self._runner.accepting:
            return
        generation = self._generation

        def read() -> SyncStatus:
            from bienestar_field.sync.store import status

            return status(database)

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
            self.connection = Connection.ONLINE
            self.changed.emit()
            pending = self.status.pending if self.status is not None else 0
            if was is not Connection.ONLINE and pending > 0:
                self.sync_now()  # connectivity came back with work waiting
            else:
                self._schedule(self.online_interval)
            return
        self.connection = Connection.OFFLINE
        self.changed.emit()
        self._back_off()

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
            self.message = translate(
                "Sync",
                "Este equipo no está inscrito con un servidor central. Inscríbalo en "
                "Configuración con la dirección del servidor y un código de inscripción.",
            )
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
            from bienestar_field.sync.commands import engine_for, forget_search_index
            from bienestar_field.sync.engine import SyncProgress

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
            report = engine.sync()
            if report.pulled_records:
                forget_search_index(casebook)
            return report

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
        self._failures = 0
        self.connection = Connection.ONLINE
        if report.pending_left:
            self.message = i18n.fill(
                translate(
                    "Sync",
                    "Quedan %1 cambios por enviar; se enviarán en la próxima sincronización.",
                ),
                report.pending_left,
            )
        elif report.quarantined:
            self.message = i18n.fill(
                translate(
                    "Sync",
                    "El servidor rechazó %1 cambios; se conservan en este equipo para que "
                    "una persona supervisora los revise (vea Sincronización).",
                ),
                report.quarantined,
            )
        else:
            self.message = i18n.fill(
                translate(
                    "Sync", "Sincronización completa: %1 cambios enviados, %2 registros recibidos."
                ),
                report.acknowledged,
                report.pulled_records,
            )
        self.progress.emit(1, 1)
        self.refresh()
        casebook = self._casebook
        if report.pulled_records and casebook is not None:
            self._runner.run_in_background(casebook.prepare_search, None, lambda _exc: None)
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
            from bienestar_field.sync.engine import enroll_device

            url = str(parse_setting("server_url", server_url))
            identity = enroll_device(
                casebook._db,
                casebook.keyring,
                server_url=url,
                code=code,
                label=f"casebook {casebook.device_fingerprint()}",
                user_id=casebook.user.id,
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


class EnrolForm(QWidget):
    """Server address and enrolment code; enrols in the background and says how it went."""

    done = Signal(str)  # the office

    def __init__(
        self,
        controller: SyncController,
        casebook: Casebook | None = None,
        server_url: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self.casebook = casebook
        self.server = QLineEdit(server_url or "")
        self.server.setPlaceholderText("https://…")
        self.code = QLineEdit()
        self.code.setMaxLength(64)
        self.enrol_button = QPushButton(self.tr("&Inscribir este equipo"))
        self.busy = BusyBar()
        self.error = ErrorLabel()
        self.status = WrappingLabel()
        self.status.setAccessibleName(self.tr("Resultado de la inscripción"))
        form = new_form()
        add_row(form, self.tr("Dirección del servidor"), self.server)
        add_row(form, self.tr("Código de inscripción"), self.code)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(hbox(self.enrol_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.enrol_button.clicked.connect(self.submit)
        self.server.textChanged.connect(self._update)
        self.code.textChanged.connect(self._update)
        self.code.returnPressed.connect(self.submit)
        self._working = False
        self._update()

    def _update(self) -> None:
        self.enrol_button.setEnabled(
            not self._working
            and bool(self.server.text().strip())
            and len(self.code.text().strip()) >= 4
        )

    def submit(self) -> None:
        if not self.enrol_button.isEnabled() or self.casebook is None:
            return
        self._working = True
        self._update()
        self.error.clear_message()
        self.status.setText("")
        self.busy.set_busy(True)
        self._controller.enroll(
            self.casebook,
            self.server.text().strip(),
            self.code.text().strip(),
            self._enrolled,
            self._failed,
            owner=self,
        )

    def _enrolled(self, identity: SyncIdentity) -> None:
        self._working = False
        self.busy.set_busy(False)
        self.code.clear()
        self._update()
        self.status.setText(
            i18n.fill(
                self.tr("Equipo inscrito con el servidor central, oficina «%1»."), identity.office
            )
        )
        self.done.emit(identity.office)

    def _failed(self, exc: Exception) -> None:
        self._working = False
        self.busy.set_busy(False)
        self._update()
        self.error.show_message(describe_sync_error(exc))


class SyncPage(QWidget):
    """Sync now, its progress and outcome, the history of runs and the refused changes."""

    COLUMNS = 6

    def __init__(
        self,
        controller: SyncController,
        database: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._database = database
        self._runner = runner
        self.state = WrappingLabel()
        self.state.setAccessibleName(self.tr("Estado de la sincronización"))
        self.sync_button = QPushButton(self.tr("Sincronizar ahora (F5)"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avance de la sincronización"))
        self.progress.setTextVisible(True)
        self.message = WrappingLabel()
        self.message.setAccessibleName(self.tr("Resultado de la sincronización"))
        self.history = QTableWidget(0, self.COLUMNS)
        self.history.setAccessibleName(self.tr("Historial de sincronizaciones"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Fecha y hora"),
                self.tr("Resultado"),
                self.tr("Enviados"),
                self.tr("Confirmados"),
                self.tr("Rechazados"),
                self.tr("Recibidos"),
            ]
        )
        self.rejected = QTableWidget(0, 4)
        self.rejected.setAccessibleName(self.tr("Cambios rechazados por el servidor"))
        self.rejected.setHorizontalHeaderLabels(
            [self.tr("Fecha y hora"), self.tr("Registro"), self.tr("Operación"), self.tr("Motivo")]
        )
        for table in (self.history, self.rejected):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.setMinimumHeight(160)
        self.rejected_note = wrapping_label(
            self.tr(
                "Los cambios que el servidor rechazó no se pierden: se quedan en este equipo "
                "para que una persona supervisora los revise."
            )
        )

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title_label(self.tr("Sincronización")))
        layout.addWidget(self.state)
        layout.addLayout(hbox(self.sync_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(title_label(self.tr("Últimas sincronizaciones"), "subtitle"))
        layout.addWidget(self.history, 2)
        layout.addWidget(title_label(self.tr("Cambios rechazados"), "subtitle"))
        layout.addWidget(self.rejected_note)
        layout.addWidget(self.rejected, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

        self.sync_button.clicked.connect(controller.sync_now)
        controller.changed.connect(self._show_state)
        controller.progress.connect(self._show_progress)
        controller.sync_finished.connect(lambda _ok: self.reload())
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._show_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def _show_state(self) -> None:
        controller = self._controller
        status = controller.status
        parts = [connection_text(controller.connection).lstrip("● ")]
        if status is not None:
            parts.append(pending_text(status.pending))
            parts.append(last_sync_text(status.last_success_at))
        self.state.setText(" · ".join(parts))
        self.message.setText(controller.message)
        # Only while a sync runs: an idle bar at 0 % would read as "nothing was sent".
        self.progress.setVisible(controller.syncing)
        self.sync_button.setEnabled(
            not controller.syncing and controller.connection is not Connection.REVOKED
        )

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def reload(self) -> None:
        database = self._database

        def read() -> tuple[list[SyncRun], list[RejectedChange]]:
            from bienestar_field.sync.store import recent_runs, rejected_changes

            return recent_runs(database, limit=20), rejected_changes(database)

        self._runner.run_in_background(read, self._show_history, owner=self)

    def _show_history(self, found: tuple[list[SyncRun], list[RejectedChange]]) -> None:
        runs, rejected = found
        self.history.setRowCount(len(runs))
        for row, run in enumerate(runs):
            values = (
                i18n.format_timestamp(run.started_at),
                outcome_label(run.outcome),
                str(run.pushed),
                str(run.acknowledged),
                str(run.rejected),
                str(run.pulled),
            )
            # The message as each cell's tooltip: a column of its own would not fit at large
            # text sizes, and the outcome already says what happened.
            message = _run_message(run)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(message)
                if 2 <= column <= 5:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.history.setItem(row, column, item)
        self.rejected.setRowCount(len(rejected))
        for row, change in enumerate(rejected):
            cells = (
                i18n.format_timestamp(change.created_at),
                f"{change.entity} {change.entity_id[-12:]}",
                change.operation,
                change.reason or "",
            )
            for column, value in enumerate(cells):
                self.rejected.setItem(row, column, QTableWidgetItem(value))
        self.history.resizeRowsToContents()
        self.rejected.resizeRowsToContents()


def _run_message(run: SyncRun) -> str:
    if run.outcome == "transient":
        return translate("Sync", "No se pudo conectar con el servidor.")
    if run.outcome == "revoked":
        return translate("Sync", "La oficina central dio de baja este equipo.")
    if run.outcome == "cancelled":
        return translate("Sync", "Se detuvo al bloquear o cerrar la aplicación.")
    return run.message or ""
