"""Fast single-person enrolment for module offices: CURP first, keyboard only, under a minute.

Tab order: notice → CURP (Enter looks it up and fills birth date, sex and state) → names →
phone → program (the eligible one is chosen) → documents (Ctrl+D marks all) → Ctrl+Enter
enrols. Ctrl+P prints the receipt, Ctrl+N starts the next person.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.domain.eligibility import EligibilityResult, evaluate
from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus
from bienestar_field.domain.people import Person
from bienestar_field.domain.programs import Program
from bienestar_field.domain.validation import validate_enrollment
from bienestar_field.ui import i18n
from bienestar_field.ui.calendar_texts import visit_and_bring
from bienestar_field.ui.drafts import QUICK_DRAFT, Answer, DraftKeeper, ask_unsaved
from bienestar_field.ui.enrol import DocumentsChecklist, RepresentativeForm, program_amount
from bienestar_field.ui.error_summary import ErrorSummary, point_at
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.person_form import PersonForm, casebook_today
from bienestar_field.ui.receipt import DeviceCode, Receipt, ReceiptDialog, ReceiptLine
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    FlowLayout,
    PrivacyNotice,
    add_row,
    new_form,
    scrolling,
    title_label,
    wrapping_label,
)


class QuickEnrolPage(QWidget):
    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        device: DeviceCode | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._device = device or DeviceCode()
        self._runner = runner
        self.existing: Person | None = None
        # The registered person's values as the form showed them: what differs was corrected.
        self._looked_up_values: dict[str, Any] | None = None
        self.saved_person: Person | None = None
        self.saved_enrollment: Enrollment | None = None
        self.checklist: DocumentsChecklist | None = None
        self._results: dict[str, EligibilityResult] = {}
        self._why_none = ""  # each program's reason, when none applies

        self.notice = PrivacyNotice(compact=True, now=casebook.now)
        self.form = PersonForm(household=False, compact=True, today=casebook_today(casebook.now))
        self.found = wrapping_label()
        self.program = QComboBox()
        self.program.setAccessibleName(self.tr("Programa"))
        self.reasons = wrapping_label()
        self.documents_box = QVBoxLayout()
        self.all_documents = QPushButton(self.tr("Marcar todos los documentos (Ctrl+D)"))
        self.representative = RepresentativeForm()
        self.error = ErrorLabel()
        self.summary = ErrorSummary()
        point_at(self.notice.error, self.notice.accept_box, self.tr("Aviso de privacidad"))
        self.result = title_label("", "subtitle")
        self.enrol_button = QPushButton(self.tr("&Inscribir (Ctrl+Enter)"))
        self.receipt_button = QPushButton(self.tr("Comprobante (Ctrl+P)"))
        self.next_button = QPushButton(self.tr("Siguiente persona (Ctrl+N)"))
        self.receipt_button.setEnabled(False)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.notice)
        column.addWidget(title_label(self.tr("Persona"), "subtitle"))
        column.addWidget(self.form)
        column.addWidget(self.found)
        column.addWidget(title_label(self.tr("Programa"), "subtitle"))
        program_form = new_form()
        self.program_field = add_row(program_form, self.tr("Programa"), self.program, required=True)
        column.addLayout(program_form)
        column.addWidget(self.reasons)
        column.addLayout(self.documents_box)
        column.addWidget(self.all_documents, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.representative)
        column.addStretch(1)
        scroll = scrolling(body)

        buttons = FlowLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Inscripción rápida en módulo")))
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addLayout(buttons)

        self.form.curp.returnPressed.connect(self._lookup_typed_curp)
        self.form.curp_accepted.connect(self.lookup)
        self.form.changed.connect(self._refresh_programs)
        self.program.currentIndexChanged.connect(self._program_changed)
        self.all_documents.clicked.connect(self._check_all_documents)
        self.enrol_button.clicked.connect(self.submit)
        self.receipt_button.clicked.connect(self.show_receipt)
        self.next_button.clicked.connect(self.next_person)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+N"), self, self.next_person)
        QShortcut(QKeySequence("Ctrl+D"), self, self._check_all_documents)
        QShortcut(QKeySequence.StandardKey.Print, self, self.show_receipt)
        self.setTabOrder(self.notice.sensitive_box, self.form.curp)
        self.draft_status = wrapping_label()
        layout.insertWidget(layout.count() - 1, self.draft_status)
        self.drafts = DraftKeeper(
            casebook,
            runner,
            QUICK_DRAFT,
            payload=self.draft_payload,
            label=self.draft_label,
            parent=self,
            on_failed=self.draft_status.setText,
        )
        self.drafts.watch(body)
        self._refresh_programs()
        self._restore_latest()

    def _today(self) -> date:
        return self._casebook.today()

    # --- CURP lookup -------------------------------------------------------------------------

    def _lookup_typed_curp(self) -> None:
        curp = self.form.check_curp()
        if curp is not None:
            self.form.fill_from_curp(curp)
            self.lookup(curp.value)

    def lookup(self, curp: str) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.people.find_by_curp(curp), self._looked_up, owner=self
        )

    def _looked_up(self, person: Person | None) -> None:
        self.existing = person
        self._looked_up_values = None
        if person is None:
            self.form.forget_person()
            self.found.setText(self.tr("CURP nueva: complete el nombre."))
            self.form.nombres.setFocus()
        else:
            self.form.set_person(person)
            self._looked_up_values = self.form.raw_values()
            self.found.setText(
                i18n.fill(
                    self.tr("Ya está registrada: %1, folio %2. Solo falta la inscripción."),
                    person.full_name,
                    person.folio or "",
                )
            )
            self.program.setFocus()
        self._refresh_programs()

    # --- program -----------------------------------------------------------------------------

    def _refresh_programs(self) -> None:
        person, _errors = self.form.build(self._today())
        current = self.program.currentData()
        self.program.blockSignals(True)
        self.program.clear()
        self._results = {}
        self._why_none = ""
        if person is not None:
            results = evaluate(person, self._casebook.catalog, self._today())
            eligible = [r for r in results if r.eligible]
            for result in eligible:
                self._results[result.program.code] = result
                self.program.addItem(
                    i18n.fill(
                        self.tr("%1 — le corresponde"), i18n.catalog_text(result.program.label)
                    ),
                    result.program.code,
                )
            if not eligible:
                self.program.addItem(self.tr("Ningún programa le corresponde"), "")
                self._why_none = _why_none(results)
        if self.program.count() == 0:
            self.program.addItem(self.tr("Complete los datos de la persona"), "")
        index = self.program.findData(current)
        self.program.setCurrentIndex(index if index >= 0 else 0)
        self.program.blockSignals(False)
        self._program_changed()

    def selected_program(self) -> Program | None:
        code = self.program.currentData()
        return self._casebook.catalog.get(code) if isinstance(code, str) and code else None

    def _program_changed(self) -> None:
        program = self.selected_program()
        if self.checklist is not None and (program is None or self.checklist.program != program):
            self.checklist.setParent(None)
            self.checklist.deleteLater()
            self.checklist = None
        if program is None:
            self.reasons.setText(self._why_none)
            self.representative.setVisible(False)
            return
        result = self._results.get(program.code)
        # Conditions still to verify in the field are not ticked: nobody has checked them yet.
        reasons = (
            "\n".join(
                ["✔ " + i18n.domain_text(r) for r in result.settled]
                + ["⚠ " + i18n.domain_text(r) for r in result.to_verify]
            )
            if result
            else ""
        )
        self.reasons.setText(f"{reasons}\n{program_amount(program)}".strip())
        if self.checklist is None:
            self.checklist = DocumentsChecklist(program)
            self.documents_box.addWidget(self.checklist)
            # Added last, its boxes would come after the buttons at the bottom in Tab order.
            chain: list[QWidget] = [
                self.program,
                *self.checklist.boxes.values(),
                self.all_documents,
                self.representative,
            ]
            for first, second in itertools.pairwise(chain):
                QWidget.setTabOrder(first, second)
            self.drafts.watch(self.checklist)
        self.representative.setVisible(program.allows_representative)

    def _check_all_documents(self) -> None:
        if self.checklist is not None:
            self.checklist.check_all(True)

    # --- enrol -------------------------------------------------------------------------------

    def submit(self) -> None:
        """Ctrl+Enter: enrol, or show every problem, summed up at the top, the first focused."""
        if self.saved_enrollment is not None:
            return
        checked = self._checked()
        if checked is None:
            self.summary.show_for(self)
            return
        self.summary.clear_message()
        person, enrollment, corrected = checked
        casebook, today, existing = self._casebook, self._today(), self.existing
        draft_id = self.drafts.draft_id
        self.enrol_button.setEnabled(False)
        self.drafts.hold()  # an autosave after the delete below would bring the draft back

        def work() -> tuple[Person, Enrollment]:
            if existing is None:
                saved = casebook.people.register(person, today=today)
            elif corrected:
                saved = casebook.people.update(person, today=today)
            else:
                saved = existing
            enrollment.person_id = saved.id
            enrolled = casebook.enrolments.enroll(enrollment, today=today)
            if draft_id is not None:
                casebook.drafts.delete(draft_id)
            return saved, enrolled

        self._runner.run_in_background(
            work,
            lambda result: self._saved(result, corrected=corrected),
            self._failed,
            owner=self,
            writes=True,
        )

    def _checked(self) -> tuple[Person, Enrollment, bool] | None:
        """Everything on the page checked at once, each problem shown beside its field."""
        self.error.clear_message()
        self.notice.error.clear_message()
        self.program_field.error.clear_message()
        ok = True
        if not self.notice.accepted:
            self.notice.error.show_message(
                self.tr("Antes de capturar datos, la persona debe conocer y aceptar el aviso.")
            )
            ok = False
        person = self.existing
        corrected = self.corrections()
        if person is None or corrected:
            built, errors = self.form.build(self._today())
            self.form.show_errors(errors)
            person = built
        program = self.selected_program()
        if program is None or self.checklist is None:
            self.program_field.error.show_message(
                self.tr("Ningún programa le corresponde; el porqué de cada uno está abajo.")
                if self._why_none
                else self.tr("Elija el programa.")
            )
            return None
        representative, rep_errors = (
            self.representative.representative() if program.allows_representative else (None, [])
        )
        self.representative.show_errors(rep_errors)
        if person is None:
            return None
        enrollment = Enrollment(
            id="",
            person_id=person.id or "pending",
            program_code=program.code,
            status=EnrollmentStatus.ENVIADA,
            documents=self.checklist.documents(),
            consent=self.notice.consent(),
            representative=representative,
        )
        errors = [
            e
            for e in validate_enrollment(
                enrollment, person if person.id else _with_id(person), program, on=self._today()
            )
            if e.blocking and e.field != "person_id"
        ] + rep_errors
        if errors:
            rest = self.checklist.show_errors(errors)
            self.representative.show_errors(
                [e for e in rest if e.field.startswith("representative")]
            )
            consent = [e for e in rest if e.field == "consent"]
            if consent:
                self.notice.error.show_message(i18n.domain_text(consent[0].text))
            other = [
                e for e in rest if e.field != "consent" and not e.field.startswith("representative")
            ]
            if other:
                self.error.show_message(" ".join(i18n.domain_text(e.text) for e in other))
            return None
        return (person, enrollment, corrected) if ok else None

    def corrections(self) -> bool:
        """Whether the data of the registered person shown were changed in the form."""
        looked_up = self._looked_up_values
        return (
            self.existing is not None
            and looked_up is not None
            and (self.form.raw_values() != looked_up)
        )

    def _saved(self, result: tuple[Person, Enrollment], *, corrected: bool = False) -> None:
        person, enrollment = result
        self.saved_person, self.saved_enrollment = person, enrollment
        self.existing = person
        self.drafts.release()
        self.drafts.adopt(None)
        program = self._casebook.catalog[enrollment.program_code]
        text = i18n.fill(
            self.tr(
                "Inscripción registrada. Folio de la persona %1; folio de la inscripción %2 (%3)."
            ),
            person.folio or "",
            enrollment.folio or "",
            i18n.catalog_text(program.label),
        )
        if corrected:
            text += " " + self.tr(
                "Se guardó la corrección de sus datos; los anteriores quedan en el historial."
            )
        self.result.setText(text)
        self.receipt_button.setEnabled(True)
        self.receipt_button.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.drafts.release()
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
            self.summary.show_for(self)
            self.error.show_message(describe_error(exc))
        else:
            self.error.show_message(describe_error(exc))
            if getattr(exc, "code", "") == "duplicate_curp":
                self.lookup(self.form.curp.text().strip().upper())

    def receipt(self) -> Receipt | None:
        person, enrollment = self.saved_person, self.saved_enrollment
        if person is None or enrollment is None:
            return None
        visit, bring = visit_and_bring(self._casebook, person.primer_apellido, [enrollment])
        return Receipt(
            folio=person.folio or "",
            issued_on=self._today(),
            kind="person",
            visit=visit,
            bring=bring,
            programs=(
                ReceiptLine(
                    i18n.catalog_text(self._casebook.catalog[enrollment.program_code].label),
                    enrollment.folio or "",
                ),
            ),
            device=self._device.label(),
        )

    def show_receipt(self) -> None:
        receipt = self.receipt()
        if receipt is not None:
            ReceiptDialog(receipt, self._runner, self).open()

    def next_person(self) -> None:
        """Ctrl+N: a new person; what was typed and not enrolled is asked about first."""
        if not self.has_unsaved_work():
            self._clear_for_next()
            return

        def answered(answer: Answer) -> None:
            if answer is Answer.KEEP:
                self.drafts.save_now()  # listed on the home page, to finish later
                self.drafts.adopt(None)
                self._clear_for_next()
            elif answer is Answer.DROP:
                self.drafts.discard()
                self._clear_for_next()

        ask_unsaved(
            self,
            self.tr("Esta persona todavía no está inscrita. ¿Qué hacemos con lo que escribió?"),
            answered,
            keep=self.tr("&Guardar como borrador"),
            drop=self.tr("&Descartar lo escrito"),
        )

    def _clear_for_next(self) -> None:
        self.drafts.adopt(None)
        self.existing = None
        self._looked_up_values = None
        self.saved_person = None
        self.saved_enrollment = None
        self.notice.restart()
        self.form.clear()
        self.form.forget_person()
        self.representative.clear()
        self.found.setText("")
        self.result.setText("")
        self.draft_status.setText("")
        self.error.clear_message()
        self.summary.clear_message()
        self.program_field.error.clear_message()
        self.receipt_button.setEnabled(False)
        self.enrol_button.setEnabled(True)
        self._refresh_programs()
        self.notice.accept_box.setFocus()

    def has_unsaved_work(self) -> bool:
        if self.saved_enrollment is not None:
            return False
        form = self.form
        return any(e.text().strip() for e in (form.curp, form.nombres, form.primer_apellido))

    # --- drafts ------------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any] | None:
        if not self.has_unsaved_work():
            return None
        code = self.program.currentData()
        return {
            "consent": {
                "shown_at": self.notice.shown_at,
                "accepted": self.notice.accepted,
                "sensitive": self.notice.sensitive_box.isChecked(),
            },
            "person": self.form.raw_values(),
            "existing_id": self.existing.id if self.existing is not None else None,
            "program": code if isinstance(code, str) else "",
            "documents": self.checklist.documents() if self.checklist is not None else {},
            "representative": self.representative.raw_values(),
        }

    def draft_label(self) -> str:
        form = self.form
        name = " ".join(
            e.text().strip() for e in (form.nombres, form.primer_apellido) if e.text().strip()
        )
        return i18n.fill(self.tr("Inscripción rápida: %1"), name or form.curp.text().strip())

    def _restore_latest(self) -> None:
        """The person left half-entered (a lock, a crash, a restart), back in the form."""
        casebook = self._casebook

        def work() -> tuple[str, dict[str, Any], Person | None] | None:
            saved = casebook.drafts.saved(QUICK_DRAFT, mine=True)
            if not saved:
                return None
            return _loaded(casebook, saved[0].id)

        self._runner.run_in_background(work, self._restore, owner=self)

    def load_draft(self, draft_id: str) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: _loaded(casebook, draft_id),
            self._restore,
            lambda exc: self.error.show_message(describe_error(exc)),
            owner=self,
        )

    def _restore(self, loaded: tuple[str, dict[str, Any], Person | None] | None) -> None:
        if loaded is None:
            return
        draft_id, payload, existing = loaded
        if self.has_unsaved_work() and draft_id != self.drafts.draft_id:
            return  # typing already started here: a draft never overwrites it
        consent = payload.get("consent") or {}
        self.notice.shown_at = str(consent.get("shown_at", self.notice.shown_at))
        self.notice.accept_box.setChecked(bool(consent.get("accepted")))
        self.notice.sensitive_box.setChecked(bool(consent.get("sensitive")))
        self.existing = existing
        self._looked_up_values = None
        if existing is not None:
            self.form.set_person(existing)
            self._looked_up_values = self.form.raw_values()
            self.found.setText(
                i18n.fill(
                    self.tr("Ya está registrada: %1, folio %2. Solo falta la inscripción."),
                    existing.full_name,
                    existing.folio or "",
                )
            )
        person = payload.get("person")
        if isinstance(person, dict):
            self.form.restore_values(person)
        self.representative.load_raw_values(payload.get("representative") or {})
        self._refresh_programs()
        index = self.program.findData(str(payload.get("program", "")))
        if index >= 0:
            self.program.setCurrentIndex(index)
        documents = payload.get("documents") or {}
        if self.checklist is not None:
            for code, box in self.checklist.boxes.items():
                box.setChecked(bool(documents.get(code)))
        self.drafts.adopt(draft_id)
        self.draft_status.setText(
            self.tr("Se recuperó la captura sin terminar de la última vez; revísela y siga.")
        )


def _why_none(results: list[EligibilityResult]) -> str:
    """ "No program applies, because …", one line per program with its reasons."""
    lines = [translate("QuickEnrolPage", "Ningún programa le corresponde, porque:")]
    for result in results:
        reasons = "; ".join(i18n.domain_text(reason) for reason in result.reasons)
        lines.append(f"✖ {i18n.catalog_text(result.program.label)}: {reasons}")
    return "\n".join(lines)


def _loaded(casebook: Casebook, draft_id: str) -> tuple[str, dict[str, Any], Person | None]:
    """A quick-enrolment draft and the registered person it was about, if any (worker)."""
    payload = casebook.drafts.load(draft_id)
    existing_id = payload.get("existing_id")
    existing = casebook.people.get(existing_id) if isinstance(existing_id, str) else None
    return draft_id, payload, existing


def _with_id(person: Person) -> Person:
    from dataclasses import replace

    return replace(person, id="pending")


_ = QLabel
