"""The dialogs of life events: a death, leaving or changing household, closing an enrolment,
correcting a CURP, a new address.

Each dialog asks for the date, the reason and a note, hands them to one casebook use case on
the worker, and shows what the domain refused beside the field it concerns. Nothing is decided
here: the rules (a death not in the future nor before birth, a reason "Otro" needs a note)
live in ``domain/life_events.py``; the dialog only checks that a date reads as one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.domain.enrollments import ClosureReason, Enrollment, EnrollmentStatus
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import LeaveReason, Person, Relationship
from bienestar_field.domain.validation import FieldError
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.household.address_form import AddressForm
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    Field,
    add_row,
    combo,
    combo_value,
    date_edit,
    new_form,
    scrolling,
    title_label,
    wrapping_label,
)


class _NoSuchHousehold(Exception):
    """The folio typed names no household of this casebook."""


class LifeEventDialog(QDialog):
    """A date, a reason, a note: the common frame. ``saved`` carries what the casebook stored."""

    saved = Signal(object)

    def __init__(
        self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.form = new_form()
        self.fields: dict[str, Field] = {}
        self.error = ErrorLabel()
        self.heading = title_label("", "subtitle")
        self.intro = wrapping_label()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancelar"))
        # Enter never cancels: a focused Cancel would otherwise take Enter as its own.
        self.cancel_button.setAutoDefault(False)
        self._saving = False
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.intro)
        body_layout.addLayout(self.form)
        body_layout.addWidget(self.error)
        body_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        fit_to_screen(self, 560, 460)

    # --- building ----------------------------------------------------------------------------

    def describe(self, title: str, intro: str, save_text: str) -> None:
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(intro)
        self.save_button.setText(save_text)

    def add_date(self, label: str, field: str = "date") -> QLineEdit:
        edit = date_edit(self.tr("DD/MM/AAAA"))
        self.fields[field] = add_row(self.form, label, edit, required=True)
        return edit

    def add_choice(self, label: str, items: list[tuple[str, str]], field: str = "reason") -> Any:
        box = combo([(self.tr("Elija…"), ""), *items])
        self.fields[field] = add_row(self.form, label, box, required=True)
        return box

    def add_note(self, label: str | None = None) -> QPlainTextEdit:
        note = QPlainTextEdit()
        note.setTabChangesFocus(True)  # Tab leaves the note, as in every other field
        note.setMaximumHeight(90)
        self.fields["note"] = add_row(self.form, label or self.tr("Nota"), note)
        return note

    # --- reading -----------------------------------------------------------------------------

    def read_date(self, edit: QLineEdit, field: str = "date") -> tuple[date | None, bool]:
        """The date typed (None when empty) and whether it reads as a date."""
        typed = edit.text().strip()
        if not typed:
            return None, True
        parsed = i18n.parse_date(typed)
        if parsed is None:
            self.fields[field].error.show_message(
                self.tr("Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.")
            )
            return None, False
        return parsed, True

    def note_text(self) -> str:
        editor = self.fields["note"].editor
        assert isinstance(editor, QPlainTextEdit)
        return editor.toPlainText()

    def today(self) -> date:
        return self._casebook.now().astimezone().date()

    # --- saving ------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.error.clear_message()
        for field in self.fields.values():
            field.error.clear_message()

    def work(self) -> Callable[[], object] | None:
        """The casebook call to run, or None when the form already shows what to fix."""
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_errors()
        if self._saving:
            return  # a second Enter while the first save runs
        work = self.work()
        if work is None:
            return
        # Not disabled while saving: a disabled button would hand the focus to Cancel.
        self._saving = True
        self._runner.run_in_background(work, self._saved, self._failed, owner=self, writes=True)

    def _saved(self, result: object) -> None:
        self._saving = False
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
        elif isinstance(exc, _NoSuchHousehold):
            self.fields["household"].error.show_message(
                self.tr("No hay un hogar con ese folio en este equipo.")
            )
            self.fields["household"].editor.setFocus()
        else:
            self.error.show_message(describe_error(exc))

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its field; the first field with one takes the focus."""
        first: Field | None = None
        for error in errors:
            field = self.fields.get(error.field)
            if field is None:
                self.error.append_message(i18n.domain_text(error.text))
                continue
            field.error.append_message(i18n.domain_text(error.text))
            first = first or field
        if first is None and self.fields:
            first = next(iter(self.fields.values()))  # the message is above: start again here
        if first is not None:
            first.editor.setFocus()


