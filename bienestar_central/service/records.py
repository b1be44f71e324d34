"""The server's copy of each record: rows of ``records`` read as merge drafts and written back.

A record row also carries the two keys the review queues look duplicates up by: the CURP's
blind index (persons) and the person-and-program link (enrolments not rejected or deleted).
Every write also appends to the audit chain the digest of each row as stored, so that a row
edited by any other path no longer matches it (``bienestar-central verify-audit``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import Connection, bindparam, select, update

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.service.audit import RECORD_STORED, AuditChain
from bienestar_central.service.bulk import chunks, insert_many
from bienestar_central.service.merge import RecordDraft, meta_from_json
from bienestar_field.domain.curp import normalize_curp
from bienestar_wire.protocol import Entity, RecordState, RejectReason, canonical_json

# The records that carry a folio: one device counter numbers all three, so a folio is unique
# in its office across them.
FOLIO_ENTITIES: Final = frozenset({Entity.HOUSEHOLD, Entity.PERSON, Entity.ENROLLMENT})


def record_key(entity_id: str, office: str) -> str:
    """How the audit log names a record: its id and office (ids may clash across offices)."""
    return f"{entity_id}@{hashlib.sha256(office.encode('utf-8')).hexdigest()[:16]}"


def record_digest(row: Mapping[Any, Any]) -> str:
    """The SHA-256 of a ``records`` row as stored: every column, by name."""
    content = {}
    for column in m.records.columns:
        value = row[column.name]
        content[column.name] = (
            bytes(value).hex() if isinstance(value, bytes | memoryview) else value
        )
    return hashlib.sha256(canonical_json(content)).hexdigest()


class RecordStore:
    def __init__(
        self, database: Database, curp_index: Callable[[str], bytes], audit: AuditChain
    ) -> None:
        self._db = database
        self._curp_index = curp_index
        self._audit = audit

    def load(
        self, conn: Connection, office: str, entity_ids: Sequence[str]
    ) -> dict[str, RecordDraft]:
        """The records of ``office`` under these ids (each office has its own ids)."""
        out: dict[str, RecordDraft] = {}
        for chunk in chunks(entity_ids):
            rows = conn.execute(_of_office(office, chunk))
            for row in rows.mappings():
                out[row["entity_id"]] = draft_from_row(row)
        return out

    def load_readable(
        self, conn: Connection, office: str, entity_ids: Sequence[str]
    ) -> tuple[dict[str, RecordDraft], list[str]]:
        """Like ``load``, but a row that does not read back (damaged by hand, or by a bug) is
        left out and named rather than failing the rest: (drafts, ids of the unreadable)."""
        out: dict[str, RecordDraft] = {}
        unreadable: list[str] = []
        for chunk in chunks(entity_ids):
            rows = conn.execute(_of_office(office, chunk))
            for row in rows.mappings():
                try:
                    out[row["entity_id"]] = draft_from_row(row)
                except (ValueError, TypeError, KeyError, AttributeError):
                    unreadable.append(row["entity_id"])
        return out, unreadable

    def load_anywhere(self, conn: Connection, entity_id: str) -> list[RecordDraft]:
        """Every office's record under one id (an operator names a record by id alone)."""
        rows = conn.execute(select(m.records).where(m.records.c.entity_id == entity_id))
        return [draft_from_row(row) for row in rows.mappings()]

    def owners(
        self, conn: Connection, office: str, entity_ids: Sequence[str]
    ) -> dict[str, tuple[Entity, str]]:
        """Each record's kind (and office) under these ids in ``office``, without its fields."""
        out: dict[str, tuple[Entity, str]] = {}
        r = m.records.c
        for chunk in chunks(entity_ids):
            rows = conn.execute(
                select(r.entity_id, r.entity).where(r.office == office, r.entity_id.in_(chunk))
            )
            for entity_id, entity in rows:
                out[entity_id] = (Entity(entity), office)
        return out

    def elsewhere(self, conn: Connection, office: str, entity_ids: Sequence[str]) -> dict[str, str]:
        """The ids among these that another office already uses, with (one) such office: the
        operator's to look at, never the device's to learn."""
        out: dict[str, str] = {}
        r = m.records.c
        for chunk in chunks(entity_ids):
            rows = conn.execute(
                select(r.entity_id, r.office).where(r.office != office, r.entity_id.in_(chunk))
            )
            for entity_id, other in rows:
                out.setdefault(entity_id, other)
        return out

    def digests(self, conn: Connection) -> Iterator[tuple[str, str]]:
        """Every record's id and the digest of its stored row."""
        for row in conn.execute(select(m.records)).mappings():
            yield record_key(row["entity_id"], row["office"]), record_digest(row)

    def write(self, conn: Connection, drafts: Iterable[RecordDraft], *, actor: str) -> None:
        """Insert the new drafts and update the others, each as one statement; audit each
        row's digest as ``actor``'s write."""
        new_rows: list[dict[str, Any]] = []
        updated_rows: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
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
                    self._curp_index(normalize_curp(str(draft.fields.get("curp", ""))))
                    if draft.entity is Entity.PERSON
                    else None
                ),
                "link_key": link_key(draft),
                "folio": draft.folio,
            }
            events.append(
                self._audit.event(
                    actor,
                    RECORD_STORED,
                    record_key(draft.entity_id, draft.office),
                    record_digest(row),
                )
            )
            if draft.is_new:
                new_rows.append(row)
                draft.is_new = False
            else:
                updated_rows.append({("b_" + k): v for k, v in row.items()})
        insert_many(self._db, conn, m.records, new_rows)
        if updated_rows:
            keys = ("entity_id", "office")
            columns = [c.name for c in m.records.columns if c.name not in keys]
            conn.execute(
                update(m.records)
                .where(
                    m.records.c.entity_id == bindparam("b_entity_id"),
                    m.records.c.office == bindparam("b_office"),
                )
                .values({name: bindparam("b_" + name) for name in columns}),
                updated_rows,
            )
        self._audit.append(conn, events)


