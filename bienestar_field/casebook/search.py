"""Finding people: by CURP (blind index), by folio, or by name through an in-memory index.

The name index is built from the decrypted names after unlock (seconds at 100,000 people; the
app starts it in the background) and kept only in memory: nothing of it reaches the disk.
Locking forgets it; a pull marks it stale.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import CasebookError
from bienestar_field.domain.curp import InvalidCurp, parse_curp
from bienestar_field.domain.enrollments import Enrollment
from bienestar_field.domain.households import Household
from bienestar_field.domain.name_search import NameIndex
from bienestar_field.domain.people import Person
from bienestar_field.storage import records
from bienestar_field.storage.crypto import CryptoError

if TYPE_CHECKING:
    from bienestar_field.casebook.book import Casebook


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What a search result shows: enough to recognise a person, decrypted in memory only."""

    person_id: str
    household_id: str | None
    folio: str
    full_name: str
    curp: str
    birth_date: date


def summary_of(person: Person) -> PersonSummary:
    return PersonSummary(
        person.id,
        person.household_id,
        person.folio or "",
        person.full_name,
        person.curp,
        person.birth_date,
    )


class SearchManager:
    def __init__(self, book: Casebook) -> None:
        self._book = book
        self._name_index: NameIndex | None = None
        self._summaries: dict[str, PersonSummary] = {}
        self._lock = threading.Lock()
        self._froze_gc = False

    def find(self, query: str, limit: int = 50) -> list[PersonSummary]:
        """CURP, folio or name: whatever the text looks like."""
        book = self._book
        book.refuse_if_locked()
        text = query.strip()
        if not text:
            return []
        try:
            curp = parse_curp(text)
        except InvalidCurp:
            pass
        else:
            person = book.people.find_by_curp(curp.value)
            return [summary_of(person)] if person else []
        if records.is_valid_folio(text):
            found = self.by_folio(text)
            if isinstance(found, Household):
                return [summary_of(m) for m in found.members]
            if isinstance(found, Person):
                return [summary_of(found)]
            if isinstance(found, Enrollment):
                return [summary_of(book.people.get(found.person_id))]
            return []
        return self.names(text, limit)

    def by_folio(self, folio: str) -> Household | Person | Enrollment | None:
        book = self._book
        book.refuse_if_locked()
        folio = folio.strip().upper()
        with book.reading() as stored:
            household_id = stored.households.id_by_folio(folio)
            person_id = stored.people.id_by_folio(folio)
            enrollment = stored.enrollments.by_folio(folio)
            if enrollment is not None:
                return enrollment
        if household_id:
            return book.households.get(household_id)
        if person_id:
            return book.people.get(person_id)
        return None

    @property
    def is_built(self) -> bool:
        """Whether the name index is in memory now (built, and not forgotten since)."""
        return self._name_index is not None

    def names(self, query: str, limit: int = 50) -> list[PersonSummary]:
        index = self._ensure_index()
        return [self._summaries[m.key] for m in index.search(query, limit)]

    def prepare(self) -> None:
        """Build the in-memory name index now (seconds at 100,000 people), not at first search.

        The app calls this in the background right after unlock; locking meanwhile is fine.
        """
        try:
            self._ensure_index()
        except CasebookError:
            if not self._book.is_locked:
                raise

    def forget(self) -> None:
        """Records arrived from elsewhere (a sync pull), or the casebook locks: drop the index
        and build it again on the next search."""
        with self._lock:
            self._name_index = None
            self._summaries = {}
            if self._froze_gc:
                gc.unfreeze()
                self._froze_gc = False

    def add(self, person: Person) -> None:
        """A person saved here: findable by name at once, if the index is built."""
        if self._name_index is None:
            return  # built from the database on first search
        with self._lock:
            summary = summary_of(person)
            self._summaries[person.id] = summary
            self._name_index.add(person.id, summary.full_name)

    def _ensure_index(self) -> NameIndex:
        with self._lock:
            if self._name_index is None:
                try:
                    index = self._build_index()
                except CryptoError:
                    if self._book.is_locked:
                        raise CasebookError("the casebook is locked") from None
                    raise
                self._name_index = index
                # Hundreds of thousands of long-lived objects make every full garbage
                # collection walk them: 150-300 ms pauses in the middle of a save at 100,000
                # people. Move them out of the collector's way until lock().
                gc.collect()
                gc.freeze()
                self._froze_gc = True
            return self._name_index

    def _build_index(self) -> NameIndex:
        index = NameIndex()
        summaries: dict[str, PersonSummary] = {}
        self._book.refuse_if_locked()
        with self._book.reading() as stored:
            for person_id, household_id, folio, fields in stored.people.name_fields():
                name = " ".join(
                    p
                    for p in (
                        fields["nombres"],
                        fields["primer_apellido"],
                        fields.get("segundo_apellido"),
                    )
                    if p
                )
                summaries[person_id] = PersonSummary(
                    person_id,
                    household_id,
                    folio,
                    name,
                    fields["curp"],
                    date.fromisoformat(fields["birth_date"]),
                )
                index.add(person_id, name)
        self._summaries = summaries
        return index
