"""Hybrid logical clock: causally ordered stamps that tolerate a laptop's wrong wall clock.

A stamp is ``physical-ms`` (13 digits), ``counter`` (5 digits) and the node id, joined so that
plain string comparison orders stamps. The physical part never goes backwards even if the
system clock does; the counter breaks ties within one millisecond.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class HlcStamp:
    physical_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.physical_ms:013d}-{self.counter:05d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> HlcStamp:
        physical, counter, node = text.split("-", 2)
        if len(physical) != 13 or len(counter) != 5 or not node:
            raise ValueError("malformed clock stamp")
        return cls(int(physical), int(counter), node)


class HybridClock:
    def __init__(
        self,
        node: str,
        *,
        last: HlcStamp | None = None,
        wall_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        self._node = node
        self._wall_ms = wall_ms
        self._physical = last.physical_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def now(self) -> HlcStamp:
        """A stamp later than every stamp this clock has made or observed."""
        with self._lock:
            wall = self._wall_ms()
            if wall > self._physical:
                self._physical, self._counter = wall, 0
            else:
                self._counter += 1
            return HlcStamp(self._physical, self._counter, self._node)

    def observe(self, remote: HlcStamp) -> None:
        """Move past a stamp received from elsewhere (a pulled change)."""
        with self._lock:
            if (remote.physical_ms, remote.counter) > (self._physical, self._counter):
                self._physical, self._counter = remote.physical_ms, remote.counter
