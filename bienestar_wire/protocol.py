"""The sync wire protocol: message shapes, limits and the protocol version window.

One definition, imported by the app (``bienestar_field.sync``) and by the central server
(``bienestar_central``). Qt-free and web-framework-free: each message is a typed msgspec struct
whose field types carry its rules; the generic codec (``codec``) reads and writes them, and
``schema`` generates from them the JSON Schemas the server publishes in its OpenAPI document.

The cryptography of envelopes (sealing, signing) lives next door in ``envelope``.

Exchanges (all under ``/v1/``, each request carrying ``X-Bienestar-Protocol``):

``GET /v1/health``
    No authentication. Server time (for the clock-skew check), protocol window and the
    server's public keys with their key id (compared against the pin).
``GET /v1/enroll/challenge``
    No authentication. A fresh nonce (good for a few minutes, once) and the server's public
    keys, which the device checks against the fingerprint printed in the enrolment code.
``POST /v1/enroll``
    The device's public keys, its casebook id and folio prefix and the nonce, with a MAC keyed
    by the one-time code (never the code itself: see ``bienestar_wire.enrolment``), signed by
    the device's key; answers the device id, its token, its office, the folio prefix it must
    use and the server's public keys to pin, with the server's MAC over all of it.
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
while a different envelope under a known batch id is refused whole with HTTP 409. Both keys
belong to the device that signed the batch: change ids and batch ids are unique per signing
device, so a device that pushes first under another's ids (they travel in clear) only fills its
own namespace, and a batch a supervisor forwards from a USB file is identified by its signer,
never by whoever forwards it.

Folios are unique per office on the server (one counter per device numbers households, people
and enrolments). A change that would give a record a folio another record of the office already
holds is ``rejected`` with reason ``folio_taken`` and English ``detail``: it is what a cloned
casebook (an imaged laptop numbering like its original) sends. The server refuses rather than
renumbers because the folio is already printed on the person's receipt; the device keeps the
change for a supervisor. Each ``RejectReason`` below says when it is given.

What a device is answered depends on its own office only. Each office has its own space of
record ids: a create under an id another office uses is answered like any create (and queued
for the operator as ``duplicate_id``); an update of, or a parent named by, such an id is
``unknown_record`` or ``unknown_parent``, exactly as for an id used nowhere. A CURP or an
enrolment found again in another office is queued for the operator's review and answered as if
it were not there; ``duplicate_curp`` and ``duplicate_enrollment`` name duplicates within the
device's own office only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Final

from msgspec import UNSET, Meta, UnsetType

from bienestar_field.domain.clock import HlcStamp
from bienestar_wire.codec import ProtocolError, WireMessage, rules

PROTOCOL_VERSION: Final = 1
# The window of protocol versions this build speaks; a peer outside it is refused with a reason.
MIN_PROTOCOL_VERSION: Final = 1
MAX_PROTOCOL_VERSION: Final = 1

PROTOCOL_HEADER: Final = "X-Bienestar-Protocol"
API_PREFIX: Final = "/v1"

# A laptop whose clock is further than this from the server's is refused (and told why): its
# timestamps would mislead supervisors, and a wildly wrong clock is usually a dead CMOS battery.
MAX_CLOCK_SKEW_SECONDS: Final = 600

# The largest push or forward body. The largest legitimate batch is the app's: 500 changes
# (DEFAULT_BATCH_CHANGES), each at most ~9.3 KB of canonical JSON with every field at its cap in
# Spanish text (``record_fields``), plus its header: ~4.8 MB sealed, ~6.4 MB in base64. 8 MiB
# holds that with room; the wire's 2,000 changes per batch fit when they are ordinary ones.
MAX_REQUEST_BYTES: Final = 8 * 1024 * 1024
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
AUDIT_ACK_TYPE: Final = "bienestar.audit-ack"

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_KEY_ID = re.compile(r"^[0-9a-f]{32}$")
_CURSOR = re.compile(r"^(0|[1-9][0-9]{0,18})\.(0|[1-9][0-9]{0,18})$")
_MAX_BIGINT = 2**63 - 1
# Letters spelled out, not \w: the OpenAPI schema carries this pattern, and a JSON Schema
# validator reads \w as ASCII only, so "Módulo Chilpancingo" would break the published schema.
_OFFICE = re.compile(r"^[0-9A-Za-zÀ-ÖØ-öø-ÿ_ .,'()-]{1,64}$")
_OFFICE_PROBLEM: Final = "office must be 1 to 64 letters, digits, spaces or .,'()-"


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
    # A household's socioeconomic survey answers: one record per household (its id derived
    # from the household's), answer by answer merged like any record.
    HOUSEHOLD_SURVEY = "household_survey"
    # A person's ARCO request (access, rectification, cancellation, opposition) and its outcome.
    ARCO_REQUEST = "arco_request"
    # A Mi Bienestar card delivered, reported lost or stolen, replaced: append-only events.
    CARD_EVENT = "card_event"


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
    BUSY = "busy"  # too many requests in flight: try again after Retry-After
    CODE_INVALID = "code_invalid"
    # The enrolment's nonce is unknown, expired or already used (a replayed request).
    CHALLENGE_INVALID = "challenge_invalid"
    # The casebook is already enrolled by another device: a copied data folder or disk image.
    CASEBOOK_CLONED = "casebook_cloned"
    NOT_FOUND = "not_found"
    INTERNAL = "internal"
    # The device was not enrolled with the role this request needs (a caseworker's laptop
    # sending a supervisor's decision): the server keeps the role, never takes the device's word.
    ROLE_REQUIRED = "role_required"


class DeviceRole(StrEnum):
    """The role a device is enrolled with: the operator's enrolment code names it."""

    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"


