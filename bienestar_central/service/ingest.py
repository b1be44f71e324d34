"""Batch ingest: a device's pushed (or a supervisor's forwarded) batch, opened and stored.

A push is one database transaction holding every stored change, the merged records, the review
queues, the feed entries and the audit chain links, committed before the receipt is signed and
sent: a lost answer or a crash can only ever lead to a resend, which the change ids make
harmless (an identical change again is a duplicate; another under a known id is refused).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import Connection, insert, select, update

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.audit_heads import DeviceHeads
from bienestar_central.service.bulk import chunks, insert_many
from bienestar_central.service.catalogs import (
    OfficeCatalogs,
    detail_json,
    office_catalogs,
    outdated_catalog,
)
from bienestar_central.service.devices import DeviceRow, find_device
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.merge import RecordDraft, merge_delete, merge_update, new_record
from bienestar_central.service.probable import ProbableDuplicates
from bienestar_central.service.records import (
    FOLIO_ENTITIES,
    OfficeFolios,
    RecordStore,
    folio_problem,
)
from bienestar_central.service.review import DuplicateWatch, conflict_row
from bienestar_central.service.validation import (
    clock_problem,
    decodes,
    fields_refusal,
    parent_problem,
    validate,
)
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import (
    BadSignature,
    EnvelopeError,
    WrongRecipient,
    open_batch_body,
    sign_receipt,
    verify_batch,
)
from bienestar_wire.protocol import (
    PARENT_FIELD,
    REJECT_DETAILS,
    AuditAck,
    AuditHead,
    BatchEnvelope,
    Change,
    ChangeResult,
    ChangeStatus,
    Entity,
    EntryKind,
    ErrorCode,
    Operation,
    Receipt,
    RejectReason,
    ReviewReason,
    canonical_json,
    load_json_object,
    manifest_problem,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PushOutcome:
    receipt: Receipt
    counts: dict[str, int]


@dataclass(slots=True)
class _Batch:
    """Everything one push accumulates before it is written in one go."""

    origin: DeviceRow
    now: str
    records: dict[str, RecordDraft]
    duplicates: DuplicateWatch
    folios: OfficeFolios
    parents: dict[str, tuple[Entity, str]] = field(default_factory=dict)  # id -> kind, office
    elsewhere: dict[str, str] = field(default_factory=dict)  # new ids other offices use
    dirty: dict[str, RecordDraft] = field(default_factory=dict)
    change_rows: list[dict[str, Any]] = field(default_factory=list)
    conflict_rows: list[dict[str, Any]] = field(default_factory=list)
    feed_rows: list[dict[str, Any]] = field(default_factory=list)
    audit_rows: list[dict[str, Any]] = field(default_factory=list)
    programs: frozenset[str] = frozenset()  # the program codes an enrolment may name
    catalogs: OfficeCatalogs | None = None  # read when the batch holds enrolments

    def owner(self, entity_id: str) -> tuple[Entity, str] | None:
        """A record's kind and office, from the batch's own records or the parents read."""
        record = self.records.get(entity_id)
        return (record.entity, record.office) if record is not None else self.parents.get(entity_id)


class Ingest:
    def __init__(
        self,
        database: Database,
        keys: ServerKeys,
        records: RecordStore,
        audit: AuditChain,
        *,
        now: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._keys = keys
        self._records = records
        self._audit = audit
        self._heads = DeviceHeads(keys, audit, now=now)
        self._probable = ProbableDuplicates(records)
        self._now = now

    def push(self, device: DeviceRow, body: bytes, *, forward: bool = False) -> PushOutcome:
        """Store a batch of ``device`` (or, forwarded, of another device of its office)."""
        started = time.perf_counter()
        envelope, origin = self._envelope_and_origin(device, body, forward=forward)
        batch_changes, audit_head = self._open(envelope, origin)
        results, audit_ack = self._store_batch(
            origin,
            envelope,
            batch_changes,
            audit_head,
            forwarded_by=device.id if forward else None,
        )
        receipt = sign_receipt(
            self._keys.pairs,
            batch_id=envelope.batch_id,
            device_id=origin.id,
            issued_at=self._now().isoformat(),
            results=results,
            audit_ack=audit_ack,
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

    def _envelope_and_origin(
        self, device: DeviceRow, body: bytes, *, forward: bool
    ) -> tuple[BatchEnvelope, DeviceRow]:
        """The envelope in ``body`` and the device that made the batch, if it may send it."""
        try:
            envelope = BatchEnvelope.from_json(load_json_object(body, "batch"))
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        if not forward:
            if envelope.device_id != device.id:
                raise ServiceError(403, ErrorCode.FORBIDDEN, "the batch belongs to another device")
            return envelope, device
        with self._db.reading() as conn:
            found = find_device(conn, envelope.device_id)
        if found is None or found.office != device.office:
            raise ServiceError(
                403, ErrorCode.FORBIDDEN, "the batch comes from no device of this office"
            )
        if found.revoked_at is not None:
            raise ServiceError(403, ErrorCode.FORBIDDEN, "the batch's device was revoked")
        return envelope, found

    def _open(
        self, envelope: BatchEnvelope, origin: DeviceRow
    ) -> tuple[Sequence[Change], AuditHead | None]:
        """The changes and audit head in ``envelope``, once its signature by ``origin``
        verifies."""
        if envelope.server_key_id != self._keys.key_id:
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
            body = open_batch_body(envelope, self._keys.pairs)
        except WrongRecipient:
            raise ServiceError(
                400, ErrorCode.UNDECRYPTABLE, "the batch does not open with this server's key"
            ) from None
        except EnvelopeError as exc:
            raise ServiceError(400, ErrorCode.UNDECRYPTABLE, str(exc)) from None
        # A batch file's clear manifest is what a supervisor was shown before carrying it:
        # it must say what the batch holds, or the batch is not taken.
        manifest = envelope.manifest
        problem = None if manifest is None else manifest_problem(manifest, body.changes)
        if problem is not None:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, problem)
        return body.changes, body.audit_head

    def _store_batch(
        self,
        origin: DeviceRow,
        envelope: BatchEnvelope,
        batch_changes: Sequence[Change],
        audit_head: AuditHead | None,
        *,
        forwarded_by: str | None,
    ) -> tuple[list[ChangeResult], AuditAck | None]:
        """Apply and record the batch in one transaction; the same batch again changes nothing."""
        now = self._now().isoformat()
        digest = envelope.digest()
        with self._db.writing() as conn:
            known_digest = conn.execute(
                select(m.batches.c.digest).where(
                    m.batches.c.device_id == origin.id, m.batches.c.batch_id == envelope.batch_id
                )
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
                            grp=self._db.write_group(conn),
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
            audit_ack = self._heads.observe(
                conn, origin.id, audit_head, forwarded=forwarded_by is not None
            )
        return results, audit_ack

    def _apply_changes(
        self,
        conn: Connection,
        origin: DeviceRow,
        batch_id: str,
        batch_changes: Sequence[Change],
        now: str,
    ) -> list[ChangeResult]:
        known = _known_changes(conn, origin.id, [c.change_id for c in batch_changes])
        arrival_ms = int(self._now().timestamp() * 1000)
        targets = sorted({c.entity_id for c in batch_changes})
        # Only values that passed their checks reach a query: a NUL in a folio, a parent id or
        # a program code is an error on PostgreSQL, and a long one a useless lookup.
        storable = [c for c in batch_changes if not c.bounds_problem() and not fields_refusal(c)]
        parent_ids: set[str] = set()
        for change in storable:
            parent = PARENT_FIELD[change.entity]
            if parent is not None and isinstance(change.fields.get(parent[0]), str):
                parent_ids.add(change.fields[parent[0]])
        batch = _Batch(
            origin=origin,
            now=now,
            records=self._records.load(conn, origin.office, targets),
            duplicates=DuplicateWatch(self._keys.curp_index, now),
            folios=OfficeFolios(origin.office),
        )
        batch.folios.load(conn, _folios_named(storable))
        # Parents are only checked for existence, kind and office: no need to parse them.
        batch.parents = self._records.owners(
            conn, origin.office, sorted(parent_ids - set(batch.records))
        )
        creates = {c.entity_id for c in batch_changes if c.operation is not Operation.UPDATE}
        batch.elsewhere = self._records.elsewhere(
            conn, origin.office, sorted(creates - set(batch.records))
        )
        batch.duplicates.load(conn, storable)
        if any(c.entity is Entity.ENROLLMENT for c in batch_changes):
            batch.catalogs = office_catalogs(conn, origin.office)
            batch.programs = batch.catalogs.program_codes
        group = self._db.write_group(conn)
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
            problem = change.bounds_problem() or clock_problem(change, arrival_ms)
            if problem is None:
                fields_json = canonical_json(change.fields)
                digest = change.digest(fields_json)
                fields_text = fields_json.decode("utf-8")
                problem = fields_refusal(change)
                if problem is not None:
                    fields_text = "{}"  # refused: its (maybe outsized) values are not kept
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
            results.append(_result(change.change_id, status, reason))
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
                self._audit.event(
                    origin.id, f"change.{status.value}", change.change_id, digest.hex()
                )
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
        problem = validate(change, batch.programs)
        if problem is not None:
            return ChangeStatus.REJECTED, problem, False
        origin = batch.origin
        record = batch.records.get(change.entity_id)
        review: list[str] = []
        everyone = False
        merged_creation = False
        if (
            change.operation is Operation.CREATE
            and record is not None
            and change.entity is Entity.HOUSEHOLD_SURVEY
            and record.entity is Entity.HOUSEHOLD_SURVEY
        ):
            # Two laptops that began a household's survey apart made the same record (its id
            # is the household's own, derived): the later creation merges answer by answer
            # as an edit made on nothing seen, so differing answers go to review.
            # An unanswered question is no answer: it does not blank the other laptop's.
            answered = {k: v for k, v in change.fields.items() if v is not None}
            change = msgspec.structs.replace(
                change, operation=Operation.UPDATE, basis_version=0, fields=answered
            )
            merged_creation = True  # its device must be sent the answers it did not have
        if change.operation in (Operation.CREATE, Operation.APPEND):
            if record is not None:
                return ChangeStatus.REJECTED, RejectReason.ALREADY_EXISTS.value, False
            refusal = parent_problem(change, batch.owner, origin.office, required=True)
            if refusal is not None:
                return ChangeStatus.REJECTED, refusal, False
            if not decodes(change.entity, change.fields):
                return ChangeStatus.REJECTED, RejectReason.INVALID.value, False
            folio = change.fields.get("folio") if change.entity in FOLIO_ENTITIES else None
            refusal = _claim_folio(batch, change.entity_id, folio)
            if refusal is not None:
                return ChangeStatus.REJECTED, refusal, False
            record = new_record(change, origin.id, origin.office, batch.now, fields_text)
            record.folio = folio
            batch.records[record.entity_id] = record
            other_office = batch.elsewhere.pop(record.entity_id, None)
            if other_office is not None:
                batch.duplicates.id_elsewhere(record, change, other_office)
        else:
            if record is None:
                return ChangeStatus.REJECTED, RejectReason.UNKNOWN_RECORD.value, False
            if record.entity is not change.entity:
                return ChangeStatus.REJECTED, RejectReason.WRONG_ENTITY.value, False
            if record.office != origin.office:
                return ChangeStatus.REJECTED, RejectReason.OUT_OF_SCOPE.value, False
            refusal = parent_problem(change, batch.owner, origin.office, required=False)
            if refusal is not None:
                return ChangeStatus.REJECTED, refusal, False
            if change.operation is not Operation.DELETE and not decodes(
                change.entity, {**record.fields, **change.fields}
            ):
                return ChangeStatus.REJECTED, RejectReason.INVALID.value, False
            folio = change.fields.get("folio") if change.entity in FOLIO_ENTITIES else None
            if folio is not None and folio != record.folio:
                refusal = _claim_folio(batch, change.entity_id, folio)
                if refusal is not None:
                    return ChangeStatus.REJECTED, refusal, False
            if change.operation is Operation.DELETE:
                merge_delete(record, change, origin.id, batch.now)
            else:
                outcome = merge_update(record, change, origin.id, batch.now)
                if folio is not None and record.fields.get("folio") == folio:
                    record.folio = folio
                for conflict in outcome.conflicts:
                    batch.conflict_rows.append(conflict_row(record, conflict, batch.now))
                if outcome.conflicts:
                    review.append(ReviewReason.FIELD_CONFLICT.value)
                if outcome.edit_of_deleted:
                    review.append(ReviewReason.EDIT_OF_DELETED.value)
                everyone = outcome.incoming_lost or outcome.edit_of_deleted or merged_creation
        batch.dirty[record.entity_id] = record
        review.extend(batch.duplicates.check(record, change))
        outdated = None if batch.catalogs is None else outdated_catalog(change, batch.catalogs)
        if outdated is not None:
            batch.duplicates.flag(
                ReviewReason.OUTDATED_CATALOG.value, record, change, detail_json(outdated)
            )
            review.append(ReviewReason.OUTDATED_CATALOG.value)
        if review:
            return ChangeStatus.CONFLICT, ",".join(review), everyone
        return ChangeStatus.APPLIED, "", everyone

    def _write_batch(self, conn: Connection, batch: _Batch) -> None:
        insert_many(self._db, conn, m.changes, batch.change_rows)
        self._records.write(conn, list(batch.dirty.values()), actor=batch.origin.id)
        insert_many(self._db, conn, m.conflicts, batch.conflict_rows)
        insert_many(self._db, conn, m.duplicates, batch.duplicates.rows)
        persons = [r for r in batch.dirty.values() if r.entity is Entity.PERSON]
        probable = self._probable.refile(conn, batch.origin.office, persons, batch.now)
        insert_many(self._db, conn, m.duplicates, probable)
        insert_many(self._db, conn, m.feed, batch.feed_rows)
        self._audit.append(conn, batch.audit_rows)


def _folios_named(batch_changes: Sequence[Change]) -> set[str]:
    return {
        c.fields["folio"]
        for c in batch_changes
        if c.entity in FOLIO_ENTITIES and isinstance(c.fields.get("folio"), str)
    }


def _claim_folio(batch: _Batch, entity_id: str, folio: object) -> str | None:
    """Give ``folio`` to the record, or the reason it cannot have it."""
    if folio is None:
        return None
    problem = folio_problem(folio)
    if problem is not None:
        return problem
    assert isinstance(folio, str)
    if not batch.folios.take(folio, entity_id):
        return RejectReason.FOLIO_TAKEN.value
    return None


def _result(change_id: str, status: ChangeStatus, reason: str) -> ChangeResult:
    """A change's answer, with English words for the reasons that need them.

    A refusal may carry its own words after the code (``invalid: person.gps must be ...``,
    from ``validation``); it is stored so, and split here into ``reason`` and ``detail``.
    """
    code, _, detail = reason.partition(": ")
    if not detail:
        try:
            detail = REJECT_DETAILS.get(RejectReason(code), "")
        except ValueError:  # no reason, or review reasons
            detail = ""
    return ChangeResult(change_id, status, code, detail)


def _known_changes(
    conn: Connection, device_id: str, change_ids: Sequence[str]
) -> dict[str, tuple[bytes, str, str]]:
    """What was stored under each id the signing device already sent: (digest, status,
    reason). Another device's change under the same id is another change."""
    known: dict[str, tuple[bytes, str, str]] = {}
    unique = sorted(set(change_ids))
    for chunk in chunks(unique):
        rows = conn.execute(
            select(
                m.changes.c.change_id,
                m.changes.c.digest,
                m.changes.c.status,
                m.changes.c.reason,
            ).where(m.changes.c.device_id == device_id, m.changes.c.change_id.in_(chunk))
        )
        for change_id, digest, status, reason in rows:
            known[change_id] = (bytes(digest), status, reason)
    return known


def _resend_result(change_id: str, digest: bytes, previous: tuple[bytes, str, str]) -> ChangeResult:
    known_digest, status, reason = previous
    if not hmac.compare_digest(known_digest, digest):
        return ChangeResult(change_id, ChangeStatus.REJECTED, RejectReason.CHANGE_ID_REUSED.value)
    if status == ChangeStatus.REJECTED.value:
        return _result(change_id, ChangeStatus.REJECTED, reason)
    return ChangeResult(change_id, ChangeStatus.DUPLICATE, "")


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
