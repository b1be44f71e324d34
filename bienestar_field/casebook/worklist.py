"""The work waiting for the person: checks still to record this period, enrolments the server
returned, and where each kind of record stands with the server. The home page shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.domain.enrollments import CheckKind, CheckResult
from bienestar_field.domain.periods import period_of

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession

SYNC_STATES = ("saved", "sent", "acknowledged", "refused")


@dataclass(frozen=True, slots=True)
class ChecksToRecord:
    """One program's check of one kind in the current period: how many still lack it."""

    program_code: str
    kind: CheckKind
    period: str
    enrolled: int
    missing: int


@dataclass(frozen=True, slots=True)
class ReturnedEnrolment:
    """An enrolment the server refused, with its reason, for the person to put right."""

    enrollment_id: str
    person_id: str
    person_name: str
    program_code: str
    folio: str
    reason: str


@dataclass(frozen=True, slots=True)
class WorkToDo:
    checks: list[ChecksToRecord]
    returned: list[ReturnedEnrolment]
    # record kind ("household", "person", "enrollment", "attendance_check") -> state -> count
    sync_states: dict[str, dict[str, int]] = field(default_factory=dict)


class WorkManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def to_do(self, today: date | None = None, *, returned_limit: int = 50) -> WorkToDo:
        """What is left to do, read in a few queries (names only for the returned ones)."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.today()
        checks: list[ChecksToRecord] = []
        with session.reading() as stored:
            for program in session.catalog:
                if not program.checks:
                    continue
                enrolled = stored.enrollments.active_count(program.code)
                if not enrolled:
                    continue
                for expected in program.checks:
                    period = period_of(expected.frequency, today).code
                    recorded = stored.checks.recorded_count(
                        program.code, period, expected.kind.value, CheckResult.ANULADA.value
                    )
                    checks.append(
                        ChecksToRecord(
                            program.code, expected.kind, period, enrolled, enrolled - recorded
                        )
                    )
            rejected = stored.enrollments.rejected(returned_limit)
            people = stored.people.get_many([e.person_id for e in rejected])
            states: dict[str, dict[str, int]] = {}
            for (entity, state), count in stored.outbox.record_states().items():
                states.setdefault(entity, dict.fromkeys(SYNC_STATES, 0))[state] = count
        returned = [
            ReturnedEnrolment(
                e.id,
                e.person_id,
                people[e.person_id].full_name if e.person_id in people else "",
                e.program_code,
                e.folio or "",
                e.status_reason,
            )
            for e in rejected
        ]
        return WorkToDo(checks, returned, states)
