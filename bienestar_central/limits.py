"""What keeps one client from exhausting the server: body sizes, concurrency, request rates.

``Guard`` is the outermost request layer of the app (pure ASGI, before FastAPI parses
anything). For every request it:

1. refuses, with 503 and ``Retry-After``, once ``max_concurrent_requests`` are in flight;
2. on ``/v1/enroll`` (which needs no token), refuses with 429 and ``Retry-After`` a client
   that failed too often lately, *before reading its body*; every refusal of an enrolment
   (a bad code, a malformed or oversized body) counts as a failure, so a large body cannot be
   used to try codes without being counted;
3. refuses with 413 a body larger than its route allows, from ``Content-Length`` before any
   byte is read, and cuts off a body that runs past what it declared while it streams in;
4. checks the protocol header, tags the answer with the server's protocol version, and logs
   one line (method, path, status, time: never a client address, a query or a body).

``DeviceRates`` are token buckets per device for push and pull, taken after the token has
been checked and before the body is read: 429 with ``Retry-After`` when a device runs dry.

All of this state lives in the memory of one worker process: with ``serve --workers N``
each worker keeps its own counts, so the effective limits are up to N times the configured
ones. That is acceptable for what they are for (keeping one client from exhausting a worker);
it is not a quota.
"""

from __future__ import annotations

import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any, Final

from fastapi.responses import Response

from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorBody,
    ErrorCode,
    canonical_json,
    parse_protocol_header,
)

log = logging.getLogger("bienestar_central.http")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ENROLL_PATH: Final = f"{API_PREFIX}/enroll"
HEALTH_PATH: Final = f"{API_PREFIX}/health"
BATCH_PATHS: Final = frozenset({f"{API_PREFIX}/push", f"{API_PREFIX}/forward"})
# An enrolment request is well under 1 KB; room is left for the protocol to grow.
ENROLL_BODY_BYTES: Final = 8 * 1024
# Every other route takes no body at all.
OTHER_BODY_BYTES: Final = 1024
# The most clients (or devices) whose counts are kept; the oldest are forgotten first, so an
# attacker cycling through addresses costs bounded memory (and gains a fresh count, as a
# new address would anyway).
MAX_TRACKED: Final = 100_000

_PROTOCOL_HEADER_BYTES: Final = PROTOCOL_HEADER.lower().encode("ascii")
_BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH"})


