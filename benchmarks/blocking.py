"""Probable-duplicate search on the server at a million people: the cost per person a batch
brings stays small however many people an office holds, because each is compared only within
its blocks (``bienestar_central.service.probable``).

``run()`` fills one office of a fresh server database (SQLite, migrated by the real
migrations) with N synthetic persons, filed under their block keys as the server files them,
then times ``ProbableDuplicates.refile`` (what a push runs) for three batches of new persons: a
quarter of them are slips of persons already held (a mistyped homoclave and the second surname
left out), the rest new people. The same is done with N/10 persons in the same run, so the
figure that matters is a ratio:

* ``probable_pairing_ms_per_person_1m``: milliseconds per incoming person at N (default
  1,000,000; ``BENCH_BLOCKING_PERSONS`` changes it);
* ``probable_pairing_1m_vs_100k_ratio``: that cost at N over the cost at N/10 (a full scan
  would be 10; blocking with a cap per block keeps it near 1 once blocks are full);
* ``probable_planted_found_1m``: the share of the planted slips found as probable pairs.

The synthetic names are few (about forty surnames and eighty given names), so name blocks are
far fuller than in a real office: this is the worst case for the cap, not the typical one.
"""

from __future__ import annotations

import json
import os
import random
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import median, progress
from bienestar_central import models as m
from bienestar_central.db import Database, migrate
from bienestar_central.keys import create_keys
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.merge import RecordDraft
from bienestar_central.service.probable import ProbableDuplicates, block_rows, traits_of
from bienestar_central.service.records import RecordStore
from bienestar_field.domain import synthetic
from bienestar_field.domain.curp import build_curp, curp_check_digit
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Sex
from bienestar_wire.protocol import Entity

DEFAULT_PERSONS = 1_000_000
BATCH = 200  # persons in the timed batch, as one push of a day's work might bring
SLIPS = BATCH // 4
ROUNDS = 3  # batches timed per size; the median is kept (the machine may be shared)
NAME_COMBINATIONS = 20_000
OFFICE = "bench-office"
INSERT_CHUNK = 20_000
TODAY = date(2026, 12, 1)
_EMPTY_META = json.dumps({"w": [], "f": {}})


@dataclass(frozen=True, slots=True)
class _Person:
    entity_id: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Names:
    sex: Sex
    nombres: str
    primer_apellido: str
    segundo_apellido: str | None
    head: str  # CURP positions 1-4
    tail: str  # CURP positions 14-16


def _names_pool(rng: random.Random, size: int) -> list[_Names]:
    """Combinations of names with the CURP letters they yield, from the real derivation once
    per combination (the date, sex and state are spliced in per person)."""
    pool = []
    for _ in range(size):
        sex = rng.choice((Sex.MUJER, Sex.HOMBRE))
        given = synthetic._FEMALE_NAMES if sex is Sex.MUJER else synthetic._MALE_NAMES
        nombres, primer = rng.choice(given), rng.choice(synthetic._SURNAMES)
        segundo = rng.choice(synthetic._SURNAMES) if rng.random() > 0.1 else None
        curp = build_curp(primer, segundo, nombres, date(1980, 1, 1), sex, "DF")
        pool.append(_Names(sex, nombres, primer, segundo, curp[:4], curp[13:16]))
    return pool


def _curp(names: _Names, birth: date, state: str, homonymy: str) -> str:
    first17 = f"{names.head}{birth:%y%m%d}{names.sex.value}{state}{names.tail}{homonymy}"
    return first17 + curp_check_digit(first17)


def _fields(names: _Names, birth: date, curp: str) -> dict[str, Any]:
    return {
        "nombres": names.nombres,
        "primer_apellido": names.primer_apellido,
        "segundo_apellido": names.segundo_apellido,
        "birth_date": birth.isoformat(),
        "sex": names.sex.value,
        "curp": curp,
    }


def _draw(rng: random.Random, pool: list[_Names]) -> dict[str, Any]:
    names = rng.choice(pool)
    birth = TODAY - timedelta(days=rng.randrange(365, 95 * 365))
    homonymy = "A" if birth.year >= 2000 else "0"
    state = rng.choice(("OC", "CS", "GR", "DF", "VZ"))
    return _fields(names, birth, _curp(names, birth, state, homonymy))


def _slip(held: dict[str, Any]) -> dict[str, Any]:
    """The same person registered again: the second surname left out, the homoclave
    mistyped (so a different CURP, and no exact duplicate)."""
    sex = Sex(held["sex"])
    birth = date.fromisoformat(held["birth_date"])
    curp = build_curp(held["primer_apellido"], None, held["nombres"], birth, sex, "DF")
    names = _Names(sex, held["nombres"], held["primer_apellido"], None, curp[:4], curp[13:16])
    wrong = "B" if birth.year >= 2000 else "7"
    return _fields(names, birth, _curp(names, birth, held["curp"][11:13], wrong))


def _population(rng: random.Random, pool: list[_Names], count: int) -> Iterator[_Person]:
    for _ in range(count):
        yield _Person(uuid7(), _draw(rng, pool))


