"""Register a household, step by step: privacy notice, address, members, review.

The form can be saved as an encrypted draft at any step (Ctrl+S) and resumed from the home
page; it is also saved automatically when the screen locks with work in it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.domain import geography
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import Person, Relationship
from bienestar_field.domain.text import verbatim
from bienestar_field.domain.validation import FieldError, validate_address
from bienestar_field.ui import i18n
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.home import HOUSEHOLD_DRAFT
from bienestar_field.ui.person_form import PersonForm
from bienestar_field.ui.receipt import DeviceCode, Receipt, ReceiptDialog, ReceiptLine
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    Field,
    PrivacyNotice,
    WrappingLabel,
    add_row,
    combo,
    combo_value,
    new_form,
    scrolling,
    set_combo_value,
    title_label,
    wrapping_label,
)

SETTLEMENT_TYPES = (
    "Colonia",
    "Barrio",
    "Ejido",
    "Ranchería",
    "Pueblo",
    "Fraccionamiento",
    "Unidad habitacional",
    "Paraje",
    "Rancho",
)
STREET_TYPES = (
    "Calle",
    "Avenida",
    "Camino",
    "Brecha",
    "Vereda",
    "Privada",
    "Carretera",
    "Andador",
    "Callejón",
    "Terracería",
)


class AddressForm(QWidget):
    """INEGI address: state → municipality → locality from the catalog, or a typed locality."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dash = self.tr("—")
        self.state = combo([(dash, "")] + [(s.name, s.inegi_key) for s in geography.states()])
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.locality = QComboBox()
        self.locality.setEditable(True)
        self.locality.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for box in (self.municipality, self.locality):
            completer = box.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.settlement_type = combo([(t, t) for t in SETTLEMENT_TYPES], editable=True)
        self.settlement_name = QLineEdit()
        self.street_type = combo([(t, t) for t in STREET_TYPES], editable=True)
        self.street_name = QLineEdit()
        self.exterior_number = QLineEdit(geography.NO_NUMBER)
        self.interior_number = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaxLength(5)
        self.postal_code.setInputMask("")
        self.between_streets = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("p. ej. a 200 m de la escuela, casa de adobe"))
        form = new_form()
        self.state_field = add_row(form, self.tr("Estado"), self.state, required=True)
        self.municipality_field = add_row(
            form, self.tr("Municipio o alcaldía"), self.municipality, required=True
        )
        self.locality_field = add_row(form, self.tr("Localidad"), self.locality, required=True)
        form.addRow(
            "",
            wrapping_label(
                self.tr(
                    "Si la localidad no aparece en la lista (menos de 1,000 habitantes), escriba su nombre."  # noqa: E501 - one translatable string
                )
            ),
        )
        add_row(form, self.tr("Tipo de asentamiento"), self.settlement_type)
        add_row(form, self.tr("Nombre del asentamiento"), self.settlement_name)
        add_row(form, self.tr("Tipo de vialidad"), self.street_type)
        add_row(form, self.tr("Nombre de la vialidad"), self.street_name)
        self.exterior_field = add_row(
            form, self.tr("Número exterior"), self.exterior_number, required=True
        )
        add_row(form, self.tr("Número interior"), self.interior_number)
        self.postal_field = add_row(form, self.tr("Código postal"), self.postal_code)
        add_row(form, self.tr("Entre calles"), self.between_streets)
        add_row(form, self.tr("Referencia"), self.reference)
        self.setLayout(form)
        self.state.currentIndexChanged.connect(self._state_changed)
        self.municipality.currentIndexChanged.connect(self._municipality_changed)
        self._fields = [
            self.state_field,
            self.municipality_field,
            self.locality_field,
            self.exterior_field,
            self.postal_field,
        ]

    def _state_changed(self) -> None:
        self.municipality.blockSignals(True)
        self.municipality.clear()
        state = combo_value(self.state)
        if state:
            for place in geography.municipalities(state):
                self.municipality.addItem(place.name, place.key)
        self.municipality.setCurrentIndex(-1)
        self.municipality.blockSignals(False)
        self._municipality_changed()

    def _municipality_changed(self) -> None:
        self.locality.clear()
        state, key = combo_value(self.state), self._municipality_key()
        if state and key:
            for place in geography.localities(state, key):
                self.locality.addItem(place.name, place.key)
        self.locality.setCurrentIndex(-1)
        self.locality.setEditText("")

    def _municipality_key(self) -> str:
        text = self.municipality.currentText().strip()
        index = self.municipality.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return ""
        value = self.municipality.itemData(index)
        return value if isinstance(value, str) else ""

    def select(self, state: str, municipality: str, locality_name: str) -> None:
        set_combo_value(self.state, state)
        index = self.municipality.findData(municipality)
        self.municipality.setCurrentIndex(index)
        index = self.locality.findText(locality_name, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self.locality.setCurrentIndex(index)
        else:
            self.locality.setEditText(locality_name)

    def address(self) -> tuple[Address, list[FieldError]]:
        errors: list[FieldError] = []
        state = combo_value(self.state)
        municipality = self._municipality_key()
        if not state:
            errors.append(FieldError("state_code", verbatim(self.tr("Elija el estado."))))
        elif not municipality:
            errors.append(
                FieldError(
                    "municipality_code", verbatim(self.tr("Elija el municipio de la lista."))
                )
            )
        locality_name = self.locality.currentText().strip()
        index = self.locality.findText(locality_name, Qt.MatchFlag.MatchFixedString)
        locality_key = self.locality.itemData(index) if index >= 0 else None
        address = Address(
            state_code=state or "00",
            municipality_code=municipality or "000",
            locality_code=locality_key if isinstance(locality_key, str) else None,
            locality_name=locality_name,
            settlement_type=self.settlement_type.currentText().strip(),
            settlement_name=self.settlement_name.text().strip(),
            street_type=self.street_type.currentText().strip(),
            street_name=self.street_name.text().strip(),
            exterior_number=self.exterior_number.text().strip().upper(),
            interior_number=self.interior_number.text().strip(),
            postal_code=self.postal_code.text().strip(),
            between_streets=self.between_streets.text().strip(),
            reference=self.reference.text().strip(),
        )
        if not errors:
            errors = validate_address(address)
        else:
            errors += [
                e
                for e in validate_address(address)
                if e.field not in ("state_code", "municipality_code", "locality_code")
            ]
        return address, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        for field in self._fields:
            field.error.clear_message()
        by_name: dict[str, Field] = {
            "state_code": self.state_field,
            "municipality_code": self.municipality_field,
            "locality_code": self.locality_field,
            "locality_name": self.locality_field,
            "exterior_number": self.exterior_field,
            "postal_code": self.postal_field,
        }
        for error in errors:
            by_name.get(error.field, self.state_field).error.append_message(
                i18n.domain_text(error.text)
            )

    def raw_values(self) -> dict[str, Any]:
        return {
            "state": combo_value(self.state),
            "municipality": self._municipality_key(),
            "locality": self.locality.currentText(),
            "settlement_type": self.settlement_type.currentText(),
            "settlement_name": self.settlement_name.text(),
            "street_type": self.street_type.currentText(),
            "street_name": self.street_name.text(),
            "exterior_number": self.exterior_number.text(),
            "interior_number": self.interior_number.text(),
            "postal_code": self.postal_code.text(),
            "between_streets": self.between_streets.text(),
            "reference": self.reference.text(),
        }

    def load_raw_values(self, values: dict[str, Any]) -> None:
        self.select(
            str(values.get("state", "")),
            str(values.get("municipality", "")),
            str(values.get("locality", "")),
        )
        self.settlement_type.setEditText(str(values.get("settlement_type", "")))
        self.settlement_name.setText(str(values.get("settlement_name", "")))
        self.street_type.setEditText(str(values.get("street_type", "")))
        self.street_name.setText(str(values.get("street_name", "")))
        self.exterior_number.setText(str(values.get("exterior_number", geography.NO_NUMBER)))
        self.interior_number.setText(str(values.get("interior_number", "")))
        self.postal_code.setText(str(values.get("postal_code", "")))
        self.between_streets.setText(str(values.get("between_streets", "")))
        self.reference.setText(str(values.get("reference", "")))

    def is_empty(self) -> bool:
        return not combo_value(self.state) and not self.street_name.text().strip()


class HouseholdPage(QWidget):
    """The step-by-step registration. ``saved`` is emitted with the stored household."""

    saved = Signal(object)
    STEPS = 4

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
        self.draft_id: str | None = None
        self.members: list[dict[str, Any]] = []
        self.editing_index: int | None = None
        self.household: Household | None = None
        self.enrolled: list[ReceiptLine] = []

        self.steps_label = WrappingLabel()
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.stack = QStackedWidget()

        # 1. privacy notice
        self.notice = PrivacyNotice(now=casebook.now)
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
        self.person_form = PersonForm(household=True)
        self.add_member_button = QPushButton(self.tr("&Agregar integrante"))
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
        for button in (self.enrol_button, self.receipt_button, self.another_button):
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
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.draft_button.clicked.connect(self.save_draft)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        self.add_member_button.clicked.connect(self.add_member)
        self.new_member_button.clicked.connect(self.new_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.member_list.currentRowChanged.connect(self._member_selected)
        self.register_button.clicked.connect(self.register)
        self.enrol_button.clicked.connect(self.enrol_selected)
        self.result_members.itemActivated.connect(lambda _item: self.enrol_selected())
        self.receipt_button.clicked.connect(self.show_receipt)
        self.another_button.clicked.connect(self.reset)
        self.notice.changed.connect(self._update_nav)
        self.set_step(0)

    # --- steps -----------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def set_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [
            self.tr("Aviso de privacidad"),
            self.tr("Domicilio"),
            self.tr("Integrantes"),
            self.tr("Revisión"),
        ]
        parts = []
        for index, name in enumerate(names):
            text = f"{index + 1}. {name}"
            parts.append(f"<b><u>{text}</u></b>" if index == step else text)
        self.steps_label.setText(" &nbsp;›&nbsp; ".join(parts))
        self.steps_label.setAccessibleName(
            i18n.fill(self.tr("Paso %1 de %2: %3"), step + 1, self.STEPS, names[step])
        )
        if step == 2 and not self.members and not combo_value(self.person_form.relationship):
            set_combo_value(self.person_form.relationship, Relationship.JEFA_O_JEFE.value)
        if step == 3:
            self._fill_review()
        self._update_nav()
        focus = {
            0: self.notice.accept_box,
            1: self.address_form.state,
            2: self.person_form.curp,
            3: self.register_button,
        }[step]
        focus.setFocus()

    def _update_nav(self) -> None:
        done = self.household is not None
        self.back_button.setEnabled(self.step > 0 and not done)
        self.next_button.setEnabled(self.step < 3 and (self.step != 0 or self.notice.accepted))
        self.draft_button.setEnabled(not done)
        self.register_button.setEnabled(not done)

    def go_back(self) -> None:
        if self.step > 0:
            self.set_step(self.step - 1)

    def go_next(self) -> None:
        if self.step == 0:
            if not self.notice.accepted:
                self.notice.error.show_message(
                    self.tr("Antes de capturar datos, la persona debe conocer y aceptar el aviso.")
                )
                return
        elif self.step == 1:
            _address, errors = self.address_form.address()
            self.address_form.show_errors(errors)
            if errors:
                return
        elif self.step == 2:
            if self._form_has_content() and not self.add_member():
                return
            if not self.members:
                self.members_error.show_message(
                    self.tr("Registre al menos a una persona del hogar.")
                )
                return
        if self.step < 3:
            self.set_step(self.step + 1)

    # --- members ---------------------------------------------------------------------------

    def _form_has_content(self) -> bool:
        values = self.person_form.raw_values()
        return any(str(values[k]).strip() for k in ("curp", "nombres", "primer_apellido"))

    def add_member(self) -> bool:
        """Check the form and put the person in the list; ``False`` when it has errors."""
        person, errors = self.person_form.build(self._today())
        first = self.person_form.show_errors(errors)
        if person is None:
            if first is not None:
                first.editor.setFocus()
            return False
        values = self.person_form.raw_values()
        if self.editing_index is None:
            self.members.append(values)
        else:
            self.members[self.editing_index] = values
        self._refresh_member_list()
        self.members_error.clear_message()
        self.new_member()
        return True

    def new_member(self) -> None:
        self.editing_index = None
        self.member_list.blockSignals(True)
        self.member_list.setCurrentRow(-1)
        self.member_list.blockSignals(False)
        self.person_form.clear()
        if not self.members:
            set_combo_value(self.person_form.relationship, Relationship.JEFA_O_JEFE.value)
        self.member_title.setText(self.tr("Integrante nuevo"))
        self.remove_member_button.setEnabled(False)
        self.person_form.curp.setFocus()

    def remove_member(self) -> None:
        if self.editing_index is None:
            return
        del self.members[self.editing_index]
        self._refresh_member_list()
        self.new_member()

    def _member_selected(self, row: int) -> None:
        if row < 0 or row >= len(self.members):
            return
        self.editing_index = row
        self.person_form.load_raw_values(self.members[row])
        self.member_title.setText(i18n.fill(self.tr("Integrante %1"), row + 1))
        self.remove_member_button.setEnabled(True)

    def _refresh_member_list(self) -> None:
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for index, values in enumerate(self.members):
            name = " ".join(
                str(values.get(k, "")).strip()
                for k in ("nombres", "primer_apellido", "segundo_apellido")
            ).strip()
            relationship = str(values.get("relationship", ""))
            role = i18n.relationship_label(Relationship(relationship)) if relationship else ""
            self.member_list.addItem(QListWidgetItem(f"{index + 1}. {name} — {role}"))
        self.member_list.blockSignals(False)

    def _people(self) -> list[Person]:
        form = PersonForm(household=True)
        people = []
        for values in self.members:
            form.load_raw_values(values)
            person, _errors = form.build(self._today())
            if person is not None:
                people.append(person)
        form.deleteLater()
        return people

    # --- review and save ---------------------------------------------------------------------

    def _today(self) -> date:
        return self._casebook.now().astimezone().date()

    def _fill_review(self) -> None:
        address, _errors = self.address_form.address()
        lines = [self.tr("Domicilio:")]
        place = ", ".join(
            p
            for p in (
                f"{address.street_type} {address.street_name} {address.exterior_number}".strip(),
                f"{address.settlement_type} {address.settlement_name}".strip(),
                address.locality_name,
                self.address_form.municipality.currentText(),
                self.address_form.state.currentText(),
                address.postal_code,
            )
            if p
        )
        lines.append("  " + place)
        if address.reference:
            lines.append("  " + address.reference)
        lines.append("")
        lines.append(i18n.fill(self.tr("Integrantes (%1):"), len(self.members)))
        for person in self._people():
            role = i18n.relationship_label(person.relationship) if person.relationship else ""
            lines.append(f"  • {person.full_name} — {role} — {i18n.format_date(person.birth_date)}")
        self.review.setText("\n".join(lines))

    def build_household(self) -> Household:
        address, _errors = self.address_form.address()
        return Household(
            id="", address=address, members=self._people(), consent=self.notice.consent()
        )

    def register(self) -> None:
        household = self.build_household()
        today = self._today()
        self.review_error.clear_message()
        self.register_button.setEnabled(False)
        casebook = self._casebook
        draft_id = self.draft_id

        def work() -> Household:
            saved = casebook.register_household(household, today=today)
            if draft_id is not None:
                casebook.delete_draft(draft_id)
            return saved

        self._runner.run_in_background(
            work, self._registered, self._register_failed, owner=self, writes=True
        )

    def _registered(self, household: Household) -> None:
        self.household = household
        self.draft_id = None
        self.result_title.setText(
            i18n.fill(self.tr("Hogar registrado con el folio %1"), household.folio or "")
        )
        self.result_members.clear()
        for person in household.members:
            item = QListWidgetItem(f"{person.full_name} — {person.folio}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.result_members.addItem(item)
        self.result_members.setCurrentRow(0)
        self.result_box.setVisible(True)
        self._update_nav()
        self.result_members.setFocus()
        self.saved.emit(household)

    def _register_failed(self, exc: Exception) -> None:
        self.register_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self._route_errors(exc.errors)
        else:
            self.review_error.show_message(describe_error(exc))

    def _route_errors(self, errors: list[FieldError]) -> None:
        """Send the casebook's field errors back to the step and field they concern."""
        address_errors = [
            replace(e, field=e.field.removeprefix("address."))
            for e in errors
            if e.field.startswith("address.")
        ]
        if address_errors:
            self.address_form.show_errors(address_errors)
            self.set_step(1)
            return
        for error in errors:
            if error.field.startswith("members["):
                index = int(error.field[len("members[") : error.field.index("]")])
                member_errors = [
                    replace(e, field=e.field.split("].", 1)[1])
                    for e in errors
                    if e.field.startswith(f"members[{index}].")
                ]
                self.set_step(2)
                self.member_list.setCurrentRow(index)
                self.person_form.show_errors(member_errors)
                return
        self.set_step(2)
        self.members_error.show_message(" ".join(i18n.domain_text(e.text) for e in errors))

    # --- after saving: enrol and receipt -------------------------------------------------------

    def enrol_selected(self) -> None:
        household = self.household
        item = self.result_members.currentItem()
        if household is None or item is None:
            return
        person_id = item.data(Qt.ItemDataRole.UserRole)
        person = next((m for m in household.members if m.id == person_id), None)
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
        dialog.enrolled.connect(self._enrolled)
        dialog.open()

    def _enrolled(self, lines: list[ReceiptLine]) -> None:
        self.enrolled.extend(lines)

    def receipt(self) -> Receipt | None:
        household = self.household
        if household is None:
            return None
        return Receipt(
            folio=household.folio or "",
            issued_on=self._today(),
            kind="household",
            members=len(household.members),
            programs=tuple(self.enrolled),
            device_code=self._device.value,
        )

    def show_receipt(self) -> None:
        receipt = self.receipt()
        if receipt is not None:
            ReceiptDialog(receipt, self._runner, self).open()

    def reset(self) -> None:
        self.household = None
        self.draft_id = None
        self.members = []
        self.enrolled = []
        self.editing_index = None
        self.notice.restart()
        self.address_form.load_raw_values({})
        self._refresh_member_list()
        self.person_form.clear()
        self.result_box.setVisible(False)
        self.draft_status.setText("")
        self.set_step(0)

    # --- drafts ------------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        if self.household is not None:
            return False
        return bool(self.members) or not self.address_form.is_empty() or self._form_has_content()

    def draft_payload(self) -> dict[str, Any]:
        return {
            "step": self.step,
            "consent": {
                "shown_at": self.notice.shown_at,
                "accepted": self.notice.accepted,
                "sensitive": self.notice.sensitive_box.isChecked(),
            },
            "address": self.address_form.raw_values(),
            "members": self.members,
            "editing": self.person_form.raw_values() if self._form_has_content() else None,
        }

    def draft_label(self) -> str:
        locality = self.address_form.locality.currentText().strip() or self.tr("sin localidad")
        return i18n.fill(self.tr("Hogar en %1, %2 integrantes"), locality, len(self.members))

    def save_draft(self) -> None:
        if self.household is not None:
            return
        payload, label, draft_id = self.draft_payload(), self.draft_label(), self.draft_id
        casebook = self._casebook
        self.draft_status.setText(self.tr("Guardando borrador…"))
        self._runner.run_in_background(
            lambda: casebook.save_draft(HOUSEHOLD_DRAFT, label, payload, draft_id),
            self._draft_saved,
            lambda exc: self.draft_status.setText(describe_error(exc)),
            owner=self,
        )

    def save_draft_before_lock(self) -> None:
        """Queue a draft save ahead of the lock (the worker runs them in order)."""
        if self.has_unsaved_work():
            payload, label, draft_id = self.draft_payload(), self.draft_label(), self.draft_id
            casebook = self._casebook
            self._runner.run_in_background(
                lambda: casebook.save_draft(HOUSEHOLD_DRAFT, label, payload, draft_id)
            )

    def _draft_saved(self, draft_id: str) -> None:
        self.draft_id = draft_id
        self.draft_status.setText(self.tr("Borrador guardado."))

    def load_draft(self, draft_id: str) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.load_draft(draft_id),
            lambda payload: self._apply_draft(draft_id, payload),
            owner=self,
        )

    def _apply_draft(self, draft_id: str, payload: dict[str, Any]) -> None:
        self.reset()
        self.draft_id = draft_id
        consent = payload.get("consent") or {}
        self.notice.shown_at = str(consent.get("shown_at", self.notice.shown_at))
        self.notice.accept_box.setChecked(bool(consent.get("accepted")))
        self.notice.sensitive_box.setChecked(bool(consent.get("sensitive")))
        self.address_form.load_raw_values(payload.get("address") or {})
        self.members = list(payload.get("members") or [])
        self._refresh_member_list()
        editing = payload.get("editing")
        if isinstance(editing, dict):
            self.person_form.load_raw_values(editing)
        self.draft_status.setText(self.tr("Borrador recuperado."))
        step = int(payload.get("step", 0))
        self.set_step(step if self.notice.accepted else 0)
