"""The sync wire protocol: message shapes, limits and the protocol version window.

One definition, imported by the app (``bienestar_field.sync``) and by the central server
(``bienestar_central``). Qt-free and web-framework-free: plain dataclasses that parse and
validate JSON, so the app needs neither FastAPI nor pydantic, and the server publishes the
JSON Schemas below in its OpenAPI document instead of restating the shapes.

The cryptography of envelopes (sealing, signing) lives next door in ``envelope``.

Exchanges (all under ``/v1/``, each request carrying ``X-Bienestar-Protocol``):

``GET /v1/health``
    No authentication. Server time (for the clock-skew check), protocol window and the
    server's public keys with their key id (compared against the pin).
``POST /v1/enroll``
    An operator's one-time code and the device's public keys, signed by the device's key;
    answers the device id, its token, its office and the server's public keys to pin.
``POST /v1/push``
    A ``BatchEnvelope``: changes encrypted under a fresh batch key sealed to the server
    (HPKE), signed by the device. Answers a ``Receipt`` signed by the server with one
    ``ChangeResult`` per change, in order.
``POST /v1/forward``
    The same envelope, carried by another device of the same office (a supervisor importing a
    batch file). Answers the originating device's receipt.
``GET /v1/pull?cursor=C&limit=N&nonce=X``
    A ``SealedPull``: the page of the office's feed after cursor ``C``, sealed to the device's
    key and signed by the server, echoing ``C`` and ``X`` inside the signature.

Idempotency (ODK Central's rule): the client-made change id is the idempotency key. A change
id already stored with the same content answers ``duplicate`` (a resend after a lost answer is
a success); the same change id with different content is ``rejected`` with reason
``change_id_reused`` for that change only (quarantined, never blocking the rest of the batch).
A batch id is immutable too: resending the identical envelope is answered like any resend,
while a different envelope under a known batch id is refused whole with HTTP 409.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Final

from bienestar_field.domain.clock import HlcStamp

PROTOCOL_VERSION: Final = 1
# The window of protocol versions this build speaks; a peer outside it is refused with a reason.
MIN_PROTOCOL_VERSION: Final = 1
MAX_PROTOCOL_VERSION: Final = 1

PROTOCOL_HEADER: Final = "X-Bienestar-Protocol"
API_PREFIX: Final = "/v1"

# A laptop whose clock is further than this from the server's is refused (and told why): its
# timestamps would mislead supervisors, and a wildly wrong clock is usually a dead CMOS battery.
MAX_CLOCK_SKEW_SECONDS: Final = 600

MAX_REQUEST_BYTES: Final = 16 * 1024 * 1024
MAX_BATCH_CHANGES: Final = 2000
DEFAULT_BATCH_CHANGES: Final = 500
MAX_PULL_ENTRIES: Final = 1000
DEFAULT_PULL_ENTRIES: Final = 500
MAX_REASON_LENGTH: Final = 200
MAX_LABEL_LENGTH: Final = 64
# Record versions are 32-bit signed integers in the server's database.
MAX_RECORD_VERSION: Final = 2**31 - 1
MAX_FIELD_NAME_LENGTH: Final = 64

BATCH_TYPE: Final = "bienestar.batch"
RECEIPT_TYPE: Final = "bienestar.receipt"
PULL_TYPE: Final = "bienestar.pull"
ENROLL_TYPE: Final = "bienestar.enroll"
BATCH_FILE_TYPE: Final = "bienestar.batch-file"
RECEIPT_FILE_TYPE: Final = "bienestar.receipt-file"

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY_ID = re.compile(r"^[0-9a-f]{32}$")
_CURSOR = re.compile(r"^(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})$")
_MAX_BIGINT = 2**63 - 1
_OFFICE = re.compile(r"^[\w .,'()-]{1,64}$")


class ProtocolError(ValueError):
    """A message that does not follow the protocol. The text names the problem, never data."""


class ChangeStatus(StrEnum):
    """The server's answer for one change."""

    APPLIED = "applied"  # stored and merged without anything to review
    DUPLICATE = "duplicate"  # already stored with this exact content: a resend, counted once
    CONFLICT = "conflict"  # stored; a conflict or a possible duplicate is queued for review
    REJECTED = "rejected"  # not stored; quarantined on the device with the reason

    @property
    def acknowledged(self) -> bool:
        """The server holds the change: the device may stop sending it."""
        return self is not ChangeStatus.REJECTED


class Entity(StrEnum):
    HOUSEHOLD = "household"
    PERSON = "person"
    ENROLLMENT = "enrollment"
    ATTENDANCE_CHECK = "attendance_check"


