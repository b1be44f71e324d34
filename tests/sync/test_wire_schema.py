"""Every message either side really sends matches the schema the server publishes.

A real server process; real devices enrol, push, forward and pull through the app's own sync
code. Every request and answer that crosses the wire is recorded (and the sealed plaintexts on
the device: the batch body it seals, the pull pages it opens), then validated with a JSON
Schema validator against ``/openapi.json`` as fetched from the server: a request body against
its route's ``requestBody``, an answer against the route's documented answer for its status.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import requests

from bienestar_field.demo import synthetic_household
from bienestar_field.domain.ids import uuid7
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.batchfile import (
    BatchFile,
    export_batch_file,
    forward_batch_file,
    read_file,
)
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.sealing import seal_pending
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.envelope import seal_batch
from bienestar_wire.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    BatchBody,
    Change,
    DeviceRole,
    Entity,
    Operation,
    PullPage,
    bearer,
    canonical_json,
    load_json_object,
)
from bienestar_wire.review import ReviewChoice, ReviewKind, ReviewPage
from tests.helpers import catalogs
from tests.sync.central_harness import CentralServer, Device, running_server

NOW = "2026-03-16T00:00:00+00:00"


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    request: bytes | None
    status: int
    answer: bytes


@dataclass
class Recording:
    exchanges: list[Exchange]
    batch_bodies: list[bytes]  # what the device sealed
    pull_pages: list[bytes]  # what the device opened
    review_pages: list[bytes] = field(default_factory=list)  # opened review answers


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("schema") / "server", None) as central:
        yield central


@pytest.fixture(scope="module")
def openapi(server: CentralServer) -> dict[str, Any]:
    answer = requests.get(server.url + "/openapi.json", timeout=10)
    assert answer.status_code == 200
    document: dict[str, Any] = answer.json()
    return document


@pytest.fixture
def recording(monkeypatch: pytest.MonkeyPatch) -> Recording:
    found = Recording([], [], [])
    send = requests.Session.request

    def recorded(
        self: requests.Session, method: str, url: str, *args: Any, **kwargs: Any
    ) -> requests.Response:
        response = send(self, method, url, *args, **kwargs)
        body = kwargs.get("data")
        found.exchanges.append(
            Exchange(
                method.upper(),
                urlsplit(url).path,
                body if isinstance(body, bytes) else None,
                response.status_code,
                response.content,
            )
        )
        return response

    to_bytes, from_bytes = BatchBody.to_bytes, PullPage.from_bytes

    def sealed_body(body: BatchBody) -> bytes:
        found.batch_bodies.append(to_bytes(body))
        return found.batch_bodies[-1]

    def opened_page(data: bytes) -> PullPage:
        found.pull_pages.append(data)
        return from_bytes(data)

    monkeypatch.setattr(requests.Session, "request", recorded)
    monkeypatch.setattr(BatchBody, "to_bytes", sealed_body)
    monkeypatch.setattr(PullPage, "from_bytes", staticmethod(opened_page))
    review_from_bytes = ReviewPage.from_bytes

    def opened_review(data: bytes) -> ReviewPage:
        found.review_pages.append(data)
        return review_from_bytes(data)

    monkeypatch.setattr(ReviewPage, "from_bytes", staticmethod(opened_review))
    return found


def validator(openapi: dict[str, Any], schema: dict[str, Any]) -> jsonschema.Validator:
    """A validator whose ``#/components/...`` references resolve in the published document."""
    root = {**schema, "components": openapi["components"]}
    checker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    return jsonschema.Draft202012Validator(root, format_checker=checker)


def component(openapi: dict[str, Any], name: str) -> jsonschema.Validator:
    return validator(openapi, {"$ref": f"#/components/schemas/{name}"})


