"""Probable duplicates: the same person under two CURPs, found by the server itself.

Each live person of an office is filed under a few *block* keys (``person_blocks``); a person a
batch creates or edits is compared (``bienestar_field.domain.likeness``) only with the persons
of its office filed under one of its keys, so the work per change stays small however many
people an office holds. A pair that scores as probable is queued for a supervisor, once: a pair
already queued, or already decided, is not queued again. Nothing is merged on a score.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

from sqlalchemy import Connection, delete, or_, select

from bienestar_central import models as m
from bienestar_central.service.bulk import chunks
from bienestar_central.service.merge import RecordDraft
from bienestar_central.service.records import RecordStore
from bienestar_field.domain.likeness import PersonTraits, block_keys, likeness
from bienestar_wire.protocol import Entity

PROBABLE_PERSON: Final = "probable_person"
# A block larger than this (a very common name born on a very common date) is compared only
# with its first members: the cost per change stays bounded whatever the data.
BLOCK_CAP: Final = 400


def traits_of(person: RecordDraft, place: str | None) -> PersonTraits | None:
    """What a comparison needs of a person record; None when it lacks it (a bad stored row)."""
    f = person.fields
    try:
        return PersonTraits(
            nombres=str(f["nombres"]),
            primer_apellido=str(f["primer_apellido"]),
            segundo_apellido=f.get("segundo_apellido") or None,
            birth_date=str(f["birth_date"]),
            sex=str(f["sex"]),
            curp=str(f["curp"]),
            place=place,
        )
    except KeyError:
        return None


def place_of(household: RecordDraft | None) -> str | None:
    """A household's locality as one comparable key: the INEGI keys, or the typed name."""
    if household is None:
        return None
    f = household.fields
    locality = f.get("locality_code") or str(f.get("locality_name", "")).strip().upper()
    return f"{f.get('state_code')}-{f.get('municipality_code')}-{locality}"


def block_rows(office: str, entity_id: str, traits: PersonTraits) -> list[dict[str, Any]]:
    return [
        {"office": office, "block": key, "entity_id": entity_id}
        for key in sorted(block_keys(traits))
    ]


class ProbableDuplicates:
    """Files the persons one write touched under their blocks and queues their probable
    duplicates: rows for ``duplicates``, with a score."""

    def __init__(self, records: RecordStore) -> None:
        self._records = records

    def refile(
        self, conn: Connection, office: str, persons: Sequence[RecordDraft], now: str
    ) -> list[dict[str, Any]]:
        persons = [p for p in persons if p.entity is Entity.PERSON]
        if not persons:
            return []
        ids = sorted({p.entity_id for p in persons})
        for chunk in chunks(ids):
            conn.execute(
                delete(m.person_blocks).where(
                    m.person_blocks.c.office == office, m.person_blocks.c.entity_id.in_(chunk)
                )
            )
        live = [p for p in persons if not p.deleted]
        places = self._places(conn, office, live)
        mine: dict[str, PersonTraits] = {}
        rows: list[dict[str, Any]] = []
        for person in live:
            traits = traits_of(person, places.get(person.entity_id))
            if traits is not None:
                mine[person.entity_id] = traits
                rows.extend(block_rows(office, person.entity_id, traits))
        if rows:
            conn.execute(m.person_blocks.insert(), rows)
        return self._pairs(conn, office, mine, now)

    def _places(
        self, conn: Connection, office: str, persons: Iterable[RecordDraft]
    ) -> dict[str, str | None]:
        household_of = {
            p.entity_id: h for p in persons if isinstance(h := p.fields.get("household_id"), str)
        }
        households = self._records.load(conn, office, sorted(set(household_of.values())))
        return {pid: place_of(households.get(hid)) for pid, hid in household_of.items()}

    def _pairs(
        self, conn: Connection, office: str, mine: dict[str, PersonTraits], now: str
    ) -> list[dict[str, Any]]:
        blocks: dict[str, set[str]] = {}
        for entity_id, traits in mine.items():
            for key in block_keys(traits):
                blocks.setdefault(key, set()).add(entity_id)
        candidates: dict[str, set[str]] = {}
        b = m.person_blocks.c
        for chunk in chunks(sorted(blocks)):
            found_rows = conn.execute(
                select(b.block, b.entity_id)
                .where(b.office == office, b.block.in_(chunk))
                .order_by(b.block, b.entity_id)
            )
            filed: dict[str, list[str]] = {}
            for block, entity_id in found_rows:
                filed.setdefault(block, []).append(entity_id)
            for block, members in filed.items():
                for entity_id in blocks[block]:
                    candidates.setdefault(entity_id, set()).update(members[:BLOCK_CAP])
        others = sorted({o for found in candidates.values() for o in found} - set(mine))
        loaded = self._records.load(conn, office, others)
        places = self._places(conn, office, loaded.values())
        theirs: dict[str, PersonTraits] = {
            oid: found_traits
            for oid, record in loaded.items()
            if record.entity is Entity.PERSON
            and not record.deleted
            and (found_traits := traits_of(record, places.get(oid))) is not None
        }
        known = self._queued_pairs(conn, office, list(mine))
        queued: list[dict[str, Any]] = []
        for entity_id, found in sorted(candidates.items()):
            me = mine[entity_id]
            for other_id in sorted(found - {entity_id}):
                other = mine.get(other_id) or theirs.get(other_id)
                pair = (min(entity_id, other_id), max(entity_id, other_id))
                if other is None or pair in known or other.curp == me.curp:
                    continue  # the same CURP is an exact duplicate, queued as such
                score = likeness(me, other)
                if score.probable:
                    known.add(pair)
                    queued.append(_row(office, entity_id, other_id, score.score, now))
        return queued

    def _queued_pairs(
        self, conn: Connection, office: str, entity_ids: list[str]
    ) -> set[tuple[str, str]]:
        d = m.duplicates.c
        pairs: set[tuple[str, str]] = set()
        for chunk in chunks(entity_ids):
            rows = conn.execute(
                select(d.entity_id, d.other_entity_id).where(
                    d.office == office,
                    d.kind == PROBABLE_PERSON,
                    or_(d.entity_id.in_(chunk), d.other_entity_id.in_(chunk)),
                )
            )
            for a, b in rows:
                pairs.add((min(a, b), max(a, b)))
        return pairs


def _row(office: str, entity_id: str, other_id: str, score: float, now: str) -> dict[str, Any]:
    return {
        "kind": PROBABLE_PERSON,
        "entity": Entity.PERSON.value,
        "entity_id": entity_id,
        "other_entity_id": other_id,
        "office": office,
        "other_office": office,
        "change_id": "",
        "created_at": now,
        "score": score,
    }
