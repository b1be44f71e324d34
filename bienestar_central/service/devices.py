"""Enrolled devices as the other steps see them: one row type and the lookup by id."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from bienestar_central import models as m


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    office: str
    label: str
    signing_key: bytes
    sealing_key: bytes
    revoked_at: str | None
    created_at: str
    role: str = "caseworker"


def device_row(row: Any) -> DeviceRow:
    return DeviceRow(
        id=row["id"],
        office=row["office"],
        label=row["label"],
        signing_key=bytes(row["signing_key"]),
        sealing_key=bytes(row["sealing_key"]),
        revoked_at=row["revoked_at"],
        created_at=row["created_at"],
        role=row["role"],
    )


def find_device(conn: Connection, device_id: str) -> DeviceRow | None:
    row = conn.execute(select(m.devices).where(m.devices.c.id == device_id)).mappings().first()
    return device_row(row) if row is not None else None
