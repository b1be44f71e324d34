"""ARCO requests: a beneficiary's request to access, rectify, cancel or oppose the processing
of their personal data (*derechos ARCO*, Ley General de Protección de Datos Personales en
Posesión de Sujetos Obligados), recorded with its outcome.

These functions only decide (what is wrong, what a record becomes); the casebook stores the
result through its unit of work. A request is never deleted: it is answered (attended, with
its date) or refused with the legal ground, and stays in the person's history.

What a cancellation keeps and what it blanks (``after_cancellation``): the law lets a public
body keep the data it must keep to meet a legal obligation. The Secretaría must be able to
show, to an auditor and in its archive, who was paid what and on what basis; so identity
(CURP, names, birth date, sex, birth state), the household link, the eligibility facts the
payments rested on (disability, self-identification, schooling, occupation), the enrolments
(closed, with the reason), the attendance checks, the card events and this request are kept.
What serves only to reach the person or describes them beyond that basis is blanked: the phone,
the free notes, the pregnancy due date and the note of the latest life event. The person is
closed (``cancelled_on``), never deleted: nothing is ever hard-deleted on the device or the
server.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from bienestar_field.domain.people import Person
from bienestar_field.domain.text import text
from bienestar_field.domain.validation import FieldError

REQUEST_TEXT_MAX = 1000
STAFF_NAME_MAX = 100
NOTE_MAX = 500
SCOPE_MAX = 500


class ArcoRight(StrEnum):
    """Which right the person exercises."""

    ACCESO = "access"
    RECTIFICACION = "rectification"
    CANCELACION = "cancellation"
    OPOSICION = "opposition"


class ArcoChannel(StrEnum):
    """How the request arrived."""

    EN_PERSONA = "in_person"
    ESCRITO = "written"
    TELEFONO = "phone"
    CORREO = "email"
    PLATAFORMA = "transparency_platform"  # Plataforma Nacional de Transparencia


class ArcoStatus(StrEnum):
    PENDIENTE = "pending"
    ATENDIDA = "attended"
    IMPROCEDENTE = "refused"


class RefusalGround(StrEnum):
    """The legal ground on which a request is refused (*causas de improcedencia*)."""

    IDENTIDAD_NO_ACREDITADA = "identity_not_proven"  # not the owner, or no proof of identity
    DATOS_NO_EN_POSESION = "data_not_held"
    OBLIGACION_LEGAL = "legal_obligation"  # a law requires keeping or processing the data
    PROCEDIMIENTO_EN_CURSO = "proceedings"  # would hinder judicial or administrative proceedings
    YA_ATENDIDA = "already_attended"
    OTRA_CAUSA_LEGAL = "other_legal_ground"  # named in the note


@dataclass(slots=True)
class ArcoRequest:
    id: str
    person_id: str
    right: ArcoRight
    received_on: date
    channel: ArcoChannel
    request_text: str  # what the person asks, in their words
    handled_by: str  # the staff member who received it
    status: ArcoStatus = ArcoStatus.PENDIENTE
    resolved_on: date | None = None
    refusal_ground: RefusalGround | None = None
    outcome_note: str = ""
    opposition_scope: str = ""  # which processing the person opposes
    # A rectification: the fields the edit changed (names, never values) and the person's
    # version it produced: the link from the request to the change made.
    rectified_fields: tuple[str, ...] = ()
    rectified_version: int | None = None
    version: int = 0
    created_by: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


def _length(field: str, value: str, limit: int) -> list[FieldError]:
    if len(value) > limit:
        return [
            FieldError(
                field, text("Es muy largo: use {maximum} caracteres o menos.", maximum=limit)
            )
        ]
    return []


def request_errors(request: ArcoRequest, person: Person | None, *, today: date) -> list[FieldError]:
    """Whether a new request can be recorded as it is."""
    errors: list[FieldError] = []
    if person is None:
        errors.append(FieldError("person", text("La persona no existe en este expediente.")))
    if request.received_on > today:
        errors.append(
            FieldError("received_on", text("La fecha de recepción no puede ser posterior a hoy."))
        )
    if not request.request_text.strip():
        errors.append(FieldError("request_text", text("Escriba lo que la persona solicita.")))
    errors += _length("request_text", request.request_text, REQUEST_TEXT_MAX)
    if not request.handled_by.strip():
        errors.append(FieldError("handled_by", text("Escriba quién recibió la solicitud.")))
    errors += _length("handled_by", request.handled_by, STAFF_NAME_MAX)
    if request.right is ArcoRight.OPOSICION and not request.opposition_scope.strip():
        errors.append(
            FieldError("opposition_scope", text("Escriba a qué tratamiento de sus datos se opone."))
        )
    errors += _length("opposition_scope", request.opposition_scope, SCOPE_MAX)
    return errors


def outcome_errors(
    request: ArcoRequest,
    status: ArcoStatus,
    resolved_on: date | None,
    ground: RefusalGround | None,
    note: str,
    *,
    today: date,
) -> list[FieldError]:
    """Whether ``request`` can be answered so."""
    errors: list[FieldError] = []
    if request.status is not ArcoStatus.PENDIENTE:
        errors.append(FieldError("status", text("La solicitud ya fue respondida.")))
    if status is ArcoStatus.PENDIENTE:
        errors.append(FieldError("status", text("Elija si se atendió o si es improcedente.")))
    if resolved_on is None:
        errors.append(
            FieldError("resolved_on", text("Escriba la fecha de respuesta (DD/MM/AAAA)."))
        )
    elif resolved_on > today:
        errors.append(
            FieldError("resolved_on", text("La fecha de respuesta no puede ser posterior a hoy."))
        )
    elif resolved_on < request.received_on:
        errors.append(
            FieldError(
                "resolved_on",
                text("La fecha de respuesta no puede ser anterior a la de recepción."),
            )
        )
    if status is ArcoStatus.IMPROCEDENTE:
        if ground is None:
            errors.append(
                FieldError("refusal_ground", text("Elija la causa legal de improcedencia."))
            )
        elif ground is RefusalGround.OTRA_CAUSA_LEGAL and not note.strip():
            errors.append(
                FieldError("note", text("Con «Otra causa legal», escriba en la nota cuál es."))
            )
    errors += _length("note", note, NOTE_MAX)
    return errors


def answered(
    request: ArcoRequest,
    status: ArcoStatus,
    resolved_on: date,
    ground: RefusalGround | None,
    note: str,
) -> ArcoRequest:
    return replace(
        request,
        status=status,
        resolved_on=resolved_on,
        refusal_ground=ground if status is ArcoStatus.IMPROCEDENTE else None,
        outcome_note=note.strip(),
    )


def cancellation_errors(
    request: ArcoRequest, person: Person, resolved_on: date | None, note: str, *, today: date
) -> list[FieldError]:
    errors = outcome_errors(request, ArcoStatus.ATENDIDA, resolved_on, None, note, today=today)
    if request.right is not ArcoRight.CANCELACION:
        errors.append(FieldError("right", text("La solicitud no es de cancelación.")))
    if person.cancelled_on is not None:
        errors.append(FieldError("person", text("El registro de la persona ya está cancelado.")))
    return errors


def after_cancellation(person: Person, on: date) -> Person:
    """The person's record closed by a cancellation: identity and the basis of past payments
    kept, contact and free text blanked (see the module doc for why)."""
    return replace(
        person,
        cancelled_on=on,
        phone=None,
        notes="",
        pregnancy_due_date=None,
        event_note="",
    )


# --- stored and synced shape ------------------------------------------------------------------

# Clear columns of the app's table (queried without decrypting); the rest is one encrypted blob.
CLEAR_FIELDS = ("person_id", "right", "status")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def private_fields(request: ArcoRequest) -> dict[str, object]:
    """Every field of a request that is personal data (encrypted as one blob)."""
    return {
        "received_on": request.received_on.isoformat(),
        "channel": request.channel.value,
        "request_text": request.request_text,
        "handled_by": request.handled_by,
        "resolved_on": _day(request.resolved_on),
        "refusal_ground": request.refusal_ground.value if request.refusal_ground else None,
        "outcome_note": request.outcome_note,
        "opposition_scope": request.opposition_scope,
        "rectified_fields": list(request.rectified_fields),
        "rectified_version": request.rectified_version,
    }


def all_fields(request: ArcoRequest) -> dict[str, object]:
    """A request as its creating change carries it."""
    return {
        "person_id": request.person_id,
        "right": request.right.value,
        "status": request.status.value,
        **private_fields(request),
    }


def update_fields(request: ArcoRequest) -> dict[str, object]:
    return {"status": request.status.value, **private_fields(request)}


def from_fields(fields: dict[str, Any], **bookkeeping: Any) -> ArcoRequest:
    resolved = fields.get("resolved_on")
    ground = fields.get("refusal_ground")
    version = fields.get("rectified_version")
    rectified = fields.get("rectified_fields") or []
    assert isinstance(rectified, list)
    return ArcoRequest(
        person_id=str(fields["person_id"]),
        right=ArcoRight(fields["right"]),
        status=ArcoStatus(fields["status"]),
        received_on=date.fromisoformat(str(fields["received_on"])),
        channel=ArcoChannel(fields["channel"]),
        request_text=str(fields.get("request_text") or ""),
        handled_by=str(fields.get("handled_by") or ""),
        resolved_on=date.fromisoformat(str(resolved)) if resolved else None,
        refusal_ground=RefusalGround(ground) if ground else None,
        outcome_note=str(fields.get("outcome_note") or ""),
        opposition_scope=str(fields.get("opposition_scope") or ""),
        rectified_fields=tuple(str(name) for name in rectified),
        rectified_version=int(version) if isinstance(version, int) else None,
        **bookkeeping,
    )
