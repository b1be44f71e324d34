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

from bienestar_field.casebook.errors import (
    DuplicateCurp,
    NotFound,
    StaleRecord,
    ValidationFailed,
)
from bienestar_field.domain import codec
from bienestar_field.domain.curp import normalize_curp
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person
from bienestar_field.domain.validation import validate_person
from bienestar_field.storage import records
from bienestar_field.storage.crypto import TamperedCiphertext
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
            row = work.people.row(person.id)
            if row is None:
                raise NotFound("no such person")
            if row.version != person.version:
                raise StaleRecord("the person was changed since it was opened; open it again")
            person.curp = normalize_curp(person.curp)
            before = codec.person_personal_fields(work.people.from_row(row))
            after = codec.person_personal_fields(person)
            changed = {k: v for k, v in after.items() if before.get(k) != v}
            if not changed:
                return person
            if "curp" in changed:
                self.refuse_duplicate_curps(work, [person.curp], except_id=person.id)
            stamp = session.stamp()
            person.version = row.version + 1
            person.updated_at = stamp.at
            work.people.rewrite(row, person, stamp)
            work.record_change(stamp, "person", person.id, "update", person.version - 1, changed)
        session.name_index.add(person)
        return person

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
