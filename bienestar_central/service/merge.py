"""Field-by-field merge of a change into the server's copy of a record. Pure: no I/O.

Each field remembers its last write: (server version, device, clock stamp, change id). An
incoming change says which server version of the record its device had seen (``basis``). A
field written after that basis by *another* device is a concurrent edit: if the values differ,
the later hybrid-clock stamp wins (ties broken by device id) and the losing value is returned
as a ``FieldConflict`` for the review queue. A field written by the same device, or at or before
the basis, was seen by the device: its new value simply applies. Nothing is dropped silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from bienestar_wire.protocol import Change, Entity

SERVER_DEVICE = "server"
# Statuses a caseworker gives an enrolment to close it (a death, a move, the person's wish):
# a life event the office's earlier approval does not outrank.
CLOSING_STATUSES = frozenset({"withdrawn", "suspended"})


@dataclass(frozen=True, slots=True)
class FieldMeta:
    version: int
    device: str
    hlc: str
    change_id: str

    def to_json(self) -> list[Any]:
        return [self.version, self.device, self.hlc, self.change_id]

    @classmethod
    def from_json(cls, value: Any) -> FieldMeta:
        version, device, hlc, change_id = value
        return cls(int(version), str(device), str(hlc), str(change_id))


def meta_from_json(text: str) -> dict[str, FieldMeta]:
    raw = json.loads(text)
    writers = [FieldMeta.from_json(w) for w in raw["w"]]
    return {name: writers[index] for name, index in raw["f"].items()}


@dataclass(slots=True)
class RecordDraft:
    """The server's copy of one record while a batch is being applied to it."""

    entity: Entity
    entity_id: str
    office: str
    version: int
    deleted: bool
    fields: dict[str, Any]
    meta: dict[str, FieldMeta]
    hlc: str
    created_by: str
    created_at: str
    updated_at: str
    is_new: bool = False
    # ``fields`` as stored JSON, when known and still current (saves encoding it again).
    fields_text: str | None = None
    # The folio this record holds in its office (unique there); None for an attendance check
    # or a record set aside because another one took its folio first.
    folio: str | None = None

    def meta_json(self) -> str:
        """Compact: each distinct last write once, fields pointing at it by position."""
        writers: dict[FieldMeta, int] = {}
        fields: dict[str, int] = {}
        for name, meta in self.meta.items():
            fields[name] = writers.setdefault(meta, len(writers))
        return json.dumps({"w": [w.to_json() for w in writers], "f": fields}, sort_keys=True)

    def fields_json(self) -> str:
        if self.fields_text is None:
            self.fields_text = json.dumps(
                self.fields, sort_keys=True, ensure_ascii=False, separators=(",", ":")
            )
        return self.fields_text


@dataclass(frozen=True, slots=True)
class FieldConflict:
    field: str
    winner_value: Any
    loser_value: Any
    winner: FieldMeta
    loser: FieldMeta


@dataclass(slots=True)
class MergeOutcome:
    conflicts: list[FieldConflict] = field(default_factory=list)
    # Some value of the incoming change lost: its device must be sent the merged state.
    incoming_lost: bool = False
    edit_of_deleted: bool = False


def new_record(
    change: Change,
    device_id: str,
    office: str,
    received_at: str,
    fields_text: str | None = None,
) -> RecordDraft:
    meta = FieldMeta(1, device_id, change.hlc, change.change_id)
    return RecordDraft(
        entity=change.entity,
        entity_id=change.entity_id,
        office=office,
        version=1,
        deleted=False,
        fields=dict(change.fields),
        meta={name: meta for name in change.fields},
        hlc=change.hlc,
        created_by=change.user_id,
        created_at=change.created_at,
        updated_at=received_at,
        is_new=True,
        fields_text=fields_text,
    )


def _closes(record: RecordDraft, name: str, value: Any) -> bool:
    """A device withdrawing or suspending an enrolment the office approved (or has yet to
    decide): the person died or left, which no decision made before can overrule. A rejected
    enrolment stays rejected (the closure loses, kept as a conflict)."""
    return (
        record.entity is Entity.ENROLLMENT
        and name == "status"
        and value in CLOSING_STATUSES
        and record.fields.get("status") != "rejected"
    )


def _wins(a: FieldMeta, b: FieldMeta) -> bool:
    return (a.hlc, a.device) > (b.hlc, b.device)


def merge_update(
    record: RecordDraft, change: Change, device_id: str, received_at: str
) -> MergeOutcome:
    """Merge ``change`` (an update) into ``record`` in place."""
    outcome = MergeOutcome(edit_of_deleted=record.deleted)
    record.fields_text = None
    new_version = record.version + 1
    incoming = FieldMeta(new_version, device_id, change.hlc, change.change_id)
    for name, value in change.fields.items():
        current = record.meta.get(name)
        concurrent = (
            current is not None
            and current.version > change.basis_version
            and current.device != device_id
        )
        if current is not None and current.device == SERVER_DEVICE:
            if _closes(record, name, value):
                record.fields[name] = value
                record.meta[name] = incoming
                continue
            # The central office's decision: no device, whatever its clock says, overwrites it.
            if record.fields.get(name) != value:
                outcome.conflicts.append(
                    FieldConflict(name, record.fields.get(name), value, current, incoming)
                )
                outcome.incoming_lost = True
            continue
        if current is None or not concurrent:
            record.fields[name] = value
            record.meta[name] = incoming
            continue
        if record.fields.get(name) == value:
            # Both sides wrote the same value: nothing to review; keep the later stamp.
            if _wins(incoming, current):
                record.meta[name] = incoming
            continue
        if _wins(incoming, current):
            outcome.conflicts.append(
                FieldConflict(name, value, record.fields.get(name), incoming, current)
            )
            record.fields[name] = value
            record.meta[name] = incoming
        else:
            outcome.conflicts.append(
                FieldConflict(name, record.fields.get(name), value, current, incoming)
            )
            outcome.incoming_lost = True
    record.version = new_version
    record.hlc = max(record.hlc, change.hlc)
    record.updated_at = received_at
    return outcome


def merge_delete(record: RecordDraft, change: Change, device_id: str, received_at: str) -> None:
    """A tombstone: the record stays (history, review), marked deleted."""
    record.version += 1
    record.deleted = True
    record.meta["_deleted"] = FieldMeta(record.version, device_id, change.hlc, change.change_id)
    record.hlc = max(record.hlc, change.hlc)
    record.updated_at = received_at
