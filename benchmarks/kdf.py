"""Unlock time with the key derivation calibrated as the app does by default (about 0.5 s)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from benchmarks.common import median, ms, progress
from bienestar_field.casebook import CasebookStore
from bienestar_field.domain.users import Role
from bienestar_field.storage.schema import KeySlot

USER = "bench.kdf"
PASSPHRASE = "Bench passphrase 2026 Chiapas"


def kdf_unlock(root: Path, *, unlocks: int = 3) -> dict[str, Any]:
    work = root / "kdf"
    store = CasebookStore(work)  # the default calibration target: 0.5 s
    try:
        start = time.perf_counter()
        store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook.lock()
        setup_s = time.perf_counter() - start
        with store.database.reading() as session:
            params = json.loads(
                session.scalars(
                    select(KeySlot.kdf_params).where(KeySlot.kind == "passphrase")
                ).one()
            )
        timings = []
        for _ in range(unlocks):
            start = time.perf_counter()
            store.unlock(USER, PASSPHRASE).lock()
            timings.append(time.perf_counter() - start)
    finally:
        store.close()
        shutil.rmtree(work)
    progress(f"kdf: unlock median {ms(median(timings))} ms")
    return {
        "kdf_unlock_ms": ms(median(timings)),
        "kdf_detail": {
            "calibration_target_ms": 500,
            "unlocks": unlocks,
            "set_up_with_calibration_ms": ms(setup_s),
            "memory_kib": params["memory_kib"],
            "iterations": params["iterations"],
            "lanes": params["lanes"],
        },
    }
