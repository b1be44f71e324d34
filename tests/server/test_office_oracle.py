"""What a device is answered depends on its own office only: a CURP or an entity id that exists
in another office is answered like a fresh one, queued for the operator, and neither read nor
overwritten. Against a real ``bienestar-central serve`` on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.domain.ids import uuid7
from bienestar_wire.catalog import default_catalog
from bienestar_wire.protocol import Entity, Operation
from tests.server.raw_device import RawDevice, change, household_fields, person_fields
from tests.sync.central_fixtures import BACKENDS
from tests.sync.central_harness import CentralServer, running_server


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    database_url_for: Callable[[str], str | None],
) -> Iterator[CentralServer]:
    url = database_url_for(request.param)
    with running_server(tmp_path_factory.mktemp("central") / "server", url) as central:
        yield central


def queued(server: CentralServer, office: str) -> list[tuple[str, str, str, str]]:
    d = models.duplicates.c
    with server.db.reading() as conn:
        rows = conn.execute(
            select(d.kind, d.entity_id, d.other_entity_id, d.other_office).where(d.office == office)
        ).all()
    return sorted((k, e, o, oo) for k, e, o, oo in rows)


def test_a_curp_of_another_office_is_answered_like_a_fresh_one_and_queued(
    server: CentralServer, office: str
) -> None:
    theirs = RawDevice.enrol(server, office + " B")
    mine = RawDevice.enrol(server, office)
    stored = change(Entity.PERSON, uuid7(), person_fields(61, "BBBBBB-000001-A"))
    assert theirs.push([stored]) == [("applied", "")]

    probe = change(Entity.PERSON, uuid7(), person_fields(61, "AAAAAA-000001-A"))
    fresh = change(Entity.PERSON, uuid7(), person_fields(62, "AAAAAA-000002-A"))
    assert mine.push([probe, fresh]) == [("applied", ""), ("applied", "")]

    # The operator sees the pair; the device learnt nothing.
    assert queued(server, office) == [
        ("duplicate_curp", probe.entity_id, stored.entity_id, office + " B")
    ]
    # Within its own office a device is still told of the duplicate it made.
    again = change(Entity.PERSON, uuid7(), person_fields(61, "AAAAAA-000003-A"))
    assert mine.push([again]) == [("conflict", "duplicate_curp")]


def test_an_entity_id_of_another_office_is_neither_revealed_read_nor_overwritten(
    server: CentralServer, office: str
) -> None:
    theirs = RawDevice.enrol(server, office + " B")
    mine = RawDevice.enrol(server, office)
    household, person, unknown = uuid7(), uuid7(), uuid7()
    assert theirs.push(
        [
            change(Entity.HOUSEHOLD, household, household_fields(63, "BBBBBB-000001-A")),
            change(Entity.PERSON, person, person_fields(63, "BBBBBB-000002-A", household)),
        ]
    ) == [("applied", ""), ("applied", "")]

    # Updates, and children of a parent: the same answers as for ids that exist nowhere.
    probes = [
        (person, unknown),
        (household, unknown),
    ]
    for taken, fresh in probes:
        answers = [
            mine.push(
                [
                    change(
                        Entity.PERSON if taken == person else Entity.HOUSEHOLD,
                        entity_id,
                        {"notes": "x"} if taken == person else {"reference": "x"},
                        operation=Operation.UPDATE,
                        basis=1,
                    )
                ]
            )
            for entity_id in (taken, fresh)
        ]
        assert answers[0] == answers[1] == [("rejected", "unknown_record")]
    children = [
        mine.push([change(Entity.PERSON, uuid7(), person_fields(64 + n, f"AAAAAA-00000{n}-A", h))])
        for n, h in enumerate((household, unknown))
    ]
    assert children[0] == children[1] == [("rejected", "unknown_parent")]

    # A create under the other office's id is answered like any create, and stays apart.
    assert mine.push(
        [change(Entity.HOUSEHOLD, household, household_fields(66, "AAAAAA-000009-A"))]
    ) == [("applied", "")]
    assert mine.push(
        [
            change(
                Entity.HOUSEHOLD,
                household,
                {"reference": "mine"},
                operation=Operation.UPDATE,
                basis=1,
            )
        ]
    ) == [("applied", "")]
    assert queued(server, office) == [("duplicate_id", household, household, office + " B")]

    (their_copy, their_person) = sorted(
        RawDevice.enrol(server, office + " B").pull_all(), key=lambda r: r.entity.value
    )
    assert their_copy.entity_id == household
    assert their_copy.fields["folio"] == "BBBBBB-000001-A"
    assert their_copy.fields["reference"] != "mine"
    assert their_person.entity_id == person
    (my_copy,) = RawDevice.enrol(server, office).pull_all()
    assert my_copy.entity_id == household
    assert (my_copy.fields["folio"], my_copy.fields["reference"]) == ("AAAAAA-000009-A", "mine")


def test_an_operator_names_the_office_when_two_offices_use_an_enrolment_id(
    server: CentralServer, office: str
) -> None:
    from bienestar_central.service.errors import ServiceError

    enrolment = uuid7()
    for n, name in enumerate((office, office + " B")):
        device = RawDevice.enrol(server, name)
        person = uuid7()
        fields = {
            "person_id": person,
            "program_code": "PAM",
            "status": "submitted",
            "catalog_version": default_catalog().version,
            "folio": f"DECIDE-00000{n}-A",
            "status_reason": "",
            "documents": {},
            "consent": None,
            "representative": None,
        }
        assert device.push(
            [
                change(Entity.PERSON, person, person_fields(70 + n, f"DECIDE-00001{n}-A")),
                change(Entity.ENROLLMENT, enrolment, fields),
            ]
        ) == [("applied", ""), ("applied", "")]
    with pytest.raises(ServiceError, match="name the office") as refused:
        server.service.decide(enrolment, "approved")
    assert refused.value.status == 409
    decided = server.service.decide(enrolment, "approved", "cumple", office + " B")
    assert decided.fields["status"] == "approved"
    statuses = {}
    for name in (office, office + " B"):
        (record,) = [
            r for r in RawDevice.enrol(server, name).pull_all() if r.entity is Entity.ENROLLMENT
        ]
        statuses[name] = record.fields["status"]
    assert statuses == {office: "submitted", office + " B": "approved"}
