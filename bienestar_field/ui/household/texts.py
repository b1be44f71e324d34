"""What the household page says beyond its labels: steps, members, review, drafts, outcomes.

Context ``HouseholdPage`` in the catalogues, as when these lived on the page itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bienestar_field.domain.households import Address
from bienestar_field.domain.people import Person, Relationship
from bienestar_field.ui import i18n
from bienestar_field.ui.i18n import translate

STEPS = 4


def step_names() -> list[str]:
    return [
        translate("HouseholdPage", "Aviso de privacidad"),
        translate("HouseholdPage", "Domicilio"),
        translate("HouseholdPage", "Integrantes"),
        translate("HouseholdPage", "Revisión"),
    ]


def steps_markup(step: int) -> str:
    """The four steps in a row, the current one bold and underlined."""
    parts = []
    for index, name in enumerate(step_names()):
        text = f"{index + 1}. {name}"
        parts.append(f"<b><u>{text}</u></b>" if index == step else text)
    return " &nbsp;›&nbsp; ".join(parts)


def step_accessible_name(step: int) -> str:
    return i18n.fill(
        translate("HouseholdPage", "Paso %1 de %2: %3"), step + 1, STEPS, step_names()[step]
    )


def notice_first() -> str:
    return translate(
        "HouseholdPage", "Antes de capturar datos, la persona debe conocer y aceptar el aviso."
    )


def at_least_one_member() -> str:
    return translate("HouseholdPage", "Registre al menos a una persona del hogar.")


def new_member_title() -> str:
    return translate("HouseholdPage", "Integrante nuevo")


def member_title(index: int) -> str:
    return i18n.fill(translate("HouseholdPage", "Integrante %1"), index + 1)


def member_line(index: int, values: Mapping[str, Any]) -> str:
    """One line of the members list, from the form's values as typed."""
    name = " ".join(
        str(values.get(k, "")).strip() for k in ("nombres", "primer_apellido", "segundo_apellido")
    ).strip()
    relationship = str(values.get("relationship", ""))
    role = i18n.relationship_label(Relationship(relationship)) if relationship else ""
    return f"{index + 1}. {name} — {role}"


def review_text(
    address: Address, municipality_name: str, state_name: str, people: list[Person]
) -> str:
    lines = [translate("HouseholdPage", "Domicilio:")]
    place = ", ".join(
        p
        for p in (
            f"{address.street_type} {address.street_name} {address.exterior_number}".strip(),
            f"{address.settlement_type} {address.settlement_name}".strip(),
            address.locality_name,
            municipality_name,
            state_name,
            address.postal_code,
        )
        if p
    )
    lines.append("  " + place)
    if address.reference:
        lines.append("  " + address.reference)
    lines.append("")
    lines.append(i18n.fill(translate("HouseholdPage", "Integrantes (%1):"), len(people)))
    for person in people:
        role = i18n.relationship_label(person.relationship) if person.relationship else ""
        lines.append(f"  • {person.full_name} — {role} — {i18n.format_date(person.birth_date)}")
    return "\n".join(lines)


def registered_title(folio: str) -> str:
    return i18n.fill(translate("HouseholdPage", "Hogar registrado con el folio %1"), folio)


def draft_label(locality: str, members: int) -> str:
    where = locality.strip() or translate("HouseholdPage", "sin localidad")
    if members == 1:
        return i18n.fill(translate("HouseholdPage", "Hogar en %1, 1 integrante"), where)
    return i18n.fill(translate("HouseholdPage", "Hogar en %1, %2 integrantes"), where, members)


def draft_saving() -> str:
    return translate("HouseholdPage", "Guardando borrador…")


def draft_saved() -> str:
    return translate("HouseholdPage", "Borrador guardado.")


def draft_recovered() -> str:
    return translate("HouseholdPage", "Borrador recuperado.")


def member_unsaved() -> str:
    return translate(
        "HouseholdPage",
        "La persona que está capturando todavía no está en la lista de integrantes. "
        "¿Qué hacemos con lo que escribió?",
    )