class Operation(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # a tombstone: the record stays, marked deleted
    APPEND = "append"  # append-only events (attendance checks)


class ErrorCode(StrEnum):
    """``error`` in a JSON error answer ``{"error": code, "message": text}``."""

    BAD_REQUEST = "bad_request"
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"
    UNAUTHENTICATED = "unauthenticated"
    REVOKED = "revoked"
    FORBIDDEN = "forbidden"
    BAD_SIGNATURE = "bad_signature"
    WRONG_SERVER_KEY = "wrong_server_key"
    UNDECRYPTABLE = "undecryptable"
    BATCH_ID_REUSED = "batch_id_reused"
    TOO_LARGE = "too_large"
    RATE_LIMITED = "rate_limited"
    CODE_INVALID = "code_invalid"
    NOT_FOUND = "not_found"
    INTERNAL = "internal"


class RejectReason(StrEnum):
    """Why one change of a batch was not stored (its ``reason``)."""

    CHANGE_ID_REUSED = "change_id_reused"
    REPEATED_IN_BATCH = "repeated_in_batch"
    INVALID = "invalid"
    OUT_OF_SCOPE = "out_of_scope"
    UNKNOWN_PARENT = "unknown_parent"
    UNKNOWN_RECORD = "unknown_record"
    ALREADY_EXISTS = "already_exists"
    WRONG_ENTITY = "wrong_entity"
    # An enrolment's status and its reason are the central office's decision: a device may only
    # write the device-side states (draft, submitted) and no reason.
    DECISION_RESERVED = "decision_reserved"
    UNKNOWN_PROGRAM = "unknown_program"  # a program code not in the published catalog
    CLOCK_AHEAD = "clock_ahead"  # a clock stamp too far ahead of the server's time
    OUT_OF_RANGE = "out_of_range"  # a value longer or larger than the server stores


class ReviewReason(StrEnum):
    """Why a stored change was answered ``conflict`` (queued for a supervisor)."""

    FIELD_CONFLICT = "field_conflict"
    DUPLICATE_CURP = "duplicate_curp"
    DUPLICATE_ENROLLMENT = "duplicate_enrollment"
    EDIT_OF_DELETED = "edit_of_deleted"


# Fields a ``create`` (or ``append``) must carry, per entity: what the app writes in its outbox.
REQUIRED_CREATE_FIELDS: Final[Mapping[Entity, frozenset[str]]] = {
    Entity.HOUSEHOLD: frozenset({"folio", "state_code", "municipality_code", "locality_name"}),
    Entity.PERSON: frozenset(
        {"folio", "curp", "nombres", "primer_apellido", "birth_date", "sex", "birth_state"}
    ),
    Entity.ENROLLMENT: frozenset({"person_id", "program_code", "status", "folio"}),
    Entity.ATTENDANCE_CHECK: frozenset({"enrollment_id", "kind", "period", "result"}),
}
# The field of each entity that names its parent record (and so its office).
PARENT_FIELD: Final[Mapping[Entity, tuple[str, Entity] | None]] = {
    Entity.HOUSEHOLD: None,
    Entity.PERSON: ("household_id", Entity.HOUSEHOLD),
    Entity.ENROLLMENT: ("person_id", Entity.PERSON),
    Entity.ATTENDANCE_CHECK: ("enrollment_id", Entity.ENROLLMENT),
}


# --- encoding helpers -------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the bytes that are hashed and signed."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise ProtocolError(f"{what} must be base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ProtocolError(f"{what} is not valid base64") from None


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat()


def parse_time(value: object, what: str) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ProtocolError(f"{what} must be an ISO-8601 time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ProtocolError(f"{what} must be an ISO-8601 time") from None
    if parsed.tzinfo is None:
        raise ProtocolError(f"{what} must carry a UTC offset")
    return parsed


def load_json_object(raw: bytes | str, what: str) -> dict[str, Any]:
    """Parse a JSON object, turning every parse failure into a ProtocolError."""
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        raise ProtocolError(f"{what} is not valid JSON") from None
    if not isinstance(value, dict):
        raise ProtocolError(f"{what} is not a JSON object")
    return value


def _require(obj: Mapping[str, Any], key: str, kind: type, what: str) -> Any:
    value = obj.get(key)
    # bool is an int: a stray ``true`` must not pass for a version number.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProtocolError(f"{what}.{key} is missing or of the wrong type")
    return value


def require_uuid(value: object, what: str) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise ProtocolError(f"{what} must be a lower-case UUID")
    return value


def require_key_id(value: object, what: str) -> str:
    if not isinstance(value, str) or not _KEY_ID.match(value):
        raise ProtocolError(f"{what} must be a 32-character hex key id")
    return value


def require_office(value: object) -> str:
    if not isinstance(value, str) or not _OFFICE.match(value) or value != value.strip():
        raise ProtocolError("office must be 1 to 64 letters, digits, spaces or .,'()-")
    return value


def _require_version(obj: Mapping[str, Any], what: str) -> int:
    version = _require(obj, "v", int, what)
    check_protocol_version(version)
    return int(version)


def check_protocol_version(version: int) -> None:
    if not MIN_PROTOCOL_VERSION <= version <= MAX_PROTOCOL_VERSION:
        raise ProtocolError(
            f"protocol version {version} is not supported "
            f"(this side speaks {MIN_PROTOCOL_VERSION} to {MAX_PROTOCOL_VERSION})"
        )


def parse_protocol_header(value: str | None) -> int:
    """The version a request or answer declares; ProtocolError if absent or unsupported."""
    if value is None or not value.strip().isdigit() or len(value.strip()) > 4:
        raise ProtocolError(f"the {PROTOCOL_HEADER} header is missing or not a number")
    version = int(value.strip())
    check_protocol_version(version)
    return version


# --- cursor -----------------------------------------------------------------------------------


@dataclass(frozen=True, order=True, slots=True)
class Cursor:
    """A position in the office feed: (commit group, sequence), compared as a pair.

    The first number is the writing transaction's id on PostgreSQL (0 on SQLite, whose
    writers are serialised); readers only go past transactions that have finished, so a
    sequence number taken by a slow transaction is never skipped.
    """

    group: int = 0
    seq: int = 0

    def __str__(self) -> str:
        return f"{self.group}.{self.seq}"

    @classmethod
    def parse(cls, text: str | None) -> Cursor:
        if not text:
            return cls()
        if not _CURSOR.match(text):
            raise ProtocolError("cursor must look like '123.456'")
        group, seq = (int(part) for part in text.split("."))
        if group > _MAX_BIGINT or seq > _MAX_BIGINT:
            raise ProtocolError("cursor is out of range")
        return cls(group, seq)


# --- changes ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Change:
    """One outbox change as it travels inside a sealed batch.

    ``base_version`` is the device's local version the edit started from (kept for history);
    ``basis_version`` is the server version of the record the device had seen when it made the
    edit (0 when it never pulled the record): the server uses it to tell concurrent edits from
    sequential ones.
    """

    change_id: str
    entity: Entity
    entity_id: str
    operation: Operation
    base_version: int
    basis_version: int
    hlc: str
    user_id: str
    created_at: str
    fields: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "change_id": self.change_id,
            "entity": self.entity.value,
            "entity_id": self.entity_id,
            "operation": self.operation.value,
            "base_version": self.base_version,
            "basis_version": self.basis_version,
            "hlc": self.hlc,
            "user_id": self.user_id,
            "created_at": self.created_at,
            "fields": self.fields,
        }

    def digest(self, fields_json: bytes | None = None) -> bytes:
        """What "the same content" means for idempotency: a hash of the canonical form.

        ``fields_json`` is ``canonical_json(self.fields)`` when the caller already has it.
        (The header is a JSON object without raw newlines, so the join is unambiguous.)
        """
        header = {k: v for k, v in self.to_json().items() if k != "fields"}
        body = fields_json if fields_json is not None else canonical_json(self.fields)
        return hashlib.sha256(canonical_json(header) + b"\n" + body).digest()

    def bounds_problem(self) -> str | None:
        """Why this change's values cannot be stored as they are (a ``RejectReason``), or None.

        Versions are 0 to 2**31-1, the user id is a UUID, the stamp parses strictly, the time
        is ISO-8601 with an offset, field names are 1-64 printable characters, and the whole
        change encodes as canonical JSON (no NaN, no lone surrogates). No text holds a NUL.
        """
        if not all(
            isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_RECORD_VERSION
            for v in (self.base_version, self.basis_version)
        ):
            return RejectReason.OUT_OF_RANGE.value
        if not isinstance(self.user_id, str) or not _UUID.fullmatch(self.user_id):
            return RejectReason.INVALID.value
        try:
            HlcStamp.parse(self.hlc)
            parse_time(self.created_at, "change.created_at")
        except ValueError:
            return RejectReason.INVALID.value
        if "\x00" in self.created_at:
            return RejectReason.INVALID.value
        for name in self.fields:
            if (
                not isinstance(name, str)
                or not 0 < len(name) <= MAX_FIELD_NAME_LENGTH
                or not name.isprintable()
            ):
                return RejectReason.INVALID.value
        try:
            canonical_json(self.fields)
        except (ValueError, TypeError, RecursionError):  # NaN, a lone surrogate, ...
            return RejectReason.INVALID.value
        return None

    @classmethod
    def from_json(cls, obj: object) -> Change:
        if not isinstance(obj, dict):
            raise ProtocolError("a change must be a JSON object")
        what = "change"
        try:
            entity = Entity(_require(obj, "entity", str, what))
            operation = Operation(_require(obj, "operation", str, what))
        except ValueError:
            raise ProtocolError("change.entity or change.operation is not known") from None
        # Types only: values out of bounds (see ``bounds_problem``) are refused per change by
        # the server, so that one bad change is quarantined instead of refusing its batch.
        hlc = _require(obj, "hlc", str, what)
        base_version = _require(obj, "base_version", int, what)
        basis_version = _require(obj, "basis_version", int, what)
        fields = _require(obj, "fields", dict, what)
        user_id = _require(obj, "user_id", str, what)
        created_at = _require(obj, "created_at", str, what)
        return cls(
            change_id=require_uuid(obj.get("change_id"), "change.change_id"),
            entity=entity,
            entity_id=require_uuid(obj.get("entity_id"), "change.entity_id"),
            operation=operation,
            base_version=base_version,
            basis_version=basis_version,
            hlc=hlc,
            user_id=user_id,
            created_at=created_at,
            fields=fields,
        )


@dataclass(frozen=True, slots=True)
class BatchBody:
    """The plaintext inside a sealed batch."""

    changes: tuple[Change, ...]

    def to_bytes(self) -> bytes:
        return canonical_json({"changes": [c.to_json() for c in self.changes]})

    @classmethod
    def from_bytes(cls, data: bytes) -> BatchBody:
        obj = load_json_object(data, "batch body")
        changes = obj.get("changes")
        if not isinstance(changes, list):
            raise ProtocolError("batch body has no change list")
        if len(changes) > MAX_BATCH_CHANGES:
            raise ProtocolError(f"a batch holds at most {MAX_BATCH_CHANGES} changes")
        return cls(tuple(Change.from_json(c) for c in changes))


@dataclass(frozen=True, slots=True)
class BatchEnvelope:
    """A sealed, signed batch: what ``/v1/push`` and ``/v1/forward`` take, and batch files hold.

    The header (everything but the signature) is in clear and holds no personal data: ids,
    times and counts. ``sealed_key`` is the batch key sealed to the server with HPKE;
    ``ciphertext`` is the ``BatchBody`` under that key (AES-256-GCM, the header as associated
    data); ``signature`` is the device's Ed25519 signature over the canonical header.
    """

    v: int
    batch_id: str
    device_id: str
    server_key_id: str
    created_at: str
    change_ids: tuple[str, ...]
    sealed_key: bytes
    nonce: bytes
    ciphertext: bytes
    signature: bytes = b""

    def header(self) -> dict[str, Any]:
        """The clear, authenticated part: AEAD associated data and HPKE context."""
        return {
            "type": BATCH_TYPE,
            "v": self.v,
            "batch_id": self.batch_id,
            "device_id": self.device_id,
            "server_key_id": self.server_key_id,
            "created_at": self.created_at,
            "change_ids": list(self.change_ids),
        }

    def signed_part(self) -> dict[str, Any]:
        return {
            **self.header(),
            "sealed_key": b64encode(self.sealed_key),
            "nonce": b64encode(self.nonce),
            "ciphertext_sha256": hashlib.sha256(self.ciphertext).hexdigest(),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.header(),
            "sealed_key": b64encode(self.sealed_key),
            "nonce": b64encode(self.nonce),
            "ciphertext": b64encode(self.ciphertext),
            "signature": b64encode(self.signature),
        }

    def digest(self) -> str:
        """Identifies this exact envelope: an identical resend has the same digest."""
        return hashlib.sha256(canonical_json(self.signed_part()) + self.signature).hexdigest()

    @classmethod
    def from_json(cls, obj: object) -> BatchEnvelope:
        if not isinstance(obj, dict):
            raise ProtocolError("a batch must be a JSON object")
        what = "batch"
        if obj.get("type") != BATCH_TYPE:
            raise ProtocolError("not a batch envelope")
        version = _require_version(obj, what)
        change_ids = _require(obj, "change_ids", list, what)
        if not change_ids or len(change_ids) > MAX_BATCH_CHANGES:
            raise ProtocolError(f"a batch holds 1 to {MAX_BATCH_CHANGES} changes")
        ids = tuple(require_uuid(c, "batch.change_ids[]") for c in change_ids)
        created_at = _require(obj, "created_at", str, what)
        parse_time(created_at, "batch.created_at")
        return cls(
            v=version,
            batch_id=require_uuid(obj.get("batch_id"), "batch.batch_id"),
            device_id=require_uuid(obj.get("device_id"), "batch.device_id"),
            server_key_id=require_key_id(obj.get("server_key_id"), "batch.server_key_id"),
            created_at=created_at,
            change_ids=ids,
            sealed_key=b64decode(obj.get("sealed_key"), "batch.sealed_key"),
            nonce=b64decode(obj.get("nonce"), "batch.nonce"),
            ciphertext=b64decode(obj.get("ciphertext"), "batch.ciphertext"),
            signature=b64decode(obj.get("signature"), "batch.signature"),
        )


@dataclass(frozen=True, slots=True)
class ChangeResult:
    change_id: str
    status: ChangeStatus
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"change_id": self.change_id, "status": self.status.value, "reason": self.reason}

    @classmethod
    def from_json(cls, obj: object) -> ChangeResult:
        if not isinstance(obj, dict):
            raise ProtocolError("a change result must be a JSON object")
        try:
            status = ChangeStatus(_require(obj, "status", str, "result"))
        except ValueError:
            raise ProtocolError("result.status is not known") from None
        reason = obj.get("reason", "")
        if not isinstance(reason, str) or len(reason) > MAX_REASON_LENGTH:
            raise ProtocolError("result.reason must be short text")
        return cls(require_uuid(obj.get("change_id"), "result.change_id"), status, reason)


