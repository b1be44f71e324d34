"""One-time enrolment codes: drawn for an office, stored as a one-way id and a sealed MAC key.

The code itself (``bienestar_wire.enrolment.EnrolmentCode``: a secret and the server key's
fingerprint) is shown to the operator once and never stored: the row keeps the code's id, by
which a device names it, and its MAC key sealed under the server's keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, insert, select

from bienestar_central import models as m
from bienestar_central.keys import ServerKeys
from bienestar_field.domain.ids import uuid7
from bienestar_wire.enrolment import EnrolmentCode, grouped_fingerprint
from bienestar_wire.protocol import DeviceRole


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str = field(repr=False)
    office: str
    expires_at: str
    fingerprint: str  # the server key's, as the code's last two groups
    role: str = DeviceRole.CASEWORKER.value


@dataclass(frozen=True, slots=True)
class CodeRow:
    """An enrolment code as stored: its office, its expiry, the device it enrolled, its key."""

    id: str
    office: str
    expires_at: datetime
    used_at: str | None
    device_id: str | None
    mac_key: bytes | None = field(default=None, repr=False)
    role: str = DeviceRole.CASEWORKER.value


def store_code(
    conn: Connection,
    keys: ServerKeys,
    office: str,
    *,
    now: datetime,
    expires_at: datetime,
    role: DeviceRole = DeviceRole.CASEWORKER,
) -> tuple[str, IssuedCode]:
    """Draw a code for ``office`` (its device gets ``role``) and store it; the row id and the
    code to show, once."""
    code = EnrolmentCode.issue(keys.info)
    row_id = uuid7()
    conn.execute(
        insert(m.enrollment_codes).values(
            id=row_id,
            lookup=code.code_id,
            sealed_key=keys.seal_code_key(row_id, code.mac_key),
            office=office,
            created_at=now.isoformat(),
            expires_at=expires_at.isoformat(),
            role=role.value,
        )
    )
    fingerprint = grouped_fingerprint(keys.info)
    return row_id, IssuedCode(code.grouped, office, expires_at.isoformat(), fingerprint, role.value)


def find_code(conn: Connection, keys: ServerKeys, code_id: str) -> CodeRow | None:
    """The stored code a device names by ``code_id``, with its MAC key opened."""
    row = (
        conn.execute(select(m.enrollment_codes).where(m.enrollment_codes.c.lookup == code_id))
        .mappings()
        .first()
    )
    if row is None:
        return None
    sealed = row["sealed_key"]
    return CodeRow(
        id=row["id"],
        office=row["office"],
        expires_at=datetime.fromisoformat(row["expires_at"]),
        used_at=row["used_at"],
        device_id=row["device_id"],
        mac_key=keys.open_code_key(row["id"], bytes(sealed)) if sealed is not None else None,
        role=row["role"],
    )
