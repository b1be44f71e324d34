"""Records pulled from the central server, written as this casebook's own encrypted rows.

A pulled record carries all its fields; the ones that are clear columns here are left out of
the encrypted blob, which binds them as associated data like any local row's.

Before a pulled record is written, ``check`` refuses one this casebook cannot hold (a clear
field missing or of the wrong type, a folio another record here already has, a parent record
it does not know), raising ``Unstorable`` with a code and an English reason that name no value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.schema import (
    ArcoRequestRow,
    EnrollmentRow,
    HouseholdRow,
    HouseholdSurveyRow,
    PersonRow,
)

# Why a pulled record was set aside (``Unstorable.code``): the UI words each in its language.
FOLIO_IN_USE: Final = "folio_in_use"
UNKNOWN_PARENT: Final = "unknown_parent"
UNDECODABLE: Final = "undecodable"
NOT_STORABLE: Final = "not_storable"


class Unstorable(Exception):
    """This casebook cannot hold a pulled record as it is. ``reason`` is English, for logs,
    and names no value of the record (ids and field names at most)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


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
    "household_survey": frozenset({"household_id", "questionnaire_version"}),
    "arco_request": frozenset({"person_id", "right", "status"}),
    "card_event": frozenset({"person_id", "kind"}),
}
TABLES: Final[dict[str, str]] = {
    "household": "households",
    "person": "persons",
    "enrollment": "enrollments",
    "attendance_check": "attendance_checks",
    "household_survey": "household_surveys",
    "arco_request": "arco_requests",
    "card_event": "card_events",
}


# Clear fields each kind needs, with the most characters its column holds; None: optional.
_REQUIRED: Final[dict[str, dict[str, int]]] = {
    "household": {"folio": 32, "state_code": 2, "municipality_code": 3},
    "person": {"folio": 32, "curp": 18},
    "enrollment": {
        "person_id": 36,
        "program_code": 16,
        "status": 16,
        "folio": 32,
    },
    "attendance_check": {"enrollment_id": 36, "kind": 16, "period": 16, "result": 16},
    "household_survey": {"household_id": 36, "questionnaire_version": 40},
    "arco_request": {"person_id": 36, "right": 16, "status": 16},
    "card_event": {"person_id": 36, "kind": 16},
}
_FOLIO_TABLES: Final[dict[str, type[HouseholdRow | PersonRow | EnrollmentRow]]] = {
    "household": HouseholdRow,
    "person": PersonRow,
    "enrollment": EnrollmentRow,
}
# The field naming each kind's parent, and the parent's table (a person's is optional).
_PARENTS: Final[dict[str, tuple[str, type[Any]]]] = {
    "person": ("household_id", HouseholdRow),
    "enrollment": ("person_id", PersonRow),
    "attendance_check": ("enrollment_id", EnrollmentRow),
    "household_survey": ("household_id", HouseholdRow),
    "arco_request": ("person_id", PersonRow),
    "card_event": ("person_id", PersonRow),
}


def check(session: Session, record: PulledRecord) -> None:
    """Raise ``Unstorable`` if ``record`` cannot be written here as it is."""
    if record.entity not in _REQUIRED:
        raise Unstorable(UNDECODABLE, f"records of kind {record.entity!r} are not known here")
    fields = record.fields
    for name, limit in _REQUIRED[record.entity].items():
        value = fields.get(name)
        if not isinstance(value, str) or not value or len(value) > limit:
            raise Unstorable(UNDECODABLE, f"its field {name!r} is missing, not text, or too long")
    parent = _PARENTS.get(record.entity)
    if parent is not None:
        name, table = parent
        parent_id = fields.get(name)
        if parent_id is not None:
            if not isinstance(parent_id, str) or len(parent_id) > 36:
                raise Unstorable(UNDECODABLE, f"its field {name!r} is not a record id")
            if session.get(table, parent_id) is None:
                raise Unstorable(
                    UNKNOWN_PARENT, f"it belongs to a record this casebook does not have ({name})"
                )
    folio_table = _FOLIO_TABLES.get(record.entity)
    if folio_table is not None:
        holder = session.scalar(
            select(folio_table.id).where(
                folio_table.folio == fields["folio"], folio_table.id != record.entity_id
            )
        )
        if holder is not None:
            raise Unstorable(
                FOLIO_IN_USE,
                f"its folio is already used by {record.entity} {holder} on this casebook",
            )


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


_Row = TypeVar("_Row", HouseholdRow, PersonRow, EnrollmentRow, HouseholdSurveyRow, ArcoRequestRow)


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