@dataclass(frozen=True, slots=True)
class Receipt:
    """The server's signed answer to a batch: one result per change, in the batch's order.

    Signed so that it can travel back to an offline laptop on a USB stick and still be
    trusted: only a receipt that verifies against the pinned server key clears an outbox.
    """

    v: int
    batch_id: str
    device_id: str
    server_key_id: str
    issued_at: str
    results: tuple[ChangeResult, ...]
    signature: bytes = b""

    def signed_part(self) -> dict[str, Any]:
        return {
            "type": RECEIPT_TYPE,
            "v": self.v,
            "batch_id": self.batch_id,
            "device_id": self.device_id,
            "server_key_id": self.server_key_id,
            "issued_at": self.issued_at,
            "results": [r.to_json() for r in self.results],
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.signed_part(), "signature": b64encode(self.signature)}

    @classmethod
    def from_json(cls, obj: object) -> Receipt:
        if not isinstance(obj, dict) or obj.get("type") != RECEIPT_TYPE:
            raise ProtocolError("not a receipt")
        what = "receipt"
        results = _require(obj, "results", list, what)
        if len(results) > MAX_BATCH_CHANGES:
            raise ProtocolError("a receipt has too many results")
        issued_at = _require(obj, "issued_at", str, what)
        parse_time(issued_at, "receipt.issued_at")
        return cls(
            v=_require_version(obj, what),
            batch_id=require_uuid(obj.get("batch_id"), "receipt.batch_id"),
            device_id=require_uuid(obj.get("device_id"), "receipt.device_id"),
            server_key_id=require_key_id(obj.get("server_key_id"), "receipt.server_key_id"),
            issued_at=issued_at,
            results=tuple(ChangeResult.from_json(r) for r in results),
            signature=b64decode(obj.get("signature"), "receipt.signature"),
        )


