"""Exactly once through any network fault, a killed app, and a killed server.

A proxy on loopback cuts connections before the request, drops answers after the server did
the work, and truncates answers; the app is SIGKILLed in the middle of a sync; the server is
SIGKILLed under load and restarted. Afterwards: every change is on the server exactly once,
nothing is pending, and every device holds every record of its office.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_field.platform.config import SettingsStore
from bienestar_field.storage.schema import OutboxChange
from bienestar_field.sync.client import RetryPolicy, SyncError, TransientError
from tests.sync.central_harness import (
    FAST_RETRY,
    PASSPHRASE,
    ROOT,
    CentralServer,
    Device,
    FaultProxy,
    running_server,
)

MakeDevice = Callable[[str], Device]
NO_RETRY = RetryPolicy(max_attempts=1)


def enrolled(make_device: MakeDevice, server: CentralServer, name: str, office: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def counts(device: Device) -> dict[str, int]:
    stats = device.casebook.reports.stats().as_dict()
    return {k: stats[k] for k in ("households", "persons", "enrollments", "attendance_checks")}


def assert_exactly_once(server: CentralServer, devices: list[Device], office: str) -> None:
    """Each device's changes are on the server once, stored once, logged once, fed once."""
    everything: list[str] = []
    for device in devices:
        assert device.outbox("pending") == []
        mine = device.outbox()
        on_server = server.change_ids(device.device_id)
        assert len(on_server) == len(mine)
        assert set(on_server) == set(mine)
        everything.extend(mine)
    with server.db.reading() as conn:
        statuses = {
            status
            for (status,) in conn.execute(
                select(models.changes.c.status).where(models.changes.c.office == office)
            )
        }
        audited = [
            subject
            for (subject,) in conn.execute(
                select(models.audit_log.c.subject).where(
                    models.audit_log.c.action.like("change.%"),
                    models.audit_log.c.actor.in_([d.device_id for d in devices]),
                )
            )
        ]
        fed = conn.execute(
            select(models.feed.c.entity_id).where(
                models.feed.c.office == office, models.feed.c.kind == "record"
            )
        ).all()
    assert statuses == {"applied"}
    assert sorted(audited) == sorted(everything)  # one audit link per change, none twice
    assert len(fed) == len(everything)
    on_server = server.records_of_office(office)
    for device in devices:
        assert counts(device) == {
            "households": on_server["household"],
            "persons": on_server["person"],
            "enrollments": on_server["enrollment"],
            "attendance_checks": on_server["attendance_check"],
        }
    assert server.service.verify_audit().ok


