"""Compliance and transitions: computed from the catalog in force and the recorded checks.

``casebook.compliance.of_person(person_id)``: for each active enrolment, each check its
program expects, the current period and the ones before (the person's page).
``casebook.compliance.in_program(program, kind, period)``: per enrolment, one period (the
attendance screen). ``casebook.compliance.at_risk()``: people whose payment is at risk this
period. ``casebook.compliance.transitions(horizon)``: people whose situation changes by age or
time within ``horizon`` days. Reads only; the rules are in ``domain.compliance`` and
``domain.transitions``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from bienestar_field.casebook.name_index import PersonSummary, summary_of
from bienestar_field.domain import compliance, transitions
from bienestar_field.domain.compliance import Compliance, Subject
from bienestar_field.domain.enrollments import CheckKind, Enrollment, EnrollmentStatus
from bienestar_field.domain.name_search import fold
from bienestar_field.domain.people import Person
from bienestar_field.domain.periods import Period, parse_period, period_of
from bienestar_field.domain.programs import CheckFrequency, Program
from bienestar_field.domain.transitions import Transition

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession

# The person's page shows the current period and the two before it.
RECENT_PERIODS = 3
# Prenatal visits are checked against the months their weeks overlap: months back to read.
PRENATAL_MONTHS = 12


@dataclass(frozen=True, slots=True)
class EnrolmentCompliance:
    """One active enrolment's compliance, the current period first for each check, and the
    checks that put this period's payment at risk (empty when none does)."""

    enrollment: Enrollment
    answers: list[Compliance]
    at_risk: list[Compliance]


@dataclass(frozen=True, slots=True)
class PaymentAtRisk:
    person: PersonSummary
    enrollment: Enrollment
    reasons: list[Compliance]


@dataclass(frozen=True, slots=True)
class TransitionDue:
    person: PersonSummary
    enrollment: Enrollment
    transition: Transition


class ComplianceManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def _subject(self, enrollment: Enrollment, person: Person) -> Subject:
        return Subject(
            enrollment.id,
            person.birth_date,
            person.pregnancy_due_date,
            self._enrolled_on(enrollment),
        )

    def _enrolled_on(self, enrollment: Enrollment) -> date | None:
        if not enrollment.enrolled_at:
            return None
        try:
            moment = datetime.fromisoformat(enrollment.enrolled_at)
        except ValueError:
            return None
        return moment.astimezone(self._session.zone).date() if moment.tzinfo else moment.date()

    def of_person(self, person_id: str) -> list[EnrolmentCompliance]:
        """Each active enrolment whose program expects checks, with its compliance."""
        session = self._session
        session.refuse_if_locked()
        catalog, today = session.catalog_and_day()
        with session.reading() as stored:
            person = stored.people.get(person_id)
            if person is None:
                return []
            enrollments = [e for e in stored.enrollments.of_person(person_id) if e.status.is_active]
            marks = {e.id: stored.checks.of_enrollment(e.id) for e in enrollments}
        result: list[EnrolmentCompliance] = []
        for enrollment in enrollments:
            program = catalog.get(enrollment.program_code)
            if program is None or not program.checks:
                continue
            subject = self._subject(enrollment, person)
            own = marks[enrollment.id]
            answers = compliance.of_enrollment(program, subject, own, today, RECENT_PERIODS)
            at_risk = compliance.payment_at_risk(program, subject, own, today)
            result.append(EnrolmentCompliance(enrollment, answers, at_risk))
        return result

    def in_program(self, program_code: str, kind: CheckKind, period: str) -> dict[str, Compliance]:
        """Per active enrolment of a program (by id), compliance with one check in one period."""
        session = self._session
        session.refuse_if_locked()
        catalog, today = session.catalog_and_day()
        program = catalog.get(program_code)
        check = next((c for c in program.checks if c.kind is kind), None) if program else None
        if program is None or check is None:
            return {}
        asked = parse_period(period)
        with session.reading() as stored:
            enrollments = stored.enrollments.active_in_program(program_code)
            people = stored.people.get_many([e.person_id for e in enrollments])
            marks = stored.checks.in_program(program_code, _codes(program, asked, today))
        return {
            e.id: compliance.evaluate(
                program,
                check,
                asked,
                self._subject(e, people[e.person_id]),
                marks.get(e.id, []),
                today,
            )
            for e in enrollments
            if e.person_id in people
        }

    def at_risk(self) -> list[PaymentAtRisk]:
        """People whose payment is at risk this period: a check that conditions payment not
        met in the current period or the one just ended. Sorted by name."""
        session = self._session
        session.refuse_if_locked()
        catalog, today = session.catalog_and_day()
        found: list[PaymentAtRisk] = []
        for program in catalog:
            if not any(c.conditions_payment for c in program.checks):
                continue
            with session.reading() as stored:
                enrollments = stored.enrollments.active_in_program(program.code)
                if not enrollments:
                    continue
                people = stored.people.get_many([e.person_id for e in enrollments])
                marks = stored.checks.in_program(program.code, _codes(program, None, today))
            for enrollment in enrollments:
                if enrollment.status is EnrollmentStatus.BORRADOR:
                    continue  # a draft is not paid: nothing of it is at risk
                person = people.get(enrollment.person_id)
                if person is None or person.death_date is not None:
                    continue
                reasons = compliance.payment_at_risk(
                    program, self._subject(enrollment, person), marks.get(enrollment.id, []), today
                )
                if reasons:
                    found.append(PaymentAtRisk(summary_of(person), enrollment, reasons))
        found.sort(key=lambda r: (fold(r.person.full_name), r.enrollment.program_code))
        return found

    def transitions(self, horizon: int = 60) -> list[TransitionDue]:
        """Transitions due within ``horizon`` days (or overdue), soonest first."""
        session = self._session
        session.refuse_if_locked()
        if not 0 <= horizon <= 3660:
            raise ValueError("horizon must be 0 to 3660 days")
        catalog, today = session.catalog_and_day()
        found: list[TransitionDue] = []
        with session.reading() as stored:
            for program in catalog:
                enrollments = stored.enrollments.active_in_program(program.code)
                if not enrollments:
                    continue
                people = stored.people.get_many([e.person_id for e in enrollments])
                for enrollment in enrollments:
                    person = people.get(enrollment.person_id)
                    if person is None:
                        continue
                    for transition in transitions.of_enrollment(
                        catalog, enrollment, person, today, horizon
                    ):
                        found.append(TransitionDue(summary_of(person), enrollment, transition))
        found.sort(key=lambda t: (t.transition.on, fold(t.person.full_name)))
        return found


def _codes(program: Program, asked: Period | None, today: date) -> set[str]:
    """The period codes whose marks the program's checks are computed from."""
    codes: set[str] = set()
    for check in program.checks:
        current = period_of(check.frequency, today)
        periods = [current, current.previous()]
        if asked is not None:
            periods.append(asked)
        if check.schedule:  # visits are found in the months their weeks overlap
            month = period_of(CheckFrequency.MENSUAL, asked.last_day if asked else today)
            for _ in range(PRENATAL_MONTHS):
                codes.add(month.code)
                month = month.previous()
        codes.update(p.code for p in periods)
    return codes


__all__ = [
    "ComplianceManager",
    "EnrolmentCompliance",
    "PaymentAtRisk",
    "TransitionDue",
]
