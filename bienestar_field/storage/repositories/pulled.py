"""Records pulled from the central server, written as this casebook's own encrypted rows.

A pulled record carries all its fields; the ones that are clear columns here are left out of
the encrypted blob, which binds them as associated data like any local row's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, TypeVar

from sqlalchemy.orm import Session

from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.schema import EnrollmentRow, HouseholdRow, PersonRow


@dataclass(frozen=True, slots=True)
class PulledRecord:
    """A record's state from the server, with this device's unsent edits already on top."""

    entity: str  # household | person | enrollment | attendance_check
    entity_id: str
    version: int
    hlc: str
    created_by: str
    created_at: str
    updated_at: str
    fields: dict[str, Any]
    deleted: bool


CLEAR_KEYS: Final[dict[str, frozenset[str]]] = {
    "household": frozenset({"folio"}),
    "person": frozenset({"household_id", "folio"}),
    "enrollment": frozenset({"person_id", "program_code", "status", "catalog_version", "folio"}),
    "attendance_check": frozenset({"enrollment_id", "kind", "period", "result"}),
}
TABLES: Final[dict[str, str]] = {
    "household": "households",
    "person": "persons",
    "enrollment": "enrollments",
    "attendance_check": "attendance_checks",
}


def private_fields(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    clear = CLEAR_KEYS[entity]
    return {k: v for k, v in fields.items() if k not in clear}


def encrypt(keyring: Keyring, record: PulledRecord) -> bytes:
    return keyring.encrypt_json(
        private_fields(record.entity, record.fields),
        table=TABLES[record.entity],
        column="data",
        row_id=record.entity_id,
    )


_Row = TypeVar("_Row", HouseholdRow, PersonRow, EnrollmentRow)


def upsert(
    session: Session,
    keyring: Keyring,
    model: type[_Row],
    record: PulledRecord,
    columns: dict[str, Any],
) -> None:
    """Insert a pulled record, or update it when its clear columns or its fields changed."""
    row = session.get(model, record.entity_id)
    if row is None:
        session.add(
            model(
                id=record.entity_id,
                data=encrypt(keyring, record),
                version=record.version,
                hlc=record.hlc,
                created_by=record.created_by,
                created_at=record.created_at,
                updated_at=record.updated_at,
                **columns,
            )
        )
        return
    if all(getattr(row, k) == v for k, v in columns.items()) and _same(keyring, record, row.data):
        return
    for key, value in columns.items():
        setattr(row, key, value)
    row.data = encrypt(keyring, record)
    row.version, row.hlc, row.updated_at = row.version + 1, record.hlc, record.updated_at


def _same(keyring: Keyring, record: PulledRecord, blob: bytes) -> bool:
    current = keyring.decrypt_json(
        blob, table=TABLES[record.entity], column="data", row_id=record.entity_id
    )
    return bool(current == private_fields(record.entity, record.fields))
