"""The Mi Bienestar card: its delivery, a reported loss or theft, and its replacement.

Only the last four digits of a card are ever typed or stored: enough for the person and the
caseworker to tell two cards apart, useless to anyone who copies the casebook. A full card
number, bank data or a PIN has no field here, and the free texts (place, note) refuse any run
of more than four digits, so one cannot be typed there either; the server refuses the same.

Card events are append-only (like attendance checks): a correction is a new event. Whether the
person holds a working card is folded from the events in order (``card_status``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from bienestar_field.domain.text import text
from bienestar_field.domain.validation import FieldError

LAST_FOUR = re.compile(r"^[0-9]{4}$")
# Five digits or more in a row, even split by single spaces, dots or dashes ("4152 3138 ..."):
# never part of a place or a note about a card.
LONG_DIGITS = re.compile(r"[0-9](?:[ .-]?[0-9]){4,}")
PLACE_MAX = 150
NAME_MAX = 100
NOTE_MAX = 500


class CardEventKind(StrEnum):
    ENTREGA = "delivered"
    EXTRAVIO = "lost"
    ROBO = "stolen"
    REPOSICION = "replaced"

    @property
    def is_report(self) -> bool:
        return self in (CardEventKind.EXTRAVIO, CardEventKind.ROBO)

    @property
    def hands_a_card(self) -> bool:
        return self in (CardEventKind.ENTREGA, CardEventKind.REPOSICION)


class ReceiptMark(StrEnum):
    """How the person acknowledged receipt."""

    FIRMA = "signature"
    HUELLA = "fingerprint"


class IdentityDocument(StrEnum):
    INE = "ine"
    PASAPORTE = "passport"
    INAPAM = "inapam"
    CONSTANCIA = "certificate"  # a local authority's identity certificate
    OTRO = "other"


@dataclass(frozen=True, slots=True)
class CardEvent:
    id: str
    person_id: str
    kind: CardEventKind
    on: date
    last_four: str = ""  # the card handed over (delivery, replacement); empty for a report
    place: str = ""
    identity_document: IdentityDocument | None = None
    identity_checked: bool = False
    receipt_mark: ReceiptMark | None = None
    handled_by: str = ""  # who delivered the card or took the report
    note: str = ""
    recorded_by: str | None = None
    recorded_at: str | None = None


class CardState(StrEnum):
    NINGUNA = "none"
    ACTIVA = "active"
    REPORTADA = "reported"


@dataclass(frozen=True, slots=True)
class CardStatus:
    """What the person holds now: no card; a working card (``last_four``, since ``since``,
    ``replaced`` when it replaced a lost or stolen one); or a card reported lost or stolen on
    ``since`` (``reported``) and not yet replaced."""

    state: CardState
    last_four: str = ""
    since: date | None = None
    replaced: bool = False
    reported: CardEventKind | None = None

    @property
    def working(self) -> bool:
        return self.state is CardState.ACTIVA


def card_status(events: Iterable[CardEvent]) -> CardStatus:
    status = CardStatus(CardState.NINGUNA)
    for event in sorted(events, key=lambda e: (e.on, e.recorded_at or "")):
        if event.kind.hands_a_card:
            status = CardStatus(
                CardState.ACTIVA,
                event.last_four,
                event.on,
                replaced=event.kind is CardEventKind.REPOSICION,
            )
        elif status.state is CardState.ACTIVA:
            status = CardStatus(
                CardState.REPORTADA, status.last_four, event.on, reported=event.kind
            )
    return status


def last_four_errors(typed: str) -> list[FieldError]:
    if not LAST_FOUR.fullmatch(typed):
        return [
            FieldError(
                "last_four",
                text("Escriba solo los últimos cuatro dígitos de la tarjeta (4 números)."),
            )
        ]
    return []


def _free_text_errors(field: str, value: str, limit: int) -> list[FieldError]:
    if LONG_DIGITS.search(value):
        return [
            FieldError(
                field,
                text(
                    "No escriba números de tarjeta ni de cuenta: solo se registran los últimos "
                    "cuatro dígitos."
                ),
            )
        ]
    if len(value) > limit:
        return [
            FieldError(
                field, text("Es muy largo: use {maximum} caracteres o menos.", maximum=limit)
            )
        ]
    return []


def event_errors(
    event: CardEvent, before: Iterable[CardEvent], *, today: date, born: date | None = None
) -> list[FieldError]:
    """Whether ``event`` can follow the person's card events ``before``."""
    errors: list[FieldError] = []
    status = card_status(before)
    if event.on > today:
        errors.append(FieldError("on", text("La fecha no puede ser posterior a hoy.")))
    elif born is not None and event.on < born:
        errors.append(FieldError("on", text("La fecha no puede ser anterior a la de nacimiento.")))
    if event.kind is CardEventKind.ENTREGA and status.state is not CardState.NINGUNA:
        errors.append(
            FieldError(
                "kind",
                text(
                    "La persona ya recibió una tarjeta: registre su extravío o robo y después "
                    "la reposición."
                ),
            )
        )
    if event.kind.is_report and status.state is not CardState.ACTIVA:
        errors.append(
            FieldError("kind", text("La persona no tiene una tarjeta vigente que reportar."))
        )
    if event.kind is CardEventKind.REPOSICION and status.state is not CardState.REPORTADA:
        errors.append(
            FieldError(
                "kind",
                text("Solo se repone una tarjeta reportada como extraviada o robada."),
            )
        )
    if event.kind.hands_a_card:
        errors += last_four_errors(event.last_four)
        if (
            event.kind is CardEventKind.REPOSICION
            and status.last_four
            and event.last_four == status.last_four
        ):
            errors.append(
                FieldError(
                    "last_four",
                    text("La tarjeta nueva no puede terminar en los mismos cuatro dígitos."),
                )
            )
        if not event.place.strip():
            errors.append(FieldError("place", text("Escriba el lugar de la entrega.")))
        if event.identity_document is None or not event.identity_checked:
            errors.append(
                FieldError(
                    "identity",
                    text("Verifique la identificación de la persona y elija cuál presentó."),
                )
            )
        if event.receipt_mark is None:
            errors.append(
                FieldError("receipt_mark", text("Elija cómo firmó de recibido: firma o huella."))
            )
    elif event.last_four:
        errors.append(FieldError("last_four", text("Un reporte no lleva dígitos de tarjeta.")))
    if not event.handled_by.strip():
        errors.append(FieldError("handled_by", text("Escriba quién entregó o recibió el reporte.")))
    errors += _free_text_errors("place", event.place, PLACE_MAX)
    errors += _free_text_errors("handled_by", event.handled_by, NAME_MAX)
    errors += _free_text_errors("note", event.note, NOTE_MAX)
    return errors


