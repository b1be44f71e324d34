"""The server's migrations build exactly the schema of its models, and upgrade a database that
already holds what the new constraints forbid, on SQLite and PostgreSQL."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, select

from bienestar_central import models
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database, _alembic_config, migrate
from bienestar_central.keys import ServerKeys
from bienestar_central.service.central import CentralService
from bienestar_central.service.tokens import new_token, token_hash
from bienestar_wire.envelope import KeyPairs, PeerKeys, open_pull
from bienestar_wire.protocol import (
    EntryKind,
    bearer,
)
from tests.server.enrolling import enroll_body
from tests.sync.central_fixtures import BACKENDS


@pytest.fixture(params=BACKENDS)
def database(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
) -> Iterator[Database]:
    url = database_url_for(request.param) or f"sqlite+pysqlite:///{tmp_path / 'c.sqlite3'}"
    db = Database(url)
    yield db
    db.close()


def upgrade_to(database: Database, revision: str) -> None:
    with database.writing() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_the_migrations_build_exactly_the_schema_of_the_models(database: Database) -> None:
    migrate(database)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), models.metadata)
    assert list(differences) == []


def _record(entity_id: str, office: str, folio: str, created_at: str) -> dict[str, Any]:
    return {
        "entity_id": entity_id,
        "entity": "household",
        "office": office,
        "version": 1,
        "deleted": False,
        "fields": f'{{"folio": "{folio}", "state_code": "21"}}',
        "field_meta": '{"w": [], "f": {}}',
        "hlc": "1773619200000-00000-abcdef",
        "created_by": "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        "created_at": created_at,
        "updated_at": created_at,
    }


def test_folios_that_clashed_before_the_upgrade_are_set_aside_for_review(
    database: Database, tmp_path: Path
) -> None:
    upgrade_to(database, "0001")
    first, clone, other = (
        "01a1fd7a-0000-7000-8000-000000000001",
        "01a1fd7a-0000-7000-8000-000000000002",
        "01a1fd7a-0000-7000-8000-000000000003",
    )
    with database.writing() as conn:
        conn.execute(
            insert(models.records).values(  # the columns of 0001 only
                [
                    _record(clone, "Norte", "ABCDEF-000001-A", "2026-03-16T10:00:00+00:00"),
                    _record(first, "Norte", "ABCDEF-000001-A", "2026-03-16T09:00:00+00:00"),
                    _record(other, "Sur", "ABCDEF-000001-A", "2026-03-16T11:00:00+00:00"),
                ]
            ),
        )
        for entity_id, office in ((first, "Norte"), (clone, "Norte"), (other, "Sur")):
            conn.execute(
                insert(models.feed).values(
                    grp=database.write_group(conn),
                    office=office,
                    kind=EntryKind.RECORD.value,
                    entity="household",
                    entity_id=entity_id,
                    created_at="2026-03-16T11:00:00+00:00",
                )
            )

    migrate(database)

    r = models.records.c
    with database.reading() as conn:
        folios = dict(conn.execute(select(r.entity_id, r.folio)).all())
        queued = conn.execute(
            select(
                models.duplicates.c.kind,
                models.duplicates.c.entity_id,
                models.duplicates.c.other_entity_id,
            )
        ).all()
    assert folios == {first: "ABCDEF-000001-A", clone: None, other: "ABCDEF-000001-A"}
    assert queued == [("duplicate_folio", clone, first)]

    # The office's devices pull again: the record set aside is left out, the rest arrives.
    service = CentralService(
        database,
        ServerKeys.generate(),
        ServerConfig(data_dir=tmp_path, database_url=database.url),
    )
    keys = KeyPairs.generate()
    answer = service.enroll(
        enroll_body(service, service.issue_code("Norte").code, keys), "10.0.0.1"
    )
    device = service.authenticate(bearer(answer.device_id, answer.token))
    nonce = secrets.token_hex(8)
    page = open_pull(
        service.pull(device, "", 100, nonce),
        server=PeerKeys.from_info(service.keys.info),
        device_id=device.id,
        device_keys=keys,
        request_cursor="",
        nonce=nonce,
    )
    assert [e.record.entity_id for e in page.entries if e.record is not None] == [first]


DEVICE = "01a1fd7a-0000-7000-8000-0000000000d1"


def test_a_database_from_before_enrolment_by_proof_upgrades_and_keeps_its_devices(
    database: Database, tmp_path: Path
) -> None:
    upgrade_to(database, "0003")
    token = new_token()
    with database.writing() as conn:
        conn.execute(
            insert(models.devices).values(
                id=DEVICE,
                office="Norte",
                label="lap",
                signing_key=b"s" * 32,
                sealing_key=b"x" * 32,
                token_hash=token_hash(token),
                code_id="c1",
                created_at="2026-11-30T10:00:00+00:00",
            )
        )
        conn.exec_driver_sql(
            "INSERT INTO enrollment_codes (id, code_hash, office, created_at, expires_at) "
            "VALUES ('c2', 'h', 'Norte', '2026-11-30', '2099-01-01T00:00:00+00:00')"
        )
    migrate(database)
    service = CentralService(
        database,
        ServerKeys.generate(),
        ServerConfig(data_dir=tmp_path, database_url=database.url),
    )
    assert service.authenticate(bearer(DEVICE, token)).office == "Norte"
    with database.reading() as conn:
        old = conn.execute(
            select(models.enrollment_codes.c.lookup, models.enrollment_codes.c.office)
        )
        assert old.all() == [(None, "Norte")]  # kept for the record, usable by no one
    with database.writing() as conn:  # the new tables are there and empty
        conn.execute(insert(models.enroll_nonces).values(digest="d" * 64, expires_at=1))
        assert conn.execute(select(models.casebooks)).all() == []


def test_persons_filed_under_name_only_blocks_are_filed_again_with_their_birth(
    database: Database,
) -> None:
    upgrade_to(database, "0009")
    person = "01a1fd7a-0000-7000-8000-0000000000a1"
    fields = (
        '{"nombres": "Rosa", "primer_apellido": "Hernández", "segundo_apellido": null,'
        ' "birth_date": "1961-05-09", "sex": "M", "curp": "HEXR610509MOCRXS03"}'
    )
    with database.writing() as conn:
        row = _record(person, "Norte", "ABCDEF-000002-A", "2026-03-16T09:00:00+00:00")
        conn.execute(insert(models.records).values(row | {"entity": "person", "fields": fields}))
        conn.execute(
            insert(models.person_blocks).values(
                office="Norte", block="n:ERNANDES|ROSA", entity_id=person
            )
        )

    migrate(database)

    b = models.person_blocks.c
    with database.reading() as conn:
        filed = set(conn.execute(select(b.block).where(b.entity_id == person)).scalars())
    assert filed == {
        "d:1961-05-09|M",
        "c:HEXR61",
        "n:ERNANDES|ROSA|1961",
        "m:ERNANDES|ROSA|05-09",
    }
