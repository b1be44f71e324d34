"""Limits of a real server process: body sizes refused before they are read, enrolment failures
counted before parsing, a cap on requests in flight, and per-device rates on push and pull
answered 429 with Retry-After, which the app's sync honours to the end."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
import requests

from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.protocol import PROTOCOL_HEADER, Change, Entity, bearer
from tests.server import crafted
from tests.sync.central_harness import CentralServer, Device, running_server

V1 = {PROTOCOL_HEADER: "1", "Content-Type": "application/json"}
SIXTEEN_MIB = 16 * 1024 * 1024


def peak_rss_kib(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in KiB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS in /proc")


def raw_post(port: int, path: str, length: int, *, chunk: int = 1 << 20) -> tuple[int, bytes]:
    """POST ``length`` bytes of JSON-ish filler on a bare socket, sending for as long as the
    server reads; then the status and body of whatever it answered."""
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{PROTOCOL_HEADER}: 1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n"
        "Connection: close\r\n\r\n"
    ).encode("ascii")
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head)
        sent = 0
        filler = b'{"pad":"' + b"A" * chunk
        try:
            while sent < length:
                piece = filler[: min(chunk, length - sent)]
                sock.sendall(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed without reading it all: the point
        answer = b""
        try:
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                answer += data
        except (ConnectionResetError, TimeoutError):
            pass
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line, "no answer at all"
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


# --- body limits and memory ------------------------------------------------------------------


def test_a_16_mib_enrolment_body_is_refused_unread_and_memory_stays_flat(tmp_path: Path) -> None:
    with running_server(tmp_path / "c", None, "--enroll-failure-limit", "100") as server:
        assert server.process is not None
        pid = server.process.pid
        requests.get(server.url + "/v1/health", timeout=5)
        before = rss_kib(pid)
        answers: list[tuple[int, bytes]] = []

        def send() -> None:
            answers.append(raw_post(server.port, "/v1/enroll", SIXTEEN_MIB))

        threads = [threading.Thread(target=send) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        peak = peak_rss_kib(pid)
        assert [status for status, _ in answers] == [413] * 4
        assert b"too_large" in answers[0][1]
        # Four 16 MiB bodies at once used to take the server from ~93 MB to ~981 MB.
        assert peak - before < 20 * 1024, (before, peak)
        print(f"enrol 4x16MiB: rss before {before} KiB, peak after {peak} KiB")


def test_each_route_has_its_own_body_limit(tmp_path: Path) -> None:
    with running_server(tmp_path / "c", None) as server:
        enroll = requests.post(server.url + "/v1/enroll", data=b"x" * 9000, headers=V1, timeout=5)
        assert enroll.status_code == 413
        assert "8192 bytes" in enroll.json()["message"]
        # A push as large as the largest legitimate batch is read (then refused for its token).
        push = requests.post(server.url + "/v1/push", data=b"x" * (6 << 20), headers=V1, timeout=30)
        assert push.status_code == 401
        too_big = raw_post(server.port, "/v1/push", (8 << 20) + 1)
        assert too_big[0] == 413


# --- enrolment failures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body", [b"x" * 9000, b"{not json", b"{}"], ids=["oversized", "garbage", "malformed"]
)
def test_every_refused_enrolment_counts_before_its_body_is_read(
    tmp_path: Path, body: bytes
) -> None:
    with running_server(tmp_path / "c", None, "--enroll-failure-limit", "3") as server:
        statuses = [
            requests.post(server.url + "/v1/enroll", data=body, headers=V1, timeout=5).status_code
            for _ in range(3)
        ]
        assert 429 not in statuses
        # Now even a good code is not tried, and a 16 MiB body is not read: 429 at once.
        device = Device.create(tmp_path / "d")
        try:
            from bienestar_field.sync.client import TransientError

            with pytest.raises(TransientError, match="429"):
                device.enroll(server.url, server.code("Norte"))
        finally:
            device.close()
        status, answer = raw_post(server.port, "/v1/enroll", SIXTEEN_MIB)
        assert status == 429
        assert b"rate_limited" in answer


# --- requests in flight -----------------------------------------------------------------------


def _hold_request(port: int) -> socket.socket:
    """An enrolment whose body never finishes arriving: a request in flight until closed."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(
        (
            f"POST /v1/enroll HTTP/1.1\r\nHost: x\r\n{PROTOCOL_HEADER}: 1\r\n"
            "Content-Length: 100\r\n\r\n{"
        ).encode("ascii")
    )
    return sock


