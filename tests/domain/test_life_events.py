"""The rules of life events, in pure Python: deaths, moves, leaving, closures, corrections."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bienestar_field.domain import life_events
from bienestar_field.domain.enrollments import (
    ClosureReason,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import LeaveReason, Person, Relationship
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_field.domain.validation import validate_enrollment
from bienestar_wire.catalog import default_catalog

TODAY = date(2026, 3, 16)


def person(seed: int = 1, **changes: object) -> Person:
    who = synthetic_identity(random.Random(seed), today=TODAY, min_age=30, max_age=70)
    made = Person(
        id="p1",
        curp=who.curp,
        nombres=who.nombres,
        primer_apellido=who.primer_apellido,
        segundo_apellido=who.segundo_apellido,
        birth_date=who.birth_date,
        sex=who.sex,
        birth_state=who.birth_state,
        household_id="h1",
        relationship=Relationship.CONYUGE,
    )
    return replace(made, **changes)  # type: ignore[arg-type]


def address(**changes: str) -> Address:
    base = Address(
        "20", "067", None, "Oaxaca de Juárez", street_name="Reforma", postal_code="68000"
    )
    return replace(base, **changes)


def household(household_id: str = "h2", members: list[Person] | None = None) -> Household:
    return Household(id=household_id, address=address(), members=members or [])


def fields(errors: list[life_events.FieldError]) -> set[str]:
    return {e.field for e in errors}


def enrollment(status: EnrollmentStatus = EnrollmentStatus.APROBADA) -> Enrollment:
    return Enrollment(
        id="e1",
        person_id="p1",
        program_code="PAM",
        status=status,
        enrolled_at="2026-01-10T17:00:00+00:00",
    )


# --- death ------------------------------------------------------------------------------------


def test_a_death_today_is_accepted_and_takes_the_person_out_of_the_household() -> None:
    alive = person()
    assert life_events.death_errors(alive, TODAY, "", today=TODAY) == []

    dead = life_events.after_death(alive, TODAY, "  Acta en trámite  ")

    assert dead.id == alive.id
    assert dead.death_date == TODAY
    assert dead.is_deceased
    assert not dead.is_current_member
    assert dead.household_id == "h1"  # kept: the household's history still names them
    assert (dead.left_household_on, dead.left_household_reason) == (
        TODAY,
        LeaveReason.FALLECIMIENTO,
    )
    assert dead.event_note == "Acta en trámite"


def test_a_death_date_in_the_future_or_before_birth_is_refused() -> None:
    alive = person()
    tomorrow = TODAY + timedelta(days=1)
    before_birth = alive.birth_date - timedelta(days=1)

    for when in (tomorrow, before_birth, None):
        errors = life_events.death_errors(alive, when, "", today=TODAY)
        assert fields(errors) == {"date"}, when
    assert "anterior a la de nacimiento" in str(
        life_events.death_errors(alive, before_birth, "", today=TODAY)[0].text
    )
    assert life_events.death_errors(alive, alive.birth_date, "", today=TODAY) == []


def test_a_death_is_recorded_once() -> None:
    dead = life_events.after_death(person(), TODAY, "")
    assert fields(life_events.death_errors(dead, TODAY, "", today=TODAY)) == {"person"}


def test_a_death_withdraws_every_open_enrolment_and_leaves_the_closed_ones() -> None:
    approved = enrollment(EnrollmentStatus.APROBADA)
    suspended = replace(enrollment(EnrollmentStatus.SUSPENDIDA), id="e2")
    rejected = replace(enrollment(EnrollmentStatus.RECHAZADA), id="e3")
    withdrawn = replace(enrollment(EnrollmentStatus.BAJA), id="e4")

    closed = life_events.enrolments_closed_by_death(
        [approved, suspended, rejected, withdrawn], TODAY, "nota"
    )

    assert [e.id for e in closed] == ["e1", "e2"]
    for e in closed:
        assert e.status is EnrollmentStatus.BAJA
        assert e.closure_reason is ClosureReason.FALLECIMIENTO
        assert e.closed_on == TODAY
        assert e.closure_note == "nota"


def test_a_dead_person_cannot_be_enrolled() -> None:
    program = default_catalog()["PAM"]
    elder = person(seed=7)
    shown = f"{TODAY.isoformat()}T09:00:00+00:00"
    request = Enrollment(
        id="e1",
        person_id=elder.id,
        program_code="PAM",
        documents={d.code: True for d in program.documents},
        consent=PrivacyConsent("2026-01", shown, accepted=True, sensitive_data=True),
    )
    alive_errors = validate_enrollment(request, elder, program, on=TODAY)
    dead = life_events.after_death(elder, TODAY, "")

    dead_errors = validate_enrollment(request, dead, program, on=TODAY)

    assert "person_id" not in fields(alive_errors)
    assert [str(e.text) for e in dead_errors if e.field == "person_id"] == [
        "La persona falleció: no se le puede inscribir."
    ]


# --- leaving and moving ---------------------------------------------------------------------


def test_a_removed_member_no_longer_counts_in_the_household() -> None:
    member = person()
    assert member.is_current_member
    assert (
        life_events.leave_errors(member, TODAY, LeaveReason.CAMBIO_DE_DOMICILIO, "", today=TODAY)
        == []
    )

    gone = life_events.after_leaving(member, TODAY, LeaveReason.CAMBIO_DE_DOMICILIO, "")

    assert not gone.is_current_member
    assert gone.household_id == "h1"
    assert not gone.is_deceased
    assert fields(life_events.leave_errors(gone, TODAY, LeaveReason.OTRO, "x", today=TODAY)) == {
        "person"
    }


def test_leaving_for_other_reasons_needs_a_note_and_a_reason() -> None:
    member = person()
    assert fields(life_events.leave_errors(member, TODAY, LeaveReason.OTRO, " ", today=TODAY)) == {
        "note"
    }
    assert fields(life_events.leave_errors(member, TODAY, None, "", today=TODAY)) == {"reason"}
    assert fields(
        life_events.leave_errors(member, TODAY, LeaveReason.OTRO, "x" * 501, today=TODAY)
    ) == {"note"}


def test_leaving_cannot_be_dated_before_joining_or_after_today() -> None:
    joined = date(2025, 6, 1)
    member = person(household_since=joined)
    reason = LeaveReason.CAMBIO_DE_DOMICILIO
    assert fields(
        life_events.leave_errors(member, joined - timedelta(days=1), reason, "", today=TODAY)
    ) == {"date"}
    assert fields(
        life_events.leave_errors(member, TODAY + timedelta(days=1), reason, "", today=TODAY)
    ) == {"date"}
    assert life_events.leave_errors(member, joined, reason, "", today=TODAY) == []


def test_leaving_because_of_death_records_the_death() -> None:
    member = person()
    gone = life_events.after_leaving(member, TODAY, LeaveReason.FALLECIMIENTO, "")
    assert gone.death_date == TODAY
    assert gone.left_household_reason is LeaveReason.FALLECIMIENTO
    born = member.birth_date
    assert fields(
        life_events.leave_errors(
            member, born - timedelta(days=1), LeaveReason.FALLECIMIENTO, "", today=TODAY
        )
    ) == {"date"}


def test_a_move_keeps_the_person_and_joins_the_new_household() -> None:
    member = life_events.after_leaving(person(), date(2026, 1, 2), LeaveReason.OTRO, "se fue")
    target = household("h2", [person(seed=2, id="p2", relationship=Relationship.JEFA_O_JEFE)])
    on = date(2026, 3, 1)
    assert (
        life_events.move_errors(member, target, on, Relationship.HIJA_O_HIJO, "", today=TODAY) == []
    )

    moved = life_events.after_move(member, target, on, Relationship.HIJA_O_HIJO, "")

    assert (moved.id, moved.curp, moved.folio) == (member.id, member.curp, member.folio)
    assert moved.household_id == "h2"
    assert moved.household_since == on
    assert moved.relationship is Relationship.HIJA_O_HIJO
    assert moved.is_current_member


def test_a_move_is_refused_into_the_same_household_for_the_dead_or_as_a_second_head() -> None:
    member = person()
    target = household("h2", [person(seed=2, id="p2", relationship=Relationship.JEFA_O_JEFE)])
    same = household("h1")
    rel = Relationship.OTRO_PARIENTE

    assert fields(life_events.move_errors(member, same, TODAY, rel, "", today=TODAY)) == {
        "household"
    }
    assert fields(life_events.move_errors(member, None, TODAY, rel, "", today=TODAY)) == {
        "household"
    }
    assert fields(
        life_events.move_errors(member, target, TODAY, Relationship.JEFA_O_JEFE, "", today=TODAY)
    ) == {"relationship"}
    dead = life_events.after_death(member, TODAY, "")
    assert "person" in fields(life_events.move_errors(dead, target, TODAY, rel, "", today=TODAY))
    assert fields(life_events.move_errors(member, target, None, rel, "", today=TODAY)) == {"date"}


# --- enrolments ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [EnrollmentStatus.BAJA, EnrollmentStatus.SUSPENDIDA])
def test_an_open_enrolment_can_be_withdrawn_or_suspended(status: EnrollmentStatus) -> None:
    open_ = enrollment()
    assert (
        life_events.closure_errors(open_, status, ClosureReason.VOLUNTARIA, TODAY, "", today=TODAY)
        == []
    )
    closed = life_events.after_closure(open_, status, ClosureReason.VOLUNTARIA, TODAY, " n ")
    assert (closed.status, closed.closure_reason, closed.closed_on, closed.closure_note) == (
        status,
        ClosureReason.VOLUNTARIA,
        TODAY,
        "n",
    )
    assert not closed.status.is_active


def test_closing_refuses_closed_enrolments_bad_dates_and_missing_reasons() -> None:
    withdraw, suspend = EnrollmentStatus.BAJA, EnrollmentStatus.SUSPENDIDA
    reason = ClosureReason.YA_NO_CUMPLE
    for closed in (EnrollmentStatus.BAJA, EnrollmentStatus.RECHAZADA):
        errors = life_events.closure_errors(
            enrollment(closed), withdraw, reason, TODAY, "", today=TODAY
        )
        assert fields(errors) == {"enrollment"}
    suspended = enrollment(EnrollmentStatus.SUSPENDIDA)
    assert fields(
        life_events.closure_errors(suspended, suspend, reason, TODAY, "", today=TODAY)
    ) == {"enrollment"}
    assert life_events.closure_errors(suspended, withdraw, reason, TODAY, "", today=TODAY) == []
    assert fields(
        life_events.closure_errors(enrollment(), withdraw, None, TODAY, "", today=TODAY)
    ) == {"reason"}
    assert fields(
        life_events.closure_errors(
            enrollment(), withdraw, ClosureReason.OTRO, TODAY, "", today=TODAY
        )
    ) == {"note"}
    assert fields(
        life_events.closure_errors(
            enrollment(), withdraw, reason, date(2025, 12, 31), "", today=TODAY
        )
    ) == {"date"}
    assert fields(
        life_events.closure_errors(
            enrollment(), EnrollmentStatus.APROBADA, reason, TODAY, "", today=TODAY
        )
    ) == {"status"}


def test_a_suspended_enrolment_still_blocks_a_second_one_but_a_withdrawn_one_does_not() -> None:
    assert EnrollmentStatus.SUSPENDIDA.is_open
    assert not EnrollmentStatus.SUSPENDIDA.is_active
    assert not EnrollmentStatus.BAJA.is_open
    assert EnrollmentStatus.APROBADA.is_active


# --- address and CURP -------------------------------------------------------------------------


def test_an_address_change_needs_a_new_valid_address_and_a_past_date() -> None:
    home = replace(household("h1"), registered_at="2026-02-01T15:00:00+00:00")
    new = address(street_name="Independencia", exterior_number="12")
    assert life_events.address_change_errors(home, new, TODAY, "", today=TODAY) == []
    assert fields(
        life_events.address_change_errors(home, home.address, TODAY, "", today=TODAY)
    ) == {"address"}
    assert "postal_code" in fields(
        life_events.address_change_errors(
            home, address(postal_code="00001"), TODAY, "", today=TODAY
        )
    )
    assert fields(
        life_events.address_change_errors(home, new, date(2026, 1, 1), "", today=TODAY)
    ) == {"date"}
    assert fields(
        life_events.address_change_errors(home, new, TODAY + timedelta(days=1), "", today=TODAY)
    ) == {"date"}


def test_a_curp_correction_must_be_new_valid_and_agree_with_the_birth_data() -> None:
    who = person(seed=3)
    twin = synthetic_identity(random.Random(99), today=TODAY, min_age=30, max_age=70)
    assert fields(life_events.curp_correction_errors(who, who.curp, "", today=TODAY)) == {"curp"}
    assert fields(life_events.curp_correction_errors(who, "ABC", "", today=TODAY)) == {"curp"}
    # Another valid CURP of another birth date disagrees with what was captured.
    assert life_events.curp_correction_errors(who, twin.curp, "", today=TODAY) != []
    # The same person's CURP with another homonymy digit is the kind of typo corrected.
    fixed = replacement_curp(who.curp)
    assert life_events.curp_correction_errors(who, fixed.lower(), "", today=TODAY) == []


def replacement_curp(curp: str) -> str:
    """The same CURP with another homonymy character (position 17) and its check digit."""
    from stdnum.mx import curp as stdnum_curp

    if curp[16].isdigit():  # born up to 1999
        head = curp[:16] + ("1" if curp[16] != "1" else "2")
    else:
        head = curp[:16] + ("B" if curp[16] != "B" else "C")
    return head + stdnum_curp.calc_check_digit(head)


def test_an_edit_keeps_the_life_events_it_does_not_show() -> None:
    stored = life_events.after_death(person(), TODAY, "nota")
    edited = replace(person(), phone="+525512345678")
    kept = life_events.with_life_events_of(edited, stored)
    assert kept.phone == "+525512345678"
    assert (kept.death_date, kept.left_household_on, kept.event_note) == (TODAY, TODAY, "nota")