class DecisionStatus(StrEnum):
    """What a supervisor decides on an enrolment."""

    APPROVED = "approved"
    REJECTED = "rejected"


class RejectReason(StrEnum):
    """Why one change of a batch was not stored (its ``reason``); the result's ``detail``
    may add an English sentence naming the field and the rule it breaks, never the value
    (``household.gps must be [latitude, longitude] ...``)."""

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
    # Another record of the office already holds the folio: folios are unique per office (a
    # cloned casebook numbers them like its original). Refused rather than renumbered: the
    # folio is already printed on the person's receipt.
    FOLIO_TAKEN = "folio_taken"
    UNKNOWN_FIELD = "unknown_field"  # a field no record of its kind has


# The English words a receipt gives (``detail``) with the reasons that need more than a name.
REJECT_DETAILS: Final[Mapping[RejectReason, str]] = {
    RejectReason.FOLIO_TAKEN: (
        "another record of this office already holds this folio (a copied casebook numbers "
        "folios like its original); the change is kept on the device for a supervisor"
    ),
}


class ReviewReason(StrEnum):
    """Why a stored change was answered ``conflict`` (queued for a supervisor)."""

    FIELD_CONFLICT = "field_conflict"
    DUPLICATE_CURP = "duplicate_curp"
    DUPLICATE_ENROLLMENT = "duplicate_enrollment"
    EDIT_OF_DELETED = "edit_of_deleted"
    # An enrolment decided under a program catalog that was not the one in force for its office
    # on the day it was made (a device that had not synced the newer rules, or whose clock was
    # wrong): applied, and queued for a supervisor to check against the rules of that day.
    OUTDATED_CATALOG = "outdated_catalog"


