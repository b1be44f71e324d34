"""First run: create the first user, show the recovery code once, and the device step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from bienestar_field.domain.users import Role
from bienestar_field.ui import i18n
from bienestar_field.ui.display_options import Display, DisplayOptions
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    BusyBar,
    ErrorLabel,
    PassphraseFields,
    add_row,
    combo,
    new_form,
    scrolling,
    wrapping_label,
)

if TYPE_CHECKING:
    # Only for types: the casebook (SQLAlchemy) loads on the worker while the wizard shows.
    from bienestar_field.casebook import Casebook, CasebookStore, SetupResult
    from bienestar_field.ui.syncing.controller import SyncController


class WelcomePage(QWizardPage):
    """What the wizard is for, and the language and size of the text, chosen first."""

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bienvenida"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Este equipo todavía no tiene personas usuarias. En tres pasos va a crear "
                    "la primera: su nombre, su rol y una frase de acceso que solo usted "
                    "conozca.\n\nTodo lo que registre se guarda cifrado en este equipo: sin "
                    "la frase de acceso nadie puede leerlo, aunque se pierda la computadora."
                )
            )
        )
        layout.addSpacing(max(12, self.fontMetrics().height()))
        self.options = DisplayOptions(display)
        layout.addWidget(self.options)
        layout.addStretch(1)


class UserPage(QWizardPage):
    """Name, role, passphrase. Creating the casebook runs in the background (Argon2id)."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Primera persona usuaria"))
        self.setSubTitle(
            self.tr("La frase de acceso protege los datos de las familias. No la comparta.")
        )
        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.role = combo([(i18n.role_label(r), r.value) for r in Role])
        self.error = ErrorLabel()
        self.busy = BusyBar()
        form = new_form()
        self.name_field = add_row(form, self.tr("Nombre de usuario"), self.name, required=True)
        add_row(form, self.tr("Rol"), self.role)
        self.passphrase = PassphraseFields(self, form=form)
        # In a scroll area: at large text the rules under the passphrase are taller than a
        # netbook's screen leaves for the page.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))
        self.name.textChanged.connect(self.completeChanged)
        self.passphrase.changed.connect(self.completeChanged)
        self.setCommitPage(True)

    def isComplete(self) -> bool:
        return (
            len(self.name.text().strip()) >= 2
            and self.passphrase.is_acceptable()
            and not self._wizard.creating
        )

    def validatePage(self) -> bool:
        if self._wizard.result_ is not None:
            return True
        self._wizard.create_user(
            self.name.text().strip(), Role(self.role.currentData()), self.passphrase.value()
        )
        return False


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Código de recuperación"))
        self.code = QLabel()
        self.code.setProperty("role", "code")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Código de recuperación"))
        self.written = QCheckBox(
            self.tr("Ya anoté el código en papel y lo guardé en un lugar seguro")
        )
        self.written.setAccessibleName(self.written.text())
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Anote este código en papel, tal como aparece, y guárdelo lejos de la "
                    "computadora. Solo se muestra esta vez. Si olvida su frase de acceso, "
                    "con este código podrá poner una nueva."
                )
            )
        )
        layout.addWidget(self.code)
        layout.addWidget(self.written)
        layout.addStretch(1)
        self.written.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        result = self._wizard.result_
        self.code.setText(result.recovery_code if result else "")

    def isComplete(self) -> bool:
        return self.written.isChecked()

    def validatePage(self) -> bool:
        # Shown once: forget it as soon as the person moves on.
        self.code.setText("")
        return True


