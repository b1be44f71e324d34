"""The household page: the four steps laid out, user actions forwarded to the controller.

The page is the controller's :class:`HouseholdView`: it reads the forms and shows what the
controller decides; it keeps no state of the registration itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook
from bienestar_field.domain.enrollments import PrivacyConsent
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import Person, Relationship
from bienestar_field.domain.validation import FieldError
from bienestar_field.ui.drafts import Answer, ask_unsaved
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.error_summary import ErrorSummary, point_at
from bienestar_field.ui.household import texts
from bienestar_field.ui.household.address_form import AddressForm
from bienestar_field.ui.household.controller import REVIEW, HouseholdController
from bienestar_field.ui.person_form import PersonForm, casebook_today
from bienestar_field.ui.receipt import DeviceCode, ReceiptDialog
from bienestar_field.ui.survey import open_survey
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    PrivacyNotice,
    WrappingLabel,
    combo_value,
    scrolling,
    set_combo_value,
    title_label,
    wrapping_label,
)


class HouseholdPage(QWidget):
    """The step-by-step registration. ``saved`` is emitted with the stored household."""

    saved = Signal(object)

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
        self.controller = HouseholdController(
            casebook, runner, self, owner=self, device=self._device, on_saved=self.saved.emit
        )

        self.steps_label = WrappingLabel()
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary = ErrorSummary()
        self.stack = QStackedWidget()

        # 1. privacy notice
        self.notice = PrivacyNotice(now=casebook.now)
        point_at(self.notice.error, self.notice.accept_box, self.tr("Aviso de privacidad"))
        notice_page = QWidget()
        notice_layout = QVBoxLayout(notice_page)
        notice_layout.addWidget(self.notice)
        notice_layout.addStretch(1)
        self.stack.addWidget(scrolling(notice_page))

        # 2. address
        self.address_form = AddressForm()
        address_page = QWidget()
        address_layout = QVBoxLayout(address_page)
        address_layout.addWidget(title_label(self.tr("Domicilio del hogar"), "subtitle"))
        address_layout.addWidget(self.address_form)
        address_layout.addStretch(1)
        self.stack.addWidget(scrolling(address_page))

        # 3. members
        self.member_list = QListWidget()
        self.member_list.setAccessibleName(self.tr("Integrantes del hogar"))
        self.member_list.setMinimumWidth(220)
        self.members_error = ErrorLabel()
        self.person_form = PersonForm(household=True, today=casebook_today(casebook.now))
        self.add_member_button = QPushButton(self.tr("Agregar &integrante (Enter)"))
        self.new_member_button = QPushButton(self.tr("&Nuevo integrante"))
        self.remove_member_button = QPushButton(self.tr("&Quitar integrante"))
        self.remove_member_button.setEnabled(False)
        left = QVBoxLayout()
        left.addWidget(title_label(self.tr("Integrantes"), "subtitle"))
        left.addWidget(self.member_list, 1)
        left.addWidget(self.members_error)
        left.addWidget(self.new_member_button)
        left.addWidget(self.remove_member_button)
        form_holder = QWidget()
        form_layout = QVBoxLayout(form_holder)
        self.member_title = title_label(self.tr("Integrante nuevo"), "subtitle")
        form_layout.addWidget(self.member_title)
        form_layout.addWidget(self.person_form)
        form_layout.addWidget(self.add_member_button, 0, Qt.AlignmentFlag.AlignLeft)
        form_layout.addStretch(1)
        members_page = QWidget()
        members_layout = QHBoxLayout(members_page)
        members_layout.addLayout(left, 1)
        members_layout.addWidget(scrolling(form_holder), 3)
        self.stack.addWidget(members_page)

        # 4. review, then the result
        self.review = wrapping_label()
        self.review.setTextFormat(Qt.TextFormat.PlainText)
        self.review_error = ErrorLabel()
        self.register_button = QPushButton(self.tr("&Registrar hogar"))
        self.result_title = title_label("", "subtitle")
        self.result_members = QListWidget()
        self.result_members.setAccessibleName(self.tr("Integrantes registrados"))
        self.enrol_button = QPushButton(self.tr("&Inscribir en programas…"))
        self.receipt_button = QPushButton(self.tr("Comprobante…"))
        self.receipt_button.setShortcut(QKeySequence.StandardKey.Print)
        self.another_button = QPushButton(self.tr("Registrar &otro hogar"))
        # Skippable: the survey can be answered now, later from the household's page, or
        # left half-way as a draft.
        self.survey_button = QPushButton(self.tr("&Encuesta socioeconómica…"))
        self.registered_id: str | None = None
        self.result_box = QWidget()
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.result_title)
        result_layout.addWidget(
            wrapping_label(
                self.tr(
                    "Elija a una persona para inscribirla en los programas que le corresponden."
                )
            )
        )
        result_layout.addWidget(self.result_members)
        result_buttons = QHBoxLayout()
        for button in (
            self.enrol_button,
            self.survey_button,
            self.receipt_button,
            self.another_button,
        ):
            result_buttons.addWidget(button)
        result_buttons.addStretch(1)
        result_layout.addLayout(result_buttons)
        self.result_box.setVisible(False)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(title_label(self.tr("Revise antes de registrar"), "subtitle"))
        review_layout.addWidget(self.review)
        review_layout.addWidget(self.review_error)
        review_layout.addWidget(self.register_button, 0, Qt.AlignmentFlag.AlignLeft)
        review_layout.addWidget(self.result_box)
        review_layout.addStretch(1)
        self.stack.addWidget(scrolling(review_page))

        self.back_button = QPushButton(self.tr("< &Anterior"))
        self.next_button = QPushButton(self.tr("&Siguiente >"))
        self.draft_button = QPushButton(self.tr("&Guardar borrador"))
        self.draft_status = WrappingLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.draft_button)
        nav.addWidget(self.draft_status, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Registrar un hogar")))
        layout.addWidget(self.steps_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)

        controller = self.controller
        self.back_button.clicked.connect(controller.go_back)
        self.next_button.clicked.connect(controller.go_next)
        self.draft_button.clicked.connect(controller.save_draft)
        QShortcut(QKeySequence.StandardKey.Save, self, controller.save_draft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._ctrl_enter)
        self.add_member_button.clicked.connect(controller.add_member)
        self.new_member_button.clicked.connect(controller.new_member)
        self.remove_member_button.clicked.connect(controller.remove_member)
        # Loaded on Enter or a click, never on focus: Shift+Tab into the list used to select
        # member 1 and load it over the member being typed.
        self.member_list.itemActivated.connect(
            lambda item: controller.member_selected(self.member_list.row(item))
        )
        self.member_list.itemClicked.connect(
            lambda item: controller.member_selected(self.member_list.row(item))
        )
        for edit in self.person_form.findChildren(QLineEdit):
            edit.returnPressed.connect(controller.add_member)
        self.register_button.clicked.connect(controller.register)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.result_members.itemActivated.connect(lambda _item: self.enrol_selected())
        self.receipt_button.clicked.connect(self.show_receipt)
        self.survey_button.clicked.connect(self.open_survey)
        self.another_button.clicked.connect(controller.reset)
        self.notice.changed.connect(controller.update_nav)
        controller.drafts.watch(self.stack)
        controller.set_step(0)

    def _ctrl_enter(self) -> None:
        """Ctrl+Enter: the step's main action (register on the review, otherwise next)."""
        if self.controller.step == REVIEW:
            if self.register_button.isEnabled():
                self.controller.register()
        else:
            self.controller.go_next()

    def _summarize(self) -> None:
        """The problems of the step shown, summed up at the top; the first one focused."""
        step = self.stack.currentWidget()
        if step is not None:
            self.summary.show_for(step)

    # --- what the main window asks of the page ---------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def set_step(self, step: int) -> None:
        self.controller.set_step(step)

    def load_draft(self, draft_id: str) -> None:
        self.controller.load_draft(draft_id)

    def save_draft_before_lock(self) -> None:
        self.controller.save_draft_before_lock()

    # --- after registering: enrolment and receipt ------------------------------------------

    def enrol_selected(self) -> None:
        household = self.controller.household
        item = self.result_members.currentItem()
        if household is None or item is None:
            return
        person = self.controller.member(item.data(Qt.ItemDataRole.UserRole))
        if person is None:
            return
        dialog = EnrolDialog(
            self._casebook,
            self._runner,
            person,
            household=household,
            consent=self.notice.consent(),
            parent=self,
            device=self._device,
        )
        dialog.enrolled.connect(self.controller.add_enrolled)
        dialog.open()

    def open_survey(self) -> None:
        """The socioeconomic survey of the household just registered (skippable)."""
        if self.registered_id is not None:
            open_survey(
                self._casebook,
                self._runner,
                self.registered_id,
                self,
                on_failed=self.review_error.show_message,
            )

    def show_receipt(self) -> None:
        receipt = self.controller.receipt()
        if receipt is not None:
            ReceiptDialog(receipt, self._runner, self).open()

    # --- HouseholdView: reading what was typed ---------------------------------------------

    def notice_accepted(self) -> bool:
        return self.notice.accepted

    def consent(self) -> PrivacyConsent:
        return self.notice.consent()

    def consent_values(self) -> dict[str, Any]:
        return {
            "shown_at": self.notice.shown_at,
            "accepted": self.notice.accepted,
            "sensitive": self.notice.sensitive_box.isChecked(),
        }

    def address(self) -> tuple[Address, list[FieldError]]:
        return self.address_form.address()

    def address_values(self) -> dict[str, Any]:
        return self.address_form.raw_values()

    def address_is_empty(self) -> bool:
        return self.address_form.is_empty()

    def place_names(self) -> tuple[str, str, str]:
        form = self.address_form
        return (
            form.locality.currentText(),
            form.municipality.currentText(),
            form.state.currentText(),
        )

    def member_values(self) -> dict[str, Any]:
        return self.person_form.raw_values()

    def checked_member(self, today: date) -> dict[str, Any] | None:
        person, errors = self.person_form.build(today)
        self.person_form.show_errors(errors)
        if person is None:
            self._summarize()
            return None
        self.summary.clear_message()
        return self.person_form.raw_values()

    def people(self, members: Sequence[dict[str, Any]], today: date) -> list[Person]:
        form = PersonForm(household=True)
        people = []
        for values in members:
            form.load_raw_values(values)
            person, _errors = form.build(today)
            if person is not None:
                people.append(person)
        form.deleteLater()
        return people

    # --- HouseholdView: showing ------------------------------------------------------------

    def show_step(self, step: int, *, suggest_head: bool) -> None:
        if step != self.stack.currentIndex():
            self.summary.clear_message()
        self.stack.setCurrentIndex(step)
        self.steps_label.setText(texts.steps_markup(step))
        self.steps_label.setAccessibleName(texts.step_accessible_name(step))
        if suggest_head and not combo_value(self.person_form.relationship):
            set_combo_value(self.person_form.relationship, Relationship.JEFA_O_JEFE.value)

    def focus_step(self, step: int) -> None:
        focus = {
            0: self.notice.accept_box,
            1: self.address_form.state,
            2: self.person_form.curp,
            3: self.register_button,
        }[step]
        focus.setFocus()

    def show_nav(self, *, back: bool, forward: bool, editable: bool) -> None:
        self.back_button.setEnabled(back)
        self.next_button.setEnabled(forward)
        self.draft_button.setEnabled(editable)
        self.register_button.setEnabled(editable)

    def show_review(self, text: str) -> None:
        self.review.setText(text)

    def show_notice_error(self, message: str) -> None:
        self.notice.error.show_message(message)
        self._summarize()

    def check_address(self) -> bool:
        _address, errors = self.address_form.address()
        self.address_form.show_errors(errors)
        if errors:
            self._summarize()
        else:
            self.summary.clear_message()
        return not errors

    def show_address_errors(self, errors: list[FieldError]) -> None:
        self.address_form.show_errors(errors)
        self._summarize()

    def show_members(self, lines: list[str]) -> None:
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for line in lines:
            self.member_list.addItem(QListWidgetItem(line))
        self.member_list.blockSignals(False)

    def show_members_error(self, message: str) -> None:
        if message:
            self.members_error.show_message(message)
        else:
            self.members_error.clear_message()

    def show_new_member(self, title: str, *, head_of_household: bool) -> None:
        self.member_list.blockSignals(True)
        self.member_list.setCurrentRow(-1)
        self.member_list.blockSignals(False)
        self.person_form.clear()
        if head_of_household:
            set_combo_value(self.person_form.relationship, Relationship.JEFA_O_JEFE.value)
        self.member_title.setText(title)
        self.remove_member_button.setEnabled(False)
        self.person_form.curp.setFocus()

    def show_member(self, title: str, values: dict[str, Any]) -> None:
        self.person_form.load_raw_values(values)
        self.member_title.setText(title)
        self.remove_member_button.setEnabled(True)

    def select_member(self, index: int) -> None:
        self.member_list.setCurrentRow(index)
        self.remove_member_button.setEnabled(index >= 0)

    def show_member_errors(self, errors: list[FieldError]) -> None:
        self.person_form.show_errors(errors)
        self._summarize()

    def ask_member_unsaved(self, on_answer: Callable[[Answer], None]) -> None:
        ask_unsaved(
            self,
            texts.member_unsaved(),
            on_answer,
            keep=self.tr("&Agregar al hogar"),
            drop=self.tr("&Descartar lo escrito"),
        )

    def show_registering(self) -> None:
        self.review_error.clear_message()
        self.register_button.setEnabled(False)

    def show_register_error(self, message: str | None) -> None:
        self.register_button.setEnabled(True)
        if message is not None:
            self.review_error.show_message(message)

    def show_registered(self, household: Household, title: str) -> None:
        self.result_title.setText(title)
        self.registered_id = household.id
        self.result_members.clear()
        for person in household.members:
            item = QListWidgetItem(f"{person.full_name} — {person.folio}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.result_members.addItem(item)
        self.result_members.setCurrentRow(0)
        self.result_box.setVisible(True)
        self.result_members.setFocus()

    def show_draft_status(self, text: str) -> None:
        self.draft_status.setText(text)

    def clear(self) -> None:
        self.notice.restart()
        self.address_form.load_raw_values({})
        self.person_form.clear()
        self.result_box.setVisible(False)

    def load_draft_values(
        self, consent: dict[str, Any], address: dict[str, Any], editing: dict[str, Any] | None
    ) -> None:
        self.notice.shown_at = str(consent.get("shown_at", self.notice.shown_at))
        self.notice.accept_box.setChecked(bool(consent.get("accepted")))
        self.notice.sensitive_box.setChecked(bool(consent.get("sensitive")))
        self.address_form.load_raw_values(address)
        if editing is not None:
            self.person_form.load_raw_values(editing)
