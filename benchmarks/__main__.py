"""Runs every benchmark and prints the figures as one JSON object (the last line of stdout)."""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import cpu_count, filesystem_of, progress
from benchmarks.data import Pool, name_queries
from benchmarks.kdf import kdf_unlock
from benchmarks.readside import Plan
from benchmarks.writes import PASSPHRASE, USER, encrypted_write_ratio, time_household_saves
from bienestar_field.casebook import CasebookStore
from bienestar_field.domain.households import Household
from bienestar_field.domain.users import Role

DEFAULT_PERSONS = 100_000
BUILD_BATCH = 500  # households per transaction while filling the big casebook
SAVES = 250  # single five-member household saves timed (at least 200)
LOOKUPS = 500  # present CURPs, and as many absent ones
QUERIES = 210  # name searches (30 of each kind)

# DESIGN.md section 8; "max" means the figure must not exceed the target.
TARGETS: dict[str, tuple[str, float]] = {
    "encrypted_write_ratio": ("min", 0.5),
    "household_save_p95_ms": ("max", 15.0),
    "curp_lookup_ms_100k": ("max", 5.0),
    "name_search_ms_100k": ("max", 100.0),
    "rss_mb_100k_unlocked": ("max", 300.0),
    "startup_to_unlock_screen_vs_bare_qt_ratio": ("max", 2.0),
    "startup_vs_bare_qt_ratio": ("max", 3.0),
    "sync_changes_per_s_sqlite": ("min", 2000.0),
    "sync_changes_per_s_postgres": ("min", 2000.0),
    "batched_vs_per_record_sync_ratio": ("min", 10.0),
    "attendance_load_gui_ms_10k": ("max", 100.0),
    "attendance_bulk_mark_gui_ms_10k": ("max", 100.0),
    "probable_pairing_ms_per_person_1m": ("max", 10.0),
    "probable_pairing_1m_vs_100k_ratio": ("max", 5.0),
    "probable_planted_found_1m": ("min", 1.0),
}
# Figures of the companion benchmarks (benchmarks.startup, .sync_bench, .attendance, .blocking).
COMPANION_FIGURES = (
    "startup_to_unlock_screen_vs_bare_qt_ratio",
    "startup_vs_bare_qt_ratio",
    "sync_changes_per_s_sqlite",
    "sync_changes_per_s_postgres",
    "batched_vs_per_record_sync_ratio",
    "attendance_load_gui_ms_10k",
    "attendance_bulk_mark_gui_ms_10k",
    "probable_pairing_ms_per_person_1m",
    "probable_pairing_1m_vs_100k_ratio",
    "probable_planted_found_1m",
)
COMPANION_TIMEOUT_SECONDS = 900
REPO = Path(__file__).resolve().parent.parent


def _persons_target() -> int:
    raw = os.environ.get("BENCH_PERSONS", "")
    return max(1_000, int(raw)) if raw.strip() else DEFAULT_PERSONS


def _build_casebook(
    data_dir: Path, pool: Pool, persons: int, sample_every: int
) -> tuple[list[Household], dict[str, Any]]:
    """Fill a casebook with ``persons`` people through ``register_households``.

    Households are drawn batch by batch so the parent never holds all of them; every
    ``sample_every``-th one is kept to draw lookups and queries from.
    """
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    sample: list[Household] = []
    made = households = 0
    writing = 0.0
    try:
        casebook = store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook
        report_at = 0.0
        while made < persons:
            batch: list[Household] = []
            while made < persons and len(batch) < BUILD_BATCH:
                household = pool.household()
                room = persons - made
                if len(household.members) > room:
                    household.members = household.members[:room]
                batch.append(household)
                made += len(household.members)
            start = time.perf_counter()
            saved = casebook.households.register_many(batch, today=pool.today)
            writing += time.perf_counter() - start
            households += len(saved)
            sample.extend(saved[::sample_every])
            if time.perf_counter() - report_at > 10 or made >= persons:
                report_at = time.perf_counter()
                progress(f"build: {made}/{persons} persons, {made / writing:.0f} persons/s")
        casebook.lock()
    finally:
        store.close()
    return sample, {
        "persons": made,
        "households": households,
        "households_per_transaction": BUILD_BATCH,
        "register_households_s": round(writing, 1),
        "persons_per_s": round(made / writing),
    }


