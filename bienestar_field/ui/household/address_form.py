"""The household's address: state → municipality → locality from the INEGI catalog, or typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from bienestar_field.domain import geography
from bienestar_field.domain.address_types import address_types, find_type
from bienestar_field.domain.households import Address
from bienestar_field.domain.text import Localized, verbatim
from bienestar_field.domain.validation import FieldError, validate_address
from bienestar_field.ui import i18n
from bienestar_field.ui.widgets import (
    Field,
    add_row,
    combo,
    combo_value,
    new_form,
    set_combo_value,
    wrapping_label,
)


def type_combo(types: tuple[Localized, ...]) -> QComboBox:
    """An editable list of address types, labelled in the language shown, valued in Spanish."""
    return combo([(i18n.catalog_text(t), t.es) for t in types], editable=True)


def type_value(box: QComboBox, types: tuple[Localized, ...], loaded: str = "") -> str:
    """The Spanish name of the type chosen (or typed in either language), else what was typed:
    the address stores and prints the words of Mexican documents, whatever the screen shows.
    ``loaded``, the value the form was filled with, is kept as it was written ("calle") while
    the same type is chosen, so showing an address in English does not change it."""
    typed = box.currentText().strip()
    listed = find_type(types, typed) if typed else None
    if listed is not None and loaded.strip() and find_type(types, loaded) == listed:
        return loaded.strip()
    return listed.es if listed is not None else typed


def show_type(box: QComboBox, types: tuple[Localized, ...], value: str) -> None:
    listed = find_type(types, value) if value.strip() else None
    index = box.findData(listed.es) if listed is not None else -1
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setEditText(value)


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
        self._types = address_types()
        self._loaded_types = ("", "")  # (settlement, street) as load_raw_values was given them
        self.settlement_type = type_combo(self._types.settlement)
        self.settlement_name = QLineEdit()
        self.street_type = type_combo(self._types.street)
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
        for box, check in (
            (self.municipality, self._check_municipality),
            (self.locality, self._check_locality),
        ):
            line = box.lineEdit()
            if line is not None:
                line.returnPressed.connect(check)
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

    def _check_municipality(self) -> None:
        """Enter on a name the catalog does not have: said at once, not at "Siguiente"."""
        text = self.municipality.currentText().strip()
        if not text or self._municipality_key():
            self.municipality_field.error.clear_message()
            return
        state = self.state.currentText() if combo_value(self.state) else ""
        message = (
            i18n.fill(
                self.tr("«%1» no está en el catálogo de municipios de %2: elija uno de la lista."),
                text,
                state,
            )
            if state
            else self.tr("Elija primero el estado.")
        )
        self.municipality_field.error.show_message(message)

    def _check_locality(self) -> None:
        text = self.locality.currentText().strip()
        if not text or self.locality.findText(text, Qt.MatchFlag.MatchFixedString) >= 0:
            self.locality_field.error.clear_message()
            return
        self.locality_field.error.show_message(
            i18n.fill(
                self.tr(
                    "«%1» no está en el catálogo de localidades de este municipio: se registrará "
                    "como localidad escrita (menos de 1,000 habitantes)."
                ),
                text,
            ),
            warning=True,
        )

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
            settlement_type=type_value(
                self.settlement_type, self._types.settlement, self._loaded_types[0]
            ),
            settlement_name=self.settlement_name.text().strip(),
            street_type=type_value(self.street_type, self._types.street, self._loaded_types[1]),
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
            "settlement_type": type_value(
                self.settlement_type, self._types.settlement, self._loaded_types[0]
            ),
            "settlement_name": self.settlement_name.text(),
            "street_type": type_value(self.street_type, self._types.street, self._loaded_types[1]),
            "street_name": self.street_name.text(),
            "exterior_number": self.exterior_number.text(),
            "interior_number": self.interior_number.text(),
            "postal_code": self.postal_code.text(),
            "between_streets": self.between_streets.text(),
            "reference": self.reference.text(),
        }

    def load_raw_values(self, values: dict[str, Any]) -> None:
        self._loaded_types = (
            str(values.get("settlement_type", "")),
            str(values.get("street_type", "")),
        )
        self.select(
            str(values.get("state", "")),
            str(values.get("municipality", "")),
            str(values.get("locality", "")),
        )
        show_type(
            self.settlement_type, self._types.settlement, str(values.get("settlement_type", ""))
        )
        self.settlement_name.setText(str(values.get("settlement_name", "")))
        show_type(self.street_type, self._types.street, str(values.get("street_type", "")))
        self.street_name.setText(str(values.get("street_name", "")))
        self.exterior_number.setText(str(values.get("exterior_number", geography.NO_NUMBER)))
        self.interior_number.setText(str(values.get("interior_number", "")))
        self.postal_code.setText(str(values.get("postal_code", "")))
        self.between_streets.setText(str(values.get("between_streets", "")))
        self.reference.setText(str(values.get("reference", "")))

    def is_empty(self) -> bool:
        return not combo_value(self.state) and not self.street_name.text().strip()
