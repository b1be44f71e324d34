"""The sync page: sync now, its progress and outcome, the runs so far and the refused changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.platform.config import plain_http_to_remote
from bienestar_field.ui import i18n
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.controller import SyncController
from bienestar_field.ui.syncing.texts import (
    outcome_label,
    plain_http_text,
    run_message,
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
    from bienestar_field.sync.store import RejectedChange, SyncRun


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
        layout.addWidget(self.plain_http)
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

        def read() -> tuple[list[SyncRun], list[RejectedChange]]:
            from bienestar_field.sync.store import recent_runs, rejected_changes

            return recent_runs(casebook, limit=20), rejected_changes(casebook)

        self._runner.run_in_background(read, self._show_history, owner=self)

    def _show_history(self, found: tuple[list[SyncRun], list[RejectedChange]]) -> None:
        runs, rejected = found
        self.history_model.set_rows(runs)
        self.rejected_model.set_rows(rejected)
        self.history.resizeRowsToContents()
        self.rejected.resizeRowsToContents()


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
            lambda change: f"{change.entity} {change.entity_id[-12:]}",
        ),
        Column("operation", translate("SyncPage", "Operación"), lambda change: change.operation),
        Column("reason", translate("SyncPage", "Motivo"), lambda change: change.reason or ""),
    )
