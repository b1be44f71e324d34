"""The person form: CURP first, which fills and cross-checks birth date, sex and birth state.

Used for household members, the fast module enrolment and editing. It turns what was typed
into a :class:`Person` and shows every problem beside its field: the UI's own (a date that is
not a date) and the domain's (``validate_person``), in the domain's plain Spanish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.domain import geography
from bienestar_field.domain.curp import BORN_ABROAD, Curp, InvalidCurp, parse_curp
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    Occupation,
    Person,
    Relationship,
    Schooling,
    SchoolLevel,
    Sex,
)
from bienestar_field.domain.questions import (
    Question,
    age_for,
    applicable_questions,
    why_not_asked,
    without_inapplicable_answers,
)
from bienestar_field.domain.text import verbatim
from bienestar_field.domain.validation import (
    FieldError,
    InvalidPhone,
    normalize_phone,
    validate_person,
)
from bienestar_field.ui import i18n
from bienestar_field.ui.widgets import (
    Field,
    add_row,
    combo,
    combo_value,
    date_edit,
    labelled_check,
    new_form,
    set_combo_value,
    title_label,
    wrapping_label,
)


def casebook_today(now: Callable[[], datetime]) -> Callable[[], date]:
    """Today by the casebook's clock, for ``PersonForm(today=...)``.

    Not a bound method of the page holding the form, which would make the form hold its own
    parent: a reference cycle that only the garbage collector frees.
    """
    return lambda: now().astimezone().date()


def state_items() -> list[tuple[str, str]]:
    """Birth states by their CURP code, plus born abroad."""
    items = [(state.name, state.renapo_code) for state in geography.states()]
    items.sort(key=lambda item: geography.sort_key(item[0]))
    return items


class PersonForm(QWidget):
    """Every field of a person; ``household`` adds the relationship to the head.

    Questions that do not apply to the person's age and sex (``domain.questions``) are
    hidden as soon as the birth date and sex are known; what was typed in them stays in the
    field (a corrected birth date brings it back) but is never saved, and the form says so.
    """

    changed = Signal()
    curp_accepted = Signal(str)  # a valid CURP was typed (normalized)

    def __init__(
        self,
        *,
        household: bool = True,
        compact: bool = False,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._household = household
        self._today = today or date.today
        self._studying = False
        self._editing: Person | None = None
        dash = self.tr("—")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.curp = QLineEdit()
        self.curp.setMaxLength(18)
        # Short enough for a narrow field; the whole rule in the tooltip.
        self.curp.setPlaceholderText(self.tr("p. ej. GOMA500315MOCNRR09"))
        self.curp.setToolTip(self.tr("18 letras y números, p. ej. GOMA500315MOCNRR09"))
        self.nombres = QLineEdit()
        self.primer_apellido = QLineEdit()
        self.segundo_apellido = QLineEdit()
        self.birth_date = date_edit(self.tr("DD/MM/AAAA"))
        self.sex = combo(
            [(dash, "")]
            + [(i18n.sex_label(s), s.value) for s in (Sex.MUJER, Sex.HOMBRE)]
            + [(i18n.sex_label(Sex.NO_BINARIO), Sex.NO_BINARIO.value)]
        )
        self.birth_state = combo(
            [(dash, ""), *state_items(), (self.tr("Nació en el extranjero"), BORN_ABROAD)]
        )
        self.relationship = combo(
            [(dash, "")] + [(i18n.relationship_label(r), r.value) for r in Relationship]
        )
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("10 dígitos"))

        # One form for every row, so the labels and the fields line up in two columns.
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.curp_field = add_row(form, self.tr("CURP"), self.curp, required=True)
        self.nombres_field = add_row(form, self.tr("Nombre(s)"), self.nombres, required=True)
        self.primer_field = add_row(
            form, self.tr("Primer apellido"), self.primer_apellido, required=True
        )
        self.segundo_field = add_row(form, self.tr("Segundo apellido"), self.segundo_apellido)
        self.birth_date_field = add_row(
            form, self.tr("Fecha de nacimiento"), self.birth_date, required=True
        )
        self.sex_field = add_row(form, self.tr("Sexo"), self.sex, required=True)
        self.birth_state_field = add_row(
            form, self.tr("Entidad de nacimiento"), self.birth_state, required=True
        )
        self.relationship_field: Field | None = None
        if household:
            self.relationship_field = add_row(
                form,
                self.tr("Parentesco con la jefa o jefe"),
                self.relationship,
                required=True,
            )
        # What was typed in questions that no longer apply: said, not silently dropped.
        self.skipped_note = wrapping_label()
        self.skipped_note.setAccessibleName(self.tr("Preguntas que no aplican"))
        form.addRow("", self.skipped_note)
        self.phone_field = add_row(form, self.tr("Teléfono"), self.phone)
        self._form = form
        layout.addLayout(form)

        self.occupation = combo([(i18n.occupation_label(o), o.value) for o in Occupation])
        set_combo_value(self.occupation, Occupation.DESCONOCIDA.value)
        self.social_security_childcare = QCheckBox()
        self.disability = combo(
            [(self.tr("Ninguna"), "")]
            + [(i18n.disability_label(d), d.value) for d in DisabilityKind]
        )
        self.disability_certified = QCheckBox()
        self.indigenous = QCheckBox()
        self.afromexican = QCheckBox()
        certified_row = labelled_check(
            self.disability_certified,
            self.tr("Tiene certificado de una institución pública de salud"),
        )
        indigenous_row = labelled_check(self.indigenous, self.tr("Se reconoce como indígena"))
        afromexican_row = labelled_check(
            self.afromexican, self.tr("Se reconoce como afromexicana o afromexicano")
        )
        self.pregnancy = date_edit(self.tr("DD/MM/AAAA, si hay embarazo"))
        self.school_level = combo(
            [(self.tr("No estudia"), "")]
            + [(i18n.school_level_label(s), s.value) for s in SchoolLevel]
        )
        self.school_public = QCheckBox(self.tr("Escuela pública"))
        self.school_public.setChecked(True)
        self.cct = QLineEdit()
        self.cct.setMaxLength(10)
        self.cct.setPlaceholderText(self.tr("p. ej. 14DPR0001X"))
        self.grade = QSpinBox()
        self.grade.setRange(0, 12)
        self.grade.setSpecialValueText(dash)

        self.occupation_field: Field | None = None
        self.grade_field: Field | None = None
        if not compact:
            form.addRow(title_label(self.tr("Situación"), "subtitle"))
            self.occupation_field = add_row(form, self.tr("Ocupación"), self.occupation)
            childcare_text = self.tr("Tiene guardería del IMSS o ISSSTE")
            form.addRow("", labelled_check(self.social_security_childcare, childcare_text))
        self.disability_field = add_row(form, self.tr("Discapacidad"), self.disability)
        form.addRow("", certified_row)
        form.addRow("", indigenous_row)
        form.addRow("", afromexican_row)
        if not compact:
            self.pregnancy_field = add_row(
                form, self.tr("Embarazo: fecha probable de parto"), self.pregnancy
            )
            self.school_field = add_row(form, self.tr("Escuela: nivel"), self.school_level)
            form.addRow("", self.school_public)
            self.cct_field = add_row(form, self.tr("Clave de la escuela (CCT)"), self.cct)
            self.grade_field = add_row(form, self.tr("Grado"), self.grade)
        else:
            self.pregnancy_field = Field(self.pregnancy)
            self.school_field = Field(self.school_level)
            self.cct_field = Field(self.cct)
        self._all_fields = [
            self.curp_field,
            self.nombres_field,
            self.primer_field,
            self.segundo_field,
            self.birth_date_field,
            self.sex_field,
            self.birth_state_field,
            *([self.relationship_field] if self.relationship_field else []),
            self.phone_field,
            self.disability_field,
            self.pregnancy_field,
            self.school_field,
            self.cct_field,
        ]

        self.curp.textEdited.connect(self._curp_edited)
        self.birth_date.editingFinished.connect(self._cross_check)
        self.sex.currentIndexChanged.connect(self._cross_check)
        self.birth_state.currentIndexChanged.connect(self._cross_check)
        for edit in (self.nombres, self.primer_apellido, self.segundo_apellido, self.phone):
            edit.textEdited.connect(self.changed)
        self.disability.currentIndexChanged.connect(self._disability_changed)
        self._disability_changed()
        self.school_level.currentIndexChanged.connect(self._school_changed)
        self._school_changed()
        self.birth_date.textChanged.connect(self._apply_questions)
        self.sex.currentIndexChanged.connect(self._apply_questions)
        for edit in (self.phone, self.pregnancy):
            edit.textChanged.connect(self._apply_questions)
        self.occupation.currentIndexChanged.connect(self._apply_questions)
        self.school_level.currentIndexChanged.connect(self._apply_questions)
        self._apply_questions()

    # --- CURP ------------------------------------------------------------------------------

    def _curp_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.curp.cursorPosition()
            self.curp.setText(upper)
            self.curp.setCursorPosition(position)
        self.changed.emit()
        if len(upper.strip()) < 18:
            self.curp_field.error.clear_message()
            return
        curp = self.check_curp()
        if curp is not None:
            self.fill_from_curp(curp)
            self.curp_accepted.emit(curp.value)

    def check_curp(self) -> Curp | None:
        """Parse the typed CURP, showing why it is wrong beside it."""
        try:
            curp = parse_curp(self.curp.text())
        except InvalidCurp as exc:
            self.curp_field.error.show_message(i18n.domain_text(exc.text))
            return None
        self.curp_field.error.clear_message()
        return curp

    def fill_from_curp(self, curp: Curp) -> None:
        """Fill what is empty from the CURP, then flag what disagrees with it."""
        if not self.birth_date.text().strip():
            self.birth_date.setText(i18n.format_date(curp.birth_date))
        if not combo_value(self.sex):
            set_combo_value(self.sex, curp.sex.value)
        if not combo_value(self.birth_state):
            set_combo_value(self.birth_state, curp.birth_state)
        self._cross_check()

    def _cross_check(self) -> None:
        try:
            curp = parse_curp(self.curp.text())
        except InvalidCurp:
            return
        self.changed.emit()
        typed = i18n.parse_date(self.birth_date.text())
        if typed is not None and typed != curp.birth_date:
            self.birth_date_field.error.show_message(
                i18n.fill(
                    self.tr("No coincide con la CURP (la CURP indica %1)."),
                    i18n.format_date(curp.birth_date),
                )
            )
        elif typed is not None:
            self.birth_date_field.error.clear_message()
        sex = combo_value(self.sex)
        if sex and sex != curp.sex.value:
            self.sex_field.error.show_message(
                i18n.fill(
                    self.tr("No coincide con la CURP (la CURP indica %1)."),
                    i18n.sex_label(curp.sex),
                )
            )
        elif sex:
            self.sex_field.error.clear_message()
        state = combo_value(self.birth_state)
        if state and state != curp.birth_state:
            index = self.birth_state.findData(curp.birth_state)
            self.birth_state_field.error.show_message(
                i18n.fill(
                    self.tr("No coincide con la CURP (la CURP indica %1)."),
                    self.birth_state.itemText(index),
                )
            )
        elif state:
            self.birth_state_field.error.clear_message()

    def relationship_field_visible(self, visible: bool) -> None:
        """Individual enrolments (no household) have no relationship to a head."""
        self._household = visible
        if self.relationship_field is not None:
            self._form.setRowVisible(self.relationship_field, visible)

    def _disability_changed(self) -> None:
        self.disability_certified.setEnabled(bool(combo_value(self.disability)))

    def _school_changed(self) -> None:
        """ "No estudia" clears and disables what describes the school; a level enables it."""
        studying = bool(combo_value(self.school_level))
        for widget in (self.school_public, self.cct, self.grade):
            widget.setEnabled(studying)
        if not studying:
            self.school_public.setChecked(False)
            self.cct.clear()
            self.grade.setValue(0)
        elif not self._studying:
            self.school_public.setChecked(True)  # most schools are public: the usual answer
        self._studying = studying

    # --- which questions apply -------------------------------------------------------------

    def typed_age_and_sex(self, today: date) -> tuple[int | None, Sex | None]:
        """The age and sex as typed so far (``None`` where not known yet)."""
        age = age_for(i18n.parse_date(self.birth_date.text()), today)
        sex_value = combo_value(self.sex)
        return age, Sex(sex_value) if sex_value else None

    def asked(self, today: date | None = None) -> frozenset[Question]:
        """The questions this form asks now, for the age and sex typed."""
        age, sex = self.typed_age_and_sex(today or self._today())
        return applicable_questions(age=age, sex=sex)

    def _question_rows(self) -> dict[Question, list[QWidget]]:
        rows: dict[Question, list[QWidget]] = {Question.PHONE: [self.phone_field]}
        if self.occupation_field is not None and self.grade_field is not None:  # not compact
            rows[Question.OCCUPATION] = [self.occupation_field]
            rows[Question.PREGNANCY] = [self.pregnancy_field]
            rows[Question.SCHOOLING] = [
                self.school_field,
                self.school_public,
                self.cct_field,
                self.grade_field,
            ]
        return rows

    def _has_answer(self, question: Question) -> bool:
        if question is Question.PHONE:
            return bool(self.phone.text().strip())
        if question is Question.OCCUPATION:
            return combo_value(self.occupation) not in ("", Occupation.DESCONOCIDA.value)
        if question is Question.PREGNANCY:
            return bool(self.pregnancy.text().strip())
        return bool(combo_value(self.school_level))

    def _apply_questions(self) -> None:
        today = self._today()
        age, sex = self.typed_age_and_sex(today)
        skipped: list[str] = []
        for question, widgets in self._question_rows().items():
            reason = why_not_asked(question, age=age, sex=sex)
            for widget in widgets:
                self._form.setRowVisible(widget, reason is None)
            if reason is not None and self._has_answer(question):
                skipped.append(i18n.domain_text(reason))
        if skipped:
            self.skipped_note.setText(
                self.tr("Lo escrito en estas preguntas no se guardará, porque no aplican:")
                + " "
                + " ".join(skipped)
            )
        else:
            self.skipped_note.clear()
        self._form.setRowVisible(self.skipped_note, bool(skipped))

    # --- values ----------------------------------------------------------------------------

    def set_person(self, person: Person) -> None:
        self._editing = person
        self.curp.setText(person.curp)
        self.nombres.setText(person.nombres)
        self.primer_apellido.setText(person.primer_apellido)
        self.segundo_apellido.setText(person.segundo_apellido or "")
        self.birth_date.setText(i18n.format_date(person.birth_date))
        set_combo_value(self.sex, person.sex.value)
        set_combo_value(self.birth_state, person.birth_state)
        set_combo_value(self.relationship, person.relationship.value if person.relationship else "")
        self.phone.setText(_national_phone(person.phone))
        set_combo_value(self.occupation, person.occupation.value)
        self.social_security_childcare.setChecked(person.has_social_security_childcare)
        disability = person.disability
        set_combo_value(self.disability, disability.kind.value if disability else "")
        self.disability_certified.setChecked(bool(disability and disability.certified))
        self.indigenous.setChecked(person.indigenous)
        self.afromexican.setChecked(person.afromexican)
        self.pregnancy.setText(i18n.format_date(person.pregnancy_due_date))
        schooling = person.schooling
        set_combo_value(self.school_level, schooling.level.value if schooling else "")
        self.school_public.setChecked(schooling.public if schooling else True)
        self.cct.setText(schooling.cct or "" if schooling else "")
        self.grade.setValue(schooling.grade or 0 if schooling else 0)
        self._school_changed()
        self._apply_questions()
        self.clear_errors()

    def raw_values(self) -> dict[str, Any]:
        """What was typed, as plain values (for drafts); nothing is checked."""
        return {
            "curp": self.curp.text(),
            "nombres": self.nombres.text(),
            "primer_apellido": self.primer_apellido.text(),
            "segundo_apellido": self.segundo_apellido.text(),
            "birth_date": self.birth_date.text(),
            "sex": combo_value(self.sex),
            "birth_state": combo_value(self.birth_state),
            "relationship": combo_value(self.relationship),
            "phone": self.phone.text(),
            "occupation": combo_value(self.occupation),
            "social_security_childcare": self.social_security_childcare.isChecked(),
            "disability": combo_value(self.disability),
            "disability_certified": self.disability_certified.isChecked(),
            "indigenous": self.indigenous.isChecked(),
            "afromexican": self.afromexican.isChecked(),
            "pregnancy": self.pregnancy.text(),
            "school_level": combo_value(self.school_level),
            "school_public": self.school_public.isChecked(),
            "cct": self.cct.text(),
            "grade": self.grade.value(),
        }

    def load_raw_values(self, values: dict[str, Any]) -> None:
        self._editing = None
        self.curp.setText(str(values.get("curp", "")))
        self.nombres.setText(str(values.get("nombres", "")))
        self.primer_apellido.setText(str(values.get("primer_apellido", "")))
        self.segundo_apellido.setText(str(values.get("segundo_apellido", "")))
        self.birth_date.setText(str(values.get("birth_date", "")))
        set_combo_value(self.sex, str(values.get("sex", "")))
        set_combo_value(self.birth_state, str(values.get("birth_state", "")))
        set_combo_value(self.relationship, str(values.get("relationship", "")))
        self.phone.setText(str(values.get("phone", "")))
        set_combo_value(self.occupation, str(values.get("occupation", "desconocida")))
        self.social_security_childcare.setChecked(bool(values.get("social_security_childcare")))
        set_combo_value(self.disability, str(values.get("disability", "")))
        self.disability_certified.setChecked(bool(values.get("disability_certified")))
        self.indigenous.setChecked(bool(values.get("indigenous")))
        self.afromexican.setChecked(bool(values.get("afromexican")))
        self.pregnancy.setText(str(values.get("pregnancy", "")))
        set_combo_value(self.school_level, str(values.get("school_level", "")))
        self.school_public.setChecked(bool(values.get("school_public", True)))
        self.cct.setText(str(values.get("cct", "")))
        self.grade.setValue(int(values.get("grade", 0) or 0))
        self._school_changed()
        self._apply_questions()
        self.clear_errors()

    def restore_values(self, values: dict[str, Any]) -> None:
        """Typed values put back over the person being edited (who stays the one edited)."""
        editing = self._editing
        self.load_raw_values(values)
        self._editing = editing

    def forget_person(self) -> None:
        """What is typed is a new person now, not an edit of the one shown before."""
        self._editing = None

    def clear(self) -> None:
        self.load_raw_values({})

    def clear_errors(self) -> None:
        for field in self._all_fields:
            field.error.clear_message()

    def build(self, today: date) -> tuple[Person | None, list[FieldError]]:
        """The person as typed, and every problem (blocking or not) to show.

        ``None`` when something could not even be read (a date that is not a date).
        """
        errors: list[FieldError] = []
        birth_date = i18n.parse_date(self.birth_date.text())
        if birth_date is None:
            errors.append(
                FieldError("birth_date", verbatim(self.tr("Escriba la fecha como DD/MM/AAAA.")))
            )
        sex_value = combo_value(self.sex)
        if not sex_value:
            errors.append(
                FieldError("sex", verbatim(self.tr("Elija el sexo, como aparece en la CURP.")))
            )
        state = combo_value(self.birth_state)
        if not state:
            errors.append(
                FieldError("birth_state", verbatim(self.tr("Elija la entidad de nacimiento.")))
            )
        relationship_value = combo_value(self.relationship)
        if self._household and not relationship_value:
            errors.append(
                FieldError(
                    "relationship", verbatim(self.tr("Elija el parentesco con la jefa o jefe."))
                )
            )
        age = age_for(birth_date, today)
        asked = applicable_questions(age=age, sex=Sex(sex_value) if sex_value else None)
        phone: str | None = None
        if Question.PHONE in asked and self.phone.text().strip():
            try:
                phone = normalize_phone(self.phone.text())
            except InvalidPhone as exc:
                errors.append(FieldError("phone", exc.text))
        pregnancy: date | None = None
        if Question.PREGNANCY in asked and self.pregnancy.text().strip():
            pregnancy = i18n.parse_date(self.pregnancy.text())
            if pregnancy is None:
                errors.append(
                    FieldError(
                        "pregnancy_due_date",
                        verbatim(self.tr("Escriba la fecha como DD/MM/AAAA.")),
                    )
                )
        unreadable = {e.field for e in errors}
        disability_value = combo_value(self.disability)
        school_value = combo_value(self.school_level)
        person = Person(
            id=self._editing.id if self._editing else "",
            curp=self.curp.text().strip().upper(),
            nombres=self.nombres.text().strip(),
            primer_apellido=self.primer_apellido.text().strip(),
            segundo_apellido=self.segundo_apellido.text().strip() or None,
            birth_date=birth_date or today,
            sex=Sex(sex_value) if sex_value else Sex.MUJER,
            birth_state=state or "NE",
            relationship=Relationship(relationship_value) if relationship_value else None,
            phone=phone,
            disability=Disability(
                DisabilityKind(disability_value),
                permanent=True,
                certified=self.disability_certified.isChecked(),
            )
            if disability_value
            else None,
            indigenous=self.indigenous.isChecked(),
            afromexican=self.afromexican.isChecked(),
            pregnancy_due_date=pregnancy,
            schooling=Schooling(
                SchoolLevel(school_value),
                public=self.school_public.isChecked(),
                cct=self.cct.text().strip().upper() or None,
                grade=self.grade.value() or None,
            )
            if school_value
            else None,
            occupation=Occupation(combo_value(self.occupation) or "desconocida"),
            has_social_security_childcare=self.social_security_childcare.isChecked(),
        )
        if self._editing is not None:
            editing = self._editing
            person = replace(
                person,
                household_id=editing.household_id,
                notes=editing.notes,
                folio=editing.folio,
                version=editing.version,
                created_by=editing.created_by,
                created_at=editing.created_at,
                updated_at=editing.updated_at,
            )
            if not self._household:
                person.relationship = editing.relationship
        # Answers typed before the age or sex ruled their question out are never saved.
        person = without_inapplicable_answers(person, today=today)
        domain_errors = [
            e for e in validate_person(person, today=today) if e.field not in unreadable
        ]
        errors += domain_errors
        if any(e.blocking for e in errors):
            return None, errors
        return person, errors

    def show_errors(self, errors: list[FieldError]) -> Field | None:
        """Put each message beside its field; returns the first field with a blocking one."""
        self.clear_errors()
        by_name: dict[str, Field] = {
            "curp": self.curp_field,
            "nombres": self.nombres_field,
            "primer_apellido": self.primer_field,
            "segundo_apellido": self.segundo_field,
            "birth_date": self.birth_date_field,
            "sex": self.sex_field,
            "birth_state": self.birth_state_field,
            "phone": self.phone_field,
            "pregnancy_due_date": self.pregnancy_field,
            "schooling": self.cct_field,
            "disability": self.disability_field,
        }
        if self.relationship_field is not None:
            by_name["relationship"] = self.relationship_field
        blocked: set[int] = set()
        for error in errors:
            field = by_name.get(error.field, self.curp_field)
            field.error.append_message(i18n.domain_text(error.text), warning=not error.blocking)
            if error.blocking:
                blocked.add(id(field))
        # The first field with a problem in the order the form shows them, to put focus there.
        return next((f for f in self._all_fields if id(f) in blocked), None)


def _national_phone(phone: str | None) -> str:
    if not phone:
        return ""
    return phone.removeprefix("+52")