# Fields a ``create`` (or ``append``) must carry, per entity: what the app writes in its outbox.
REQUIRED_CREATE_FIELDS: Final[Mapping[Entity, frozenset[str]]] = {
    Entity.HOUSEHOLD: frozenset({"folio", "state_code", "municipality_code", "locality_name"}),
    Entity.PERSON: frozenset(
        {"folio", "curp", "nombres", "primer_apellido", "birth_date", "sex", "birth_state"}
    ),
    Entity.ENROLLMENT: frozenset({"person_id", "program_code", "status", "folio"}),
    Entity.ATTENDANCE_CHECK: frozenset({"enrollment_id", "kind", "period", "result"}),
    Entity.HOUSEHOLD_SURVEY: frozenset({"household_id", "questionnaire_version"}),
    Entity.ARCO_REQUEST: frozenset(
        {"person_id", "right", "status", "received_on", "channel", "request_text"}
    ),
    Entity.CARD_EVENT: frozenset({"person_id", "kind", "on"}),
}
# The field of each entity that names its parent record (and so its office).
PARENT_FIELD: Final[Mapping[Entity, tuple[str, Entity] | None]] = {
    Entity.HOUSEHOLD: None,
    Entity.PERSON: ("household_id", Entity.HOUSEHOLD),
    Entity.ENROLLMENT: ("person_id", Entity.PERSON),
    Entity.ATTENDANCE_CHECK: ("enrollment_id", Entity.ENROLLMENT),
    Entity.HOUSEHOLD_SURVEY: ("household_id", Entity.HOUSEHOLD),
    Entity.ARCO_REQUEST: ("person_id", Entity.PERSON),
    Entity.CARD_EVENT: ("person_id", Entity.PERSON),
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


def require_office(value: object) -> str:
    if not isinstance(value, str) or not _OFFICE.match(value) or value != value.strip():
        raise ProtocolError(_OFFICE_PROBLEM)
    return value


_VERSION_PROBLEM: Final = (
    "protocol version {value} is not supported "
    f"(this side speaks {MIN_PROTOCOL_VERSION} to {MAX_PROTOCOL_VERSION})"
)


def check_protocol_version(version: int) -> None:
    if not MIN_PROTOCOL_VERSION <= version <= MAX_PROTOCOL_VERSION:
        raise ProtocolError(_VERSION_PROBLEM.format(value=version))


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


# --- field types: each rule stated once, for the codec and for the schema ----------------------


def _check_cursor(value: str, _label: str) -> None:
    Cursor.parse(value)


def _check_office(value: str, _label: str) -> None:
    require_office(value)


def _check_time(value: str, label: str) -> None:
    parse_time(value, label)


_UUID_PROBLEM: Final = "{label} must be a lower-case UUID"
_KEY_ID_PROBLEM: Final = "{label} must be a 32-character hex key id"

Uuid = Annotated[
    str,
    Meta(
        pattern=_UUID.pattern,
        extra_json_schema={"format": "uuid"},
        extra=rules(wrong_type=_UUID_PROBLEM, invalid=_UUID_PROBLEM),
    ),
]
KeyId = Annotated[
    str,
    Meta(pattern=_KEY_ID.pattern, extra=rules(wrong_type=_KEY_ID_PROBLEM, invalid=_KEY_ID_PROBLEM)),
]
Version = Annotated[
    int,
    Meta(
        ge=MIN_PROTOCOL_VERSION,
        le=MAX_PROTOCOL_VERSION,
        extra=rules(invalid=_VERSION_PROBLEM),
    ),
]
# A time this side checks: ISO-8601 with a UTC offset.
CheckedTime = Annotated[
    str,
    Meta(
        max_length=40,
        extra_json_schema={"format": "date-time"},
        extra=rules(invalid="{label} must be an ISO-8601 time", check=_check_time),
    ),
]
# A time the server writes and the device only shows or stores.
Time = Annotated[str, Meta(extra_json_schema={"format": "date-time"})]
Office = Annotated[
    str,
    Meta(
        pattern=_OFFICE.pattern,
        extra=rules(wrong_type=_OFFICE_PROBLEM, invalid=_OFFICE_PROBLEM, check=_check_office),
    ),
]
# Present on the wire, though a message is first built unsigned and then signed.
Signature = Annotated[bytes, Meta(extra=rules(required=True))]


# --- changes ----------------------------------------------------------------------------------

_CHANGE_KIND_PROBLEM: Final = "change.entity or change.operation is not known"


class Change(WireMessage, frozen=True):
    """One outbox change as it travels inside a sealed batch.

    ``base_version`` is the device's local version the edit started from (kept for history);
    ``basis_version`` is the server version of the record the device had seen when it made the
    edit (0 when it never pulled the record): the server uses it to tell concurrent edits from
    sequential ones. Only types are checked on arrival: values out of bounds (see
    ``bounds_problem``) are refused per change by the server, so that one bad change is
    quarantined instead of refusing its batch.
    """

    what = "change"
    not_an_object = "a change must be a JSON object"

    change_id: Uuid
    entity: Annotated[Entity, Meta(extra=rules(invalid=_CHANGE_KIND_PROBLEM))]
    entity_id: Uuid
    operation: Annotated[Operation, Meta(extra=rules(invalid=_CHANGE_KIND_PROBLEM))]
    base_version: int
    basis_version: int
    hlc: str
    user_id: str
    created_at: str
    fields: dict[str, Any]

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
        if not all(0 <= v <= MAX_RECORD_VERSION for v in (self.base_version, self.basis_version)):
            return RejectReason.OUT_OF_RANGE.value
        if not _UUID.fullmatch(self.user_id):
            return RejectReason.INVALID.value
        try:
            HlcStamp.parse(self.hlc)
            parse_time(self.created_at, "change.created_at")
        except ValueError:
            return RejectReason.INVALID.value
        if "\x00" in self.created_at:
            return RejectReason.INVALID.value
        for name in self.fields:
            if not 0 < len(name) <= MAX_FIELD_NAME_LENGTH or not name.isprintable():
                return RejectReason.INVALID.value
        try:
            canonical_json(self.fields)
        except (ValueError, TypeError, RecursionError):  # NaN, a lone surrogate, ...
            return RejectReason.INVALID.value
        return None


_MAC_HEX: Final = "^[0-9a-f]{64}$"
_AUDIT_SEQ: Final = 2**53  # JSON numbers stay exact below this
MAX_AUDIT_PROBLEM_LENGTH: Final = 300

AuditSeq = Annotated[
    int,
    Meta(ge=0, le=_AUDIT_SEQ, extra=rules(invalid="{label} must be an event number")),
]
AuditMac = Annotated[
    str,
    Meta(
        pattern=_MAC_HEX,
        extra=rules(invalid="{label} must be 64 lower-case hex digits"),
    ),
]


class AuditHead(WireMessage, frozen=True):
    """Where a device's audit chain ends (its newest event's number and MAC), sent with each
    batch; ``since_*`` is the head the device sent before (0 and "" before its first), so the
    server can tell a chain that grew from one that forked off an older copy of the laptop."""

    what = "audit_head"
    not_an_object = "audit_head must be a JSON object"

    seq: AuditSeq
    mac: AuditMac
    since_seq: AuditSeq = 0
    since_mac: Annotated[
        str, Meta(pattern="^([0-9a-f]{64})?$", extra=rules(invalid="{label} must be hex"))
    ] = ""


class AuditAck(WireMessage, frozen=True):
    """The server's signed note of the audit head it keeps for a device, in each receipt.

    The device keeps the latest one: a chain later found shorter than it, or different at its
    event, was cut or rewritten on the laptop. ``problem`` says in plain words why the server
    did not take the head it was sent (it went back, or forked: a cloned laptop).
    """

    what = "audit_ack"
    not_an_object = "audit_ack must be a JSON object"

    device_id: Uuid
    seq: AuditSeq
    mac: AuditMac
    issued_at: CheckedTime
    problem: Annotated[str, Meta(max_length=MAX_AUDIT_PROBLEM_LENGTH)] = ""
    signature: Signature = b""

    def signed_part(self) -> dict[str, Any]:
        return {
            "type": AUDIT_ACK_TYPE,
            "device_id": self.device_id,
            "seq": self.seq,
            "mac": self.mac,
            "issued_at": self.issued_at,
            "problem": self.problem,
        }


class BatchBody(WireMessage, frozen=True, omit_defaults=True):
    """The plaintext inside a sealed batch, with the device's audit head when it sends one."""

    what = "batch body"
    not_an_object = "batch body is not a JSON object"

    changes: Annotated[
        tuple[Change, ...],
        Meta(
            max_length=MAX_BATCH_CHANGES,
            extra=rules(
                wrong_type="batch body has no change list",
                invalid=f"a batch holds at most {MAX_BATCH_CHANGES} changes",
            ),
        ),
    ]
    audit_head: AuditHead | None = None

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())

    @classmethod
    def from_bytes(cls, data: bytes) -> BatchBody:
        return cls.from_json(load_json_object(data, "batch body"))