def error_response(
    status: int, code: ErrorCode, message: str, retry_after: int | None = None
) -> Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return Response(
        content=canonical_json(ErrorBody(code, message).to_json()),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def whole_seconds(seconds: float) -> int:
    """``Retry-After`` takes whole seconds: round up, so a client never comes back too early."""
    return max(1, math.ceil(seconds))


@dataclass(frozen=True, slots=True)
class Limits:
    """The numbers, from the server configuration."""

    batch_body_bytes: int
    enroll_body_bytes: int = ENROLL_BODY_BYTES
    max_concurrent_requests: int = 64
    enroll_failure_limit: int = 10
    enroll_window_seconds: int = 600

    def body_limit(self, path: str) -> int:
        if path in BATCH_PATHS:
            return self.batch_body_bytes
        if path == ENROLL_PATH:
            return self.enroll_body_bytes
        return OTHER_BODY_BYTES


class FailureCounter:
    """Failures per client within a sliding window; a client at the limit waits it out."""

    def __init__(
        self, limit: int, window_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.window = window_seconds
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def wait(self, client: str) -> float | None:
        """Seconds ``client`` must wait before it may try again, or None."""
        failures = self._recent(client)
        if failures is None or len(failures) < self.limit:
            return None
        return failures[0] + self.window - self._clock()

    def record(self, client: str) -> None:
        failures = self._recent(client)
        if failures is None:
            failures = self._failures[client] = deque()
            if len(self._failures) > MAX_TRACKED:
                self._failures.popitem(last=False)
        failures.append(self._clock())
        while len(failures) > self.limit:
            failures.popleft()

    def _recent(self, client: str) -> deque[float] | None:
        failures = self._failures.get(client)
        if failures is None:
            return None
        cutoff = self._clock() - self.window
        while failures and failures[0] <= cutoff:
            failures.popleft()
        if not failures:
            del self._failures[client]
            return None
        return failures


class TokenBuckets:
    """A token bucket per key: ``burst`` requests at once, then ``rate`` per second.

    ``rate <= 0`` turns the limit off.
    """

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # tokens, at

    def take(self, key: str) -> float | None:
        """Take a token for ``key``: None when granted, else the seconds until one is due."""
        if self.rate <= 0:
            return None
        now = self._clock()
        tokens, at = self._buckets.pop(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - at) * self.rate)
        granted = tokens >= 1.0
        if granted:
            tokens -= 1.0
        self._buckets[key] = (tokens, now)
        if len(self._buckets) > MAX_TRACKED:
            self._buckets.popitem(last=False)
        return None if granted else (1.0 - tokens) / self.rate


class DeviceRates:
    """Push and pull rates per device (``push`` counts forwards too)."""

    def __init__(
        self,
        *,
        push_rate: float,
        push_burst: int,
        pull_rate: float,
        pull_burst: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._buckets = {
            "push": TokenBuckets(push_rate, push_burst, clock),
            "pull": TokenBuckets(pull_rate, pull_burst, clock),
        }

    def wait(self, kind: str, device_id: str) -> int | None:
        """None when ``device_id`` may make a ``kind`` request now, else whole seconds to wait."""
        wait = self._buckets[kind].take(device_id)
        return None if wait is None else whole_seconds(wait)


class _TooLarge(Exception):
    pass


class Guard:
    """The request layer described at the top of this module."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits
        self.in_flight = 0
        self.enroll_failures = FailureCounter(
            limits.enroll_failure_limit, limits.enroll_window_seconds
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        method: str = scope["method"]
        path: str = scope["path"]
        status = [0]

        async def send_tagged(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = int(message["status"])
                message = dict(message)
                message["headers"] = [
                    *message.get("headers", []),
                    (_PROTOCOL_HEADER_BYTES, str(PROTOCOL_VERSION).encode("ascii")),
                ]
            await send(message)

        if self.in_flight >= self.limits.max_concurrent_requests:
            busy = error_response(
                503, ErrorCode.BUSY, "the server is busy; try again shortly", retry_after=1
            )
            await busy(scope, receive, send_tagged)
            self._log(method, path, status[0], started)
            return
        self.in_flight += 1
        try:
            await self._guarded(scope, receive, send_tagged, status)
        finally:
            self.in_flight -= 1
            self._log(method, path, status[0], started)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, status: list[int]) -> None:
        path: str = scope["path"]
        enrolling = path == ENROLL_PATH
        client = _client_of(scope) if enrolling else ""
        if enrolling:
            wait = self.enroll_failures.wait(client)
            if wait is not None:
                too_many = error_response(
                    429,
                    ErrorCode.RATE_LIMITED,
                    "too many failed enrolment attempts; wait and try again",
                    retry_after=whole_seconds(wait),
                )
                await too_many(scope, receive, send)
                return
        limit = self.limits.body_limit(path)
        headers = dict(scope.get("headers") or [])
        refusal = _refusal(scope["method"], path, headers, limit)
        if refusal is not None:
            await refusal(scope, receive, send)
        else:
            await self._call_limited(scope, receive, send, status, limit)
        if enrolling and status[0] >= 400 and status[0] != 429:
            self.enroll_failures.record(client)

    async def _call_limited(
        self, scope: Scope, receive: Receive, send: Send, status: list[int], limit: int
    ) -> None:
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _TooLarge:
            if status[0] == 0:
                too_large = error_response(
                    413, ErrorCode.TOO_LARGE, f"the request body is larger than {limit} bytes"
                )
                await too_large(scope, receive, send)

    @staticmethod
    def _log(method: str, path: str, status: int, started: float) -> None:
        log.info("%s %s %d %.0fms", method, path, status, (time.perf_counter() - started) * 1000)


def _refusal(method: str, path: str, headers: dict[bytes, bytes], limit: int) -> Response | None:
    length = headers.get(b"content-length")
    if length is not None:
        if not length.isdigit() or len(length) > 18:
            return error_response(400, ErrorCode.BAD_REQUEST, "Content-Length is not a number")
        if int(length) > limit:
            return error_response(
                413, ErrorCode.TOO_LARGE, f"the request body is larger than {limit} bytes"
            )
    elif method in _BODY_METHODS:
        return error_response(411, ErrorCode.BAD_REQUEST, "a request body needs a Content-Length")
    if path.startswith(API_PREFIX + "/") and path != HEALTH_PATH:
        declared = headers.get(_PROTOCOL_HEADER_BYTES)
        try:
            parse_protocol_header(declared.decode("latin-1") if declared else None)
        except ProtocolError as exc:
            return error_response(400, ErrorCode.UNSUPPORTED_PROTOCOL, str(exc))
    return None


def _client_of(scope: Scope) -> str:
    """The peer's address (in memory only: never logged); behind a load balancer named in
    ``serve --forwarded-allow-ips``, the client its X-Forwarded-For names."""
    client = scope.get("client")
    return str(client[0]) if client else "unknown"
