"""A rogue device of another office, against real casebooks and a real server: it cannot squat
a victim's change ids, and learns nothing of what the victim's office holds."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from bienestar_central import models
from bienestar_field.domain.ids import uuid7
from bienestar_field.storage.schema import HouseholdRow, OutboxChange
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


def test_entity_ids_taken_first_by_another_office_change_nothing_for_the_victim(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    victim = make_device("victim")
    victim.enroll(server.url, server.code(office))
    victim.add_households(2, seed=73)
    with victim.casebook.reading() as stored:
        households = dict(stored.session.execute(select(HouseholdRow.id, HouseholdRow.folio)).all())
    attacker = RawDevice.enrol(server, office + " B")
    assert (
        attacker.push(
            [
                change(Entity.HOUSEHOLD, entity_id, household_fields(n, f"JUNK00-{n:06d}-A"))
                for n, entity_id in enumerate(households)
            ]
        )
        == [("applied", "")] * 2
    )

    report = victim.sync()

    assert report.complete
    assert (report.rejected, report.conflicts) == (0, 0)  # as if the ids were used nowhere
    newcomer = make_device("newcomer")
    newcomer.enroll(server.url, server.code(office))
    newcomer.sync()
    with newcomer.casebook.reading() as stored:
        pulled = dict(stored.session.execute(select(HouseholdRow.id, HouseholdRow.folio)).all())
    assert pulled == households
    theirs = RawDevice.enrol(server, office + " B").pull_all()
    assert sorted(r.fields["folio"] for r in theirs) == ["JUNK00-000000-A", "JUNK00-000001-A"]
    assert server.count(
        models.duplicates,
        models.duplicates.c.office == office,
        models.duplicates.c.kind == "duplicate_id",
    ) == len(households)
