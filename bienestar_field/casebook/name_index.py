"""The in-memory name index of an unlocked casebook, and the summaries it finds.

Built from the decrypted names after unlock (seconds at 100,000 people; the app starts it in
the background) and kept only in memory: nothing of it reaches the disk. Locking forgets it;
a pull marks it stale; a person saved here joins it at once.
"""

from __future__ import annotations

import bisect
import gc
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date

from bienestar_field.casebook.errors import CasebookError
from bienestar_field.domain.name_search import NameIndex
from bienestar_field.domain.people import Person
from bienestar_field.storage.crypto import CryptoError
from bienestar_field.storage.unit_of_work import Repositories


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What a search result shows: enough to recognise a person, decrypted in memory only."""

    person_id: str
    household_id: str | None
    folio: str
    full_name: str
    curp: str
    birth_date: date
    locality: str = ""  # of the household, filled in for a page of results


def summary_of(person: Person) -> PersonSummary:
    return PersonSummary(
        person.id,
        person.household_id,
        person.folio or "",
        person.full_name,
        person.curp,
        person.birth_date,
    )


class NameIndexHolder:
    """The index and its summaries, built on demand, safe to use from two threads."""

    def __init__(
        self,
        reading: Callable[[], AbstractContextManager[Repositories]],
        is_locked: Callable[[], bool],
    ) -> None:
        self._reading = reading
        self._is_locked = is_locked
        self._index: NameIndex | None = None
        self._summaries: dict[str, PersonSummary] = {}
        self._lock = threading.Lock()
        self._froze_gc = False
        self._by_curp: list[tuple[str, str]] | None = None  # sorted (CURP, person id)

    @property
    def is_built(self) -> bool:
        return self._index is not None

    def search(self, query: str, limit: int) -> list[PersonSummary]:
        index = self.ensure()
        return [self._summaries[m.key] for m in index.search(query, limit)]

    def by_curp_prefix(self, prefix: str, limit: int) -> list[PersonSummary]:
        """People whose CURP starts with ``prefix`` (a CURP typed in part), in CURP order."""
        self.ensure()
        with self._lock:
            if self._by_curp is None:
                self._by_curp = sorted((s.curp, s.person_id) for s in self._summaries.values())
            sorted_curps, summaries = self._by_curp, self._summaries
        found: list[PersonSummary] = []
        start = bisect.bisect_left(sorted_curps, (prefix, ""))
        for curp, person_id in sorted_curps[start : start + limit]:
            if not curp.startswith(prefix):
                break
            found.append(summaries[person_id])
        return found

    def forget(self) -> None:
        with self._lock:
            self._index = None
            self._summaries = {}
            self._by_curp = None
            if self._froze_gc:
                gc.unfreeze()
                self._froze_gc = False

    def add(self, person: Person) -> None:
        if self._index is None:
            return  # built from the database on first search
        with self._lock:
            summary = summary_of(person)
            self._summaries[person.id] = summary
            self._index.add(person.id, summary.full_name)
            self._by_curp = None

    def ensure(self) -> NameIndex:
        with self._lock:
            if self._index is None:
                try:
                    index = self._build()
                except CryptoError:
                    if self._is_locked():
                        raise CasebookError("the casebook is locked") from None
                    raise
                self._index = index
                # Hundreds of thousands of long-lived objects make every full garbage
                # collection walk them: 150-300 ms pauses in the middle of a save at 100,000
                # people. Move them out of the collector's way until lock().
                if threading.current_thread() is threading.main_thread():
                    # Not on a worker: collecting there can free a GUI object's wrapper off
                    # the GUI thread, which crashes Qt. The garbage of the moment is then
                    # frozen with the index, and collected after lock().
                    gc.collect()
                gc.freeze()
                self._froze_gc = True
            return self._index

    def _build(self) -> NameIndex:
        if self._is_locked():
            raise CasebookError("the casebook is locked")
        index = NameIndex()
        summaries: dict[str, PersonSummary] = {}
        with self._reading() as stored:
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
