"""The USB buttons and the preview shown before anything moves, for the sync and collection
pages: export this laptop's pending work, import a receipt, and (a supervisor) import a
caseworker's batch. The folder or file is picked in a dialog; what it holds is shown in a
card with "Confirmar" and "Cancelar" before it is written or kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
from bienestar_field.ui.syncing.relay_controller import EXPORT, CollectionController
from bienestar_field.ui.syncing.relay_texts import summary_lines
from bienestar_field.ui.widgets import ErrorLabel, FlowLayout, WrappingLabel, card, wrapping_label


class RelayPanel(QWidget):
    """``collect``: also the supervisor's "import a caseworker's batch"."""

    def __init__(
        self, controller: CollectionController, *, collect: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.export_button = QPushButton(self.tr("Exportar lo pendiente a USB…"))
        self.export_button.setAccessibleName(
            self.tr("Exportar los cambios pendientes de este equipo a una memoria USB")
        )
        self.import_button = QPushButton(self.tr("Importar un lote desde USB…"))
        self.import_button.setAccessibleName(
            self.tr("Importar el lote sellado de otro equipo desde una memoria USB")
        )
        self.import_button.setVisible(collect)
        self.receipt_button = QPushButton(self.tr("Importar un recibo…"))
        self.receipt_button.setAccessibleName(
            self.tr("Importar el recibo que trajo la persona supervisora")
        )
        self.preview_title = QLabel()
        self.preview_title.setProperty("role", "subtitle")
        self.preview_title.setWordWrap(True)
        self.preview_form = QFormLayout()
        self.preview_note = wrapping_label()
        self.confirm_button = QPushButton(self.tr("&Confirmar"))
        self.cancel_button = QPushButton(self.tr("Cancelar"))
        inner = QVBoxLayout()
        inner.addWidget(self.preview_title)
        inner.addLayout(self.preview_form)
        inner.addWidget(self.preview_note)
        answer = FlowLayout()
        answer.addWidget(self.confirm_button)
        answer.addWidget(self.cancel_button)
        inner.addLayout(answer)
        self.preview_card = card(inner)
        self.preview_card.setAccessibleName(self.tr("Contenido del lote"))
        self.preview_card.setVisible(False)
        self.status = WrappingLabel()
        self.status.setAccessibleName(self.tr("Resultado"))
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # A flowing row: long labels at large text wrap instead of widening the page.
        buttons = FlowLayout()
        for button in (self.export_button, self.import_button, self.receipt_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_card)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button.clicked.connect(self.choose_batch_file)
        self.receipt_button.clicked.connect(self.choose_receipt_file)
        self.confirm_button.clicked.connect(controller.confirm)
        self.cancel_button.clicked.connect(controller.cancel)
        controller.preview_changed.connect(self._show_preview)
        controller.message.connect(self._show_message)

    # --- pickers (tests call the controller with a path instead) ----------------------------

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Carpeta de la memoria USB donde escribir el lote")
        )
        if folder:
            self.controller.preview_export(Path(folder))

    def choose_batch_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Lote sellado en la memoria USB"), "", self.tr("Lotes (*.json)")
        )
        if path:
            self.controller.preview_import(Path(path))

    def choose_receipt_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Recibo en la memoria USB"), "", self.tr("Recibos (*.json)")
        )
        if path:
            self.controller.import_receipt(Path(path))

    # --- what the controller says ----------------------------------------------------------

    def _show_preview(self) -> None:
        preview = self.controller.preview
        while self.preview_form.rowCount():
            self.preview_form.removeRow(0)
        if preview is None:
            self.preview_card.setVisible(False)
            return
        if preview.action == EXPORT:
            self.preview_title.setText(self.tr("Se escribirá este lote sellado:"))
            self.preview_note.setText(
                i18n.fill(
                    self.tr(
                        "Solo el servidor central puede abrirlo. Los cambios siguen pendientes "
                        "en este equipo hasta que vuelva el recibo o se sincronice. Archivo: %1"
                    ),
                    preview.path.name,
                )
            )
            self.confirm_button.setText(self.tr("&Escribir en la USB"))
        else:
            self.preview_title.setText(self.tr("El lote contiene:"))
            self.preview_note.setText(
                self.tr(
                    "Se guarda sellado, tal como llegó: este equipo no puede leerlo. Se envía "
                    "al servidor en la próxima sincronización."
                )
            )
            self.confirm_button.setText(self.tr("&Importar el lote"))
        for label, value in summary_lines(preview.summary):
            text = QLabel(value)
            text.setWordWrap(True)
            self.preview_form.addRow(label, text)
        self.preview_card.setVisible(True)
        self.confirm_button.setFocus()

    def _show_message(self, text: str, error: bool) -> None:
        if error:
            self.status.clear()
            self.error.show_message(text)
        else:
            self.error.clear_message()
            self.status.setText(text)
