"""HTTP transport to the central server (``requests``): timeouts, protocol header, retries.

Connection errors, timeouts, answers cut short, 5xx and 429 are *transient*: retried with
capped exponential back-off and full jitter, or after the server's ``Retry-After``. Any other
4xx is *permanent* and never retried automatically; 401 is an *authentication* problem, and
401 ``revoked`` means this device was revoked and must stop trying. Every error carries a
message meant for the person at the screen.
"""

from __future__ import annotations

import email.utils
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

import requests

from bienestar_field import __version__
from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ErrorBody,
    ErrorCode,
    bearer,
    load_json_object,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT: Final = (5.0, 60.0)  # connect, read


class SyncError(Exception):
    """Base of every sync failure; ``kind`` is transient, permanent or auth."""

    kind = "permanent"


class TransientError(SyncError):
    """Worth trying again later: the server or the network is having a bad moment."""

    kind = "transient"

    def __init__(
        self, message: str, *, retry_after: float | None = None, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.status = status  # the HTTP status when the server answered (5xx, 429)


class PermanentError(SyncError):
    """Retrying the same thing will fail the same way; someone has to act."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code


class AuthError(PermanentError):
    kind = "auth"


class DeviceRevoked(AuthError):
    pass


class NotEnrolled(PermanentError):
    pass


class ClockSkew(PermanentError):
    # Seconds this computer is ahead of the server (negative: behind), for the app's message.
    skew_seconds: float = 0.0


class ServerKeyChanged(PermanentError):
    pass


class CasebookCloned(PermanentError):
    """The server holds this casebook's id for another device: this one is a copy."""


class ProtocolMismatch(PermanentError):
    # True when the server needs a newer app; False when the server is the older one.
    app_too_old: bool = True


class ServerFailing(TransientError):
    """The server answered with errors (5xx) sync after sync: nothing is lost or dropped, and
    automatic syncs wait a growing, capped time before trying again (``next_attempt_at``)."""

    kind = "server_failing"

    def __init__(self, message: str, *, failures: int, next_attempt_at: str, status: int | None):
        super().__init__(message, status=status)
        self.failures = failures
        self.next_attempt_at = next_attempt_at


class SyncBusy(SyncError):
    kind = "busy"


class Cancelled(SyncError):
    kind = "cancelled"


REVOKED_MESSAGE: Final = (
    "this device was revoked by the central office and will not sync again; "
    "ask your supervisor for a new enrolment code"
)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Capped exponential back-off with full jitter; a longer ``Retry-After`` ends the call."""

    max_attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 60.0
    max_retry_after: float = 300.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0)."""
        if retry_after is not None:
            return max(0.0, min(retry_after, self.max_retry_after))
        # Full jitter (AWS architecture blog): uniform in [0, capped exponential].
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * (2**attempt)))


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


@dataclass(frozen=True, slots=True)
class Answer:
    body: dict[str, Any]
    elapsed: float


class Transport:
    """One server. ``request`` returns the parsed JSON of a 2xx answer or raises a SyncError."""

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        cancel: threading.Event | None = None,
        ca_file: str | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        if ca_file and not os.path.isfile(ca_file):
            raise PermanentError(f"server_ca_file {ca_file} is not a readable file")
        # Passed on every request: a session's own setting would lose to REQUESTS_CA_BUNDLE.
        self._verify: str | bool = ca_file or True
        self._session = session or requests.Session()
        self._owns_session = session is None
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not a secret
        self._cancel = cancel

    def close(self) -> None:
        if self._owns_session:
            self._session.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
        device_id: str | None = None,
        token: str | None = None,
        retry: bool = True,
    ) -> Answer:
        headers = {
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "User-Agent": f"bienestar-field/{__version__}",
            "Accept": "application/json",
        }
        if body is not None:
            headers["Content-Type"] = "application/json"
        if token is not None and device_id is not None:
            headers["Authorization"] = bearer(device_id, token)
        attempts = self.retry.max_attempts if retry else 1
        last: TransientError | None = None
        for attempt in range(attempts):
            if self._cancel is not None and self._cancel.is_set():
                raise Cancelled("sync cancelled")
            try:
                return self._once(method, path, body, params, headers)
            except TransientError as exc:
                last = exc
                too_long = (
                    exc.retry_after is not None and exc.retry_after > self.retry.max_retry_after
                )
                if attempt + 1 >= attempts or too_long:
                    break
                wait = self.retry.delay(attempt, exc.retry_after, self._rng)
                log.info("%s %s: %s; retrying in %.2f s", method, path, exc, wait)
                if self._cancel is not None:
                    if self._cancel.wait(wait):
                        raise Cancelled("sync cancelled") from None
                else:
                    self._sleep(wait)
        assert last is not None
        raise last

    def _once(
        self,
        method: str,
        path: str,
        body: bytes | None,
        params: Mapping[str, str | int] | None,
        headers: dict[str, str],
    ) -> Answer:
        started = time.monotonic()
        try:
            response = self._session.request(
                method,
                self.base_url + path,
                data=body,
                params=params,
                headers=headers,
                timeout=self.timeout,
                allow_redirects=False,
                verify=self._verify,
            )
            content = response.content
        except requests.Timeout:
            raise TransientError("the server did not answer in time") from None
        except requests.exceptions.SSLError:
            raise PermanentError(
                "the server's TLS certificate is not trusted: check the address, or set "
                "server_ca_file to the certificate of the authority that signed it"
            ) from None
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
            raise TransientError("cannot reach the server (connection failed or cut)") from None
        except requests.exceptions.ContentDecodingError:
            raise TransientError("the server's answer arrived damaged") from None
        elapsed = time.monotonic() - started
        status = response.status_code
        if 200 <= status < 300:
            try:
                return Answer(load_json_object(content, "the server's answer"), elapsed)
            except ProtocolError:
                raise TransientError("the server's answer arrived incomplete") from None
        error = _error_body(content)
        message = error.message if error is not None else f"HTTP {status}"
        if status == 401:
            if error is not None and error.error is ErrorCode.REVOKED:
                raise DeviceRevoked(REVOKED_MESSAGE, status=status, code=error.error.value)
            raise AuthError(
                "the server does not accept this device's credentials; enrol it again",
                status=status,
                code=error.error.value if error else None,
            )
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status == 429:
            wait = f"; try again in {round(retry_after)} s" if retry_after is not None else ""
            raise TransientError(
                f"the server refuses more attempts for now (HTTP 429): {message}{wait}",
                retry_after=retry_after,
                status=status,
            )
        if status >= 500:
            raise TransientError(
                f"the server is failing (HTTP {status}): {message}",
                retry_after=retry_after,
                status=status,
            )
        if error is not None and error.error is ErrorCode.UNSUPPORTED_PROTOCOL:
            raise ProtocolMismatch(
                f"the server does not speak this app's sync protocol: {message}; update the app",
                status=status,
                code=error.error.value,
            )
        raise PermanentError(
            f"the server refused the request (HTTP {status}): {message}",
            status=status,
            code=error.error.value if error else None,
        )


def _error_body(content: bytes) -> ErrorBody | None:
    try:
        return ErrorBody.from_json(load_json_object(content, "error"))
    except ProtocolError:
        return None
