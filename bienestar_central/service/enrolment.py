"""Enrolment: a device trades a one-time code and its public keys for an id and a token.

``Enrolment.enroll`` is one write transaction through small steps, each with one outcome:
read the signed request; forget old attempts and say how long a client that failed too often
must wait; find the code; recognise a retried enrolment (the same keys again: the first answer
was lost); then renew that device's token, or register a new device, or count a failed
attempt; and build the answer. A bad code is refused only once the transaction has committed,
so the failed attempt it counts is kept.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeGuard

from sqlalchemy import Connection, func, insert, select, update

from bienestar_central import models as m
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.codes import code_hash, normalize_code
from bienestar_central.service.devices import DeviceRow, find_device
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.tokens import new_token, token_hash
from bienestar_field.domain.ids import uuid7
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import EnvelopeError, verify_enroll
from bienestar_wire.protocol import (
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    load_json_object,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CodeRow:
    """An enrolment code as stored: its office, its expiry, and the device it enrolled."""

    id: str
    office: str
    expires_at: datetime
    used_at: str | None
    device_id: str | None


@dataclass(frozen=True, slots=True)
class Enrolled:
    """A device holding a fresh token: newly registered, or enrolling again."""

    device_id: str
    office: str
    token: str = field(repr=False)


def read_request(body: bytes) -> EnrollRequest:
    """The enrolment request in ``body``, signed by the key it carries; else a 400 refusal."""
    try:
        request = EnrollRequest.from_json(load_json_object(body, "enrolment"))
        verify_enroll(request)
    except ProtocolError as exc:
        raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
    except EnvelopeError:
        raise ServiceError(
            400, ErrorCode.BAD_SIGNATURE, "the enrolment request is not signed by its key"
        ) from None
    return request


def forget_attempts_before(conn: Connection, since: int) -> None:
    conn.execute(m.enroll_attempts.delete().where(m.enroll_attempts.c.at < since))


def wait_before_retry(
    conn: Connection, client: str, now_s: int, window: int, limit: int
) -> int | None:
    """Seconds ``client`` must wait when ``limit`` attempts failed within the window; else None."""
    failures, oldest = conn.execute(
        select(func.count(), func.min(m.enroll_attempts.c.at)).where(
            m.enroll_attempts.c.client == client,
            m.enroll_attempts.c.ok.is_(False),
            m.enroll_attempts.c.at >= now_s - window,
        )
    ).one()
    if int(failures) < limit:
        return None
    return max(1, int(oldest) + window - now_s)


def count_attempt(conn: Connection, client: str, now_s: int, *, ok: bool) -> None:
    conn.execute(insert(m.enroll_attempts).values(client=client, at=now_s, ok=ok))


def find_code(conn: Connection, typed: str) -> CodeRow | None:
    """The stored code a person typed (in whatever case, spacing or look-alike letters)."""
    compact = normalize_code(typed)
    if not compact:
        return None
    row = (
        conn.execute(
            select(m.enrollment_codes).where(m.enrollment_codes.c.code_hash == code_hash(compact))
        )
        .mappings()
        .first()
    )
    if row is None:
        return None
    return CodeRow(
        id=row["id"],
        office=row["office"],
        expires_at=datetime.fromisoformat(row["expires_at"]),
        used_at=row["used_at"],
        device_id=row["device_id"],
    )


def code_is_usable(code: CodeRow | None, now: datetime) -> TypeGuard[CodeRow]:
    """Whether ``code`` exists, was never used and has not expired."""
    return code is not None and code.used_at is None and code.expires_at > now


def retried_device(
    conn: Connection, code: CodeRow | None, request: EnrollRequest, now: datetime
) -> DeviceRow | None:
    """The device ``code`` enrolled, when this request comes from its keys again in time.

    That is a device whose first answer was lost; it may enrol again until the code expires.
    """
    if code is None or code.device_id is None:
        return None
    if code.expires_at <= now:
        return None
    device = find_device(conn, code.device_id)
    if device is None or device.revoked_at is not None:
        return None
    same_key = hmac.compare_digest(device.signing_key, request.signing)
    return device if same_key and device.sealing_key == request.sealing else None


class Enrolment:
    def __init__(
        self,
        database: Database,
        keys: ServerKeys,
        config: ServerConfig,
        audit: AuditChain,
        *,
        now: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._keys = keys
        self._config = config
        self._audit = audit
        self._now = now

    def enroll(self, body: bytes, client_address: str) -> EnrollResponse:
        request = read_request(body)
        client = self._keys.client_tag(client_address)
        now = self._now()
        now_s = int(now.timestamp())
        window = self._config.enroll_window_seconds
        with self._db.writing() as conn:
            forget_attempts_before(conn, now_s - window)
            wait = wait_before_retry(conn, client, now_s, window, self._config.enroll_failure_limit)
            if wait is not None:
                raise ServiceError(
                    429,
                    ErrorCode.RATE_LIMITED,
                    "too many failed enrolment attempts; wait and try again",
                    retry_after=wait,
                )
            code = find_code(conn, request.code)
            retried = retried_device(conn, code, request, now)
            enrolled: Enrolled | None = None
            if retried is not None:
                enrolled = self.renew_token(conn, retried)
            elif code_is_usable(code, now):
                enrolled = self.register_device(conn, code, request, now)
                count_attempt(conn, client, now_s, ok=True)
            else:
                count_attempt(conn, client, now_s, ok=False)
        if enrolled is None:
            log.info("enrolment refused: bad code")
            raise ServiceError(
                403,
                ErrorCode.CODE_INVALID,
                "the enrolment code is not valid: mistyped, expired or already used",
            )
        log.info("device enrolled device=%s", enrolled.device_id)
        return self.answer(enrolled, now)

    def renew_token(self, conn: Connection, device: DeviceRow) -> Enrolled:
        """A new token for a device enrolling again; its old token stops working."""
        token = new_token()
        conn.execute(
            update(m.devices)
            .where(m.devices.c.id == device.id)
            .values(token_hash=token_hash(token))
        )
        self._audit.append(conn, [self._audit.event(device.id, "device.reenrolled", "", "")])
        return Enrolled(device.id, device.office, token)

    def register_device(
        self, conn: Connection, code: CodeRow, request: EnrollRequest, now: datetime
    ) -> Enrolled:
        """Claim ``code`` for a new device holding the request's keys, and give it a token."""
        device_id = uuid7()
        token = new_token()
        claimed = conn.execute(
            update(m.enrollment_codes)
            .where(m.enrollment_codes.c.id == code.id, m.enrollment_codes.c.used_at.is_(None))
            .values(used_at=now.isoformat(), device_id=device_id)
        ).rowcount
        if claimed != 1:  # pragma: no cover - the write lock makes this unreachable
            raise ServiceError(403, ErrorCode.CODE_INVALID, "the code was just used")
        conn.execute(
            insert(m.devices).values(
                id=device_id,
                office=code.office,
                label=request.label,
                signing_key=request.signing,
                sealing_key=request.sealing,
                token_hash=token_hash(token),
                code_id=code.id,
                created_at=now.isoformat(),
            )
        )
        self._audit.append(conn, [self._audit.event(device_id, "device.enrolled", code.id, "")])
        return Enrolled(device_id, code.office, token)

    def answer(self, enrolled: Enrolled, now: datetime) -> EnrollResponse:
        return EnrollResponse(
            device_id=enrolled.device_id,
            token=enrolled.token,
            office=enrolled.office,
            server_keys=self._keys.info,
            server_time=now.isoformat(),
        )
