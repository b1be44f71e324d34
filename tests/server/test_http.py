"""The HTTP surface of a real server process: health, OpenAPI, headers, limits, fuzzing."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from bienestar_field.sync import store as sync_store
from bienestar_wire.protocol import PROTOCOL_HEADER, bearer
from tests.sync.central_harness import CentralServer, Device, running_server

V1 = {PROTOCOL_HEADER: "1"}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    data = tmp_path_factory.mktemp("http") / "server"
    with running_server(data, None, "--enroll-failure-limit", "2") as central:
        yield central


@pytest.fixture(scope="module")
def token(server: CentralServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    device = Device.create(tmp_path_factory.mktemp("http-device") / "device")
    device.enroll(server.url, server.code("Norte"))
    identity = sync_store.load_identity(device.casebook)
    assert identity is not None
    yield bearer(identity.device_id, identity.token)
    device.close()


def test_health_answers_without_authentication(server: CentralServer) -> None:
    answer = requests.get(server.url + "/v1/health", timeout=5)
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "ok"
    assert body["protocol"] == {"min": 1, "max": 1}
    assert len(body["server_keys"]["key_id"]) == 32
    assert answer.headers[PROTOCOL_HEADER] == "1"


def test_the_openapi_schema_describes_the_versioned_api(server: CentralServer) -> None:
    schema = requests.get(server.url + "/openapi.json", timeout=5).json()
    assert set(schema["paths"]) == {
        "/v1/health",
        "/v1/enroll/challenge",
        "/v1/enroll",
        "/v1/push",
        "/v1/forward",
        "/v1/pull",
        "/v1/device",
        "/v1/decisions",
        "/v1/review",
        "/v1/review/decisions",
    }
    push = schema["paths"]["/v1/push"]["post"]
    pushed = push["requestBody"]["content"]["application/json"]["schema"]
    assert pushed == {"$ref": "#/components/schemas/BatchEnvelope"}
    assert "signature" in schema["components"]["schemas"]["BatchEnvelope"]["required"]
    assert {"200", "400", "401", "409", "413"} <= set(push["responses"])


@pytest.mark.parametrize("header", [None, "0", "2", "banana"])
def test_requests_outside_the_protocol_window_are_refused(
    server: CentralServer, header: str | None
) -> None:
    headers = {PROTOCOL_HEADER: header} if header is not None else {}
    answer = requests.post(server.url + "/v1/push", data=b"{}", headers=headers, timeout=5)
    assert answer.status_code == 400
    assert answer.json()["error"] == "unsupported_protocol"


def test_a_body_without_a_length_is_refused(server: CentralServer) -> None:
    answer = requests.post(
        server.url + "/v1/enroll", data=iter([b"{", b"}"]), headers=V1, timeout=5
    )
    assert answer.status_code == 411


def _garbage(rng: random.Random, depth: int = 0) -> object:
    kind = rng.randrange(8 if depth < 3 else 5)
    if kind == 0:
        return rng.randrange(-(2**70), 2**70)
    if kind == 1:
        return rng.choice(
            [
                "",
                "x" * rng.randrange(300),
                "01a1fd7a-0000-7000-8000-000000000000",
                "AAAA==",
                "bienestar.batch",
                "\u0000\ud7ff",
            ]
        )
    if kind == 2:
        return rng.choice([True, False, None, 1.5, -0.0])
    if kind in (3, 4):
        return rng.random()
    if kind == 5:
        return [_garbage(rng, depth + 1) for _ in range(rng.randrange(4))]
    keys = [
        "type",
        "v",
        "batch_id",
        "device_id",
        "server_key_id",
        "created_at",
        "change_ids",
        "sealed_key",
        "nonce",
        "ciphertext",
        "signature",
        "code",
        "label",
        "signing",
        "sealing",
        "zzz",
    ]
    return {rng.choice(keys): _garbage(rng, depth + 1) for _ in range(rng.randrange(8))}


def test_fuzzed_bodies_never_make_the_server_fail(server: CentralServer, token: str) -> None:
    rng = random.Random(2026)
    session = requests.Session()
    statuses: set[int] = set()
    for n in range(240):
        path = ("/v1/push", "/v1/forward", "/v1/enroll")[n % 3]
        if n % 5 == 0:
            body = bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
        else:
            value = _garbage(rng)
            if isinstance(value, dict) and n % 2:
                value["type"] = "bienestar.batch" if path != "/v1/enroll" else "bienestar.enroll"
                value["v"] = 1
            body = json.dumps(value).encode()
        headers = {**V1, "Authorization": token}
        answer = session.post(server.url + path, data=body, headers=headers, timeout=10)
        statuses.add(answer.status_code)
        assert answer.status_code < 500, (path, body[:200], answer.text)
        assert answer.json()["error"]
    for query in ("cursor=x", "cursor=1.2&nonce=", "limit=0&nonce=a", "nonce=" + "n" * 99):
        answer = session.get(
            server.url + "/v1/pull?" + query, headers={**V1, "Authorization": token}, timeout=10
        )
        assert 400 <= answer.status_code < 500
    assert statuses <= {400, 403, 422, 429}


def test_enrolment_attempts_are_rate_limited_with_retry_after(
    tmp_path: Path,
) -> None:
    with running_server(tmp_path / "limited", None, "--enroll-failure-limit", "2") as central:
        device = Device.create(tmp_path / "d")
        try:
            from bienestar_field.sync.client import PermanentError, TransientError

            # A wrong secret with the right fingerprint: it reaches the server, and fails there.
            wrong = "AAAAA-AAAAA-AAAAA-" + central.code("Norte")[-11:]
            for _ in range(2):
                with pytest.raises(PermanentError, match="not valid"):
                    device.enroll(central.url, wrong)
            with pytest.raises(TransientError, match="429"):
                device.enroll(central.url, central.code("Norte"))
            # Counted before parsing: a client over the limit is refused before its body is read.
            raw = requests.post(central.url + "/v1/enroll", data=b"{}", headers=V1, timeout=5)
            assert raw.status_code == 429
            assert int(raw.headers["Retry-After"]) >= 1
        finally:
            device.close()
