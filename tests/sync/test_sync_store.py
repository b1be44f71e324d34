"""The casebook's side of sync, without a server: identity at rest, acks, pulls, bases."""

from __future__ import annotations

import random
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from bienestar_field.demo import synthetic_household
from bienestar_field.domain.ids import uuid7
from bienestar_field.storage.crypto import Keyring, TamperedCiphertext
from bienestar_field.storage.database import Database
from bienestar_field.storage.schema import OutboxChange
from bienestar_field.storage.unit_of_work import Repositories, reading
from bienestar_field.sync import store as sync_store
from bienestar_wire.envelope import KeyPairs
from bienestar_wire.protocol import (
    ChangeResult,
    ChangeStatus,
    Entity,
    EntryKind,
    PullEntry,
    PullPage,
    RecordState,
)
from tests.sync.central_harness import Device

TODAY = date(2026, 3, 16)
AT = "2026-03-16T15:30:00+00:00"


@pytest.fixture
def device(tmp_path: Path) -> Device:
    made = Device.create(tmp_path / "device")
    yield made  # type: ignore[misc]
    made.close()


def identity() -> sync_store.SyncIdentity:
    server = KeyPairs.generate()
    return sync_store.SyncIdentity(
        server_url="http://127.0.0.1:9",
        device_id=uuid7(),
        office="Norte",
        token="T0KEN-" + "x" * 40,
        device_keys=KeyPairs.generate(),
        server_keys=server.public_info(),
        enrolled_at=AT,
    )


def test_the_enrolment_is_stored_encrypted_and_bound_to_this_casebook(device: Device) -> None:
    cb = device.casebook
    mine = identity()
    sync_store.save_identity(cb, mine, at=AT)
    loaded = sync_store.load_identity(cb)
    assert loaded is not None
    assert loaded.to_json() == mine.to_json()
    raw = b"".join(p.read_bytes() for p in device.path.glob("casebook.sqlite3*"))
    assert mine.token.encode() not in raw
    assert mine.device_keys.secret_json()["signing"].encode() not in raw
    with pytest.raises(TamperedCiphertext):
        sync_store.load_identity(_ReadWithOtherKeys(device.store.database))  # type: ignore[arg-type]


