"""Change ids and batch ids are unique per signing device: a device of another office that
pushes first under a victim's ids (they travel in clear) squats nothing. Against a real
``bienestar-central serve`` on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.domain.ids import uuid7
from bienestar_wire.protocol import Entity
from tests.server.raw_device import RawDevice, change, household_fields
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


def statuses(results: list[tuple[str, str]]) -> list[str]:
    return [status for status, _ in results]


def test_ids_pushed_first_by_another_office_do_not_squat_the_victims(
    server: CentralServer, office: str
) -> None:
    victim = RawDevice.enrol(server, office)
    supervisor = RawDevice.enrol(server, office)
    attacker = RawDevice.enrol(server, office + " B")
    real = [
        change(Entity.HOUSEHOLD, uuid7(), household_fields(n, f"VICTIM-00000{n}-A"))
        for n in range(3)
    ]
    envelope = victim.seal(real)
    # The attacker copies the clear header (batch id, change ids) and pushes junk under them.
    junk = [
        change(
            Entity.HOUSEHOLD,
            uuid7(),
            household_fields(10 + n, f"JUNK00-00000{n}-A"),
            change_id=c.change_id,
        )
        for n, c in enumerate(real)
    ]
    squat = attacker.send(attacker.seal(junk, batch_id=envelope.batch_id))
    assert [r.status.value for r in squat] == ["applied"] * 3  # its own, in its own office

    first = victim.send(envelope)
    again = victim.send(envelope)  # a lost answer, resent

    assert [(r.status.value, r.reason) for r in first] == [("applied", "")] * 3
    assert [r.status.value for r in again] == ["duplicate"] * 3
    # A supervisor forwarding the same batch from a USB file: identified by its signer.
    forwarded = supervisor.send(envelope, "/v1/forward")
    assert [r.status.value for r in forwarded] == ["duplicate"] * 3
    c = models.changes.c
    with server.db.reading() as conn:
        stored = conn.execute(
            select(c.device_id, c.entity_id).where(c.change_id.in_([x.change_id for x in real]))
        ).all()
    assert sorted(stored) == sorted(
        [(victim.device_id, x.entity_id) for x in real]
        + [(attacker.device_id, x.entity_id) for x in junk]
    )
    pulled = RawDevice.enrol(server, office).pull_all()
    assert sorted(r.entity_id for r in pulled) == sorted(x.entity_id for x in real)


def test_a_device_still_cannot_reuse_its_own_ids(server: CentralServer, office: str) -> None:
    device = RawDevice.enrol(server, office)
    first = change(Entity.HOUSEHOLD, uuid7(), household_fields(1, "REUSED-000001-A"))
    envelope = device.seal([first])
    assert statuses(device.push([first])) == ["applied"]
    other = change(
        Entity.HOUSEHOLD,
        uuid7(),
        household_fields(2, "REUSED-000002-A"),
        change_id=first.change_id,
    )
    assert device.push([other]) == [("rejected", "change_id_reused")]
    assert statuses([(r.status.value, r.reason) for r in device.send(envelope)]) == ["duplicate"]
    clash = device.post(device.seal([other], batch_id=envelope.batch_id))
    assert clash.status_code == 409
    assert clash.json()["error"] == "batch_id_reused"