def _wait_for(predicate: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_requests_beyond_the_cap_get_503_with_retry_after(tmp_path: Path) -> None:
    with running_server(tmp_path / "c", None, "--max-concurrent-requests", "2") as server:
        seen: list[requests.Response] = []

        def busy() -> bool:
            seen.append(requests.get(server.url + "/v1/health", timeout=5))
            return seen[-1].status_code == 503

        with ExitStack() as held:
            for _ in range(2):
                held.callback(_hold_request(server.port).close)
            _wait_for(busy, "the server to be saturated")
            answer = seen[-1]
            assert answer.headers["Retry-After"] == "1"
            assert answer.json()["error"] == "busy"
        _wait_for(lambda: not busy(), "the held requests to end")


# --- per-device rates ---------------------------------------------------------------------------


@pytest.fixture
def slow_server(tmp_path: Path) -> Iterator[CentralServer]:
    limits = ("--push-rate", "0.01", "--push-burst", "2", "--pull-rate", "0.01")
    with running_server(tmp_path / "c", None, *limits, "--pull-burst", "1") as server:
        yield server


@pytest.fixture
def identity(
    slow_server: CentralServer, make_device: Callable[[str], Device], office: str
) -> SyncIdentity:
    device = make_device("lap")
    device.enroll(slow_server.url, slow_server.code(office))
    return crafted.identity_of(device)


def _pull(identity: SyncIdentity, token: str | None = None) -> requests.Response:
    return requests.get(
        f"{identity.server_url}/v1/pull",
        params={"nonce": "abc"},
        headers={**V1, "Authorization": bearer(identity.device_id, token or identity.token)},
        timeout=10,
    )


def test_a_device_over_its_push_rate_gets_429_with_retry_after(
    slow_server: CentralServer, identity: SyncIdentity
) -> None:
    def household() -> Change:
        return crafted.change(Entity.HOUSEHOLD, crafted.household_fields())

    # Someone else naming the device, with a wrong token, spends none of its tokens.
    for _ in range(3):
        forged = requests.post(
            f"{identity.server_url}/v1/push",
            data=b"{}",
            headers={**V1, "Authorization": bearer(identity.device_id, "x" * 43)},
            timeout=10,
        )
        assert forged.status_code == 401
    assert [crafted.push(identity, [household()]).status_code for _ in range(2)] == [200, 200]
    refused = crafted.push(identity, [household()])
    assert refused.status_code == 429
    assert refused.json()["error"] == "rate_limited"
    assert int(refused.headers["Retry-After"]) >= 1
    # Pull has a bucket of its own.
    assert _pull(identity).status_code == 200
    pulled_again = _pull(identity)
    assert pulled_again.status_code == 429
    assert int(pulled_again.headers["Retry-After"]) >= 1


def test_a_device_that_hits_the_limit_backs_off_and_sends_everything_once(
    tmp_path: Path, office: str
) -> None:
    limits = ("--push-rate", "2", "--push-burst", "1", "--pull-rate", "2", "--pull-burst", "1")
    with running_server(tmp_path / "c", None, *limits) as server:
        device = Device.create(tmp_path / "lap")
        try:
            device.enroll(server.url, server.code(office))
            device.add_households(4, seed=11)
            sent = device.outbox()
            report = device.sync(server.url, batch_size=10, pull_limit=5)
            assert report.complete
            assert device.outbox("pending") == []
            stored = server.change_ids(device.device_id)
            assert Counter(stored) == Counter(sent)  # every change once
            assert report.batches >= 3
            log = server.log_text()
            assert "POST /v1/push 429" in log  # it did hit the limit, and came back after
        finally:
            device.close()