# --- pull -------------------------------------------------------------------------------------


class EntryKind(StrEnum):
    RECORD = "record"  # the current state of a record of the office, changed elsewhere
    RECEIPT = "receipt"  # this device's changes that reached the server by another path
    CATALOG = "catalog"  # a program catalog update


@dataclass(frozen=True, slots=True)
class RecordState:
    """A record as the server holds it after merging: every field, not a delta."""

    entity: Entity
    entity_id: str
    version: int
    deleted: bool
    hlc: str
    created_by: str
    created_at: str
    updated_at: str
    fields: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity.value,
            "entity_id": self.entity_id,
            "version": self.version,
            "deleted": self.deleted,
            "hlc": self.hlc,
            "created_by": self.created_by,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "fields": self.fields,
        }

    @classmethod
    def from_json(cls, obj: object) -> RecordState:
        if not isinstance(obj, dict):
            raise ProtocolError("a record must be a JSON object")
        what = "record"
        try:
            entity = Entity(_require(obj, "entity", str, what))
        except ValueError:
            raise ProtocolError("record.entity is not known") from None
        return cls(
            entity=entity,
            entity_id=require_uuid(obj.get("entity_id"), "record.entity_id"),
            version=_require(obj, "version", int, what),
            deleted=_require(obj, "deleted", bool, what),
            hlc=_require(obj, "hlc", str, what),
            created_by=_require(obj, "created_by", str, what),
            created_at=_require(obj, "created_at", str, what),
            updated_at=_require(obj, "updated_at", str, what),
            fields=_require(obj, "fields", dict, what),
        )