def _run_readside(plan_path: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.readside", str(plan_path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def _fresh_saves(root: Path, households: list[Household], pool: Pool) -> dict[str, float]:
    store = CasebookStore(root / "fresh", kdf_target_seconds=0)
    try:
        casebook = store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook
        saves = time_household_saves(casebook, households, pool.today)
        casebook.lock()
    finally:
        store.close()
        shutil.rmtree(root / "fresh")
    progress(f"fresh casebook: household save p95 {saves['p95_ms']} ms")
    return saves


def _companion(
    module: str, skip_env: str, timeout: int = COMPANION_TIMEOUT_SECONDS
) -> dict[str, Any]:
    """``benchmarks.<module>.run()`` in its own process group, its figures as a dict.

    Those benchmarks (GUI start-up, sync) start their own processes; contained here, a
    missing optional dependency, a failure or a hang costs their figures only.
    """
    if os.environ.get(skip_env):
        return {f"{module}_error": f"skipped ({skip_env})"}
    code = f"import json; from benchmarks.{module} import run; print(json.dumps(run()))"
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return {f"{module}_error": f"timed out after {timeout} s"}
    lines = out.strip().splitlines()
    if process.returncode != 0 or not lines:
        return {f"{module}_error": f"exit status {process.returncode} (its stderr is above)"}
    result: dict[str, Any] = json.loads(lines[-1])
    progress(f"{module}: done")
    return result


def _meets(figures: dict[str, Any]) -> dict[str, bool | None]:
    """Whether each target is met; ``None`` when its figure could not be measured."""
    meets: dict[str, bool | None] = {}
    for name, (kind, target) in TARGETS.items():
        if figures.get(name) is None:
            meets[name] = None
            continue
        value = float(figures[name])
        meets[name] = value >= target if kind == "min" else value <= target
    return meets


def main() -> int:
    started = time.perf_counter()
    persons = _persons_target()
    root = Path(tempfile.mkdtemp(prefix="bienestar-bench-", dir=os.environ.get("BENCH_DIR")))
    today = datetime.now(UTC).date()
    pool = Pool(random.Random(20260316), today)
    rng = random.Random(316)
    load_before = os.getloadavg()[0]
    filesystem = filesystem_of(root)
    progress(f"{persons} persons in {root} ({filesystem}), load average {load_before:.2f}")
    try:
        kdf = kdf_unlock(root)

        ratio = encrypted_write_ratio(
            root, pool.households(max(100, min(1500, persons // 60))), today
        )

        fresh = _fresh_saves(root, pool.five_member_households(SAVES), pool)

        data_dir = root / "casebook-100k"
        sample, build = _build_casebook(data_dir, pool, persons, sample_every=7)
        present = [m.curp for h in sample for m in h.members]
        plan = Plan(
            data_dir=str(data_dir),
            today=today.isoformat(),
            present_curps=rng.sample(present, min(LOOKUPS, len(present))),
            absent_curps=pool.absent_curps(LOOKUPS),
            name_queries=name_queries(rng, sample, QUERIES),
            saves=SAVES,
            saves_seed=rng.randrange(2**32),
        )
        plan_path = root / "plan.json"
        plan.write(plan_path)
        big = _run_readside(plan_path)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    companions = {
        **_companion("startup", "BENCH_SKIP_STARTUP"),
        **_companion("sync_bench", "BENCH_SKIP_SYNC"),
        **_companion("attendance", "BENCH_SKIP_ATTENDANCE"),
        # A million persons to file first: about 15 minutes on a shared 2-core machine.
        **_companion("blocking", "BENCH_SKIP_BLOCKING", timeout=2400),
    }

    figures: dict[str, Any] = {
        "encrypted_write_ratio": ratio["encrypted_write_ratio"],
        "household_save_p95_ms": big["household_save"]["p95_ms"],
        "household_save_p50_ms": big["household_save"]["p50_ms"],
        "curp_lookup_ms_100k": big["curp_lookup"]["median_ms"],
        "name_search_ms_100k": big["name_search"]["median_ms"],
        "name_index_build_ms_100k": big["name_index_build_ms"],
        "rss_mb_100k_unlocked": big["rss_mb"]["unlocked_with_index"],
        "kdf_unlock_ms": kdf["kdf_unlock_ms"],
        **{name: companions.get(name) for name in COMPANION_FIGURES},
    }
    report: dict[str, Any] = {
        **figures,
        "targets": {name: {kind: target} for name, (kind, target) in TARGETS.items()},
        "meets_targets": _meets(figures),
        "persons": big["persons"],
        "encrypted_write_throughput": {
            "encrypted_rows_per_s": ratio["encrypted_write_ratio_detail"]["encrypted_rows_per_s"],
            "plain_rows_per_s": ratio["encrypted_write_ratio_detail"]["plain_rows_per_s"],
        },
        "encrypted_write_ratio_detail": ratio["encrypted_write_ratio_detail"],
        "encrypted_write_ratio_casebook": ratio["encrypted_write_ratio_casebook"],
        "encrypted_write_ratio_casebook_detail": ratio["encrypted_write_ratio_casebook_detail"],
        "household_save_detail": {
            "what": "Casebook.register_household of 5 members, each its own durable commit "
            "(WAL, synchronous=FULL), on the big casebook with the name index built",
            **big["household_save"],
        },
        "household_save_fresh_casebook": fresh,
        "curp_lookup_detail": big["curp_lookup"],
        "name_search_detail": big["name_search"],
        "rss_mb_detail": big["rss_mb"],
        "unlock_at_kdf_floor_ms": big["unlock_at_kdf_floor_ms"],
        **{k: v for k, v in kdf.items() if k != "kdf_unlock_ms"},
        "companion_detail": {k: v for k, v in companions.items() if k not in COMPANION_FIGURES},
        "build": build,
        "environment": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "cpus": cpu_count(),
            "machine": platform.machine(),
            "filesystem": filesystem,
            # Other work on the machine skews timings; the 1-minute load says how busy it was.
            "load_average_1min": {
                "start": round(load_before, 2),
                "end": round(os.getloadavg()[0], 2),
            },
        },
        "bench_seconds": round(time.perf_counter() - started, 1),
    }
    progress(f"done in {report['bench_seconds']} s")
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
