"""Device tokens: drawn at enrolment, stored only as a hash, checked on every request."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.service.devices import DeviceRow, device_row
from bienestar_central.service.errors import ServiceError
from bienestar_wire.protocol import ErrorCode, parse_bearer


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> bytes:
    return hashlib.sha256(b"bienestar/device-token/v1|" + token.encode("utf-8")).digest()


def authenticate(database: Database, authorization: str | None) -> DeviceRow:
    """The device an ``Authorization`` header's token belongs to, unless it was revoked."""
    parsed = parse_bearer(authorization)
    if parsed is None:
        raise ServiceError(401, ErrorCode.UNAUTHENTICATED, "a device token is needed")
    device_id, token = parsed
    with database.reading() as conn:
        row = conn.execute(select(m.devices).where(m.devices.c.id == device_id)).mappings().first()
    presented = token_hash(token)
    # Compared in constant time, against a dummy when the device is unknown, so neither
    # the token nor the existence of a device id leaks through timing.
    stored = row["token_hash"] if row is not None else b"\x00" * len(presented)
    if not hmac.compare_digest(presented, stored) or row is None:
        raise ServiceError(401, ErrorCode.UNAUTHENTICATED, "the device token is not valid")
    device = device_row(row)
    if device.revoked_at is not None:
        raise ServiceError(401, ErrorCode.REVOKED, "this device was revoked by the central office")
    return device