@dataclass(frozen=True, slots=True)
class PullEntry:
    kind: EntryKind
    record: RecordState | None = None
    change_ids: tuple[str, ...] = ()  # for receipts
    catalog: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value}
        if self.record is not None:
            out["record"] = self.record.to_json()
        if self.change_ids:
            out["change_ids"] = list(self.change_ids)
        if self.catalog is not None:
            out["catalog"] = self.catalog
        return out

    @classmethod
    def from_json(cls, obj: object) -> PullEntry:
        if not isinstance(obj, dict):
            raise ProtocolError("a pull entry must be a JSON object")
        try:
            kind = EntryKind(_require(obj, "kind", str, "entry"))
        except ValueError:
            raise ProtocolError("entry.kind is not known") from None
        if kind is EntryKind.RECORD:
            return cls(kind, record=RecordState.from_json(obj.get("record")))
        if kind is EntryKind.RECEIPT:
            ids = _require(obj, "change_ids", list, "entry")
            return cls(kind, change_ids=tuple(require_uuid(i, "entry.change_ids[]") for i in ids))
        return cls(kind, catalog=_require(obj, "catalog", dict, "entry"))


@dataclass(frozen=True, slots=True)
class PullPage:
    """The plaintext inside a sealed pull answer."""

    entries: tuple[PullEntry, ...]
    cursor: str
    more: bool

    def to_bytes(self) -> bytes:
        return canonical_json(
            {
                "entries": [e.to_json() for e in self.entries],
                "cursor": self.cursor,
                "more": self.more,
            }
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> PullPage:
        obj = load_json_object(data, "pull page")
        entries = _require(obj, "entries", list, "pull")
        cursor = _require(obj, "cursor", str, "pull")
        Cursor.parse(cursor)
        return cls(
            tuple(PullEntry.from_json(e) for e in entries),
            cursor,
            _require(obj, "more", bool, "pull"),
        )


@dataclass(frozen=True, slots=True)
class SealedPull:
    """A pull answer: the page sealed to the device's key, signed by the server.

    ``request_cursor`` and ``nonce`` echo the request, so an old answer cannot be replayed
    for a new request.
    """

    v: int
    device_id: str
    server_key_id: str
    issued_at: str
    request_cursor: str
    nonce: str
    sealed_key: bytes
    aead_nonce: bytes
    ciphertext: bytes
    signature: bytes = b""

    def header(self) -> dict[str, Any]:
        return {
            "type": PULL_TYPE,
            "v": self.v,
            "device_id": self.device_id,
            "server_key_id": self.server_key_id,
            "issued_at": self.issued_at,
            "request_cursor": self.request_cursor,
            "nonce": self.nonce,
        }

    def signed_part(self) -> dict[str, Any]:
        return {
            **self.header(),
            "sealed_key": b64encode(self.sealed_key),
            "aead_nonce": b64encode(self.aead_nonce),
            "ciphertext_sha256": hashlib.sha256(self.ciphertext).hexdigest(),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            **self.header(),
            "sealed_key": b64encode(self.sealed_key),
            "aead_nonce": b64encode(self.aead_nonce),
            "ciphertext": b64encode(self.ciphertext),
            "signature": b64encode(self.signature),
        }

    @classmethod
    def from_json(cls, obj: object) -> SealedPull:
        if not isinstance(obj, dict) or obj.get("type") != PULL_TYPE:
            raise ProtocolError("not a pull answer")
        what = "pull"
        nonce = _require(obj, "nonce", str, what)
        if len(nonce) > 64:
            raise ProtocolError("pull.nonce is too long")
        return cls(
            v=_require_version(obj, what),
            device_id=require_uuid(obj.get("device_id"), "pull.device_id"),
            server_key_id=require_key_id(obj.get("server_key_id"), "pull.server_key_id"),
            issued_at=_require(obj, "issued_at", str, what),
            request_cursor=_require(obj, "request_cursor", str, what),
            nonce=nonce,
            sealed_key=b64decode(obj.get("sealed_key"), "pull.sealed_key"),
            aead_nonce=b64decode(obj.get("aead_nonce"), "pull.aead_nonce"),
            ciphertext=b64decode(obj.get("ciphertext"), "pull.ciphertext"),
            signature=b64decode(obj.get("signature"), "pull.signature"),
        )


# --- health and enrolment ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ServerKeyInfo:
    """The server's public keys as they travel: raw bytes, base64."""

    key_id: str
    sealing: bytes  # X25519 public key (HPKE recipient)
    signing: bytes  # Ed25519 public key (receipts, pull answers)

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id,
            "sealing": b64encode(self.sealing),
            "signing": b64encode(self.signing),
        }

    @classmethod
    def from_json(cls, obj: object) -> ServerKeyInfo:
        if not isinstance(obj, dict):
            raise ProtocolError("server keys must be a JSON object")
        sealing = b64decode(obj.get("sealing"), "server_keys.sealing")
        signing = b64decode(obj.get("signing"), "server_keys.signing")
        if len(sealing) != 32 or len(signing) != 32:
            raise ProtocolError("server keys must be 32 bytes each")
        key_id = require_key_id(obj.get("key_id"), "server_keys.key_id")
        if key_id != server_key_id(sealing, signing):
            raise ProtocolError("server key id does not match the keys")
        return cls(key_id, sealing, signing)


