"""Life events through a real ``bienestar-central serve``, SQLite and PostgreSQL: moved on one
laptop and edited on another, a death recorded offline, a corrected CURP, a new address."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import select

from bienestar_central import models
from bienestar_field.demo import synthetic_household
from bienestar_field.domain.enrollments import ClosureReason, Enrollment, EnrollmentStatus
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person, Relationship
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_field.storage import records
from bienestar_field.storage.schema import EnrollmentRow
from tests.domain.test_life_events import replacement_curp
from tests.storage.test_casebook import enrollment_for
from tests.sync.central_harness import CentralServer, Device

MakeDevice = Callable[[str], Device]
REGISTERED = date(2026, 3, 16)


def enrolled(make_device: MakeDevice, server: CentralServer, name: str, office: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def server_fields(server: CentralServer, entity_id: str) -> dict[str, object]:
    with server.db.reading() as conn:
        value = conn.execute(
            select(models.records.c.fields).where(models.records.c.entity_id == entity_id)
        ).scalar_one()
    fields = json.loads(value)
    assert isinstance(fields, dict)
    return fields


def household(device: Device, seed: int) -> Household:
    return device.casebook.households.register(
        synthetic_household(random.Random(seed), REGISTERED), today=REGISTERED
    )


def enrolment_row(device: Device, enrollment_id: str) -> Enrollment:
    with device.casebook.reading() as stored:
        row = stored.session.get(EnrollmentRow, enrollment_id)
        assert row is not None
        return records.enrollment_from_row(device.casebook.keyring, row)


def test_a_member_moved_on_one_laptop_and_edited_on_another_merges_without_loss(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    origin, target = household(a, 71), household(a, 72)
    member = origin.members[-1]
    a.sync()
    b.sync()
    moved_on = a.casebook.now().date() - timedelta(days=2)

    # Both offline: a moves the member to the other household, b corrects the phone.
    a.casebook.people.move_to_household(
        member.id, target.id, Relationship.OTRO_PARIENTE, moved_on, "Se fue con su tía"
    )
    b.casebook.people.update(replace(b.casebook.people.get(member.id), phone="+525512340000"))
    assert a.sync().conflicts == 0
    assert b.sync().conflicts == 0  # different fields: both apply, nothing to review
    a.sync()

    on_server = server_fields(server, member.id)
    assert on_server["household_id"] == target.id
    assert on_server["phone"] == "+525512340000"
    assert on_server["household_since"] == moved_on.isoformat()
    for device in (a, b):
        person = device.casebook.people.get(member.id)
        assert (person.household_id, person.phone, person.relationship) == (
            target.id,
            "+525512340000",
            Relationship.OTRO_PARIENTE,
        )
        assert person.folio == member.folio
        assert member.id in {m.id for m in device.casebook.households.get(target.id).members}
        assert member.id not in {m.id for m in device.casebook.households.get(origin.id).members}
    assert a.outbox("pending") == b.outbox("pending") == []


def person_of_age(device: Device, age: int, seed: int) -> Person:
    who = synthetic_identity(
        random.Random(seed), today=device.casebook.now().date(), min_age=age, max_age=age
    )
    return Person(
        id="",
        curp=who.curp,
        nombres=who.nombres,
        primer_apellido=who.primer_apellido,
        segundo_apellido=who.segundo_apellido,
        birth_date=who.birth_date,
        sex=who.sex,
        birth_state=who.birth_state,
    )


def test_a_death_recorded_offline_closes_the_enrolments_on_the_server_and_the_office(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    elder = a.casebook.people.register(person_of_age(a, 70, seed=74))
    pension = a.casebook.enrolments.enroll(enrollment_for(a.casebook, elder, "PAM"))
    a.sync()
    # The office approves the pension; a records the death offline, without pulling that.
    server.service.decide(pension.id, "approved", "expediente completo")
    b.sync()
    assert enrolment_row(b, pension.id).status is EnrollmentStatus.APROBADA
    today = a.casebook.now().date()

    a.casebook.people.record_death(elder.id, today, "Avisó la familia")
    report = a.sync()

    assert report.conflicts == 0
    assert a.outbox("pending") == []
    on_server = server_fields(server, pension.id)
    assert on_server["status"] == "withdrawn"
    assert on_server["closure_reason"] == "death"
    assert on_server["closed_on"] == today.isoformat()
    assert on_server["status_reason"] == "expediente completo"  # the decision stays on record
    assert server_fields(server, elder.id)["death_date"] == today.isoformat()
    # Another laptop of the office learns it at its next pull.
    b.sync()
    closed = enrolment_row(b, pension.id)
    assert closed.status is EnrollmentStatus.BAJA
    assert closed.closure_reason is ClosureReason.FALLECIMIENTO
    assert b.casebook.people.get(elder.id).death_date == today
    # Nothing was deleted anywhere: the person and the enrolment stay, closed.
    with server.db.reading() as conn:
        deleted = conn.execute(
            select(models.records.c.deleted).where(
                models.records.c.entity_id.in_([elder.id, pension.id])
            )
        ).scalars()
        assert list(deleted) == [False, False]
    # And the office cannot reopen it by deciding again.
    refused = server.cli("decide", pension.id, "approved", check=False)
    assert refused.returncode != 0
    assert server_fields(server, pension.id)["status"] == "withdrawn"


def test_a_corrected_curp_that_another_laptop_registered_goes_to_the_duplicates_queue(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    right = person_of_age(a, 44, seed=75)
    # a's caseworker mistyped the homonymy digit; b registers the same person correctly.
    on_a = a.casebook.people.register(replace(right, curp=replacement_curp(right.curp)))
    b.casebook.people.register(right)
    a.sync()
    b.sync()  # a's person has another CURP: no duplicate yet
    # a has not pulled since: its blind index knows no one else with the right CURP.
    assert a.casebook.people.find_by_curp(right.curp) is None

    a.casebook.people.correct_curp(on_a.id, right.curp, "Se corrigió con el acta")
    report = a.sync()

    assert report.conflicts == 1
    assert server_fields(server, on_a.id)["curp"] == right.curp
    assert (
        server.count(
            models.duplicates,
            models.duplicates.c.office == office,
            models.duplicates.c.kind == "duplicate_curp",
            models.duplicates.c.entity_id == on_a.id,
        )
        == 1
    )
