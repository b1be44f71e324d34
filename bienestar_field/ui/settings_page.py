"""Settings: language, idle lock, large text, high contrast; and adding another user."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.receipt import DeviceCode
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    PassphraseFields,
    WrappingLabel,
    add_row,
    combo,
    combo_value,
    hbox,
    new_form,
    scrolling,
    set_combo_value,
    title_label,
    wrapping_label,
)

if TYPE_CHECKING:
    from bienestar_field.ui.syncing.controller import SyncController
    from bienestar_field.ui.syncing.enrol_form import EnrolForm


class SettingsPage(QWidget):
    """Emits ``apply`` with the new settings; the shell saves and applies them."""

    apply = Signal(object)

    def __init__(
        self,
        settings: Settings,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
        device: DeviceCode | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._device = device or DeviceCode()
        self._casebook = casebook
        self._runner = runner
        self.language = combo([("Español (México)", "es_MX"), ("English", "en")])
        set_combo_value(self.language, settings.language)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setValue(settings.idle_lock_minutes)
        self.idle_minutes.setSuffix(self.tr(" minutos"))
        self.large_text = QCheckBox(self.tr("Letra grande"))
        self.large_text.setChecked(settings.large_text)
        self.high_contrast = QCheckBox(self.tr("Alto contraste"))
        self.high_contrast.setChecked(settings.high_contrast)
        self.save_button = QPushButton(self.tr("&Aplicar"))
        self.status = WrappingLabel()
        self.user_name = QLineEdit()
        # Only the roles this user may give: a caseworker or clerk adds no supervisor.
        self.user_role = combo(
            [(i18n.role_label(r), r.value) for r in casebook.users.roles_to_add()]
        )
        self.add_user_button = QPushButton(self.tr("Agre&gar usuario"))
        self.user_error = ErrorLabel()
        self.user_status = WrappingLabel()

        # One form for both parts, so their labels and fields line up.
        form = new_form()
        add_row(form, self.tr("Idioma"), self.language)
        add_row(form, self.tr("Bloquear la pantalla tras"), self.idle_minutes)
        form.addRow("", self.large_text)
        form.addRow("", self.high_contrast)
        self.server_label = QLabel(settings.server_url or self.tr("sin servidor configurado"))
        form.addRow(self.tr("Servidor"), self.server_label)
        # By its office and code, as on receipts and at the central office: never a hex id.
        self.device_label = QLabel(self._device.label() or self.tr("—"))
        form.addRow(self.tr("Equipo"), self.device_label)
        self.catalog_label = WrappingLabel()
        form.addRow(self.tr("Catálogo de programas"), self.catalog_label)
        self.show_catalogs()
        form.addRow("", hbox(self.save_button))
        form.addRow(self.status)
        self.enrol_form: EnrolForm | None = None
        if sync is not None:
            from bienestar_field.ui.syncing.enrol_form import EnrolForm

            server_title = title_label(self.tr("Servidor central"), "subtitle")
            server_title.setContentsMargins(0, 12, 0, 0)
            form.addRow(server_title)
            form.addRow(
                wrapping_label(
                    self.tr(
                        "Para enviar los registros a la oficina central, escriba la dirección "
                        "del servidor y el código de inscripción que le dio su supervisor. "
                        "Sirve también para inscribir de nuevo un equipo dado de baja."
                    )
                )
            )
            self.enrol_form = EnrolForm(sync, casebook, settings.server_url)
            self.enrol_form.done.connect(self._enrolled)
            form.addRow(self.enrol_form)
        users_title = title_label(self.tr("Otra persona usuaria en este equipo"), "subtitle")
        users_title.setContentsMargins(0, 12, 0, 0)
        form.addRow(users_title)
        form.addRow(
            wrapping_label(
                self.tr("Cada persona que use este equipo necesita su propia frase de acceso.")
            )
        )
        add_row(form, self.tr("Nombre de usuario"), self.user_name, required=True)
        add_row(form, self.tr("Rol"), self.user_role)
        self.user_passphrase = PassphraseFields(self, form=form)
        form.addRow(self.user_error)
        form.addRow(self.user_status)
        form.addRow("", hbox(self.add_user_button))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title_label(self.tr("Configuración")))
        layout.addLayout(form)
        layout.addStretch(1)
        scroll = scrolling(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.save_button.clicked.connect(self.submit)
        self.add_user_button.clicked.connect(self.add_user)
        self.user_passphrase.changed.connect(self._update_add_user)
        self.user_name.textChanged.connect(self._update_add_user)
        self._update_add_user()

    def show_catalogs(self) -> None:
        """The catalog in force by this computer's clock, and those waiting for their day
        (published ahead, delivered by sync, in force on their date with or without signal)."""
        casebook = self._casebook
        now = casebook.now()
        active = casebook.catalogs.active(now)
        lines = [
            i18n.fill(
                self.tr("Vigente: versión %1, desde el %2"),
                active.version,
                i18n.format_date(active.valid_from),
            )
        ]
        lines.extend(
            i18n.fill(
                self.tr("Pendiente: versión %1, entra en vigor el %2"),
                pending.version,
                i18n.format_date(pending.valid_from),
            )
            for pending in casebook.catalogs.pending(now)
        )
        self.catalog_label.setText("\n".join(lines))

    def showEvent(self, event: QShowEvent) -> None:
        # A pending catalog may have come into force, or arrived by sync, since last shown.
        self.show_catalogs()
        super().showEvent(event)

    def _enrolled(self, office: str) -> None:
        # The URL was saved by the enrolment; keep it when these settings are applied later.
        assert self.enrol_form is not None
        url = self.enrol_form.server.text().strip().rstrip("/")
        self._settings = replace(self._settings, server_url=url)
        self.server_label.setText(url)
        self._device.office = office
        self.device_label.setText(self._device.label() or self.tr("—"))

    def chosen(self) -> Settings:
        return replace(
            self._settings,
            language=combo_value(self.language) or "es_MX",
            idle_lock_minutes=self.idle_minutes.value(),
            large_text=self.large_text.isChecked(),
            high_contrast=self.high_contrast.isChecked(),
        )

    def submit(self) -> None:
        self.apply.emit(self.chosen())

    def _update_add_user(self) -> None:
        self.add_user_button.setEnabled(
            len(self.user_name.text().strip()) >= 2 and self.user_passphrase.is_acceptable()
        )

    def add_user(self) -> None:
        name = self.user_name.text().strip()
        role = Role(combo_value(self.user_role))
        passphrase = self.user_passphrase.value()
        casebook = self._casebook
        self.user_error.clear_message()
        self.add_user_button.setEnabled(False)
        self._runner.run_in_background(
            lambda: casebook.users.add(name, role, passphrase),
            lambda _info: self._user_added(name),
            self._user_failed,
            owner=self,
        )

    def _user_added(self, name: str) -> None:
        self.user_status.setText(i18n.fill(self.tr("Se agregó a %1."), name))
        self.user_name.clear()
        self.user_passphrase.passphrase.clear()
        self.user_passphrase.confirm.clear()

    def _user_failed(self, exc: Exception) -> None:
        self._update_add_user()
        self.user_error.show_message(describe_error(exc))