def server_key_id(sealing: bytes, signing: bytes) -> str:
    """A server's key id: a hash of both public keys (what a device pins and compares)."""
    return hashlib.sha256(b"bienestar/server-key-id/v1|" + sealing + signing).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Health:
    status: str
    server_time: str
    min_protocol: int
    max_protocol: int
    server_keys: ServerKeyInfo

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "server_time": self.server_time,
            "protocol": {"min": self.min_protocol, "max": self.max_protocol},
            "server_keys": self.server_keys.to_json(),
        }

    @classmethod
    def from_json(cls, obj: object) -> Health:
        if not isinstance(obj, dict):
            raise ProtocolError("health answer must be a JSON object")
        protocol = _require(obj, "protocol", dict, "health")
        server_time = _require(obj, "server_time", str, "health")
        parse_time(server_time, "health.server_time")
        return cls(
            status=_require(obj, "status", str, "health"),
            server_time=server_time,
            min_protocol=_require(protocol, "min", int, "health.protocol"),
            max_protocol=_require(protocol, "max", int, "health.protocol"),
            server_keys=ServerKeyInfo.from_json(obj.get("server_keys")),
        )


@dataclass(frozen=True, slots=True)
class EnrollRequest:
    """The device proves it holds the private half of the signing key it presents."""

    v: int
    code: str = field(repr=False)  # the one-time code: a secret until used
    label: str
    signing: bytes  # Ed25519 public key
    sealing: bytes  # X25519 public key
    signature: bytes = b""

    def signed_part(self) -> dict[str, Any]:
        return {
            "type": ENROLL_TYPE,
            "v": self.v,
            "code": self.code,
            "label": self.label,
            "signing": b64encode(self.signing),
            "sealing": b64encode(self.sealing),
        }

    def to_json(self) -> dict[str, Any]:
        return {**self.signed_part(), "signature": b64encode(self.signature)}

    @classmethod
    def from_json(cls, obj: object) -> EnrollRequest:
        if not isinstance(obj, dict) or obj.get("type") != ENROLL_TYPE:
            raise ProtocolError("not an enrolment request")
        what = "enroll"
        code = _require(obj, "code", str, what)
        label = _require(obj, "label", str, what)
        if len(code) > 64 or len(label) > MAX_LABEL_LENGTH:
            raise ProtocolError("enroll.code or enroll.label is too long")
        signing = b64decode(obj.get("signing"), "enroll.signing")
        sealing = b64decode(obj.get("sealing"), "enroll.sealing")
        if len(signing) != 32 or len(sealing) != 32:
            raise ProtocolError("device public keys must be 32 bytes each")
        return cls(
            v=_require_version(obj, what),
            code=code,
            label=label,
            signing=signing,
            sealing=sealing,
            signature=b64decode(obj.get("signature"), "enroll.signature"),
        )


