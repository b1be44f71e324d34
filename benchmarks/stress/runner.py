"""One device-runner process of ``make stress``: several devices, one thread each.

``python -m benchmarks.stress.runner SPEC.json`` reads its devices (folder, office, enrolment
code, seed) from the spec, sets each up as a real casebook, enrols it straight with the
server, registers synthetic households, prints ``ready`` and waits for a line on stdin, so
every runner starts syncing at the same moment. Then each device, on its own thread, syncs
through the faulty proxy with the app's own sync engine until its outbox is empty, registers
more households and syncs again, round after round; last, one clean sync straight to the
server so it holds its whole office. The last line of stdout is the JSON of what happened.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.stress.timing import WatchedSession
from bienestar_field.sync.client import RetryPolicy, SyncError, TransientError
from tests.sync.central_harness import Device

# Faults make single requests fail on purpose: the engine retries a few times, quickly, and
# the loop below starts a new sync when a whole run gives up. 429 waits are honoured.
RETRY = RetryPolicy(max_attempts=4, base_delay=0.05, max_delay=1.0, max_retry_after=30.0)
TIMEOUT = (5.0, 60.0)
MAX_SYNC_RUNS = 200  # per device and round; a run ends early only through faults


@dataclass
class DeviceRun:
    name: str
    path: Path
    office: str
    code: str
    seed: int
    device: Device | None = None
    session: WatchedSession = field(default_factory=WatchedSession)
    created: dict[str, int] = field(default_factory=dict)
    sync_runs: int = 0
    interrupted_runs: int = 0
    retry_after_waits: int = 0
    error: str | None = None

    def add(self, made: dict[str, int]) -> None:
        for key, value in made.items():
            self.created[key] = self.created.get(key, 0) + value


# Alembic's migration context is process-global: casebooks are created one at a time.
_CREATING = threading.Lock()


def prepare(run: DeviceRun, server_url: str, households: int) -> None:
    with _CREATING:
        device = Device.create(run.path)
    device.enroll(server_url, run.code)
    run.device = device
    run.add(device.add_households(households, seed=run.seed))


def sync_until_done(run: DeviceRun, proxy_url: str) -> None:
    assert run.device is not None
    for _ in range(MAX_SYNC_RUNS):
        run.sync_runs += 1
        try:
            report = run.device.sync(proxy_url, retry=RETRY, timeout=TIMEOUT, session=run.session)
        except TransientError as exc:
            run.interrupted_runs += 1
            if exc.retry_after:
                run.retry_after_waits += 1
                time.sleep(min(exc.retry_after, 30.0))
            continue
        if report.complete:
            return
    raise RuntimeError(f"{run.name}: still pending after {MAX_SYNC_RUNS} sync runs")


def exercise(run: DeviceRun, proxy_url: str, rounds: int, households: int) -> None:
    assert run.device is not None
    try:
        for round_ in range(rounds):
            if round_:
                run.add(run.device.add_households(households, seed=run.seed + 7919 * round_))
            sync_until_done(run, proxy_url)
    except (SyncError, RuntimeError) as exc:
        run.error = f"{type(exc).__name__}: {exc}"
    except Exception:
        run.error = traceback.format_exc(limit=5)


def settle(run: DeviceRun, server_url: str) -> None:
    """One clean sync, straight to the server: the device then holds its whole office."""
    assert run.device is not None
    if run.error is None:
        try:
            run.device.sync(server_url, retry=RETRY, timeout=TIMEOUT)
        except SyncError as exc:
            run.error = f"final sync: {type(exc).__name__}: {exc}"


def result(run: DeviceRun) -> dict[str, Any]:
    assert run.device is not None
    device = run.device
    stats = device.casebook.reports.stats().as_dict()
    return {
        "name": run.name,
        "device_id": device.device_id,
        "office": run.office,
        "created": run.created,
        "change_ids": device.outbox(),
        "pending": len(device.outbox("pending")),
        "holds": {
            k: stats[k] for k in ("households", "persons", "enrollments", "attendance_checks")
        },
        "push_seconds": run.session.push_seconds,
        "statuses": {str(k): v for k, v in run.session.statuses.items()},
        "failed_requests": run.session.failed_requests,
        "sync_runs": run.sync_runs,
        "interrupted_runs": run.interrupted_runs,
        "retry_after_waits": run.retry_after_waits,
        "error": run.error,
    }


def main(spec_path: str) -> int:
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    runs = [
        DeviceRun(d["name"], Path(d["path"]), d["office"], d["code"], d["seed"])
        for d in spec["devices"]
    ]
    households, rounds = int(spec["households"]), int(spec["rounds"])
    with ThreadPoolExecutor(max_workers=max(1, len(runs))) as pool:
        list(pool.map(lambda r: prepare(r, spec["server_url"], households), runs))
        print("ready", flush=True)
        if sys.stdin.readline().strip() != "go":
            return 1
        started = time.perf_counter()
        threads = [
            threading.Thread(target=exercise, args=(r, spec["proxy_url"], rounds, households))
            for r in runs
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        synced_seconds = time.perf_counter() - started
        print("synced", flush=True)
        if sys.stdin.readline().strip() != "settle":
            return 1
        list(pool.map(lambda r: settle(r, spec["server_url"]), runs))
    out = {"synced_seconds": synced_seconds, "devices": [result(r) for r in runs]}
    for run in runs:
        if run.device is not None:
            run.device.close()
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