# --- stored and synced shape ------------------------------------------------------------------

CLEAR_FIELDS = ("person_id", "kind")


def private_fields(event: CardEvent) -> dict[str, object]:
    return {
        "on": event.on.isoformat(),
        "last_four": event.last_four,
        "place": event.place,
        "identity_document": event.identity_document.value if event.identity_document else None,
        "identity_checked": event.identity_checked,
        "receipt_mark": event.receipt_mark.value if event.receipt_mark else None,
        "handled_by": event.handled_by,
        "note": event.note,
    }


def all_fields(event: CardEvent) -> dict[str, object]:
    return {"person_id": event.person_id, "kind": event.kind.value, **private_fields(event)}


def from_fields(fields: dict[str, Any], **bookkeeping: Any) -> CardEvent:
    document = fields.get("identity_document")
    mark = fields.get("receipt_mark")
    return CardEvent(
        person_id=str(fields["person_id"]),
        kind=CardEventKind(fields["kind"]),
        on=date.fromisoformat(str(fields["on"])),
        last_four=str(fields.get("last_four") or ""),
        place=str(fields.get("place") or ""),
        identity_document=IdentityDocument(document) if document else None,
        identity_checked=bool(fields.get("identity_checked", False)),
        receipt_mark=ReceiptMark(mark) if mark else None,
        handled_by=str(fields.get("handled_by") or ""),
        note=str(fields.get("note") or ""),
        **bookkeeping,
    )
