"""Attendance checks: recorded (append-only), listed, and the ones a program period expects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import NotFound, ValidationFailed
from bienestar_field.casebook.name_index import PersonSummary, summary_of
from bienestar_field.domain import codec
from bienestar_field.domain.enrollments import AttendanceCheck, CheckKind, CheckResult, Enrollment
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.name_search import fold
from bienestar_field.domain.periods import InvalidPeriod, parse_period
from bienestar_field.domain.text import text
from bienestar_field.domain.validation import FieldError

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


@dataclass(frozen=True, slots=True)
class CheckDue:
    """An enrolled person who owes a check for a period, and what was recorded so far.

    ``recorded`` is the latest mark of the period, ``None`` when there is none or the latest
    was withdrawn; ``school_key`` (the CCT of the person's school) and the person's locality
    let a visit to one school or one place be marked together.
    """

    enrollment: Enrollment
    person: PersonSummary
    recorded: AttendanceCheck | None
    school_key: str = ""


class ChecksManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def record(self, checks: Iterable[AttendanceCheck]) -> list[AttendanceCheck]:
        """Append attendance checks (one, or a whole school visit) in one transaction."""
        session = self._session
        session.refuse_if_locked()
        checks = list(checks)
        for check in checks:
            try:
                parse_period(check.period)
            except InvalidPeriod:
                raise ValidationFailed(
                    [FieldError("period", text("Elija un periodo de la lista."))]
                ) from None
        saved: list[AttendanceCheck] = []
        with session.unit_of_work() as work:
            # One query for all: asked check by check, each would flush the ones before it.
            known = work.enrollments.existing_ids({c.enrollment_id for c in checks})
            for check in checks:
                if check.enrollment_id not in known:
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

    def due(self, program_code: str, period: str, kind: CheckKind | None = None) -> list[CheckDue]:
        """Enrolled people of a program whose checks are expected, with any already recorded.

        A handful of queries whatever the number of people (the list reaches thousands for a
        program across a municipality), sorted by name.
        """
        session = self._session
        session.refuse_if_locked()
        program = session.catalog.get(program_code)
        if program is None or not program.checks:
            return []
        parse_period(period)
        with session.reading() as stored:
            enrollments = stored.enrollments.active_in_program(program_code)
            people = stored.people.get_many([e.person_id for e in enrollments])
            localities = stored.households.localities(
                {p.household_id for p in people.values() if p.household_id}
            )
            latest = stored.checks.latest_in_program(
                program_code, period, kind.value if kind is not None else None
            )
        due: list[CheckDue] = []
        for enrollment in enrollments:
            person = people[enrollment.person_id]
            recorded = latest.get(enrollment.id)
            if recorded is not None and recorded.result is CheckResult.ANULADA:
                recorded = None
            summary = summary_of(person)
            if person.household_id:
                summary = replace(summary, locality=localities.get(person.household_id, ""))
            school = person.schooling.cct if person.schooling and person.schooling.cct else ""
            due.append(CheckDue(enrollment, summary, recorded, school))
        due.sort(key=lambda item: (fold(item.person.full_name), item.enrollment.id))
        return due
