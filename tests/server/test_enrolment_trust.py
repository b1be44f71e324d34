"""Enrolment against someone on the network path and against copied casebooks (issue 8, findings
2 and the enrolment half of 1), with real devices and a real server process on loopback.

The code never crosses the network; a captured request neither enrols other keys nor works a
second time; a server that did not issue the code is refused before anything derived from the
code is sent; a copied casebook is refused with the reason; no two casebooks share a prefix.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from msgspec.structs import replace
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.client import PermanentError, ServerKeyChanged
from bienestar_wire.envelope import KeyPairs, sign_enroll
from bienestar_wire.protocol import PROTOCOL_HEADER, EnrollRequest, canonical_json
from tests.helpers.on_path_relay import OnPathRelay, Relayed
from tests.sync.central_fixtures import BACKENDS
from tests.sync.central_harness import CentralServer, Device, running_server

V1 = {PROTOCOL_HEADER: "1", "Content-Type": "application/json"}
ENROLL = ("POST", "/v1/enroll")


@pytest.fixture(scope="module")
def central(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("central") / "server", None) as server:
        yield server


def signing_key(device: Device) -> bytes:
    identity = sync_store.load_identity(device.casebook)
    assert identity is not None
    return identity.device_keys.signing_public


def office_signing_keys(server: CentralServer, office: str) -> list[bytes]:
    with server.db.reading() as conn:
        rows = conn.execute(
            select(models.devices.c.signing_key).where(models.devices.c.office == office)
        )
        return [bytes(key) for (key,) in rows]


def test_a_relay_that_puts_its_own_keys_in_a_captured_request_enrols_nothing(
    central: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    device = make_device("field")
    attacker = KeyPairs.generate()
    stolen: list[requests.Response] = []

    def enrol_own_keys_first(relayed: Relayed) -> None:
        if (relayed.method, relayed.path) != ENROLL:
            return
        captured = EnrollRequest.from_json(json.loads(relayed.body))
        own = replace(captured, signing=attacker.signing_public, sealing=attacker.sealing_public)
        body = canonical_json(sign_enroll(own, attacker).to_json())
        stolen.append(requests.post(central.url + "/v1/enroll", data=body, headers=V1, timeout=10))

    code = central.code(office)
    with OnPathRelay(central.port) as relay:
        relay.before_forward = enrol_own_keys_first
        device.enroll(relay.url, code)

    [attempt] = stolen
    assert attempt.status_code == 403, attempt.text
    assert attempt.json()["error"] == "code_invalid"
    assert "token" not in attempt.json()
    assert office_signing_keys(central, office) == [signing_key(device)]
    # Nothing on the path held the code, in whatever form the operator printed it.
    compact = code.replace("-", "").encode()
    for relayed in relay.captured:
        assert code.encode() not in relayed.body
        assert compact not in relayed.body
    assert len(relay.bodies(*ENROLL)) == 1


def test_a_replayed_enrolment_gets_nothing_and_the_device_still_syncs(
    central: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    device = make_device("field")
    with OnPathRelay(central.port) as relay:
        device.enroll(relay.url, central.code(office))
    [captured] = relay.bodies(*ENROLL)

    for _ in range(2):
        replay = requests.post(central.url + "/v1/enroll", data=captured, headers=V1, timeout=10)
        assert replay.status_code == 403, replay.text
        assert replay.json()["error"] == "challenge_invalid"
        assert "token" not in replay.json()

    device.add_households(2, seed=5)
    report = device.sync(central.url)
    assert report.pending_left == 0
    assert report.acknowledged > 0
    assert office_signing_keys(central, office) == [signing_key(device)]


def test_a_server_that_did_not_issue_the_code_is_refused_before_anything_secret_is_sent(
    central: CentralServer,
    make_device: Callable[[str], Device],
    office: str,
    tmp_path: Path,
) -> None:
    device = make_device("field")
    code = central.code(office)
    # Someone answers at the address the device was given, with keys of their own.
    with running_server(tmp_path / "impostor", None) as impostor:
        with (
            OnPathRelay(impostor.port) as relay,
            pytest.raises(ServerKeyChanged, match="fingerprint"),
        ):
            device.enroll(relay.url, code)
        assert relay.bodies(*ENROLL) == []
        assert impostor.stats()["devices"] == 0
    assert sync_store.load_identity(device.casebook) is None
    # The code is untouched: at the server that issued it, it enrols the device.
    device.enroll(central.url, code)
    assert office_signing_keys(central, office) == [signing_key(device)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_copied_casebook_is_refused_at_enrolment_and_told_why(
    backend: str,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
    office: str,
) -> None:
    # An IT office images a laptop after setting the casebook up, before it is enrolled.
    Device.create(tmp_path / "original").close()
    shutil.copytree(tmp_path / "original", tmp_path / "copy")
    original, copy = Device.open(tmp_path / "original"), Device.open(tmp_path / "copy")
    fresh = Device.create(tmp_path / "fresh")
    try:
        with running_server(tmp_path / "central", database_url_for(backend)) as server:
            original.enroll(server.url, server.code(office))
            second = server.code(office)
            with pytest.raises(PermanentError) as refused:
                copy.enroll(server.url, second)
            assert refused.value.code == "casebook_cloned"
            assert refused.value.status == 409
            message = str(refused.value)
            assert f"already enrolled as device {original.device_id}" in message
            assert "copy of another computer's casebook" in message
            assert "Set up a new casebook on this computer" in message
            assert sync_store.load_identity(copy.casebook) is None
            assert server.stats()["devices"] == 1
            # The refusal spent nothing: the same code enrols a casebook of its own.
            fresh.enroll(server.url, second)
            assert server.stats()["devices"] == 2
            # And the original goes on syncing.
            original.add_households(1, seed=8)
            assert original.sync().pending_left == 0
    finally:
        for device in (original, copy, fresh):
            device.close()


def test_two_casebooks_never_number_folios_alike(
    central: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    first, second = make_device("first"), make_device("second")
    # Bad luck, or two laptops set up from one image: the same folio prefix in both.
    with second.casebook.unit_of_work() as work:
        work.meta.set("device_code", first.folio_prefix)
    prefix = first.folio_prefix
    first.enroll(central.url, central.code(office))
    second.enroll(central.url, central.code(office))
    assert first.folio_prefix == prefix  # the first keeps its own
    assert second.folio_prefix != prefix  # the second is given another, free one
    second.add_households(1, seed=2)
    with second.casebook.reading() as stored:
        folios = [folio for _, _, folio, _ in stored.people.name_fields()]
    assert folios
    assert all(folio.startswith(second.folio_prefix + "-") for folio in folios)
