"""The review queues from a supervisor's laptop: fetched sealed at sync, decided in the app,
sent with the next sync, applied by the server and pulled by every device of the office.
Against a real server process, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import msgspec
import pytest
import requests

from bienestar_central import models
from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.demo import PRIVACY_NOTICE_VERSION
from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus, PrivacyConsent
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person, Sex
from bienestar_field.domain.users import Role
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.review import NOT_A_SUPERVISOR_DEVICE, fetch_queue, send_review_decision
from bienestar_field.sync.store import SyncIdentity, load_identity
from bienestar_wire.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, bearer
from bienestar_wire.review import ReviewChoice, ReviewDecision, ReviewItem, ReviewKind
from tests.sync.central_harness import CentralServer, Device
from tests.sync.test_review_desk import review_list

MakeDevice = Callable[[str], Device]
BORN = date(1958, 3, 14)
TODAY = date(2026, 12, 1)


def person(nombres: str, first: str, second: str | None, homonymy: str, **extra: Any) -> Person:
    return Person(
        id=uuid7(),
        curp=build_curp(first, second, nombres, BORN, Sex.MUJER, "PL", homonymy),
        nombres=nombres,
        primer_apellido=first,
        segundo_apellido=second,
        birth_date=BORN,
        sex=Sex.MUJER,
        birth_state="PL",
        **extra,
    )


def live_persons(server: CentralServer, office: str) -> int:
    r = models.records.c
    return server.count(
        models.records, r.office == office, r.entity == "person", r.deleted.is_(False)
    )


def caseworker(make_device: MakeDevice, server: CentralServer, office: str, name: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def supervisor(make_device: MakeDevice, server: CentralServer, office: str, name: str) -> Device:
    from bienestar_wire.protocol import DeviceRole

    device = make_device(name)
    device.enroll(server.url, server.code(office, role=DeviceRole.SUPERVISOR))
    return device


def identity(device: Device) -> SyncIdentity:
    found = load_identity(device.casebook)
    assert found is not None
    return found


def item_of(device: Device, kind: ReviewKind) -> list[ReviewItem]:
    return [item for item in device.casebook.review.queue().items if item.kind is kind]


def enrol(device: Device, person_id: str) -> str:
    pension = device.casebook.catalog["PAM"]
    enrolment = device.casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=person_id,
            program_code="PAM",
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in pension.documents},
            consent=PrivacyConsent(
                PRIVACY_NOTICE_VERSION, datetime.now(UTC).isoformat(), accepted=True
            ),
        )
    )
    return enrolment.id


def test_a_supervisor_merges_the_same_person_from_the_app_and_every_device_learns_it(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    north = caseworker(make_device, server, office, "north")
    south = caseworker(make_device, server, office, "south")
    boss = supervisor(make_device, server, office, "boss")
    maria = north.casebook.people.register(
        person("María Guadalupe", "Hernández", "López", "0"), today=TODAY
    )
    # The same woman at another module: no second surname, a mistyped homoclave, a phone.
    again = south.casebook.people.register(
        person("María Guadalupe", "Hernández", None, "3", phone="+522221234567"), today=TODAY
    )
    # Not her: the same names, born the same year, another day and second surname.
    other = person("María Guadalupe", "Hernández", "Santiago", "0")
    other = replace(
        other,
        birth_date=date(1958, 11, 30),
        curp=build_curp(
            "Hernández", "Santiago", "María Guadalupe", date(1958, 11, 30), Sex.MUJER, "PL", "0"
        ),
    )
    south.casebook.people.register(other, today=TODAY)
    assert north.sync().complete
    assert south.sync().complete

    report = boss.sync()
    assert report.review_items == 1
    (pair,) = item_of(boss, ReviewKind.PROBABLE_DUPLICATE)
    assert pair.score is not None
    assert pair.score >= 0.85
    shown = {record.entity_id: record.fields for record in pair.records}
    assert set(shown) == {maria.id, again.id}
    assert shown[maria.id]["segundo_apellido"] == "López"
    assert shown[again.id]["phone"] == "+522221234567"
    assert item_of(boss, ReviewKind.DUPLICATE) == []

    decision_id = boss.casebook.review.decide(
        pair, ReviewChoice.SAME_PERSON, keep=maria.id, take=["phone"]
    )
    queue = boss.casebook.review.queue()
    assert queue.pending == {pair.item_id}
    (stored,) = boss.casebook.review.decisions()
    assert (stored.id, stored.status) == (decision_id, "pending")
    # Nothing reaches the server before the sync.
    assert len(review_list(server, "--office", office)) == 1

    report = boss.sync()
    assert (report.review_sent, report.review_refused) == (1, 0)
    assert report.review_items == 0
    assert boss.casebook.review.decisions()[0].status == "sent"
    assert review_list(server, "--office", office) == []
    assert live_persons(server, office) == 2  # María and the other woman; the copy is closed

    assert north.sync().complete
    assert south.sync().complete
    for device in (north, south, boss):
        kept = device.casebook.people.get(maria.id)
        assert kept.phone == "+522221234567"
        assert kept.segundo_apellido == "López"
        assert device.casebook.people.find_by_curp(again.curp) is None


def test_only_a_supervisor_device_of_the_office_sees_and_decides(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    north = caseworker(make_device, server, office, "north")
    south = caseworker(make_device, server, office, "south")
    north.casebook.people.register(person("Rosa", "Pérez", "Luna", "0"), today=TODAY)
    south.casebook.people.register(person("Rosa", "Perez", None, "4"), today=TODAY)
    north.sync()
    south.sync()
    boss = supervisor(make_device, server, office, "boss")
    boss.sync()
    (pair,) = item_of(boss, ReviewKind.PROBABLE_DUPLICATE)

    # A caseworker's laptop, though its casebook user is a supervisor: the server's word.
    transport = Transport(server.url)
    try:
        with pytest.raises(PermanentError) as refused:
            fetch_queue(transport, identity(north))
        assert (refused.value.status, refused.value.code) == (403, "role_required")
        decision = ReviewDecision(uuid7(), pair.item_id, ReviewChoice.DIFFERENT)
        with pytest.raises(PermanentError) as refused:
            send_review_decision(transport, identity(north), decision)
        assert (refused.value.status, refused.value.code) == (403, "role_required")
        # Its sync goes on without a queue, and says why.
        assert north.sync().complete
        assert north.casebook.review.queue().problem == NOT_A_SUPERVISOR_DEVICE

        # A supervisor of another office sees nothing of this one and cannot decide its items.
        elsewhere = supervisor(make_device, server, f"{office} Sur", "elsewhere")
        assert fetch_queue(transport, identity(elsewhere)).items == ()
        with pytest.raises(PermanentError) as refused:
            send_review_decision(transport, identity(elsewhere), decision)
        assert refused.value.status == 404
    finally:
        transport.close()
    assert [item["id"] for item in review_list(server, "--office", office)] == [pair.item_id]

    # A caseworker in the app is refused the use case itself.
    worker = Device.create(north.path.parent / "worker", role=Role.CASEWORKER)
    try:
        with pytest.raises(NotAllowed):
            worker.casebook.review.queue()
    finally:
        worker.close()


def test_the_queue_on_the_wire_holds_no_personal_value_in_clear(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    north = caseworker(make_device, server, office, "north")
    south = caseworker(make_device, server, office, "south")
    first = north.casebook.people.register(
        person("Xóchitl Citlali", "Tlapanco", "Ameyalli", "0"), today=TODAY
    )
    second = south.casebook.people.register(
        person("Xóchitl Citlali", "Tlapanco", None, "5"), today=TODAY
    )
    north.sync()
    south.sync()
    boss = supervisor(make_device, server, office, "boss")
    me = identity(boss)
    raw = requests.get(
        f"{server.url}{API_PREFIX}/review",
        params={"nonce": secrets.token_urlsafe(16)},
        headers={
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "Authorization": bearer(me.device_id, me.token),
        },
        timeout=20,
    )
    assert raw.status_code == 200
    body = raw.content
    secrets_in_it = [
        value.encode()
        for value in (first.curp, second.curp, "Xóchitl", "Xochitl", "Tlapanco", "Ameyalli")
    ]
    assert not [value for value in secrets_in_it if value in body]
    assert not [value for value in secrets_in_it if json.dumps(value.decode()).encode() in body]
    # Positive control: the same answer, opened with the device's key, holds them.
    boss.sync()
    (pair,) = item_of(boss, ReviewKind.PROBABLE_DUPLICATE)
    opened = json.dumps(pair.to_json(), ensure_ascii=False).encode()
    # Kept in the supervisor's casebook encrypted: no file of it holds them in clear.
    for path in boss.path.rglob("*"):
        if path.is_file():
            held = path.read_bytes()
            assert not [value for value in secrets_in_it if value in held], path.name
    assert first.curp.encode() in opened
    assert b"Tlapanco" in opened


def test_a_decision_sent_again_is_answered_the_same_and_another_under_its_id_is_409(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    north = caseworker(make_device, server, office, "north")
    south = caseworker(make_device, server, office, "south")
    kept = north.casebook.people.register(person("Elena", "Ruiz", "Mora", "0"), today=TODAY)
    south.casebook.people.register(person("Elena", "Ruiz", None, "7"), today=TODAY)
    north.sync()
    south.sync()
    boss = supervisor(make_device, server, office, "boss")
    boss.sync()
    (pair,) = item_of(boss, ReviewKind.PROBABLE_DUPLICATE)
    decision = ReviewDecision(uuid7(), pair.item_id, ReviewChoice.SAME_PERSON, keep=kept.id)
    transport = Transport(server.url)
    try:
        first = send_review_decision(transport, identity(boss), decision)
        assert first.kept == kept.id
        assert first.records_changed == 2
        again = send_review_decision(transport, identity(boss), decision)
        assert again == first
        changed = msgspec.structs.replace(decision, take=("phone",))
        with pytest.raises(PermanentError) as refused:
            send_review_decision(transport, identity(boss), changed)
        assert refused.value.status == 409
        # A new decision on the decided item is refused too (409: already decided).
        with pytest.raises(PermanentError) as refused:
            send_review_decision(
                transport,
                identity(boss),
                ReviewDecision(uuid7(), pair.item_id, ReviewChoice.DIFFERENT),
            )
        assert refused.value.status == 409
    finally:
        transport.close()
    assert live_persons(server, office) == 1


def test_with_approval_on_an_enrolment_waits_and_the_supervisor_decides_from_the_app(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    shown = server.cli("approval", "on", "--office", office)
    assert json.loads(shown.stdout) == {"office": office, "approval_required": True}
    worker = caseworker(make_device, server, office, "worker")
    ana = worker.casebook.people.register(person("Ana", "Soto", "Vega", "0"), today=TODAY)
    luz = worker.casebook.people.register(
        replace(
            person("Luz", "Ortiz", "Peña", "0"),
            curp=build_curp("Ortiz", "Peña", "Luz", BORN, Sex.MUJER, "PL", "0"),
        ),
        today=TODAY,
    )
    approved_id, returned_id = enrol(worker, ana.id), enrol(worker, luz.id)
    assert worker.sync().complete
    waiting = review_list(server, "--office", office, "--kind", "approval")
    assert {item["entity_id"] for item in waiting} == {approved_id, returned_id}

    boss = supervisor(make_device, server, office, "boss")
    boss.sync()
    approvals = {item.entity_id: item for item in item_of(boss, ReviewKind.APPROVAL)}
    assert set(approvals) == {approved_id, returned_id}
    # The supervisor sees whom: the enrolment and its person.
    names = {r.fields.get("nombres") for r in approvals[approved_id].records}
    assert "Ana" in names
    boss.casebook.review.decide(approvals[approved_id], ReviewChoice.APPROVE)
    boss.casebook.review.decide(
        approvals[returned_id], ReviewChoice.RETURN, reason="Falta comprobante de domicilio"
    )
    report = boss.sync()
    assert report.review_sent == 2
    assert report.review_items == 0
    assert review_list(server, "--office", office, "--kind", "approval") == []

    worker.sync()
    with worker.casebook.reading() as stored:
        assert str(stored.enrollments.status_of(approved_id)) == "approved"
        assert str(stored.enrollments.status_of(returned_id)) == "rejected"
    (returned,) = worker.casebook.enrolments.of_person(luz.id)
    assert returned.status_reason == "Falta comprobante de domicilio"

    # Off again: new enrolments do not wait.
    server.cli("approval", "off", "--office", office)
    enrol(
        worker,
        worker.casebook.people.register(
            replace(
                person("Eva", "Cruz", "Ramos", "0"),
                curp=build_curp("Cruz", "Ramos", "Eva", BORN, Sex.MUJER, "PL", "0"),
            ),
            today=TODAY,
        ).id,
    )
    worker.sync()
    assert review_list(server, "--office", office, "--kind", "approval") == []
