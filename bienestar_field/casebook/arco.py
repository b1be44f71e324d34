"""ARCO requests: recorded, answered, and the three that act on the record.

An access request is answered with the person's whole record (``full_record``, printed as a
PDF by the UI); a rectification makes its correction through the people manager's edit, in the
same transaction as the answer, and the request names the fields it changed and the person's
version it produced; a cancellation closes the person (``domain.arco.after_cancellation``) and
every open enrolment with that reason, in one transaction. Every write goes through the unit of
work: the record, its outbox change and its audit event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.casebook.enrolments import write_closure
from bienestar_field.casebook.errors import NotFound, StaleRecord, ValidationFailed
from bienestar_field.domain import arco, life_events
from bienestar_field.domain.arco import ArcoRequest, ArcoRight, ArcoStatus, RefusalGround
from bienestar_field.domain.cards import CardEvent
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    ClosureReason,
    Enrollment,
    EnrollmentStatus,
)
from bienestar_field.domain.households import Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person
from bienestar_field.storage.schema import ArcoRequestRow
from bienestar_field.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from bienestar_field.casebook.people import PeopleManager
    from bienestar_field.casebook.session import CasebookSession

ENTITY = "arco_request"


@dataclass(frozen=True, slots=True)
class FullRecord:
    """Everything this casebook holds about one person: what an access request returns."""

    person: Person
    household: Household | None
    enrolments: list[Enrollment]
    checks: dict[str, list[AttendanceCheck]]  # by enrolment id
    card_events: list[CardEvent]
    requests: list[ArcoRequest]


class ArcoManager:
    def __init__(self, session: CasebookSession, people: PeopleManager) -> None:
        self._session = session
        self._people = people

    def _today(self, today: date | None) -> date:
        self._session.refuse_if_locked()
        return today or self._session.today()

    def record(self, request: ArcoRequest, *, today: date | None = None) -> ArcoRequest:
        """Record a new request, pending."""
        today = self._today(today)
        session = self._session
        request = replace(
            request,
            id=request.id or uuid7(),
            status=ArcoStatus.PENDIENTE,
            resolved_on=None,
            refusal_ground=None,
            outcome_note="",
            request_text=request.request_text.strip(),
            handled_by=request.handled_by.strip(),
            opposition_scope=request.opposition_scope.strip(),
        )
        with session.unit_of_work() as work:
            person = work.people.get(request.person_id)
            errors = arco.request_errors(request, person, today=today)
            if errors:
                raise ValidationFailed(errors)
            stamp = session.stamp()
            request = replace(
                request,
                version=1,
                created_by=stamp.user_id,
                created_at=stamp.at,
                updated_at=stamp.at,
            )
            work.arco.add(request, stamp)
            work.record_change(stamp, ENTITY, request.id, "create", 0, arco.all_fields(request))
        return request

    def of_person(self, person_id: str) -> list[ArcoRequest]:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.arco.of_person(person_id)

    def get(self, request_id: str) -> ArcoRequest:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            row = stored.arco.row(request_id)
            if row is None:
                raise NotFound("no such ARCO request")
            return stored.arco.from_row(row)

    def answer(
        self,
        request_id: str,
        status: ArcoStatus,
        resolved_on: date | None,
        ground: RefusalGround | None = None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> ArcoRequest:
        """Answer a request: attended on a date, or refused with its legal ground. An attended
        rectification or cancellation goes through ``rectify`` or ``cancel`` instead, which
        make the change the answer reports."""
        today = self._today(today)
        with self._session.unit_of_work() as work:
            row, request = self._stored(work, request_id, version)
            errors = arco.outcome_errors(request, status, resolved_on, ground, note, today=today)
            acting = (ArcoRight.RECTIFICACION, ArcoRight.CANCELACION)
            if status is ArcoStatus.ATENDIDA and request.right in acting and not errors:
                raise ValueError("an attended rectification or cancellation acts on the record")
            if errors:
                raise ValidationFailed(errors)
            assert resolved_on is not None
            return self._write(
                work, row, request, arco.answered(request, status, resolved_on, ground, note)
            )

    def rectify(
        self,
        request_id: str,
        corrected: Person,
        resolved_on: date | None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> tuple[ArcoRequest, Person]:
        """Attend a rectification: the person's edit (validated as any edit) and the answer
        naming the fields it changed, in one transaction."""
        from bienestar_field.domain.validation import validate_person

        today = self._today(today)
        with self._session.unit_of_work() as work:
            row, request = self._stored(work, request_id, version)
            errors = arco.outcome_errors(
                request, ArcoStatus.ATENDIDA, resolved_on, None, note, today=today
            )
            if request.right is not ArcoRight.RECTIFICACION or corrected.id != request.person_id:
                raise ValueError("not a rectification of this person")
            errors += [e for e in validate_person(corrected, today=today) if e.blocking]
            if errors:
                raise ValidationFailed(errors)
            assert resolved_on is not None
            person, changed = self._people.apply_edit(work, corrected)
            answer = arco.answered(request, ArcoStatus.ATENDIDA, resolved_on, None, note)
            answer = replace(
                answer,
                rectified_fields=tuple(changed),
                rectified_version=person.version if changed else None,
            )
            request = self._write(work, row, request, answer)
        self._session.name_index.add(person)
        return request, person

    def cancel(
        self,
        request_id: str,
        resolved_on: date | None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> tuple[ArcoRequest, Person]:
        """Attend a cancellation: the person's record closed (contact and free text blanked,
        identity and payment history kept: see ``domain.arco``) and every open enrolment
        withdrawn for that reason, with the answer, in one transaction. Nothing is deleted."""
        today = self._today(today)
        session = self._session
        with session.unit_of_work() as work:
            row, request = self._stored(work, request_id, version)
            person_row = work.people.row(request.person_id)
            if person_row is None:
                raise NotFound("no such person")
            person = work.people.from_row(person_row)
            errors = arco.cancellation_errors(request, person, resolved_on, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            assert resolved_on is not None
            closed = arco.after_cancellation(person, resolved_on)
            stamp = session.stamp()
            before_fields = self._person_fields(person)
            changed = {
                k: v for k, v in self._person_fields(closed).items() if before_fields.get(k) != v
            }
            closed.version = person_row.version + 1
            closed.updated_at = stamp.at
            work.people.rewrite(person_row, closed, stamp)
            work.record_change(stamp, "person", closed.id, "update", closed.version - 1, changed)
            for enrollment in work.enrollments.of_person(closed.id):
                if enrollment.status.is_open:
                    after = life_events.after_closure(
                        enrollment,
                        EnrollmentStatus.BAJA,
                        ClosureReason.CANCELACION_ARCO,
                        resolved_on,
                        note,
                    )
                    write_closure(work, stamp, enrollment, after)
            answer = arco.answered(request, ArcoStatus.ATENDIDA, resolved_on, None, note)
            request = self._write(work, row, request, answer)
        session.name_index.add(closed)
        return request, closed

    def full_record(self, person_id: str) -> FullRecord:
        """The person's whole record as this casebook holds it (an access request)."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            person = stored.people.get(person_id)
            if person is None:
                raise NotFound("no such person")
            household = stored.households.get(person.household_id) if person.household_id else None
            enrolments = stored.enrollments.of_person(person_id)
            checks = {e.id: stored.checks.of_enrollment(e.id) for e in enrolments}
            return FullRecord(
                person=person,
                household=household,
                enrolments=enrolments,
                checks=checks,
                card_events=stored.cards.of_person(person_id),
                requests=stored.arco.of_person(person_id),
            )

    @staticmethod
    def _person_fields(person: Person) -> dict[str, object]:
        from bienestar_field.storage import records

        return records.person_update_fields(person)

    def _stored(
        self, work: UnitOfWork, request_id: str, version: int | None
    ) -> tuple[ArcoRequestRow, ArcoRequest]:
        row = work.arco.row(request_id)
        if row is None:
            raise NotFound("no such ARCO request")
        if version is not None and row.version != version:
            raise StaleRecord("the request was changed since it was opened; open it again")
        return row, work.arco.from_row(row)

    def _write(
        self, work: UnitOfWork, row: ArcoRequestRow, before: ArcoRequest, after: ArcoRequest
    ) -> ArcoRequest:
        stamp = self._session.stamp()
        old = arco.update_fields(before)
        changed = {k: v for k, v in arco.update_fields(after).items() if old.get(k) != v}
        after = replace(after, version=row.version + 1, updated_at=stamp.at)
        work.arco.rewrite(row, after, stamp)
        work.record_change(stamp, ENTITY, after.id, "update", after.version - 1, changed)
        return after