ManifestUser = Annotated[
    str,
    Meta(
        min_length=1,
        max_length=64,
        extra=rules(
            wrong_type="{label} must be a user name", invalid="{label} must be a user name"
        ),
    ),
]
Count = Annotated[int, Meta(ge=0, extra=rules(invalid="{label} must be a count"))]


class BatchManifest(WireMessage, frozen=True):
    """What a sealed batch holds, in clear for the supervisor who carries it on a USB stick:
    who exported it, how many records of each kind, and the span of their times. Counts and
    times only, never a value; signed with the rest of the header by the device, and checked
    by the server against what the batch holds once opened (``manifest_problem``)."""

    what = "manifest"
    not_an_object = "a batch manifest must be a JSON object"

    user: ManifestUser
    households: Count = 0
    persons: Count = 0
    enrollments: Count = 0
    attendance_checks: Count = 0
    first_at: CheckedTime | None = None
    last_at: CheckedTime | None = None
    # Left out when there are none, so batches sealed before surveys existed still verify.
    household_surveys: Count | UnsetType = UNSET

    @property
    def surveys(self) -> int:
        return 0 if isinstance(self.household_surveys, UnsetType) else self.household_surveys

    @property
    def records(self) -> int:
        return (
            self.households
            + self.persons
            + self.enrollments
            + self.attendance_checks
            + self.surveys
        )


