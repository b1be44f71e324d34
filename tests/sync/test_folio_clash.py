"""A cloned casebook (an imaged laptop) numbers folios like the original: against a real server,
its clashing records are refused one by one and the office's pulls keep working.

Enrolment now refuses a copied casebook outright and gives every casebook a prefix of its own
(``tests/server/test_enrolment_trust.py``); the device here lies at both steps, as a malicious
or broken one could, so the server's own check of folios is what stands."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from bienestar_central import models
from bienestar_field.casebook import CasebookStore
from bienestar_field.domain.ids import uuid7
from bienestar_field.storage.schema import HouseholdRow
from tests.sync.central_harness import PASSPHRASE, CentralServer, Device

MakeDevice = Callable[[str], Device]


def clone(original: Device, path: Path) -> Device:
    """A copy of ``original``'s casebook folder, as an IT office imaging laptops makes one."""
    original.close()
    shutil.copytree(original.path, path)
    for device, where in ((original, original.path), (None, path)):
        store = CasebookStore(where, kdf_target_seconds=0)
        casebook = store.unlock("ana", PASSPHRASE)
        if device is None:
            copy = Device(path, store, casebook)
        else:
            device.store, device.casebook = store, casebook
    return copy


def folios(device: Device) -> set[str]:
    with device.casebook.reading() as stored:
        return set(stored.session.scalars(select(HouseholdRow.folio)))


def test_a_cloned_casebook_cannot_poison_the_office(
    server: CentralServer, make_device: MakeDevice, office: str, tmp_path: Path
) -> None:
    original = make_device("original")
    copy = clone(original, tmp_path / "copy")
    try:
        original.enroll(server.url, server.code(office))
        # It claims to be another casebook, then ignores the folio prefix it was given.
        with copy.casebook.unit_of_work() as work:
            work.meta.set("device_id", uuid7())
        copy.enroll(server.url, server.code(office))
        with copy.casebook.unit_of_work() as work:
            work.meta.set("device_code", original.folio_prefix)
        original.add_households(2, seed=301)
        copy.add_households(2, seed=302)
        clashing = folios(original) & folios(copy)
        assert len(clashing) == 2  # the clone numbers its folios like the original

        first = original.sync()
        assert first.complete
        # Push only: the clone's own pull meets the original's records under its folios, which
        # is the client's to set aside (not this server's to prevent).
        second = copy.engine().sync(pull=False)

        # The clone's clashing records are refused, each with a reason that says why; its
        # records that clash with nothing (a person's own folio may be free) still apply.
        c = models.changes.c
        with server.db.reading() as conn:
            answers = conn.execute(
                select(c.entity, c.status, c.reason).where(c.device_id == copy.device_id)
            ).all()
        assert len(answers) == second.pushed == len(copy.outbox())
        households = {(s, r) for e, s, r in answers if e == "household"}
        assert households == {("rejected", "folio_taken")}
        assert second.rejected == sum(1 for _, s, _ in answers if s == "rejected")
        assert second.rejected >= 2
        assert {r for _, s, r in answers if s == "rejected"} <= {"folio_taken", "unknown_parent"}
        with server.db.reading() as conn:
            stored_folios = list(
                conn.execute(
                    select(models.records.c.fields).where(
                        models.records.c.office == office, models.records.c.entity == "household"
                    )
                ).scalars()
            )
        assert len(stored_folios) == 2  # only the original's

        # Every device of the office still pulls: the original, and a new one.
        assert original.sync().complete
        newcomer = make_device("newcomer")
        newcomer.enroll(server.url, server.code(office))
        pulled = newcomer.sync()
        assert pulled.complete
        assert folios(newcomer) == folios(original)
    finally:
        copy.close()
