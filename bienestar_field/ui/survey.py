"""The household socioeconomic survey, step by step: dwelling, services, goods, each member,
food, and the result.

Every question is a choice of the questionnaire's options (catalog data, in the language
shown) or a number; nothing is pre-answered, so an unanswered question stays unanswered and
the result names it. Skip logic: the income of a source is asked only when the member says
they receive it, no income or social-security questions for children under 12, no schooling
questions for children under 3, school attendance only up to 25, the chimney only for a fuel
that needs one, the children's food questions only when there are minors.

The dialog is keyboard-only usable (Tab through the questions; Alt+S next step, Alt+A back,
Alt+G save) and fits 1024×600 with large text: each step scrolls. What is typed is kept as a
draft as it is typed (``DraftKeeper``, under the survey's own id), so a lock half-way loses
nothing: the household's page, or the home page's list of drafts, opens it again where it
was left. "Terminar después" closes it keeping the draft; "Guardar respuestas" stores the
answers given so far (a synced record) and shows the result or what is still missing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook
from bienestar_field.domain.poverty import PovertyLines, PovertyResult
from bienestar_field.domain.survey import (
    INCOME_FROM_AGE,
    SCHOOL_FROM_AGE,
    SCHOOL_UNTIL_AGE,
    Income,
    MemberSurvey,
    Option,
    Questionnaire,
    Respondent,
    Survey,
    survey_fields,
    survey_from_fields,
    survey_id_for,
)
from bienestar_field.ui import i18n
from bienestar_field.ui.drafts import SURVEY_DRAFT, DraftKeeper
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.survey_texts import result_text
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    WrappingLabel,
    add_row,
    combo,
    combo_value,
    labelled_check,
    new_form,
    scrolling,
    set_combo_value,
    title_label,
    wrapping_label,
)


@dataclass(frozen=True, slots=True)
class SurveySubject:
    """What the dialog needs to ask: the household, its members by name, and what was
    answered before (a saved survey, a draft of the form)."""

    household_id: str
    folio: str
    names: dict[str, str]  # person id -> full name
    respondents: list[Respondent]
    saved: Survey | None
    draft: dict[str, Any] | None
    lines: PovertyLines  # in force today: the result step measures with them, off the disk


def load_subject(casebook: Casebook, household_id: str) -> SurveySubject:
    """On the worker: everything the dialog shows, read in one go."""
    household = casebook.households.get(household_id)
    return SurveySubject(
        household_id=household_id,
        folio=household.folio or "",
        names={m.id: m.full_name for m in household.members},
        respondents=casebook.surveys.respondents(household_id),
        saved=casebook.surveys.get(household_id),
        draft=casebook.surveys.draft(household_id),
        lines=casebook.surveys.lines(),
    )


def open_survey(
    casebook: Casebook,
    runner: TaskRunner,
    household_id: str,
    parent: QWidget,
    *,
    on_saved: Callable[[], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> None:
    """Read the household's survey on the worker, then open the dialog over ``parent``."""

    def show(subject: SurveySubject) -> None:
        dialog = SurveyDialog(casebook, runner, subject, parent)
        if on_saved is not None:
            dialog.saved.connect(on_saved)
        dialog.open()

    runner.run_in_background(
        lambda: load_subject(casebook, household_id),
        show,
        (lambda exc: on_failed(describe_error(exc))) if on_failed else None,
        owner=parent,
    )


def _label(option: Option) -> str:
    return option.es if i18n.language() == "es" else option.en


class _Choice:
    """A yes/no question as a combo: unanswered until chosen."""

    @staticmethod
    def make() -> QComboBox:
        return combo(
            [
                (i18n.translate("Survey", "Elija…"), ""),
                (i18n.translate("Survey", "Sí"), "yes"),
                (i18n.translate("Survey", "No"), "no"),
            ]
        )

    @staticmethod
    def read(box: QComboBox) -> bool | None:
        value = combo_value(box)
        return None if not value else value == "yes"

    @staticmethod
    def write(box: QComboBox, value: bool | None) -> None:
        set_combo_value(box, "" if value is None else ("yes" if value else "no"))


