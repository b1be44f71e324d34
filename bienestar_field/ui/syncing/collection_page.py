"""The supervisor's collection page: caseworkers' sealed batches carried by USB stick.

Import a batch (after seeing what its signed manifest says it holds), export this laptop's
own pending work, list the day's batches with their fate on the server, sync, and write the
receipts to carry back. Only a supervisor's workspace has this page; the casebook refuses its
use cases to other roles as well.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.syncing.relay_controller import CollectionController
from bienestar_field.ui.syncing.relay_panel import RelayPanel
from bienestar_field.ui.syncing.relay_texts import device_text, kinds_text, span_text, status_text
from bienestar_field.ui.table_fit import one_line_rows
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import FlowLayout, scrolling, title_label, wrapping_label

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.sync.relay import CarriedBatch
    from bienestar_field.ui.syncing.controller import SyncController


class CollectionPage(QWidget):
    def __init__(
        self,
        sync: SyncController | None,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = CollectionController(casebook, runner, sync, self)
        self.panel = RelayPanel(self.controller, collect=True)
        self.intro = wrapping_label(
            self.tr(
                "Recoja aquí los lotes sellados de los equipos que no tienen internet. Antes "
                "de importar se muestra qué contiene cada lote; se guarda sellado y se envía "
                "al servidor en la próxima sincronización. Después guarde los recibos y "
                "llévelos de vuelta."
            )
        )
        self.model = TableModel(batch_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lotes recogidos hoy"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        # One line a row: who and the fate stretch and elide (their tooltips say it whole);
        # the span goes first when the page is narrow (large text, a netbook).
        one_line_rows(
            self.table,
            flexible=(self.model.column("who"), self.model.column("status")),
            visible_rows=4,
            optional=(self.model.column("span"),),
        )
        self.empty = wrapping_label(self.tr("Hoy todavía no se ha importado ningún lote."))
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"))
        self.receipts_button = QPushButton(self.tr("Guardar recibos en USB…"))
        self.receipts_button.setAccessibleName(
            self.tr("Guardar los recibos del equipo seleccionado, o de todos, en una memoria USB")
        )

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title_label(self.tr("Recolección de lotes")))
        layout.addWidget(self.intro)
        layout.addWidget(self.panel)
        layout.addWidget(title_label(self.tr("Lotes de hoy"), "subtitle"))
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        actions = FlowLayout()
        actions.addWidget(self.sync_button)
        actions.addWidget(self.receipts_button)
        layout.addLayout(actions)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

        self.sync_button.clicked.connect(self.controller.sync_now)
        self.receipts_button.clicked.connect(self.choose_receipts_folder)
        self.controller.batches_changed.connect(self._show_batches)
        if sync is not None:
            sync.sync_finished.connect(lambda _ok: self.controller.reload())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.reload()

    def _show_batches(self) -> None:
        self.model.set_rows(self.controller.batches)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.controller.batches)
        self.receipts_button.setEnabled(any(b.has_receipt for b in self.controller.batches))

    def selected_device(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].device_id if rows else None

    def choose_receipts_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Carpeta de la memoria USB donde guardar los recibos")
        )
        if folder:
            self.write_receipts(Path(folder))

    def write_receipts(self, folder: Path) -> None:
        self.controller.write_receipts(folder, self.selected_device())


def batch_columns() -> tuple[Column[CarriedBatch], ...]:
    number = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return (
        Column(
            "imported",
            translate("CollectionPage", "Importado"),
            lambda b: i18n.format_timestamp(b.imported_at),
        ),
        Column(
            "who",
            translate("CollectionPage", "De"),
            lambda b: f"{b.exported_by} ({device_text(b.device_id)})",
            tooltip=lambda b: f"{b.exported_by} ({b.device_id})",
        ),
        Column(
            "records",
            translate("CollectionPage", "Registros"),
            lambda b: str(b.changes),
            alignment=number,
            tooltip=lambda b: kinds_text(
                b.households, b.persons, b.enrollments, b.attendance_checks
            ),
        ),
        Column(
            "span",
            translate("CollectionPage", "Periodo"),
            lambda b: span_text(b.first_at, b.last_at),
        ),
        Column(
            "status",
            translate("CollectionPage", "En el servidor"),
            status_text,
            tooltip=lambda b: status_text(b) + (f" ({b.reason})" if b.reason else ""),
        ),
    )