class DeathDialog(LifeEventDialog):
    """Record a person's death: their open enrolments are withdrawn with that reason."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        open_enrolments: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        intro = self.tr(
            "Se registrará la defunción de %1. Deja de contar en su hogar y se darán de baja "
            "sus inscripciones abiertas (%2) con el motivo «Fallecimiento». Sus datos y su "
            "historial se conservan."
        )
        self.describe(
            self.tr("Registrar defunción"),
            i18n.fill(intro, person.full_name, open_enrolments),
            self.tr("&Registrar defunción"),
        )
        self.person = person
        self.date = self.add_date(self.tr("Fecha de defunción"))
        self.note = self.add_note()

    def work(self) -> Callable[[], object] | None:
        died_on, ok = self.read_date(self.date)
        if not ok:
            return None
        casebook, person, note, today = self._casebook, self.person, self.note_text(), self.today()
        return lambda: casebook.people.record_death(
            person.id, died_on, note, version=person.version, today=today
        )


class LeaveDialog(LifeEventDialog):
    """A member leaves the household: moved away, died, or another reason."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        intro = self.tr(
            "%1 dejará de contar como integrante del hogar. Sigue en el padrón y en el "
            "historial del hogar; si se cambió a otro hogar registrado, use «Cambiar de hogar»."
        )
        self.describe(
            self.tr("Dar de baja del hogar"),
            i18n.fill(intro, person.full_name),
            self.tr("&Dar de baja"),
        )
        self.person = person
        self.reason = self.add_choice(
            self.tr("Motivo"),
            [(i18n.leave_reason_label(r), r.value) for r in LeaveReason],
        )
        self.date = self.add_date(self.tr("Fecha"))
        self.note = self.add_note()

    def work(self) -> Callable[[], object] | None:
        on, ok = self.read_date(self.date)
        if not ok:
            return None
        value = combo_value(self.reason)
        reason = LeaveReason(value) if value else None
        casebook, person, note, today = self._casebook, self.person, self.note_text(), self.today()
        return lambda: casebook.people.remove_from_household(
            person.id, reason, on, note, version=person.version, today=today
        )


class MoveDialog(LifeEventDialog):
    """Move a person into another household registered here, found by its folio."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        intro = self.tr(
            "%1 pasa a ser integrante de otro hogar. Conserva su folio y sus inscripciones."
        )
        self.describe(
            self.tr("Cambiar de hogar"),
            i18n.fill(intro, person.full_name),
            self.tr("&Cambiar de hogar"),
        )
        self.person = person
        self.household = QLineEdit()
        self.household.setPlaceholderText(self.tr("Folio del hogar, p. ej. ABC123-000042-K"))
        self.household.setMaxLength(32)
        self.fields["household"] = add_row(
            self.form, self.tr("Hogar de destino (folio)"), self.household, required=True
        )
        self.relationship = self.add_choice(
            self.tr("Parentesco con la jefa o jefe"),
            [(i18n.relationship_label(r), r.value) for r in Relationship],
            field="relationship",
        )
        self.date = self.add_date(self.tr("Fecha del cambio"))
        self.note = self.add_note()

    def work(self) -> Callable[[], object] | None:
        on, ok = self.read_date(self.date)
        folio = self.household.text().strip().upper()
        if not folio:
            self.fields["household"].error.show_message(
                self.tr("Escriba el folio del hogar de destino.")
            )
            self.household.setFocus()
            return None
        if not ok:
            return None
        value = combo_value(self.relationship)
        relationship = Relationship(value) if value else None
        casebook, person, note, today = self._casebook, self.person, self.note_text(), self.today()

        def move() -> Person:
            target = casebook.search.by_folio(folio)
            if not isinstance(target, Household):
                raise _NoSuchHousehold
            return casebook.people.move_to_household(
                person.id, target.id, relationship, on, note, version=person.version, today=today
            )

        return move


class CloseEnrolmentDialog(LifeEventDialog):
    """Withdraw or suspend one enrolment, with the reason, the date and a note."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        enrollment: Enrollment,
        program_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        intro = self.tr(
            "Inscripción %1 en %2. Una baja la cierra (podrá inscribirse de nuevo más "
            "adelante); una suspensión la detiene sin cerrarla."
        )
        self.describe(
            self.tr("Baja o suspensión de la inscripción"),
            i18n.fill(intro, enrollment.folio or "", program_name),
            self.tr("&Guardar"),
        )
        self.enrollment = enrollment
        self.action = self.add_choice(
            self.tr("Acción"),
            [
                (self.tr("Baja"), EnrollmentStatus.BAJA.value),
                (self.tr("Suspensión"), EnrollmentStatus.SUSPENDIDA.value),
            ],
            field="status",
        )
        self.reason = self.add_choice(
            self.tr("Motivo"),
            # A cancellation closes enrolments only as the answer to an ARCO request.
            [
                (i18n.closure_reason_label(r), r.value)
                for r in ClosureReason
                if r is not ClosureReason.CANCELACION_ARCO
            ],
        )
        self.date = self.add_date(self.tr("A partir del"))
        self.note = self.add_note()

    def work(self) -> Callable[[], object] | None:
        on, ok = self.read_date(self.date)
        action = combo_value(self.action)
        if not action:
            self.fields["status"].error.show_message(self.tr("Elija baja o suspensión."))
            self.action.setFocus()
            return None
        if not ok:
            return None
        value = combo_value(self.reason)
        reason = ClosureReason(value) if value else None
        status = EnrollmentStatus(action)
        casebook, enrollment = self._casebook, self.enrollment
        note, today = self.note_text(), self.today()
        return lambda: casebook.enrolments.close(
            enrollment.id, status, reason, on, note, version=enrollment.version, today=today
        )