class MemberStep(QWidget):
    """One member's questions: income by source, schooling, health services, social security."""

    def __init__(self, respondent: Respondent, name: str, questionnaire: Questionnaire) -> None:
        super().__init__()
        self.respondent = respondent
        age = respondent.age
        self.asks_income = age >= INCOME_FROM_AGE
        self.asks_schooling = age >= SCHOOL_FROM_AGE
        self.asks_attendance = SCHOOL_FROM_AGE <= age <= SCHOOL_UNTIL_AGE
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(i18n.fill(self.tr("%1, %2 años"), name, age), "subtitle"))
        form = new_form()
        layout.addLayout(form)
        self.has_income = _Choice.make()
        self.sources: dict[str, tuple[QCheckBox, QLineEdit, QComboBox, QWidget]] = {}
        self.income_box = QGroupBox(self.tr("Ingresos por fuente"))
        income_layout = QVBoxLayout(self.income_box)
        for option in questionnaire.options("income_sources"):
            check = QCheckBox()
            amount = QLineEdit()
            amount.setPlaceholderText(self.tr("Monto en pesos"))
            amount.setAccessibleName(i18n.fill(self.tr("Monto de %1"), _label(option)))
            amount.setMaxLength(12)
            frequency = combo(
                [(self.tr("¿Cada cuándo?"), "")]
                + [(_label(o), o.code) for o in questionnaire.options("income_frequency")]
            )
            frequency.setAccessibleName(i18n.fill(self.tr("Frecuencia de %1"), _label(option)))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(24, 0, 0, 0)
            row_layout.addWidget(amount, 1)
            row_layout.addWidget(frequency, 1)
            income_layout.addWidget(labelled_check(check, _label(option)))
            income_layout.addWidget(row)
            check.toggled.connect(self._follow)
            self.sources[option.code] = (check, amount, frequency, row)
        self.income_error = ErrorLabel()
        income_layout.addWidget(self.income_error)
        self.schooling = combo(
            [(self.tr("Elija…"), "")]
            + [(_label(o), o.code) for o in questionnaire.options("schooling")]
        )
        self.attends = _Choice.make()
        self.social_security = _Choice.make()
        if self.asks_income:
            add_row(form, self.tr("¿Recibe algún ingreso?"), self.has_income)
        if self.asks_schooling:
            add_row(form, self.tr("Último nivel escolar terminado"), self.schooling)
        if self.asks_attendance:
            add_row(form, self.tr("¿Asiste a la escuela?"), self.attends)
        if self.asks_income:
            add_row(
                form,
                self.tr("¿Trabaja con prestaciones de seguridad social (IMSS, ISSSTE…)?"),
                self.social_security,
            )
        layout.addWidget(self.income_box)
        self.health_box = QGroupBox(self.tr("Servicios de salud a los que está afiliado(a)"))
        health_layout = QVBoxLayout(self.health_box)
        self.health: dict[str, QCheckBox] = {}
        for option in questionnaire.options("health_services"):
            box = QCheckBox()
            health_layout.addWidget(labelled_check(box, _label(option)))
            self.health[option.code] = box
        layout.addWidget(self.health_box)
        layout.addStretch(1)
        self.has_income.currentIndexChanged.connect(self._follow)
        self._follow()

    def _follow(self, *_args: object) -> None:
        """Skip logic: sources only when the member has income; amounts for sources ticked."""
        receives = self.asks_income and _Choice.read(self.has_income) is True
        self.income_box.setVisible(receives)
        for check, _amount, _frequency, row in self.sources.values():
            row.setVisible(receives and check.isChecked())

    def read(self) -> tuple[MemberSurvey, bool]:
        """The answers, and whether the incomes read (an amount that is no amount does not)."""
        ok = True
        self.income_error.clear()
        incomes: tuple[Income, ...] | None
        if not self.asks_income:
            incomes = ()  # children: no income of their own
        else:
            receives = _Choice.read(self.has_income)
            if receives is None:
                incomes = None
            elif not receives:
                incomes = ()
            else:
                found: list[Income] = []
                complete = True
                for code, (check, amount, frequency, _row) in self.sources.items():
                    if not check.isChecked():
                        continue
                    typed = amount.text().strip().replace(",", "").replace("$", "")
                    try:
                        value = Decimal(typed) if typed else None
                    except InvalidOperation:
                        value = None
                        ok = False
                    if value is not None and (not value.is_finite() or value < 0):
                        value, ok = None, False
                    if value is None or not combo_value(frequency):
                        complete = False
                        continue
                    found.append(Income(code, value, combo_value(frequency)))
                if not ok:
                    self.income_error.show_message(
                        self.tr("Escriba los montos en pesos, por ejemplo 1500 o 1500.50.")
                    )
                incomes = tuple(found) if complete and found else None
        services = frozenset(code for code, box in self.health.items() if box.isChecked())
        attends = _Choice.read(self.attends) if self.asks_attendance else None
        if not self.asks_attendance and self.respondent.age < SCHOOL_FROM_AGE:
            attends = False
        return (
            MemberSurvey(
                incomes=incomes,
                schooling=combo_value(self.schooling) or None if self.asks_schooling else "ninguna",
                attends_school=attends,
                health_services=services or None,
                contributes_social_security=_Choice.read(self.social_security)
                if self.asks_income
                else False,
            ),
            ok,
        )

    def load(self, member: MemberSurvey) -> None:
        if member.incomes is not None and self.asks_income:
            _Choice.write(self.has_income, bool(member.incomes))
        for income in member.incomes or ():
            if income.source in self.sources:
                check, amount, frequency, _row = self.sources[income.source]
                check.setChecked(True)
                amount.setText(f"{income.amount:f}")
                set_combo_value(frequency, income.frequency)
        if member.schooling is not None:
            set_combo_value(self.schooling, member.schooling)
        if self.asks_attendance:
            _Choice.write(self.attends, member.attends_school)
        for code in member.health_services or ():
            if code in self.health:
                self.health[code].setChecked(True)
        if self.asks_income:
            _Choice.write(self.social_security, member.contributes_social_security)
        self._follow()