class DevicePage(QWizardPage):
    """Optional: enrol the device with the central server (address and one-time code)."""

    def __init__(self, wizard: SetupWizard, sync: SyncController | None) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Inscripción del equipo"))
        layout = QVBoxLayout(self)
        if sync is None:
            self.server = QLineEdit()
            self.server.setPlaceholderText("https://…")
            self.code = QLineEdit()
            for edit in (self.server, self.code):
                edit.setEnabled(False)
            form = new_form()
            add_row(form, self.tr("Dirección del servidor"), self.server)
            add_row(form, self.tr("Código de inscripción"), self.code)
            layout.addWidget(
                wrapping_label(
                    self.tr(
                        "El servidor central no está configurado. Puede trabajar sin "
                        "conexión: todo se guarda en este equipo y se enviará cuando el "
                        "equipo se inscriba con el servidor."
                    )
                )
            )
            layout.addLayout(form)
            self.form = None
        else:
            from bienestar_field.ui.syncing.enrol_form import EnrolForm

            layout.addWidget(
                wrapping_label(
                    self.tr(
                        "Si su supervisor le dio la dirección del servidor central y un código "
                        "de inscripción, escríbalos aquí para que este equipo envíe sus "
                        "registros. Este paso es opcional: puede terminar ahora, trabajar sin "
                        "conexión e inscribir el equipo después en Configuración."
                    )
                )
            )
            self.form = EnrolForm(sync)
            self.server = self.form.server
            self.code = self.form.code
            layout.addWidget(self.form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self._wizard.result_
        if self.form is not None and result is not None:
            self.form.casebook = result.casebook


class SetupWizard(QWizard):
    """Emits ``completed`` with the unlocked casebook when the person finishes.

    ``store`` gives the casebook file on the worker thread, where it has been opened (and
    migrated) before any job of the wizard runs: the wizard shows while it is still opening.
    """

    completed = Signal(object)
    # Chosen on the first page; the shell applies it and builds the wizard again (its texts
    # are set when it is built), carrying over what was typed: see take_over.
    display_changed = Signal(object)

    def __init__(
        self,
        store: Callable[[], CasebookStore],
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
        display: Display | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self.result_: SetupResult | None = None
        self.creating = False
        self.setWindowTitle(self.tr("Preparar este equipo"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Siguiente >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Anterior"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminar"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Crear usuario"))
        self.welcome = WelcomePage(display or Display("es_MX", False, False), self)
        self.welcome.options.changed.connect(self.display_changed)
        self.user_page = UserPage(self)
        self.recovery_page = RecoveryPage(self)
        self.device_page = DevicePage(self, sync)
        for page in (self.welcome, self.user_page, self.recovery_page, self.device_page):
            self.addPage(page)
        self.finished.connect(self._on_finished)

    def take_over(self, old: SetupWizard) -> None:
        """What was typed in the wizard this one replaces. Only the first page changes the
        display, and no user exists before the second page is committed, so nothing else
        (a created user, a recovery code) can be in the old one."""
        page = old.user_page
        self.user_page.name.setText(page.name.text())
        self.user_page.role.setCurrentIndex(page.role.currentIndex())
        self.user_page.passphrase.passphrase.setText(page.passphrase.passphrase.text())
        self.user_page.passphrase.confirm.setText(page.passphrase.confirm.text())
        self.welcome.options.focus_control(old.welcome.options.focused_control() or "language")

    def create_user(self, name: str, role: Role, passphrase: str) -> None:
        self.creating = True
        self.user_page.error.clear_message()
        self.user_page.busy.set_busy(True)
        self.user_page.completeChanged.emit()
        self._runner.run_in_background(
            lambda: self._store().set_up(name, role, passphrase),
            self._created,
            self._failed,
            owner=self,
        )

    def _created(self, result: SetupResult) -> None:
        self.creating = False
        self.result_ = result
        self.user_page.busy.set_busy(False)
        self.next()

    def _failed(self, exc: Exception) -> None:
        self.creating = False
        self.user_page.busy.set_busy(False)
        self.user_page.error.show_message(describe_error(exc))
        self.user_page.completeChanged.emit()

    def _on_finished(self, _code: int) -> None:
        if self.result_ is not None:
            casebook: Casebook = self.result_.casebook
            self.completed.emit(casebook)
