"""Finding people: by CURP (blind index), by folio, or by name through the in-memory index."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import CasebookError
from bienestar_field.casebook.households import HouseholdsManager
from bienestar_field.casebook.name_index import PersonSummary, summary_of
from bienestar_field.casebook.people import PeopleManager
from bienestar_field.domain.curp import InvalidCurp, parse_curp
from bienestar_field.domain.enrollments import Enrollment
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person
from bienestar_field.storage import records

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession

# The start of a CURP as it is read off a document: the four letters and at least one digit.
_PARTIAL_CURP = re.compile(r"[A-Z]{4}\d[0-9A-Z]{0,12}")


class SearchManager:
    def __init__(
        self, session: CasebookSession, people: PeopleManager, households: HouseholdsManager
    ) -> None:
        self._session = session
        self._people = people
        self._households = households

    def find(self, query: str, limit: int = 50) -> list[PersonSummary]:
        """CURP, folio or name, whole or in part: whatever the text looks like.

        Each result carries its household's locality, to tell apart people of the same name.
        """
        return self._with_localities(self._find(query, limit))

    def _find(self, query: str, limit: int) -> list[PersonSummary]:
        self._session.refuse_if_locked()
        text = query.strip()
        if not text:
            return []
        try:
            curp = parse_curp(text)
        except InvalidCurp:
            pass
        else:
            person = self._people.find_by_curp(curp.value)
            return [summary_of(person)] if person else []
        if records.is_valid_folio(text):
            found = self.by_folio(text)
            if isinstance(found, Household):
                return [summary_of(m) for m in found.members]
            if isinstance(found, Person):
                return [summary_of(found)]
            if isinstance(found, Enrollment):
                return [summary_of(self._people.get(found.person_id))]
            return []
        compact = text.upper().replace(" ", "")
        if _PARTIAL_CURP.fullmatch(compact):
            return self._session.name_index.by_curp_prefix(compact, limit)
        pattern = records.partial_folio_pattern(text)
        if pattern is not None:
            return self._by_partial_folio(pattern, limit)
        return self.names(text, limit)

    def _by_partial_folio(self, pattern: str, limit: int) -> list[PersonSummary]:
        session = self._session
        with session.reading() as stored:
            household_ids = stored.households.ids_by_folio_like(pattern, limit)
            person_ids = [
                *stored.people.ids_by_folio_like(pattern, limit),
                *stored.enrollments.person_ids_by_folio_like(pattern, limit),
            ]
        people = [m for h in household_ids for m in self._households.get(h).members]
        people += [self._people.get(p) for p in dict.fromkeys(person_ids)]
        unique = {person.id: person for person in people}
        return [summary_of(person) for person in list(unique.values())[:limit]]

    def _with_localities(self, found: list[PersonSummary]) -> list[PersonSummary]:
        household_ids = {s.household_id for s in found if s.household_id}
        if not household_ids:
            return found
        with self._session.reading() as stored:
            localities = stored.households.localities(household_ids)
        return [
            dataclasses.replace(s, locality=localities.get(s.household_id, ""))
            if s.household_id
            else s
            for s in found
        ]

    def by_folio(self, folio: str) -> Household | Person | Enrollment | None:
        session = self._session
        session.refuse_if_locked()
        folio = folio.strip().upper()
        with session.reading() as stored:
            household_id = stored.households.id_by_folio(folio)
            person_id = stored.people.id_by_folio(folio)
            enrollment = stored.enrollments.by_folio(folio)
            if enrollment is not None:
                return enrollment
        if household_id:
            return self._households.get(household_id)
        if person_id:
            return self._people.get(person_id)
        return None

    def names(self, query: str, limit: int = 50) -> list[PersonSummary]:
        """Typo-tolerant search of people's names in the in-memory index."""
        return self._session.name_index.search(query, limit)

    def prepare(self) -> None:
        """Build the in-memory name index now (seconds at 100,000 people), not at first search.

        The app calls this in the background right after unlock; locking meanwhile is fine.
        """
        try:
            self._session.name_index.ensure()
        except CasebookError:
            if not self._session.is_locked:
                raise

    def forget(self) -> None:
        """Records arrived from elsewhere: build the name index again on the next search."""
        self._session.name_index.forget()

    @property
    def is_built(self) -> bool:
        """Whether the name index is in memory now (built, and not forgotten since)."""
        return self._session.name_index.is_built