_MANIFEST_COUNTS: Final[Mapping[Entity, str]] = {
    Entity.HOUSEHOLD: "households",
    Entity.PERSON: "persons",
    Entity.ENROLLMENT: "enrollments",
    Entity.ATTENDANCE_CHECK: "attendance_checks",
    Entity.HOUSEHOLD_SURVEY: "household_surveys",
    # Records about a person (ARCO requests, card events) count with the persons: the manifest
    # is signed as it was first defined, and batch files already carried must still verify.
    Entity.ARCO_REQUEST: "persons",
    Entity.CARD_EVENT: "persons",
}


def manifest_of(changes: Sequence[Change], user: str) -> BatchManifest:
    """The manifest of ``changes``: one count per change, by the kind of record it touches."""
    counts = dict.fromkeys(_MANIFEST_COUNTS.values(), 0)
    for change in changes:
        counts[_MANIFEST_COUNTS[change.entity]] += 1
    times = sorted(c.created_at for c in changes)
    return BatchManifest(
        user=user,
        households=counts["households"],
        persons=counts["persons"],
        enrollments=counts["enrollments"],
        attendance_checks=counts["attendance_checks"],
        first_at=times[0] if times else None,
        last_at=times[-1] if times else None,
        household_surveys=counts["household_surveys"] or UNSET,
    )


def manifest_problem(manifest: BatchManifest, changes: Sequence[Change]) -> str | None:
    """Why ``manifest`` misstates ``changes`` (its counts or its time span), or None."""
    expected = manifest_of(changes, manifest.user)
    if expected != manifest:
        return "the batch's manifest does not match what the batch holds"
    return None


class BatchEnvelope(WireMessage, frozen=True, tag_field="type", tag=BATCH_TYPE):
    """A sealed, signed batch: what ``/v1/push`` and ``/v1/forward`` take, and batch files hold.

    The header (everything but the signature) is in clear and holds no personal data: ids,
    times and counts. ``sealed_key`` is the batch key sealed to the server with HPKE;
    ``ciphertext`` is the ``BatchBody`` under that key (AES-256-GCM, the header as associated
    data); ``signature`` is the device's Ed25519 signature over the canonical header.
    """

    what = "batch"
    not_an_object = "a batch must be a JSON object"
    wrong_tag = "not a batch envelope"

    v: Version
    batch_id: Uuid
    device_id: Uuid
    server_key_id: KeyId
    created_at: CheckedTime
    change_ids: Annotated[
        tuple[Uuid, ...],
        Meta(
            min_length=1,
            max_length=MAX_BATCH_CHANGES,
            extra=rules(invalid=f"a batch holds 1 to {MAX_BATCH_CHANGES} changes"),
        ),
    ]
    sealed_key: bytes
    nonce: bytes
    ciphertext: bytes
    signature: Signature = b""
    # What a batch file's batch holds, for the supervisor who carries it (None on a push).
    manifest: BatchManifest | None = None

    def header(self) -> dict[str, Any]:
        """The clear, authenticated part: AEAD associated data and HPKE context."""
        header: dict[str, Any] = {
            "type": BATCH_TYPE,
            "v": self.v,
            "batch_id": self.batch_id,
            "device_id": self.device_id,
            "server_key_id": self.server_key_id,
            "created_at": self.created_at,
            "change_ids": list(self.change_ids),
        }
        if self.manifest is not None:
            # Only when present: batches sealed before manifests existed still verify.
            header["manifest"] = self.manifest.to_json()
        return header

    def signed_part(self) -> dict[str, Any]:
        return {
            **self.header(),
            "sealed_key": b64encode(self.sealed_key),
            "nonce": b64encode(self.nonce),
            "ciphertext_sha256": hashlib.sha256(self.ciphertext).hexdigest(),
        }

    def digest(self) -> str:
        """Identifies this exact envelope: an identical resend has the same digest."""
        return hashlib.sha256(canonical_json(self.signed_part()) + self.signature).hexdigest()