class _ReadWithOtherKeys:
    """The same casebook file read under a data key that is not its own."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def reading(self) -> AbstractContextManager[Repositories]:
        return reading(self.database, Keyring(b"\x01" * 32))


def test_pending_changes_come_in_order_decrypted_with_a_basis_of_zero(device: Device) -> None:
    cb = device.casebook
    household = cb.households.register(synthetic_household(random.Random(1), TODAY), today=TODAY)
    pending = sync_store.list_pending(cb, limit=100)
    assert [c.change_id for _, c in pending] == device.outbox()
    first = pending[0][1]
    assert (first.entity, first.entity_id, first.basis_version) == (
        Entity.HOUSEHOLD,
        household.id,
        0,
    )
    assert first.fields["folio"] == household.folio
    assert [seq for seq, _ in pending] == sorted(seq for seq, _ in pending)


def test_results_are_recorded_in_one_go_acknowledged_or_quarantined(device: Device) -> None:
    cb = device.casebook
    cb.households.register(synthetic_household(random.Random(2), TODAY), today=TODAY)
    ids = device.outbox()
    statuses = [ChangeStatus.APPLIED, ChangeStatus.DUPLICATE, ChangeStatus.CONFLICT]
    results = [ChangeResult(ids[0], ChangeStatus.REJECTED, "invalid")] + [
        ChangeResult(change_id, statuses[n % 3]) for n, change_id in enumerate(ids[1:])
    ]
    counts = sync_store.record_results(cb, results, at=AT)
    assert (counts.acknowledged, counts.rejected) == (len(ids) - 1, 1)
    assert device.outbox("pending") == []
    assert device.outbox("rejected") == [ids[0]]
    with cb.reading() as stored:
        session = stored.session
        row = session.scalars(select(OutboxChange).where(OutboxChange.change_id == ids[0])).one()
        assert row.last_error == "refused by the server: invalid"
    # Recording the same answer again changes nothing.
    assert sync_store.record_results(cb, results, at=AT).acknowledged == 0


def _state(household_id: str, version: int, fields: dict[str, object]) -> RecordState:
    return RecordState(
        Entity.HOUSEHOLD,
        household_id,
        version,
        False,
        "1773675000000-00000-remote0000000",
        "someone",
        AT,
        AT,
        fields,
    )


def test_a_pulled_state_keeps_unsent_local_edits_on_top_and_fixes_their_basis(
    device: Device,
) -> None:
    cb = device.casebook
    household = cb.households.register(synthetic_household(random.Random(3), TODAY), today=TODAY)
    person = household.members[0]
    sync_store.record_results(
        cb, [ChangeResult(i, ChangeStatus.APPLIED) for i in device.outbox()], at=AT
    )
    cb.people.update(replace(cb.people.get(person.id), phone="5511111111"))  # unsent edit

    from bienestar_field.domain import codec

    server_fields = {
        "household_id": household.id,
        "folio": person.folio,
        **codec.person_personal_fields(replace(person, notes="from the office")),
    }
    state = RecordState(
        Entity.PERSON,
        person.id,
        4,
        False,
        "1773675000000-00000-remote0000000",
        "x",
        AT,
        AT,
        server_fields,
    )
    page = PullPage((PullEntry(EntryKind.RECORD, record=state),), "0.9", more=False)
    applied = sync_store.apply_pull(cb, page, at=AT)
    assert applied.records == 1
    merged = cb.people.get(person.id)
    assert (merged.phone, merged.notes) == ("5511111111", "from the office")
    assert sync_store.pull_cursor(cb) == "0.9"
    # The unsent edit was made before this pull: its basis stays what was known then (0).
    [(_, unsent)] = sync_store.list_pending(cb, limit=10)
    assert unsent.basis_version == 0
    # An edit made after the pull is based on what the pull delivered.
    cb.people.update(replace(cb.people.get(person.id), notes="after the pull"))
    later = sync_store.list_pending(cb, limit=10)[-1][1]
    assert later.basis_version == 4
    # The same state again is not applied twice.
    assert sync_store.apply_pull(cb, page, at=AT).records == 0


def test_a_pulled_record_that_cannot_be_stored_is_set_aside_and_the_page_stands(
    device: Device,
) -> None:
    cb = device.casebook
    good = _state(
        uuid7(),
        1,
        {
            "folio": "AAAAAA-000001-Q",
            "state_code": "20",
            "municipality_code": "067",
            "locality_name": "Oaxaca",
        },
    )
    broken = _state(uuid7(), 1, {"folio": "AAAAAA-000002-Q"})  # no state code: cannot store
    page = PullPage(
        (PullEntry(EntryKind.RECORD, record=good), PullEntry(EntryKind.RECORD, record=broken)),
        "0.5",
        more=False,
    )
    applied = sync_store.apply_pull(cb, page, at=AT)
    assert (applied.records, applied.set_aside) == (1, 1)
    assert cb.reports.stats().households == 1
    assert sync_store.pull_cursor(cb) == "0.5"
    [aside] = sync_store.set_aside_records(cb)
    assert (aside.entity_id, aside.reason_code) == (broken.entity_id, "undecodable")
    assert "state_code" in aside.reason
    # The same page again (a lost answer, a retry) keeps one copy, not two.
    sync_store.apply_pull(cb, page, at=AT)
    assert sync_store.set_aside_count(cb) == 1


def test_receipts_in_a_pull_clear_changes_that_arrived_by_another_path(device: Device) -> None:
    cb = device.casebook
    cb.households.register(synthetic_household(random.Random(4), TODAY), today=TODAY)
    ids = device.outbox()
    page = PullPage((PullEntry(EntryKind.RECEIPT, change_ids=tuple(ids[:3])),), "0.2", more=False)
    applied = sync_store.apply_pull(cb, page, at=AT)
    assert applied.receipts == 3
    assert device.outbox("pending") == ids[3:]


def test_sync_runs_are_kept_as_a_history(device: Device) -> None:
    cb = device.casebook
    run = sync_store.start_run(cb, at=AT)
    sync_store.finish_run(
        cb,
        run,
        at=AT,
        outcome="transient",
        pushed=5,
        acknowledged=3,
        rejected=0,
        pulled=0,
        message="cannot reach the server",
    )
    [latest] = sync_store.recent_runs(cb)
    assert (latest.outcome, latest.pushed, latest.acknowledged, latest.message) == (
        "transient",
        5,
        3,
        "cannot reach the server",
    )


def test_the_status_bar_summary_needs_no_keys(device: Device) -> None:
    cb = device.casebook
    assert sync_store.status(cb).enrolled is False
    sync_store.save_identity(cb, identity(), at=AT)
    cb.households.register(synthetic_household(random.Random(9), TODAY), today=TODAY)
    run = sync_store.start_run(cb, at=AT)
    sync_store.finish_run(
        cb,
        run,
        at="2026-03-16T15:31:00+00:00",
        outcome="ok",
        pushed=0,
        acknowledged=0,
        rejected=0,
        pulled=0,
        message=None,
    )
    current = sync_store.status(cb)
    assert current.enrolled
    assert current.revoked is None
    assert current.pending == len(device.outbox())
    assert current.last_success_at == "2026-03-16T15:31:00+00:00"
    sync_store.mark_revoked(cb, "revoked")
    assert sync_store.status(cb).revoked == "revoked"
