"""Enrolment: a device proves it knows a one-time code and trades it for an id and a token.

Two exchanges (``bienestar_wire.enrolment`` has the cryptography). ``challenge`` hands out a
nonce that only this server's keys could have made, good for a few minutes; it writes nothing.
``enroll`` is one write transaction through small steps, each with one outcome: read the
signed request; forget old attempts and spent nonces, and say how long a client that failed
too often must wait; check the nonce; find the code the request names and check the device's
proof of it; refuse a spent nonce (a replay); recognise a retried enrolment (the same keys
again: the first answer was lost); refuse a casebook that another device holds (a copied
one); then renew that device's token or register a new device with a folio prefix no other
casebook uses; and answer with the server's own proof of the code. A refusal that counts a
failed attempt is raised only once the transaction has committed, so the attempt is kept.

Nothing an on-path attacker captures helps them: the request names the code without revealing
it, its proof covers the device's keys and the nonce, and the nonce is spent on success. A
failed attempt does not spend the nonce, so an attacker's altered copy sent first does not
stop the real request behind it.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Final, TypeGuard

from sqlalchemy import Connection, func, insert, select, update

from bienestar_central import models as m
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.codes import CodeRow, IssuedCode, find_code, store_code
from bienestar_central.service.devices import DeviceRow, find_device
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.tokens import new_token, token_hash
from bienestar_field.domain.codes import random_code
from bienestar_field.domain.ids import uuid7
from bienestar_wire.codec import ProtocolError
from bienestar_wire.enrolment import prove_answer, request_proof_holds
from bienestar_wire.envelope import EnvelopeError, verify_enroll
from bienestar_wire.protocol import (
    ENROLL_NONCE_BYTES,
    DeviceRole,
    EnrollChallenge,
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    load_json_object,
    require_office,
)

log = logging.getLogger(__name__)

NONCE_TTL_SECONDS: Final = 300
_NONCE_RANDOM: Final = 16
_CODE_INVALID: Final = "the enrolment code is not valid: mistyped, expired or already used"


@dataclass(frozen=True, slots=True)
class Enrolled:
    """A device holding a fresh token: newly registered, or enrolling again."""

    device_id: str
    office: str
    folio_prefix: str
    token: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class CasebookRow:
    id: str
    folio_prefix: str
    device_id: str
    enrolled_at: str


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


def make_nonce(keys: ServerKeys, expires_s: int) -> bytes:
    """Random bytes, the expiry, and a tag only these keys make: checked without storing it."""
    body = os.urandom(_NONCE_RANDOM) + expires_s.to_bytes(8, "big")
    nonce = body + keys.nonce_tag(body)
    assert len(nonce) == ENROLL_NONCE_BYTES
    return nonce


def nonce_expiry(keys: ServerKeys, nonce: bytes) -> int | None:
    """When a nonce of ours expires (seconds since the epoch); None when it is not ours."""
    body, tag = nonce[: _NONCE_RANDOM + 8], nonce[_NONCE_RANDOM + 8 :]
    if not hmac.compare_digest(keys.nonce_tag(body), tag):
        return None
    return int.from_bytes(body[_NONCE_RANDOM:], "big")


def nonce_digest(nonce: bytes) -> str:
    return hashlib.sha256(nonce).hexdigest()


def forget_attempts_before(conn: Connection, since: int) -> None:
    conn.execute(m.enroll_attempts.delete().where(m.enroll_attempts.c.at < since))


def forget_nonces_before(conn: Connection, now_s: int) -> None:
    conn.execute(m.enroll_nonces.delete().where(m.enroll_nonces.c.expires_at < now_s))


def nonce_spent(conn: Connection, nonce: bytes) -> bool:
    found = conn.execute(
        select(m.enroll_nonces.c.digest).where(m.enroll_nonces.c.digest == nonce_digest(nonce))
    ).first()
    return found is not None


def spend_nonce(conn: Connection, nonce: bytes, expires_s: int) -> None:
    conn.execute(insert(m.enroll_nonces).values(digest=nonce_digest(nonce), expires_at=expires_s))


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


def code_is_usable(code: CodeRow | None, now: datetime) -> TypeGuard[CodeRow]:
    """Whether ``code`` exists, was never used and has not expired."""
    return code is not None and code.used_at is None and code.expires_at > now


def proven(code: CodeRow | None, request: EnrollRequest) -> TypeGuard[CodeRow]:
    """Whether the request proves knowledge of ``code`` (a code with a key, and the MAC holds)."""
    if code is None or code.mac_key is None:
        return False
    return request_proof_holds(request, code.mac_key)


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


def find_casebook(conn: Connection, casebook_id: str) -> CasebookRow | None:
    row = (
        conn.execute(select(m.casebooks).where(m.casebooks.c.id == casebook_id)).mappings().first()
    )
    if row is None:
        return None
    return CasebookRow(row["id"], row["folio_prefix"], row["device_id"], row["enrolled_at"])


def holder_of(conn: Connection, casebook: CasebookRow | None) -> DeviceRow | None:
    """The device that holds ``casebook`` now, unless it was revoked."""
    if casebook is None:
        return None
    device = find_device(conn, casebook.device_id)
    return device if device is not None and device.revoked_at is None else None


def free_prefix(conn: Connection, wanted: str) -> str:
    """``wanted`` when no casebook numbers folios with it; else a fresh prefix nobody uses."""
    candidate = wanted
    while (
        conn.execute(
            select(m.casebooks.c.id).where(m.casebooks.c.folio_prefix == candidate)
        ).first()
        is not None
    ):
        candidate = random_code(len(wanted))
    return candidate


def cloned_refusal(holder: DeviceRow) -> ServiceError:
    enrolled_on = holder.created_at[:10]
    return ServiceError(
        409,
        ErrorCode.CASEBOOK_CLONED,
        f"this casebook is already enrolled as device {holder.id} (since {enrolled_on}): this "
        "computer holds a copy of another computer's casebook, and two copies would number "
        "folios alike. Set up a new casebook on this computer (a fresh data folder) and enrol "
        "it with a new code; if this is the same computer enrolling again, the operator must "
        "first revoke the old device",
    )


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

    def issue_code(
        self,
        office: str,
        ttl_minutes: int | None = None,
        role: DeviceRole = DeviceRole.CASEWORKER,
    ) -> IssuedCode:
        try:
            office = require_office(office)
            role = DeviceRole(role)
        except (ProtocolError, ValueError) as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        now = self._now()
        ttl = ttl_minutes if ttl_minutes is not None else self._config.code_ttl_minutes
        with self._db.writing() as conn:
            row_id, issued = store_code(
                conn,
                self._keys,
                office,
                now=now,
                expires_at=now + timedelta(minutes=ttl),
                role=role,
            )
            self._audit.append(conn, [self._audit.event("operator", "code.issued", row_id, "")])
        return issued

    def challenge(self) -> EnrollChallenge:
        expires = int(self._now().timestamp()) + NONCE_TTL_SECONDS
        return EnrollChallenge(
            nonce=make_nonce(self._keys, expires),
            server_keys=self._keys.info,
            expires_at=datetime.fromtimestamp(expires, UTC).isoformat(),
        )

    def enroll(self, body: bytes, client_address: str) -> EnrollResponse:
        request = read_request(body)
        client = self._keys.client_tag(client_address)
        now = self._now()
        now_s = int(now.timestamp())
        window = self._config.enroll_window_seconds
        expires_s = nonce_expiry(self._keys, request.nonce)
        refusal: ServiceError | None = None
        enrolled: Enrolled | None = None
        with self._db.writing() as conn:
            forget_attempts_before(conn, now_s - window)
            forget_nonces_before(conn, now_s)
            wait = wait_before_retry(conn, client, now_s, window, self._config.enroll_failure_limit)
            if wait is not None:
                raise ServiceError(
                    429,
                    ErrorCode.RATE_LIMITED,
                    "too many failed enrolment attempts; wait and try again",
                    retry_after=wait,
                )
            code = find_code(conn, self._keys, request.code_id)
            if expires_s is None or expires_s <= now_s:
                refusal = _challenge_refusal("expired or was not made by this server")
            elif not proven(code, request):
                refusal = ServiceError(403, ErrorCode.CODE_INVALID, _CODE_INVALID)
            elif nonce_spent(conn, request.nonce):
                refusal = _challenge_refusal("was already used (a replayed request)")
            else:
                enrolled, refusal = self._enrol_proven(conn, code, request, now)
                if enrolled is not None:
                    spend_nonce(conn, request.nonce, expires_s)
            if refusal is None or refusal.code is not ErrorCode.CASEBOOK_CLONED:
                count_attempt(conn, client, now_s, ok=enrolled is not None)
        if refusal is not None:
            log.info("enrolment refused: %s", refusal.code.value)
            raise refusal
        assert enrolled is not None
        assert code is not None
        assert code.mac_key is not None
        log.info("device enrolled device=%s", enrolled.device_id)
        return self.answer(enrolled, request, code.mac_key, now)

    def _enrol_proven(
        self, conn: Connection, code: CodeRow, request: EnrollRequest, now: datetime
    ) -> tuple[Enrolled | None, ServiceError | None]:
        """With the code proven: renew a retried device, or register a new one, or refuse."""
        retried = retried_device(conn, code, request, now)
        if retried is not None:
            return self.renew_token(conn, retried, request.folio_prefix), None
        if not code_is_usable(code, now):
            return None, ServiceError(403, ErrorCode.CODE_INVALID, _CODE_INVALID)
        holder = holder_of(conn, find_casebook(conn, request.casebook_id))
        if holder is not None:
            log.warning("enrolment refused: casebook already held by device=%s", holder.id)
            return None, cloned_refusal(holder)
        return self.register_device(conn, code, request, now), None

    def renew_token(self, conn: Connection, device: DeviceRow, asked_prefix: str) -> Enrolled:
        """A new token for a device enrolling again; its old token stops working.

        Its folio prefix is the one its casebook was given (``asked_prefix`` only for a device
        enrolled before the server kept casebooks)."""
        token = new_token()
        conn.execute(
            update(m.devices)
            .where(m.devices.c.id == device.id)
            .values(token_hash=token_hash(token))
        )
        prefix = conn.execute(
            select(m.casebooks.c.folio_prefix).where(m.casebooks.c.device_id == device.id)
        ).scalar()
        self._audit.append(conn, [self._audit.event(device.id, "device.reenrolled", "", "")])
        return Enrolled(device.id, device.office, prefix or asked_prefix, token)

    def register_device(
        self, conn: Connection, code: CodeRow, request: EnrollRequest, now: datetime
    ) -> Enrolled:
        """Claim ``code`` for a new device holding the request's keys and casebook; a token."""
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
                casebook_id=request.casebook_id,
                role=code.role,
            )
        )
        prefix = self._hold_casebook(conn, request, device_id, now)
        self._audit.append(conn, [self._audit.event(device_id, "device.enrolled", code.id, "")])
        return Enrolled(device_id, code.office, prefix, token)

    def _hold_casebook(
        self, conn: Connection, request: EnrollRequest, device_id: str, now: datetime
    ) -> str:
        """Give the casebook to ``device_id``: its old prefix if it had one, else a free one."""
        known = find_casebook(conn, request.casebook_id)
        if known is not None:  # re-enrolled after its device was revoked: same numbering
            conn.execute(
                update(m.casebooks)
                .where(m.casebooks.c.id == known.id)
                .values(device_id=device_id, enrolled_at=now.isoformat())
            )
            return known.folio_prefix
        prefix = free_prefix(conn, request.folio_prefix)
        conn.execute(
            insert(m.casebooks).values(
                id=request.casebook_id,
                folio_prefix=prefix,
                device_id=device_id,
                enrolled_at=now.isoformat(),
            )
        )
        return prefix

    def answer(
        self, enrolled: Enrolled, request: EnrollRequest, mac_key: bytes, now: datetime
    ) -> EnrollResponse:
        answer = EnrollResponse(
            device_id=enrolled.device_id,
            token=enrolled.token,
            office=enrolled.office,
            folio_prefix=enrolled.folio_prefix,
            server_keys=self._keys.info,
            server_time=now.isoformat(),
        )
        return prove_answer(answer, request, mac_key)


def _challenge_refusal(why: str) -> ServiceError:
    return ServiceError(
        403,
        ErrorCode.CHALLENGE_INVALID,
        f"the enrolment challenge {why}; start the enrolment again",
    )