class SurveyDialog(QDialog):
    """The survey of one household. ``saved`` is emitted once its answers are stored."""

    saved = Signal()

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        subject: SurveySubject,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.subject = subject
        self.questionnaire = casebook.surveys.questionnaire()
        q = self.questionnaire
        self.setWindowTitle(
            i18n.fill(self.tr("Encuesta socioeconómica del hogar %1"), subject.folio)
        )
        fit_to_screen(self, 760, 640)
        self.heading = title_label("", "subtitle")
        self.progress = wrapping_label()
        self.stack = QStackedWidget()
        self.titles: list[str] = []

        # 1. The dwelling.
        self.rural = _Choice.make()
        self.floor = self._options("floor")
        self.walls = self._options("walls")
        self.roof = self._options("roof")
        self.rooms = QSpinBox()
        self.rooms.setRange(0, 99)
        self.rooms.setSpecialValueText(self.tr("Sin contestar"))
        form = new_form()
        add_row(form, self.tr("¿La localidad tiene menos de 2,500 habitantes?"), self.rural)
        add_row(form, self.tr("Material del piso"), self.floor)
        add_row(form, self.tr("Material de las paredes"), self.walls)
        add_row(form, self.tr("Material del techo"), self.roof)
        add_row(form, self.tr("Cuartos (sin contar baños ni pasillos)"), self.rooms)
        self._add_step(self.tr("Vivienda"), form)

        # 2. Services.
        self.water = self._options("water")
        self.drainage = self._options("drainage")
        self.electricity = self._options("electricity")
        self.cooking_fuel = self._options("cooking_fuel")
        self.chimney = _Choice.make()
        form = new_form()
        add_row(form, self.tr("Agua"), self.water)
        add_row(form, self.tr("Drenaje"), self.drainage)
        add_row(form, self.tr("Electricidad"), self.electricity)
        add_row(form, self.tr("Combustible para cocinar"), self.cooking_fuel)
        self.chimney_field = add_row(form, self.tr("¿La cocina tiene chimenea?"), self.chimney)
        self.chimney_label = form.labelForField(self.chimney_field)
        self.cooking_fuel.currentIndexChanged.connect(self._follow_fuel)
        self._add_step(self.tr("Servicios de la vivienda"), form)

        # 3. Goods.
        self.goods: dict[str, QCheckBox] = {}
        goods_layout = QVBoxLayout()
        goods_layout.addWidget(wrapping_label(self.tr("Marque los bienes que tiene el hogar.")))
        for option in q.options("goods"):
            box = QCheckBox()
            goods_layout.addWidget(labelled_check(box, _label(option)))
            self.goods[option.code] = box
        self.goods_answered = QCheckBox()
        goods_layout.addWidget(
            labelled_check(self.goods_answered, self.tr("Preguntado (aunque no tenga ninguno)"))
        )
        self._add_step(self.tr("Bienes del hogar"), goods_layout)

        # 4. Each member.
        self.members: list[MemberStep] = []
        for respondent in subject.respondents:
            member_step = MemberStep(respondent, subject.names.get(respondent.person_id, ""), q)
            self.members.append(member_step)
            name = subject.names.get(respondent.person_id, "")
            self._add_page(i18n.fill(self.tr("Integrante: %1"), name), member_step)

        # 5. Food.
        minors = any(r.age < 18 for r in subject.respondents)
        self.food: dict[str, QComboBox] = {}
        food_layout = QVBoxLayout()
        food_layout.addWidget(
            wrapping_label(self.tr("En los últimos tres meses, por falta de dinero o recursos:"))
        )
        for option in q.options("food_security"):
            if option.group == "minors" and not minors:
                continue
            # The questions are sentences: each wraps above its answer, never cut.
            answer = _Choice.make()
            question = WrappingLabel(_label(option))
            question.setBuddy(answer)
            answer.setAccessibleName(_label(option))
            food_layout.addWidget(question)
            food_layout.addWidget(answer)
            self.food[option.code] = answer
        self._add_step(self.tr("Alimentación"), food_layout)

        # 6. The result.
        self.result_label = wrapping_label()
        self.result_label.setObjectName("surveyResult")
        result_layout = QVBoxLayout()
        result_layout.addWidget(self.result_label)
        self._add_step(self.tr("Resultado"), result_layout)

        self.error = ErrorLabel()
        self.back_button = QPushButton(self.tr("&Anterior"))
        self.next_button = QPushButton(self.tr("&Siguiente"))
        self.save_button = QPushButton(self.tr("&Guardar respuestas"))
        self.later_button = QPushButton(self.tr("Terminar &después"))
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.later)

        self.drafts = DraftKeeper(
            casebook,
            runner,
            SURVEY_DRAFT,
            payload=self.draft_payload,
            label=lambda: i18n.fill(self.tr("Encuesta del hogar %1"), subject.folio),
            parent=self,
            on_failed=self.error.show_message,
        )
        self.drafts.adopt(survey_id_for(subject.household_id))
        start = 0
        if subject.draft is not None:
            fields = subject.draft.get("fields")
            if isinstance(fields, dict):
                self.load(self._survey_of(fields))
            left_at = subject.draft.get("step")
            last = self.stack.count()
            start = left_at if isinstance(left_at, int) and 0 <= left_at < last else 0
        elif subject.saved is not None:
            self.load(subject.saved)
        self.drafts.watch(self.stack)
        # The answers as stored: closing with nothing changed since leaves no draft behind.
        self._stored = survey_fields(subject.saved) if subject.saved is not None else None
        self.show_step(start)

    # --- building ----------------------------------------------------------------------------

    def _options(self, question: str) -> QComboBox:
        return combo(
            [(self.tr("Elija…"), "")]
            + [(_label(o), o.code) for o in self.questionnaire.options(question)]
        )

    def _add_step(self, title: str, layout: Any) -> None:
        page = QWidget()
        if isinstance(layout, QVBoxLayout):
            page.setLayout(layout)
            layout.addStretch(1)
        else:
            outer = QVBoxLayout(page)
            outer.addLayout(layout)
            outer.addStretch(1)
        self._add_page(title, page)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.titles.append(title)
        self.stack.addWidget(scrolling(page))

    def _follow_fuel(self, *_args: object) -> None:
        code = combo_value(self.cooking_fuel)
        needs = bool(code) and self.questionnaire.option("cooking_fuel", code).deprived == (
            "without_chimney"
        )
        self.chimney_field.setVisible(needs)
        if isinstance(self.chimney_label, QLabel):
            self.chimney_label.setVisible(needs)

    # --- steps -------------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    @property
    def last_step(self) -> int:
        return self.stack.count() - 1

    def show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.heading.setText(self.titles[index])
        self.progress.setText(i18n.fill(self.tr("Paso %1 de %2"), index + 1, self.stack.count()))
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.last_step)
        self.next_button.setDefault(index < self.last_step)
        self.save_button.setDefault(index == self.last_step)
        if index == self.last_step:
            self._show_preview()
        self._focus_first()

    def _focus_first(self) -> None:
        page = self.stack.currentWidget()
        assert page is not None
        for widget in page.findChildren(QWidget):
            if (
                isinstance(widget, (QComboBox, QCheckBox, QLineEdit, QSpinBox))
                and widget.isVisibleTo(page)
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.save_button.setFocus()

    def next(self) -> None:
        if not self._step_reads():
            return
        if self.step < self.last_step:
            self.show_step(self.step + 1)
            self.drafts.changed()

    def back(self) -> None:
        if self.step > 0:
            self.show_step(self.step - 1)

    def _step_reads(self) -> bool:
        self.error.clear()
        page = self.stack.currentWidget()
        assert page is not None
        for member in self.members:
            if page.isAncestorOf(member):
                _answers, ok = member.read()
                return ok
        return True

    def _show_preview(self) -> None:
        from bienestar_field.domain.poverty import measure
        from bienestar_field.domain.survey import household_answers

        survey = self.answers()
        result = measure(
            household_answers(survey, self.subject.respondents),
            self.questionnaire,
            self.subject.lines,
        )
        self.show_result(result)

    def show_result(self, result: PovertyResult | None) -> None:
        names = [self.subject.names.get(r.person_id, "") for r in self.subject.respondents]
        self.result_label.setText(result_text(result, names))

    # --- the answers -------------------------------------------------------------------------

    def answers(self) -> Survey:
        """The survey as the form stands (unanswered questions stay ``None``)."""
        goods = frozenset(code for code, box in self.goods.items() if box.isChecked())
        fuel = combo_value(self.cooking_fuel) or None
        chimney = _Choice.read(self.chimney)
        if fuel is not None and self.questionnaire.option("cooking_fuel", fuel).deprived != (
            "without_chimney"
        ):
            chimney = None
        members = {m.respondent.person_id: m.read()[0] for m in self.members}
        return Survey(
            household_id=self.subject.household_id,
            questionnaire_version=self.questionnaire.version,
            rural=_Choice.read(self.rural),
            floor=combo_value(self.floor) or None,
            walls=combo_value(self.walls) or None,
            roof=combo_value(self.roof) or None,
            rooms=self.rooms.value() or None,
            water=combo_value(self.water) or None,
            drainage=combo_value(self.drainage) or None,
            electricity=combo_value(self.electricity) or None,
            cooking_fuel=fuel,
            kitchen_chimney=chimney,
            goods=goods if goods or self.goods_answered.isChecked() else None,
            food_security={
                code: answer
                for code, box in self.food.items()
                if (answer := _Choice.read(box)) is not None
            },
            members=members,
        )

    def load(self, survey: Survey) -> None:
        _Choice.write(self.rural, survey.rural)
        for name in ("floor", "walls", "roof", "water", "drainage", "electricity", "cooking_fuel"):
            box = getattr(self, name)
            set_combo_value(box, getattr(survey, name) or "")
        self.rooms.setValue(survey.rooms or 0)
        self._follow_fuel()
        _Choice.write(self.chimney, survey.kitchen_chimney)
        for code in survey.goods or ():
            if code in self.goods:
                self.goods[code].setChecked(True)
        self.goods_answered.setChecked(survey.goods is not None)
        for code, answer in survey.food_security.items():
            if code in self.food:
                _Choice.write(self.food[code], answer)
        for member in self.members:
            given = survey.members.get(member.respondent.person_id)
            if given is not None:
                member.load(given)

    def _survey_of(self, fields: dict[str, Any]) -> Survey:
        try:
            return survey_from_fields(
                fields,
                household_id=self.subject.household_id,
                questionnaire_version=self.questionnaire.version,
            )
        except (TypeError, ValueError, KeyError, InvalidOperation):
            return Survey(self.subject.household_id, self.questionnaire.version)

    def draft_payload(self) -> dict[str, Any] | None:
        return {
            "household_id": self.subject.household_id,
            "step": self.step,
            "fields": survey_fields(self.answers()),
        }

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if not self._step_reads():
            return
        survey = self.answers()
        casebook = self._casebook
        self.drafts.hold()
        self.save_button.setEnabled(False)

        def work() -> PovertyResult | None:
            casebook.surveys.save(survey)
            return casebook.surveys.poverty(survey.household_id)

        self._runner.run_in_background(work, self._saved, self._failed, owner=self)

    def _saved(self, result: PovertyResult | None) -> None:
        # The casebook dropped the draft with the save; edits from here make a new one.
        self.drafts.release()
        self._stored = survey_fields(self.answers())
        self.save_button.setEnabled(True)
        self.show_step(self.last_step)
        self.show_result(result)
        self.error.clear()
        self.progress.setText(self.tr("Respuestas guardadas."))
        self.saved.emit()

    def _failed(self, exc: Exception) -> None:
        self.drafts.release()
        self.save_button.setEnabled(True)
        self.error.show_message(describe_error(exc))

    def _keep_draft(self) -> None:
        if survey_fields(self.answers()) != self._stored:
            self.drafts.save_now()
        else:
            self.drafts.hold()

    def later(self) -> None:
        """Close, keeping what was typed as a draft to finish later."""
        self._keep_draft()
        self.accept()

    def reject(self) -> None:
        # Escape also keeps the draft: a survey is long, and nothing typed is thrown away.
        self._keep_draft()
        super().reject()