def _row(person: _Person, now: str) -> dict[str, Any]:
    return {
        "entity_id": person.entity_id,
        "entity": Entity.PERSON.value,
        "office": OFFICE,
        "version": 1,
        "deleted": False,
        "fields": json.dumps(person.fields),
        "field_meta": _EMPTY_META,
        "hlc": "0",
        "created_by": "bench",
        "created_at": now,
        "updated_at": now,
        "curp_index": None,
        "link_key": None,
        "folio": None,
    }


def _draft(person: _Person, now: str) -> RecordDraft:
    return RecordDraft(
        entity=Entity.PERSON,
        entity_id=person.entity_id,
        office=OFFICE,
        version=1,
        deleted=False,
        fields=dict(person.fields),
        meta={},
        hlc="0",
        created_by="bench",
        created_at=now,
        updated_at=now,
        folio=None,
    )


def _fill(database: Database, persons: int, pool: list[_Names], seed: int) -> list[_Person]:
    """``persons`` persons of one office, filed under their blocks; returns a sample to
    plant slips from."""
    rng = random.Random(seed)
    now = datetime.now(UTC).isoformat()
    sample: list[_Person] = []
    records: list[dict[str, Any]] = []
    blocks: list[dict[str, Any]] = []

    def flush() -> None:
        with database.writing() as conn:
            conn.execute(m.records.insert(), records)
            conn.execute(m.person_blocks.insert(), blocks)
        records.clear()
        blocks.clear()

    stride = max(1, persons // (SLIPS * 4))
    for number, person in enumerate(_population(rng, pool, persons)):
        records.append(_row(person, now))
        traits = traits_of(_draft(person, now), None)
        assert traits is not None
        blocks.extend(block_rows(OFFICE, person.entity_id, traits))
        if number % stride == 0:
            sample.append(person)
        if len(records) >= INSERT_CHUNK:
            flush()
    if records:
        flush()
    return sample


def _one_batch(
    database: Database,
    finder: ProbableDuplicates,
    rng: random.Random,
    pool: list[_Names],
    sample: list[_Person],
    stamp: str,
) -> tuple[int, float, int]:
    """One push's persons filed and paired: (planted slips found, seconds, pairs queued)."""
    slipped = rng.sample(sample, SLIPS)
    incoming = [_Person(uuid7(), _slip(held.fields)) for held in slipped]
    incoming += [_Person(uuid7(), _draw(rng, pool)) for _ in range(BATCH - SLIPS)]
    drafts = [_draft(person, stamp) for person in incoming]
    with database.writing() as conn:
        conn.execute(m.records.insert(), [_row(person, stamp) for person in incoming])
        started = time.perf_counter()
        pairs = finder.refile(conn, OFFICE, drafts, stamp)
        elapsed = time.perf_counter() - started
    found = {(row["entity_id"], row["other_entity_id"]) for row in pairs}
    found |= {(b, a) for a, b in found}
    hits = sum(
        (slip.entity_id, held.entity_id) in found
        for slip, held in zip(incoming, slipped, strict=False)
    )
    return hits, elapsed, len(pairs)


def _measure(root: Path, persons: int, pool: list[_Names], seed: int) -> dict[str, float]:
    folder = root / f"office-{persons}"
    folder.mkdir()
    database = Database(f"sqlite:///{folder / 'central.db'}")
    try:
        migrate(database)
        keys, _ = create_keys(folder / "keys.json")

        def now() -> datetime:
            return datetime.now(UTC)

        audit = AuditChain(database, keys, now=now)
        finder = ProbableDuplicates(RecordStore(database, keys.curp_index, audit))
        started = time.perf_counter()
        sample = _fill(database, persons, pool, seed)
        progress(f"blocking: {persons} persons filed in {time.perf_counter() - started:.0f} s")

        rng = random.Random(seed + 1)
        timings: list[float] = []
        hits = pairs = 0
        for _ in range(ROUNDS):
            found, elapsed, queued = _one_batch(
                database, finder, rng, pool, sample, now().isoformat()
            )
            timings.append(elapsed * 1000 / BATCH)
            hits += found
            pairs += queued
        return {
            "ms_per_person": median(timings),
            "planted_found": hits / (SLIPS * ROUNDS),
            "pairs": float(pairs),
        }
    finally:
        database.engine.dispose()


def run() -> dict[str, Any]:
    raw = os.environ.get("BENCH_BLOCKING_PERSONS", "")
    persons = max(10_000, int(raw)) if raw.strip() else DEFAULT_PERSONS
    with tempfile.TemporaryDirectory(
        prefix="bienestar-blocking-", dir=os.environ.get("BENCH_DIR")
    ) as folder:
        root = Path(folder)
        pool = _names_pool(random.Random(9), NAME_COMBINATIONS)
        small = _measure(root, persons // 10, pool, seed=10)
        big = _measure(root, persons, pool, seed=11)
    return {
        "probable_pairing_persons": persons,
        "probable_pairing_ms_per_person_1m": round(big["ms_per_person"], 3),
        "probable_pairing_ms_per_person_100k": round(small["ms_per_person"], 3),
        "probable_pairing_1m_vs_100k_ratio": round(
            big["ms_per_person"] / small["ms_per_person"], 2
        ),
        "probable_planted_found_1m": round(big["planted_found"], 3),
        "probable_pairs_queued_1m": int(big["pairs"]),
    }


if __name__ == "__main__":
    print(json.dumps(run()))
