"""The unlock screen: pick a user, type the passphrase; back-off shown as a countdown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
from bienestar_field.ui.display_options import Display, DisplayOptions
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    BusyBar,
    ErrorLabel,
    PassphraseFields,
    add_row,
    new_form,
    title_label,
    wrapping_label,
)

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook, CasebookStore
    from bienestar_field.domain.users import UserInfo


class UnlockScreen(QWidget):
    """Emits ``unlocked`` with the casebook once a passphrase opens it.

    ``store`` gives the casebook file on the worker thread, where it has been opened before any
    job of this screen runs; so the screen can show, with ``users`` read beforehand, while the
    casebook is still opening, and an unlock typed meanwhile waits behind the opening.
    """

    unlocked = Signal(object)
    # Language, large text or contrast chosen here: the shell applies it and rebuilds the screen.
    display_changed = Signal(object)

    def __init__(
        self,
        store: Callable[[], CasebookStore],
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        preferred_user: str | None = None,
        users: list[UserInfo] | None = None,
        display: Display | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._preferred_user = preferred_user
        self._wait_seconds = 0
        self.users: list[UserInfo] | None = None
        self.options = DisplayOptions(display or Display("es_MX", False, False))
        self.options.changed.connect(self.display_changed)
        self.user = QComboBox()
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("&Desbloquear"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.forgot_button = QPushButton(self.tr("Olvidé mi frase de acceso…"))
        self.message = ErrorLabel()
        self.countdown = wrapping_label()
        self.countdown.setAccessibleName(self.tr("Tiempo de espera"))
        self.busy = BusyBar()
        self.busy.setMaximumWidth(10000)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        form = new_form()
        add_row(form, self.tr("Persona usuaria"), self.user)
        self.passphrase_field = add_row(form, self.tr("Frase de acceso"), self.passphrase)
        box = QVBoxLayout()
        box.addWidget(title_label(self.tr("Bienestar Field")))
        box.addWidget(
            wrapping_label(
                self.tr(
                    "Los datos de este equipo están cifrados. Elija su nombre y escriba su frase de acceso."  # noqa: E501 - one translatable string
                )
            )
        )
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.countdown)
        box.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addWidget(self.forgot_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        box.addSpacing(max(12, self.fontMetrics().height()))
        box.addWidget(self.options)
        panel = QWidget()
        panel.setLayout(box)
        # Wide enough for "name — role" in the list at any text size.
        panel.setMaximumWidth(max(640, panel.fontMetrics().averageCharWidth() * 80))
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(panel)
        column.addStretch(2)
        outer.addLayout(column, 4)
        outer.addStretch(1)

        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.forgot_button.clicked.connect(self.open_recovery)
        self.user.currentIndexChanged.connect(self._user_changed)
        self.setTabOrder(self.user, self.passphrase)
        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.options.language)
        self.setTabOrder(self.options.language, self.options.large_text)
        self.setTabOrder(self.options.large_text, self.options.high_contrast)
        if users is None:
            self.load_users()
        else:
            self._show_users(users)

    def load_users(self) -> None:
        store = self._store
        self._runner.run_in_background(lambda: store().users(), self._show_users, owner=self)

    def _show_users(self, users: list[UserInfo]) -> None:
        self.users = users
        self.user.clear()
        for info in users:
            self.user.addItem(f"{info.name} — {i18n.role_label(info.role)}", info.name)
        if self._preferred_user:
            index = self.user.findData(self._preferred_user)
            if index >= 0:
                self.user.setCurrentIndex(index)
        self.passphrase.setFocus()  # and again once shown, if listed before (at start-up)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.user.count():
            self.passphrase.setFocus()

    def _user_changed(self) -> None:
        self.message.clear_message()
        self._stop_countdown()

    def user_name(self) -> str:
        value = self.user.currentData()
        return value if isinstance(value, str) else ""

    def try_unlock(self) -> None:
        if self._wait_seconds > 0 or not self.unlock_button.isEnabled():
            return
        name, passphrase = self.user_name(), self.passphrase.text()
        if not name:
            return
        if not passphrase:
            self.message.show_message(self.tr("Escriba su frase de acceso."))
            return
        self.message.clear_message()
        self.countdown.setText(self.tr("Abriendo los datos cifrados…"))
        self.busy.set_busy(True)
        self.unlock_button.setEnabled(False)
        self._runner.run_in_background(
            lambda: self._store().unlock(name, passphrase), self._opened, self._failed, owner=self
        )

    def _opened(self, casebook: Casebook) -> None:
        self.busy.set_busy(False)
        self.passphrase.clear()
        self.countdown.setText("")
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(casebook)

    def _failed(self, exc: Exception) -> None:
        self.busy.set_busy(False)
        self.countdown.setText("")
        self.unlock_button.setEnabled(True)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.show_message(describe_error(exc))
        code = getattr(exc, "code", "")
        if code == "throttled":
            self._start_countdown(int(getattr(exc, "retry_after_seconds", 0)))
        elif code == "locked":
            self.unlock_button.setEnabled(False)

    def _start_countdown(self, seconds: int) -> None:
        self._wait_seconds = max(0, seconds)
        if self._wait_seconds:
            self.unlock_button.setEnabled(False)
            self._show_countdown()
            self._timer.start()

    def _stop_countdown(self) -> None:
        self._timer.stop()
        self._wait_seconds = 0
        self.countdown.setText("")
        self.unlock_button.setEnabled(True)

    def _show_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Podrá intentar de nuevo en %n segundos.", "", self._wait_seconds)
        )

    def _tick(self) -> None:
        self._wait_seconds -= 1
        if self._wait_seconds <= 0:
            self._stop_countdown()
            self.message.clear_message()
            self.countdown.setText(self.tr("Ya puede intentar de nuevo."))
            return
        self._show_countdown()

    def take_over(self, old: UnlockScreen) -> None:
        """What was chosen and typed on the screen this one replaces (a change of language or
        size rebuilds it), and the keyboard focus back on the option just changed."""
        index = self.user.findData(old.user_name())
        if index >= 0:
            self.user.setCurrentIndex(index)
        self.passphrase.setText(old.passphrase.text())
        if old._wait_seconds > 0:
            self._start_countdown(old._wait_seconds)
        self.options.focus_control(old.options.focused_control() or "language")

    def open_recovery(self) -> None:
        dialog = RecoveryDialog(self._store, self._runner, self.user_name(), self)
        dialog.recovered.connect(self._recovered)
        dialog.open()

    def _recovered(self, casebook: Casebook) -> None:
        self._stop_countdown()
        self.unlocked.emit(casebook)


class RecoveryDialog(QDialog):
    """Recovery code and a new passphrase; unlocks on success."""

    recovered = Signal(object)

    def __init__(
        self,
        store: Callable[[], CasebookStore],
        runner: TaskRunner,
        user_name: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._user_name = user_name
        self.setWindowTitle(self.tr("Poner una frase de acceso nueva"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.error = ErrorLabel()
        self.busy = BusyBar()
        self.ok = QPushButton(self.tr("&Cambiar y abrir"))
        self.ok.setDefault(True)
        self.cancel = QPushButton(self.tr("Cancelar"))
        form = new_form()
        self.code_field = add_row(form, self.tr("Código de recuperación"), self.code, required=True)
        self.passphrase = PassphraseFields(self, form=form)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                i18n.fill(
                    self.tr(
                        "Persona usuaria: %1. Escriba el código que anotó al preparar el equipo."
                    ),
                    user_name,
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        layout.addLayout(buttons)
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        self.passphrase.changed.connect(self._update)
        self.code.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.code.text().strip()) and self.passphrase.is_acceptable())

    def submit(self) -> None:
        code, name, passphrase = self.code.text(), self._user_name, self.passphrase.value()
        self.error.clear_message()
        self.busy.set_busy(True)
        self.ok.setEnabled(False)
        self._runner.run_in_background(
            lambda: self._store().recover(code, name, passphrase),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, casebook: Casebook) -> None:
        self.busy.set_busy(False)
        self.accept()
        self.recovered.emit(casebook)

    def _failed(self, exc: Exception) -> None:
        self.busy.set_busy(False)
        self._update()
        if getattr(exc, "code", "") == "casebook":
            self.code_field.error.show_message(self.tr("El código de recuperación no es correcto."))
        else:
            self.error.show_message(describe_error(exc))


__all__ = ["RecoveryDialog", "UnlockScreen"]
