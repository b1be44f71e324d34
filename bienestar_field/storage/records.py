"""Reading and writing domain records as encrypted rows, with their outbox change and audit event.

These functions run inside a session opened by the caller, so that an entity, its outbox
change and its audit event always commit together or not at all.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienestar_field.domain import codec
from bienestar_field.domain.enrollments import AttendanceCheck, Enrollment
from bienestar_field.domain.households import Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.schema import (
    AttendanceCheckRow,
    AuditEvent,
    EnrollmentRow,
    HouseholdRow,
    Meta,
    OutboxChange,
    PersonRow,
)

GENESIS_MAC = b"\x00" * 32
_AUDIT_TIP = "audit_tip"


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who and when, for one write."""

    user_id: str
    at: str  # ISO-8601 UTC
    hlc: str


_META_ROWS = "meta_rows"


def _meta_row(session: Session, key: str) -> Meta | None:
    # The session's identity map holds unchanged rows only weakly, so a folio per record
    # re-read the same rows again and again; keep them for the life of the transaction.
    rows: dict[str, Meta] = session.info.setdefault(_META_ROWS, {})
    row = rows.get(key)
    if row is None:
        row = session.get(Meta, key)
        if row is not None:
            rows[key] = row
    return row


def get_meta(session: Session, key: str) -> str | None:
    row = _meta_row(session, key)
    return row.value if row else None


def set_meta(session: Session, key: str, value: str) -> None:
    row = _meta_row(session, key)
    if row is None:
        row = Meta(key=key, value=value)
        session.add(row)
        session.info.setdefault(_META_ROWS, {})[key] = row
    else:
        row.value = value


def next_folio(session: Session) -> str:
    """The next human-readable folio of this device: ``PREFIX-000042-C`` (ISO 7064 check)."""
    from stdnum.iso7064 import mod_37_36

    prefix = get_meta(session, "device_code")
    assert prefix, "casebook has no device code"
    seq = int(get_meta(session, "folio_seq") or "0") + 1
    set_meta(session, "folio_seq", str(seq))
    body = f"{prefix}{seq:06d}"
    return f"{prefix}-{seq:06d}-{mod_37_36.calc_check_digit(body)}"


def is_valid_folio(text: str) -> bool:
    from stdnum.iso7064 import mod_37_36

    parts = text.strip().upper().split("-")
    if len(parts) != 3 or len(parts[2]) != 1:
        return False
    try:
        return bool(mod_37_36.is_valid(parts[0] + parts[1] + parts[2]))
    except Exception:  # stdnum raises on characters outside its alphabet
        return False


# --- outbox and audit ---------------------------------------------------------------------


def append_change(
    session: Session,
    keyring: Keyring,
    stamp: Stamp,
    *,
    entity: str,
    entity_id: str,
    operation: str,
    base_version: int,
    fields: dict[str, Any],
) -> str:
    change_id = uuid7()
    session.add(
        OutboxChange(
            change_id=change_id,
            entity=entity,
            entity_id=entity_id,
            operation=operation,
            base_version=base_version,
            hlc=stamp.hlc,
            payload=keyring.encrypt_json(
                fields, table="outbox", column="payload", row_id=change_id
            ),
            user_id=stamp.user_id,
            created_at=stamp.at,
            status="pending",
            attempts=0,
        )
    )
    return change_id


def _audit_message(
    prev_mac: bytes, at: str, user_id: str | None, action: str, entity: str | None, eid: str | None
) -> bytes:
    body = json.dumps([at, user_id, action, entity, eid], separators=(",", ":")).encode()
    return prev_mac + body


def append_audit(
    session: Session,
    keyring: Keyring,
    *,
    at: str,
    user_id: str | None,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
) -> None:
    """Add a hash-chained event. The caller holds the write lock, so the chain cannot fork."""
    prev_mac: bytes | None = session.info.get(_AUDIT_TIP)
    if prev_mac is None:
        prev_mac = (
            session.scalar(select(AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1))
            or GENESIS_MAC
        )
    mac = keyring.audit_mac(_audit_message(prev_mac, at, user_id, action, entity, entity_id))
    session.add(
        AuditEvent(
            at=at,
            user_id=user_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            prev_mac=prev_mac,
            mac=mac,
        )
    )
    # Remember the tip for the next event of this transaction (saves a query and a flush).
    session.info[_AUDIT_TIP] = mac


def verify_audit_chain(session: Session, keyring: Keyring) -> int | None:
    """The seq of the first event that does not verify, or ``None`` when the chain is whole."""
    expected_prev = GENESIS_MAC
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        message = _audit_message(
            expected_prev, event.at, event.user_id, event.action, event.entity, event.entity_id
        )
        expected_mac = keyring.audit_mac(message)
        if not (
            hmac.compare_digest(event.prev_mac, expected_prev)
            and hmac.compare_digest(expected_mac, event.mac)
        ):
            return event.seq
        expected_prev = event.mac
    return None


