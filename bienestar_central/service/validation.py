"""Whether a change may touch a record: its shape, its values, its parent and its clock stamp.

Each check answers with the reject reason a device is told, or None when the change passes.
The merge runs only on changes that pass them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from bienestar_field.domain import arco, cards, codec
from bienestar_field.domain.clock import HlcStamp
from bienestar_field.domain.curp import is_valid_curp
from bienestar_field.domain.survey import survey_from_fields
from bienestar_wire.protocol import (
    MAX_CLOCK_SKEW_SECONDS,
    MAX_REASON_LENGTH,
    PARENT_FIELD,
    REQUIRED_CREATE_FIELDS,
    Change,
    Entity,
    Operation,
    RejectReason,
)
from bienestar_wire.record_fields import fields_problem

FIELD_NAME_MAX: Final = 64
LINK_KEY_MAX: Final = 80  # the records.link_key column

# The states of an enrolment a device may write; approval and rejection are the office's. A
# caseworker closes an enrolment (a death, a move, the person's wish) or suspends it, with a
# reason of its own (``closure_reason``), never the office's ``status_reason``.
DEVICE_ENROLLMENT_STATES: Final = frozenset({"draft", "submitted", "withdrawn", "suspended"})

# A record's kind and office, by id, as far as the batch being applied knows them.
OwnerLookup = Callable[[str], "tuple[Entity, str] | None"]


def fields_refusal(change: Change) -> str | None:
    """Whether every field of ``change`` is one its record has, of the right type, format and
    size (``record_fields``): the reason with its sentence, or None.

    Checked before anything else looks at a value, so no later step meets a list where a
    status belongs; and a refused change is kept without its fields, so an outsized text is
    neither stored nor sent to the office.
    """
    problem = fields_problem(change.entity.value, change.fields)
    return None if problem is None else str(problem)[:MAX_REASON_LENGTH]


def _invalid(detail: str) -> str:
    return f"{RejectReason.INVALID.value}: {detail}"


def validate(change: Change, programs: frozenset[str] = frozenset()) -> str | None:
    """Shape checks the server makes before a change may touch a record."""
    entity = change.entity.value
    if change.entity in (Entity.ATTENDANCE_CHECK, Entity.CARD_EVENT):
        if change.operation is not Operation.APPEND and change.operation is not Operation.CREATE:
            # Append-only: a correction is a new check, a new card event.
            return _invalid(f"a {entity} is only ever appended")
    elif change.operation is Operation.APPEND:
        return _invalid(f"a {entity} is created, not appended")
    if any(not isinstance(k, str) or not 0 < len(k) <= FIELD_NAME_MAX for k in change.fields):
        return _invalid(f"a field name of the {entity} is empty or too long")
    if any(k.startswith("_") for k in change.fields):
        return _invalid(f"a field name of the {entity} starts with an underscore")
    creates = change.operation in (Operation.CREATE, Operation.APPEND)
    if creates:
        missing = sorted(REQUIRED_CREATE_FIELDS[change.entity] - change.fields.keys())
        if missing:
            return _invalid(f"a new {entity} lacks {', '.join(missing)}")
    if change.entity is Entity.PERSON and "curp" in change.fields:
        curp = change.fields["curp"]
        if not isinstance(curp, str) or not is_valid_curp(curp):
            return _invalid("person.curp is not a valid CURP")
    if change.entity is Entity.ARCO_REQUEST and change.operation is Operation.DELETE:
        # A request is answered or refused, never deleted: the law asks that it be logged.
        return _invalid("an ARCO request is never deleted")
    if change.operation is Operation.DELETE and change.fields:
        return _invalid("a deletion carries no fields")
    if change.entity is Entity.ENROLLMENT:
        if "status" in change.fields and change.fields["status"] not in DEVICE_ENROLLMENT_STATES:
            return RejectReason.DECISION_RESERVED.value
        if change.fields.get("status_reason", "") not in ("", None):
            return RejectReason.DECISION_RESERVED.value
        if "program_code" in change.fields and change.fields["program_code"] not in programs:
            return RejectReason.UNKNOWN_PROGRAM.value
        person, program = change.fields.get("person_id"), change.fields.get("program_code")
        if (
            isinstance(person, str)
            and isinstance(program, str)
            and len(person) + 1 + len(program) > LINK_KEY_MAX
        ):
            return RejectReason.OUT_OF_RANGE.value
    return None


def decodes(entity: Entity, fields: dict[str, Any]) -> bool:
    """Whether a record state reads back into domain objects, as every device will read it.

    A change whose values would not (a date that is no date, a number where text belongs) is
    refused here rather than stored and handed to other devices of the office.
    """
    try:
        if entity is Entity.HOUSEHOLD:
            codec.household_from_fields(fields, [], id="")
            ok = all(isinstance(fields.get(k), str) for k in ("folio", "state_code"))
        elif entity is Entity.PERSON:
            person = codec.person_from_fields(fields, id="")
            parent = fields.get("household_id")
            ok = isinstance(fields.get("folio"), str) and (
                parent is None or isinstance(parent, str)
            )
            ok = ok and isinstance(person.nombres, str) and isinstance(person.primer_apellido, str)
        elif entity is Entity.ENROLLMENT:
            codec.enrollment_from_fields(
                fields,
                status=str(fields.get("status")),
                id="",
                person_id=fields["person_id"],
                program_code=fields["program_code"],
            )
            ok = all(isinstance(fields.get(k), str) for k in ("person_id", "program_code", "folio"))
        elif entity is Entity.HOUSEHOLD_SURVEY:
            household, version = fields.get("household_id"), fields.get("questionnaire_version")
            ok = isinstance(household, str) and isinstance(version, str)
            if isinstance(household, str) and isinstance(version, str):
                survey_from_fields(fields, household_id=household, questionnaire_version=version)
        elif entity is Entity.ARCO_REQUEST:
            arco.from_fields(fields, id="")
            ok = isinstance(fields.get("person_id"), str)
        elif entity is Entity.CARD_EVENT:
            cards.from_fields(fields, id="")
            ok = isinstance(fields.get("person_id"), str)
        else:
            codec.check_from_fields(
                fields,
                kind=str(fields.get("kind")),
                result=str(fields.get("result")),
                id="",
                enrollment_id=fields["enrollment_id"],
                period=fields["period"],
            )
            ok = all(isinstance(fields.get(k), str) for k in ("enrollment_id", "period"))
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return ok


def parent_problem(
    change: Change, owner_of: OwnerLookup, office: str, *, required: bool
) -> str | None:
    """Whether the record a change names as its parent exists, is of the right kind and is
    of ``office``. ``required``: a creation must name one (but a person may stand alone)."""
    parent = PARENT_FIELD[change.entity]
    if parent is None:
        return None
    name, parent_entity = parent
    if name not in change.fields:
        return (
            RejectReason.INVALID.value if required and change.entity is not Entity.PERSON else None
        )
    parent_id = change.fields[name]
    if parent_id is None:
        # A person may stand alone (individual enrolment at a module office).
        return None if change.entity is Entity.PERSON else RejectReason.INVALID.value
    if not isinstance(parent_id, str):
        return RejectReason.INVALID.value
    owner = owner_of(parent_id)
    if owner is None:
        return RejectReason.UNKNOWN_PARENT.value
    if owner[0] is not parent_entity:
        return RejectReason.WRONG_ENTITY.value
    if owner[1] != office:
        return RejectReason.OUT_OF_SCOPE.value
    return None


def clock_problem(change: Change, arrival_ms: int) -> str | None:
    """A stamp further ahead of the server's clock than any tolerated skew is refused: it
    would sort after every honest edit and drag the clocks of the devices that pull it."""
    if HlcStamp.parse(change.hlc).physical_ms > arrival_ms + MAX_CLOCK_SKEW_SECONDS * 1000:
        return RejectReason.CLOCK_AHEAD.value
    return None
