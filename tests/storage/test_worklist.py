"""What is left to do: checks of this period, enrolments the server returned, sync states."""

from __future__ import annotations

from dataclasses import replace

from bienestar_field.casebook import Casebook
from bienestar_field.domain import codec
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.people import Schooling, SchoolLevel
from bienestar_field.domain.periods import period_of
from bienestar_field.domain.programs import CheckFrequency
from bienestar_field.storage.repositories.pulled import PulledRecord
from tests.conftest import People


def _student(casebook: Casebook, people: People) -> Enrollment:
    student = people.person(None, identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True)
    saved = casebook.people.register(student)
    program = casebook.catalog["BBJ"]
    return casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=saved.id,
            program_code="BBJ",
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in program.documents},
            consent=PrivacyConsent("2026.1", casebook.now().isoformat(), True, True),
        )
    )


def _school_check(enrolment: Enrollment, period: str, result: CheckResult) -> AttendanceCheck:
    return AttendanceCheck("", enrolment.id, CheckKind.ESCUELA, period, result)


def test_checks_still_to_record_this_period_count_withdrawn_marks_as_missing(
    casebook: Casebook, people: People
) -> None:
    first, second, _third = (_student(casebook, people) for _ in range(3))
    period = period_of(CheckFrequency.SEMESTRAL, casebook.now().astimezone().date()).code
    casebook.checks.record([_school_check(first, period, CheckResult.ASISTIO)])
    casebook.checks.record([_school_check(second, period, CheckResult.FALTO)])
    casebook.checks.record([_school_check(second, period, CheckResult.ANULADA)])
    casebook.checks.record([_school_check(first, "2020-S1", CheckResult.ASISTIO)])

    (due,) = [d for d in casebook.work.to_do().checks if d.program_code == "BBJ"]
    assert (due.kind, due.period, due.enrolled, due.missing) == (CheckKind.ESCUELA, period, 3, 2)


def test_enrolments_the_server_refused_come_back_with_their_reason(
    casebook: Casebook, people: People
) -> None:
    enrolment = _student(casebook, people)
    refused = replace(
        enrolment, status=EnrollmentStatus.RECHAZADA, status_reason="Falta el comprobante"
    )
    fields = {
        "person_id": refused.person_id,
        "program_code": refused.program_code,
        "status": refused.status.value,
        "catalog_version": refused.catalog_version,
        "folio": refused.folio,
        **codec.enrollment_private_fields(refused),
    }
    stamp = casebook.stamp()
    with casebook.unit_of_work() as work:
        work.put_pulled(
            PulledRecord(
                "enrollment", refused.id, 2, stamp.hlc, "server", stamp.at, stamp.at, fields, False
            )
        )
    (returned,) = casebook.work.to_do().returned
    assert returned.enrollment_id == enrolment.id
    assert returned.reason == "Falta el comprobante"
    assert returned.person_name == casebook.people.get(enrolment.person_id).full_name
    assert not [d for d in casebook.work.to_do().checks if d.program_code == "BBJ"]


def test_each_kind_of_record_is_counted_by_where_it_stands_with_the_server(
    casebook: Casebook, people: People
) -> None:
    _student(casebook, people)
    household = casebook.households.register(people.household(2))
    states = casebook.work.to_do().sync_states
    assert states["household"]["saved"] == 1
    assert states["person"]["saved"] == 3
    assert states["enrollment"] == {"saved": 1, "sent": 0, "acknowledged": 0, "refused": 0}

    stamp = casebook.stamp()
    with casebook.unit_of_work() as work:
        changes = work.outbox.pending(limit=100)
        by_entity = {c.change.entity_id: c.change.change_id for c in changes}
        work.outbox.mark_sending([by_entity[household.id]], "batch-1")
        head = household.members[0].id
        work.outbox.acknowledge([by_entity[head]], stamp.at)
        work.outbox.reject(by_entity[household.members[1].id], "invalid", stamp.at, None)
    states = casebook.work.to_do().sync_states
    assert states["household"]["sent"] == 1
    assert states["person"]["acknowledged"] == 1
    assert states["person"]["refused"] == 1
    assert states["person"]["saved"] == 1