# --- rows <-> domain ------------------------------------------------------------------------


def person_row(keyring: Keyring, person: Person, stamp: Stamp) -> PersonRow:
    assert person.folio is not None
    return PersonRow(
        id=person.id,
        household_id=person.household_id,
        folio=person.folio,
        curp_index=keyring.curp_index(person.curp),
        data=keyring.encrypt_json(
            codec.person_personal_fields(person), table="persons", column="data", row_id=person.id
        ),
        version=person.version,
        hlc=stamp.hlc,
        created_by=person.created_by or stamp.user_id,
        created_at=person.created_at or stamp.at,
        updated_at=stamp.at,
        deleted=False,
    )


def person_from_row(keyring: Keyring, row: PersonRow) -> Person:
    fields = keyring.decrypt_json(row.data, table="persons", column="data", row_id=row.id)
    return codec.person_from_fields(
        fields,
        id=row.id,
        household_id=row.household_id,
        folio=row.folio,
        version=row.version,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def household_row(keyring: Keyring, household: Household, stamp: Stamp) -> HouseholdRow:
    assert household.folio is not None
    return HouseholdRow(
        id=household.id,
        folio=household.folio,
        state_code=household.address.state_code,
        municipality_code=household.address.municipality_code,
        data=keyring.encrypt_json(
            codec.household_fields(household),
            table="households",
            column="data",
            row_id=household.id,
        ),
        version=household.version,
        hlc=stamp.hlc,
        created_by=household.registered_by or stamp.user_id,
        created_at=household.registered_at or stamp.at,
        updated_at=stamp.at,
        deleted=False,
    )


def household_from_row(keyring: Keyring, row: HouseholdRow, members: list[Person]) -> Household:
    fields = keyring.decrypt_json(row.data, table="households", column="data", row_id=row.id)
    return codec.household_from_fields(
        fields,
        members,
        id=row.id,
        folio=row.folio,
        version=row.version,
        registered_by=row.created_by,
        registered_at=row.created_at,
    )


def enrollment_row(keyring: Keyring, enrollment: Enrollment, stamp: Stamp) -> EnrollmentRow:
    assert enrollment.folio is not None
    return EnrollmentRow(
        id=enrollment.id,
        person_id=enrollment.person_id,
        program_code=enrollment.program_code,
        status=enrollment.status.value,
        catalog_version=enrollment.catalog_version,
        folio=enrollment.folio,
        data=keyring.encrypt_json(
            codec.enrollment_private_fields(enrollment),
            table="enrollments",
            column="data",
            row_id=enrollment.id,
        ),
        version=enrollment.version,
        hlc=stamp.hlc,
        created_by=enrollment.enrolled_by or stamp.user_id,
        created_at=enrollment.enrolled_at or stamp.at,
        updated_at=stamp.at,
    )


def enrollment_from_row(keyring: Keyring, row: EnrollmentRow) -> Enrollment:
    fields = keyring.decrypt_json(row.data, table="enrollments", column="data", row_id=row.id)
    return codec.enrollment_from_fields(
        fields,
        status=row.status,
        id=row.id,
        person_id=row.person_id,
        program_code=row.program_code,
        catalog_version=row.catalog_version,
        folio=row.folio,
        version=row.version,
        enrolled_by=row.created_by,
        enrolled_at=row.created_at,
    )


def check_row(keyring: Keyring, check: AttendanceCheck, stamp: Stamp) -> AttendanceCheckRow:
    return AttendanceCheckRow(
        id=check.id,
        enrollment_id=check.enrollment_id,
        kind=check.kind.value,
        period=check.period,
        result=check.result.value,
        data=keyring.encrypt_json(
            codec.check_private_fields(check),
            table="attendance_checks",
            column="data",
            row_id=check.id,
        ),
        hlc=stamp.hlc,
        created_by=check.recorded_by or stamp.user_id,
        created_at=check.recorded_at or stamp.at,
    )


def check_from_row(keyring: Keyring, row: AttendanceCheckRow) -> AttendanceCheck:
    fields = keyring.decrypt_json(row.data, table="attendance_checks", column="data", row_id=row.id)
    return codec.check_from_fields(
        fields,
        kind=row.kind,
        result=row.result,
        id=row.id,
        enrollment_id=row.enrollment_id,
        period=row.period,
        recorded_by=row.created_by,
        recorded_at=row.created_at,
    )


def latest_clock_stamp(session: Session) -> str | None:
    """The latest hybrid-clock stamp stored: of local changes and of records pulled from the
    server (whose devices' clocks may run ahead of ours). Stamps sort as strings."""
    stamps = [
        session.scalar(select(func.max(column)))
        for column in (
            OutboxChange.hlc,
            HouseholdRow.hlc,
            PersonRow.hlc,
            EnrollmentRow.hlc,
            AttendanceCheckRow.hlc,
        )
    ]
    return max((s for s in stamps if s), default=None)


def count(session: Session, model: type[Any], *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