ShortText = Annotated[
    str,
    Meta(
        max_length=MAX_REASON_LENGTH,
        extra=rules(wrong_type="{label} must be short text", invalid="{label} must be short text"),
    ),
]


class ChangeResult(WireMessage, frozen=True):
    """One change's answer: its status, the machine ``reason`` (a ``RejectReason`` or the
    ``ReviewReason``s, comma-separated) and, for some reasons, English ``detail``."""

    what = "result"
    not_an_object = "a change result must be a JSON object"

    change_id: Uuid
    status: ChangeStatus
    reason: ShortText = ""
    detail: ShortText = ""

    def signed_json(self) -> dict[str, Any]:
        """As signed: without an empty ``detail``, so receipts signed before it existed (and
        carried back on a USB stick) still verify."""
        value = self.to_json()
        if not self.detail:
            value.pop("detail", None)
        return value


class Receipt(WireMessage, frozen=True, tag_field="type", tag=RECEIPT_TYPE):
    """The server's signed answer to a batch: one result per change, in the batch's order.

    Signed so that it can travel back to an offline laptop on a USB stick and still be
    trusted: only a receipt that verifies against the pinned server key clears an outbox.
    """

    what = "receipt"
    not_an_object = "not a receipt"

    v: Version
    batch_id: Uuid
    device_id: Uuid
    server_key_id: KeyId
    issued_at: CheckedTime
    results: Annotated[
        tuple[ChangeResult, ...],
        Meta(max_length=MAX_BATCH_CHANGES, extra=rules(invalid="a receipt has too many results")),
    ]
    signature: Signature = b""
    audit_ack: AuditAck | None = None

    def signed_part(self) -> dict[str, Any]:
        part = {
            "type": RECEIPT_TYPE,
            "v": self.v,
            "batch_id": self.batch_id,
            "device_id": self.device_id,
            "server_key_id": self.server_key_id,
            "issued_at": self.issued_at,
            "results": [r.signed_json() for r in self.results],
        }
        if self.audit_ack is not None:
            part["audit_ack"] = self.audit_ack.to_json()
        return part


# --- pull -------------------------------------------------------------------------------------


class EntryKind(StrEnum):
    RECORD = "record"  # the current state of a record of the office, changed elsewhere
    RECEIPT = "receipt"  # this device's changes that reached the server by another path
    CATALOG = "catalog"  # a program catalog update


class RecordState(WireMessage, frozen=True):
    """A record as the server holds it after merging: every field, not a delta."""

    what = "record"
    not_an_object = "a record must be a JSON object"

    entity: Entity
    entity_id: Uuid
    version: int
    deleted: bool
    hlc: str
    created_by: str
    created_at: Time
    updated_at: Time
    fields: dict[str, Any]


class PullEntry(WireMessage, frozen=True, omit_defaults=True):
    """One entry of a pull page: a record, a receipt (change ids) or a catalog, by ``kind``."""

    what = "entry"
    not_an_object = "a pull entry must be a JSON object"

    kind: EntryKind
    record: RecordState | None = None
    change_ids: tuple[Uuid, ...] = ()  # for receipts
    catalog: dict[str, Any] | None = None

    def check(self) -> None:
        if self.kind is EntryKind.RECORD and self.record is None:
            raise ProtocolError(RecordState.not_an_object)
        if self.kind is EntryKind.RECEIPT and not self.change_ids:
            raise ProtocolError("entry.change_ids is missing or of the wrong type")
        if self.kind is EntryKind.CATALOG and self.catalog is None:
            raise ProtocolError("entry.catalog is missing or of the wrong type")


