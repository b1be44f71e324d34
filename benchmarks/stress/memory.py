"""The server's memory while it works: the RSS of its worker processes, sampled (Linux /proc)."""

from __future__ import annotations

import threading
from pathlib import Path

_PAGE_KB = 4


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:  # fields after "(comm)": state, ppid, ...
            kids.append(int(stat.parent.name))
    return kids


def _is_worker(pid: int) -> bool:
    """uvicorn's workers, not the helper multiprocessing may start beside them."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"resource_tracker" not in command


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class TreeMemory:
    """Samples the supervisor ``pid`` and its children every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_workers_mb = 0.0  # the highest sum of the workers' RSS at one moment
        self.peak_total_mb = 0.0  # the same with the supervisor process
        self.samples = 0
        self.workers_seen: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def sample(self) -> None:
        kids = [k for k in _children(self.pid) if _is_worker(k)]
        self.workers_seen.update(kids)
        # One worker serves in the supervisor's own process.
        workers = sum(rss_mb(k) for k in kids) if kids else rss_mb(self.pid)
        self.peak_workers_mb = max(self.peak_workers_mb, workers)
        total = workers + (rss_mb(self.pid) if kids else 0.0)
        self.peak_total_mb = max(self.peak_total_mb, total)
        self.samples += 1
