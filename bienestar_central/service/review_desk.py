"""The review queues as people work them: listing what waits, and applying a decision.

Queues: duplicates (the same CURP twice, the same enrolment twice, a record id or folio clash),
probable duplicates (the same person under two CURPs, with a score), field conflicts (the
losing and winning value, who wrote each, when) and changes the server refused. Each item has
an id that names its queue (``duplicate-12``, ``conflict-7``, ``refused-<device>/<change>``).

A decision changes records the way a device's change would: a new version, field stamps of the
server's clock, a feed entry so every device of the office pulls the result, and the record's
digest in the audit chain; the decision itself is an audit event too.

- Same person: one record is kept, with the fields chosen from the other; the other is closed
  (a tombstone: it stays, marked deleted) and its live enrolments move to the kept person, or
  close when the kept person already has one in that program.
- Different people: the pair is closed and never queued again.
- A conflict: the winning value stays, or the losing one is written instead.
- An enrolment waiting for approval (where the operator turned approval on for the office), or
  one made under a catalog not in force on its day: approved / accepted, or returned to its
  caseworker for correction with a reason (its status becomes ``rejected`` with that reason).

Every decision method takes the office of whoever decides (a supervisor's device decides only
in its own office: an item of another office is 404, as if it did not exist) and ``within``, a
step run in the deciding transaction with the outcome (a device's decision is recorded there, so
a decision and its idempotency record commit together).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, insert, or_, select, update

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.merge import SERVER_DEVICE, FieldMeta, RecordDraft
from bienestar_central.service.records import RecordStore
from bienestar_field.domain.clock import HybridClock
from bienestar_wire.protocol import ChangeStatus, Entity, EntryKind, ErrorCode

log = logging.getLogger(__name__)
KINDS: Final = (
    "duplicate",
    "probable_duplicate",
    "conflict",
    "refused",
    "approval",
    "outdated_catalog",
)
OUTDATED_CATALOG: Final = "outdated_catalog"
# Run inside a decision's transaction with its outcome (see the module's docstring).
Within = Callable[[Connection, dict[str, Any]], None]
# Fields a merge never copies from the closed record: they name the record, not the person.
_NOT_MERGED: Final = frozenset({"folio", "household_id"})


@dataclass(frozen=True, slots=True)
class ItemId:
    kind: str
    number: int


def parse_item_id(text: str) -> ItemId:
    kind, _, number = text.partition("-")
    if kind not in ("duplicate", "conflict") or not number.isdigit() or len(number) > 18:
        raise ServiceError(
            400, ErrorCode.BAD_REQUEST, "a decision names a duplicate-N or conflict-N item"
        )
    return ItemId(kind, int(number))


class ReviewDesk:
    def __init__(
        self,
        database: Database,
        records: RecordStore,
        audit: AuditChain,
        *,
        now: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._records = records
        self._audit = audit
        self._now = now
        self._clock = HybridClock("central")

    # --- listing --------------------------------------------------------------------------

    def items(self, office: str | None = None, kind: str | None = None) -> Iterator[dict[str, Any]]:
        """What waits for a decision, oldest first per queue, as plain JSON-ready dicts."""
        if kind is not None and kind not in KINDS:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, f"a queue is one of: {', '.join(KINDS)}")
        with self._db.reading() as conn:
            if kind in (None, "duplicate", "probable_duplicate", OUTDATED_CATALOG):
                yield from self._duplicates(conn, office, kind)
            if kind in (None, "conflict"):
                yield from self._conflicts(conn, office)
        # Approvals before refused changes: those are read only and pile up, and a device
        # gets the first items only, so an enrolment must never wait behind them.
        if kind in (None, "approval"):
            yield from self._approvals(office)
        if kind in (None, "refused"):
            with self._db.reading() as conn:
                yield from self._refused(conn, office)

    # --- approval -------------------------------------------------------------------------

    def approval_required(self, office: str) -> bool:
        with self._db.reading() as conn:
            return self._approval_on(conn, office)

    @staticmethod
    def _approval_on(conn: Connection, office: str) -> bool:
        s = m.office_settings.c
        found = conn.execute(
            select(s.approval_required).where(s.office == office)
        ).scalar_one_or_none()
        return bool(found)

    def set_approval(self, office: str, required: bool, *, actor: str = "operator") -> None:
        """Turn on (or off) the approval of this office's enrolments by a supervisor."""
        now = self._now().isoformat()
        with self._db.writing() as conn:
            s = m.office_settings.c
            done = conn.execute(
                update(m.office_settings)
                .where(s.office == office)
                .values(approval_required=required, updated_at=now)
            )
            if done.rowcount == 0:
                conn.execute(
                    insert(m.office_settings).values(
                        office=office, approval_required=required, updated_at=now
                    )
                )
            action = "office.approval_on" if required else "office.approval_off"
            self._audit.append(conn, [self._audit.event(actor, action, office, "")])

    def _approvals(self, office: str | None) -> Iterator[dict[str, Any]]:
        """Submitted enrolments of the offices whose approval is on, oldest first."""
        with self._db.reading() as conn:
            s = m.office_settings.c
            query = select(s.office).where(s.approval_required.is_(True)).order_by(s.office)
            if office is not None:
                query = query.where(s.office == office)
            offices = list(conn.execute(query).scalars())
            r = m.records.c
            for each in offices:
                ids = list(
                    conn.execute(
                        select(r.entity_id).where(
                            r.office == each,
                            r.entity == Entity.ENROLLMENT.value,
                            r.deleted.is_(False),
                        )
                    ).scalars()
                )
                readable, unreadable = self._records.load_readable(conn, each, ids)
                if unreadable:
                    log.error("approvals: %d stored enrolments do not read back", len(unreadable))
                waiting = [
                    record
                    for record in readable.values()
                    if record.fields.get("status") == "submitted"
                ]
                waiting.sort(key=lambda record: (record.created_at, record.entity_id))
                for record in waiting:
                    yield {
                        "id": f"approval-{record.entity_id}",
                        "kind": "approval",
                        "office": each,
                        "entity": record.entity.value,
                        "entity_id": record.entity_id,
                        "person_id": record.fields.get("person_id"),
                        "program_code": record.fields.get("program_code"),
                        "created_at": record.created_at,
                    }

    def _duplicates(
        self, conn: Connection, office: str | None, kind: str | None
    ) -> Iterator[dict[str, Any]]:
        d = m.duplicates.c
        query = select(m.duplicates).where(d.resolved_at.is_(None)).order_by(d.id)
        if office is not None:
            query = query.where(d.office == office)
        for row in conn.execute(query).mappings():
            if row["kind"] == OUTDATED_CATALOG:
                queue = OUTDATED_CATALOG
            else:
                queue = "probable_duplicate" if row["score"] is not None else "duplicate"
            if kind is not None and kind != queue:
                continue
            yield {
                "id": f"duplicate-{row['id']}",
                "kind": queue,
                "reason": row["kind"],
                "office": row["office"],
                "entity": row["entity"],
                "entity_id": row["entity_id"],
                "other_entity_id": row["other_entity_id"],
                "other_office": row["other_office"],
                "score": row["score"],
                # An enrolment under an outdated catalog: the version used and the one in force.
                "detail": json.loads(row["detail"]) if row["detail"] else None,
                "created_at": row["created_at"],
            }

    def _conflicts(self, conn: Connection, office: str | None) -> Iterator[dict[str, Any]]:
        c = m.conflicts.c
        query = select(m.conflicts).where(c.resolved_at.is_(None)).order_by(c.id)
        if office is not None:
            query = query.where(c.office == office)
        for row in conn.execute(query).mappings():
            yield {
                "id": f"conflict-{row['id']}",
                "kind": "conflict",
                "office": row["office"],
                "entity": row["entity"],
                "entity_id": row["entity_id"],
                "field": row["field"],
                "winner": {
                    "value": json.loads(row["winner_value"]),
                    "device": row["winner_device"],
                    "clock": row["winner_hlc"],
                },
                "loser": {
                    "value": json.loads(row["loser_value"]),
                    "device": row["loser_device"],
                    "clock": row["loser_hlc"],
                },
                "created_at": row["created_at"],
            }

    def _refused(self, conn: Connection, office: str | None) -> Iterator[dict[str, Any]]:
        c = m.changes.c
        query = (
            select(
                c.device_id, c.change_id, c.office, c.entity, c.entity_id, c.reason, c.received_at
            )
            .where(c.status == ChangeStatus.REJECTED.value)
            .order_by(c.received_at, c.device_id, c.change_id)
        )
        if office is not None:
            query = query.where(c.office == office)
        for row in conn.execute(query).mappings():
            yield {
                "id": f"refused-{row['device_id']}/{row['change_id']}",
                "kind": "refused",
                "office": row["office"],
                "device": row["device_id"],
                "entity": row["entity"],
                "entity_id": row["entity_id"],
                "reason": row["reason"],
                "created_at": row["received_at"],
            }

    # --- decisions ------------------------------------------------------------------------

    def same_person(
        self,
        item: str,
        keep: str,
        take: Sequence[str] = (),
        *,
        actor: str,
        office: str | None = None,
        within: Within | None = None,
    ) -> dict[str, Any]:
        """Merge a pair of person records: ``keep`` stays, with the fields named in ``take``
        copied from the other; the other closes and its enrolments move to ``keep``."""
        now = self._now().isoformat()
        with self._db.writing() as conn:
            row = self._open_duplicate(conn, item, office)
            if (
                row["entity"] != Entity.PERSON.value
                or row["office"] != row["other_office"]
                or row["kind"] == OUTDATED_CATALOG
            ):
                raise ServiceError(
                    409, ErrorCode.BAD_REQUEST, "only two persons of one office can be merged"
                )
            pair = {row["entity_id"], row["other_entity_id"]}
            if keep not in pair:
                raise ServiceError(400, ErrorCode.BAD_REQUEST, "--keep names one of the pair")
            (closing,) = pair - {keep}
            office = row["office"]
            loaded = self._records.load(conn, office, sorted(pair))
            kept, closed = loaded.get(keep), loaded.get(closing)
            if kept is None or closed is None or kept.deleted or closed.deleted:
                raise ServiceError(409, ErrorCode.BAD_REQUEST, "one of the pair is already closed")
            unknown = sorted(set(take) - (set(closed.fields) - _NOT_MERGED))
            if unknown:
                raise ServiceError(
                    400, ErrorCode.BAD_REQUEST, f"cannot take these fields: {', '.join(unknown)}"
                )
            stamp = str(self._clock.now())
            changed = [kept, closed]
            for name in take:
                self._set(kept, name, closed.fields[name], stamp, now)
            self._close(closed, stamp, now)
            changed.extend(self._move_enrolments(conn, office, closing, keep, stamp, now))
            self._records.write(conn, changed, actor=actor)
            self._feed(conn, office, changed, now)
            self._resolve_pair(conn, office, pair, "same_person", keep, actor, now)
            self._audit.append(
                conn, [self._audit.event(actor, "review.same_person", keep, closing)]
            )
            outcome = {"kept": keep, "closed": closing, "records_changed": len(changed)}
            if within is not None:
                within(conn, outcome)
        return outcome

    def different_people(
        self,
        item: str,
        *,
        actor: str,
        office: str | None = None,
        within: Within | None = None,
    ) -> dict[str, Any]:
        now = self._now().isoformat()
        with self._db.writing() as conn:
            row = self._open_duplicate(conn, item, office)
            if row["kind"] == OUTDATED_CATALOG:
                raise ServiceError(400, ErrorCode.BAD_REQUEST, "that item is not a pair")
            pair = {row["entity_id"], row["other_entity_id"]}
            self._resolve_pair(conn, row["office"], pair, "different", None, actor, now)
            self._audit.append(
                conn, [self._audit.event(actor, "review.different", row["entity_id"], item)]
            )
            outcome: dict[str, Any] = {"different": sorted(pair)}
            if within is not None:
                within(conn, outcome)
        return outcome

    def decide_enrolment(
        self,
        item: str,
        choice: str,
        reason: str = "",
        *,
        actor: str,
        office: str | None = None,
        within: Within | None = None,
    ) -> dict[str, Any]:
        """An enrolment waiting for approval (``approval-ID``: ``approve`` or ``return``), or
        one under an outdated catalog (``duplicate-N``: ``accept`` or ``return``). Returned
        means rejected with the reason, for its caseworker to correct and send again."""
        kind, _, rest = item.partition("-")
        allowed = {"approval": ("approve", "return"), "duplicate": ("accept", "return")}
        if kind not in allowed or choice not in allowed[kind]:
            raise ServiceError(
                400,
                ErrorCode.BAD_REQUEST,
                "an approval is approved or returned; an "
                "outdated-catalog enrolment accepted or returned",
            )
        if choice == "return" and not reason.strip():
            raise ServiceError(
                400, ErrorCode.BAD_REQUEST, "a return says why the enrolment goes back"
            )
        now = self._now().isoformat()
        with self._db.writing() as conn:
            flag = None
            if kind == "duplicate":
                flag = self._open_duplicate(conn, item, office)
                if flag["kind"] != OUTDATED_CATALOG:
                    raise ServiceError(
                        400, ErrorCode.BAD_REQUEST, "that item is not an outdated-catalog enrolment"
                    )
                where, enrolment_id = flag["office"], flag["entity_id"]
            else:
                enrolment_id = rest
                where = self._approval_office(conn, enrolment_id, office)
            record = self._records.load(conn, where, [enrolment_id]).get(enrolment_id)
            if record is None or record.entity is not Entity.ENROLLMENT:
                raise ServiceError(404, ErrorCode.NOT_FOUND, "no such enrolment")
            if record.deleted or record.fields.get("status") in ("withdrawn", "suspended"):
                raise ServiceError(409, ErrorCode.BAD_REQUEST, "the enrolment was closed")
            if flag is None and record.fields.get("status") != "submitted":
                raise ServiceError(409, ErrorCode.BAD_REQUEST, "that enrolment is already decided")
            changed: list[RecordDraft] = []
            status = {"approve": "approved", "return": "rejected"}.get(choice)
            if status is not None:
                stamp = str(self._clock.now())
                self._set(record, "status", status, stamp, now)
                self._set(record, "status_reason", reason.strip(), stamp, now)
                changed.append(record)
                self._records.write(conn, changed, actor=actor)
                self._feed(conn, where, changed, now)
            if flag is not None:
                conn.execute(
                    update(m.duplicates)
                    .where(m.duplicates.c.id == flag["id"])
                    .values(resolved_at=now, decision=choice, decided_by=actor)
                )
            self._audit.append(
                conn, [self._audit.event(actor, f"review.enrolment_{choice}", enrolment_id, item)]
            )
            outcome: dict[str, Any] = {
                "enrollment": enrolment_id,
                "decision": choice,
                "records_changed": len(changed),
            }
            if within is not None:
                within(conn, outcome)
        return outcome

    def _approval_office(self, conn: Connection, enrolment_id: str, office: str | None) -> str:
        """The office of an enrolment waiting for approval; 404 unless approval is on there."""
        r = m.records.c
        query = select(r.office).where(
            r.entity_id == enrolment_id, r.entity == Entity.ENROLLMENT.value
        )
        if office is not None:
            query = query.where(r.office == office)
        offices = [each for each in conn.execute(query).scalars() if self._approval_on(conn, each)]
        if not offices:
            raise ServiceError(404, ErrorCode.NOT_FOUND, "no enrolment waits for that approval")
        if len(offices) > 1:
            raise ServiceError(
                409, ErrorCode.BAD_REQUEST, "enrolments of several offices have that id"
            )
        return str(offices[0])

    def settle_conflict(
        self,
        item: str,
        value: str,
        *,
        actor: str,
        office: str | None = None,
        within: Within | None = None,
    ) -> dict[str, Any]:
        """Keep the winning value (``winner``) or write the losing one (``loser``)."""
        if value not in ("winner", "loser"):
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a conflict is settled winner or loser")
        parsed = parse_item_id(item)
        if parsed.kind != "conflict":
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "that item is not a conflict")
        now = self._now().isoformat()
        with self._db.writing() as conn:
            c = m.conflicts.c
            row = conn.execute(select(m.conflicts).where(c.id == parsed.number)).mappings().first()
            if row is None or (office is not None and row["office"] != office):
                raise ServiceError(404, ErrorCode.NOT_FOUND, "no such conflict")
            if row["resolved_at"] is not None:
                raise ServiceError(409, ErrorCode.BAD_REQUEST, "that conflict is already settled")
            if value == "loser":
                record = self._records.load(conn, row["office"], [row["entity_id"]]).get(
                    row["entity_id"]
                )
                if record is None or record.deleted:
                    raise ServiceError(409, ErrorCode.BAD_REQUEST, "the record is closed")
                stamp = str(self._clock.now())
                self._set(record, row["field"], json.loads(row["loser_value"]), stamp, now)
                self._records.write(conn, [record], actor=actor)
                self._feed(conn, row["office"], [record], now)
            conn.execute(
                update(m.conflicts)
                .where(c.id == parsed.number)
                .values(resolved_at=now, decision=value, decided_by=actor)
            )
            self._audit.append(
                conn, [self._audit.event(actor, f"review.conflict_{value}", row["entity_id"], item)]
            )
            outcome = {"conflict": item, "kept": value, "records_changed": int(value == "loser")}
            if within is not None:
                within(conn, outcome)
        return outcome

    # --- helpers --------------------------------------------------------------------------

    def _open_duplicate(self, conn: Connection, item: str, office: str | None = None) -> Any:
        parsed = parse_item_id(item)
        if parsed.kind != "duplicate":
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "that item is not a duplicate pair")
        row = (
            conn.execute(select(m.duplicates).where(m.duplicates.c.id == parsed.number))
            .mappings()
            .first()
        )
        if row is None or (office is not None and row["office"] != office):
            raise ServiceError(404, ErrorCode.NOT_FOUND, "no such duplicate pair")
        if row["resolved_at"] is not None:
            raise ServiceError(409, ErrorCode.BAD_REQUEST, "that pair is already decided")
        return row

    def _set(self, record: RecordDraft, name: str, value: Any, stamp: str, now: str) -> None:
        record.version += 1
        record.fields[name] = value
        record.fields_text = None
        record.meta[name] = FieldMeta(record.version, SERVER_DEVICE, stamp, "")
        record.hlc = max(record.hlc, stamp)
        record.updated_at = now

    def _close(self, record: RecordDraft, stamp: str, now: str) -> None:
        record.version += 1
        record.deleted = True
        record.meta["_deleted"] = FieldMeta(record.version, SERVER_DEVICE, stamp, "")
        record.hlc = max(record.hlc, stamp)
        record.updated_at = now

    def _move_enrolments(
        self, conn: Connection, office: str, closing: str, keep: str, stamp: str, now: str
    ) -> list[RecordDraft]:
        r = m.records.c
        ids = [
            entity_id
            for (entity_id,) in conn.execute(
                select(r.entity_id).where(
                    r.office == office,
                    r.entity == Entity.ENROLLMENT.value,
                    r.deleted.is_(False),
                    or_(r.link_key.like(f"{closing}|%"), r.link_key.like(f"{keep}|%")),
                )
            )
        ]
        enrolments = self._records.load(conn, office, ids)
        held = {
            e.fields.get("program_code")
            for e in enrolments.values()
            if e.fields.get("person_id") == keep
        }
        moved: list[RecordDraft] = []
        for enrolment in enrolments.values():
            if enrolment.fields.get("person_id") != closing:
                continue
            if enrolment.fields.get("program_code") in held:
                self._close(enrolment, stamp, now)  # the kept person is enrolled already
            else:
                self._set(enrolment, "person_id", keep, stamp, now)
                held.add(enrolment.fields.get("program_code"))
            moved.append(enrolment)
        return moved

    def _feed(
        self, conn: Connection, office: str, records: Sequence[RecordDraft], now: str
    ) -> None:
        group = self._db.write_group(conn)
        conn.execute(
            insert(m.feed),
            [
                {
                    "grp": group,
                    "office": office,
                    "kind": EntryKind.RECORD.value,
                    "entity": record.entity.value,
                    "entity_id": record.entity_id,
                    "skip_device": None,
                    "target_device": None,
                    "body": None,
                    "created_at": now,
                }
                for record in records
            ],
        )

    def _resolve_pair(
        self,
        conn: Connection,
        office: str,
        pair: set[str],
        decision: str,
        kept: str | None,
        actor: str,
        now: str,
    ) -> None:
        """Every open queue item about this pair (it may be queued as exact and as probable,
        from either side) is decided at once."""
        d = m.duplicates.c
        a, b = sorted(pair)
        conn.execute(
            update(m.duplicates)
            .where(
                d.office == office,
                d.resolved_at.is_(None),
                ((d.entity_id == a) & (d.other_entity_id == b))
                | ((d.entity_id == b) & (d.other_entity_id == a)),
            )
            .values(resolved_at=now, decision=decision, kept_id=kept, decided_by=actor)
        )
