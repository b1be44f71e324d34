"""What reports count, read from the clear columns: each record's links, status, author and
time, and each pending or refused change. Only ``places`` decrypts (the locality lives in the
household's encrypted blob): in memory, record by record, never written anywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import (
    AttendanceCheckRow,
    EnrollmentRow,
    HouseholdRow,
    OutboxChange,
    PersonRow,
)


@dataclass(frozen=True, slots=True)
class HouseholdFact:
    id: str
    created_at: str
    created_by: str
    state_code: str
    municipality_code: str
    deleted: bool


@dataclass(frozen=True, slots=True)
class PersonFact:
    id: str
    household_id: str | None
    created_at: str
    created_by: str
    deleted: bool


@dataclass(frozen=True, slots=True)
class EnrollmentFact:
    id: str
    person_id: str
    program_code: str
    status: str
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class CheckFact:
    id: str
    enrollment_id: str
    result: str
    created_at: str
    created_by: str


@dataclass(frozen=True, slots=True)
class ChangeFact:
    entity: str
    entity_id: str
    status: str
    created_at: str
    user_id: str


@dataclass(frozen=True, slots=True)
class Place:
    """A household's locality: its INEGI key when chosen from the catalog, and its name."""

    locality_code: str | None
    locality_name: str


_TABLES: dict[str, type[HouseholdRow | PersonRow | EnrollmentRow | AttendanceCheckRow]] = {
    "household": HouseholdRow,
    "person": PersonRow,
    "enrollment": EnrollmentRow,
    "attendance_check": AttendanceCheckRow,
}


class ReportFacts(Repository):
    def created_stamps(self, entity: str, low: str, high: str, created_by: str) -> list[str]:
        """When each record of a kind that ``created_by`` made was created, among stamps
        ``low <= created_at < high`` (text; see ``domain.clock.utc_day_prefixes``)."""
        table = _TABLES[entity]
        query = select(table.created_at).where(
            table.created_by == created_by, table.created_at >= low, table.created_at < high
        )
        if table is HouseholdRow:
            query = query.where(HouseholdRow.deleted.is_(False))
        elif table is PersonRow:
            query = query.where(PersonRow.deleted.is_(False))
        return list(self.session.scalars(query))

    def households(self) -> Iterator[HouseholdFact]:
        rows = self.session.execute(
            select(
                HouseholdRow.id,
                HouseholdRow.created_at,
                HouseholdRow.created_by,
                HouseholdRow.state_code,
                HouseholdRow.municipality_code,
                HouseholdRow.deleted,
            )
        )
        for row in rows:
            yield HouseholdFact(*row)

    def people(self) -> Iterator[PersonFact]:
        rows = self.session.execute(
            select(
                PersonRow.id,
                PersonRow.household_id,
                PersonRow.created_at,
                PersonRow.created_by,
                PersonRow.deleted,
            )
        )
        for row in rows:
            yield PersonFact(*row)

    def enrollments(self) -> Iterator[EnrollmentFact]:
        rows = self.session.execute(
            select(
                EnrollmentRow.id,
                EnrollmentRow.person_id,
                EnrollmentRow.program_code,
                EnrollmentRow.status,
                EnrollmentRow.created_at,
                EnrollmentRow.created_by,
            )
        )
        for row in rows:
            yield EnrollmentFact(*row)

    def checks(self) -> Iterator[CheckFact]:
        rows = self.session.execute(
            select(
                AttendanceCheckRow.id,
                AttendanceCheckRow.enrollment_id,
                AttendanceCheckRow.result,
                AttendanceCheckRow.created_at,
                AttendanceCheckRow.created_by,
            )
        )
        for row in rows:
            yield CheckFact(*row)

    def changes(self, statuses: tuple[str, ...]) -> Iterator[ChangeFact]:
        """This casebook's own changes in these outbox states (pending, refused...)."""
        rows = self.session.execute(
            select(
                OutboxChange.entity,
                OutboxChange.entity_id,
                OutboxChange.status,
                OutboxChange.created_at,
                OutboxChange.user_id,
            ).where(OutboxChange.status.in_(statuses))
        )
        for row in rows:
            yield ChangeFact(*row)

    def places(self) -> dict[str, Place]:
        """Every household's locality, decrypted in memory (needs the keys)."""
        keyring = self.keyring
        found: dict[str, Place] = {}
        for household_id, data in self.session.execute(select(HouseholdRow.id, HouseholdRow.data)):
            fields = keyring.decrypt_json(
                data, table="households", column="data", row_id=household_id
            )
            code = fields.get("locality_code")
            found[household_id] = Place(
                str(code) if code else None, str(fields.get("locality_name") or "")
            )
        return found
