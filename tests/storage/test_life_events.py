"""Life events through the casebook: each one entity + outbox change + audit event, nothing
ever deleted, refusals writing nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from bienestar_field.casebook import (
    Casebook,
    CasebookStore,
    DuplicateCurp,
    DuplicateEnrollment,
    StaleRecord,
    ValidationFailed,
)
from bienestar_field.domain.enrollments import ClosureReason, EnrollmentStatus
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import LeaveReason, Person, Relationship
from bienestar_field.storage.schema import AuditEvent, OutboxChange
from tests.domain.test_life_events import replacement_curp
from tests.storage.test_casebook import enrollment_for, moved, row_counts

if TYPE_CHECKING:
    from tests.conftest import People


def audit_actions(store: CasebookStore, entity_id: str) -> list[str]:
    with store.database.reading() as session:
        return list(
            session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.entity_id == entity_id)
                .order_by(AuditEvent.seq)
            )
        )


def outbox_of(store: CasebookStore, entity_id: str) -> list[tuple[str, str]]:
    with store.database.reading() as session:
        return [
            (row.operation, row.status)
            for row in session.scalars(
                select(OutboxChange)
                .where(OutboxChange.entity_id == entity_id)
                .order_by(OutboxChange.seq)
            )
        ]


def elder_household(casebook: Casebook, people: People) -> tuple[Household, Person]:
    """A household whose spouse is 68 or older, enrolled in the elderly pension."""
    head = people.person()
    elder = people.person(Relationship.CONYUGE, identity=people.identity(min_age=68, max_age=80))
    household = casebook.households.register(
        Household(id="", address=people.address(), members=[head, elder], consent=people.consent())
    )
    return household, household.members[1]


def test_recording_a_death_closes_every_open_enrolment_in_one_transaction(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household, elder = elder_household(casebook, people)
    pension = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    today = casebook.now().date()
    before = row_counts(set_up_store)

    dead = casebook.people.record_death(elder.id, today, "Avisó la hija", version=elder.version)

    # The person and the enrolment each rewritten, with one outbox change and one audit each.
    assert moved(before, row_counts(set_up_store)) == {"outbox": 2, "audit": 2}
    stored = casebook.people.get(elder.id)
    assert stored.death_date == today
    assert stored.event_note == "Avisó la hija"
    assert stored.version == dead.version == elder.version + 1
    (closed,) = casebook.enrolments.of_person(elder.id)
    assert closed.id == pension.id
    assert closed.status is EnrollmentStatus.BAJA
    assert closed.closure_reason is ClosureReason.FALLECIMIENTO
    assert closed.closed_on == today
    assert outbox_of(set_up_store, elder.id)[-1] == ("update", "pending")
    assert outbox_of(set_up_store, pension.id) == [("create", "pending"), ("update", "pending")]
    assert audit_actions(set_up_store, elder.id)[-1] == "person.update"
    assert audit_actions(set_up_store, pension.id)[-1] == "enrollment.update"
    change = casebook.reports.history(pension.id)[-1]
    assert change.fields["status"] == "withdrawn"
    assert change.fields["closure_reason"] == "death"
    # No longer counted in the household, still in it as a former member; never deleted.
    again = casebook.households.get(household.id)
    assert [m.id for m in again.members] == [household.members[0].id]
    assert [m.id for m in again.former_members] == [elder.id]
    assert casebook.reports.stats().persons == 2
    assert casebook.people.find_by_curp(elder.curp) is not None
    # A dead person is enrolled no more.
    with pytest.raises(ValidationFailed) as refused:
        casebook.enrolments.enroll(enrollment_for(casebook, stored, "PAM"))
    assert "person_id" in {e.field for e in refused.value.errors}


def test_a_death_in_the_future_is_refused_and_nothing_is_written(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    _household, elder = elder_household(casebook, people)
    before = row_counts(set_up_store)
    tomorrow = casebook.now().date() + timedelta(days=2)
    with pytest.raises(ValidationFailed) as refused:
        casebook.people.record_death(elder.id, tomorrow)
    assert {e.field for e in refused.value.errors} == {"date"}
    assert row_counts(set_up_store) == before


def test_removing_a_member_keeps_the_person_and_the_history(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = casebook.households.register(people.household(3))
    child = household.members[2]
    on = casebook.now().date() - timedelta(days=3)
    before = row_counts(set_up_store)

    casebook.people.remove_from_household(
        child.id, LeaveReason.CAMBIO_DE_DOMICILIO, on, "Se fue a estudiar a Puebla"
    )

    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    again = casebook.households.get(household.id)
    assert len(again.members) == 2
    assert [m.id for m in again.former_members] == [child.id]
    gone = casebook.people.get(child.id)
    assert (gone.left_household_on, gone.left_household_reason) == (
        on,
        LeaveReason.CAMBIO_DE_DOMICILIO,
    )
    assert gone.death_date is None
    history = casebook.reports.history(child.id)
    assert [h.operation for h in history] == ["create", "update"]
    assert history[-1].fields == {
        "left_household_on": on.isoformat(),
        "left_household_reason": "moved_away",
        "event_note": "Se fue a estudiar a Puebla",
    }
    assert audit_actions(set_up_store, child.id) == ["person.create", "person.update"]


def test_removing_a_member_because_of_death_records_the_death(
    casebook: Casebook, people: People
) -> None:
    _household, elder = elder_household(casebook, people)
    casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    today = casebook.now().date()
    casebook.people.remove_from_household(elder.id, LeaveReason.FALLECIMIENTO, today)
    assert casebook.people.get(elder.id).death_date == today
    assert [e.status for e in casebook.enrolments.of_person(elder.id)] == [EnrollmentStatus.BAJA]


def test_moving_a_member_keeps_the_person_id_folio_and_enrolments(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    origin, elder = elder_household(casebook, people)
    target = casebook.households.register(people.household(2))
    pension = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    on = casebook.now().date()
    before = row_counts(set_up_store)

    moved_person = casebook.people.move_to_household(
        elder.id, target.id, Relationship.MADRE_O_PADRE, on, "Vive con su hijo"
    )

    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    assert (moved_person.id, moved_person.folio) == (elder.id, elder.folio)
    assert casebook.enrolments.of_person(elder.id) == [pension]
    assert elder.id in {m.id for m in casebook.households.get(target.id).members}
    assert elder.id not in {m.id for m in casebook.households.get(origin.id).members}
    assert elder.id not in {m.id for m in casebook.households.get(origin.id).former_members}
    change = casebook.reports.history(elder.id)[-1]
    assert change.fields["household_id"] == target.id
    assert change.fields["relationship"] == "padre"
    assert change.fields["household_since"] == on.isoformat()


def test_a_move_into_an_unknown_household_or_with_a_stale_version_writes_nothing(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = casebook.households.register(people.household(2))
    target = casebook.households.register(people.household(2))
    member = household.members[1]
    before = row_counts(set_up_store)
    today = casebook.now().date()
    with pytest.raises(ValidationFailed):
        casebook.people.move_to_household(
            member.id, "0190a000-0000-7000-8000-000000000000", Relationship.OTRO_PARIENTE, today
        )
    with pytest.raises(StaleRecord):
        casebook.people.move_to_household(
            member.id, target.id, Relationship.OTRO_PARIENTE, today, version=member.version + 5
        )
    assert row_counts(set_up_store) == before


@pytest.mark.parametrize("status", [EnrollmentStatus.BAJA, EnrollmentStatus.SUSPENDIDA])
def test_withdrawing_or_suspending_an_enrolment_keeps_it_with_the_reason(
    casebook: Casebook, people: People, set_up_store: CasebookStore, status: EnrollmentStatus
) -> None:
    _household, elder = elder_household(casebook, people)
    pension = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    today = casebook.now().date()
    before = row_counts(set_up_store)

    closed = casebook.enrolments.close(
        pension.id, status, ClosureReason.VOLUNTARIA, today, "Lo pidió", version=pension.version
    )

    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    (stored,) = casebook.enrolments.of_person(elder.id)
    assert stored == closed
    assert (stored.status, stored.closure_reason, stored.closed_on, stored.closure_note) == (
        status,
        ClosureReason.VOLUNTARIA,
        today,
        "Lo pidió",
    )
    assert casebook.reports.history(pension.id)[-1].fields == {
        "status": status.value,
        "closure_reason": "voluntary",
        "closed_on": today.isoformat(),
        "closure_note": "Lo pidió",
    }
    assert audit_actions(set_up_store, pension.id) == ["enrollment.create", "enrollment.update"]
    # A withdrawn enrolment makes way for a new one; a suspended one still holds its place.
    if status is EnrollmentStatus.BAJA:
        assert casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM")).id != pension.id
    else:
        with pytest.raises(DuplicateEnrollment):
            casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))


def test_an_address_change_keeps_the_previous_address_in_the_history(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = casebook.households.register(people.household(2))
    new = replace(household.address, street_name="Independencia", exterior_number="14")
    since = casebook.now().date()
    before = row_counts(set_up_store)

    changed = casebook.households.change_address(
        household.id, new, since, "Se mudaron al centro", version=household.version
    )

    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    again = casebook.households.get(household.id)
    assert again.address == new
    assert again.address_since == since
    assert again.version == changed.version == household.version + 1
    assert len(again.members) == 2
    history = casebook.reports.history(household.id)
    assert history[0].fields["street_name"] == household.address.street_name
    assert history[-1].fields == {
        "street_name": "Independencia",
        "exterior_number": "14",
        "address_since": since.isoformat(),
        "event_note": "Se mudaron al centro",
    }
    assert audit_actions(set_up_store, household.id) == ["household.create", "household.update"]
    with pytest.raises(StaleRecord):
        casebook.households.change_address(household.id, household.address, since, version=1)


def test_correcting_a_curp_rechecks_the_blind_index(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = casebook.households.register(people.household(2))
    member = household.members[1]
    fixed = replacement_curp(member.curp)

    corrected = casebook.people.correct_curp(member.id, fixed, "Error de captura")

    assert corrected.curp == fixed
    assert casebook.people.find_by_curp(fixed) == casebook.people.get(member.id)
    assert casebook.people.find_by_curp(member.curp) is None
    assert casebook.reports.history(member.id)[-1].fields == {
        "curp": fixed,
        "event_note": "Error de captura",
    }
    # A CURP another person here holds is refused (naming their folio); nothing is written.
    first = casebook.people.register(people.person(None))
    typo = casebook.people.register(replace(first, id="", curp=replacement_curp(first.curp)))
    before = row_counts(set_up_store)
    with pytest.raises(DuplicateCurp, match=str(first.folio)):
        casebook.people.correct_curp(typo.id, first.curp)
    assert row_counts(set_up_store) == before


def test_an_ordinary_edit_never_undoes_a_life_event(casebook: Casebook, people: People) -> None:
    _household, elder = elder_household(casebook, people)
    today = casebook.now().date()
    dead = casebook.people.record_death(elder.id, today)
    # The person form knows nothing of deaths: it sends the person without one.
    edited = replace(dead, death_date=None, left_household_on=None, phone="+529511112233")
    casebook.people.update(edited)
    stored = casebook.people.get(elder.id)
    assert stored.phone == "+529511112233"
    assert stored.death_date == today
    assert not stored.is_current_member
