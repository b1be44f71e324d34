"""Life events: what changes in people's lives between visits, as rules the casebook applies.

A household moves; a member moves to another household, leaves, or dies; an enrolment is
withdrawn or suspended; a CURP turns out to be mistyped. Nothing is ever deleted: each event
closes what ended with a date and a reason and keeps the record, so the history can tell
what was true when. These functions only decide (what is wrong, what the records become);
the casebook stores the result through its unit of work.

Dates are calendar days in the office's time zone: an event cannot be dated after today, nor
before the person was born (or the enrolment made, or the person joined the household).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bienestar_field.domain.enrollments import ClosureReason, Enrollment, EnrollmentStatus
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import LeaveReason, Person, Relationship
from bienestar_field.domain.text import text
from bienestar_field.domain.validation import FieldError, validate_address, validate_person

# A note is a sentence or two for the next caseworker, not a file: kept short so the largest
# record still fits the push limit.
NOTE_MAX = 500


def _note_errors(note: str, *, required: bool) -> list[FieldError]:
    if len(note) > NOTE_MAX:
        return [
            FieldError(
                "note",
                text("La nota es muy larga: use {maximum} caracteres o menos.", maximum=NOTE_MAX),
            )
        ]
    if required and not note.strip():
        return [FieldError("note", text("Con el motivo «Otro», escriba una nota que lo explique."))]
    return []


def _date_errors(on: date | None, *, today: date, not_before: date | None) -> list[FieldError]:
    if on is None:
        return [FieldError("date", text("Escriba la fecha (DD/MM/AAAA)."))]
    if on > today:
        return [FieldError("date", text("La fecha no puede ser posterior a hoy."))]
    if not_before is not None and on < not_before:
        return [
            FieldError(
                "date",
                text("La fecha no puede ser anterior al {earliest}.", earliest=not_before),
            )
        ]
    return []


def _living_errors(person: Person) -> list[FieldError]:
    if person.is_deceased:
        return [FieldError("person", text("La persona tiene registrada su defunción."))]
    return []


# --- a death --------------------------------------------------------------------------------


def death_errors(
    person: Person, died_on: date | None, note: str, *, today: date
) -> list[FieldError]:
    """Whether the death of ``person`` on ``died_on`` can be recorded."""
    errors: list[FieldError] = []
    if person.is_deceased:
        errors.append(
            FieldError("person", text("La defunción de esta persona ya está registrada."))
        )
    if died_on is not None and died_on < person.birth_date:
        errors.append(
            FieldError(
                "date", text("La fecha de defunción no puede ser anterior a la de nacimiento.")
            )
        )
    elif died_on is not None and died_on > today:
        errors.append(
            FieldError("date", text("La fecha de defunción no puede ser posterior a hoy."))
        )
    elif died_on is None:
        errors.append(FieldError("date", text("Escriba la fecha de defunción (DD/MM/AAAA).")))
    return errors + _note_errors(note, required=False)


def after_death(person: Person, died_on: date, note: str) -> Person:
    """The person once dead: no longer a member of the household (which keeps them in its
    history), with the date and the note."""
    leaves = person.is_current_member
    return replace(
        person,
        death_date=died_on,
        left_household_on=died_on if leaves else person.left_household_on,
        left_household_reason=LeaveReason.FALLECIMIENTO if leaves else person.left_household_reason,
        event_note=note.strip(),
    )


def enrolments_closed_by_death(
    enrollments: list[Enrollment], died_on: date, note: str
) -> list[Enrollment]:
    """The person's open enrolments, withdrawn for death on ``died_on`` (refused ones and
    ones already withdrawn stay as they are)."""
    return [
        after_closure(e, EnrollmentStatus.BAJA, ClosureReason.FALLECIMIENTO, died_on, note)
        for e in enrollments
        if e.status.is_open
    ]


# --- leaving a household ----------------------------------------------------------------------


def leave_errors(
    person: Person, on: date | None, reason: LeaveReason | None, note: str, *, today: date
) -> list[FieldError]:
    """Whether ``person`` can be removed from their household on ``on`` for ``reason``."""
    errors: list[FieldError] = []
    if person.household_id is None or person.left_household_on is not None:
        errors.append(FieldError("person", text("La persona no es integrante de un hogar.")))
    errors += _living_errors(person)
    if reason is None:
        errors.append(FieldError("reason", text("Elija el motivo.")))
    if reason is LeaveReason.FALLECIMIENTO:
        errors += [e for e in death_errors(person, on, "", today=today) if e.field == "date"]
    else:
        errors += _date_errors(on, today=today, not_before=_earliest(person))
    return errors + _note_errors(note, required=reason is LeaveReason.OTRO)


def after_leaving(person: Person, on: date, reason: LeaveReason, note: str) -> Person:
    """The person no longer counted in their household; the link stays for the history."""
    if reason is LeaveReason.FALLECIMIENTO:
        return after_death(person, on, note)
    return replace(
        person, left_household_on=on, left_household_reason=reason, event_note=note.strip()
    )


# --- moving to another household ------------------------------------------------------------


def move_errors(
    person: Person,
    to: Household | None,
    on: date | None,
    relationship: Relationship | None,
    note: str,
    *,
    today: date,
) -> list[FieldError]:
    """Whether ``person`` can move into household ``to`` on ``on``."""
    errors = _living_errors(person)
    if to is None:
        errors.append(FieldError("household", text("Elija el hogar al que se cambia.")))
    elif to.id == person.household_id and person.is_current_member:
        errors.append(FieldError("household", text("La persona ya es integrante de ese hogar.")))
    elif relationship is Relationship.JEFA_O_JEFE and to.head is not None:
        errors.append(
            FieldError(
                "relationship",
                text("Ese hogar ya tiene jefa o jefe; elija otro parentesco."),
            )
        )
    if relationship is None:
        errors.append(FieldError("relationship", text("Elija el parentesco con la jefa o jefe.")))
    errors += _date_errors(on, today=today, not_before=person.birth_date)
    return errors + _note_errors(note, required=False)


def after_move(
    person: Person, to: Household, on: date, relationship: Relationship, note: str
) -> Person:
    """The same person (same id, same folio, same enrolments) as a member of ``to``."""
    return replace(
        person,
        household_id=to.id,
        relationship=relationship,
        household_since=on,
        left_household_on=None,
        left_household_reason=None,
        event_note=note.strip(),
    )


# --- enrolments -----------------------------------------------------------------------------

CLOSING_STATUSES = frozenset({EnrollmentStatus.BAJA, EnrollmentStatus.SUSPENDIDA})


def closure_errors(
    enrollment: Enrollment,
    status: EnrollmentStatus,
    reason: ClosureReason | None,
    on: date | None,
    note: str,
    *,
    today: date,
) -> list[FieldError]:
    """Whether ``enrollment`` can be withdrawn or suspended (``status``) on ``on``."""
    errors: list[FieldError] = []
    if status not in CLOSING_STATUSES:
        errors.append(FieldError("status", text("Elija baja o suspensión.")))
    if not enrollment.status.is_open:
        errors.append(FieldError("enrollment", text("La inscripción ya está cerrada.")))
    elif status is EnrollmentStatus.SUSPENDIDA and enrollment.status is status:
        errors.append(FieldError("enrollment", text("La inscripción ya está suspendida.")))
    if reason is None:
        errors.append(FieldError("reason", text("Elija el motivo.")))
    enrolled_on = _day_of(enrollment.enrolled_at)
    errors += _date_errors(on, today=today, not_before=enrolled_on)
    return errors + _note_errors(note, required=reason is ClosureReason.OTRO)


def after_closure(
    enrollment: Enrollment,
    status: EnrollmentStatus,
    reason: ClosureReason,
    on: date,
    note: str,
) -> Enrollment:
    return replace(
        enrollment, status=status, closure_reason=reason, closed_on=on, closure_note=note.strip()
    )


# --- the address and the CURP -----------------------------------------------------------------


def address_change_errors(
    household: Household, address: Address, since: date | None, note: str, *, today: date
) -> list[FieldError]:
    """Whether the household can be recorded at ``address`` from ``since``."""
    errors = [e for e in validate_address(address) if e.blocking]
    if address == household.address:
        errors.append(FieldError("address", text("El domicilio no cambió.")))
    earliest = household.address_since or _day_of(household.registered_at)
    errors += _date_errors(since, today=today, not_before=earliest)
    return errors + _note_errors(note, required=False)


def curp_correction_errors(
    person: Person, new_curp: str, note: str, *, today: date
) -> list[FieldError]:
    """Whether ``new_curp`` can replace the person's CURP: a valid CURP, different from the
    one on record, that agrees with the birth date, sex and birth state captured."""
    typed = new_curp.strip().upper()
    if typed == person.curp:
        return [FieldError("curp", text("La CURP es la misma que la registrada."))]
    errors = [
        e
        for e in validate_person(replace(person, curp=typed), today=today)
        if e.blocking and e.field in ("curp", "birth_date", "sex", "birth_state")
    ]
    return errors + _note_errors(note, required=False)


def with_life_events_of(person: Person, stored: Person) -> Person:
    """``person`` as edited in the form, with the life events of ``stored`` kept: those
    change only through their own use cases, never as a side effect of an edit."""
    return replace(
        person,
        household_since=stored.household_since,
        left_household_on=stored.left_household_on,
        left_household_reason=stored.left_household_reason,
        death_date=stored.death_date,
        event_note=stored.event_note,
        cancelled_on=stored.cancelled_on,
    )


def _earliest(person: Person) -> date:
    return max(person.birth_date, person.household_since or person.birth_date)


def _day_of(timestamp: str | None) -> date | None:
    """The earliest office day a UTC stamp can fall on: Mexico is behind UTC, so an evening
    enrolment is stamped with the next UTC day."""
    if not timestamp:
        return None
    try:
        return date.fromisoformat(timestamp[:10]) - timedelta(days=1)
    except ValueError:
        return None
