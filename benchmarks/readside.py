"""The 100,000-person figures, measured in a fresh process on the casebook the parent built.

A fresh process, so that resident memory is what an unlocked app holds and not what building
the casebook left behind. Run as ``python -m benchmarks.readside PLAN``: ``PLAN`` is a JSON
file the parent wrote (the casebook's folder, synthetic CURPs to look up, name queries, and
the seed of the households to save). Progress goes to stderr, one JSON object to stdout.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.common import median, ms, percentile, progress, vm_status_mb
from benchmarks.data import Pool
from benchmarks.writes import PASSPHRASE, USER, time_household_saves
from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person


@dataclass(frozen=True)
class Plan:
    data_dir: str
    today: str  # ISO date
    present_curps: list[str]
    absent_curps: list[str]
    name_queries: list[str]
    saves: int
    saves_seed: int

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> Plan:
        return cls(**json.loads(path.read_text(encoding="utf-8")))


def _timed_lookups(plan: Plan, lookup: Callable[[str], Person | None]) -> dict[str, Any]:
    probes = [(c, True) for c in plan.present_curps] + [(c, False) for c in plan.absent_curps]
    random.Random(7).shuffle(probes)
    for curp, _ in probes[:20]:  # warm the statement cache and the page cache
        lookup(curp)
    present: list[float] = []
    absent: list[float] = []
    for curp, expected in probes:
        start = time.perf_counter()
        person = lookup(curp)
        elapsed = time.perf_counter() - start
        if expected != (person is not None) or (person is not None and person.curp != curp):
            raise AssertionError("CURP lookup returned the wrong answer")
        (present if expected else absent).append(elapsed)
    both = present + absent
    return {
        "median_ms": ms(median(both)),
        "p95_ms": ms(percentile(both, 95)),
        "present_median_ms": ms(median(present)),
        "absent_median_ms": ms(median(absent)),
        "lookups": len(both),
    }


def _households_to_save(casebook: Casebook, plan: Plan) -> list[Household]:
    """Five-member households whose CURPs the casebook does not hold yet."""
    pool = Pool(random.Random(plan.saves_seed), date.fromisoformat(plan.today))
    chosen: list[Household] = []
    while len(chosen) < plan.saves:
        for household in pool.five_member_households(plan.saves - len(chosen)):
            if all(casebook.people.find_by_curp(m.curp) is None for m in household.members):
                chosen.append(household)
    return chosen


def run(plan: Plan) -> dict[str, Any]:
    rss_start = vm_status_mb()
    store = CasebookStore(Path(plan.data_dir), kdf_target_seconds=0)
    try:
        start = time.perf_counter()
        casebook = store.unlock(USER, PASSPHRASE)
        unlock_s = time.perf_counter() - start
        persons = casebook.reports.stats().persons
        rss_unlocked = vm_status_mb()
        progress(f"readside: unlocked a casebook of {persons} persons")

        curp = _timed_lookups(plan, casebook.people.find_by_curp)
        progress(f"readside: CURP lookup median {curp['median_ms']} ms")

        # The index is built on the first search after unlock; that search is timed apart.
        start = time.perf_counter()
        first = casebook.search.names(plan.name_queries[0])
        build_s = time.perf_counter() - start
        rss_indexed = vm_status_mb()
        progress(f"readside: name index built in {build_s:.2f} s, RSS {rss_indexed} MiB")

        timings: list[float] = []
        hits: list[int] = []
        for query in plan.name_queries:
            start = time.perf_counter()
            found = casebook.search.names(query)
            timings.append(time.perf_counter() - start)
            hits.append(len(found))
        if not first and not any(hits):
            raise AssertionError("name search found nobody")
        progress(f"readside: name search median {ms(median(timings))} ms")

        households = _households_to_save(casebook, plan)
        saves = time_household_saves(casebook, households, date.fromisoformat(plan.today))
        progress(f"readside: household save p95 {saves['p95_ms']} ms (casebook of {persons})")
        casebook.lock()
    finally:
        store.close()
    return {
        "persons": persons,
        "unlock_at_kdf_floor_ms": ms(unlock_s),
        "curp_lookup": curp,
        "name_index_build_ms": ms(build_s),
        "name_search": {
            "median_ms": ms(median(timings)),
            "p95_ms": ms(percentile(timings, 95)),
            "max_ms": ms(max(timings)),
            "queries": len(timings),
            "queries_with_hits": sum(1 for h in hits if h),
        },
        "rss_mb": {
            "process_start": rss_start,
            "unlocked_before_index": rss_unlocked,
            "unlocked_with_index": rss_indexed,
            "peak": vm_status_mb("VmHWM"),
        },
        "household_save": saves,
    }


def main(argv: list[str]) -> int:
    print(json.dumps(run(Plan.read(Path(argv[1])))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
