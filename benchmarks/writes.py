"""Write benchmarks: the cost of encryption on writes, and the latency of one household save.

``encrypted_write_ratio`` writes the same households twice into fresh casebook files, once
with the real :class:`Keyring` and once with :class:`PassThroughCipher`, in transactions of
the same size, and divides the throughputs. Two paths are measured:

* the storage layer (``storage.unit_of_work``): each household and member row, its outbox change
  and its audit event, as ``casebook.households.register`` writes them, without validation;
* the whole ``casebook.households.register_many`` use case (validation, duplicate-CURP check,
  folios, rows, outbox, audit), with the pass-through cipher handed to a ``Casebook``.

Runs alternate between the two ciphers and the median of each is kept, so a disk or CPU
hiccup does not land on one side only.
"""

from __future__ import annotations

import gc
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import median, ms, percentile, progress
from benchmarks.data import copy_households
from benchmarks.passthrough import pass_through_keyring
from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain import codec
from bienestar_field.domain.clock import HybridClock
from bienestar_field.domain.households import Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.users import Role
from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring, new_data_key
from bienestar_field.storage.database import Database, open_database
from bienestar_field.storage.unit_of_work import unit_of_work

USER = "bench.caseworker"
PASSPHRASE = "Bench passphrase 2026 Oaxaca"


@dataclass(frozen=True)
class Throughput:
    households: int
    persons: int
    seconds: float
    cpu_seconds: float

    @property
    def rows(self) -> int:
        """Entity rows (households and persons); each also wrote an outbox and audit row."""
        return self.households + self.persons

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds

    @property
    def rows_per_cpu_s(self) -> float:
        return self.rows / self.cpu_seconds


