"""What the central server does, independent of HTTP: enrolment, push, pull, operator actions.

The HTTP layer (``app``) and the operator commands (``cli``) both call this. A push is one
database transaction holding every stored change, the merged records, the review queues, the
feed entries and the audit chain links, committed before the receipt is signed and sent: a lost
answer or a crash can only ever lead to a resend, which the change ids make harmless.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Table, and_, bindparam, func, insert, or_, select, update

from bienestar_central import models as m
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.merge import (
    SERVER_DEVICE,
    FieldConflict,
    FieldMeta,
    RecordDraft,
    merge_delete,
    merge_update,
    meta_from_json,
    new_record,
)
from bienestar_field.domain import codec
from bienestar_field.domain.clock import HlcStamp, HybridClock
from bienestar_field.domain.codes import compact_code, group_code, random_code
from bienestar_field.domain.curp import is_valid_curp, normalize_curp
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.programs import default_catalog
from bienestar_wire.envelope import (
    BadSignature,
    EnvelopeError,
    WrongRecipient,
    open_batch,
    seal_pull,
    sign_receipt,
    verify_batch,
    verify_enroll,
)
from bienestar_wire.protocol import (
    DEFAULT_PULL_ENTRIES,
    MAX_CLOCK_SKEW_SECONDS,
    MAX_PROTOCOL_VERSION,
    MAX_PULL_ENTRIES,
    MIN_PROTOCOL_VERSION,
    PARENT_FIELD,
    REQUIRED_CREATE_FIELDS,
    BatchEnvelope,
    Change,
    ChangeResult,
    ChangeStatus,
    Cursor,
    EnrollRequest,
    EnrollResponse,
    Entity,
    EntryKind,
    ErrorCode,
    Health,
    Operation,
    ProtocolError,
    PullEntry,
    PullPage,
    Receipt,
    RecordState,
    RejectReason,
    ReviewReason,
    SealedPull,
    canonical_json,
    load_json_object,
    parse_bearer,
    require_office,
)

log = logging.getLogger(__name__)

GENESIS_MAC: Final = b"\x00" * 32
CODE_LENGTH: Final = 20  # 100 bits
_CHUNK: Final = 500
_FIELD_NAME_MAX: Final = 64
_LINK_KEY_MAX: Final = 80


class ServiceError(Exception):
    """A refusal with its HTTP status and protocol error code. The message holds no data."""

    def __init__(
        self, status: int, code: ErrorCode, message: str, *, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.retry_after = retry_after


class RowWriteError(Exception):
    """Writing rows failed; says which table and the driver error's type, never row content."""

    def __init__(self, table: str, kind: str) -> None:
        super().__init__(f"writing rows to {table} failed ({kind})")


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    office: str
    label: str
    signing_key: bytes
    sealing_key: bytes
    revoked_at: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str = field(repr=False)
    office: str
    expires_at: str


@dataclass(frozen=True, slots=True)
class PushOutcome:
    receipt: Receipt
    counts: dict[str, int]


def utc_now() -> datetime:
    return datetime.now(UTC)


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def format_code(raw: str) -> str:
    return group_code(raw)


def normalize_code(text: str) -> str | None:
    return compact_code(text, CODE_LENGTH)


def _code_hash(compact: str) -> bytes:
    return hashlib.sha256(b"bienestar/enrollment-code/v1|" + compact.encode("ascii")).digest()


def _token_hash(token: str) -> bytes:
    return hashlib.sha256(b"bienestar/device-token/v1|" + token.encode("utf-8")).digest()


def _audit_message(prev_mac: bytes, row: dict[str, Any]) -> bytes:
    return prev_mac + canonical_json(
        [row["at"], row["actor"], row["action"], row["subject"], row["digest"]]
    )


@dataclass(slots=True)
class _Batch:
    """Everything one push accumulates before it is written in one go."""

    origin: DeviceRow
    now: str
    records: dict[str, RecordDraft]
    parents: dict[str, tuple[Entity, str]] = field(default_factory=dict)  # id -> kind, office
    dirty: dict[str, RecordDraft] = field(default_factory=dict)
    curps: dict[bytes, dict[str, str]] = field(default_factory=dict)  # index -> {id: office}
    links: dict[str, dict[str, str]] = field(default_factory=dict)  # link key -> {id: office}
    change_rows: list[dict[str, Any]] = field(default_factory=list)
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)
    duplicate_rows: list[dict[str, Any]] = field(default_factory=list)
    feed_rows: list[dict[str, Any]] = field(default_factory=list)
    audit_rows: list[dict[str, Any]] = field(default_factory=list)
    programs: frozenset[str] = frozenset()  # the program codes an enrolment may name


