"""The review queues an office works through: possible duplicates and field conflicts.

The duplicates queue also holds records queued alone (``flag``): an enrolment decided under a
program catalog that did not apply on its day, with the versions in ``detail``.

A duplicate is a second live person with the same CURP in any office, or a second live
enrolment of the same person in the same program. A conflict is a field two devices edited
concurrently, as the merge reports it. Both are queued for people to decide, never resolved
silently; the change still applies and its status says it awaits review.

A device is only ever told of what its own office holds: a CURP found in another office, or a
record id another office already uses, is queued for the operator while the device's answer
stays what it would have been without it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from sqlalchemy import Connection, select

from bienestar_central import models as m
from bienestar_central.service.bulk import chunks
from bienestar_central.service.merge import FieldConflict, RecordDraft
from bienestar_central.service.records import link_key
from bienestar_field.domain.curp import normalize_curp
from bienestar_wire.protocol import Change, Entity, Operation, ReviewReason

# Queue kinds that are no answer a device gets (see ``ReviewReason`` for those that are).
DUPLICATE_ID: Final = "duplicate_id"  # a record id another office already uses
DUPLICATE_FOLIO: Final = "duplicate_folio"  # a folio clash stored before folios were unique


def conflict_row(record: RecordDraft, conflict: FieldConflict, now: str) -> dict[str, Any]:
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


@dataclass(slots=True)
class DuplicateWatch:
    """The live records one batch could duplicate, growing as the batch's own records apply,
    and the duplicate pairs found so far as rows of the review queue."""

    curp_index: Callable[[str], bytes]
    now: str
    # Key -> the live records under it, as (entity id, office): ids are per office.
    curps: dict[bytes, set[tuple[str, str]]] = field(default_factory=dict)
    links: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)

    def load(self, conn: Connection, batch_changes: Sequence[Change]) -> None:
        """Read the stored live records sharing a CURP or a link with any of the changes."""
        curps: set[bytes] = set()
        links: set[str] = set()
        for change in batch_changes:
            if change.entity is Entity.PERSON and isinstance(change.fields.get("curp"), str):
                curps.add(self.curp_index(normalize_curp(change.fields["curp"])))
            if change.entity is Entity.ENROLLMENT:
                person = change.fields.get("person_id")
                program = change.fields.get("program_code")
                if isinstance(person, str) and isinstance(program, str):
                    links.add(f"{person}|{program}")
        live = m.records.c.deleted.is_(False)
        for chunk in chunks(sorted(curps)):
            rows = conn.execute(
                select(m.records.c.entity_id, m.records.c.curp_index, m.records.c.office).where(
                    m.records.c.curp_index.in_(chunk), live
                )
            )
            for entity_id, index, office in rows:
                self.curps.setdefault(bytes(index), set()).add((entity_id, office))
        for chunk in chunks(sorted(links)):
            rows = conn.execute(
                select(m.records.c.entity_id, m.records.c.link_key, m.records.c.office).where(
                    m.records.c.link_key.in_(chunk), live
                )
            )
            for entity_id, link, office in rows:
                self.links.setdefault(link, set()).add((entity_id, office))

    def check(self, record: RecordDraft, change: Change) -> list[str]:
        """Queue the duplicates ``record`` has after ``change``; the review reasons its device
        is told, which name only duplicates in its own office."""
        if record.deleted:
            return []
        reasons: list[str] = []
        if record.entity is Entity.PERSON and "curp" in change.fields:
            index = self.curp_index(normalize_curp(str(record.fields["curp"])))
            kind = ReviewReason.DUPLICATE_CURP
            if self._pair(kind, self.curps.setdefault(index, set()), record, change):
                reasons.append(kind.value)
        if record.entity is Entity.ENROLLMENT and (
            change.operation is Operation.CREATE
            or {"person_id", "program_code", "status"} & change.fields.keys()
        ):
            link = link_key(record)
            kind = ReviewReason.DUPLICATE_ENROLLMENT
            if link is not None:
                # A person id names a person of one office: the same key elsewhere is another
                # person (an id clash, queued as such), never a second enrolment of this one.
                others = self.links.setdefault(link, set())
                same_office = {o for o in others if o[1] == record.office}
                if self._pair(kind, same_office, record, change):
                    reasons.append(kind.value)
                others.add((record.entity_id, record.office))
        return reasons

    def id_elsewhere(self, record: RecordDraft, change: Change, other_office: str) -> None:
        """Queue a new record whose id another office already uses (a clone or a rogue device
        of another office); its device is answered as for any new record."""
        self.rows.append(self._row(DUPLICATE_ID, record, change, record.entity_id, other_office))

    def flag(self, kind: str, record: RecordDraft, change: Change, detail: str) -> None:
        """Queue one record alone, with what the reviewer needs to know in ``detail``."""
        row = self._row(kind, record, change, record.entity_id, record.office)
        row["detail"] = detail
        self.rows.append(row)

    def _pair(
        self,
        kind: ReviewReason,
        others: set[tuple[str, str]],
        record: RecordDraft,
        change: Change,
    ) -> bool:
        """Queue ``record`` against each other record under the same key, then join them.
        True when one of them is of the record's own office."""
        me = (record.entity_id, record.office)
        found = sorted(o for o in others if o != me)
        for other_id, other_office in found:
            self.rows.append(self._row(kind.value, record, change, other_id, other_office))
        others.add(me)
        return any(office == record.office for _, office in found)

    def _row(
        self, kind: str, record: RecordDraft, change: Change, other_id: str, other_office: str
    ) -> dict[str, Any]:
        return {
            "kind": kind,
            "entity": record.entity.value,
            "entity_id": record.entity_id,
            "other_entity_id": other_id,
            "office": record.office,
            "other_office": other_office,
            "change_id": change.change_id,
            "created_at": self.now,
            "detail": None,
        }