def route_schemas(
    openapi: dict[str, Any], exchange: Exchange
) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The published schemas of an exchange's request body and of its answer's status."""
    operation = openapi["paths"][exchange.path][exchange.method.lower()]
    body = operation.get("requestBody")
    answers = operation["responses"]
    assert str(exchange.status) in answers, f"{exchange.path} {exchange.status} is undocumented"
    answer = answers[str(exchange.status)]["content"]["application/json"]["schema"]
    return (body["content"]["application/json"]["schema"] if body else None), answer


def check_all(openapi: dict[str, Any], recording: Recording) -> None:
    for exchange in recording.exchanges:
        body_schema, answer_schema = route_schemas(openapi, exchange)
        # A body the server refused as malformed is one this test bent on purpose.
        if exchange.request is not None and exchange.status not in (400, 411, 413):
            assert body_schema is not None, exchange.path
            validator(openapi, body_schema).validate(load_json_object(exchange.request, "body"))
        validator(openapi, answer_schema).validate(load_json_object(exchange.answer, "answer"))
    for body in recording.batch_bodies:
        component(openapi, "BatchBody").validate(load_json_object(body, "batch body"))
    for page in recording.pull_pages:
        component(openapi, "PullPage").validate(load_json_object(page, "pull page"))
    for page in recording.review_pages:
        component(openapi, "ReviewPage").validate(load_json_object(page, "review page"))


def identity_of(device: Device) -> SyncIdentity:
    identity = sync_store.load_identity(device.casebook)
    assert identity is not None
    return identity


def post(server: CentralServer, identity: SyncIdentity, path: str, body: bytes) -> int:
    """A client-built body sent as is (a resend, a replay): the answer is recorded."""
    return requests.post(
        server.url + path,
        data=body,
        headers={
            PROTOCOL_HEADER: "1",
            "Authorization": bearer(identity.device_id, identity.token),
            "Content-Type": "application/json",
        },
        timeout=20,
    ).status_code


def test_every_message_of_a_working_day_matches_the_published_schema(
    server: CentralServer,
    openapi: dict[str, Any],
    recording: Recording,
    make_device: Callable[[str], Device],
    office: str,
    tmp_path: Path,
) -> None:
    a, b = make_device("a"), make_device("b")
    a.enroll(server.url, server.code(office))  # health, enrol
    b.enroll(server.url, server.code(office))
    a.add_households(2, seed=7)
    assert a.sync().acknowledged > 0  # applied; an empty first pull
    assert b.sync(pull_limit=5).pulled_records > 5  # record entries, over several pages

    # Concurrent edits of one person: conflict.
    household = a.casebook.households.register(
        synthetic_household(random.Random(5), date(2026, 3, 16)), today=date(2026, 3, 16)
    )
    person_id = household.members[0].id
    a.sync()
    b.sync()
    b.casebook.people.update(replace(b.casebook.people.get(person_id), phone="5512345678"))
    a.casebook.people.update(replace(a.casebook.people.get(person_id), phone="5587654321"))
    b.sync()
    assert a.sync().conflicts == 1

    # A supervisor's laptop fetches the queue (sealed) and settles the conflict at its sync;
    # a caseworker's laptop is refused the queue (403) and syncs on.
    boss = make_device("boss")
    boss.enroll(server.url, server.code(office, role=DeviceRole.SUPERVISOR))
    boss.sync()
    (conflict,) = [i for i in boss.casebook.review.queue().items if i.kind is ReviewKind.CONFLICT]
    boss.casebook.review.decide(conflict, ReviewChoice.LOSER)
    assert boss.sync().review_sent == 1

    # A batch file carried by b (forward), then a's own push of the same: duplicate; a's
    # pull learns of the forwarded batch: receipt entries.
    a.add_households(1, seed=8)
    identity_a, identity_b = identity_of(a), identity_of(b)
    export_batch_file(a.casebook, identity_a, tmp_path / "a.batch", now=_now)
    batch_file = read_file(tmp_path / "a.batch")
    assert isinstance(batch_file, BatchFile)
    transport = Transport(server.url)
    forward_batch_file(transport, identity_b, batch_file)
    assert a.sync().acknowledged > 0

    # A change id reused with other content: rejected; then a replay and a reused batch id.
    pending = [(0, _altered(recording))]
    sealed = seal_pending(pending, identity_a, created_at=NOW)
    body = canonical_json(sealed.envelope.to_json())
    assert post(server, identity_a, f"{API_PREFIX}/push", body) == 200
    assert post(server, identity_a, f"{API_PREFIX}/push", body) == 200  # a resend
    other = seal_batch(
        [_altered(recording, notes="otra")],
        batch_id=sealed.batch_id,
        device_id=identity_a.device_id,
        device_keys=identity_a.device_keys,
        server=identity_a.server,
        created_at=NOW,
    )
    reused = canonical_json(other.to_json())
    assert post(server, identity_a, f"{API_PREFIX}/push", reused) == 409

    # A decision and a catalog reach the device: record and catalog entries.
    server.service.publish_catalog(catalogs.catalog("2026.2", "2027-01-01"), office)
    assert a.sync().catalogs == 1

    # Who am I; and refusals: a wrong token, a malformed batch, a spent code.
    transport.request(
        "GET", f"{API_PREFIX}/device", device_id=identity_a.device_id, token=identity_a.token
    )
    with pytest.raises(PermanentError):
        transport.request("GET", f"{API_PREFIX}/device", device_id=uuid7(), token="x" * 40)
    assert post(server, identity_a, f"{API_PREFIX}/push", b'{"type": "bienestar.batch"}') == 400
    spent = make_device("c")
    code = server.code(office)
    spent.enroll(server.url, code)
    with pytest.raises(PermanentError):
        make_device("d").enroll(server.url, code)
    transport.close()

    statuses = {
        result["status"]
        for exchange in recording.exchanges
        if exchange.path in (f"{API_PREFIX}/push", f"{API_PREFIX}/forward")
        and exchange.status == 200
        for result in load_json_object(exchange.answer, "receipt")["results"]
    }
    assert statuses == {"applied", "duplicate", "conflict", "rejected"}
    kinds = {
        entry["kind"]
        for page in recording.pull_pages
        for entry in load_json_object(page, "page")["entries"]
    }
    assert kinds == {"record", "receipt", "catalog"}
    routes = {(e.path, e.status) for e in recording.exchanges}
    assert {
        (f"{API_PREFIX}/health", 200),
        (f"{API_PREFIX}/enroll", 200),
        (f"{API_PREFIX}/enroll", 403),
        (f"{API_PREFIX}/push", 200),
        (f"{API_PREFIX}/push", 400),
        (f"{API_PREFIX}/push", 409),
        (f"{API_PREFIX}/forward", 200),
        (f"{API_PREFIX}/pull", 200),
        (f"{API_PREFIX}/device", 200),
        (f"{API_PREFIX}/device", 401),
        (f"{API_PREFIX}/review", 200),
        (f"{API_PREFIX}/review", 403),
        (f"{API_PREFIX}/review/decisions", 200),
    } <= routes
    assert recording.review_pages

    check_all(openapi, recording)


def test_the_validator_refuses_a_message_that_breaks_the_schema(
    server: CentralServer,
    openapi: dict[str, Any],
    recording: Recording,
    make_device: Callable[[str], Device],
    office: str,
) -> None:
    """The positive control: the same check fails on a real message bent out of shape."""
    device = make_device("e")
    device.enroll(server.url, server.code(office))
    device.add_households(1, seed=9)
    device.sync()
    check_all(openapi, recording)  # as sent: valid

    push = next(e for e in recording.exchanges if e.path == f"{API_PREFIX}/push")
    envelope = load_json_object(push.request or b"", "batch")
    receipt = load_json_object(push.answer, "receipt")
    unsigned = {k: v for k, v in envelope.items() if k != "signature"}
    wrong_status = {**receipt, "results": [{**receipt["results"][0], "status": "maybe"}]}
    bad_id = {**envelope, "batch_id": "not-a-uuid"}
    body_schema, answer_schema = route_schemas(openapi, push)
    assert body_schema is not None
    for schema, bent in (
        (body_schema, unsigned),
        (body_schema, bad_id),
        (answer_schema, wrong_status),
        (body_schema, receipt),  # a receipt is no batch
    ):
        with pytest.raises(jsonschema.ValidationError):
            validator(openapi, schema).validate(bent)


def _now() -> datetime:
    return datetime.now(UTC)


def _altered(recording: Recording, notes: str = "revisado") -> Change:
    """A person's change as the device first sealed it, resent with other content."""
    first = next(
        Change.from_json(change)
        for body in recording.batch_bodies
        for change in json.loads(body)["changes"]
        if change["entity"] == Entity.PERSON.value
    )
    return Change(
        first.change_id,
        Entity.PERSON,
        first.entity_id,
        Operation.CREATE,
        0,
        0,
        first.hlc,
        first.user_id,
        NOW,
        {"notes": notes},
    )


def test_an_office_named_with_accents_fits_the_published_schema(openapi: dict[str, Any]) -> None:
    """The schema's patterns are read by JSON Schema validators, where \\w means ASCII only."""
    answer = {"device_id": "0192f0c4-0000-7000-8000-000000000001", "label": "lap", "office": ""}
    for office in ("Módulo de Bienestar Chilpancingo", "Ñuu Savi (Mixteca)", "Norte"):
        component(openapi, "DeviceInfo").validate({**answer, "office": office})
    with pytest.raises(jsonschema.ValidationError):
        component(openapi, "DeviceInfo").validate({**answer, "office": "Norte<script>"})
