"""The stress run itself: server, proxy, device runners, the measurements and the checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

from benchmarks.common import percentile, progress
from benchmarks.stress.fuzz import run_schema_fuzz
from benchmarks.stress.memory import TreeMemory
from benchmarks.stress.verify import (
    exactly_once,
    server_statuses,
    server_times,
    unexpected_errors,
)
from tests.helpers.fault_proxy import FaultProxy
from tests.sync.central_harness import ROOT, CentralServer, PgDatabases


@dataclass(frozen=True)
class Size:
    devices: int = 50
    offices: int = 5
    households: int = 2  # per device and round
    rounds: int = 2
    workers: int = 3
    runners: int = 4  # device-runner processes; the devices are threads inside them
    seed: int = 20261201
    # Per request, the share of each fault the proxy injects (see tests.helpers.fault_proxy).
    cut: float = 0.04
    cut_request: float = 0.04
    drop: float = 0.04
    truncate: float = 0.04
    stall: float = 0.02
    stall_seconds: float = 0.5
    # Schema fuzzing on the stress server after the load (0: none; the suite has its own).
    fuzz_examples: int = 400


@dataclass
class _Runner:
    process: subprocess.Popen[str]
    log: Path

    def expect(self, word: str, timeout: float) -> None:
        assert self.process.stdout is not None
        line = _readline(self.process.stdout, timeout)
        if line.strip() != word:
            raise RuntimeError(
                f"a device runner said {line.strip()[:200]!r}, not {word!r}: "
                + self.log.read_text(errors="replace")[-3000:]
            )

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def tell(self, word: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(word + "\n")
        self.process.stdin.flush()


def _readline(stream: IO[str], timeout: float) -> str:
    # The runners answer within their phase; a stuck one fails the run instead of hanging it.
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(stream, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise RuntimeError(f"a device runner said nothing for {timeout:.0f} s")
    return stream.readline()


def run(size: Size, admin_url: str, work: Path | None = None) -> dict[str, Any]:
    """Run the load at ``size`` on a fresh database of the PostgreSQL at ``admin_url``."""
    databases = PgDatabases(admin_url)
    with tempfile.TemporaryDirectory(prefix="bienestar-stress-", dir=work) as tmp:
        folder = Path(tmp)
        try:
            server = CentralServer(
                folder / "central", databases.create(), "--workers", str(size.workers)
            )
            server.init()
            server.start(timeout=120)
            try:
                return _load(size, server, folder)
            finally:
                server.stop()
        finally:
            databases.drop_all()


def _load(size: Size, server: CentralServer, folder: Path) -> dict[str, Any]:
    offices = [f"Oficina de estrés {i + 1}" for i in range(size.offices)]
    devices = [
        {
            "name": f"device-{i:03d}",
            "path": str(folder / f"device-{i:03d}"),
            "office": offices[i % size.offices],
            "code": server.code(offices[i % size.offices]),
            "seed": size.seed + 1000 * i,
        }
        for i in range(size.devices)
    ]
    proxy = FaultProxy(
        server.port,
        seed=size.seed,
        cut=size.cut,
        cut_request=size.cut_request,
        drop=size.drop,
        truncate=size.truncate,
        stall=size.stall,
        stall_seconds=size.stall_seconds,
    )
    assert server.process is not None
    with proxy, TreeMemory(server.process.pid) as memory:
        runners = _start_runners(size, devices, server.url, proxy.url, folder)
        try:
            progress(f"stress: setting up {size.devices} devices in {len(runners)} runners")
            for runner in runners:
                runner.expect("ready", timeout=900)
            before = len(server.change_ids())
            progress("stress: all devices ready; syncing through the faulty proxy")
            started = time.perf_counter()
            for runner in runners:
                runner.tell("go")
            for runner in runners:
                runner.expect("synced", timeout=1800)
            synced_seconds = time.perf_counter() - started
            faults = dict(proxy.counts)
            progress(f"stress: synced in {synced_seconds:.1f} s; final clean pull")
            for runner in runners:
                runner.tell("settle")
            outcomes = [_outcome(runner) for runner in runners]
        finally:
            for runner in runners:
                runner.close()
    reported = [d for outcome in outcomes for d in outcome["devices"]]
    changes = len(server.change_ids()) - before
    problems = exactly_once(server, reported)
    log_text = server.log_text()
    served = server_statuses(log_text)
    seen: dict[int, int] = {}
    for device in reported:
        for status, count in device["statuses"].items():
            seen[int(status)] = seen.get(int(status), 0) + count
    server_5xx = sum(n for status, n in served.items() if status >= 500)
    if server_5xx:
        problems.append(f"the server answered {server_5xx} requests with a 5xx")
    crashes = unexpected_errors(log_text)
    if crashes:
        shown = "; ".join(sorted(set(crashes))[:5])
        problems.append(f"the server caught {len(crashes)} unexpected exceptions: {shown}")
    pushes = sorted(s for d in reported for s in d["push_seconds"])
    figures: dict[str, Any] = {
        "size": asdict(size),
        "changes": changes,
        "sync_seconds": round(synced_seconds, 2),
        "changes_per_s": round(changes / synced_seconds, 1),
        "push_requests_ok": len(pushes),
        "push_p50_ms": round(percentile(pushes, 50) * 1000, 1) if pushes else None,
        "push_p99_ms": round(percentile(pushes, 99) * 1000, 1) if pushes else None,
        "server_workers_seen": len(memory.workers_seen) or 1,
        "server_peak_rss_mb": round(memory.peak_workers_mb, 1),
        "server_peak_rss_with_supervisor_mb": round(memory.peak_total_mb, 1),
        "faults_injected": {k: v for k, v in sorted(faults.items()) if k != "pass"},
        "requests_through_proxy": sum(faults.values()),
        "server_status_counts": {str(k): v for k, v in sorted(served.items())},
        "server_time_by_route": server_times(log_text),
        "server_5xx": server_5xx,
        "client_status_counts": {str(k): v for k, v in sorted(seen.items())},
        "http_429_seen": seen.get(429, 0),
        "requests_without_answer": sum(d["failed_requests"] for d in reported),
        "sync_runs": sum(d["sync_runs"] for d in reported),
        "sync_runs_interrupted": sum(d["interrupted_runs"] for d in reported),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
    }
    if size.fuzz_examples > 0:
        figures.update(run_schema_fuzz(server, offices[0], size.fuzz_examples))
        problems.extend(f"schema fuzzing: {f}" for f in figures["schema_fuzz"]["failures"])
    figures["problems"] = problems
    figures["ok"] = not problems
    return figures


def _start_runners(
    size: Size, devices: list[dict[str, Any]], server_url: str, proxy_url: str, folder: Path
) -> list[_Runner]:
    count = max(1, min(size.runners, len(devices)))
    runners = []
    for index in range(count):
        spec = folder / f"runner-{index}.json"
        spec.write_text(
            json.dumps(
                {
                    "server_url": server_url,
                    "proxy_url": proxy_url,
                    "households": size.households,
                    "rounds": size.rounds,
                    "devices": devices[index::count],
                }
            ),
            encoding="utf-8",
        )
        with open(folder / f"runner-{index}.log", "w") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.stress.runner", str(spec)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                text=True,
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        runners.append(_Runner(process, folder / f"runner-{index}.log"))
    return runners


def _outcome(runner: _Runner) -> dict[str, Any]:
    assert runner.process.stdout is not None
    line = _readline(runner.process.stdout, timeout=900)
    runner.process.wait(timeout=60)
    if runner.process.returncode != 0 or not line.strip():
        raise RuntimeError(f"a device runner failed: {runner.log.read_text()[-2000:]}")
    result: dict[str, Any] = json.loads(line)
    return result
