"""Audit logs that cannot lose their tail unnoticed (issue 8, finding 8).

The server's ``verify-audit`` and the device's ``audit verify``, run as an operator and a
caseworker run them, against a real server: a cut tail, an edited event and an edited record
are each found, and undone the log verifies again (so each finding is the tamper's, not
noise). A laptop cloned after enrolment is flagged to the operator in plain words.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, update

from bienestar_central import models
from bienestar_field.casebook import CasebookStore
from bienestar_field.platform.config import CASEBOOK_FILE
from tests.sync.central_harness import PASSPHRASE, ROOT, CentralServer, Device, running_server


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    """The device's side: the same on either database (the server's side runs on both)."""
    with running_server(tmp_path_factory.mktemp("anchors") / "server", None) as central:
        yield central


def field(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(path), *args],
        env={**os.environ, "BIENESTAR_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def synced_device(path: Path, server: CentralServer, office: str) -> Device:
    """A laptop enrolled and synced; the caller closes it."""
    device = Device.create(path)
    device.enroll(server.url, server.code(office))
    device.add_households(2, seed=811)
    device.sync()
    return device


# --- the server ---------------------------------------------------------------------------


def verify_audit(server: CentralServer, *extra: str) -> subprocess.CompletedProcess[str]:
    return server.cli("verify-audit", *extra, check=False)


@contextmanager
def tampered(server: CentralServer, table: Any, where: Any, **values: Any) -> Iterator[None]:
    """Rows of ``table`` edited (``values``) or deleted (none) for the block, then put back."""
    with server.db.writing() as conn:
        saved = [dict(row) for row in conn.execute(select(table).where(where)).mappings()]
        assert saved, "nothing to tamper with"
        if values:
            conn.execute(update(table).where(where).values(**values))
        else:
            conn.execute(delete(table).where(where))
    try:
        yield
    finally:
        with server.db.writing() as conn:
            conn.execute(delete(table).where(where))
            conn.execute(insert(table), saved)


def test_verify_audit_finds_a_cut_tail_an_edited_event_and_an_edited_record(
    server: CentralServer, office: str, tmp_path: Path
) -> None:
    synced_device(tmp_path / "laptop", server, office).close()
    records = models.records.c
    with server.db.reading() as conn:
        decided = conn.execute(
            select(records.entity_id)
            .where(records.office == office, records.entity == "enrollment")
            .limit(1)
        ).scalar_one()
    server.cli("decide", decided, "approved")
    sound = verify_audit(server)
    assert sound.returncode == 0, sound.stderr
    assert sound.stdout.startswith("the audit log verifies: ")
    kept = tmp_path / "checkpoints.jsonl"
    kept.write_text(server.cli("audit-checkpoint").stdout, encoding="utf-8")

    log = models.audit_log.c
    with server.db.reading() as conn:
        head = int(conn.execute(select(log.seq).order_by(log.seq.desc()).limit(1)).scalar_one())

    with tampered(server, models.audit_log, log.seq > head - 2):
        cut = verify_audit(server)
        assert cut.returncode == 1
        assert "the newest events were removed" in cut.stderr
        assert "Traceback" not in cut.stderr

    with tampered(server, models.audit_log, log.seq > 0):
        emptied = verify_audit(server, "--json")
        assert emptied.returncode == 1
        found = json.loads(emptied.stdout)
        assert found["ok"] is False
        assert found["events"] == 0
        assert any("the newest events were removed" in p for p in found["problems"])

    with tampered(server, models.audit_log, log.seq == head - 3, action="device.enrolled"):
        edited = verify_audit(server)
        assert edited.returncode == 1
        assert f"breaks at event {head - 3}" in edited.stderr

    stored = json.loads(_record_fields(server, decided))
    assert stored["status"] == "approved"
    rejected = json.dumps({**stored, "status": "rejected"}, sort_keys=True)
    with tampered(server, models.records, records.entity_id == decided, fields=rejected):
        changed = verify_audit(server)
        assert changed.returncode == 1
        assert f"record {decided}@" in changed.stderr
        assert "differs from its last audited write" in changed.stderr

    # Whoever can write the database can also drop the checkpoints with the tail: the
    # checkpoint the operator kept elsewhere still names the missing events.
    checkpoints = models.audit_checkpoints.c
    with (
        tampered(server, models.audit_log, log.seq > head - 2),
        tampered(server, models.audit_checkpoints, checkpoints.seq > head - 2),
    ):
        anchored = verify_audit(server, "--anchor", str(kept))
        assert anchored.returncode == 1
        assert "the newest events were removed" in anchored.stderr

    again = verify_audit(server, "--anchor", str(kept))
    assert again.returncode == 0, again.stderr


def _record_fields(server: CentralServer, entity_id: str) -> str:
    with server.db.reading() as conn:
        return str(
            conn.execute(
                select(models.records.c.fields).where(models.records.c.entity_id == entity_id)
            ).scalar_one()
        )


# --- the device -----------------------------------------------------------------------------


@contextmanager
def tampered_casebook(path: Path, delete_sql: str, restore_table: str) -> Iterator[None]:
    """Run ``delete_sql`` (an edit or a removal) on the casebook file for the block; put
    back ``restore_table`` as it was afterwards."""
    db = sqlite3.connect(path / CASEBOOK_FILE)
    try:
        saved = db.execute(f"SELECT * FROM {restore_table}").fetchall()  # noqa: S608
        db.execute(delete_sql)
        db.commit()
    finally:
        db.close()
    try:
        yield
    finally:
        db = sqlite3.connect(path / CASEBOOK_FILE)
        try:
            db.execute(f"DELETE FROM {restore_table}")  # noqa: S608
            marks = ",".join("?" for _ in saved[0])
            db.executemany(f"INSERT INTO {restore_table} VALUES ({marks})", saved)  # noqa: S608
            db.commit()
        finally:
            db.close()


def audit_verify(path: Path) -> subprocess.CompletedProcess[str]:
    return field(path, "audit", "verify")


def test_audit_verify_on_the_device_finds_a_cut_tail_an_edited_event_and_an_edited_record(
    sqlite_server: CentralServer, office: str, tmp_path: Path
) -> None:
    path = tmp_path / "laptop"
    synced_device(path, sqlite_server, office).close()  # the app closed, as a person runs it

    sound = field(path, "audit", "verify", "--json")
    assert sound.returncode == 0, sound.stderr
    found = json.loads(sound.stdout)
    assert found["ok"] is True
    assert found["records"] > 0
    acknowledged = found["server_acknowledged_seq"]
    assert isinstance(acknowledged, int)
    assert acknowledged > 0

    # Cut deep, the log ends before the event the server acknowledged; cut just past it, the
    # unlock that opens the casebook to check it is logged over the acknowledged event.
    for first_removed, found_as in [
        (acknowledged - 5, "the newest events were removed"),
        (acknowledged, f"event {acknowledged} differs from the one the server acknowledged"),
    ]:
        cut_tail = f"DELETE FROM audit_events WHERE seq >= {first_removed}"  # noqa: S608
        with tampered_casebook(path, cut_tail, "audit_events"):
            cut = audit_verify(path)
            assert cut.returncode == 1
            assert found_as in cut.stderr
            assert "Traceback" not in cut.stderr

    with tampered_casebook(path, "DELETE FROM audit_events", "audit_events"):
        emptied = field(path, "audit", "verify", "--json")
        assert emptied.returncode == 1
        problems = json.loads(emptied.stdout)["problems"]
        assert any("the newest events were removed" in p for p in problems)

    with tampered_casebook(
        path, "UPDATE audit_events SET action = 'unlock' WHERE seq = 3", "audit_events"
    ):
        edited = audit_verify(path)
        assert edited.returncode == 1
        assert "breaks at event 3" in edited.stderr

    # An enrolment put back to an older state, or any row edited by hand: its digest differs.
    with tampered_casebook(
        path,
        "UPDATE households SET updated_at = '2020-01-01T00:00:00+00:00' "
        "WHERE rowid = (SELECT min(rowid) FROM households)",
        "households",
    ):
        changed = audit_verify(path)
        assert changed.returncode == 1
        assert "differs from its last audited write" in changed.stderr

    again = audit_verify(path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("the audit log verifies: ")


def reopen(path: Path) -> Device:
    store = CasebookStore(path, kdf_target_seconds=0)
    return Device(path, store, store.unlock("ana", PASSPHRASE))


def test_a_laptop_cloned_after_enrolment_is_flagged_to_the_operator_and_on_the_copy(
    sqlite_server: CentralServer, office: str, tmp_path: Path
) -> None:
    first = synced_device(tmp_path / "laptop", sqlite_server, office)
    device_id = first.device_id
    first.close()
    clone_path = tmp_path / "copia"
    shutil.copytree(first.path, clone_path)  # an imaged disk, after enrolment
    original, clone = reopen(first.path), reopen(clone_path)
    try:
        original.add_households(1, seed=812)
        original.sync()
        clone.add_households(3, seed=813)
        clone.sync()
    finally:
        original.close()
        clone.close()

    devices = [json.loads(line) for line in sqlite_server.cli("devices").stdout.splitlines()]
    (listed,) = [d for d in devices if d["device_id"] == device_id]
    assert listed["audit_problem"] is not None
    assert "cloned" in listed["audit_problem"]

    on_copy = audit_verify(clone_path)
    assert on_copy.returncode == 1
    assert "the server refused this device's audit log" in on_copy.stderr
    assert "cloned" in on_copy.stderr
