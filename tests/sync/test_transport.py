"""The HTTP client's rules, against a scripted server on loopback: what it retries and what not."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bienestar_field.sync.client import (
    AuthError,
    DeviceRevoked,
    PermanentError,
    ProtocolMismatch,
    RetryPolicy,
    TransientError,
    Transport,
)
from bienestar_wire.protocol import PROTOCOL_HEADER

Scripted = tuple[int, dict[str, str], bytes]


class Script:
    """Answers to give, in order (the last one repeats), and the requests seen."""

    def __init__(self) -> None:
        self.answers: list[Scripted] = []
        self.seen: list[dict[str, str]] = []

    def next(self) -> Scripted:
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def ok(body: dict[str, object]) -> Scripted:
    return 200, {}, json.dumps(body).encode()


def error(status: int, code: str, headers: dict[str, str] | None = None) -> Scripted:
    return status, headers or {}, json.dumps({"error": code, "message": code}).encode()


@pytest.fixture
def script() -> Iterator[tuple[Script, str]]:
    state = Script()

    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            state.seen.append(dict(self.headers))
            status, headers, body = state.next()
            if status == 0:  # a truncated answer: promise more than is sent
                self.send_response(200)
                self.send_header("Content-Length", str(len(body) + 100))
                self.end_headers()
                self.wfile.write(body)
                self.close_connection = True
                return
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def transport(url: str, sleeps: list[float], attempts: int = 4) -> Transport:
    return Transport(
        url,
        retry=RetryPolicy(max_attempts=attempts, base_delay=0.5, max_delay=4.0),
        sleep=sleeps.append,
        timeout=(2.0, 5.0),
    )


def test_5xx_and_429_are_retried_with_capped_jittered_back_off(
    script: tuple[Script, str],
) -> None:
    state, url = script
    state.answers = [
        error(503, "internal"),
        error(500, "internal"),
        error(429, "rate_limited"),
        ok({"fine": True}),
    ]
    sleeps: list[float] = []
    answer = transport(url, sleeps).request("GET", "/v1/x")
    assert answer.body == {"fine": True}
    assert len(state.seen) == 4
    assert len(sleeps) == 3
    assert all(0 <= s <= min(4.0, 0.5 * 2**i) for i, s in enumerate(sleeps))


def test_retry_after_is_honoured(script: tuple[Script, str]) -> None:
    state, url = script
    state.answers = [error(429, "rate_limited", {"Retry-After": "7"}), ok({})]
    sleeps: list[float] = []
    transport(url, sleeps).request("POST", "/v1/x", body=b"{}")
    assert sleeps == [7.0]


@pytest.mark.parametrize("status", [400, 403, 404, 409, 413, 422])
def test_other_4xx_are_never_retried(script: tuple[Script, str], status: int) -> None:
    state, url = script
    state.answers = [error(status, "bad_request"), ok({})]
    sleeps: list[float] = []
    with pytest.raises(PermanentError) as caught:
        transport(url, sleeps).request("POST", "/v1/x", body=b"{}")
    assert caught.value.status == status
    assert len(state.seen) == 1
    assert sleeps == []


def test_401_is_an_auth_error_and_revoked_says_so(script: tuple[Script, str]) -> None:
    state, url = script
    state.answers = [error(401, "unauthenticated")]
    with pytest.raises(AuthError) as plain:
        transport(url, []).request("GET", "/v1/x")
    assert not isinstance(plain.value, DeviceRevoked)
    state.answers = [error(401, "revoked")]
    with pytest.raises(DeviceRevoked, match="revoked by the central office"):
        transport(url, []).request("GET", "/v1/x")
    assert len(state.seen) == 2


def test_an_unsupported_protocol_asks_for_an_update(script: tuple[Script, str]) -> None:
    state, url = script
    state.answers = [error(400, "unsupported_protocol")]
    with pytest.raises(ProtocolMismatch, match="update the app"):
        transport(url, []).request("GET", "/v1/x")


def test_a_truncated_answer_is_transient_and_retried(script: tuple[Script, str]) -> None:
    state, url = script
    state.answers = [(0, {}, b'{"half": '), ok({"whole": 1})]
    sleeps: list[float] = []
    assert transport(url, sleeps).request("GET", "/v1/x").body == {"whole": 1}
    assert len(sleeps) == 1


def test_retries_are_bounded(script: tuple[Script, str]) -> None:
    state, url = script
    state.answers = [error(503, "internal")]
    sleeps: list[float] = []
    with pytest.raises(TransientError):
        transport(url, sleeps, attempts=3).request("GET", "/v1/x")
    assert len(state.seen) == 3
    assert len(sleeps) == 2


def test_an_unreachable_server_is_transient() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sleeps: list[float] = []
    with pytest.raises(TransientError, match="cannot reach"):
        transport(f"http://127.0.0.1:{port}", sleeps, attempts=2).request("GET", "/v1/x")
    assert len(sleeps) == 1


def test_every_request_carries_the_protocol_version_and_token(script: tuple[Script, str]) -> None:
    state, url = script
    state.answers = [ok({})]
    transport(url, []).request("GET", "/v1/x", device_id="d", token="t")
    assert state.seen[0][PROTOCOL_HEADER] == "1"
    assert state.seen[0]["Authorization"] == "Bearer d.t"


def test_a_retry_after_longer_than_the_policy_allows_ends_the_call(
    script: tuple[Script, str],
) -> None:
    state, url = script
    state.answers = [error(429, "rate_limited", {"Retry-After": "600"}), ok({})]
    sleeps: list[float] = []
    with pytest.raises(TransientError, match="try again in 600 s"):
        Transport(url, retry=RetryPolicy(max_retry_after=30), sleep=sleeps.append).request(
            "GET", "/v1/x"
        )
    assert sleeps == []
    assert len(state.seen) == 1
