"""The sync page: sync now, its progress and outcome, the runs so far, the changes the server
refused (retried, or discarded by a supervisor) and the received records set aside."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.platform.config import plain_http_to_remote
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.history import operation_label
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.controller import SyncController
from bienestar_field.ui.syncing.relay_controller import CollectionController
from bienestar_field.ui.syncing.relay_panel import RelayPanel
from bienestar_field.ui.syncing.texts import (
    discarded_text,
    entity_label,
    outcome_label,
    plain_http_text,
    refusal_reason,
    retried_text,
    run_message,
    set_aside_reason,
    status_line,
)
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    WrappingLabel,
    hbox,
    scrolling,
    title_label,
    wrapping_label,
)

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.sync.store import RejectedChange, SetAside, SyncRun

    _Found = tuple[list[SyncRun], list[RejectedChange], list[SetAside]]


class SyncPage(QWidget):
    """Sync now, its progress and outcome, the history of runs and the refused changes."""

    def __init__(
        self,
        controller: SyncController,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._casebook = casebook
        self._runner = runner
        self.state = WrappingLabel()
        self.state.setAccessibleName(self.tr("Estado de la sincronización"))
        self.plain_http = ErrorLabel()
        self.plain_http.setAccessibleName(self.tr("Aviso sobre la dirección del servidor"))
        self.sync_button = QPushButton(self.tr("Sincronizar ahora (F5)"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Avance de la sincronización"))
        self.progress.setTextVisible(True)
        self.message = WrappingLabel()
        self.message.setAccessibleName(self.tr("Resultado de la sincronización"))
        self.history_model = TableModel(run_columns(), self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Historial de sincronizaciones"))
        self.rejected_model = TableModel(rejected_columns(), self)
        self.rejected = QTableView()
        self.rejected.setModel(self.rejected_model)
        self.rejected.setAccessibleName(self.tr("Cambios rechazados por el servidor"))
        for table in (self.history, self.rejected):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(True)
            table.setMinimumHeight(160)
        self.rejected.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rejected_note = wrapping_label(
            self.tr(
                "Los cambios que el servidor rechazó no se pierden ni se reenvían solos: se "
                "quedan en este equipo. Al corregir y guardar el registro se vuelven a enviar; "
                "también puede reintentarlos tal como están o, si es supervisor(a), "
                "descartarlos."
            )
        )
        self.retry_button = QPushButton(self.tr("Reintentar los seleccionados"))
        self.retry_button.setAccessibleName(self.tr("Reintentar los cambios seleccionados"))
        self.discard_button = QPushButton(self.tr("Descartar los seleccionados…"))
        self.discard_button.setAccessibleName(self.tr("Descartar los cambios seleccionados"))
        self.discard_button.setVisible(casebook.refused.may_discard)
        self.refused_message = WrappingLabel()
        self.refused_message.setAccessibleName(self.tr("Resultado de la revisión"))
        self.set_aside_model = TableModel(set_aside_columns(), self)
        self.set_aside = QTableView()
        self.set_aside.setModel(self.set_aside_model)
        self.set_aside.setAccessibleName(self.tr("Registros recibidos que se apartaron"))
        self.set_aside.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_aside.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.set_aside.verticalHeader().setVisible(False)
        self.set_aside.setWordWrap(True)
        aside_header = self.set_aside.horizontalHeader()
        aside_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        aside_header.setStretchLastSection(True)
        self.set_aside.setMinimumHeight(120)
        self.set_aside_note = wrapping_label(
            self.tr(
                "Registros que llegaron del servidor pero este equipo no pudo guardar. No "
                "detienen la sincronización: se guardan aparte, cifrados, y se vuelven a "
                "intentar en cada sincronización. Avise a la oficina central."
            )
        )

        # Without internet: this laptop's pending work to a USB stick, and the receipt back.
        self.relay = RelayPanel(
            CollectionController(casebook, runner, controller, self), collect=False
        )
        self.relay_note = wrapping_label(
            self.tr(
                "Sin internet, exporte lo pendiente a una memoria USB para que una persona "
                "supervisora lo lleve al servidor; cuando traiga el recibo, impórtelo aquí."
            )
        )

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title_label(self.tr("Sincronización")))
        layout.addWidget(self.state)
        layout.addWidget(self.plain_http)
        layout.addLayout(hbox(self.sync_button))
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(title_label(self.tr("Últimas sincronizaciones"), "subtitle"))
        layout.addWidget(self.history, 2)
        layout.addWidget(title_label(self.tr("Cambios rechazados"), "subtitle"))
        layout.addWidget(self.rejected_note)
        layout.addWidget(self.rejected, 1)
        layout.addLayout(hbox(self.retry_button, self.discard_button))
        layout.addWidget(self.refused_message)
        layout.addWidget(title_label(self.tr("Registros recibidos apartados"), "subtitle"))
        layout.addWidget(self.set_aside_note)
        layout.addWidget(self.set_aside, 1)
        layout.addWidget(title_label(self.tr("Por memoria USB"), "subtitle"))
        layout.addWidget(self.relay_note)
        layout.addWidget(self.relay)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

        self.sync_button.clicked.connect(controller.sync_now)
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.ask_discard_selected)
        self.rejected.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
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
        self.state.setText(status_line(controller.connection, controller.status))
        self.message.setText(controller.message)
        if plain_http_to_remote(controller.server_url):
            self.plain_http.show_message(plain_http_text(), warning=True)
        else:
            self.plain_http.clear_message()
        # Only while a sync runs: an idle bar at 0 % would read as "nothing was sent".
        self.progress.setVisible(controller.syncing)
        self.sync_button.setEnabled(
            not controller.syncing and controller.connection is not Connection.REVOKED
        )

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def reload(self) -> None:
        casebook = self._casebook

        def read() -> _Found:
            from bienestar_field.sync.store import (
                recent_runs,
                rejected_changes,
                set_aside_records,
            )

            return (
                recent_runs(casebook, limit=20),
                rejected_changes(casebook),
                set_aside_records(casebook),
            )

        self._runner.run_in_background(read, self._show_history, owner=self)

    def _show_history(self, found: _Found) -> None:
        runs, rejected, set_aside = found
        self.history_model.set_rows(runs)
        self.rejected_model.set_rows(rejected)
        self.set_aside_model.set_rows(set_aside)
        self.history.resizeRowsToContents()
        self.rejected.resizeRowsToContents()
        self.set_aside.resizeRowsToContents()
        self._selection_changed()

    # --- refused changes: retry, or a supervisor's discard --------------------------------

    def selected_change_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.rejected.selectionModel().selectedRows()})
        return [self.rejected_model.rows[r].change_id for r in rows]

    def _selection_changed(self, *_args: object) -> None:
        chosen = bool(self.rejected.selectionModel().selectedRows())
        self.retry_button.setEnabled(chosen)
        self.discard_button.setEnabled(chosen)

    def retry_selected(self) -> None:
        ids = self.selected_change_ids()
        if not ids:
            return
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.refused.retry(ids),
            lambda count: self._reviewed(retried_text(count)),
            self._review_failed,
            owner=self,
            writes=True,
        )

    def ask_discard_selected(self) -> None:
        """Ask first: a discarded change never reaches the server."""
        ids = self.selected_change_ids()
        if not ids:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Descartar cambios rechazados"))
        box.setText(
            i18n.fill(
                self.tr(
                    "¿Descartar %1 cambios rechazados? No se enviarán nunca al servidor. El "
                    "registro queda en este equipo tal como está, y el descarte queda en la "
                    "bitácora."
                ),
                len(ids),
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda answer: self.discard(ids) if answer == QMessageBox.StandardButton.Yes else None
        )
        self.discard_box = box
        box.open()

    def discard(self, ids: list[str]) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.refused.discard(ids),
            lambda count: self._reviewed(discarded_text(count)),
            self._review_failed,
            owner=self,
            writes=True,
        )

    def _reviewed(self, text: str) -> None:
        self.refused_message.setText(text)
        self._controller.refresh()
        self.reload()

    def _review_failed(self, exc: Exception) -> None:
        self.refused_message.setText(describe_error(exc))


def run_columns() -> tuple[Column[SyncRun], ...]:
    """The runs so far. The message is each cell's tooltip: a column of its own would not fit
    at large text sizes, and the outcome already says what happened."""
    number = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    def counted(name: str, header: str, count: Callable[[SyncRun], int]) -> Column[SyncRun]:
        return Column(
            name, header, lambda run: str(count(run)), alignment=number, tooltip=run_message
        )

    return (
        Column(
            "started",
            translate("SyncPage", "Fecha y hora"),
            lambda run: i18n.format_timestamp(run.started_at),
            tooltip=run_message,
        ),
        Column(
            "outcome",
            translate("SyncPage", "Resultado"),
            lambda run: outcome_label(run.outcome),
            tooltip=run_message,
        ),
        counted("pushed", translate("SyncPage", "Enviados"), lambda run: run.pushed),
        counted("acknowledged", translate("SyncPage", "Confirmados"), lambda run: run.acknowledged),
        counted("rejected", translate("SyncPage", "Rechazados"), lambda run: run.rejected),
        counted("pulled", translate("SyncPage", "Recibidos"), lambda run: run.pulled),
    )


def rejected_columns() -> tuple[Column[RejectedChange], ...]:
    return (
        Column(
            "created",
            translate("SyncPage", "Fecha y hora"),
            lambda change: i18n.format_timestamp(change.created_at),
        ),
        Column(
            "record",
            translate("SyncPage", "Registro"),
            lambda change: f"{entity_label(change.entity)} …{change.entity_id[-8:]}",
            tooltip=lambda change: change.entity_id,
        ),
        Column(
            "operation",
            translate("SyncPage", "Operación"),
            lambda change: operation_label(change.operation),
        ),
        Column(
            "reason",
            translate("SyncPage", "Motivo"),
            lambda change: refusal_reason(change.reason),
            tooltip=lambda change: change.reason or "",
        ),
    )


def set_aside_columns() -> tuple[Column[SetAside], ...]:
    return (
        Column(
            "pulled",
            translate("SyncPage", "Recibido"),
            lambda entry: i18n.format_timestamp(entry.pulled_at),
        ),
        Column(
            "record",
            translate("SyncPage", "Registro"),
            lambda entry: f"{entity_label(entry.entity)} …{entry.entity_id[-8:]}",
            tooltip=lambda entry: entry.entity_id,
        ),
        Column(
            "reason",
            translate("SyncPage", "Motivo"),
            lambda entry: set_aside_reason(entry.reason_code),
            tooltip=lambda entry: entry.reason,
        ),
    )
