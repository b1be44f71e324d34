"""The central service in-process, on SQLite and PostgreSQL: enrolment, auth, audit, feed order."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import insert, text, update

from bienestar_central import models
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database, migrate
from bienestar_central.keys import ServerKeys
from bienestar_central.service.central import CentralService
from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.errors import ServiceError
from bienestar_wire.envelope import KeyPairs, PeerKeys, open_pull
from bienestar_wire.protocol import (
    ErrorCode,
    PullPage,
    bearer,
    canonical_json,
)
from tests.server.enrolling import NEVER_ISSUED, enroll_body, enroll_request
from tests.sync.central_fixtures import BACKENDS


@pytest.fixture(params=BACKENDS)
def service(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
) -> Iterator[CentralService]:
    url = database_url_for(request.param) or f"sqlite+pysqlite:///{tmp_path / 'c.sqlite3'}"
    database = Database(url)
    migrate(database)
    config = ServerConfig(data_dir=tmp_path, database_url=url, enroll_failure_limit=3)
    yield CentralService(database, ServerKeys.generate(), config)
    database.close()


def enrol(service: CentralService, office: str) -> tuple[DeviceRow, KeyPairs, str]:
    keys = KeyPairs.generate()
    answer = service.enroll(enroll_body(service, service.issue_code(office).code, keys), "10.0.0.1")
    device = service.authenticate(bearer(answer.device_id, answer.token))
    return device, keys, answer.token


def test_a_code_is_accepted_however_it_is_typed(service: CentralService) -> None:
    code = service.issue_code("Norte").code
    sloppy = code.lower().replace("-", " ").replace("0", "o")
    answer = service.enroll(enroll_body(service, sloppy, KeyPairs.generate()), "10.0.0.1")
    assert answer.office == "Norte"


def test_tokens_are_checked_and_revocation_is_said_plainly(service: CentralService) -> None:
    device, _, token = enrol(service, "Norte")
    for header in (
        None,
        "Bearer nonsense",
        bearer(device.id, token + "x"),
        bearer("01a1fd7a-0000-7000-8000-000000000000", token),
    ):
        with pytest.raises(ServiceError) as refused:
            service.authenticate(header)
        assert (refused.value.status, refused.value.code) == (401, ErrorCode.UNAUTHENTICATED)
    service.revoke(device.id)
    with pytest.raises(ServiceError) as revoked:
        service.authenticate(bearer(device.id, token))
    assert (revoked.value.status, revoked.value.code) == (401, ErrorCode.REVOKED)


def test_a_lost_enrolment_answer_can_be_retried_by_the_same_device_only(
    service: CentralService,
) -> None:
    keys = KeyPairs.generate()
    code = service.issue_code("Norte").code
    first = service.enroll(enroll_body(service, code, keys), "10.0.0.1")
    again = service.enroll(enroll_body(service, code, keys), "10.0.0.1")
    assert again.device_id == first.device_id
    assert service.authenticate(bearer(again.device_id, again.token)).id == first.device_id
    with pytest.raises(ServiceError):
        service.authenticate(bearer(first.device_id, first.token))  # replaced
    with pytest.raises(ServiceError) as other:
        service.enroll(enroll_body(service, code, KeyPairs.generate()), "10.0.0.1")
    assert other.value.code is ErrorCode.CODE_INVALID


def test_enrolment_is_rate_limited_per_client(service: CentralService) -> None:
    for _ in range(3):
        with pytest.raises(ServiceError) as bad:
            service.enroll(enroll_body(service, NEVER_ISSUED, KeyPairs.generate()), "10.9.9.9")
        assert bad.value.status == 403
    good = service.issue_code("Norte").code
    with pytest.raises(ServiceError) as limited:
        service.enroll(enroll_body(service, good, KeyPairs.generate()), "10.9.9.9")
    assert limited.value.status == 429
    assert limited.value.retry_after is not None
    assert limited.value.retry_after > 0
    # Another client is not affected.
    assert (
        service.enroll(enroll_body(service, good, KeyPairs.generate()), "10.1.1.1").office
        == "Norte"
    )


def test_an_enrolment_signed_by_another_key_is_refused(service: CentralService) -> None:
    code = service.issue_code("N").code
    forged = enroll_request(
        service.enroll_challenge(), code, KeyPairs.generate(), signer=KeyPairs.generate()
    )
    with pytest.raises(ServiceError) as refused:
        service.enroll(canonical_json(forged.to_json()), "10.0.0.1")
    assert refused.value.code is ErrorCode.BAD_SIGNATURE


def test_the_audit_chain_verifies_and_notices_any_edit_or_gap(service: CentralService) -> None:
    enrol(service, "Norte")
    device, _, _ = enrol(service, "Sur")
    service.revoke(device.id)
    assert service.verify_audit().ok
    assert service.stats()["audit_events"] >= 5
    with service.db.writing() as conn:
        conn.execute(update(models.audit_log).where(models.audit_log.c.seq == 3).values(action="x"))
    assert service.verify_audit().problems[0].startswith("the audit chain breaks at event 3")
    with service.db.writing() as conn:
        conn.execute(models.audit_log.delete().where(models.audit_log.c.seq == 3))
    assert service.verify_audit().problems[0].startswith("the audit chain breaks at event 4")


def test_stats_count_what_the_design_asks_for(service: CentralService) -> None:
    enrol(service, "Norte")
    stats = service.stats()
    for key in (
        "households",
        "persons",
        "enrollments",
        "attendance_checks",
        "changes",
        "duplicates",
        "conflicts",
        "devices",
    ):
        assert isinstance(stats[key], int)
    assert stats["devices"] == 1


def _pull(service: CentralService, device: DeviceRow, keys: KeyPairs, cursor: str) -> PullPage:
    nonce = secrets.token_hex(8)
    sealed = service.pull(device, cursor, 100, nonce)
    return open_pull(
        sealed,
        server=PeerKeys.from_info(service.keys.info),
        device_id=device.id,
        device_keys=keys,
        request_cursor=cursor,
        nonce=nonce,
    )


def _catalog_row(service: CentralService, conn: object, office: str, n: int) -> None:
    conn.execute(  # type: ignore[attr-defined]
        insert(models.feed).values(
            grp=service.db.write_group(conn),  # type: ignore[arg-type]
            office=office,
            kind="catalog",
            body=f'{{"n": {n}}}',
            created_at="2026-03-16T00:00:00+00:00",
        )
    )


@pytest.mark.postgres
def test_a_slow_commit_is_never_skipped_by_the_pull_cursor(
    tmp_path: Path, database_url_for: Callable[[str], str | None]
) -> None:
    url = database_url_for("postgres")
    assert url is not None
    database = Database(url)
    migrate(database)
    service = CentralService(
        database, ServerKeys.generate(), ServerConfig(data_dir=tmp_path, database_url=url)
    )
    try:
        device, keys, _ = enrol(service, "Norte")
        # T1 takes its feed position first but commits last; T2 commits in between.
        slow = database.engine.connect()
        slow_tx = slow.begin()
        _catalog_row(service, slow, "Norte", 1)
        with database.engine.begin() as fast:
            _catalog_row(service, fast, "Norte", 2)
        page = _pull(service, device, keys, "")
        assert page.entries == ()  # T2 is held back: T1 could still commit before it
        assert page.cursor == "0.0"
        slow_tx.commit()
        slow.close()
        page = _pull(service, device, keys, page.cursor)
        assert [e.catalog for e in page.entries] == [{"n": 1}, {"n": 2}]
        assert _pull(service, device, keys, page.cursor).entries == ()
    finally:
        database.close()


@pytest.mark.postgres
def test_a_write_running_in_another_database_does_not_hold_pulls_back(
    tmp_path: Path, database_url_for: Callable[[str], str | None]
) -> None:
    """Transaction ids are the cluster's: another database's long write must not stall this
    one's feed (it did when the horizon was the snapshot's oldest running id)."""
    url, elsewhere_url = database_url_for("postgres"), database_url_for("postgres")
    assert url is not None
    assert elsewhere_url is not None
    database, elsewhere = Database(url), Database(elsewhere_url)
    migrate(database)
    service = CentralService(
        database, ServerKeys.generate(), ServerConfig(data_dir=tmp_path, database_url=url)
    )
    try:
        device, keys, _ = enrol(service, "Norte")
        with elsewhere.engine.connect() as other:
            other_tx = other.begin()
            other.execute(text("CREATE TABLE held (n integer)"))  # holds a transaction id
            with database.engine.begin() as fast:
                _catalog_row(service, fast, "Norte", 1)
            page = _pull(service, device, keys, "")
            assert [e.catalog for e in page.entries] == [{"n": 1}]
            other_tx.rollback()
    finally:
        database.close()
        elsewhere.close()


def test_sqlite_writers_are_serialised_so_feed_order_is_commit_order(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'c.sqlite3'}"
    database = Database(url)
    migrate(database)
    try:
        with database.writing() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
            assert database.write_group(conn) == 0
            assert database.pull_horizon(conn) is None
    finally:
        database.close()


def test_values_other_devices_could_not_read_are_refused(service: CentralService) -> None:
    import random
    from datetime import date

    from bienestar_field.demo import synthetic_household
    from bienestar_field.domain import codec
    from bienestar_field.domain.ids import uuid7
    from bienestar_wire.envelope import seal_batch
    from bienestar_wire.protocol import Change, Entity, Operation

    device, keys, _ = enrol(service, "Norte")
    household = synthetic_household(random.Random(3), date(2026, 3, 16))
    household_id = uuid7()
    person = household.members[0]
    stamp = "1773675000000-00000-abcdef"
    at = "2026-03-16T00:00:00+00:00"
    person_fields = {
        "household_id": household_id,
        "folio": "AAAAAA-000002-Q",
        **codec.person_personal_fields(person),
    }

    def create(entity: Entity, entity_id: str, fields: dict[str, object]) -> Change:
        return Change(
            uuid7(), entity, entity_id, Operation.CREATE, 0, 0, stamp, uuid7(), at, fields
        )

    changes = [
        create(
            Entity.HOUSEHOLD,
            household_id,
            {"folio": "AAAAAA-000001-Q", **codec.household_fields(household)},
        ),
        create(Entity.PERSON, uuid7(), person_fields),
        create(Entity.PERSON, uuid7(), {**person_fields, "birth_date": "yesterday"}),
        create(Entity.PERSON, uuid7(), {**person_fields, "nombres": 42}),
        create(Entity.PERSON, uuid7(), {**person_fields, "sex": "?"}),
    ]
    envelope = seal_batch(
        changes,
        batch_id=uuid7(),
        device_id=device.id,
        device_keys=keys,
        server=PeerKeys.from_info(service.keys.info),
        created_at=at,
    )
    outcome = service.push(device, canonical_json(envelope.to_json()))
    assert [(r.status.value, r.reason) for r in outcome.receipt.results] == [
        ("applied", ""),
        ("applied", ""),
        ("rejected", "invalid"),
        ("rejected", "invalid"),
        ("rejected", "invalid"),
    ]
    assert service.stats()["rejected_changes"] == 3
