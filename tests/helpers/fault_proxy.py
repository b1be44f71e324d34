"""A fault-injecting HTTP/1.1 proxy on loopback (asyncio), for the fault tests and ``make stress``.

One request per connection: the proxy reads the whole request, forwards it with
``Connection: close`` and reads the whole answer, so every fault lands at a known point. Per
request, with the given probabilities (one fault at most; seeded, so a run can be repeated):

* ``cut``: the connection closes before the request reaches the server;
* ``cut_request``: the server gets the head and part of the body, then the connection closes
  (the server sees a client that went away mid-request);
* ``drop``: the server does the work, the answer is thrown away and the connection closes;
* ``truncate``: the first half of the answer is sent, then the connection closes;
* ``stall``: the request waits ``stall_seconds`` before it is forwarded, then passes.

``fail_with(status)`` answers every request (to ``only_path``) with that HTTP status without
passing it on: a server that keeps failing. ``delay`` holds every answer that many seconds.
The event loop runs on its own thread, so plain blocking code (the sync engine, a test) can
sit behind it; ``counts`` says what it did.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from contextlib import suppress
from typing import Final

FAULTS: Final = ("cut", "cut_request", "drop", "truncate", "stall")
_MAX_HEAD: Final = 64 * 1024
_IO_TIMEOUT: Final = 120.0


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int = 0,
        cut: float = 0.0,
        cut_request: float = 0.0,
        drop: float = 0.0,
        truncate: float = 0.0,
        stall: float = 0.0,
        stall_seconds: float = 1.0,
        delay: float = 0.0,
        only_path: str | None = None,
        upstream_host: str = "127.0.0.1",
    ) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.only_path = only_path  # faults only for requests to this path
        self.rng = random.Random(seed)
        self.rates: dict[str, float] = {}
        self.set_faults(cut=cut, cut_request=cut_request, drop=drop, truncate=truncate, stall=stall)
        self.stall_seconds = stall_seconds
        self.delay = delay
        self.counts: Counter[str] = Counter()
        self.fail_status: int | None = None
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def set_faults(
        self,
        *,
        cut: float = 0.0,
        cut_request: float = 0.0,
        drop: float = 0.0,
        truncate: float = 0.0,
        stall: float = 0.0,
    ) -> None:
        rates = {
            "cut": cut,
            "cut_request": cut_request,
            "drop": drop,
            "truncate": truncate,
            "stall": stall,
        }
        if any(p < 0 for p in rates.values()) or sum(rates.values()) > 1.0:
            raise ValueError("fault probabilities must be >= 0 and add up to at most 1")
        self.rates = rates

    def fail_with(self, status: int | None) -> None:
        """Answer requests (to ``only_path``) with ``status``; ``None`` passes them on again."""
        with self._lock:
            self.fail_status = status

    def start(self) -> FaultProxy:
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = started.result(timeout=10)
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=256)
        return int(self._server.sockets[0].getsockname()[1])

    async def _close(self) -> None:
        if self._server is not None:
            self._server.close()
            with suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 5)
        current = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks() if t is not current]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    def _choose(self, path: str) -> str:
        with self._lock:
            if self.only_path is not None and path.split("?")[0] != self.only_path:
                self.counts["pass"] += 1
                return "pass"
            if self.fail_status is not None:
                self.counts["failed"] += 1
                return "fail"
            roll = self.rng.random()
            for name in FAULTS:
                p = self.rates[name]
                if roll < p:
                    self.counts[name] += 1
                    return name
                roll -= p
            self.counts["pass"] += 1
            return "pass"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(_read_request(reader), _IO_TIMEOUT)
            if request is None:
                return
            head, body, path = request
            fault = self._choose(path)
            if fault == "cut":
                return
            if fault == "fail":
                writer.write(_error_answer(self.fail_status or 500))
                await writer.drain()
                return
            if fault == "stall":
                await asyncio.sleep(self.stall_seconds)
            response = await asyncio.wait_for(
                self._forward(head, body, cut=fault == "cut_request"), _IO_TIMEOUT
            )
            if response is None:
                return
            if self.delay:
                await asyncio.sleep(self.delay)
            if fault == "drop":
                return
            if fault == "truncate":
                response = response[: max(1, len(response) // 2)]
            writer.write(response)
            await writer.drain()
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError):
            pass
        finally:
            with suppress(Exception):
                writer.close()
                await writer.wait_closed()

    async def _forward(self, head: bytes, body: bytes, *, cut: bool) -> bytes | None:
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        try:
            if cut:
                # Half the body, or half the head of a request without one: the server must
                # cope with a client that went away in the middle of its request.
                sent = head + body[: len(body) // 2] if body else head[: len(head) // 2]
                up_writer.write(sent)
                await up_writer.drain()
                await asyncio.sleep(0.01)
                return None
            up_writer.write(head + body)
            await up_writer.drain()
            return await up_reader.read()
        finally:
            up_writer.close()
            with suppress(Exception):
                await up_writer.wait_closed()


def _error_answer(status: int) -> bytes:
    body = b'{"error":"internal","message":"the server failed"}'
    head = (
        f"HTTP/1.1 {status} Failing\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


async def _read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes, str] | None:
    """The request's head (rewritten to ``Connection: close``), its body and its path."""
    try:
        raw_head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    except asyncio.LimitOverrunError:
        return None
    if len(raw_head) > _MAX_HEAD:
        return None
    lines = raw_head[:-4].split(b"\r\n")
    parts = lines[0].split(b" ")
    if len(parts) != 3:
        return None
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        key = name.strip().lower()
        if key == b"content-length":
            length = int(value.strip())
        if key in (b"connection", b"keep-alive"):
            continue
        kept.append(line)
    kept.append(b"Connection: close")
    body = await reader.readexactly(length) if length else b""
    return b"\r\n".join(kept) + b"\r\n\r\n", body, parts[1].decode("latin-1")
