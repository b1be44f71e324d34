"""The review queues an office works through: possible duplicates and field conflicts.

A duplicate is a second live person with the same CURP, or a second live enrolment of the same
person in the same program, in any office. A conflict is a field two devices edited
concurrently, as the merge reports it. Both are queued for people to decide, never resolved
silently; the change still applies and its status says it awaits review.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from bienestar_central import models as m
from bienestar_central.service.bulk import chunks
from bienestar_central.service.merge import FieldConflict, RecordDraft
from bienestar_central.service.records import link_key
from bienestar_field.domain.curp import normalize_curp
from bienestar_wire.protocol import Change, Entity, Operation, ReviewReason


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
    curps: dict[bytes, dict[str, str]] = field(default_factory=dict)  # index -> {id: office}
    links: dict[str, dict[str, str]] = field(default_factory=dict)  # link key -> {id: office}
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
                self.curps.setdefault(bytes(index), {})[entity_id] = office
        for chunk in chunks(sorted(links)):
            rows = conn.execute(
                select(m.records.c.entity_id, m.records.c.link_key, m.records.c.office).where(
                    m.records.c.link_key.in_(chunk), live
                )
            )
            for entity_id, link, office in rows:
                self.links.setdefault(link, {})[entity_id] = office

    def check(self, record: RecordDraft, change: Change) -> list[str]:
        """Queue the duplicates ``record`` has after ``change``; the review reasons found."""
        if record.deleted:
            return []
        reasons: list[str] = []
        if record.entity is Entity.PERSON and "curp" in change.fields:
            index = self.curp_index(normalize_curp(str(record.fields["curp"])))
            kind = ReviewReason.DUPLICATE_CURP
            if self._pair(kind, self.curps.setdefault(index, {}), record, change):
                reasons.append(kind.value)
        if record.entity is Entity.ENROLLMENT and (
            change.operation is Operation.CREATE
            or {"person_id", "program_code", "status"} & change.fields.keys()
        ):
            link = link_key(record)
            kind = ReviewReason.DUPLICATE_ENROLLMENT
            if link is not None and self._pair(
                kind, self.links.setdefault(link, {}), record, change
            ):
                reasons.append(kind.value)
        return reasons

    def _pair(
        self, kind: ReviewReason, others: dict[str, str], record: RecordDraft, change: Change
    ) -> bool:
        """Queue ``record`` against each other record under the same key, then join them."""
        found = {k: v for k, v in others.items() if k != record.entity_id}
        for other_id, other_office in found.items():
            self.rows.append(
                {
                    "kind": kind.value,
                    "entity": record.entity.value,
                    "entity_id": record.entity_id,
                    "other_entity_id": other_id,
                    "office": record.office,
                    "other_office": other_office,
                    "change_id": change.change_id,
                    "created_at": self.now,
                }
            )
        others[record.entity_id] = record.office
        return bool(found)
