"""Enrolments of people in programs: validated against the catalog, stored, listed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import (
    DuplicateEnrollment,
    NotFound,
    StaleRecord,
    ValidationFailed,
)
from bienestar_field.casebook.survey_port import NoSurveys, SurveyAnswers, survey_basis
from bienestar_field.domain import life_events
from bienestar_field.domain.eligibility import EligibilityResult, SurveyBasis, evaluate
from bienestar_field.domain.enrollments import ClosureReason, Enrollment, EnrollmentStatus
from bienestar_field.domain.households import Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person
from bienestar_field.domain.text import text
from bienestar_field.domain.validation import FieldError, validate_enrollment
from bienestar_field.storage import records
from bienestar_field.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


class EnrolmentsManager:
    def __init__(self, session: CasebookSession, surveys: SurveyAnswers | None = None) -> None:
        self._session = session
        self._surveys: SurveyAnswers = surveys or NoSurveys()

    def connect_surveys(self, surveys: SurveyAnswers) -> None:
        """Read households' surveys from ``surveys`` (the casebook's survey storage)."""
        self._surveys = surveys

    def survey(self, household_id: str | None) -> SurveyBasis:
        """The household's survey answers with the questionnaire and poverty lines that read
        them; no answers without a household or a survey (worker: reads the casebook)."""
        self._session.refuse_if_locked()
        return survey_basis(self._surveys, household_id)

    def eligibility(
        self,
        person: Person,
        *,
        household: Household | None = None,
        enrolled_programs: frozenset[str] = frozenset(),
    ) -> list[EligibilityResult]:
        """Who qualifies for what, now: under the catalog in force at this instant (by this
        device's clock, with or without signal) and on today's date where it applies, with
        the household's socioeconomic survey for the poverty and income conditions."""
        catalog, today = self._session.catalog_and_day()
        household_id = household.id if household is not None else person.household_id
        return evaluate(
            person,
            catalog,
            today,
            household=household,
            enrolled_programs=enrolled_programs,
            survey=self.survey(household_id),
        )

    def enroll(self, enrollment: Enrollment, *, today: date | None = None) -> Enrollment:
        return self.enroll_many([enrollment], today=today)[0]

    def enroll_many(
        self, enrollments: Iterable[Enrollment], *, today: date | None = None
    ) -> list[Enrollment]:
        """Validate and store enrolments in one transaction; any refusal stores none."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.today()
        with session.unit_of_work() as work:
            return [self._insert(work, enrollment, today) for enrollment in enrollments]

    def _insert(self, work: UnitOfWork, enrollment: Enrollment, today: date) -> Enrollment:
        session = self._session
        enrollment = replace(enrollment, id=enrollment.id or uuid7())
        program = session.catalog.get(enrollment.program_code)
        if program is None:
            raise ValidationFailed(
                [FieldError("program_code", text("El programa no está en el catálogo."))]
            )
        person = work.people.get(enrollment.person_id)
        if person is None:
            raise NotFound("no such person")
        errors = [
            e for e in validate_enrollment(enrollment, person, program, on=today) if e.blocking
        ]
        if errors:
            raise ValidationFailed(errors)
        existing = work.enrollments.active_folio(enrollment.person_id, enrollment.program_code)
        if existing is not None:
            raise DuplicateEnrollment(
                f"the person is already enrolled in {enrollment.program_code} (folio {existing})"
            )
        stamp = session.stamp()
        enrollment.folio = work.meta.next_folio()
        enrollment.catalog_version = enrollment.catalog_version or session.catalog.version
        enrollment.enrolled_by, enrollment.enrolled_at = stamp.user_id, stamp.at
        enrollment.version = 1
        work.enrollments.add(enrollment, stamp)
        work.record_change(
            stamp,
            "enrollment",
            enrollment.id,
            "create",
            0,
            records.enrollment_create_fields(enrollment),
        )
        return enrollment

    def close(
        self,
        enrollment_id: str,
        status: EnrollmentStatus,
        reason: ClosureReason | None,
        on: date | None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> Enrollment:
        """Withdraw (``BAJA``) or suspend (``SUSPENDIDA``) an enrolment, with the reason, the
        date and a note. The enrolment stays, closed, in the person's history."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.now().astimezone().date()
        with session.unit_of_work() as work:
            row = work.enrollments.row(enrollment_id)
            if row is None:
                raise NotFound("no such enrolment")
            if version is not None and row.version != version:
                raise StaleRecord("the enrolment was changed since it was opened; open it again")
            enrollment = records.enrollment_from_row(work.enrollments.keyring, row)
            errors = life_events.closure_errors(enrollment, status, reason, on, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            assert reason is not None
            assert on is not None
            closed = life_events.after_closure(enrollment, status, reason, on, note)
            write_closure(work, session.stamp(), enrollment, closed)
            return closed

    def of_person(self, person_id: str) -> list[Enrollment]:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.enrollments.of_person(person_id)


def write_closure(
    work: UnitOfWork, stamp: records.Stamp, before: Enrollment, after: Enrollment
) -> None:
    """Store an enrolment's closure over its row, with its change and audit event."""
    row = work.enrollments.row(after.id)
    assert row is not None
    changed = {
        k: v
        for k, v in records.enrollment_update_fields(after).items()
        if records.enrollment_update_fields(before).get(k) != v
    }
    after.version = row.version + 1
    work.enrollments.rewrite(row, after, stamp)
    work.record_change(stamp, "enrollment", after.id, "update", after.version - 1, changed)
