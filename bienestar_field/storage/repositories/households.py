"""Households: stored, read back with their members, counted, and written from a pull."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from bienestar_field.domain.households import Household
from bienestar_field.storage import records
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.repositories.people import PersonRepository
from bienestar_field.storage.schema import HouseholdRow


class HouseholdRepository(Repository):
    def add(self, household: Household, stamp: records.Stamp) -> None:
        self.session.add(records.household_row(self.keyring, household, stamp))

    def get(self, household_id: str) -> Household | None:
        """The household with its members (by folio), or ``None`` if unknown or deleted."""
        row = self.session.get(HouseholdRow, household_id)
        if row is None or row.deleted:
            return None
        people = PersonRepository(self.session, self.keyring).members_of(household_id)
        household = records.household_from_row(
            self.keyring, row, [p for p in people if p.is_current_member]
        )
        household.former_members = [p for p in people if not p.is_current_member]
        return household

    def row(self, household_id: str) -> HouseholdRow | None:
        row = self.session.get(HouseholdRow, household_id)
        return None if row is None or row.deleted else row

    def rewrite(self, row: HouseholdRow, household: Household, stamp: records.Stamp) -> None:
        """Store an edit of ``household`` (its version already moved on) over its row."""
        updated = records.household_row(self.keyring, household, stamp)
        row.state_code, row.municipality_code = updated.state_code, updated.municipality_code
        row.data = updated.data
        row.version, row.hlc, row.updated_at = household.version, stamp.hlc, stamp.at

    def id_by_folio(self, folio: str) -> str | None:
        return self.session.scalar(select(HouseholdRow.id).where(HouseholdRow.folio == folio))

    def ids_by_folio_like(self, pattern: str, limit: int) -> list[str]:
        """Live households whose folio matches a SQL ``LIKE`` pattern (a partial folio)."""
        query = select(HouseholdRow.id).where(
            HouseholdRow.folio.like(pattern), HouseholdRow.deleted.is_(False)
        )
        return list(self.session.scalars(query.order_by(HouseholdRow.folio).limit(limit)))

    def localities(self, household_ids: Collection[str]) -> dict[str, str]:
        """The locality name of each of these households, decrypted (a page of results)."""
        rows = self.session.execute(
            select(HouseholdRow.id, HouseholdRow.data).where(HouseholdRow.id.in_(household_ids))
        )
        return {
            household_id: str(
                self.keyring.decrypt_json(
                    data, table="households", column="data", row_id=household_id
                )["locality_name"]
            )
            for household_id, data in rows
        }

    def count(self) -> int:
        return self._count(HouseholdRow, HouseholdRow.deleted.is_(False))

    def count_created_on(self, day: str) -> int:
        return self._count(HouseholdRow, HouseholdRow.created_at.startswith(day))

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        fields = record.fields
        columns = {
            "folio": str(fields["folio"]),
            "state_code": str(fields["state_code"]),
            "municipality_code": str(fields["municipality_code"]),
            "deleted": record.deleted,
        }
        pulled.upsert(self.session, self.keyring, HouseholdRow, record, columns)
