"""A pulled record this casebook cannot store is set aside; the pull goes on (issue 8, finding 1).

The bad records are put in the server's database directly, as a cloned or rogue device that got
past the server's checks would leave them: whatever the server refuses today, a device must
never let one record stop the office's feed for it.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from bienestar_field.demo import synthetic_household
from bienestar_field.domain import codec
from bienestar_field.domain.households import Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.engine import SyncReport
from bienestar_wire.protocol import Entity, RecordState
from tests.sync.central_harness import PASSPHRASE, ROOT, CentralServer, Device

MakeDevice = Callable[[str], Device]
TODAY = date(2026, 3, 16)


def enrolled(make_device: MakeDevice, server: CentralServer, name: str, office: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def state(entity: Entity, fields: dict[str, object], *, hlc: str) -> RecordState:
    now = datetime.now(UTC).isoformat()
    return RecordState(
        entity=entity,
        entity_id=uuid7(),
        version=1,
        deleted=False,
        hlc=hlc,
        created_by=uuid7(),
        created_at=now,
        updated_at=now,
        fields=fields,
    )


def household_fields(household: Household, folio: str) -> dict[str, object]:
    return {"folio": folio, **codec.household_fields(household)}


def person_fields(household: Household, household_id: str, folio: str) -> dict[str, object]:
    person = household.members[0]
    return {
        "household_id": household_id,
        "folio": folio,
        **codec.person_personal_fields(person),
    }


def pull_until(device: Device, done: Callable[[SyncReport], bool]) -> SyncReport:
    """Pull (no push) until ``done`` holds for the sum of the pulls. On PostgreSQL a pull stops
    short of transactions still open anywhere on the database server (the feed is handed out
    in commit order), so what was just written may take another pull on a busy machine."""
    total = SyncReport()
    for _ in range(30):
        report = device.engine().sync(push=False)
        total.pulled_records += report.pulled_records
        total.set_aside += report.set_aside
        total.set_aside_total = report.set_aside_total
        if done(total):
            return total
        time.sleep(0.2)
    return total


def field_cli(device: Device, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(device.path), *args],
        env={**os.environ, "BIENESTAR_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_bad_pulled_records_are_set_aside_and_the_rest_of_the_feed_arrives(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    mine = b.casebook.households.register(
        synthetic_household(random.Random(81), TODAY), today=TODAY
    )
    assert mine.folio is not None
    a.add_households(2, seed=82)
    a.sync()
    hlc = a.casebook.stamp().hlc
    rng = random.Random(83)
    other = synthetic_household(rng, TODAY)
    missing_household = uuid7()
    clash = state(Entity.HOUSEHOLD, household_fields(other, mine.folio), hlc=hlc)
    orphan = state(Entity.PERSON, person_fields(other, missing_household, "ZZ01-000001-A"), hlc=hlc)
    garbled = person_fields(synthetic_household(rng, TODAY), "", "ZZ01-000002-B")
    garbled.update(household_id=None, sex="X", birth_date="not a date")
    undecodable = state(Entity.PERSON, garbled, hlc=hlc)
    server.inject_records(office, [clash, orphan, undecodable])
    a.add_households(1, seed=84)  # good records after the bad ones in the feed
    a.sync()
    expected = len(a.outbox())

    # b's own household stays on b alone: pull only.
    report = pull_until(b, lambda r: r.pulled_records + r.set_aside >= expected + 3)

    assert report.set_aside == 3
    assert report.set_aside_total == 3
    assert report.pulled_records == expected
    assert sync_store.pull_cursor(b.casebook) != ""
    assert sync_store.set_aside_count(b.casebook) == 3
    # Its own household and a's three; not the clashing one.
    assert b.casebook.reports.stats().households == 1 + 3
    assert b.casebook.households.get(mine.id).folio == mine.folio  # untouched
    kept = {entry.entity_id: entry for entry in sync_store.set_aside_records(b.casebook)}
    assert {e: kept[e].reason_code for e in kept} == {
        clash.entity_id: "folio_in_use",
        orphan.entity_id: "unknown_parent",
        undecodable.entity_id: "undecodable",
    }
    # The reason is English and names no value of the record.
    for entry in kept.values():
        assert entry.reason
        assert mine.folio not in entry.reason
        assert other.members[0].curp not in entry.reason
    # Kept encrypted like everything personal: the CURP is nowhere in the file in clear.
    b.casebook.lock()
    raw = (b.path / CASEBOOK_FILE).read_bytes()
    assert other.members[0].curp.encode() not in raw
    assert other.members[0].nombres.encode() not in raw
    db = sqlite3.connect(b.path / CASEBOOK_FILE)
    try:
        rows = db.execute("SELECT entity_id, data FROM sync_set_aside").fetchall()
    finally:
        db.close()
    assert {entity_id for entity_id, _ in rows} == set(kept)
    for _, blob in rows:
        assert b"curp" not in blob
        assert other.members[0].curp.encode() not in blob

    # The command line says so: the sync summary and stats.
    # b's own household now goes too: a server that keeps folios unique per office refuses it
    # (the clashing record took its folio there), and that is quarantined, not a failure.
    synced = field_cli(b, "sync")
    assert synced.returncode in (0, 3), synced.stderr  # never 70, an internal error
    summary = json.loads(synced.stdout)
    assert summary["set_aside_records"] == 3
    assert "3 received records are set aside" in synced.stderr
    assert "Traceback" not in synced.stderr
    stats_out = field_cli(b, "stats")
    assert stats_out.returncode == 0, stats_out.stderr
    counted = json.loads(stats_out.stdout)
    assert counted["set_aside_records"] == 3
    assert counted["quarantined_changes"] == summary["quarantined"]


def test_a_set_aside_record_is_stored_once_its_parent_arrives(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    hlc = a.casebook.stamp().hlc
    household = synthetic_household(random.Random(91), TODAY)
    parent = state(Entity.HOUSEHOLD, household_fields(household, "ZZ02-000001-A"), hlc=hlc)
    child = state(
        Entity.PERSON, person_fields(household, parent.entity_id, "ZZ02-000002-B"), hlc=hlc
    )
    server.inject_records(office, [child])

    first = pull_until(b, lambda r: r.set_aside >= 1)
    assert (first.set_aside, first.set_aside_total, first.pulled_records) == (1, 1, 0)
    again = b.sync()  # the cursor moved on: nothing new is set aside, nothing fails
    assert (again.set_aside, again.set_aside_total) == (0, 1)

    server.inject_records(office, [parent])
    healed = pull_until(b, lambda r: r.pulled_records >= 2)

    assert (healed.set_aside, healed.set_aside_total) == (0, 0)
    assert healed.pulled_records == 2
    stored = b.casebook.households.get(parent.entity_id)
    assert [m.id for m in stored.members] == [child.entity_id]
    assert sync_store.set_aside_records(b.casebook) == []