class PullPage(WireMessage, frozen=True):
    """The plaintext inside a sealed pull answer."""

    what = "pull"
    not_an_object = "pull page is not a JSON object"

    entries: tuple[PullEntry, ...]
    cursor: Annotated[str, Meta(extra=rules(check=_check_cursor))]
    more: bool

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())

    @classmethod
    def from_bytes(cls, data: bytes) -> PullPage:
        return cls.from_json(load_json_object(data, "pull page"))


class SealedPull(WireMessage, frozen=True, tag_field="type", tag=PULL_TYPE):
    """A pull answer: the page sealed to the device's key, signed by the server.

    ``request_cursor`` and ``nonce`` echo the request, so an old answer cannot be replayed
    for a new request.
    """

    what = "pull"
    not_an_object = "not a pull answer"

    v: Version
    device_id: Uuid
    server_key_id: KeyId
    issued_at: Time
    request_cursor: str
    nonce: Annotated[str, Meta(max_length=64, extra=rules(invalid="{label} is too long"))]
    sealed_key: bytes
    aead_nonce: bytes
    ciphertext: bytes
    signature: Signature = b""

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


# --- health, enrolment, errors ----------------------------------------------------------------

PublicKey = Annotated[
    bytes,
    Meta(min_length=32, max_length=32, extra=rules(invalid="server keys must be 32 bytes each")),
]
DevicePublicKey = Annotated[
    bytes,
    Meta(
        min_length=32,
        max_length=32,
        extra=rules(invalid="device public keys must be 32 bytes each"),
    ),
]


class ServerKeyInfo(WireMessage, frozen=True):
    """The server's public keys as they travel: raw bytes, base64."""

    what = "server_keys"
    not_an_object = "server keys must be a JSON object"

    key_id: KeyId
    sealing: PublicKey  # X25519 public key (HPKE recipient)
    signing: PublicKey  # Ed25519 public key (receipts, pull answers)

    def check(self) -> None:
        if self.key_id != server_key_id(self.sealing, self.signing):
            raise ProtocolError("server key id does not match the keys")


def server_key_id(sealing: bytes, signing: bytes) -> str:
    """A server's key id: a hash of both public keys (what a device pins and compares)."""
    return hashlib.sha256(b"bienestar/server-key-id/v1|" + sealing + signing).hexdigest()[:32]


class ProtocolWindow(WireMessage, frozen=True):
    """The protocol versions a server speaks, both ends included."""

    what = "health.protocol"
    not_an_object = "health.protocol is missing or of the wrong type"

    min: int
    max: int


class Health(WireMessage, frozen=True):
    what = "health"
    not_an_object = "health answer must be a JSON object"

    status: str
    server_time: CheckedTime
    protocol: ProtocolWindow
    server_keys: ServerKeyInfo


_ENROLL_TOO_LONG: Final = "enroll.label is too long"
ENROLL_NONCE_BYTES: Final = 40
ENROLL_PROOF_BYTES: Final = 32
_FOLIO_PREFIX = re.compile(r"^[0-9A-HJKMNP-TV-Z]{6}$")
_FOLIO_PREFIX_PROBLEM: Final = "{label} must be 6 characters of the code alphabet"

EnrollNonce = Annotated[
    bytes,
    Meta(
        min_length=ENROLL_NONCE_BYTES,
        max_length=ENROLL_NONCE_BYTES,
        extra=rules(invalid=f"{{label}} must be {ENROLL_NONCE_BYTES} bytes"),
    ),
]
# A MAC keyed by the enrolment code; present on the wire, though filled in after the rest.
EnrollProof = Annotated[
    bytes,
    Meta(
        min_length=ENROLL_PROOF_BYTES,
        max_length=ENROLL_PROOF_BYTES,
        extra=rules(invalid=f"{{label}} must be {ENROLL_PROOF_BYTES} bytes", required=True),
    ),
]
FolioPrefix = Annotated[
    str,
    Meta(
        pattern=_FOLIO_PREFIX.pattern,
        extra=rules(wrong_type=_FOLIO_PREFIX_PROBLEM, invalid=_FOLIO_PREFIX_PROBLEM),
    ),
]


class EnrollChallenge(WireMessage, frozen=True):
    """The server's first word: a nonce for one enrolment, and the keys to check and pin."""

    what = "challenge"
    not_an_object = "enrolment challenge must be a JSON object"

    nonce: EnrollNonce
    server_keys: ServerKeyInfo
    expires_at: Time


