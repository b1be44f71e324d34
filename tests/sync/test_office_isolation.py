"""A rogue device of another office, against real casebooks and a real server: it cannot squat
a victim's change ids, and learns nothing of what the victim's office holds."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from bienestar_central import models
from bienestar_field.domain.ids import uuid7
from bienestar_field.storage.schema import OutboxChange
from bienestar_wire.protocol import Entity
from tests.server.raw_device import RawDevice, change, household_fields
from tests.sync.central_harness import CentralServer, Device

MakeDevice = Callable[[str], Device]


def test_change_ids_squatted_by_another_office_still_apply_exactly_once(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    victim = make_device("victim")
    victim.enroll(server.url, server.code(office))
    victim.add_households(2, seed=71)
    with victim.casebook.reading() as stored:
        pending = list(
            stored.session.execute(select(OutboxChange.change_id, OutboxChange.entity_id))
        )
    attacker = RawDevice.enrol(server, office + " B")
    junk = [
        change(
            Entity.HOUSEHOLD,
            uuid7(),
            household_fields(n, f"JUNK00-{n:06d}-A"),
            change_id=change_id,
        )
        for n, (change_id, _) in enumerate(pending)
    ]
    attacker.push(junk)

    report = victim.sync()

    assert report.complete
    assert report.acknowledged == report.pushed == len(pending)
    assert report.rejected == 0
    assert sorted(server.change_ids(victim.device_id)) == sorted(c for c, _ in pending)
    newcomer = make_device("newcomer")
    newcomer.enroll(server.url, server.code(office))
    newcomer.sync()
    assert newcomer.casebook.reports.stats().as_dict()["households"] == 2
    assert server.count(models.changes, models.changes.c.device_id == victim.device_id) == len(
        pending
    )
