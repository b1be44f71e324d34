"""People: stored, edited, found by CURP blind index or folio, read for the name index."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import select

from bienestar_field.domain.curp import normalize_curp
from bienestar_field.domain.people import Person
from bienestar_field.storage import records
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import PersonRow

# Ids per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_CHUNK = 5000


class PersonRepository(Repository):
    def add(self, person: Person, stamp: records.Stamp) -> None:
        self.session.add(records.person_row(self.keyring, person, stamp))

    def row(self, person_id: str) -> PersonRow | None:
        """The live (not deleted) row, to read and then rewrite in the same transaction."""
        row = self.session.get(PersonRow, person_id)
        return None if row is None or row.deleted else row

    def from_row(self, row: PersonRow) -> Person:
        return records.person_from_row(self.keyring, row)

    def rewrite(self, row: PersonRow, person: Person, stamp: records.Stamp) -> None:
        """Store an edit of ``person`` (its version already moved on) over its row."""
        updated = records.person_row(self.keyring, person, stamp)
        row.data, row.curp_index = updated.data, updated.curp_index
        row.household_id = person.household_id
        row.version, row.hlc, row.updated_at = person.version, stamp.hlc, stamp.at

    def get(self, person_id: str) -> Person | None:
        row = self.row(person_id)
        return self.from_row(row) if row is not None else None

    def get_any(self, person_id: str) -> Person:
        """The person, deleted or not (an enrolment still names them)."""
        return self.from_row(self.session.get_one(PersonRow, person_id))

    def get_many(self, person_ids: Collection[str]) -> dict[str, Person]:
        """These people, deleted or not, by id: one query per few thousand, not one each."""
        wanted = list(dict.fromkeys(person_ids))
        found: dict[str, Person] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            rows = self.session.scalars(
                select(PersonRow).where(PersonRow.id.in_(wanted[start : start + _IN_CHUNK]))
            )
            found.update((row.id, self.from_row(row)) for row in rows)
        return found

    def members_of(self, household_id: str) -> list[Person]:
        rows = self.session.scalars(
            select(PersonRow)
            .where(PersonRow.household_id == household_id, PersonRow.deleted.is_(False))
            .order_by(PersonRow.folio)
        )
        return [self.from_row(p) for p in rows]

    def id_by_folio(self, folio: str) -> str | None:
        return self.session.scalar(select(PersonRow.id).where(PersonRow.folio == folio))

    def ids_by_folio_like(self, pattern: str, limit: int) -> list[str]:
        """Live people whose own folio matches a SQL ``LIKE`` pattern (a partial folio)."""
        query = select(PersonRow.id).where(
            PersonRow.folio.like(pattern), PersonRow.deleted.is_(False)
        )
        return list(self.session.scalars(query.order_by(PersonRow.folio).limit(limit)))

    def by_curp(self, curp: str) -> Person | None:
        """Exact CURP lookup through the blind index; nothing is decrypted but the match."""
        row = self.session.scalar(
            select(PersonRow).where(
                PersonRow.curp_index == self.keyring.curp_index(curp),
                PersonRow.deleted.is_(False),
            )
        )
        return self.from_row(row) if row else None

    def folio_holding_any_curp(
        self, curps: Sequence[str], *, except_id: str | None = None
    ) -> str | None:
        """The first folio of a live person with one of ``curps``: a duplicate to refuse."""
        query = select(PersonRow.folio).where(
            PersonRow.curp_index.in_([self.keyring.curp_index(curp) for curp in curps]),
            PersonRow.deleted.is_(False),
        )
        if except_id is not None:
            query = query.where(PersonRow.id != except_id)
        return self.session.scalar(query.order_by(PersonRow.folio).limit(1))

    def name_fields(self) -> Iterator[tuple[str, str | None, str, dict[str, Any]]]:
        """Every live person's id, household, folio and decrypted fields, in one query."""
        keyring = self.keyring
        rows = self.session.execute(
            select(PersonRow.id, PersonRow.household_id, PersonRow.folio, PersonRow.data).where(
                PersonRow.deleted.is_(False)
            )
        )
        for person_id, household_id, folio, data in rows:
            fields = keyring.decrypt_json(data, table="persons", column="data", row_id=person_id)
            yield person_id, household_id, folio, fields

    def count(self) -> int:
        return self._count(PersonRow, PersonRow.deleted.is_(False))

    def count_created_on(self, day: str) -> int:
        return self._count(PersonRow, PersonRow.created_at.startswith(day))

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        fields = record.fields
        household_id = fields.get("household_id")
        columns = {
            "household_id": str(household_id) if household_id else None,
            "folio": str(fields["folio"]),
            "curp_index": self.keyring.curp_index(normalize_curp(str(fields["curp"]))),
            "deleted": record.deleted,
        }
        pulled.upsert(self.session, self.keyring, PersonRow, record, columns)
