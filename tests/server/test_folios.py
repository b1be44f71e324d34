"""Folios are unique per office on the server, and one bad stored record never fails a pull.
Against a real ``bienestar-central serve`` on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select, update

from bienestar_central import models
from bienestar_field.domain.ids import uuid7
from bienestar_wire.protocol import Entity, Operation
from tests.server.raw_device import RawDevice, change, household_fields, person_fields
from tests.sync.central_fixtures import BACKENDS
from tests.sync.central_harness import CentralServer, running_server

FOLIO = "QWERTY-000001-A"


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    database_url_for: Callable[[str], str | None],
) -> Iterator[CentralServer]:
    url = database_url_for(request.param)
    with running_server(tmp_path_factory.mktemp("central") / "server", url) as central:
        yield central


def test_a_folio_taken_in_the_office_is_refused_with_its_reason(
    server: CentralServer, office: str
) -> None:
    original = RawDevice.enrol(server, office)
    clone = RawDevice.enrol(server, office)
    elsewhere = RawDevice.enrol(server, office + " Sur")
    household = uuid7()
    assert original.push([change(Entity.HOUSEHOLD, household, household_fields(1, FOLIO))]) == [
        ("applied", "")
    ]

    own, twice = uuid7(), uuid7()
    results = clone.send(
        clone.seal(
            [
                change(Entity.HOUSEHOLD, uuid7(), household_fields(2, FOLIO)),
                change(Entity.PERSON, uuid7(), person_fields(2, FOLIO)),
                change(Entity.HOUSEHOLD, own, household_fields(3, "QWERTY-000002-B")),
                change(Entity.HOUSEHOLD, twice, household_fields(4, "QWERTY-000002-B")),
                change(Entity.HOUSEHOLD, uuid7(), household_fields(5, "Q" * 33)),
            ]
        )
    )
    assert [(r.status.value, r.reason) for r in results] == [
        ("rejected", "folio_taken"),
        ("rejected", "folio_taken"),  # one counter numbers households, people and enrolments
        ("applied", ""),
        ("rejected", "folio_taken"),  # taken earlier in the same batch
        ("rejected", "out_of_range"),
    ]
    assert "already holds this folio" in results[0].detail  # English words with the reason
    assert results[2].detail == ""
    # Renaming a record onto a taken folio is refused too; its own folio again is no change.
    assert clone.push(
        [
            change(Entity.HOUSEHOLD, own, {"folio": FOLIO}, operation=Operation.UPDATE, basis=1),
            change(
                Entity.HOUSEHOLD,
                own,
                {"folio": "QWERTY-000002-B", "reference": "junto a la escuela"},
                operation=Operation.UPDATE,
                basis=1,
            ),
        ]
    ) == [("rejected", "folio_taken"), ("applied", "")]
    # Another office numbers its own folios.
    assert elsewhere.push([change(Entity.HOUSEHOLD, uuid7(), household_fields(6, FOLIO))]) == [
        ("applied", "")
    ]
    pulled = RawDevice.enrol(server, office).pull_all()
    assert sorted(r.fields["folio"] for r in pulled) == [FOLIO, "QWERTY-000002-B"]


def test_one_damaged_record_never_fails_a_pull(server: CentralServer, office: str) -> None:
    author = RawDevice.enrol(server, office)
    ids = [uuid7() for _ in range(3)]
    assert (
        author.push(
            [
                change(Entity.HOUSEHOLD, entity_id, household_fields(n, f"DAMAGE-00000{n}-X"))
                for n, entity_id in enumerate(ids)
            ]
        )
        == [("applied", "")] * 3
    )
    # Damaged by hand or by a bug: fields that are no JSON, and a value no JSON may carry.
    r = models.records.c
    with server.db.writing() as conn:
        conn.execute(update(models.records).where(r.entity_id == ids[0]).values(fields="{oops"))
        conn.execute(
            update(models.records)
            .where(r.entity_id == ids[1])
            .values(fields=json.dumps({"folio": "DAMAGE-000001-X", "reference": float("nan")}))
        )

    pulled = RawDevice.enrol(server, office).pull_all()

    assert [record.entity_id for record in pulled] == [ids[2]]
    assert ids[0] in server.log_text()
    with server.db.reading() as conn:
        assert conn.execute(select(r.folio).where(r.entity_id == ids[2])).scalar_one() == (
            "DAMAGE-000002-X"
        )


def test_the_database_refuses_a_second_folio_in_an_office(server: CentralServer) -> None:
    from sqlalchemy.exc import IntegrityError

    row = {
        "entity": "household",
        "office": "Unica",
        "version": 1,
        "deleted": False,
        "fields": "{}",
        "field_meta": '{"w": [], "f": {}}',
        "hlc": "0",
        "created_by": "x",
        "created_at": "2026-03-16T00:00:00+00:00",
        "updated_at": "2026-03-16T00:00:00+00:00",
        "folio": "UNICA-000001-A",
    }
    with server.db.writing() as conn:
        conn.execute(models.records.insert().values(entity_id=uuid7(), **row))
    with pytest.raises(IntegrityError), server.db.writing() as conn:
        conn.execute(models.records.insert().values(entity_id=uuid7(), **row))