@dataclass(frozen=True, slots=True)
class EnrollResponse:
    device_id: str
    token: str = field(repr=False)  # never in a log line or a traceback's locals
    office: str
    server_keys: ServerKeyInfo
    server_time: str

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "token": self.token,
            "office": self.office,
            "server_keys": self.server_keys.to_json(),
            "server_time": self.server_time,
        }

    @classmethod
    def from_json(cls, obj: object) -> EnrollResponse:
        if not isinstance(obj, dict):
            raise ProtocolError("enrolment answer must be a JSON object")
        token = _require(obj, "token", str, "enrolled")
        if not 20 <= len(token) <= 200:
            raise ProtocolError("enrolled.token has an odd length")
        return cls(
            device_id=require_uuid(obj.get("device_id"), "enrolled.device_id"),
            token=token,
            office=require_office(obj.get("office")),
            server_keys=ServerKeyInfo.from_json(obj.get("server_keys")),
            server_time=_require(obj, "server_time", str, "enrolled"),
        )


@dataclass(frozen=True, slots=True)
class ErrorBody:
    error: ErrorCode
    message: str
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"error": self.error.value, "message": self.message, **self.extra}

    @classmethod
    def from_json(cls, obj: object) -> ErrorBody | None:
        """The error of an answer, or ``None`` when it is not one of ours."""
        if not isinstance(obj, dict):
            return None
        raw = obj.get("error")
        if not isinstance(raw, str):
            return None
        try:
            code = ErrorCode(raw)
        except ValueError:
            return None
        message = obj.get("message")
        return cls(code, message if isinstance(message, str) else "")


def bearer(device_id: str, token: str) -> str:
    """The ``Authorization`` header value: the device id travels with its token."""
    return f"Bearer {device_id}.{token}"


def parse_bearer(value: str | None) -> tuple[str, str] | None:
    if not value or not value.startswith("Bearer ") or len(value) > 300:
        return None
    device_id, _, token = value[len("Bearer ") :].partition(".")
    if not _UUID.match(device_id) or not token:
        return None
    return device_id, token


# --- JSON Schemas (published in the server's OpenAPI document) --------------------------------

_B64 = {"type": "string", "contentEncoding": "base64"}
_UUID_SCHEMA = {"type": "string", "format": "uuid"}
_TIME = {"type": "string", "format": "date-time"}

