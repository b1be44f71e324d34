"""The server does not take a device's word for its role: only a device enrolled with a
supervisor's code (``enrollment-code --role supervisor``) may send decisions."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.decisions import send_decision
from bienestar_field.sync.store import load_identity
from bienestar_wire.protocol import DecisionStatus, DeviceRole
from tests.sync.central_harness import CentralServer, Device


def _an_enrollment(server: CentralServer, office: str) -> tuple[str, int]:
    with server.db.reading() as conn:
        row = conn.execute(
            select(models.records.c.entity_id, models.records.c.version).where(
                models.records.c.office == office, models.records.c.entity == "enrollment"
            )
        ).first()
    assert row is not None
    return str(row[0]), int(row[1])


def _status_on(device: Device, enrollment_id: str) -> str:
    with device.casebook.reading() as stored:
        return str(stored.enrollments.status_of(enrollment_id))


def test_a_caseworker_device_decision_is_refused_and_a_supervisor_device_decides(
    server: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    # The casebook's own user is a supervisor: the device's enrolment is what counts.
    caseworker = make_device("caseworker-laptop")
    caseworker.enroll(server.url, server.code(office))
    caseworker.add_households(2, seed=31)
    caseworker.sync(server.url)
    # The operator's command names the role; the code it prints enrols a supervisor's device.
    issued = server.cli("enrollment-code", "--office", office, "--role", "supervisor")
    assert "role: supervisor" in issued.stderr
    supervisor = make_device("supervisor-laptop")
    supervisor.enroll(server.url, issued.stdout.strip().splitlines()[-1])
    enrollment_id, version = _an_enrollment(server, office)

    transport = Transport(server.url)
    try:
        with pytest.raises(PermanentError) as refused:
            send_decision(
                transport,
                load_identity(caseworker.casebook) or pytest.fail("not enrolled"),
                enrollment_id,
                DecisionStatus.APPROVED,
            )
        assert refused.value.status == 403
        assert refused.value.code == "role_required"
        assert _an_enrollment(server, office) == (enrollment_id, version)  # nothing applied

        answer = send_decision(
            transport,
            load_identity(supervisor.casebook) or pytest.fail("not enrolled"),
            enrollment_id,
            DecisionStatus.REJECTED,
            "falta comprobante de domicilio",
        )
    finally:
        transport.close()
    assert answer.status is DecisionStatus.REJECTED
    assert answer.version == version + 1
    # The decision reaches the office's devices at their next sync.
    caseworker.sync(server.url)
    assert _status_on(caseworker, enrollment_id) == "rejected"
    roles = {
        json.loads(line)["device_id"]: json.loads(line)["role"]
        for line in server.cli("devices").stdout.splitlines()
    }
    assert roles[caseworker.device_id] == DeviceRole.CASEWORKER.value
    assert roles[supervisor.device_id] == DeviceRole.SUPERVISOR.value


def test_a_supervisor_device_cannot_decide_on_another_office(
    server: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    caseworker = make_device("caseworker-laptop")
    caseworker.enroll(server.url, server.code(office))
    caseworker.add_households(1, seed=32)
    caseworker.sync(server.url)
    elsewhere = make_device("other-office-supervisor")
    elsewhere.enroll(server.url, server.code(office + " Norte", role=DeviceRole.SUPERVISOR))
    enrollment_id, version = _an_enrollment(server, office)
    transport = Transport(server.url)
    try:
        with pytest.raises(PermanentError) as refused:
            send_decision(
                transport,
                load_identity(elsewhere.casebook) or pytest.fail("not enrolled"),
                enrollment_id,
                DecisionStatus.APPROVED,
            )
    finally:
        transport.close()
    assert refused.value.status == 404
    assert _an_enrollment(server, office) == (enrollment_id, version)