def _chunks(items: list[Household], size: int) -> list[list[Household]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _storage_layer_write(db: Database, keyring: Keyring, batches: list[list[Household]]) -> None:
    user_id = uuid7()
    clock = HybridClock("bench0000000000")
    for batch in batches:
        with unit_of_work(db, keyring) as work:
            for household in batch:
                stamp = records.Stamp(user_id, datetime.now(UTC).isoformat(), str(clock.now()))
                household.id = uuid7()
                household.folio = work.meta.next_folio()
                household.version = 1
                work.households.add(household, stamp)
                work.record_change(
                    stamp,
                    "household",
                    household.id,
                    "create",
                    0,
                    {"folio": household.folio, **codec.household_fields(household)},
                )
                for member in household.members:
                    member.id, member.household_id = uuid7(), household.id
                    member.folio = work.meta.next_folio()
                    member.version = 1
                    work.people.add(member, stamp)
                    work.record_change(
                        stamp,
                        "person",
                        member.id,
                        "create",
                        0,
                        {
                            "household_id": household.id,
                            "folio": member.folio,
                            **codec.person_personal_fields(member),
                        },
                    )


def _fresh_database(path: Path) -> Database:
    db = open_database(path)
    with unit_of_work(db, None) as work:
        work.meta.set("device_code", "BENCH0")
        work.meta.set("folio_seq", "0")
    return db


def _time_storage_layer(
    root: Path, keyring: Keyring, households: list[Household], batch_size: int
) -> Throughput:
    work = root / f"storage-{uuid7()}"
    work.mkdir()
    db = _fresh_database(work / "casebook.sqlite3")
    batches = _chunks(copy_households(households), batch_size)
    try:
        start, start_cpu = time.perf_counter(), time.process_time()
        _storage_layer_write(db, keyring, batches)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
    finally:
        db.close()
        shutil.rmtree(work)
    persons = sum(len(h.members) for h in households)
    return Throughput(len(households), persons, seconds, cpu_seconds)


def _time_casebook(
    root: Path,
    households: list[Household],
    batch_size: int,
    today: date,
    *,
    encrypted: bool,
) -> Throughput:
    work = root / f"casebook-{uuid7()}"
    store = CasebookStore(work, kdf_target_seconds=0)
    try:
        casebook = store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook
        if not encrypted:
            casebook = store.open_as(pass_through_keyring(), casebook.user)
        batches = _chunks(copy_households(households), batch_size)
        start, start_cpu = time.perf_counter(), time.process_time()
        for batch in batches:
            casebook.households.register_many(batch, today=today)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - start_cpu
        casebook.lock()
    finally:
        store.close()
        shutil.rmtree(work)
    persons = sum(len(h.members) for h in households)
    return Throughput(len(households), persons, seconds, cpu_seconds)


def _ratio(
    name: str, rounds: int, run: Callable[[bool], Throughput]
) -> tuple[float, dict[str, Any]]:
    encrypted: list[float] = []
    plain: list[float] = []
    encrypted_cpu: list[float] = []
    plain_cpu: list[float] = []
    for round_ in range(rounds):
        # Alternate which side goes first so warm-up and drift do not favour one side.
        order = (True, False) if round_ % 2 == 0 else (False, True)
        for use_encryption in order:
            result = run(use_encryption)
            (encrypted if use_encryption else plain).append(result.rows_per_s)
            (encrypted_cpu if use_encryption else plain_cpu).append(result.rows_per_cpu_s)
            progress(
                f"{name}: {'encrypted' if use_encryption else 'plain    '} "
                f"{result.rows_per_s:8.0f} rows/s ({result.rows} rows, {result.seconds:.2f} s)"
            )
    enc, pla = median(encrypted), median(plain)
    return round(enc / pla, 3), {
        "encrypted_rows_per_s": round(enc),
        "plain_rows_per_s": round(pla),
        "runs_per_side": rounds,
        # The same ratio on this process's CPU time: steadier when other work shares the CPU.
        "cpu_time_ratio": round(median(encrypted_cpu) / median(plain_cpu), 3),
    }


def encrypted_write_ratio(
    root: Path, households: list[Household], today: date, *, batch_size: int = 500
) -> dict[str, Any]:
    """Both ratios (storage layer and whole use case), with their throughputs."""
    persons = sum(len(h.members) for h in households)
    progress(f"write ratio: {len(households)} households, {persons} persons per run")
    real = Keyring(new_data_key())
    plain = pass_through_keyring()
    storage_ratio, storage = _ratio(
        "storage layer",
        3,
        lambda enc: _time_storage_layer(root, real if enc else plain, households, batch_size),
    )
    subset = households[: max(1, len(households) // 2)]
    casebook_ratio, casebook = _ratio(
        "casebook path",
        2,
        lambda enc: _time_casebook(root, subset, batch_size, today, encrypted=enc),
    )
    return {
        "encrypted_write_ratio": storage_ratio,
        "encrypted_write_ratio_detail": {
            "what": "rows/s with Keyring / rows/s with a pass-through cipher; rows = household "
            "+ person rows, each with its outbox change and audit event; "
            f"transactions of {batch_size} households; median of alternating runs",
            "households_per_run": len(households),
            "persons_per_run": persons,
            **storage,
        },
        "encrypted_write_ratio_casebook": casebook_ratio,
        "encrypted_write_ratio_casebook_detail": {
            "what": "same, through casebook.households.register_many (validation and "
            "duplicate-CURP check included)",
            "households_per_run": len(subset),
            "persons_per_run": sum(len(h.members) for h in subset),
            **casebook,
        },
    }


def time_household_saves(
    casebook: Casebook, households: list[Household], today: date
) -> dict[str, float]:
    """``register_household`` one at a time: each is its own durable transaction.

    Also counts the full (generation 2) garbage collections that ran during the saves and how
    long they paused: with a big name index in memory they are what the slowest saves wait on.
    """
    timings: list[float] = []
    cpu: list[float] = []
    pauses: list[float] = []
    started = [0.0]

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        elif info["generation"] == 2:
            pauses.append(time.perf_counter() - started[0])

    gc.callbacks.append(watch)
    try:
        for household in copy_households(households):
            start, start_cpu = time.perf_counter(), time.process_time()
            casebook.households.register(household, today=today)
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    finally:
        gc.callbacks.remove(watch)
    return {
        "p50_ms": ms(median(timings)),
        "p95_ms": ms(percentile(timings, 95)),
        "max_ms": ms(max(timings)),
        "saves": len(timings),
        # CPU time of this process alone: what the save costs when the machine is busy.
        "cpu_p50_ms": ms(median(cpu)),
        "cpu_p95_ms": ms(percentile(cpu, 95)),
        "full_gc_runs": len(pauses),
        "full_gc_pause_ms": ms(sum(pauses)),
    }