class CurpDialog(LifeEventDialog):
    """Correct a mistyped CURP; it is checked against everyone else in this casebook."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        intro = self.tr(
            "CURP registrada: %1. La nueva debe coincidir con la fecha de nacimiento, el sexo "
            "y la entidad de nacimiento capturados; se revisa que nadie más la tenga."
        )
        self.describe(
            self.tr("Corregir la CURP"),
            i18n.fill(intro, person.curp),
            self.tr("&Corregir CURP"),
        )
        self.person = person
        self.curp = QLineEdit()
        self.curp.setMaxLength(18)
        self.curp.setPlaceholderText(self.tr("18 caracteres"))
        self.fields["curp"] = add_row(self.form, self.tr("CURP correcta"), self.curp, required=True)
        self.note = self.add_note(self.tr("Motivo de la corrección"))

    def work(self) -> Callable[[], object] | None:
        casebook, person, note, today = self._casebook, self.person, self.note_text(), self.today()
        curp = self.curp.text()
        return lambda: casebook.people.correct_curp(
            person.id, curp, note, version=person.version, today=today
        )

    def _failed(self, exc: Exception) -> None:
        if getattr(exc, "code", None) == "duplicate_curp":
            self._saving = False
            self.fields["curp"].error.show_message(describe_error(exc))
            self.curp.setFocus()
            return
        super()._failed(exc)


class AddressDialog(LifeEventDialog):
    """The household moved: the new address, since when, and a note; the old one stays in
    the household's history."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        household: Household,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        intro = self.tr(
            "Hogar %1. Corrija los datos que cambiaron; el domicilio anterior queda en el "
            "historial del hogar."
        )
        self.describe(
            self.tr("Cambiar el domicilio"),
            i18n.fill(intro, household.folio or ""),
            self.tr("&Guardar domicilio"),
        )
        fit_to_screen(self, 720, 700)
        self.household = household
        self.address_form = AddressForm()
        address = household.address
        self.address_form.load_raw_values(
            {
                "state": address.state_code,
                "municipality": address.municipality_code,
                "locality": address.locality_name,
                "settlement_type": address.settlement_type,
                "settlement_name": address.settlement_name,
                "street_type": address.street_type,
                "street_name": address.street_name,
                "exterior_number": address.exterior_number,
                "interior_number": address.interior_number,
                "postal_code": address.postal_code,
                "between_streets": address.between_streets,
                "reference": address.reference,
            }
        )
        self.form.addRow(self.address_form)
        self.date = self.add_date(self.tr("Vive ahí desde"))
        self.note = self.add_note()

    def work(self) -> Callable[[], object] | None:
        address, errors = self.address_form.address()
        since, ok = self.read_date(self.date)
        blocking = [e for e in errors if e.blocking]
        if blocking:
            self.address_form.show_errors(blocking)
            return None
        if not ok:
            return None
        casebook, household = self._casebook, self.household
        note, today = self.note_text(), self.today()
        return lambda: casebook.households.change_address(
            household.id,
            address,
            since,
            note,
            gps=household.gps,
            version=household.version,
            today=today,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        own = [e for e in errors if e.field in self.fields or e.field == "address"]
        super().show_errors([e for e in own if e.field != "address"])
        for error in own:
            if error.field == "address":
                self.error.append_message(i18n.domain_text(error.text))
        rest = [e for e in errors if e not in own]
        if rest:
            self.address_form.show_errors(rest)
