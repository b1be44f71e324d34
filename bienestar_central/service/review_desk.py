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
"""

from __future__ import annotations

import json
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

KINDS: Final = ("duplicate", "probable_duplicate", "conflict", "refused")
# Fields a merge never copies from the closed record: they name the record, not the person.
_NOT_MERGED: Final = frozenset({"folio", "household_id"})


@dataclass(frozen=True, slots=True)
class ItemId:
    kind: str
    number: int


def parse_item_id(text: str) -> ItemId:
    kind, _, number = text.rpartition("-")
    if kind not in ("duplicate", "conflict") or not number.isdigit():
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
            if kind in (None, "duplicate", "probable_duplicate"):
                yield from self._duplicates(conn, office, kind)
            if kind in (None, "conflict"):
                yield from self._conflicts(conn, office)
            if kind in (None, "refused"):
                yield from self._refused(conn, office)

    def _duplicates(
        self, conn: Connection, office: str | None, kind: str | None
    ) -> Iterator[dict[str, Any]]:
        d = m.duplicates.c
        query = select(m.duplicates).where(d.resolved_at.is_(None)).order_by(d.id)
        if office is not None:
            query = query.where(d.office == office)
        for row in conn.execute(query).mappings():
            probable = row["score"] is not None
            if kind is not None and kind != ("probable_duplicate" if probable else "duplicate"):
                continue
            yield {
                "id": f"duplicate-{row['id']}",
                "kind": "probable_duplicate" if probable else "duplicate",
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
        self, item: str, keep: str, take: Sequence[str] = (), *, actor: str
    ) -> dict[str, Any]:
        """Merge a pair of person records: ``keep`` stays, with the fields named in ``take``
        copied from the other; the other closes and its enrolments move to ``keep``."""
        now = self._now().isoformat()
        with self._db.writing() as conn:
            row = self._open_duplicate(conn, item)
            if row["entity"] != Entity.PERSON.value or row["office"] != row["other_office"]:
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
        return {"kept": keep, "closed": closing, "records_changed": len(changed)}

    def different_people(self, item: str, *, actor: str) -> dict[str, Any]:
        now = self._now().isoformat()
        with self._db.writing() as conn:
            row = self._open_duplicate(conn, item)
            pair = {row["entity_id"], row["other_entity_id"]}
            self._resolve_pair(conn, row["office"], pair, "different", None, actor, now)
            self._audit.append(
                conn, [self._audit.event(actor, "review.different", row["entity_id"], item)]
            )
        return {"different": sorted(pair)}

    def settle_conflict(self, item: str, value: str, *, actor: str) -> dict[str, Any]:
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
            if row is None:
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
        return {"conflict": item, "kept": value}

    # --- helpers --------------------------------------------------------------------------

    def _open_duplicate(self, conn: Connection, item: str) -> Any:
        parsed = parse_item_id(item)
        if parsed.kind != "duplicate":
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "that item is not a duplicate pair")
        row = (
            conn.execute(select(m.duplicates).where(m.duplicates.c.id == parsed.number))
            .mappings()
            .first()
        )
        if row is None:
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
