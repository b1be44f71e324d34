"""The casebook's compliance and transitions: computed from the catalog in force and the
recorded checks, and changing when a new catalog changes the rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.compliance import ComplianceStatus
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.people import Person, Schooling, SchoolLevel, Sex
from bienestar_field.domain.transitions import TransitionKind
from tests.conftest import FakeClock, People
from tests.helpers import catalogs


def _enrol(casebook: Casebook, person: Person, code: str) -> Enrollment:
    saved = casebook.people.register(person)
    program = casebook.catalog[code]
    return casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=saved.id,
            program_code=code,
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in program.documents},
            consent=PrivacyConsent("2026.1", casebook.now().isoformat(), True, True),
        )
    )


def _student(casebook: Casebook, people: People, grade: int = 1) -> Enrollment:
    student = people.person(None, identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True, grade=grade)
    return _enrol(casebook, student, "BBJ")


def _mark(enrolment: Enrollment, period: str, result: CheckResult) -> AttendanceCheck:
    return AttendanceCheck("", enrolment.id, CheckKind.ESCUELA, period, result)


def _publish(store: CasebookStore, casebook: Casebook, document: dict[str, object]) -> None:
    catalogs.store_locally(store.database.path, document)
    casebook.refresh_after_pull()


def test_the_person_page_compliance_is_per_enrolment_current_period_first(
    casebook: Casebook, people: People
) -> None:
    enrolment = _student(casebook, people)
    # 16 March 2026: the first half of 2026 is running; the one before, before the enrolment.
    casebook.checks.record([_mark(enrolment, "2026-S1", CheckResult.ASISTIO)])
    (shown,) = casebook.compliance.of_person(enrolment.person_id)
    assert shown.enrollment.id == enrolment.id
    assert [(a.period.code, a.status) for a in shown.answers] == [
        ("2026-S1", ComplianceStatus.MET),
        ("2025-S2", ComplianceStatus.NOT_EXPECTED),
        ("2025-S1", ComplianceStatus.NOT_EXPECTED),
    ]
    assert (
        casebook.compliance.in_program("BBJ", CheckKind.ESCUELA, "2026-S1")[enrolment.id].status
        is ComplianceStatus.MET
    )


def test_payment_at_risk_lists_an_absence_and_drops_it_when_corrected(
    casebook: Casebook, people: People
) -> None:
    absent, attending = _student(casebook, people), _student(casebook, people)
    casebook.checks.record([_mark(absent, "2026-S1", CheckResult.FALTO)])
    casebook.checks.record([_mark(attending, "2026-S1", CheckResult.ASISTIO)])
    (risk,) = casebook.compliance.at_risk()
    assert risk.enrollment.id == absent.id
    assert [(r.period.code, r.status) for r in risk.reasons] == [
        ("2026-S1", ComplianceStatus.NOT_MET)
    ]
    casebook.checks.record([_mark(absent, "2026-S1", CheckResult.JUSTIFICADA)])
    assert casebook.compliance.at_risk() == []


def test_a_draft_enrolment_is_not_paid_so_nothing_of_it_is_at_risk(
    casebook: Casebook, people: People
) -> None:
    student = people.person(None, identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True, grade=1)
    saved = casebook.people.register(student)
    draft = casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=saved.id,
            program_code="BBJ",
            documents={d.code: True for d in casebook.catalog["BBJ"].documents},
            consent=PrivacyConsent("2026.1", casebook.now().isoformat(), True, True),
        )
    )
    assert draft.status is EnrollmentStatus.BORRADOR
    casebook.checks.record([_mark(draft, "2026-S1", CheckResult.FALTO)])
    assert casebook.compliance.at_risk() == []
    # Its checks are still shown for the person: only the payment list leaves it out.
    assert casebook.compliance.of_person(saved.id)


def test_a_new_catalog_changes_compliance_and_the_payment_at_risk(
    casebook: Casebook, people: People, set_up_store: CasebookStore, clock: FakeClock
) -> None:
    enrolment = _student(casebook, people)
    clock.advance(days=31)  # 16 April 2026
    # Half-yearly (the shipped catalog): the half year runs, nothing is at risk.
    assert casebook.compliance.at_risk() == []
    monthly = catalogs.catalog("2026.40", "2026-01-01")
    catalogs.program(monthly, "BBJ")["checks"] = [
        {"kind": "school", "frequency": "mensual", "conditions_payment": True}
    ]
    _publish(set_up_store, casebook, monthly)
    (shown,) = casebook.compliance.of_person(enrolment.person_id)
    assert [a.period.code for a in shown.answers] == ["2026-04", "2026-03", "2026-02"]
    # March ended with nothing recorded: this month's payment is at risk.
    (risk,) = casebook.compliance.at_risk()
    assert [r.period.code for r in risk.reasons] == ["2026-03"]
    # The same rule no longer conditioning payment: nobody at risk.
    free = catalogs.catalog("2026.41", "2026-01-02")
    catalogs.program(free, "BBJ")["checks"] = [
        {"kind": "school", "frequency": "mensual", "conditions_payment": False}
    ]
    _publish(set_up_store, casebook, free)
    assert casebook.compliance.at_risk() == []


def _woman_turning_65_in(people: People, today: date, days: int) -> Person:
    birthday = today + timedelta(days=days)
    born = birthday.replace(year=birthday.year - 65)
    return people.named(
        "Rosa", "Jiménez", "Luna", birth_date=born, sex=Sex.MUJER, relationship=None
    )


def test_a_woman_turning_65_moves_from_mujeres_bienestar_to_adultos_mayores(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    today = casebook.today()
    enrolment = _enrol(casebook, _woman_turning_65_in(people, today, 30), "PMB")
    (due,) = casebook.compliance.transitions(60)
    assert due.enrollment.id == enrolment.id
    transition = due.transition
    assert (transition.kind, transition.on, transition.next_program) == (
        TransitionKind.AGE_LIMIT,
        today + timedelta(days=30),
        "PAM",
    )
    assert str(transition.action) == (
        "Inscribir en Pensión Adultos Mayores y dar de baja en Pensión Mujeres Bienestar por edad."
    )
    assert casebook.compliance.transitions(20) == []
    # The age limits come from the catalog: Mujeres Bienestar to 65, the elderly pension from
    # 66, and the move is a year later, out of the horizon.
    later = catalogs.catalog("2026.42", "2026-01-01")
    catalogs.program(later, "PMB")["rule"]["max_age"] = 65
    catalogs.program(later, "PAM")["rule"]["min_age"] = 66
    _publish(set_up_store, casebook, later)
    assert casebook.compliance.transitions(60) == []
    (due,) = casebook.compliance.transitions(400)
    assert due.transition.on == today + timedelta(days=30 + 365)
    assert due.transition.next_program == "PAM"


def test_a_student_in_the_last_grade_leaves_the_scholarship_at_the_end_of_the_school_year(
    casebook: Casebook, people: People
) -> None:
    _student(casebook, people, grade=1)
    last = _student(casebook, people, grade=3)
    assert casebook.compliance.transitions(60) == []  # 16 March: the school year ends in July
    (due,) = casebook.compliance.transitions(150)
    assert due.enrollment.id == last.id
    assert (due.transition.kind, due.transition.on) == (
        TransitionKind.SCHOOL_LEVEL,
        date(2026, 7, 15),
    )
    assert due.transition.next_program is None  # no program of the shipped catalog goes on


def test_a_withdrawn_enrolment_has_no_transition(casebook: Casebook, people: People) -> None:
    today = casebook.today()
    enrolment = _enrol(casebook, _woman_turning_65_in(people, today, 10), "PMB")
    closed = replace(enrolment, status=EnrollmentStatus.BAJA)
    from bienestar_field.domain.transitions import of_enrollment

    assert (
        of_enrollment(casebook.catalog, closed, casebook.people.get(enrolment.person_id), today, 60)
        == []
    )
