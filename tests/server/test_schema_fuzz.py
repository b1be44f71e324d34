"""Schemathesis against a real server on loopback, driven by its own /openapi.json: no 5xx, no
answer outside the schema, nothing that needs a token accepted without a valid one.

A small, derandomized run (the same cases every time, so CI is stable); the larger seeded run
is ``schema_fuzz.stress_schema_fuzz``, for ``make stress``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bienestar_field.sync.store import SyncIdentity
from tests.server import crafted
from tests.server.schema_fuzz import fuzz_central_api
from tests.sync.central_harness import CentralServer, Device, running_server

# The fuzzer is the one client here: per-device rates and the enrolment failure count would
# only turn its later requests into 429s (which the schema documents, and which are tested
# on their own in test_limits.py).
UNLIMITED = ("--push-rate", "0", "--pull-rate", "0", "--enroll-failure-limit", "1000000")


@pytest.fixture(scope="module")
def fuzzed(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[CentralServer, SyncIdentity]]:
    root = tmp_path_factory.mktemp("fuzz")
    with running_server(root / "central", None, *UNLIMITED) as server:
        device = Device.create(root / "lap")
        try:
            device.enroll(server.url, server.code("Norte"))
            yield server, crafted.identity_of(device)
        finally:
            device.close()


def test_no_5xx_no_answer_outside_the_schema_nothing_accepted_without_a_token(
    fuzzed: tuple[CentralServer, SyncIdentity],
) -> None:
    server, identity = fuzzed
    report = fuzz_central_api(
        server.url, device_id=identity.device_id, token=identity.token, max_examples=12
    )
    assert report.failures == []
    # It reached past the token check and the parsers, not only the front door.
    assert report.statuses.get(200, 0) > 0
    assert report.statuses.get(401, 0) > 0
    assert report.statuses.get(400, 0) > 0
    assert "Traceback" not in server.log_text()


def test_the_fuzzer_would_notice_a_token_that_is_not_checked(
    fuzzed: tuple[CentralServer, SyncIdentity],
) -> None:
    """The positive control: an 'impostor' holding the real token is let in, and reported."""
    server, identity = fuzzed
    report = fuzz_central_api(
        server.url,
        device_id=identity.device_id,
        token=identity.token,
        max_examples=2,
        negative=False,
        forged_token=identity.token,
    )
    assert any("accepted without a valid token" in failure for failure in report.failures)
