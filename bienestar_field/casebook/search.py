"""Finding people: by CURP (blind index), by folio, or by name through the in-memory index."""

from __future__ import annotations

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


class SearchManager:
    def __init__(
        self, session: CasebookSession, people: PeopleManager, households: HouseholdsManager
    ) -> None:
        self._session = session
        self._people = people
        self._households = households

    def find(self, query: str, limit: int = 50) -> list[PersonSummary]:
        """CURP, folio or name: whatever the text looks like."""
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
        return self.names(text, limit)

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