CHANGE_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": [
        "change_id",
        "entity",
        "entity_id",
        "operation",
        "base_version",
        "basis_version",
        "hlc",
        "user_id",
        "created_at",
        "fields",
    ],
    "properties": {
        "change_id": _UUID_SCHEMA,
        "entity": {"enum": [e.value for e in Entity]},
        "entity_id": _UUID_SCHEMA,
        "operation": {"enum": [o.value for o in Operation]},
        "base_version": {"type": "integer", "minimum": 0},
        "basis_version": {"type": "integer", "minimum": 0},
        "hlc": {"type": "string"},
        "user_id": {"type": "string"},
        "created_at": _TIME,
        "fields": {"type": "object"},
    },
}

BATCH_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "description": "A sealed, signed batch. The ciphertext holds {'changes': [Change, ...]} "
    "(Change: " + ", ".join(CHANGE_SCHEMA["required"]) + ").",
    "required": [
        "type",
        "v",
        "batch_id",
        "device_id",
        "server_key_id",
        "created_at",
        "change_ids",
        "sealed_key",
        "nonce",
        "ciphertext",
        "signature",
    ],
    "properties": {
        "type": {"const": BATCH_TYPE},
        "v": {"type": "integer"},
        "batch_id": _UUID_SCHEMA,
        "device_id": _UUID_SCHEMA,
        "server_key_id": {"type": "string", "pattern": "^[0-9a-f]{32}$"},
        "created_at": _TIME,
        "change_ids": {"type": "array", "items": _UUID_SCHEMA, "maxItems": MAX_BATCH_CHANGES},
        "sealed_key": _B64,
        "nonce": _B64,
        "ciphertext": _B64,
        "signature": _B64,
    },
}

RECEIPT_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": [
        "type",
        "v",
        "batch_id",
        "device_id",
        "server_key_id",
        "issued_at",
        "results",
        "signature",
    ],
    "properties": {
        "type": {"const": RECEIPT_TYPE},
        "v": {"type": "integer"},
        "batch_id": _UUID_SCHEMA,
        "device_id": _UUID_SCHEMA,
        "server_key_id": {"type": "string"},
        "issued_at": _TIME,
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["change_id", "status", "reason"],
                "properties": {
                    "change_id": _UUID_SCHEMA,
                    "status": {"enum": [s.value for s in ChangeStatus]},
                    "reason": {"type": "string"},
                },
            },
        },
        "signature": _B64,
    },
}

SERVER_KEYS_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["key_id", "sealing", "signing"],
    "properties": {"key_id": {"type": "string"}, "sealing": _B64, "signing": _B64},
}

HEALTH_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["status", "server_time", "protocol", "server_keys"],
    "properties": {
        "status": {"type": "string"},
        "server_time": _TIME,
        "protocol": {
            "type": "object",
            "properties": {"min": {"type": "integer"}, "max": {"type": "integer"}},
        },
        "server_keys": SERVER_KEYS_SCHEMA,
    },
}

ENROLL_REQUEST_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["type", "v", "code", "label", "signing", "sealing", "signature"],
    "properties": {
        "type": {"const": ENROLL_TYPE},
        "v": {"type": "integer"},
        "code": {"type": "string", "maxLength": 64},
        "label": {"type": "string", "maxLength": MAX_LABEL_LENGTH},
        "signing": _B64,
        "sealing": _B64,
        "signature": _B64,
    },
}

ENROLL_RESPONSE_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["device_id", "token", "office", "server_keys", "server_time"],
    "properties": {
        "device_id": _UUID_SCHEMA,
        "token": {"type": "string"},
        "office": {"type": "string"},
        "server_keys": SERVER_KEYS_SCHEMA,
        "server_time": _TIME,
    },
}

SEALED_PULL_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "description": "The ciphertext holds {'entries': [...], 'cursor': str, 'more': bool}.",
    "required": [
        "type",
        "v",
        "device_id",
        "server_key_id",
        "issued_at",
        "request_cursor",
        "nonce",
        "sealed_key",
        "aead_nonce",
        "ciphertext",
        "signature",
    ],
    "properties": {
        "type": {"const": PULL_TYPE},
        "v": {"type": "integer"},
        "device_id": _UUID_SCHEMA,
        "server_key_id": {"type": "string"},
        "issued_at": _TIME,
        "request_cursor": {"type": "string"},
        "nonce": {"type": "string"},
        "sealed_key": _B64,
        "aead_nonce": _B64,
        "ciphertext": _B64,
        "signature": _B64,
    },
}

ERROR_SCHEMA: Final[dict[str, Any]] = {
    "type": "object",
    "required": ["error", "message"],
    "properties": {
        "error": {"enum": [e.value for e in ErrorCode]},
        "message": {"type": "string"},
    },
}


def results_by_id(results: Sequence[ChangeResult]) -> dict[str, ChangeResult]:
    return {r.change_id: r for r in results}