def test_many_syncs_through_a_faulty_network_store_every_change_exactly_once(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    failures = 0
    with FaultProxy(server.port, seed=20261121, cut=0.15, drop=0.2, truncate=0.15) as proxy:
        for round_ in range(5):
            a.add_households(2, seed=1000 + round_)
            b.add_households(1, seed=2000 + round_)
            for device in (a, b):
                try:
                    device.sync(proxy.url, batch_size=6, pull_limit=10)
                except TransientError:
                    failures += 1
        # Keep syncing through the same faults until both are done (bounded).
        deadline = time.monotonic() + 60
        for _ in range(80):
            done = 0
            for device in (a, b):
                try:
                    report = device.sync(proxy.url, batch_size=6, pull_limit=10)
                    done += report.complete
                except TransientError:
                    failures += 1
            if done == 2 or time.monotonic() > deadline:
                break
        faults = dict(proxy.counts)
    assert faults.get("cut", 0) > 0
    assert faults.get("drop", 0) > 0
    assert faults.get("truncate", 0) > 0
    assert failures > 0  # some syncs really did stop half-way
    # Answers the server gave but the devices never got came back as duplicates.
    resent = sum(int(n) for n in re.findall(r"duplicate=(\d+)", server.log_text()))
    assert resent > 0
    for device in (a, b):  # a last clean pull so both hold everything
        device.sync(server.url)
    assert_exactly_once(server, [a, b], office)


def test_a_lost_answer_is_counted_in_the_outbox_and_the_resend_is_counted_once(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    a.add_households(2, seed=5000)
    made = a.outbox()
    with FaultProxy(server.port, drop=1.0, only_path="/v1/push") as proxy:
        with pytest.raises(TransientError, match="cannot reach"):
            a.sync(proxy.url)
        assert proxy.counts["drop"] == FAST_RETRY.max_attempts  # the same batch, resent
    assert sorted(server.change_ids(a.device_id)) == sorted(made)  # the server did the work
    with a.casebook.reading() as stored:
        session = stored.session
        rows = session.execute(select(OutboxChange)).scalars().all()
        assert {(r.status, r.attempts) for r in rows} == {("pending", 1)}
        assert all(r.last_error and r.next_attempt_at and r.batch_id for r in rows)
        first_batch = {r.batch_id for r in rows}
    report = a.sync()
    assert report.duplicates == len(made)
    with a.casebook.reading() as stored:
        session = stored.session
        rows = session.execute(select(OutboxChange)).scalars().all()
        assert {(r.status, r.attempts, r.last_error) for r in rows} == {("acked", 2, None)}
        assert {r.batch_id for r in rows}.isdisjoint(first_batch)  # a new batch, same ids
    assert_exactly_once(server, [a], office)


def _cli_env(device: Device) -> dict[str, str]:
    return {
        **os.environ,
        "BIENESTAR_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(ROOT),
    }


def _cli_sync(device: Device, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(device.path), "sync", *extra],
        env=_cli_env(device),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


def test_an_app_killed_mid_sync_resumes_without_duplicates_or_losses(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    if server.database_url.startswith("postgresql"):
        pytest.skip("the app's side is the same on either server database: run on SQLite only")
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    a.add_households(25, seed=3000)
    with FaultProxy(server.port, delay=0.05) as proxy:
        for device in (a, b):
            SettingsStore(device.path).set("server_url", proxy.url)
        total = len(a.outbox())
        kills = 0
        mid_push = 0
        for attempt in range(6):
            device = a if attempt % 2 == 0 else b
            before = len(server.change_ids(a.device_id))
            held = sum(counts(b).values())
            process = _cli_sync(device, "--batch-size", "20", "--pull-limit", "15")
            if device is a:
                assert before < total - 20  # enough left that this run is cut mid-push
                # Kill once the server holds part of what this run is sending: mid-push.
                _wait_for(lambda n=before + 20: len(server.change_ids(a.device_id)) >= n)
            else:
                # Kill once b holds part of what this run is pulling: mid-pull.
                _wait_for(lambda n=held: sum(counts(b).values()) > n)
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
                stored = len(server.change_ids(a.device_id))
                mid_push += device is a and 0 < stored < total
            process.wait(timeout=30)
            assert process.stderr is not None
            process.stderr.close()
        assert kills >= 3
        assert mid_push == 3  # every kill of a landed with part of its outbox on the server
        for device in (a, b):
            finished = _cli_sync(device)
            _, err = finished.communicate(timeout=120)
            assert finished.returncode == 0, err.decode()
    assert_exactly_once(server, [a, b], office)


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_a_server_killed_under_load_and_restarted_counts_every_change_once(
    backend: str,
    database_url_for: Callable[[str], str | None],
    tmp_path: Path,
    make_device: MakeDevice,
    office: str,
) -> None:
    with running_server(tmp_path / "central", database_url_for(backend)) as central:
        a = enrolled(make_device, central, "a", office)
        interrupted = 0
        for round_ in range(2):
            a.add_households(20, seed=4000 + round_)
            process = central.process
            assert process is not None
            # Kill the server once it has stored part of this round's changes: mid-sync.
            target = len(central.change_ids(a.device_id)) + 30
            watcher = threading.Thread(target=_kill_when, args=(central, a, target, process))
            watcher.start()
            try:
                for _ in range(20):
                    report = a.sync(batch_size=2, retry=NO_RETRY)
                    if report.complete:
                        break
            except SyncError:
                interrupted += 1
            watcher.join(timeout=30)
            process.wait(timeout=10)
            central.process = None
            assert a.outbox("pending")  # the kill left work undone
            central.start()
        assert interrupted == 2
        a.sync()
        assert_exactly_once(central, [a], office)


def _wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("the awaited moment of the sync never came")
        time.sleep(0.005)


def _kill_when(
    central: CentralServer, device: Device, stored: int, process: subprocess.Popen[bytes]
) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if len(central.change_ids(device.device_id)) >= stored:
            break
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