class CentralService:
    def __init__(
        self,
        database: Database,
        keys: ServerKeys,
        config: ServerConfig,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = database
        self.keys = keys
        self.config = config
        self._now = now
        self._clock = HybridClock("central")

    # --- health -----------------------------------------------------------------------------

    def health(self) -> Health:
        return Health(
            status="ok",
            server_time=self._now().isoformat(),
            min_protocol=MIN_PROTOCOL_VERSION,
            max_protocol=MAX_PROTOCOL_VERSION,
            server_keys=self.keys.info,
        )

    # --- operator -----------------------------------------------------------------------------

    def issue_code(self, office: str, ttl_minutes: int | None = None) -> IssuedCode:
        try:
            office = require_office(office)
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        raw = random_code(CODE_LENGTH)
        now = self._now()
        ttl = ttl_minutes if ttl_minutes is not None else self.config.code_ttl_minutes
        expires = (now + timedelta(minutes=ttl)).isoformat()
        code_id = uuid7()
        with self.db.writing() as conn:
            conn.execute(
                insert(m.enrollment_codes).values(
                    id=code_id,
                    code_hash=_code_hash(raw),
                    office=office,
                    created_at=now.isoformat(),
                    expires_at=expires,
                )
            )
            self._audit(conn, [self._audit_row("operator", "code.issued", code_id, "")])
        return IssuedCode(format_code(raw), office, expires)

    def revoke(self, device_id: str) -> DeviceRow:
        with self.db.writing() as conn:
            row = self._device(conn, device_id)
            if row is None:
                raise ServiceError(404, ErrorCode.NOT_FOUND, "no device with that id")
            if row.revoked_at is None:
                conn.execute(
                    update(m.devices)
                    .where(m.devices.c.id == device_id)
                    .values(revoked_at=self._now().isoformat())
                )
                self._audit(conn, [self._audit_row("operator", "device.revoked", device_id, "")])
            refreshed = self._device(conn, device_id)
        assert refreshed is not None
        log.info("device revoked device=%s", device_id)
        return refreshed

    def devices(self) -> list[DeviceRow]:
        with self.db.reading() as conn:
            rows = conn.execute(select(m.devices).order_by(m.devices.c.created_at)).mappings()
            return [_device_row(r) for r in rows]

    def stats(self) -> dict[str, int]:
        with self.db.reading() as conn:

            def count(table: Any, *where: Any) -> int:
                return int(
                    conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
                )

            live = m.records.c.deleted.is_(False)
            return {
                "households": count(m.records, m.records.c.entity == "household", live),
                "persons": count(m.records, m.records.c.entity == "person", live),
                "enrollments": count(m.records, m.records.c.entity == "enrollment", live),
                "attendance_checks": count(
                    m.records, m.records.c.entity == "attendance_check", live
                ),
                "changes": count(m.changes, m.changes.c.status != ChangeStatus.REJECTED.value),
                "rejected_changes": count(
                    m.changes, m.changes.c.status == ChangeStatus.REJECTED.value
                ),
                "duplicates": count(m.duplicates, m.duplicates.c.resolved_at.is_(None)),
                "conflicts": count(m.conflicts, m.conflicts.c.resolved_at.is_(None)),
                "devices": count(m.devices, m.devices.c.revoked_at.is_(None)),
                "devices_revoked": count(m.devices, m.devices.c.revoked_at.is_not(None)),
                "batches": count(m.batches),
                "audit_events": count(m.audit_log),
            }

    def decide(self, enrollment_id: str, status: str, reason: str = "") -> RecordState:
        """An operator's decision on an enrolment; devices of its office get it by pull."""
        if status not in ("approved", "rejected"):
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a decision is approved or rejected")
        now = self._now().isoformat()
        with self.db.writing() as conn:
            records = self._load_records(conn, [enrollment_id])
            record = records.get(enrollment_id)
            if record is None or record.entity is not Entity.ENROLLMENT:
                raise ServiceError(404, ErrorCode.NOT_FOUND, "no enrolment with that id")
            stamp = str(self._clock.now())
            record.version += 1
            meta = FieldMeta(record.version, SERVER_DEVICE, stamp, "")
            record.fields["status"] = status
            record.fields["status_reason"] = reason
            record.fields_text = None
            record.meta["status"] = meta
            record.meta["status_reason"] = meta
            record.hlc = max(record.hlc, stamp)
            record.updated_at = now
            self._write_records(conn, [record])
            conn.execute(
                insert(m.feed),
                [
                    {
                        "grp": self.db.write_group(conn),
                        "office": record.office,
                        "kind": EntryKind.RECORD.value,
                        "entity": record.entity.value,
                        "entity_id": record.entity_id,
                        "skip_device": None,
                        "target_device": None,
                        "body": None,
                        "created_at": now,
                    }
                ],
            )
            self._audit(
                conn, [self._audit_row("operator", f"enrollment.{status}", enrollment_id, "")]
            )
        return _state(record)

    def publish_catalog(self, catalog: dict[str, Any], office: str | None = None) -> list[str]:
        """Queue a program catalog for the devices of one office, or of every office."""
        version = catalog.get("version")
        if not isinstance(version, str) or not version:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a catalog needs a 'version' text")
        body = json.dumps(catalog, sort_keys=True, ensure_ascii=False)
        now = self._now().isoformat()
        with self.db.writing() as conn:
            if office is not None:
                try:
                    offices = [require_office(office)]
                except ProtocolError as exc:
                    raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
            else:
                offices = sorted(
                    {o for (o,) in conn.execute(select(m.devices.c.office).distinct())}
                )
            group = self.db.write_group(conn)
            rows = [
                {
                    "grp": group,
                    "office": name,
                    "kind": EntryKind.CATALOG.value,
                    "body": body,
                    "created_at": now,
                }
                for name in offices
            ]
            self._insert_many(conn, m.feed, rows)
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
            self._audit(conn, [self._audit_row("operator", "catalog.published", version, digest)])
        return offices

    def verify_audit(self) -> int | None:
        """``None`` when the whole audit chain verifies; else the first bad event's number."""
        expected = GENESIS_MAC
        with self.db.reading() as conn:
            rows = conn.execute(select(m.audit_log).order_by(m.audit_log.c.seq)).mappings()
            for row in rows:
                mac = hmac.digest(
                    self.keys.audit_key, _audit_message(expected, dict(row)), "sha256"
                )
                if row["prev_mac"] != expected or not hmac.compare_digest(mac, row["mac"]):
                    return int(row["seq"])
                expected = row["mac"]
        return None

    # --- enrolment ----------------------------------------------------------------------------

    def enroll(self, body: bytes, client_address: str) -> EnrollResponse:
        try:
            request = EnrollRequest.from_json(load_json_object(body, "enrolment"))
            verify_enroll(request)
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        except EnvelopeError:
            raise ServiceError(
                400, ErrorCode.BAD_SIGNATURE, "the enrolment request is not signed by its key"
            ) from None
        client = self.keys.client_tag(client_address)
        now = self._now()
        now_s = int(now.timestamp())
        window = self.config.enroll_window_seconds
        compact = normalize_code(request.code)
        refusal: ServiceError | None = None
        response: EnrollResponse | None = None
        with self.db.writing() as conn:
            conn.execute(m.enroll_attempts.delete().where(m.enroll_attempts.c.at < now_s - window))
            failures = conn.execute(
                select(func.count(), func.min(m.enroll_attempts.c.at)).where(
                    m.enroll_attempts.c.client == client,
                    m.enroll_attempts.c.ok.is_(False),
                    m.enroll_attempts.c.at >= now_s - window,
                )
            ).one()
            if int(failures[0]) >= self.config.enroll_failure_limit:
                retry_after = max(1, int(failures[1]) + window - now_s)
                raise ServiceError(
                    429,
                    ErrorCode.RATE_LIMITED,
                    "too many failed enrolment attempts; wait and try again",
                    retry_after=retry_after,
                )
            code_row = (
                conn.execute(
                    select(m.enrollment_codes).where(
                        m.enrollment_codes.c.code_hash == _code_hash(compact)
                    )
                )
                .mappings()
                .first()
                if compact
                else None
            )
            retried = self._retried_enrolment(conn, code_row, request, now)
            if retried is not None:
                # The same device (same key) asking again with its code: its first answer was
                # lost. It gets a fresh token; the old one stops working.
                token = secrets.token_urlsafe(32)
                conn.execute(
                    update(m.devices)
                    .where(m.devices.c.id == retried.id)
                    .values(token_hash=_token_hash(token))
                )
                self._audit(conn, [self._audit_row(retried.id, "device.reenrolled", "", "")])
                response = EnrollResponse(
                    device_id=retried.id,
                    token=token,
                    office=retried.office,
                    server_keys=self.keys.info,
                    server_time=now.isoformat(),
                )
            elif (
                code_row is None
                or code_row["used_at"] is not None
                or datetime.fromisoformat(code_row["expires_at"]) <= now
            ):
                conn.execute(insert(m.enroll_attempts).values(client=client, at=now_s, ok=False))
                refusal = ServiceError(
                    403,
                    ErrorCode.CODE_INVALID,
                    "the enrolment code is not valid: mistyped, expired or already used",
                )
            else:
                device_id = uuid7()
                token = secrets.token_urlsafe(32)
                claimed = conn.execute(
                    update(m.enrollment_codes)
                    .where(
                        m.enrollment_codes.c.id == code_row["id"],
                        m.enrollment_codes.c.used_at.is_(None),
                    )
                    .values(used_at=now.isoformat(), device_id=device_id)
                ).rowcount
                if claimed != 1:  # pragma: no cover - the write lock makes this unreachable
                    raise ServiceError(403, ErrorCode.CODE_INVALID, "the code was just used")
                conn.execute(
                    insert(m.devices).values(
                        id=device_id,
                        office=code_row["office"],
                        label=request.label,
                        signing_key=request.signing,
                        sealing_key=request.sealing,
                        token_hash=_token_hash(token),
                        code_id=code_row["id"],
                        created_at=now.isoformat(),
                    )
                )
                conn.execute(insert(m.enroll_attempts).values(client=client, at=now_s, ok=True))
                self._audit(
                    conn, [self._audit_row(device_id, "device.enrolled", code_row["id"], "")]
                )
                response = EnrollResponse(
                    device_id=device_id,
                    token=token,
                    office=code_row["office"],
                    server_keys=self.keys.info,
                    server_time=now.isoformat(),
                )
        if refusal is not None:
            log.info("enrolment refused: bad code")
            raise refusal
        assert response is not None
        log.info("device enrolled device=%s", response.device_id)
        return response

    def _retried_enrolment(
        self, conn: Connection, code_row: Any, request: EnrollRequest, now: datetime
    ) -> DeviceRow | None:
        if code_row is None or code_row["device_id"] is None:
            return None
        if datetime.fromisoformat(code_row["expires_at"]) <= now:
            return None
        device = self._device(conn, code_row["device_id"])
        if device is None or device.revoked_at is not None:
            return None
        same_key = hmac.compare_digest(device.signing_key, request.signing)
        return device if same_key and device.sealing_key == request.sealing else None

    # --- authentication -------------------------------------------------------------------------

    def authenticate(self, authorization: str | None) -> DeviceRow:
        parsed = parse_bearer(authorization)
        if parsed is None:
            raise ServiceError(401, ErrorCode.UNAUTHENTICATED, "a device token is needed")
        device_id, token = parsed
        with self.db.reading() as conn:
            row = (
                conn.execute(select(m.devices).where(m.devices.c.id == device_id))
                .mappings()
                .first()
            )
        presented = _token_hash(token)
        # Compared in constant time, against a dummy when the device is unknown, so neither
        # the token nor the existence of a device id leaks through timing.
        stored = row["token_hash"] if row is not None else b"\x00" * len(presented)
        if not hmac.compare_digest(presented, stored) or row is None:
            raise ServiceError(401, ErrorCode.UNAUTHENTICATED, "the device token is not valid")
        device = _device_row(row)
        if device.revoked_at is not None:
            raise ServiceError(
                401, ErrorCode.REVOKED, "this device was revoked by the central office"
            )
        return device

    # --- push ---------------------------------------------------------------------------------

    def push(self, device: DeviceRow, body: bytes, *, forward: bool = False) -> PushOutcome:
        started = time.perf_counter()
        try:
            envelope = BatchEnvelope.from_json(load_json_object(body, "batch"))
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        origin = device
        if forward:
            with self.db.reading() as conn:
                found = self._device(conn, envelope.device_id)
            if found is None or found.office != device.office:
                raise ServiceError(
                    403, ErrorCode.FORBIDDEN, "the batch comes from no device of this office"
                )
            if found.revoked_at is not None:
                raise ServiceError(403, ErrorCode.FORBIDDEN, "the batch's device was revoked")
            origin = found
        elif envelope.device_id != device.id:
            raise ServiceError(403, ErrorCode.FORBIDDEN, "the batch belongs to another device")
        if envelope.server_key_id != self.keys.key_id:
            raise ServiceError(
                400, ErrorCode.WRONG_SERVER_KEY, "the batch is sealed to another server's key"
            )
        try:
            verify_batch(envelope, origin.signing_key)
        except BadSignature:
            raise ServiceError(
                400, ErrorCode.BAD_SIGNATURE, "the batch's signature does not verify"
            ) from None
        except EnvelopeError:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "the device key is damaged") from None
        try:
            batch_changes = open_batch(envelope, self.keys.pairs)
        except WrongRecipient:
            raise ServiceError(
                400, ErrorCode.UNDECRYPTABLE, "the batch does not open with this server's key"
            ) from None
        except EnvelopeError as exc:
            raise ServiceError(400, ErrorCode.UNDECRYPTABLE, str(exc)) from None
        results = self._store_batch(
            origin, envelope, batch_changes, forwarded_by=device.id if forward else None
        )
        receipt = sign_receipt(
            self.keys.pairs,
            batch_id=envelope.batch_id,
            device_id=origin.id,
            issued_at=self._now().isoformat(),
            results=results,
        )
        counts = {s.value: 0 for s in ChangeStatus}
        for result in results:
            counts[result.status.value] += 1
        log.info(
            "%s device=%s batch=%s changes=%d applied=%d duplicate=%d conflict=%d rejected=%d "
            "ms=%.0f",
            "forward" if forward else "push",
            origin.id,
            envelope.batch_id,
            len(results),
            counts["applied"],
            counts["duplicate"],
            counts["conflict"],
            counts["rejected"],
            (time.perf_counter() - started) * 1000,
        )
        return PushOutcome(receipt, counts)

    def _store_batch(
        self,
        origin: DeviceRow,
        envelope: BatchEnvelope,
        batch_changes: Sequence[Change],
        *,
        forwarded_by: str | None,
    ) -> list[ChangeResult]:
        now = self._now().isoformat()
        digest = envelope.digest()
        with self.db.writing() as conn:
            known_digest = conn.execute(
                select(m.batches.c.digest).where(m.batches.c.batch_id == envelope.batch_id)
            ).scalar()
            if known_digest is not None and known_digest != digest:
                raise ServiceError(
                    409,
                    ErrorCode.BATCH_ID_REUSED,
                    "a different batch was already received under this batch id",
                )
            results = self._apply_changes(conn, origin, envelope.batch_id, batch_changes, now)
            if known_digest is None:
                conn.execute(
                    insert(m.batches).values(
                        batch_id=envelope.batch_id,
                        device_id=origin.id,
                        forwarded_by=forwarded_by,
                        digest=digest,
                        change_count=len(batch_changes),
                        received_at=now,
                    )
                )
            if forwarded_by is not None:
                acked = [r.change_id for r in results if r.status.acknowledged]
                if acked:
                    conn.execute(
                        insert(m.feed).values(
                            grp=self.db.write_group(conn),
                            office=origin.office,
                            kind=EntryKind.RECEIPT.value,
                            target_device=origin.id,
                            body=json.dumps(acked),
                            created_at=now,
                        )
                    )
            conn.execute(
                update(m.devices).where(m.devices.c.id == origin.id).values(last_seen_at=now)
            )
        return results

    def _apply_changes(
        self,
        conn: Connection,
        origin: DeviceRow,
        batch_id: str,
        batch_changes: Sequence[Change],
        now: str,
    ) -> list[ChangeResult]:
        known = self._known_changes(conn, [c.change_id for c in batch_changes])
        arrival_ms = int(self._now().timestamp() * 1000)
        targets = sorted({c.entity_id for c in batch_changes})
        parent_ids: set[str] = set()
        for change in batch_changes:
            parent = PARENT_FIELD[change.entity]
            if parent is not None and isinstance(change.fields.get(parent[0]), str):
                parent_ids.add(change.fields[parent[0]])
        batch = _Batch(origin=origin, now=now, records=self._load_records(conn, targets))
        # Parents are only checked for existence, kind and office: no need to parse them.
        batch.parents = self._load_owners(conn, sorted(parent_ids - set(batch.records)))
        self._load_review_indexes(conn, batch, batch_changes)
        if any(c.entity is Entity.ENROLLMENT for c in batch_changes):
            batch.programs = self._program_codes(conn, origin.office)
        group = self.db.write_group(conn)
        results: list[ChangeResult] = []
        seen: set[str] = set()
        for change in batch_changes:
            if change.change_id in seen:
                results.append(
                    ChangeResult(
                        change.change_id,
                        ChangeStatus.REJECTED,
                        RejectReason.REPEATED_IN_BATCH.value,
                    )
                )
                continue
            seen.add(change.change_id)
            problem = change.bounds_problem() or self._clock_problem(change, arrival_ms)
            if problem is None:
                fields_json = canonical_json(change.fields)
                digest = change.digest(fields_json)
                fields_text = fields_json.decode("utf-8")
            else:
                # Not storable as it is: kept, quarantined, with only what the columns hold.
                digest = _lenient_digest(change)
                fields_text = "{}"
            previous = known.get(change.change_id)
            if previous is not None:
                results.append(_resend_result(change.change_id, digest, previous))
                continue
            if problem is None:
                status, reason, everyone = self._apply_one(batch, change, fields_text)
            else:
                status, reason, everyone = ChangeStatus.REJECTED, problem, False
            stored = problem is None
            results.append(ChangeResult(change.change_id, status, reason))
            batch.change_rows.append(
                {
                    "change_id": change.change_id,
                    "batch_id": batch_id,
                    "device_id": origin.id,
                    "office": origin.office,
                    "entity": change.entity.value,
                    "entity_id": change.entity_id,
                    "operation": change.operation.value,
                    "base_version": change.base_version if stored else 0,
                    "basis_version": change.basis_version if stored else 0,
                    "hlc": change.hlc if stored else _storable(change.hlc, 64),
                    "user_id": change.user_id if stored else _storable(change.user_id, 64),
                    "created_at": change.created_at if stored else _storable(change.created_at, 40),
                    "received_at": now,
                    "digest": digest,
                    "status": status.value,
                    "reason": reason,
                    "fields": fields_text,
                }
            )
            batch.audit_rows.append(
                self._audit_row(origin.id, f"change.{status.value}", change.change_id, digest.hex())
            )
            if status is not ChangeStatus.REJECTED:
                batch.feed_rows.append(
                    {
                        "grp": group,
                        "office": origin.office,
                        "kind": EntryKind.RECORD.value,
                        "entity": change.entity.value,
                        "entity_id": change.entity_id,
                        "skip_device": None if everyone else origin.id,
                        "target_device": None,
                        "body": None,
                        "created_at": now,
                    }
                )
        self._write_batch(conn, batch)
        return results

    def _apply_one(
        self, batch: _Batch, change: Change, fields_text: str
    ) -> tuple[ChangeStatus, str, bool]:
        """Apply one new change to the batch's records: (status, reason, send to everyone)."""
        problem = _validate(change, batch.programs)
        if problem is not None:
            return ChangeStatus.REJECTED, problem, False
        origin = batch.origin
        record = batch.records.get(change.entity_id)
        review: list[str] = []
        everyone = False
        if change.operation in (Operation.CREATE, Operation.APPEND):
            if record is not None:
                return ChangeStatus.REJECTED, RejectReason.ALREADY_EXISTS.value, False
            refusal = self._check_parent(batch, change, required=True)
            if refusal is not None:
                return ChangeStatus.REJECTED, refusal, False
            if not _decodes(change.entity, change.fields):
                return ChangeStatus.REJECTED, RejectReason.INVALID.value, False
            record = new_record(change, origin.id, origin.office, batch.now, fields_text)
            batch.records[record.entity_id] = record
        else:
            if record is None:
                return ChangeStatus.REJECTED, RejectReason.UNKNOWN_RECORD.value, False
            if record.entity is not change.entity:
                return ChangeStatus.REJECTED, RejectReason.WRONG_ENTITY.value, False
            if record.office != origin.office:
                return ChangeStatus.REJECTED, RejectReason.OUT_OF_SCOPE.value, False
            refusal = self._check_parent(batch, change, required=False)
            if refusal is not None:
                return ChangeStatus.REJECTED, refusal, False
            if change.operation is not Operation.DELETE and not _decodes(
                change.entity, {**record.fields, **change.fields}
            ):
                return ChangeStatus.REJECTED, RejectReason.INVALID.value, False
            if change.operation is Operation.DELETE:
                merge_delete(record, change, origin.id, batch.now)
            else:
                outcome = merge_update(record, change, origin.id, batch.now)
                for conflict in outcome.conflicts:
                    batch.conflict_rows.append(_conflict_row(record, conflict, batch.now))
                if outcome.conflicts:
                    review.append(ReviewReason.FIELD_CONFLICT.value)
                if outcome.edit_of_deleted:
                    review.append(ReviewReason.EDIT_OF_DELETED.value)
                everyone = outcome.incoming_lost or outcome.edit_of_deleted
        batch.dirty[record.entity_id] = record
        review.extend(self._queue_duplicates(batch, record, change))
        if review:
            return ChangeStatus.CONFLICT, ",".join(review), everyone
        return ChangeStatus.APPLIED, "", everyone

    @staticmethod
    def _clock_problem(change: Change, arrival_ms: int) -> str | None:
        """A stamp further ahead of the server's clock than any tolerated skew is refused: it
        would sort after every honest edit and drag the clocks of the devices that pull it."""
        if HlcStamp.parse(change.hlc).physical_ms > arrival_ms + MAX_CLOCK_SKEW_SECONDS * 1000:
            return RejectReason.CLOCK_AHEAD.value
        return None

    def _program_codes(self, conn: Connection, office: str) -> frozenset[str]:
        """The shipped catalog's program codes and those of the office's latest published one."""
        codes = {program.code for program in default_catalog()}
        f = m.feed.c
        body = conn.execute(
            select(f.body)
            .where(f.office == office, f.kind == EntryKind.CATALOG.value)
            .order_by(f.grp.desc(), f.seq.desc())
            .limit(1)
        ).scalar()
        if body is not None:
            programs = json.loads(body).get("programs")
            if isinstance(programs, list):
                codes.update(
                    p["code"]
                    for p in programs
                    if isinstance(p, dict) and isinstance(p.get("code"), str)
                )
        return frozenset(codes)

    def _check_parent(self, batch: _Batch, change: Change, *, required: bool) -> str | None:
        parent = PARENT_FIELD[change.entity]
        if parent is None:
            return None
        name, parent_entity = parent
        if name not in change.fields:
            return (
                RejectReason.INVALID.value
                if required and change.entity is not Entity.PERSON
                else None
            )
        parent_id = change.fields[name]
        if parent_id is None:
            # A person may stand alone (individual enrolment at a module office).
            return None if change.entity is Entity.PERSON else RejectReason.INVALID.value
        if not isinstance(parent_id, str):
            return RejectReason.INVALID.value
        record = batch.records.get(parent_id)
        owner = (
            (record.entity, record.office) if record is not None else batch.parents.get(parent_id)
        )
        if owner is None:
            return RejectReason.UNKNOWN_PARENT.value
        if owner[0] is not parent_entity:
            return RejectReason.WRONG_ENTITY.value
        if owner[1] != batch.origin.office:
            return RejectReason.OUT_OF_SCOPE.value
        return None

    def _queue_duplicates(self, batch: _Batch, record: RecordDraft, change: Change) -> list[str]:
        if record.deleted:
            return []
        reasons: list[str] = []
        if record.entity is Entity.PERSON and "curp" in change.fields:
            index = self.keys.curp_index(normalize_curp(str(record.fields["curp"])))
            others = batch.curps.setdefault(index, {})
            found = {k: v for k, v in others.items() if k != record.entity_id}
            for other_id, other_office in found.items():
                batch.duplicate_rows.append(
                    _duplicate_row(
                        ReviewReason.DUPLICATE_CURP, record, other_id, other_office, change, batch
                    )
                )
            others[record.entity_id] = record.office
            if found:
                reasons.append(ReviewReason.DUPLICATE_CURP.value)
        if record.entity is Entity.ENROLLMENT and (
            change.operation is Operation.CREATE
            or {"person_id", "program_code", "status"} & change.fields.keys()
        ):
            link = _link_key(record)
            if link is not None:
                others = batch.links.setdefault(link, {})
                found = {k: v for k, v in others.items() if k != record.entity_id}
                for other_id, other_office in found.items():
                    batch.duplicate_rows.append(
                        _duplicate_row(
                            ReviewReason.DUPLICATE_ENROLLMENT,
                            record,
                            other_id,
                            other_office,
                            change,
                            batch,
                        )
                    )
                others[record.entity_id] = record.office
                if found:
                    reasons.append(ReviewReason.DUPLICATE_ENROLLMENT.value)
        return reasons

    def _load_review_indexes(
        self, conn: Connection, batch: _Batch, batch_changes: Sequence[Change]
    ) -> None:
        curps: set[bytes] = set()
        links: set[str] = set()
        for change in batch_changes:
            if change.entity is Entity.PERSON and isinstance(change.fields.get("curp"), str):
                curps.add(self.keys.curp_index(normalize_curp(change.fields["curp"])))
            if change.entity is Entity.ENROLLMENT:
                person = change.fields.get("person_id")
                program = change.fields.get("program_code")
                if isinstance(person, str) and isinstance(program, str):
                    links.add(f"{person}|{program}")
        live = m.records.c.deleted.is_(False)
        for chunk in _chunks(sorted(curps)):
            rows = conn.execute(
                select(m.records.c.entity_id, m.records.c.curp_index, m.records.c.office).where(
                    m.records.c.curp_index.in_(chunk), live
                )
            )
            for entity_id, index, office in rows:
                batch.curps.setdefault(bytes(index), {})[entity_id] = office
        for chunk in _chunks(sorted(links)):
            rows = conn.execute(
                select(m.records.c.entity_id, m.records.c.link_key, m.records.c.office).where(
                    m.records.c.link_key.in_(chunk), live
                )
            )
            for entity_id, link, office in rows:
                batch.links.setdefault(link, {})[entity_id] = office

    def _known_changes(
        self, conn: Connection, change_ids: Sequence[str]
    ) -> dict[str, tuple[bytes, str, str]]:
        known: dict[str, tuple[bytes, str, str]] = {}
        unique = sorted(set(change_ids))
        for chunk in _chunks(unique):
            rows = conn.execute(
                select(
                    m.changes.c.change_id,
                    m.changes.c.digest,
                    m.changes.c.status,
                    m.changes.c.reason,
                ).where(m.changes.c.change_id.in_(chunk))
            )
            for change_id, digest, status, reason in rows:
                known[change_id] = (bytes(digest), status, reason)
        return known

    def _load_owners(
        self, conn: Connection, entity_ids: Sequence[str]
    ) -> dict[str, tuple[Entity, str]]:
        out: dict[str, tuple[Entity, str]] = {}
        r = m.records.c
        for chunk in _chunks(entity_ids):
            rows = conn.execute(
                select(r.entity_id, r.entity, r.office).where(r.entity_id.in_(chunk))
            )
            for entity_id, entity, office in rows:
                out[entity_id] = (Entity(entity), office)
        return out

    def _load_records(self, conn: Connection, entity_ids: Sequence[str]) -> dict[str, RecordDraft]:
        out: dict[str, RecordDraft] = {}
        for chunk in _chunks(entity_ids):
            rows = conn.execute(select(m.records).where(m.records.c.entity_id.in_(chunk)))
            for row in rows.mappings():
                out[row["entity_id"]] = _draft(row)
        return out

    def _insert_many(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert many rows in one go, inside the current transaction.

        SQLite's executemany is already a tight loop in C. On PostgreSQL, executemany still
        costs a Python round per row in the driver; ``COPY FROM STDIN`` streams the rows
        through psycopg's C row writer, several times faster for a batch of changes.
        """
        if not rows:
            return
        columns = list(rows[0])
        raw = conn.connection.driver_connection
        assert raw is not None
        if self.db.is_sqlite:
            # The driver's own executemany: no per-row parameter processing in Python.
            names = ", ".join(f'"{name}"' for name in columns)
            marks = ", ".join("?" for _ in columns)
            raw.executemany(
                f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',  # noqa: S608 - our names
                [tuple(row[name] for name in columns) for row in rows],
            )
            return
        quoted = ", ".join(f'"{name}"' for name in columns)
        try:
            with (
                raw.cursor() as cursor,
                cursor.copy(
                    f'COPY "{table.name}" ({quoted}) FROM STDIN'  # names from our own tables
                ) as copy,
            ):
                for row in rows:
                    copy.write_row([row[name] for name in columns])
        except Exception as exc:
            # COPY errors bypass SQLAlchemy's ``hide_parameters``: psycopg's message (and its
            # CONTEXT line) quotes the offending row. Keep only the kind of failure.
            raise RowWriteError(table.name, type(exc).__name__) from None

    def _write_batch(self, conn: Connection, batch: _Batch) -> None:
        self._insert_many(conn, m.changes, batch.change_rows)
        self._write_records(conn, list(batch.dirty.values()))
        self._insert_many(conn, m.conflicts, batch.conflict_rows)
        self._insert_many(conn, m.duplicates, batch.duplicate_rows)
        self._insert_many(conn, m.feed, batch.feed_rows)
        self._audit(conn, batch.audit_rows)

    def _write_records(self, conn: Connection, drafts: Iterable[RecordDraft]) -> None:
        new_rows: list[dict[str, Any]] = []
        updated_rows: list[dict[str, Any]] = []
        for draft in drafts:
            row = {
                "entity_id": draft.entity_id,
                "entity": draft.entity.value,
                "office": draft.office,
                "version": draft.version,
                "deleted": draft.deleted,
                "fields": draft.fields_json(),
                "field_meta": draft.meta_json(),
                "hlc": draft.hlc,
                "created_by": draft.created_by,
                "created_at": draft.created_at,
                "updated_at": draft.updated_at,
                "curp_index": (
                    self.keys.curp_index(normalize_curp(str(draft.fields.get("curp", ""))))
                    if draft.entity is Entity.PERSON
                    else None
                ),
                "link_key": _link_key(draft),
            }
            if draft.is_new:
                new_rows.append(row)
                draft.is_new = False
            else:
                updated_rows.append({("b_" + k): v for k, v in row.items()})
        self._insert_many(conn, m.records, new_rows)
        if updated_rows:
            columns = [c.name for c in m.records.columns if c.name != "entity_id"]
            conn.execute(
                update(m.records)
                .where(m.records.c.entity_id == bindparam("b_entity_id"))
                .values({name: bindparam("b_" + name) for name in columns}),
                updated_rows,
            )

    # --- audit --------------------------------------------------------------------------------

    def _audit_row(self, actor: str, action: str, subject: str, digest: str) -> dict[str, Any]:
        return {
            "at": self._now().isoformat(),
            "actor": actor,
            "action": action,
            "subject": subject,
            "digest": digest,
        }

    def _audit(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Chain and insert audit events. The caller holds the write lock: no fork possible."""
        if not rows:
            return
        prev = conn.execute(
            select(m.audit_log.c.mac).order_by(m.audit_log.c.seq.desc()).limit(1)
        ).scalar()
        prev_mac = bytes(prev) if prev is not None else GENESIS_MAC
        for row in rows:
            row["prev_mac"] = prev_mac
            row["mac"] = hmac.digest(self.keys.audit_key, _audit_message(prev_mac, row), "sha256")
            prev_mac = row["mac"]
        self._insert_many(conn, m.audit_log, rows)

    # --- pull ---------------------------------------------------------------------------------

    def pull(
        self, device: DeviceRow, cursor_text: str | None, limit: int, nonce: str
    ) -> SealedPull:
        try:
            cursor = Cursor.parse(cursor_text)
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        if not 0 < len(nonce) <= 64:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a pull needs a nonce of 1-64 chars")
        limit = max(1, min(limit or DEFAULT_PULL_ENTRIES, MAX_PULL_ENTRIES))
        f = m.feed.c
        with self.db.reading() as conn:
            horizon = self.db.pull_horizon(conn)
            query = (
                select(f.seq, f.grp, f.kind, f.entity_id, f.skip_device, f.target_device, f.body)
                .where(
                    f.office == device.office,
                    or_(f.grp > cursor.group, and_(f.grp == cursor.group, f.seq > cursor.seq)),
                )
                .order_by(f.grp, f.seq)
                .limit(limit)
            )
            if horizon is not None:
                # Transactions at or after the horizon may still commit rows that sort before
                # rows already visible: stop short of them rather than skip them forever.
                query = query.where(f.grp < horizon)
            scanned = conn.execute(query).all()
            next_cursor = cursor
            record_ids: list[str] = []
            plan: list[tuple[str, Any]] = []
            seen_ids: set[str] = set()
            for seq, grp, kind, entity_id, skip, target, body in scanned:
                next_cursor = Cursor(int(grp), int(seq))
                if skip == device.id or (target is not None and target != device.id):
                    continue
                if kind == EntryKind.RECORD.value:
                    if entity_id in seen_ids:
                        continue
                    seen_ids.add(entity_id)
                    record_ids.append(entity_id)
                    plan.append((kind, entity_id))
                elif kind == EntryKind.RECEIPT.value:
                    plan.append((kind, json.loads(body)))
                else:
                    plan.append((kind, json.loads(body)))
            drafts = self._load_records(conn, record_ids)
        entries: list[PullEntry] = []
        for kind, value in plan:
            if kind == EntryKind.RECORD.value:
                draft = drafts.get(value)
                if draft is not None and draft.office == device.office:
                    entries.append(PullEntry(EntryKind.RECORD, record=_state(draft)))
            elif kind == EntryKind.RECEIPT.value:
                entries.append(PullEntry(EntryKind.RECEIPT, change_ids=tuple(value)))
            else:
                entries.append(PullEntry(EntryKind.CATALOG, catalog=value))
        page = PullPage(tuple(entries), str(next_cursor), more=len(scanned) == limit)
        return seal_pull(
            page,
            server_keys=self.keys.pairs,
            device_id=device.id,
            device_sealing=device.sealing_key,
            request_cursor=cursor_text or "",
            nonce=nonce,
            issued_at=self._now().isoformat(),
        )

    def _device(self, conn: Connection, device_id: str) -> DeviceRow | None:
        row = conn.execute(select(m.devices).where(m.devices.c.id == device_id)).mappings().first()
        return _device_row(row) if row is not None else None


# --- helpers ----------------------------------------------------------------------------------


def _resend_result(change_id: str, digest: bytes, previous: tuple[bytes, str, str]) -> ChangeResult:
    known_digest, status, reason = previous
    if not hmac.compare_digest(known_digest, digest):
        return ChangeResult(change_id, ChangeStatus.REJECTED, RejectReason.CHANGE_ID_REUSED.value)
    if status == ChangeStatus.REJECTED.value:
        return ChangeResult(change_id, ChangeStatus.REJECTED, reason)
    return ChangeResult(change_id, ChangeStatus.DUPLICATE, "")


# The states of an enrolment a device may write; approval and rejection are ``decide()``'s.
DEVICE_ENROLLMENT_STATES: Final = frozenset({"draft", "submitted"})


def _lenient_digest(change: Change) -> bytes:
    """A digest of a change that does not encode canonically (resends still compare equal)."""
    text = json.dumps(change.to_json(), sort_keys=True, ensure_ascii=True, default=repr)
    return hashlib.sha256(b"unstorable\n" + text.encode("ascii")).digest()


def _storable(text: str, limit: int) -> str:
    """``text`` if a column of ``limit`` characters holds it as it is, else empty."""
    if len(text) > limit or "\x00" in text:
        return ""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return ""
    return text


def _validate(change: Change, programs: frozenset[str] = frozenset()) -> str | None:
    """Shape checks the server makes before a change may touch a record."""
    if change.entity is Entity.ATTENDANCE_CHECK:
        if change.operation is not Operation.APPEND and change.operation is not Operation.CREATE:
            return RejectReason.INVALID.value  # append-only: a correction is a new check
    elif change.operation is Operation.APPEND:
        return RejectReason.INVALID.value
    if any(not isinstance(k, str) or not 0 < len(k) <= _FIELD_NAME_MAX for k in change.fields):
        return RejectReason.INVALID.value
    if any(k.startswith("_") for k in change.fields):
        return RejectReason.INVALID.value
    creates = change.operation in (Operation.CREATE, Operation.APPEND)
    if creates and not REQUIRED_CREATE_FIELDS[change.entity] <= change.fields.keys():
        return RejectReason.INVALID.value
    if change.entity is Entity.PERSON and "curp" in change.fields:
        curp = change.fields["curp"]
        if not isinstance(curp, str) or not is_valid_curp(curp):
            return RejectReason.INVALID.value
    if change.operation is Operation.DELETE and change.fields:
        return RejectReason.INVALID.value
    if change.entity is Entity.ENROLLMENT:
        if "status" in change.fields and change.fields["status"] not in DEVICE_ENROLLMENT_STATES:
            return RejectReason.DECISION_RESERVED.value
        if change.fields.get("status_reason", "") not in ("", None):
            return RejectReason.DECISION_RESERVED.value
        if "program_code" in change.fields and change.fields["program_code"] not in programs:
            return RejectReason.UNKNOWN_PROGRAM.value
        person, program = change.fields.get("person_id"), change.fields.get("program_code")
        if (
            isinstance(person, str)
            and isinstance(program, str)
            and len(person) + 1 + len(program) > _LINK_KEY_MAX  # the records.link_key column
        ):
            return RejectReason.OUT_OF_RANGE.value
    return None


def _decodes(entity: Entity, fields: dict[str, Any]) -> bool:
    """Whether a record state reads back into domain objects, as every device will read it.

    A change whose values would not (a date that is no date, a number where text belongs) is
    refused here rather than stored and handed to other devices of the office.
    """
    try:
        if entity is Entity.HOUSEHOLD:
            codec.household_from_fields(fields, [], id="")
            ok = all(isinstance(fields.get(k), str) for k in ("folio", "state_code"))
        elif entity is Entity.PERSON:
            person = codec.person_from_fields(fields, id="")
            parent = fields.get("household_id")
            ok = isinstance(fields.get("folio"), str) and (
                parent is None or isinstance(parent, str)
            )
            ok = ok and isinstance(person.nombres, str) and isinstance(person.primer_apellido, str)
        elif entity is Entity.ENROLLMENT:
            codec.enrollment_from_fields(
                fields,
                status=str(fields.get("status")),
                id="",
                person_id=fields["person_id"],
                program_code=fields["program_code"],
            )
            ok = all(isinstance(fields.get(k), str) for k in ("person_id", "program_code", "folio"))
        else:
            codec.check_from_fields(
                fields,
                kind=str(fields.get("kind")),
                result=str(fields.get("result")),
                id="",
                enrollment_id=fields["enrollment_id"],
                period=fields["period"],
            )
            ok = all(isinstance(fields.get(k), str) for k in ("enrollment_id", "period"))
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return ok


def _link_key(record: RecordDraft) -> str | None:
    if record.entity is not Entity.ENROLLMENT or record.deleted:
        return None
    if record.fields.get("status") == "rejected":
        return None
    return f"{record.fields.get('person_id')}|{record.fields.get('program_code')}"


def _conflict_row(record: RecordDraft, conflict: FieldConflict, now: str) -> dict[str, Any]:
    return {
        "office": record.office,
        "entity": record.entity.value,
        "entity_id": record.entity_id,
        "field": conflict.field,
        "winner_value": json.dumps(conflict.winner_value, ensure_ascii=False),
        "loser_value": json.dumps(conflict.loser_value, ensure_ascii=False),
        "winner_hlc": conflict.winner.hlc,
        "loser_hlc": conflict.loser.hlc,
        "winner_device": conflict.winner.device,
        "loser_device": conflict.loser.device,
        "winner_change": conflict.winner.change_id,
        "loser_change": conflict.loser.change_id,
        "created_at": now,
    }


def _duplicate_row(
    kind: ReviewReason,
    record: RecordDraft,
    other_id: str,
    other_office: str,
    change: Change,
    batch: _Batch,
) -> dict[str, Any]:
    return {
        "kind": kind.value,
        "entity": record.entity.value,
        "entity_id": record.entity_id,
        "other_entity_id": other_id,
        "office": record.office,
        "other_office": other_office,
        "change_id": change.change_id,
        "created_at": batch.now,
    }


def _draft(row: Any) -> RecordDraft:
    return RecordDraft(
        entity=Entity(row["entity"]),
        entity_id=row["entity_id"],
        office=row["office"],
        version=int(row["version"]),
        deleted=bool(row["deleted"]),
        fields=json.loads(row["fields"]),
        meta=meta_from_json(row["field_meta"]),
        hlc=row["hlc"],
        created_by=row["created_by"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _state(draft: RecordDraft) -> RecordState:
    return RecordState(
        entity=draft.entity,
        entity_id=draft.entity_id,
        version=draft.version,
        deleted=draft.deleted,
        hlc=draft.hlc,
        created_by=draft.created_by,
        created_at=draft.created_at,
        updated_at=draft.updated_at,
        fields=draft.fields,
    )


def _device_row(row: Any) -> DeviceRow:
    return DeviceRow(
        id=row["id"],
        office=row["office"],
        label=row["label"],
        signing_key=bytes(row["signing_key"]),
        sealing_key=bytes(row["sealing_key"]),
        revoked_at=row["revoked_at"],
        created_at=row["created_at"],
    )
