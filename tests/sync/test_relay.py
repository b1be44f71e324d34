"""The USB relay through the Casebook: a caseworker's sealed batch, carried by a supervisor.

Real devices and a real server process. The supervisor's casebook keeps the batches sealed
(it cannot read them), forwards them at its next sync, and the server counts every change
once, whether the file was imported twice or the caseworker synced it too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.domain.users import Role
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.batchfile import BatchFileError
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.store import load_identity, outbox_counts
from bienestar_wire.envelope import seal_batch
from bienestar_wire.protocol import API_PREFIX, BatchManifest, canonical_json
from tests.sync.central_harness import CentralServer, Device

MakeRoleDevice = Callable[[str, Role], Device]


@pytest.fixture
def make_role_device(tmp_path: Path) -> Iterator[MakeRoleDevice]:
    made: list[Device] = []

    def make(name: str, role: Role) -> Device:
        device = Device.create(tmp_path / name, user=name.split("-")[0], role=role)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()


def _server_changes(server: CentralServer, device_id: str) -> list[str]:
    with server.db.reading() as conn:
        return [
            row[0]
            for row in conn.execute(
                select(models.changes.c.change_id).where(models.changes.c.device_id == device_id)
            )
        ]


def test_a_sealed_batch_is_collected_twice_forwarded_once_and_its_receipt_clears_the_laptop(
    server: CentralServer, make_role_device: MakeRoleDevice, office: str, tmp_path: Path
) -> None:
    laptop = make_role_device("lucia-laptop", Role.CASEWORKER)
    laptop.enroll(server.url, server.code(office))
    supervisor = make_role_device("sofia-supervisor", Role.SUPERVISOR)
    supervisor.enroll(server.url, server.code(office))
    laptop.add_households(3, seed=701)  # offline from here on: nothing is synced
    made = laptop.outbox("pending")
    usb = tmp_path / "usb" / "lote.json"

    preview = laptop.casebook.collection.pending_summary()
    assert preview.records == len(made)
    exported = laptop.casebook.collection.export(usb)
    assert exported.changes == len(made)

    summary = supervisor.casebook.collection.inspect(usb)
    assert summary.device_id == laptop.device_id
    assert summary.users == ("lucia",)
    assert summary.records == len(made)
    assert summary.households == 3
    assert summary.persons > 0
    assert summary.enrollments > 0
    assert summary.first_at is not None
    assert summary.last_at is not None
    assert summary.first_at <= summary.last_at

    first = supervisor.casebook.collection.import_batches(usb)
    again = supervisor.casebook.collection.import_batches(usb)
    assert (first.new, first.already) == (exported.batches, 0)
    assert (again.new, again.already) == (0, exported.batches)
    listed = supervisor.casebook.collection.batches()
    assert [b.status for b in listed] == ["waiting"] * exported.batches
    assert sum(b.changes for b in listed) == len(made)
    assert _server_changes(server, laptop.device_id) == []

    report = supervisor.sync(server.url)
    assert report.relayed == exported.batches
    assert sorted(_server_changes(server, laptop.device_id)) == sorted(made)
    assert server.records_of_office(office)["household"] == 3
    assert {b.status for b in supervisor.casebook.collection.batches()} == {"acknowledged"}
    assert supervisor.sync(server.url).relayed == 0  # answered: never sent again

    receipt = tmp_path / "usb" / "recibo.json"
    assert supervisor.casebook.collection.write_receipts(receipt) == exported.batches
    cleared = laptop.casebook.collection.import_receipt(receipt)
    assert cleared.acknowledged == len(made)
    assert outbox_counts(laptop.casebook).pending == 0


def test_a_batch_that_also_arrives_by_the_laptops_own_sync_counts_once(
    server: CentralServer, make_role_device: MakeRoleDevice, office: str, tmp_path: Path
) -> None:
    laptop = make_role_device("lucia-laptop", Role.CASEWORKER)
    laptop.enroll(server.url, server.code(office))
    supervisor = make_role_device("sofia-supervisor", Role.SUPERVISOR)
    supervisor.enroll(server.url, server.code(office))
    laptop.add_households(2, seed=702)
    made = laptop.outbox("pending")
    usb = tmp_path / "lote.json"
    laptop.casebook.collection.export(usb)
    laptop.sync(server.url)  # the caseworker found signal after all
    before = server.stats()

    supervisor.casebook.collection.import_batches(usb)
    supervisor.sync(server.url)
    assert server.stats()["changes"] == before["changes"]
    assert sorted(_server_changes(server, laptop.device_id)) == sorted(made)
    assert {b.status for b in supervisor.casebook.collection.batches()} == {"acknowledged"}


def test_only_a_supervisor_collects(
    server: CentralServer, make_role_device: MakeRoleDevice, office: str, tmp_path: Path
) -> None:
    laptop = make_role_device("lucia-laptop", Role.CASEWORKER)
    laptop.enroll(server.url, server.code(office))
    other = make_role_device("pedro-laptop", Role.CASEWORKER)
    other.enroll(server.url, server.code(office))
    laptop.add_households(1, seed=703)
    usb = tmp_path / "lote.json"
    laptop.casebook.collection.export(usb)
    collection = other.casebook.collection
    for use_case in (
        lambda: collection.inspect(usb),
        lambda: collection.import_batches(usb),
        lambda: collection.batches(),
        lambda: collection.write_receipts(tmp_path / "r.json"),
    ):
        with pytest.raises(NotAllowed):
            use_case()


def test_an_altered_manifest_is_refused_by_the_supervisor_and_a_forged_one_by_the_server(
    server: CentralServer, make_role_device: MakeRoleDevice, office: str, tmp_path: Path
) -> None:
    laptop = make_role_device("lucia-laptop", Role.CASEWORKER)
    laptop.enroll(server.url, server.code(office))
    supervisor = make_role_device("sofia-supervisor", Role.SUPERVISOR)
    supervisor.enroll(server.url, server.code(office))
    laptop.add_households(1, seed=704)
    usb = tmp_path / "lote.json"
    laptop.casebook.collection.export(usb)
    document = json.loads(usb.read_text(encoding="utf-8"))
    document["batches"][0]["manifest"]["households"] = 40
    altered = tmp_path / "alterado.json"
    altered.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(BatchFileError, match="does not verify"):
        supervisor.casebook.collection.inspect(altered)

    # A device that signs a manifest that lies about its content: the server refuses it.
    identity = load_identity(laptop.casebook)
    assert identity is not None
    pending = [change for _, change in sync_store.list_pending(laptop.casebook, limit=500)]
    envelope = seal_batch(
        pending,
        batch_id="01939f3c-0000-7000-8000-0000000000aa",
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at=laptop.casebook.now().isoformat(),
        manifest=BatchManifest(user="lucia", households=40),
    )
    transport = Transport(server.url)
    try:
        with pytest.raises(PermanentError, match="manifest does not match") as refused:
            transport.request(
                "POST",
                f"{API_PREFIX}/push",
                body=canonical_json(envelope.to_json()),
                device_id=identity.device_id,
                token=identity.token,
            )
    finally:
        transport.close()
    assert refused.value.status == 400
    assert _server_changes(server, laptop.device_id) == []
