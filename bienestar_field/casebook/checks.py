"""Attendance checks: recorded (append-only), listed, and the ones a program period expects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import NotFound
from bienestar_field.casebook.name_index import PersonSummary, summary_of
from bienestar_field.domain import codec
from bienestar_field.domain.enrollments import AttendanceCheck, Enrollment
from bienestar_field.domain.ids import uuid7

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


@dataclass(frozen=True, slots=True)
class CheckDue:
    """An enrolled person who owes a check for a period, and what was recorded so far."""

    enrollment: Enrollment
    person: PersonSummary
    recorded: AttendanceCheck | None


class ChecksManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def record(self, checks: Iterable[AttendanceCheck]) -> list[AttendanceCheck]:
        """Append attendance checks (one, or a whole school visit) in one transaction."""
        session = self._session
        session.refuse_if_locked()
        saved: list[AttendanceCheck] = []
        with session.unit_of_work() as work:
            for check in checks:
                if not work.enrollments.exists(check.enrollment_id):
                    raise NotFound("no such enrolment")
                stamp = session.stamp()
                check = replace(
                    check, id=check.id or uuid7(), recorded_by=stamp.user_id, recorded_at=stamp.at
                )
                work.checks.add(check, stamp)
                work.record_change(
                    stamp,
                    "attendance_check",
                    check.id,
                    "append",
                    0,
                    {
                        "enrollment_id": check.enrollment_id,
                        "kind": check.kind.value,
                        "period": check.period,
                        "result": check.result.value,
                        **codec.check_private_fields(check),
                    },
                )
                saved.append(check)
        return saved

    def of_enrolment(self, enrollment_id: str) -> list[AttendanceCheck]:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.checks.of_enrollment(enrollment_id)

    def due(self, program_code: str, period: str) -> list[CheckDue]:
        """Enrolled people of a program whose checks are expected, with any already recorded."""
        session = self._session
        session.refuse_if_locked()
        program = session.catalog.get(program_code)
        if program is None or not program.checks:
            return []
        with session.reading() as stored:
            due = [
                CheckDue(
                    enrollment=enrollment,
                    person=summary_of(stored.people.get_any(enrollment.person_id)),
                    recorded=stored.checks.latest(enrollment.id, period),
                )
                for enrollment in stored.enrollments.active_in_program(program_code)
            ]
        due.sort(key=lambda item: item.person.full_name)
        return due
