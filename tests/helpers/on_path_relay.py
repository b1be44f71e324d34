"""Someone on the network path (a hostile Wi-Fi), on loopback: relays each request to the server,
keeps a copy of it, and may act on what it captured before the genuine request goes on."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from tests.helpers.fault_proxy import FaultProxy


@dataclass(frozen=True)
class Relayed:
    method: str
    path: str
    body: bytes


class OnPathRelay(FaultProxy):
    """A ``FaultProxy`` without faults that records requests; ``before_forward(relayed)``, when
    set, runs (off the relay's event loop) before the genuine request is forwarded."""

    def __init__(self, upstream_port: int) -> None:
        super().__init__(upstream_port)
        self.captured: list[Relayed] = []
        self.before_forward: Callable[[Relayed], None] | None = None

    async def _forward(self, head: bytes, body: bytes, *, cut: bool) -> bytes | None:
        method, path, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
        relayed = Relayed(method.decode("latin-1"), path.decode("latin-1").split("?")[0], body)
        with self._lock:
            self.captured.append(relayed)
        if self.before_forward is not None:
            await asyncio.to_thread(self.before_forward, relayed)
        return await super()._forward(head, body, cut=cut)

    def bodies(self, method: str, path: str) -> list[bytes]:
        with self._lock:
            return [r.body for r in self.captured if (r.method, r.path) == (method, path)]
