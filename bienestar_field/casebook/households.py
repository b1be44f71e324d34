"""Households: registered with their members in one transaction, and read back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import NotFound, StaleRecord, ValidationFailed
from bienestar_field.casebook.people import PeopleManager, person_with_id
from bienestar_field.domain import life_events
from bienestar_field.domain.households import Address, GeoPoint, Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.validation import validate_household
from bienestar_field.storage import records
from bienestar_field.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


class HouseholdsManager:
    def __init__(self, session: CasebookSession, people: PeopleManager) -> None:
        self._session = session
        self._people = people

    def register(self, household: Household, *, today: date | None = None) -> Household:
        """Validate, then store a new household with its members in one transaction."""
        self._session.refuse_if_locked()
        household = self._validated(household, today)
        with self._session.unit_of_work() as work:
            return self._insert(work, household)

    def register_many(
        self, households: Iterable[Household], *, today: date | None = None
    ) -> list[Household]:
        """Several households in one transaction (imports and the demo generator)."""
        self._session.refuse_if_locked()
        with self._session.unit_of_work() as work:
            return [self._insert(work, self._validated(h, today)) for h in households]

    def _validated(self, household: Household, today: date | None) -> Household:
        today = today or self._session.today()
        household = _with_ids(household)
        errors = [e for e in validate_household(household, today=today) if e.blocking]
        if errors:
            raise ValidationFailed(errors)
        return household

    def _insert(self, work: UnitOfWork, household: Household) -> Household:
        session = self._session
        stamp = session.stamp()
        self._people.refuse_duplicate_curps(work, [m.curp for m in household.members])
        household.folio = work.meta.next_folio()
        household.registered_by, household.registered_at = stamp.user_id, stamp.at
        household.version = 1
        work.households.add(household, stamp)
        work.record_change(
            stamp,
            "household",
            household.id,
            "create",
            0,
            records.household_create_fields(household),
        )
        for member in household.members:
            member.household_id = household.id
            self._people.insert(work, stamp, member)
        return household

    def get(self, household_id: str) -> Household:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            household = stored.households.get(household_id)
        if household is None:
            raise NotFound("no such household")
        return household

    def change_address(
        self,
        household_id: str,
        address: Address,
        since: date | None,
        note: str = "",
        *,
        gps: GeoPoint | None = None,
        version: int | None = None,
        today: date | None = None,
    ) -> Household:
        """The household now lives at ``address`` (from ``since``). The previous address
        stays in the household's history of changes."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.now().astimezone().date()
        with session.unit_of_work() as work:
            row = work.households.row(household_id)
            household = work.households.get(household_id)
            if row is None or household is None:
                raise NotFound("no such household")
            if version is not None and row.version != version:
                raise StaleRecord("the household was changed since it was opened; open it again")
            errors = life_events.address_change_errors(household, address, since, note, today=today)
            if errors:
                raise ValidationFailed(errors)
            before = records.household_update_fields(household)
            household.address, household.address_since = address, since
            household.gps = gps
            household.event_note = note.strip()
            changed = {
                k: v
                for k, v in records.household_update_fields(household).items()
                if before.get(k) != v
            }
            stamp = session.stamp()
            household.version = row.version + 1
            work.households.rewrite(row, household, stamp)
            work.record_change(
                stamp, "household", household.id, "update", household.version - 1, changed
            )
            return household


def _with_ids(household: Household) -> Household:
    household_id = household.id or uuid7()
    members = [person_with_id(m) for m in household.members]
    return replace(household, id=household_id, members=members)