def _of_office(office: str, entity_ids: Sequence[str]) -> Any:
    r = m.records.c
    return select(m.records).where(r.office == office, r.entity_id.in_(entity_ids))


def folio_problem(folio: object) -> str | None:
    """Why ``folio`` cannot be stored as one (a ``RejectReason``), or None."""
    if not isinstance(folio, str) or not folio or not folio.isprintable():
        return RejectReason.INVALID.value
    if len(folio) > m.FOLIO_MAX:
        return RejectReason.OUT_OF_RANGE.value
    return None


@dataclass(slots=True)
class OfficeFolios:
    """The folios of one office a batch names, and which record holds each: stored ones
    first, then those the batch's own records take as they apply."""

    office: str
    holders: dict[str, str] = field(default_factory=dict)  # folio -> entity id

    def load(self, conn: Connection, folios: Iterable[str]) -> None:
        r = m.records.c
        for chunk in chunks(sorted(set(folios))):
            rows = conn.execute(
                select(r.folio, r.entity_id).where(r.office == self.office, r.folio.in_(chunk))
            )
            for folio, entity_id in rows:
                self.holders[folio] = entity_id

    def take(self, folio: str, entity_id: str) -> bool:
        """Give ``folio`` to ``entity_id`` unless another record holds it."""
        holder = self.holders.setdefault(folio, entity_id)
        return holder == entity_id


# Enrolment states that end it: a new enrolment of the person in the program is no duplicate.
CLOSED_STATES: Final = frozenset({"rejected", "withdrawn"})


def link_key(record: RecordDraft) -> str | None:
    """The person-and-program key of a live enrolment, for finding a second one; else None."""
    if record.entity is not Entity.ENROLLMENT or record.deleted:
        return None
    if record.fields.get("status") in CLOSED_STATES:
        return None
    return f"{record.fields.get('person_id')}|{record.fields.get('program_code')}"


def draft_from_row(row: Any) -> RecordDraft:
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
        folio=row["folio"],
    )


def set_aside(draft: RecordDraft) -> bool:
    """A record kept for review only: another record of its office holds its folio."""
    return draft.entity in FOLIO_ENTITIES and draft.folio is None


def record_state(draft: RecordDraft) -> RecordState:
    """A record as devices receive it."""
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