class EnrollRequest(WireMessage, frozen=True, tag_field="type", tag=ENROLL_TYPE):
    """The device proves it knows the code (``proof``) and holds its signing key (``signature``).

    The code itself never travels: ``code_id`` names it without revealing it, and ``proof`` is
    a MAC keyed by it over everything else here, the server's nonce included, so neither these
    keys nor this nonce can be swapped, and the request cannot be used twice.
    """

    what = "enroll"
    not_an_object = "not an enrolment request"

    v: Version
    code_id: KeyId
    nonce: EnrollNonce
    # The casebook's own id (made at set-up) and the prefix of its folios: one casebook id
    # behind two devices is a copied casebook, and two casebooks never share a prefix.
    casebook_id: Uuid
    folio_prefix: FolioPrefix
    label: Annotated[str, Meta(max_length=MAX_LABEL_LENGTH, extra=rules(invalid=_ENROLL_TOO_LONG))]
    signing: DevicePublicKey  # Ed25519 public key
    sealing: DevicePublicKey  # X25519 public key
    proof: EnrollProof = b""
    signature: Signature = b""

    def proven_part(self) -> dict[str, Any]:
        """What the code's MAC covers: everything but the MAC and the signature."""
        return {
            "type": ENROLL_TYPE,
            "v": self.v,
            "code_id": self.code_id,
            "nonce": b64encode(self.nonce),
            "casebook_id": self.casebook_id,
            "folio_prefix": self.folio_prefix,
            "label": self.label,
            "signing": b64encode(self.signing),
            "sealing": b64encode(self.sealing),
        }

    def signed_part(self) -> dict[str, Any]:
        return {**self.proven_part(), "proof": b64encode(self.proof)}


class EnrollResponse(WireMessage, frozen=True):
    """The enrolment, with the server's proof that it knows the code (a MAC over all of it)."""

    what = "enrolled"
    not_an_object = "enrolment answer must be a JSON object"

    device_id: Uuid
    # Never in a log line or a traceback's locals.
    token: Annotated[
        str,
        Meta(
            min_length=20,
            max_length=200,
            extra=rules(invalid="{label} has an odd length", secret=True),
        ),
    ]
    office: Office
    # The prefix this device must number its folios with from now on (the server's choice
    # when the one the device had is taken by another casebook).
    folio_prefix: FolioPrefix
    server_keys: ServerKeyInfo
    server_time: Time
    proof: EnrollProof = b""

    def proven_part(self, request: EnrollRequest) -> dict[str, Any]:
        """What the server's MAC covers: this answer bound to the request it answers."""
        return {
            "type": "bienestar.enrolled",
            "request": request.signed_part(),
            "device_id": self.device_id,
            "token_sha256": hashlib.sha256(self.token.encode("utf-8")).hexdigest(),
            "office": self.office,
            "folio_prefix": self.folio_prefix,
            "server_keys": self.server_keys.to_json(),
            "server_time": self.server_time,
        }


class DeviceInfo(WireMessage, frozen=True):
    """Who a token belongs to (``GET /v1/device``)."""

    what = "device"
    not_an_object = "device answer must be a JSON object"

    device_id: Uuid
    office: Office
    label: str
    role: DeviceRole = DeviceRole.CASEWORKER


class DecisionRequest(WireMessage, frozen=True):
    """A supervisor's decision on an enrolment of the device's office (``POST /v1/decisions``):
    approved, or rejected with a reason. Only a device enrolled as a supervisor may send it."""

    what = "decision"
    not_an_object = "a decision must be a JSON object"

    enrollment_id: Uuid
    status: DecisionStatus
    reason: ShortText = ""


class DecisionAnswer(WireMessage, frozen=True):
    """The decision as stored: the enrolment's new version, which the office's devices pull."""

    what = "decision answer"
    not_an_object = "a decision answer must be a JSON object"

    enrollment_id: Uuid
    status: DecisionStatus
    version: int


class ErrorBody(WireMessage, frozen=True):
    """A refusal: ``{"error": code, "message": text}``, the text naming the problem only."""

    what = "error"
    not_an_object = "error is not a JSON object"

    error: ErrorCode
    message: str


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
