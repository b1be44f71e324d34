"""A record's saved changes in words: the form's own labels and values as the form shows them.

The casebook's history holds what each change stored (``phone: +525512345678``,
``birth_date: 1985-04-02``); a caseworker reads "Teléfono: 55 1234 5678" and
"Fecha de nacimiento: 02/04/1985". A first registration lists what was filled in; a
correction lists what it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import phonenumbers

from bienestar_field.domain import geography
from bienestar_field.domain.curp import BORN_ABROAD
from bienestar_field.domain.enrollments import ClosureReason, EnrollmentStatus
from bienestar_field.domain.people import (
    DisabilityKind,
    LeaveReason,
    Occupation,
    Relationship,
    SchoolLevel,
    Sex,
)
from bienestar_field.ui import i18n
from bienestar_field.ui.i18n import translate

# Internal links, not something a person reads or corrects here (the locality key and the
# GPS point and consent of a household are shown by the address form, not as history).
_HIDDEN = frozenset(
    {"household_id", "folio", "id", "version", "locality_code", "gps", "consent", "person_id"}
)


def _labels() -> dict[str, str]:
    """The fields in the order the person form shows them, with its words."""
    return {
        "curp": translate("History", "CURP"),
        "nombres": translate("History", "Nombre(s)"),
        "primer_apellido": translate("History", "Primer apellido"),
        "segundo_apellido": translate("History", "Segundo apellido"),
        "birth_date": translate("History", "Fecha de nacimiento"),
        "sex": translate("History", "Sexo"),
        "birth_state": translate("History", "Entidad de nacimiento"),
        "relationship": translate("History", "Parentesco con la jefa o jefe"),
        "phone": translate("History", "Teléfono"),
        "occupation": translate("History", "Ocupación"),
        "has_social_security_childcare": translate("History", "Guardería del IMSS o ISSSTE"),
        "disability": translate("History", "Discapacidad"),
        "indigenous": translate("History", "Se reconoce como indígena"),
        "afromexican": translate("History", "Se reconoce como afromexicana o afromexicano"),
        "pregnancy_due_date": translate("History", "Embarazo: fecha probable de parto"),
        "schooling": translate("History", "Escuela"),
        "notes": translate("History", "Notas"),
        "household_since": translate("History", "Integrante del hogar desde"),
        "left_household_on": translate("History", "Dejó el hogar el"),
        "left_household_reason": translate("History", "Motivo de la baja del hogar"),
        "death_date": translate("History", "Fecha de defunción"),
        # A household's address, in the order of the address form.
        "state_code": translate("History", "Estado"),
        "municipality_code": translate("History", "Municipio (clave)"),
        "locality_name": translate("History", "Localidad"),
        "settlement_type": translate("History", "Tipo de asentamiento"),
        "settlement_name": translate("History", "Asentamiento"),
        "street_type": translate("History", "Tipo de vialidad"),
        "street_name": translate("History", "Vialidad"),
        "exterior_number": translate("History", "Número exterior"),
        "interior_number": translate("History", "Número interior"),
        "postal_code": translate("History", "Código postal"),
        "between_streets": translate("History", "Entre calles"),
        "reference": translate("History", "Referencia"),
        "address_since": translate("History", "Vive ahí desde"),
        # An enrolment's closure.
        "status": translate("History", "Estado de la inscripción"),
        "closure_reason": translate("History", "Motivo"),
        "closed_on": translate("History", "A partir del"),
        "closure_note": translate("History", "Nota"),
        "event_note": translate("History", "Nota"),
    }


def _yes_no(value: Any) -> str:
    return translate("History", "Sí") if value else translate("History", "No")


def _date(value: Any) -> str:
    try:
        return i18n.format_date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _phone(value: Any) -> str:
    try:
        number = phonenumbers.parse(str(value), "MX")
    except phonenumbers.NumberParseException:
        return str(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _birth_state(value: Any) -> str:
    if value == BORN_ABROAD:
        return translate("History", "Nació en el extranjero")
    try:
        return geography.state_by_renapo_code(str(value)).name
    except geography.UnknownPlace:
        return str(value)


def _state(value: Any) -> str:
    try:
        return geography.state_by_inegi_key(str(value)).name
    except geography.UnknownPlace:
        return str(value)


def _disability(value: Any) -> str:
    if not isinstance(value, dict):
        return translate("History", "Ninguna")
    kind = i18n.disability_label(DisabilityKind(str(value.get("kind"))))
    if value.get("certified"):
        return i18n.fill(translate("History", "%1, con certificado"), kind)
    return kind


def _schooling(value: Any) -> str:
    if not isinstance(value, dict):
        return translate("History", "No estudia")
    parts = [i18n.school_level_label(SchoolLevel(str(value.get("level"))))]
    parts.append(
        translate("History", "pública")
        if value.get("public", True)
        else translate("History", "privada")
    )
    if value.get("grade"):
        parts.append(i18n.fill(translate("History", "grado %1"), value["grade"]))
    if value.get("cct"):
        parts.append(i18n.fill(translate("History", "CCT %1"), value["cct"]))
    return ", ".join(parts)


def _enum_label(make: Callable[[str], Any], label: Callable[[Any], str]) -> Callable[[Any], str]:
    def show(value: Any) -> str:
        try:
            return label(make(str(value)))
        except ValueError:
            return str(value)

    return show


def _formatters() -> dict[str, Callable[[Any], str]]:
    return {
        "birth_date": _date,
        "pregnancy_due_date": _date,
        "sex": _enum_label(Sex, i18n.sex_label),
        "relationship": _enum_label(Relationship, i18n.relationship_label),
        "occupation": _enum_label(Occupation, i18n.occupation_label),
        "birth_state": _birth_state,
        "phone": _phone,
        "disability": _disability,
        "schooling": _schooling,
        "has_social_security_childcare": _yes_no,
        "indigenous": _yes_no,
        "afromexican": _yes_no,
        "household_since": _date,
        "left_household_on": _date,
        "death_date": _date,
        "address_since": _date,
        "closed_on": _date,
        "left_household_reason": _enum_label(LeaveReason, i18n.leave_reason_label),
        "closure_reason": _enum_label(ClosureReason, i18n.closure_reason_label),
        "status": _enum_label(EnrollmentStatus, i18n.status_label),
        "state_code": _state,
    }


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value is False


def describe_fields(
    fields: dict[str, Any], *, created: bool, previous: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """``(label, value)`` for each field of a change, in the form's order.

    A registration skips what was left empty (every field is in it); a correction shows
    every field it changed, an emptied one as "—", and "old → new" where ``previous`` knows
    the value it replaced.
    """
    labels = _labels()
    formatters = _formatters()
    order = {key: index for index, key in enumerate(labels)}
    shown = []
    for key in sorted(fields, key=lambda k: (order.get(k, len(order)), k)):
        value = fields[key]
        if key in _HIDDEN or (created and _is_blank(value)):
            continue
        text = _shown_value(key, value, formatters)
        if not created and previous is not None and key in previous:
            old = _shown_value(key, previous[key], formatters)
            text = i18n.fill(translate("History", "%1 → %2"), old, text)
        shown.append((labels.get(key, key), text))
    return shown


def _shown_value(key: str, value: Any, formatters: dict[str, Callable[[Any], str]]) -> str:
    if key in ("disability", "schooling"):
        return formatters[key](value)  # None reads "Ninguna" / "No estudia"
    if value is None or value == "":
        return translate("History", "—")
    return formatters.get(key, str)(value)


def operation_label(operation: str) -> str:
    return {
        "create": translate("History", "Registro"),
        "update": translate("History", "Corrección"),
        "delete": translate("History", "Baja"),
    }.get(operation, operation)


def change_label(operation: str, fields: dict[str, Any]) -> str:
    """What a change was, in words: a life event by what it set, else its operation."""
    if operation == "update":
        if fields.get("death_date"):
            return translate("History", "Defunción")
        if fields.get("household_since"):
            return translate("History", "Cambio de hogar")
        if fields.get("left_household_on"):
            return translate("History", "Baja del hogar")
        if fields.get("address_since"):
            return translate("History", "Cambio de domicilio")
        if fields.get("status") == EnrollmentStatus.BAJA.value:
            return translate("History", "Baja del programa")
        if fields.get("status") == EnrollmentStatus.SUSPENDIDA.value:
            return translate("History", "Suspensión")
        if "curp" in fields:
            return translate("History", "Corrección de CURP")
    return operation_label(operation)
