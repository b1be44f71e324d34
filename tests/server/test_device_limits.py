"""What a device may not do to the central server: decide its own enrolments, name programs
that do not exist, send stamps from the far future, or values the database cannot hold."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database, migrate
from bienestar_central.keys import ServerKeys
from bienestar_central.service.central import CentralService
from bienestar_central.service.devices import DeviceRow
from bienestar_field.demo import synthetic_household
from bienestar_field.domain import codec
from bienestar_field.domain.ids import uuid7
from bienestar_wire.catalog import default_catalog
from bienestar_wire.envelope import KeyPairs, PeerKeys, seal_batch
from bienestar_wire.protocol import (
    Change,
    EnrollChallenge,
    Entity,
    Operation,
    bearer,
    canonical_json,
)
from tests.helpers import catalogs
from tests.server.enrolling import enroll_body, enroll_request
from tests.sync.central_fixtures import BACKENDS

AT = "2026-03-16T00:00:00+00:00"
USER = "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"


@pytest.fixture(params=BACKENDS)
def service(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
) -> Iterator[CentralService]:
    url = database_url_for(request.param) or f"sqlite+pysqlite:///{tmp_path / 'c.sqlite3'}"
    database = Database(url)
    migrate(database)
    config = ServerConfig(data_dir=tmp_path, database_url=url)
    yield CentralService(database, ServerKeys.generate(), config)
    database.close()


def _stamp(offset_ms: int = 0) -> str:
    now_ms = int(datetime.now(UTC).timestamp() * 1000)
    return f"{now_ms + offset_ms:013d}-00000-abcdef"


def enrol(service: CentralService, office: str) -> tuple[DeviceRow, KeyPairs]:
    keys = KeyPairs.generate()
    body = enroll_body(service, service.issue_code(office).code, keys)
    answer = service.enroll(body, "10.0.0.1")
    return service.authenticate(bearer(answer.device_id, answer.token)), keys


def change(
    entity: Entity,
    entity_id: str,
    fields: dict[str, Any],
    *,
    operation: Operation = Operation.CREATE,
    basis: int = 0,
    stamp: str | None = None,
    **header: Any,
) -> Change:
    values: dict[str, Any] = {
        "change_id": uuid7(),
        "entity": entity,
        "entity_id": entity_id,
        "operation": operation,
        "base_version": 0,
        "basis_version": basis,
        "hlc": stamp or _stamp(),
        "user_id": USER,
        "created_at": AT,
        "fields": fields,
    }
    values.update(header)
    return Change(**values)


def push(
    service: CentralService, device: DeviceRow, keys: KeyPairs, changes: list[Change]
) -> list[tuple[str, str]]:
    envelope = seal_batch(
        changes,
        batch_id=uuid7(),
        device_id=device.id,
        device_keys=keys,
        server=PeerKeys.from_info(service.keys.info),
        created_at=AT,
    )
    outcome = service.push(device, canonical_json(envelope.to_json()))
    return [(r.status.value, r.reason) for r in outcome.receipt.results]


def person_change(seed: int = 3) -> Change:
    household = synthetic_household(random.Random(seed), date(2026, 3, 16))
    fields = {
        "household_id": None,
        "folio": f"AAAAAA-{seed:06d}-Q",
        **codec.person_personal_fields(household.members[0]),
    }
    return change(Entity.PERSON, uuid7(), fields)


def enrollment_fields(person_id: str, **overrides: Any) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "program_code": "PAM",
        "status": "submitted",
        "catalog_version": default_catalog().version,
        "folio": "AAAAAA-000009-Q",
        "status_reason": "",
        "documents": {},
        "consent": None,
        "representative": None,
        **overrides,
    }


def record_fields(service: CentralService, entity_id: str) -> dict[str, Any]:
    with service.db.reading() as conn:
        text = conn.execute(
            select(models.records.c.fields).where(models.records.c.entity_id == entity_id)
        ).scalar_one()
    result: dict[str, Any] = json.loads(text)
    return result


# --- 1: decisions are the central office's ----------------------------------------------------


def test_a_device_cannot_decide_its_own_enrolments_or_invent_programs(
    service: CentralService,
) -> None:
    device, keys = enrol(service, "Norte")
    person = person_change()
    good, approved, decided, garbage = uuid7(), uuid7(), uuid7(), uuid7()
    results = push(
        service,
        device,
        keys,
        [
            person,
            change(
                Entity.ENROLLMENT,
                approved,
                enrollment_fields(person.entity_id, status="approved", program_code="PMB"),
            ),
            change(
                Entity.ENROLLMENT,
                decided,
                enrollment_fields(
                    person.entity_id, program_code="PPD", status_reason="aprobada en campo"
                ),
            ),
            change(
                Entity.ENROLLMENT,
                garbage,
                enrollment_fields(person.entity_id, program_code="NOPE"),
            ),
            change(Entity.ENROLLMENT, good, enrollment_fields(person.entity_id)),
        ],
    )
    assert results == [
        ("applied", ""),
        ("rejected", "decision_reserved"),
        ("rejected", "decision_reserved"),
        ("rejected", "unknown_program"),
        ("applied", ""),
    ]
    # An update to a decision is refused too, without blocking the rest of the batch.
    results = push(
        service,
        device,
        keys,
        [
            change(
                Entity.ENROLLMENT, good, {"status": "approved"}, operation=Operation.UPDATE, basis=1
            ),
            change(
                Entity.ENROLLMENT,
                good,
                {"status": "rejected", "status_reason": "x"},
                operation=Operation.UPDATE,
                basis=1,
            ),
            change(
                Entity.ENROLLMENT,
                good,
                {"program_code": "ZZZ"},
                operation=Operation.UPDATE,
                basis=1,
            ),
            change(
                Entity.ENROLLMENT,
                good,
                {"documents": {"ine": True}},
                operation=Operation.UPDATE,
                basis=1,
            ),
        ],
    )
    assert results == [
        ("rejected", "decision_reserved"),
        ("rejected", "decision_reserved"),
        ("rejected", "unknown_program"),
        ("applied", ""),
    ]
    assert record_fields(service, good)["status"] == "submitted"


def test_a_later_device_stamp_never_overwrites_an_operator_decision(
    service: CentralService,
) -> None:
    device, keys = enrol(service, "Norte")
    person = person_change()
    enrollment = uuid7()
    assert push(
        service,
        device,
        keys,
        [person, change(Entity.ENROLLMENT, enrollment, enrollment_fields(person.entity_id))],
    ) == [("applied", ""), ("applied", "")]
    state = service.decide(enrollment, "approved", "cumple")
    # The device saw the decision (basis = its version) and still sends "submitted", stamped
    # later than the decision: the decision stays.
    results = push(
        service,
        device,
        keys,
        [
            change(
                Entity.ENROLLMENT,
                enrollment,
                {"status": "submitted"},
                operation=Operation.UPDATE,
                basis=state.version,
                stamp=_stamp(5000),
            ),
            change(
                Entity.ENROLLMENT,
                enrollment,
                {"status": "draft"},
                operation=Operation.UPDATE,
                basis=0,
                stamp=_stamp(6000),
            ),
        ],
    )
    assert [status for status, _ in results] == ["conflict", "conflict"]
    fields = record_fields(service, enrollment)
    assert (fields["status"], fields["status_reason"]) == ("approved", "cumple")


def test_programs_of_a_published_catalog_are_accepted(service: CentralService) -> None:
    device, keys = enrol(service, "Norte")
    person = person_change()
    new = change(
        Entity.ENROLLMENT, uuid7(), enrollment_fields(person.entity_id, program_code="NUEVO")
    )
    assert push(service, device, keys, [person, new]) == [
        ("applied", ""),
        ("rejected", "unknown_program"),
    ]
    published = catalogs.catalog("2026.2", "2026-02-01")
    published["programs"].append({**catalogs.program(published, "PAM"), "code": "NUEVO"})
    service.publish_catalog(published, "Norte")
    again = change(
        Entity.ENROLLMENT,
        uuid7(),
        enrollment_fields(person.entity_id, program_code="NUEVO", catalog_version="2026.2"),
    )
    assert push(service, device, keys, [again]) == [("applied", "")]


# --- 2: nothing personal in the server log ----------------------------------------------------

CURP = "GOMA800101MDFRRR09"
NAME = "Gumersinda Ortiz Maldonado"


def test_an_unexpected_error_logs_no_personal_data(
    tmp_path: Path, database_url_for: Callable[[str], str | None]
) -> None:
    import subprocess
    import sys

    import requests

    from tests.sync.central_harness import ROOT, CentralServer, free_port, wait_until_healthy

    server = CentralServer(tmp_path / "server", database_url_for("sqlite"))
    server.init()
    port = free_port()
    log_path = tmp_path / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("faulty_central.py")),
                "serve",
                "--data-dir",
                str(server.data_dir),
                "--database-url",
                server.database_url,
                "--port",
                str(port),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_healthy(url, process, log_path)
        answer = requests.post(
            url + "/v1/enroll",
            data=json.dumps({"curp": CURP, "nombre": NAME}),
            headers={"X-Bienestar-Protocol": "1", "Content-Type": "application/json"},
            timeout=10,
        )
        assert answer.status_code == 500
        assert answer.json()["error"] == "internal"
        assert requests.get(url + "/v1/health", timeout=5).status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    assert "unexpected ValueError on POST /v1/enroll" in text
    assert CURP not in text
    assert "Gumersinda" not in text
    assert "Traceback" not in text


# --- 5 and 3: one bad change never blocks the rest; stamps from the future are refused -------


@pytest.mark.parametrize("backend", BACKENDS)
def test_values_the_database_cannot_hold_are_rejected_one_by_one(
    backend: str,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import requests

    from bienestar_wire.protocol import PROTOCOL_HEADER, BatchBody, EnrollResponse, Receipt
    from tests.sync.central_harness import running_server

    def lenient_bytes(body: BatchBody) -> bytes:
        # What a broken or hostile device could send: NaN, lone surrogates (escaped).
        return json.dumps({"changes": [c.to_json() for c in body.changes]}).encode("ascii")

    monkeypatch.setattr(BatchBody, "to_bytes", lenient_bytes)

    headers = {PROTOCOL_HEADER: "1", "Content-Type": "application/json"}
    with running_server(tmp_path / "server", database_url_for(backend)) as server:
        keys = KeyPairs.generate()
        challenge = requests.get(server.url + "/v1/enroll/challenge", headers=headers, timeout=10)
        request = enroll_request(
            EnrollChallenge.from_json(challenge.json()), server.code("Norte"), keys
        )
        answer = requests.post(
            server.url + "/v1/enroll",
            data=canonical_json(request.to_json()),
            headers=headers,
            timeout=10,
        )
        assert answer.status_code == 200, answer.text
        enrolled = EnrollResponse.from_json(answer.json())
        auth = {**headers, "Authorization": bearer(enrolled.device_id, enrolled.token)}
        person = person_change()
        household = synthetic_household(random.Random(4), date(2026, 3, 16))
        other = {
            "household_id": None,
            "folio": "AAAAAA-000005-Q",
            **codec.person_personal_fields(household.members[0]),
        }
        bad = [
            change(
                Entity.ENROLLMENT,
                uuid7(),
                enrollment_fields(person.entity_id, program_code="P" * 60),
            ),
            change(
                Entity.PERSON, uuid7(), other, user_id="0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f\x00a5b"
            ),
            change(Entity.PERSON, uuid7(), other, user_id="u" * 70),
            change(Entity.PERSON, uuid7(), other, base_version=2**70),
            change(Entity.PERSON, uuid7(), other, basis_version=2**31),
            change(Entity.PERSON, uuid7(), other, base_version=-1),
            change(Entity.PERSON, uuid7(), {**other, "bad\x00name": 1}),
            change(Entity.PERSON, uuid7(), {**other, "nombres": float("nan")}),
            change(Entity.PERSON, uuid7(), {**other, "nombres": "\ud800"}),
            change(Entity.PERSON, uuid7(), other, created_at="2026-03-16T00:00:00+00:00\x00"),
            change(Entity.PERSON, uuid7(), other, hlc="9999999999999-99999-abcdef"),
            change(Entity.PERSON, uuid7(), other, hlc=_stamp(3_600_000)),
            change(Entity.PERSON, uuid7(), other, hlc="+999999999999-00000-abcdef"),
            change(Entity.PERSON, uuid7(), other, hlc="1773675000000-00000-ABC DEF"),
        ]
        batch = [person, *bad, change(Entity.PERSON, uuid7(), other)]
        for _ in range(2):  # and a resend answers the same, without a 500
            envelope = seal_batch(
                batch,
                batch_id=uuid7(),
                device_id=enrolled.device_id,
                device_keys=keys,
                server=PeerKeys.from_info(enrolled.server_keys),
                created_at=AT,
            )
            pushed = requests.post(
                server.url + "/v1/push",
                data=canonical_json(envelope.to_json()),
                headers=auth,
                timeout=30,
            )
            assert pushed.status_code == 200, pushed.text
            results = [(r.status.value, r.reason) for r in Receipt.from_json(pushed.json()).results]
            assert results[0][0] in ("applied", "duplicate")
            assert results[-1][0] in ("applied", "duplicate", "conflict")
            assert [status for status, _ in results[1:-1]] == ["rejected"] * len(bad)
        assert [reason for _, reason in results[1:-1]] == [
            "out_of_range",
            "invalid",
            "invalid",
            "out_of_range",
            "out_of_range",
            "out_of_range",
            "invalid",
            "invalid",
            "invalid",
            "invalid",
            "clock_ahead",
            "clock_ahead",
            "invalid",
            "invalid",
        ]
        assert "Traceback" not in server.log_text()
