"""``bienestar-field enroll | sync | batch`` as a person or a script runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bienestar_field.sync.batchfile import (
    BatchFile,
    ReceiptFile,
    export_batch_file,
    forward_batch_file,
    read_file,
)
from bienestar_field.sync.client import PermanentError, Transport
from bienestar_field.sync.engine import SyncEngine
from tests.sync.central_harness import PASSPHRASE, ROOT, CentralServer, Device, running_server

MakeDevice = Callable[[str], Device]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    """SQLite only: the commands are the same on either database (push is tested on both)."""
    with running_server(tmp_path_factory.mktemp("cli") / "server", None) as central:
        yield central


def batch_file(found: BatchFile | ReceiptFile) -> BatchFile:
    assert isinstance(found, BatchFile)
    return found


def field(device: Device, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(device.path), *args],
        env={**os.environ, "BIENESTAR_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_enroll_and_sync_from_the_command_line(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    device = make_device("a")
    device.add_households(2, seed=501)
    enrolled = field(device, "enroll", "--server", server.url, "--code", server.code(office))
    assert enrolled.returncode == 0, enrolled.stderr
    assert office in enrolled.stderr
    assert field(device, "config", "get", "server_url").stdout.strip() == server.url
    again = field(device, "enroll", "--server", server.url, "--code", server.code(office))
    assert again.returncode == 1
    assert "already enrolled" in again.stderr

    synced = field(device, "sync")
    assert synced.returncode == 0, synced.stderr
    summary = json.loads(synced.stdout)
    assert summary["pending"] == 0
    assert summary["acknowledged"] == len(device.outbox())
    assert "every change is acknowledged" in synced.stderr

    server.service.revoke(enrolled.stdout.strip())
    device.add_households(1, seed=502)
    refused = field(device, "sync")
    assert refused.returncode == 1
    last = refused.stderr.strip().splitlines()[-1]
    assert last.startswith("bienestar-field: error: ")
    assert "revoked by the central office" in last
    assert "Traceback" not in refused.stderr


def test_a_batch_file_travels_by_usb_and_its_receipt_clears_the_outbox(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    laptop = make_device("laptop")
    laptop.enroll(server.url, server.code(office))
    supervisor = make_device("supervisor")
    supervisor.enroll(server.url, server.code(office))
    laptop.add_households(3, seed=601)
    made = laptop.outbox()
    usb = laptop.path.parent / "usb" / "lote.json"

    exported = field(laptop, "batch", "export", str(usb))
    assert exported.returncode == 0, exported.stderr
    assert laptop.outbox("pending") == made  # still pending until a receipt says otherwise
    people = [laptop.casebook.people.get(p.person_id) for p in laptop.casebook.search.names("a")]
    content = usb.read_bytes()
    for person in people:
        assert person.curp.encode() not in content

    forwarded = field(supervisor, "batch", "import", str(usb))
    assert forwarded.returncode == 0, forwarded.stderr
    receipt = Path(forwarded.stdout.strip())
    assert receipt.exists()
    assert sorted(server.change_ids(laptop.device_id)) == sorted(made)
    stats = server.stats()
    assert field(supervisor, "batch", "import", str(usb)).returncode == 0  # twice: no effect
    assert server.stats()["changes"] == stats["changes"]

    cleared = field(laptop, "batch", "import", str(receipt))
    assert cleared.returncode == 0, cleared.stderr
    assert laptop.outbox("pending") == []
    assert laptop.sync().pushed == 0

    # A receipt for someone else's changes does not clear anything here.
    wrong = field(supervisor, "batch", "import", str(receipt))
    assert wrong.returncode == 1
    assert "not for it" in wrong.stderr


def test_a_forwarded_batch_is_acknowledged_to_its_laptop_by_the_next_online_sync(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    laptop = make_device("laptop")
    laptop.enroll(server.url, server.code(office))
    supervisor = make_device("supervisor")
    supervisor.enroll(server.url, server.code(office))
    stranger = make_device("stranger")
    stranger.enroll(server.url, server.code(office + " Sur"))
    laptop.add_households(2, seed=701)
    usb = laptop.path.parent / "lote.json"
    engine: SyncEngine = laptop.engine()
    export_batch_file(
        laptop.casebook,
        engine.identity(),
        usb,
        now=laptop.casebook.now,
    )
    batch = read_file(usb)
    transport = Transport(server.url)
    try:
        refused = stranger.engine().identity()
        with pytest.raises(PermanentError) as other_office:
            forward_batch_file(transport, refused, batch_file(batch))
        assert other_office.value.status == 403  # another office cannot carry these batches
        forward_batch_file(transport, supervisor.engine().identity(), batch_file(batch))
    finally:
        transport.close()
    report = laptop.engine().sync(push=False)
    assert report.receipts == len(laptop.outbox())
    assert laptop.outbox("pending") == []
