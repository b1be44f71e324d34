"""The enrolment form: server address and code, shared by the set-up wizard and the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from bienestar_field.platform.config import plain_http_to_remote
from bienestar_field.ui import i18n
from bienestar_field.ui.syncing.controller import SyncController
from bienestar_field.ui.syncing.texts import describe_sync_error, plain_http_text
from bienestar_field.ui.widgets import BusyBar, ErrorLabel, WrappingLabel, add_row, hbox, new_form

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.sync.store import SyncIdentity


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
        # Said before enrolling, while the address is typed: not only once something failed.
        self.plain_http = ErrorLabel()
        self.plain_http.setAccessibleName(self.tr("Aviso sobre la dirección del servidor"))
        self.status = WrappingLabel()
        self.status.setAccessibleName(self.tr("Resultado de la inscripción"))
        form = new_form()
        add_row(form, self.tr("Dirección del servidor"), self.server)
        add_row(form, self.tr("Código de inscripción"), self.code)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.plain_http)
        layout.addLayout(hbox(self.enrol_button))
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        self.enrol_button.clicked.connect(self.submit)
        self.server.textChanged.connect(self._update)
        self.server.textChanged.connect(self._warn_plain_http)
        self.code.textChanged.connect(self._update)
        self.code.returnPressed.connect(self.submit)
        self._working = False
        self._update()
        self._warn_plain_http()

    def _warn_plain_http(self) -> None:
        if plain_http_to_remote(self.server.text()):
            self.plain_http.show_message(plain_http_text(), warning=True)
        else:
            self.plain_http.clear_message()

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
