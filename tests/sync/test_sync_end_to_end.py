"""Real devices against a real ``bienestar-central serve`` on loopback, SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
import requests
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.demo import _enrollments_for, synthetic_household
from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus
from bienestar_field.domain.ids import uuid7
from bienestar_field.storage import records
from bienestar_field.storage.schema import EnrollmentRow, OutboxChange, PersonRow
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.client import (
    ClockSkew,
    DeviceRevoked,
    PermanentError,
    ServerKeyChanged,
    SyncBusy,
)
from bienestar_field.sync.engine import LOCK_FILE
from bienestar_field.sync.lock import SyncLock
from bienestar_wire.catalog import parse_catalog
from bienestar_wire.envelope import KeyPairs, seal_batch
from bienestar_wire.protocol import (
    PROTOCOL_HEADER,
    Change,
    ChangeStatus,
    Entity,
    Operation,
    Receipt,
    bearer,
    canonical_json,
)
from tests.helpers import catalogs
from tests.sync.central_harness import CentralServer, Device, FaultProxy, running_server

MakeDevice = Callable[[str], Device]


def enrolled(make_device: MakeDevice, server: CentralServer, name: str, office: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def household_counts(device: Device) -> dict[str, int]:
    stats = device.casebook.reports.stats().as_dict()
    return {k: stats[k] for k in ("households", "persons", "enrollments", "attendance_checks")}


def post_envelope(
    server: CentralServer, device: Device, body: bytes, path: str = "/v1/push"
) -> requests.Response:
    identity = sync_store.load_identity(device.casebook)
    assert identity is not None
    return requests.post(
        server.url + path,
        data=body,
        headers={
            PROTOCOL_HEADER: "1",
            "Authorization": bearer(identity.device_id, identity.token),
            "Content-Type": "application/json",
        },
        timeout=20,
    )


def test_two_devices_of_one_office_share_every_record_exactly_once(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    a.add_households(4, seed=11)
    made = a.outbox()

    report = a.sync()

    assert report.pushed == len(made) == report.acknowledged
    assert a.outbox("pending") == []
    assert sorted(server.change_ids(a.device_id)) == sorted(made)
    on_server = server.records_of_office(office)
    counts = household_counts(a)
    assert on_server["household"] == counts["households"]
    assert on_server["person"] == counts["persons"]
    assert on_server["enrollment"] == counts["enrollments"]
    assert on_server["attendance_check"] == counts["attendance_checks"]

    pulled = b.sync()

    assert pulled.pulled_records == len(made)
    assert household_counts(b) == counts
    assert b.outbox() == []  # pulled records are not b's changes to send
    with a.casebook.reading() as stored:
        session = stored.session
        person_ids = list(session.scalars(select(PersonRow.id)))
    for person_id in person_ids:
        mine = a.casebook.people.get(person_id)
        theirs = b.casebook.people.find_by_curp(mine.curp)  # b's own blind index of the CURP
        assert theirs is not None
        assert theirs.id == person_id

    again = a.sync()
    assert (again.pushed, again.pulled_records) == (0, 0)  # a's own records do not come back


def test_pulled_people_are_found_by_curp_and_name_on_the_other_device(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    household = a.casebook.households.register(
        synthetic_household(random.Random(5), date(2026, 3, 16)), today=date(2026, 3, 16)
    )
    a.sync()
    b.sync()
    for member in household.members:
        found = b.casebook.people.find_by_curp(member.curp)
        assert found is not None
        assert (found.id, found.nombres, found.birth_date) == (
            member.id,
            member.nombres,
            member.birth_date,
        )
        assert member.id in {s.person_id for s in b.casebook.search.names(member.full_name)}
    assert b.casebook.households.get(household.id).folio == household.folio


def test_concurrent_edits_merge_field_by_field_and_the_loser_is_kept(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    household = a.casebook.households.register(
        synthetic_household(random.Random(21), date(2026, 3, 16)), today=date(2026, 3, 16)
    )
    person_id = household.members[0].id
    a.sync()
    b.sync()

    # Round 1: b edits first, a later (a's stamp wins); b reaches the server first.
    b.casebook.people.update(replace(b.casebook.people.get(person_id), phone="5512345678"))
    a.casebook.people.update(
        replace(a.casebook.people.get(person_id), phone="5587654321", notes="visita 1")
    )
    assert b.sync().conflicts == 0
    round1 = a.sync()
    assert round1.conflicts == 1
    assert round1.acknowledged == 1
    b.sync()
    for device in (a, b):
        person = device.casebook.people.get(person_id)
        assert (person.phone, person.notes) == ("5587654321", "visita 1")

    # Round 2: b edits first again, but a reaches the server first: b's later arrival loses.
    b.casebook.people.update(replace(b.casebook.people.get(person_id), phone="5500000001"))
    a.casebook.people.update(replace(a.casebook.people.get(person_id), phone="5500000002"))
    a.sync()
    round2 = b.sync()
    assert round2.conflicts == 1
    a.sync()
    assert a.casebook.people.get(person_id).phone == "5500000002"
    assert b.casebook.people.get(person_id).phone == "5500000002"

    with server.db.reading() as conn:
        rows = conn.execute(
            select(
                models.conflicts.c.field,
                models.conflicts.c.winner_value,
                models.conflicts.c.loser_value,
            )
            .where(models.conflicts.c.entity_id == person_id)
            .order_by(models.conflicts.c.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        ("phone", '"5587654321"', '"5512345678"'),
        ("phone", '"5500000002"', '"5500000001"'),
    ]
    assert a.outbox("pending") == b.outbox("pending") == []


def test_sequential_edits_by_two_devices_are_not_conflicts(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    household = a.casebook.households.register(
        synthetic_household(random.Random(23), date(2026, 3, 16)), today=date(2026, 3, 16)
    )
    person_id = household.members[0].id
    a.sync()
    b.sync()
    b.casebook.people.update(replace(b.casebook.people.get(person_id), phone="5511111111"))
    b.sync()
    a.sync()  # a sees b's edit before editing again
    a.casebook.people.update(replace(a.casebook.people.get(person_id), phone="5522222222"))
    assert a.sync().conflicts == 0
    b.sync()
    assert b.casebook.people.get(person_id).phone == "5522222222"
    assert server.count(models.conflicts, models.conflicts.c.entity_id == person_id) == 0


def test_devices_of_different_offices_see_nothing_of_each_other(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    north = enrolled(make_device, server, "north", office)
    south = enrolled(make_device, server, "south", office + " Sur")
    north.add_households(2, seed=31)
    north.sync()

    report = south.sync()
    assert report.pulled_records == 0
    assert household_counts(south) == dict.fromkeys(household_counts(south), 0)

    # A forged edit of a northern person, and a child under a northern household: refused,
    # with the answers ids used nowhere get (nothing tells the south what the north holds).
    with server.db.reading() as conn:
        person_id, household_id = conn.execute(
            select(models.records.c.entity_id, models.records.c.fields).where(
                models.records.c.office == office, models.records.c.entity == "person"
            )
        ).first() or (None, None)
    assert person_id is not None
    household_id = json.loads(household_id)["household_id"]
    identity = sync_store.load_identity(south.casebook)
    assert identity is not None
    forged = [
        Change(
            uuid7(),
            Entity.PERSON,
            person_id,
            Operation.UPDATE,
            1,
            1,
            "1773675000000-00000-south",
            "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
            "2026-03-16T00:00:00+00:00",
            {"phone": "5599999999"},
        ),
        Change(
            uuid7(),
            Entity.PERSON,
            uuid7(),
            Operation.CREATE,
            0,
            0,
            "1773675000000-00001-south",
            "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
            "2026-03-16T00:00:00+00:00",
            {
                **json.loads(_fields_of(server, person_id)),
                "household_id": household_id,
                "folio": "ZZZ-000001-Z",
            },
        ),
    ]
    envelope = seal_batch(
        forged,
        batch_id=uuid7(),
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at="2026-03-16T00:00:00+00:00",
    )
    answer = post_envelope(server, south, canonical_json(envelope.to_json()))
    assert answer.status_code == 200
    receipt = Receipt.from_json(answer.json())
    assert [(r.status, r.reason) for r in receipt.results] == [
        (ChangeStatus.REJECTED, "unknown_record"),
        (ChangeStatus.REJECTED, "unknown_parent"),
    ]
    assert json.loads(_fields_of(server, person_id)).get("phone") != "5599999999"


def _fields_of(server: CentralServer, entity_id: str) -> str:
    with server.db.reading() as conn:
        value = conn.execute(
            select(models.records.c.fields).where(models.records.c.entity_id == entity_id)
        ).scalar_one()
    return str(value)


def test_the_same_curp_twice_and_a_double_enrolment_go_to_the_duplicates_queue(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    today = date(2026, 3, 16)
    # The same family registered by both caseworkers: same CURPs, different records.
    first = a.casebook.households.register(
        synthetic_household(random.Random(41), today), today=today
    )
    second = b.casebook.households.register(
        synthetic_household(random.Random(41), today), today=today
    )
    assert [m.curp for m in first.members] == [m.curp for m in second.members]
    a.sync()
    report = b.sync()
    assert report.conflicts == len(second.members)  # each person: stored, queued for review
    with server.db.reading() as conn:
        queued = conn.execute(
            select(
                models.duplicates.c.kind,
                models.duplicates.c.entity_id,
                models.duplicates.c.other_entity_id,
            ).where(models.duplicates.c.office == office)
        ).all()
    assert sorted((k, e, o) for k, e, o in queued) == sorted(
        ("duplicate_curp", mine.id, theirs.id)
        for mine, theirs in zip(second.members, first.members, strict=True)
    )
    # Both devices enrol the same (a's) person in the same program before seeing each other's.
    enrollments_a = a.casebook.enrolments.enroll_many(
        _enrollments_for(a.casebook, first, today), today=today
    )
    enrollments_b = b.casebook.enrolments.enroll_many(
        _enrollments_for(b.casebook, b.casebook.households.get(first.id), today), today=today
    )
    assert enrollments_a
    assert len(enrollments_a) == len(enrollments_b)
    a.sync()
    assert b.sync().conflicts == len(enrollments_b)
    assert server.count(
        models.duplicates,
        models.duplicates.c.office == office,
        models.duplicates.c.kind == "duplicate_enrollment",
    ) == len(enrollments_b)
    stats = server.stats()
    assert stats["duplicates"] >= len(first.members) + len(enrollments_b)


def test_decisions_and_catalog_updates_reach_the_devices_of_the_office(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(2, seed=51)
    a.sync()
    with a.casebook.reading() as stored:
        session = stored.session
        enrollment_id = session.scalars(select(EnrollmentRow.id).limit(1)).one()
    server.service.decide(enrollment_id, "approved", "expediente completo")
    report = a.sync()
    assert report.decisions == 1
    enrollment = _enrollment(a, enrollment_id)
    catalog = catalogs.with_pension_age("2026.2", "2026-02-01", 66)
    assert server.service.publish_catalog(catalog, office) == [office]
    assert a.sync().catalogs == 1
    assert sync_store.stored_catalogs(a.casebook) == {"2026.2": parse_catalog(catalog)}
    assert a.casebook.catalog.version == "2026.2"
    assert enrollment.status is EnrollmentStatus.APROBADA
    assert enrollment.status_reason == "expediente completo"


def _enrollment(device: Device, enrollment_id: str) -> Enrollment:
    with device.casebook.reading() as stored:
        session = stored.session
        row = session.get(EnrollmentRow, enrollment_id)
        assert row is not None
        return records.enrollment_from_row(device.casebook.keyring, row)


def test_a_revoked_device_gets_401_says_so_and_stops_trying(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(1, seed=61)
    a.sync()
    server.service.revoke(a.device_id)
    a.add_households(1, seed=62)
    with FaultProxy(server.port) as proxy:
        with pytest.raises(DeviceRevoked, match="revoked"):
            a.sync(proxy.url)
        asked = sum(proxy.counts.values())
        with pytest.raises(DeviceRevoked):
            a.sync(proxy.url)
        assert sum(proxy.counts.values()) == asked  # the second time it did not even ask
    assert a.outbox("pending")  # nothing was lost: still on the laptop
    runs = sync_store.recent_runs(a.casebook)
    assert runs[0].outcome == "revoked"


def test_tampered_envelopes_are_refused_and_store_nothing(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(1, seed=71)
    identity = sync_store.load_identity(a.casebook)
    assert identity is not None
    changes = [c for _, c in sync_store.list_pending(a.casebook, limit=50)]

    def envelope(**overrides: object) -> dict[str, object]:
        sealed = seal_batch(
            changes,
            batch_id=uuid7(),
            device_id=identity.device_id,
            device_keys=identity.device_keys,
            server=identity.server,
            created_at="2026-03-16T00:00:00+00:00",
        )
        return {**sealed.to_json(), **overrides}

    good = envelope()
    sealed_ids = [c.change_id for c in changes]
    flipped = bytearray(base64.b64decode(str(good["ciphertext"])))
    flipped[10] ^= 1
    tampered = [
        {**good, "ciphertext": base64.b64encode(bytes(flipped)).decode()},
        {**good, "change_ids": list(reversed(sealed_ids))},
        {**good, "created_at": "2026-03-17T00:00:00+00:00"},
    ]
    # Signed by a key that is not the device's.
    impostor = seal_batch(
        changes,
        batch_id=uuid7(),
        device_id=identity.device_id,
        device_keys=KeyPairs.generate(),
        server=identity.server,
        created_at="2026-03-16T00:00:00+00:00",
    )
    tampered.append(impostor.to_json())
    before = server.stats()["changes"]
    for body in tampered:
        answer = post_envelope(server, a, canonical_json(body))
        assert answer.status_code == 400, answer.text
        assert answer.json()["error"] == "bad_signature"
    assert server.stats()["changes"] == before


def test_a_replayed_envelope_changes_nothing_and_cannot_be_replayed_by_another_device(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    a.add_households(1, seed=81)
    identity = sync_store.load_identity(a.casebook)
    assert identity is not None
    changes = [c for _, c in sync_store.list_pending(a.casebook, limit=50)]
    sealed = seal_batch(
        changes,
        batch_id=uuid7(),
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at="2026-03-16T00:00:00+00:00",
    )
    body = canonical_json(sealed.to_json())
    first = post_envelope(server, a, body)
    assert first.status_code == 200
    stats = server.stats()
    replay = post_envelope(server, a, body)
    assert replay.status_code == 200
    assert {r["status"] for r in replay.json()["results"]} == {"duplicate"}
    assert server.stats() == stats  # not a single row more, not even in the audit log

    stolen = post_envelope(server, b, body)  # b's token, a's envelope
    assert stolen.status_code == 403
    assert server.stats() == stats

    # The batch id is immutable: other content under it is refused whole.
    other = seal_batch(
        changes[:1],
        batch_id=sealed.batch_id,
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at="2026-03-16T00:00:00+00:00",
    )
    reused = post_envelope(server, a, canonical_json(other.to_json()))
    assert reused.status_code == 409
    assert reused.json()["error"] == "batch_id_reused"


def test_a_change_id_resent_with_other_content_is_rejected_alone(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(1, seed=91)
    a.sync()
    identity = sync_store.load_identity(a.casebook)
    assert identity is not None
    with a.casebook.reading() as stored:
        session = stored.session
        row = session.scalars(
            select(OutboxChange).where(OutboxChange.entity == "person").limit(1)
        ).one()
        change_id, entity_id, hlc = row.change_id, row.entity_id, row.hlc
    altered = Change(
        change_id,
        Entity.PERSON,
        entity_id,
        Operation.CREATE,
        0,
        0,
        hlc,
        "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        "2026-03-16T00:00:00+00:00",
        {"phone": "5500000000"},
    )
    fresh = Change(
        uuid7(),
        Entity.PERSON,
        entity_id,
        Operation.UPDATE,
        1,
        1,
        hlc,
        "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        "2026-03-16T00:00:00+00:00",
        {"notes": "revisado"},
    )
    sealed = seal_batch(
        [altered, fresh],
        batch_id=uuid7(),
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at="2026-03-16T00:00:00+00:00",
    )
    answer = post_envelope(server, a, canonical_json(sealed.to_json()))
    assert answer.status_code == 200
    assert [(r["status"], r["reason"]) for r in answer.json()["results"]] == [
        ("rejected", "change_id_reused"),
        ("applied", ""),
    ]


def test_a_wrong_server_key_is_refused_before_anything_is_sent(
    server: CentralServer,
    make_device: MakeDevice,
    office: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(1, seed=101)
    pending = a.outbox("pending")
    with running_server(tmp_path_factory.mktemp("impostor") / "server", None) as impostor:
        with pytest.raises(ServerKeyChanged, match="not the one this device enrolled with"):
            a.sync(impostor.url)
        assert impostor.stats()["changes"] == 0
        # A device enrolled there cannot make the impostor open a batch sealed to our server.
        c = enrolled(make_device, impostor, "c", office)
        own = sync_store.load_identity(c.casebook)
        ours = sync_store.load_identity(a.casebook)
        assert own is not None
        assert ours is not None
        changes = [x for _, x in sync_store.list_pending(a.casebook, limit=5)]
        misaddressed = seal_batch(
            changes,
            batch_id=uuid7(),
            device_id=own.device_id,
            device_keys=own.device_keys,
            server=ours.server,
            created_at="2026-03-16T00:00:00+00:00",
        )
        answer = post_envelope(impostor, c, canonical_json(misaddressed.to_json()))
        assert answer.status_code == 400
        assert answer.json()["error"] == "wrong_server_key"
        # Enrolment checks the key id the office gave out.
        d = make_device("d")
        with pytest.raises(ServerKeyChanged):
            d.enroll(impostor.url, impostor.code(office), expected_key_id=ours.server_keys.key_id)
    assert a.outbox("pending") == pending


def test_enrolment_codes_are_one_time_and_expire(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    code = server.code(office)
    make_device("a").enroll(server.url, code)
    with pytest.raises(PermanentError, match="not valid"):
        make_device("b").enroll(server.url, code)
    expired = server.code(office, ttl_minutes=0)
    with pytest.raises(PermanentError, match="not valid"):
        make_device("c").enroll(server.url, expired)


def test_oversized_requests_are_refused_with_413(server: CentralServer) -> None:
    answer = requests.post(
        server.url + "/v1/push",
        data=b"x" * (16 * 1024 * 1024 + 1),
        headers={PROTOCOL_HEADER: "1"},
        timeout=30,
    )
    assert answer.status_code == 413
    assert answer.json()["error"] == "too_large"


def test_nothing_personal_reaches_the_server_log(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    a.add_households(3, seed=111)
    a.sync()
    b.sync()
    log = server.log_text()
    assert "POST /v1/push 200" in log  # the log is there and does record requests
    with a.casebook.reading() as stored:
        session = stored.session
        ids = list(session.scalars(select(PersonRow.id)))
    for person_id in ids:
        person = a.casebook.people.get(person_id)
        for value in (person.curp, person.full_name, person.primer_apellido + " "):
            assert value not in log
    assert "127.0.0.1" not in log.split("(Press CTRL+C to quit)")[-1]


def test_a_laptop_clock_far_off_the_server_is_refused_with_the_reason(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(1, seed=121)
    pending = a.outbox("pending")
    for hours in (3, -3):
        with pytest.raises(ClockSkew, match="correct the date and time"):
            a.sync(now=lambda h=hours: datetime.now(UTC) + timedelta(hours=h))
    assert a.outbox("pending") == pending
    assert server.change_ids(a.device_id) == []
    # A few minutes off is tolerated (the hybrid clock copes with it).
    assert a.sync(now=lambda: datetime.now(UTC) + timedelta(minutes=4)).complete


def test_only_one_sync_runs_at_a_time(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    with SyncLock(a.path / LOCK_FILE), pytest.raises(SyncBusy, match="already running"):
        a.sync()
    assert a.sync().complete  # released
