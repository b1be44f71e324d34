"""A change the server refuses for good is quarantined on the device (issue 8, finding 5).

Never resent as it is; seen in the counts; sent again after an edit of its record or a retry;
discarded only by a supervisor, audited. A batch the server refuses whole (a 4xx) is split
until the change it will not take stands alone; a server that keeps failing (5xx) is tried
again later, with a growing wait, and nothing is ever dropped.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.demo import synthetic_household
from bienestar_field.domain.households import Household
from bienestar_field.domain.users import Role
from bienestar_field.storage.schema import AuditEvent, OutboxChange
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.client import ServerFailing
from bienestar_field.sync.engine import hold_off_seconds
from tests.helpers.fault_proxy import FaultProxy
from tests.sync.central_harness import PASSPHRASE, CentralServer, Device, running_server

MakeDevice = Callable[[str], Device]
TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    """SQLite only: quarantine is the device's side; the server's answers are the same on
    either database. A small body limit lets one oversized change stand for any 4xx."""
    directory = tmp_path_factory.mktemp("quarantine") / "server"
    with running_server(directory, None, "--max-body-bytes", "300000") as central:
        yield central


def enrolled(make_device: MakeDevice, server: CentralServer, name: str, office: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def register(device: Device, seed: int) -> Household:
    return device.casebook.households.register(
        synthetic_household(random.Random(seed), TODAY), today=TODAY
    )


def change_of(device: Device, entity_id: str, operation: str = "create") -> str:
    with device.casebook.reading() as stored:
        return str(
            stored.session.scalar(
                select(OutboxChange.change_id).where(
                    OutboxChange.entity_id == entity_id, OutboxChange.operation == operation
                )
            )
        )


def tamper(device: Device, change_id: str, **fields: Any) -> None:
    """Rewrite a change as a faulty older app could have written it."""
    keyring = device.casebook.keyring
    with device.casebook.unit_of_work() as work:
        row = work.session.scalars(
            select(OutboxChange).where(OutboxChange.change_id == change_id)
        ).one()
        payload = keyring.decrypt_json(
            row.payload, table="outbox", column="payload", row_id=change_id
        )
        payload.update(fields)
        row.payload = keyring.encrypt_json(
            payload, table="outbox", column="payload", row_id=change_id
        )


def audit_actions(device: Device) -> list[str]:
    with device.casebook.reading() as stored:
        return list(stored.session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_a_refused_change_is_kept_never_resent_and_an_edit_of_its_record_sends_it_again(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    device = enrolled(make_device, server, "a", office)
    household = register(device, 11)
    # The eldest: the edit below gives a phone, which is not asked of a young child.
    member = min(household.members, key=lambda m: m.birth_date)
    refused = change_of(device, member.id)
    tamper(device, refused, curp="NO ES UNA CURP")

    first = device.sync()

    assert (first.rejected, first.quarantined, first.pending_left) == (1, 1, 0)
    assert device.outbox("rejected") == [refused]
    assert sync_store.rejected_changes(device.casebook)[0].reason == (
        "refused by the server: invalid"
    )
    sent = len(server.change_ids(device.device_id))
    again = device.sync()
    assert (again.pushed, again.quarantined) == (0, 1)  # never resent as it is
    assert len(server.change_ids(device.device_id)) == sent

    person = device.casebook.people.get(member.id)
    person.phone = "5512345678" if person.phone != "5512345678" else "5587654321"
    device.casebook.people.update(person, today=TODAY)

    assert device.outbox("rejected") == []
    requeued = change_of(device, member.id)
    assert requeued != refused  # the server answers the old id with its refusal
    assert "sync.change_requeued" in audit_actions(device)
    fixed = device.sync()
    assert (fixed.rejected, fixed.quarantined, fixed.pending_left) == (0, 0, 0)
    assert fixed.acknowledged == 2  # the creation, as the record now stands, and the edit
    assert fixed.complete


def test_only_a_supervisor_discards_a_refused_change_and_a_retry_sends_it_as_it_is(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    device = enrolled(make_device, server, "a", office)
    household = register(device, 12)
    refused = change_of(device, household.members[0].id)
    tamper(device, refused, curp="NO ES UNA CURP")
    device.sync()
    assert device.outbox("rejected") == [refused]

    assert device.casebook.refused.retry([refused]) == 1
    [retried] = device.outbox("pending")
    assert device.sync().rejected == 1  # the same content is refused again, and kept again
    assert device.outbox("rejected") == [retried]

    device.casebook.users.add("beto", Role.CASEWORKER, PASSPHRASE + " beto")
    caseworker = device.store.unlock("beto", PASSPHRASE + " beto")
    try:
        assert not caseworker.refused.may_discard
        with pytest.raises(NotAllowed):
            caseworker.refused.discard([retried])
    finally:
        caseworker.lock()
    assert device.outbox("rejected") == [retried]

    assert device.casebook.refused.discard([retried]) == 1

    assert device.outbox("rejected") == []
    assert device.outbox("discarded") == [retried]  # kept, as history
    assert audit_actions(device)[-1] == "sync.change_discarded"
    report = device.sync()
    assert (report.pushed, report.quarantined) == (0, 0)
    assert report.complete
    assert device.casebook.households.get(household.id).folio == household.folio


def test_a_batch_refused_whole_is_split_until_the_change_it_will_not_take_stands_alone(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    device = enrolled(make_device, server, "a", office)
    device.add_households(3, seed=13)
    made = device.outbox()
    with device.casebook.reading() as stored:  # a check: no other change depends on it
        oversized = stored.session.scalars(
            select(OutboxChange.change_id).where(OutboxChange.entity == "attendance_check")
        ).first()
    assert oversized is not None
    tamper(device, oversized, notes="x" * 400_000)  # over the server's body limit by itself

    report = device.sync()

    assert device.outbox("rejected") == [oversized]
    assert report.quarantined == 1
    assert report.pending_left == 0
    stored = set(server.change_ids(device.device_id))
    assert stored == set(made) - {oversized}  # every other change arrived, once
    [kept] = sync_store.rejected_changes(device.casebook)
    assert kept.reason == "refused by the server: too_large (HTTP 413)"
    assert device.sync().pushed == 0


def test_a_server_that_keeps_failing_is_tried_again_later_and_nothing_is_dropped(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    device = enrolled(make_device, server, "a", office)
    device.add_households(2, seed=14)
    made = device.outbox()
    with FaultProxy(server.port, only_path="/v1/push") as proxy:
        proxy.fail_with(500)
        with pytest.raises(ServerFailing) as first:
            device.sync(proxy.url)
        assert first.value.failures == 1
        with pytest.raises(ServerFailing) as second:
            device.sync(proxy.url)
        assert second.value.failures == 2
        assert "keeps failing" in str(second.value)
        assert "every change stays on this device" in str(second.value)
        assert device.outbox("pending") == made  # nothing dropped, nothing quarantined
        failing = sync_store.status(device.casebook).server_failure
        assert failing is not None
        assert failing.failures == 2
        waits = datetime.fromisoformat(failing.next_attempt_at) - datetime.fromisoformat(
            failing.since
        )
        assert waits.total_seconds() >= 60  # automatic syncs hold off

        proxy.fail_with(None)
        report = device.sync(proxy.url)

    assert report.complete
    assert sorted(server.change_ids(device.device_id)) == sorted(made)
    assert sync_store.status(device.casebook).server_failure is None


def test_the_wait_after_failures_grows_and_is_capped() -> None:
    rng = random.Random(5)
    for _ in range(50):
        waits = [hold_off_seconds(n, rng) for n in range(1, 12)]
        assert all(30 <= w <= 3600 for w in waits)
        assert max(waits[:2]) <= 120
        assert min(waits[-3:]) >= 1800
