"""People: registered alone or as household members, edited, and found by CURP.

A new person joins the name index only once their transaction commits: indexing inside it
would leave people of a rolled-back batch (a duplicate CURP in its last household) findable
by name until the next unlock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.casebook.enrolments import write_closure
from bienestar_field.casebook.errors import (
    DuplicateCurp,
    NotFound,
    StaleRecord,
    ValidationFailed,
)
from bienestar_field.domain import codec, life_events
from bienestar_field.domain.curp import normalize_curp
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import LeaveReason, Person, Relationship
from bienestar_field.domain.validation import validate_person
from bienestar_field.storage import records
from bienestar_field.storage.crypto import TamperedCiphertext
from bienestar_field.storage.schema import PersonRow
from bienestar_field.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


class PeopleManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def register(self, person: Person, *, today: date | None = None) -> Person:
        """An individual enrolment without a household (module offices)."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.today()
        person = person_with_id(person)
        errors = [e for e in validate_person(person, today=today) if e.blocking]
        if errors:
            raise ValidationFailed(errors)
        with session.unit_of_work() as work:
            stamp = session.stamp()
            self.refuse_duplicate_curps(work, [person.curp])
            self.insert(work, stamp, person)
        return person

    def insert(self, work: UnitOfWork, stamp: records.Stamp, person: Person) -> None:
        """Store a new, validated person in ``work``, with a folio of this device."""
        person.curp = normalize_curp(person.curp)
        person.folio = work.meta.next_folio()
        person.created_by, person.created_at, person.updated_at = stamp.user_id, stamp.at, stamp.at
        person.version = 1
        work.people.add(person, stamp)
        work.record_change(
            stamp,
            "person",
            person.id,
            "create",
            0,
            records.person_create_fields(person),
        )
        name_index = self._session.name_index
        work.after_commit(lambda: name_index.add(person))

    def update(self, person: Person, *, today: date | None = None) -> Person:
        """Save an edit. The previous values stay in the outbox history; stale edits refuse."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.today()
        errors = [e for e in validate_person(person, today=today) if e.blocking]
        if errors:
            raise ValidationFailed(errors)
        with session.unit_of_work() as work:
            person, _changed = self.apply_edit(work, person)
        session.name_index.add(person)
        return person

    def apply_edit(self, work: UnitOfWork, person: Person) -> tuple[Person, list[str]]:
        """Store a validated edit of ``person`` in ``work``: the person as stored and the
        names of the fields it changed (none: nothing was written). An ARCO rectification
        makes its correction through here too, in its own transaction."""
        row = work.people.row(person.id)
        if row is None:
            raise NotFound("no such person")
        if row.version != person.version:
            raise StaleRecord("the person was changed since it was opened; open it again")
        person.curp = normalize_curp(person.curp)
        stored = work.people.from_row(row)
        person = life_events.with_life_events_of(person, stored)
        before = codec.person_personal_fields(stored)
        after = codec.person_personal_fields(person)
        changed = {k: v for k, v in after.items() if before.get(k) != v}
        if not changed:
            return person, []
        if "curp" in changed:
            self.refuse_duplicate_curps(work, [person.curp], except_id=person.id)
        stamp = self._session.stamp()
        person.version = row.version + 1
        person.updated_at = stamp.at
        work.people.rewrite(row, person, stamp)
        work.record_change(stamp, "person", person.id, "update", person.version - 1, changed)
        return person, sorted(changed)

    # --- life events ----------------------------------------------------------------------

    def record_death(
        self,
        person_id: str,
        died_on: date | None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> Person:
        """Record a death: the person stays (no longer counted in the household), and every
        open enrolment is withdrawn for that reason on that date, all in one transaction."""
        today = self._today(today)
        with self._session.unit_of_work() as work:
            row, person = self._stored(work, person_id, version)
            errors = life_events.death_errors(person, died_on, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            assert died_on is not None
            return self._write_event(
                work, row, person, life_events.after_death(person, died_on, note)
            )

    def remove_from_household(
        self,
        person_id: str,
        reason: LeaveReason | None,
        on: date | None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> Person:
        """A member leaves the household (moved away, died, other): no longer counted in it,
        kept in its history. Leaving by death records the death."""
        today = self._today(today)
        with self._session.unit_of_work() as work:
            row, person = self._stored(work, person_id, version)
            errors = life_events.leave_errors(person, on, reason, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            assert reason is not None
            assert on is not None
            return self._write_event(
                work, row, person, life_events.after_leaving(person, on, reason, note)
            )

    def move_to_household(
        self,
        person_id: str,
        household_id: str,
        relationship: Relationship | None,
        on: date | None,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> Person:
        """Move a person into another household: the same person (id, folio, enrolments),
        now counted there, with the date and the relationship to its head."""
        today = self._today(today)
        with self._session.unit_of_work() as work:
            row, person = self._stored(work, person_id, version)
            target = work.households.get(household_id)
            errors = life_events.move_errors(person, target, on, relationship, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            assert target is not None
            assert on is not None
            assert relationship is not None
            return self._write_event(
                work,
                row,
                person,
                life_events.after_move(person, target, on, relationship, note),
            )

    def correct_curp(
        self,
        person_id: str,
        new_curp: str,
        note: str = "",
        *,
        version: int | None = None,
        today: date | None = None,
    ) -> Person:
        """Replace a mistyped CURP. The new one must agree with the birth data captured and
        belong to nobody else here (the blind index); the server checks its own records."""
        today = self._today(today)
        with self._session.unit_of_work() as work:
            row, person = self._stored(work, person_id, version)
            errors = life_events.curp_correction_errors(person, new_curp, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            curp = normalize_curp(new_curp)
            self.refuse_duplicate_curps(work, [curp], except_id=person.id)
            return self._write_event(
                work, row, person, replace(person, curp=curp, event_note=note.strip())
            )

    def _today(self, today: date | None) -> date:
        self._session.refuse_if_locked()
        return today or self._session.now().astimezone().date()

    def _stored(
        self, work: UnitOfWork, person_id: str, version: int | None
    ) -> tuple[PersonRow, Person]:
        row = work.people.row(person_id)
        if row is None:
            raise NotFound("no such person")
        if version is not None and row.version != version:
            raise StaleRecord("the person was changed since it was opened; open it again")
        return row, work.people.from_row(row)

    def _write_event(
        self, work: UnitOfWork, row: PersonRow, before: Person, after: Person
    ) -> Person:
        """Store a life event of a person (and the enrolments a death closes): each record
        with its change and its audit event, in ``work``'s one transaction."""
        session = self._session
        stamp = session.stamp()
        changed = {
            k: v
            for k, v in records.person_update_fields(after).items()
            if records.person_update_fields(before).get(k) != v
        }
        after.version = row.version + 1
        after.updated_at = stamp.at
        work.people.rewrite(row, after, stamp)
        work.record_change(stamp, "person", after.id, "update", after.version - 1, changed)
        if after.death_date is not None and before.death_date is None:
            note = after.event_note
            for enrollment in work.enrollments.of_person(after.id):
                for closed in life_events.enrolments_closed_by_death(
                    [enrollment], after.death_date, note
                ):
                    write_closure(work, stamp, enrollment, closed)
        name_index = session.name_index
        work.after_commit(lambda: name_index.add(after))
        return after

    def refuse_duplicate_curps(
        self, work: UnitOfWork, curps: Sequence[str], *, except_id: str | None = None
    ) -> None:
        if not curps:
            return
        folio = work.people.folio_holding_any_curp(curps, except_id=except_id)
        if folio is not None:
            raise DuplicateCurp(folio)

    def get(self, person_id: str) -> Person:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            person = stored.people.get(person_id)
        if person is None:
            raise NotFound("no such person")
        return person

    def find_by_curp(self, curp: str) -> Person | None:
        """Exact CURP lookup through the blind index; nothing is decrypted but the match."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            person = stored.people.by_curp(curp)
        if person is not None and person.curp != normalize_curp(curp):
            # The blind index is not authenticated: an index copied onto another row must
            # not make this lookup answer with somebody else.
            raise TamperedCiphertext("the CURP index of a record does not match its CURP")
        return person


def person_with_id(person: Person) -> Person:
    return person if person.id else replace(person, id=uuid7())
