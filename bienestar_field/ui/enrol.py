"""Enrol a person in programs: eligibility with its reasons, documents, consent, auxiliar.

Eligible programs come first with why they fit; the others say why not. Each chosen program
has its documents checklist. Elderly and disabled people may name a *persona auxiliar*. Each
enrolment is checked with the domain's ``validate_enrollment`` before saving, so a problem is
shown beside the program it concerns.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.domain.eligibility import EligibilityResult, SurveyBasis, evaluate
from bienestar_field.domain.enrollments import (
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
    Representative,
)
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person, age_on
from bienestar_field.domain.programs import Program
from bienestar_field.domain.text import Text, verbatim
from bienestar_field.domain.validation import (
    FieldError,
    InvalidPhone,
    normalize_phone,
    validate_enrollment,
)
from bienestar_field.ui import i18n
from bienestar_field.ui.calendar_texts import visit_and_bring
from bienestar_field.ui.drafts import ENROL_DRAFT, CloseGuard, DraftKeeper
from bienestar_field.ui.error_summary import point_at
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.receipt import DeviceCode, Receipt, ReceiptDialog, ReceiptLine
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.theme import is_high_contrast, ok_color
from bienestar_field.ui.widgets import (
    ErrorLabel,
    Field,
    PrivacyNotice,
    add_row,
    labelled_check,
    new_form,
    scrolling,
    title_label,
    wrapping_label,
)


def program_amount(program: Program) -> str:
    if program.amount is None:
        return i18n.translate("Enrol", "Servicio sin pago")
    return f"{i18n.format_money(program.amount)} {i18n.period_label(program.amount_period)}"


class RepresentativeForm(QGroupBox):
    """The *persona auxiliar*: checkable, empty and hidden until asked for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Con &persona auxiliar (representante)"))
        self.setCheckable(True)
        self.setChecked(False)
        self.nombres = QLineEdit()
        self.primer_apellido = QLineEdit()
        self.segundo_apellido = QLineEdit()
        self.curp = QLineEdit()
        self.curp.setMaxLength(18)
        self.relationship = QLineEdit()
        self.relationship.setPlaceholderText(self.tr("p. ej. hija, vecino"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("10 dígitos"))
        form = new_form()
        self.nombres_field = add_row(
            form, self.tr("Nombre(s) de la persona auxiliar"), self.nombres, required=True
        )
        add_row(form, self.tr("Primer apellido"), self.primer_apellido, required=True)
        add_row(form, self.tr("Segundo apellido"), self.segundo_apellido)
        self.curp_field = add_row(
            form, self.tr("CURP de la persona auxiliar"), self.curp, required=True
        )
        add_row(form, self.tr("Parentesco o relación"), self.relationship, required=True)
        self.phone_field = add_row(form, self.tr("Teléfono de la persona auxiliar"), self.phone)
        self.setLayout(form)
        self.setAccessibleName(self.title().replace("&", ""))
        self.curp.textEdited.connect(lambda text: self.curp.setText(text.upper()))

    def representative(self) -> tuple[Representative | None, list[FieldError]]:
        if not self.isChecked():
            return None, []
        errors: list[FieldError] = []
        phone: str | None = None
        if self.phone.text().strip():
            try:
                phone = normalize_phone(self.phone.text())
            except InvalidPhone as exc:
                errors.append(FieldError("representative.phone", exc.text))
        if not self.relationship.text().strip():
            errors.append(
                FieldError(
                    "representative", verbatim(self.tr("Escriba el parentesco o la relación."))
                )
            )
        return (
            Representative(
                nombres=self.nombres.text().strip(),
                primer_apellido=self.primer_apellido.text().strip(),
                segundo_apellido=self.segundo_apellido.text().strip() or None,
                curp=self.curp.text().strip().upper(),
                relationship=self.relationship.text().strip(),
                phone=phone,
            ),
            errors,
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        for field in (self.nombres_field, self.curp_field, self.phone_field):
            field.error.clear_message()
        by_name: dict[str, Field] = {
            "representative": self.nombres_field,
            "representative.curp": self.curp_field,
            "representative.phone": self.phone_field,
        }
        for error in errors:
            by_name.get(error.field, self.nombres_field).error.append_message(
                i18n.domain_text(error.text)
            )

    def _edits(self) -> dict[str, QLineEdit]:
        return {
            "nombres": self.nombres,
            "primer_apellido": self.primer_apellido,
            "segundo_apellido": self.segundo_apellido,
            "curp": self.curp,
            "relationship": self.relationship,
            "phone": self.phone,
        }

    def raw_values(self) -> dict[str, Any]:
        """What was typed (for drafts); nothing is checked."""
        values: dict[str, Any] = {key: edit.text() for key, edit in self._edits().items()}
        values["on"] = self.isChecked()
        return values

    def load_raw_values(self, values: dict[str, Any]) -> None:
        for key, edit in self._edits().items():
            edit.setText(str(values.get(key, "")))
        self.setChecked(bool(values.get("on")))

    def clear(self) -> None:
        for edit in (
            self.nombres,
            self.primer_apellido,
            self.segundo_apellido,
            self.curp,
            self.relationship,
            self.phone,
        ):
            edit.clear()
        self.setChecked(False)
        self.show_errors([])


class DocumentsChecklist(QWidget):
    """One checkbox per document the program asks for; required ones are starred."""

    def __init__(self, program: Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.program = program
        self.boxes: dict[str, QCheckBox] = {}
        self.errors: dict[str, ErrorLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapping_label(self.tr("Documentos presentados:")))
        for document in program.documents:
            text = i18n.catalog_text(document.label) + (" *" if document.required else "")
            if document.max_age_months:
                text += " " + i18n.fill(
                    self.tr("(no más de %1 meses de antigüedad)"), document.max_age_months
                )
            box = QCheckBox()
            row = labelled_check(box, text)
            box.setAccessibleName(i18n.catalog_text(document.label))
            error = ErrorLabel()
            point_at(error, box)
            box.toggled.connect(lambda _checked, e=error: e.clear_message())
            self.boxes[document.code] = box
            self.errors[document.code] = error
            layout.addWidget(row)
            layout.addWidget(error)

    def documents(self) -> dict[str, bool]:
        return {code: box.isChecked() for code, box in self.boxes.items()}

    def check_all(self, checked: bool = True) -> None:
        for box in self.boxes.values():
            box.setChecked(checked)

    def show_errors(self, errors: list[FieldError]) -> list[FieldError]:
        """Show the document errors; return the others."""
        rest = []
        for error in errors:
            code = error.field.removeprefix("documents.")
            if error.field.startswith("documents.") and code in self.errors:
                self.errors[code].show_message(i18n.domain_text(error.text))
            else:
                rest.append(error)
        return rest


class FieldChecks(QWidget):
    """Conditions only a visit can settle: shown as pending, each with a box to confirm it."""

    def __init__(self, checks: tuple[Text, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QCheckBox] = []
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            wrapping_label(
                "⚠ " + self.tr("Por verificar en campo; marque cada condición al confirmarla:")
            )
        )
        for check in checks:
            box = QCheckBox()
            layout.addWidget(labelled_check(box, i18n.domain_text(check)))
            box.toggled.connect(lambda _checked: self.error.clear_message())
            self.boxes.append(box)
        if self.boxes:
            point_at(self.error, self.boxes[0], self.tr("Verificación en campo"))
        layout.addWidget(self.error)
        self.setVisible(bool(checks))

    def confirmed(self) -> bool:
        return all(box.isChecked() for box in self.boxes)

    def show_unconfirmed(self) -> bool:
        """Say so beside the boxes when one is not ticked; ``True`` when all are."""
        if self.confirmed():
            self.error.clear_message()
            return True
        self.error.show_message(
            self.tr("Confirme en campo cada condición antes de inscribir, o no la inscriba.")
        )
        return False


class ProgramCard(QGroupBox):
    """An eligible program: tick to enrol; reasons, amount and the documents checklist."""

    def __init__(
        self, result: EligibilityResult, already: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        program = result.program
        self.program = program
        self.setTitle(i18n.catalog_text(program.label))
        self.setCheckable(True)
        self.setChecked(False)
        self.setAccessibleName(i18n.catalog_text(program.label))
        self.already = already
        layout = QVBoxLayout(self)
        # Only what was settled gets the tick; conditions to verify in the field are not met yet.
        reasons = "\n".join("✔ " + i18n.domain_text(reason) for reason in result.settled)
        self.reasons = wrapping_label(reasons)
        self.reasons.setStyleSheet(f"color: {ok_color(is_high_contrast())};")
        layout.addWidget(self.reasons)
        self.field_checks = FieldChecks(result.to_verify)
        layout.addWidget(self.field_checks)
        layout.addWidget(wrapping_label(program_amount(program)))
        if already:
            layout.addWidget(
                wrapping_label(self.tr("Ya está inscrita o inscrito en este programa."))
            )
            self.setCheckable(False)
        self.checklist = DocumentsChecklist(program)
        layout.addWidget(self.checklist)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.checklist.setVisible(False)
        self.toggled.connect(self.checklist.setVisible)


def _enrol_draft(casebook: Casebook, person_id: str) -> tuple[str, dict[str, Any]] | None:
    """This user's unfinished enrolment of this person, if one was left (worker)."""
    for info in casebook.drafts.saved(ENROL_DRAFT, mine=True):
        payload = casebook.drafts.load(info.id)
        if payload.get("person_id") == person_id:
            return info.id, payload
    return None


class EnrolDialog(QDialog):
    """Enrol one person. ``enrolled`` carries the receipt lines of what was saved."""

    enrolled = Signal(list)

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        *,
        household: Household | None = None,
        consent: PrivacyConsent | None = None,
        parent: QWidget | None = None,
        device: DeviceCode | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._device = device or DeviceCode()
        self._runner = runner
        self.person = person
        self.household = household
        self._given_consent = consent if consent is not None and consent.accepted else None
        self.saved: list[Enrollment] = []
        today = self._today()
        self.setWindowTitle(self.tr("Inscribir en programas"))
        fit_to_screen(self, 760, 680)

        header = title_label(person.full_name, "subtitle")
        facts = wrapping_label(
            i18n.fill(
                self.tr("%n años · CURP %1 · folio %2", "", age_on(person.birth_date, today)),
                person.curp,
                person.folio or "",
            )
        )
        self.notice = PrivacyNotice(compact=True, now=casebook.now)
        if self._given_consent is not None:
            self.notice.shown_at = self._given_consent.shown_at
            self.notice.accept_box.setChecked(True)
            self.notice.sensitive_box.setChecked(self._given_consent.sensitive_data)
        self.cards: list[ProgramCard] = []
        self.ineligible = wrapping_label()
        self.representative = RepresentativeForm()
        self.representative.setVisible(False)
        self.error = ErrorLabel()
        self.done_label = wrapping_label()
        self.enrol_button = QPushButton(self.tr("&Inscribir"))
        self.enrol_button.setDefault(True)
        self.receipt_button = QPushButton(self.tr("Comprobante…"))
        self.receipt_button.setVisible(False)
        self.close_button = QPushButton(self.tr("&Cerrar"))

        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.addWidget(self.notice)
        self.body_layout.addWidget(
            title_label(self.tr("Programas que le corresponden"), "subtitle")
        )
        self.cards_box = QVBoxLayout()
        self.body_layout.addLayout(self.cards_box)
        self.body_layout.addWidget(self.representative)
        self.body_layout.addWidget(
            title_label(self.tr("Programas que no le corresponden"), "subtitle")
        )
        self.body_layout.addWidget(self.ineligible)
        self.body_layout.addStretch(1)
        scroll = scrolling(body)

        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(facts)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)

        self.enrol_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.accept)
        self.receipt_button.clicked.connect(self.show_receipt)
        self.enrol_button.setEnabled(False)
        # What the dialog showed before anything was ticked: what differs is the person's input.
        self._start_values: dict[str, Any] | None = None
        self.drafts = DraftKeeper(
            casebook,
            runner,
            ENROL_DRAFT,
            payload=self.draft_payload,
            label=self.draft_label,
            parent=self,
            on_failed=self.error.show_message,
        )
        self.close_guard = CloseGuard(
            self,
            self.drafts,
            unsaved=self.has_unsaved_input,
            save=self.submit,
            question=self.tr("Lo que marcó todavía no está inscrito."),
            keep=self.tr("&Inscribir ahora"),
            drop=self.tr("&Descartar lo marcado"),
        )
        self.drafts.watch(self.notice)
        self.drafts.watch(self.representative)
        self._load()

    def _today(self) -> date:
        return self._casebook.today()

    def _load(self) -> None:
        casebook, person = self._casebook, self.person
        household_id = self.household.id if self.household is not None else person.household_id

        def load() -> tuple[list[Enrollment], SurveyBasis]:
            # The household's survey decides the poverty and income conditions.
            return casebook.enrolments.of_person(person.id), casebook.enrolments.survey(
                household_id
            )

        self._runner.run_in_background(load, self._show_programs, owner=self)

    def _show_programs(self, loaded: tuple[list[Enrollment], SurveyBasis]) -> None:
        existing, survey = loaded
        enrolled = frozenset(
            e.program_code for e in existing if e.status is not EnrollmentStatus.RECHAZADA
        )
        results = evaluate(
            self.person,
            self._casebook.catalog,
            self._today(),
            household=self.household,
            enrolled_programs=enrolled,
            survey=survey,
        )
        not_eligible = []
        for result in results:
            if result.eligible:
                card = ProgramCard(result, result.program.code in enrolled)
                card.toggled.connect(self._update_representative)
                self.cards.append(card)
                self.cards_box.addWidget(card)
            else:
                reasons = "; ".join(i18n.domain_text(reason) for reason in result.reasons)
                not_eligible.append(f"✖ {i18n.catalog_text(result.program.label)}: {reasons}")
        self.ineligible.setText("\n".join(not_eligible) or self.tr("Ninguno."))
        if not self.cards:
            self.cards_box.addWidget(
                wrapping_label(self.tr("Por ahora ningún programa le corresponde."))
            )
        selectable = [c for c in self.cards if c.isCheckable()]
        if len(selectable) == 1:
            selectable[0].setChecked(True)
        self.enrol_button.setEnabled(bool(selectable))
        (self.notice.accept_box if not self.notice.accepted else self.enrol_button).setFocus()
        for card in self.cards:
            self.drafts.watch(card)
        self._start_values = self.values()
        casebook, person_id = self._casebook, self.person.id
        self._runner.run_in_background(
            lambda: _enrol_draft(casebook, person_id), self._restore, owner=self
        )

    # --- what was ticked, kept as a draft --------------------------------------------------

    def values(self) -> dict[str, Any]:
        return {
            "cards": {
                card.program.code: {
                    "on": card.isChecked(),
                    "documents": card.checklist.documents(),
                    "verified": [box.isChecked() for box in card.field_checks.boxes],
                }
                for card in self.cards
                if card.isCheckable()
            },
            "representative": self.representative.raw_values(),
            "accepted": self.notice.accepted,
            "sensitive": self.notice.sensitive_box.isChecked(),
        }

    def has_unsaved_input(self) -> bool:
        start = self._start_values
        return not self.saved and start is not None and self.values() != start

    def draft_payload(self) -> dict[str, Any] | None:
        if not self.has_unsaved_input():
            return None
        return {"person_id": self.person.id, **self.values()}

    def draft_label(self) -> str:
        return i18n.fill(self.tr("Inscripción sin terminar: %1"), self.person.full_name)

    def _restore(self, found: tuple[str, dict[str, Any]] | None) -> None:
        if found is None or self.has_unsaved_input():
            return
        draft_id, payload = found
        cards = payload.get("cards") or {}
        for card in self.cards:
            kept = cards.get(card.program.code)
            if not card.isCheckable() or not isinstance(kept, dict):
                continue
            card.setChecked(bool(kept.get("on")))
            documents = kept.get("documents") or {}
            for code, box in card.checklist.boxes.items():
                box.setChecked(bool(documents.get(code)))
            for box, verified in zip(
                card.field_checks.boxes, kept.get("verified") or [], strict=False
            ):
                box.setChecked(bool(verified))
        self.representative.load_raw_values(payload.get("representative") or {})
        self.notice.accept_box.setChecked(bool(payload.get("accepted")))
        self.notice.sensitive_box.setChecked(bool(payload.get("sensitive")))
        self._update_representative()
        self.drafts.adopt(draft_id)
        self.done_label.setText(
            self.tr("Se recuperó lo que se marcó la última vez, sin inscribir; revíselo.")
        )

    def done(self, result: int) -> None:
        """Closing with programs or documents ticked and not enrolled asks first."""
        self.close_guard.done(result, lambda code: QDialog.done(self, code))

    def _update_representative(self) -> None:
        allows = any(
            c.isChecked() and c.program.allows_representative for c in self.cards if c.isCheckable()
        )
        self.representative.setVisible(allows)

    def chosen(self) -> list[ProgramCard]:
        return [c for c in self.cards if c.isCheckable() and c.isChecked()]

    def build(self) -> tuple[list[Enrollment], bool]:
        """The enrolments to save, and whether every one passed the checks."""
        self.error.clear_message()
        self.notice.error.clear_message()
        cards = self.chosen()
        if not cards:
            self.error.show_message(self.tr("Marque al menos un programa."))
            return [], False
        consent = self.notice.consent()
        representative, rep_errors = self.representative.representative()
        self.representative.show_errors(rep_errors)
        ok = not rep_errors
        enrollments = []
        for card in cards:
            card.error.clear_message()
            enrollment = Enrollment(
                id="",
                person_id=self.person.id,
                program_code=card.program.code,
                status=EnrollmentStatus.ENVIADA,
                documents=card.checklist.documents(),
                consent=consent,
                representative=representative if card.program.allows_representative else None,
            )
            if not card.field_checks.show_unconfirmed():
                ok = False
            errors = validate_enrollment(enrollment, self.person, card.program, on=self._today())
            errors = [e for e in errors if e.blocking]
            if errors:
                ok = False
                rest = card.checklist.show_errors(errors)
                consent_errors = [e for e in rest if e.field == "consent"]
                rep = [e for e in rest if e.field.startswith("representative")]
                other = [e for e in rest if e not in consent_errors and e not in rep]
                if consent_errors:
                    self.notice.error.show_message(i18n.domain_text(consent_errors[0].text))
                if rep:
                    self.representative.show_errors(rep)
                if other:
                    card.error.show_message(" ".join(i18n.domain_text(e.text) for e in other))
            enrollments.append(enrollment)
        return enrollments, ok

    def submit(self) -> None:
        enrollments, ok = self.build()
        if not ok:
            self.close_guard.failed()
            return
        self.enrol_button.setEnabled(False)
        casebook, today, draft_id = self._casebook, self._today(), self.drafts.draft_id
        self.drafts.hold()

        def work() -> list[Enrollment]:
            saved = casebook.enrolments.enroll_many(enrollments, today=today)
            if draft_id is not None:
                casebook.drafts.delete(draft_id)
            return saved

        self._runner.run_in_background(work, self._saved, self._failed, owner=self, writes=True)

    def _saved(self, saved: list[Enrollment]) -> None:
        self.saved = saved
        self.drafts.release()
        self.drafts.adopt(None)
        catalog = self._casebook.catalog
        lines = [
            ReceiptLine(i18n.catalog_text(catalog[e.program_code].label), e.folio or "")
            for e in saved
        ]
        self.done_label.setText(
            i18n.fill(
                self.tr("Inscripción registrada: %1"),
                ", ".join(f"{line.program} ({line.folio})" for line in lines),
            )
        )
        for card in self.chosen():
            card.setCheckable(False)
        self.receipt_button.setVisible(True)
        self.receipt_button.setFocus()
        self.enrolled.emit(lines)
        self.close_guard.saved()

    def _failed(self, exc: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.drafts.release()
        self.close_guard.failed()
        if isinstance(exc, ValidationFailed):
            self.error.show_message(" ".join(i18n.domain_text(e.text) for e in exc.errors))
        else:
            self.error.show_message(describe_error(exc))

    def receipt(self) -> Receipt:
        catalog = self._casebook.catalog
        visit, bring = visit_and_bring(self._casebook, self.person.primer_apellido, self.saved)
        return Receipt(
            folio=(self.household.folio if self.household else None) or self.person.folio or "",
            issued_on=self._today(),
            kind="household" if self.household else "person",
            visit=visit,
            bring=bring,
            members=len(self.household.members) if self.household else 0,
            programs=tuple(
                ReceiptLine(i18n.catalog_text(catalog[e.program_code].label), e.folio or "")
                for e in self.saved
            ),
            device=self._device.label(),
        )

    def show_receipt(self) -> None:
        ReceiptDialog(self.receipt(), self._runner, self).open()
