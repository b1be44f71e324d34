"""Devices' audit heads and the server's signed checkpoints, in-process on SQLite and PostgreSQL."""

from __future__ import annotations

import hmac
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select

from bienestar_central import models
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database, migrate
from bienestar_central.keys import ServerKeys
from bienestar_central.service import audit as audit_module
from bienestar_central.service.audit import GENESIS_MAC, AuditChain
from bienestar_central.service.audit_heads import DeviceHeads
from bienestar_central.service.central import CentralService, utc_now
from bienestar_wire.envelope import PeerKeys, verify_audit_ack
from bienestar_wire.protocol import AuditAck, AuditHead, canonical_json
from tests.sync.central_fixtures import BACKENDS

DEVICE = "01a23100-0000-7000-8000-000000000001"


@pytest.fixture(params=BACKENDS)
def database(
    request: pytest.FixtureRequest, tmp_path: Path, database_url_for: Callable[[str], str | None]
) -> Iterator[Database]:
    url = database_url_for(request.param) or f"sqlite+pysqlite:///{tmp_path / 'c.sqlite3'}"
    database = Database(url)
    migrate(database)
    yield database
    database.close()


def mac(n: int) -> str:
    return f"{n:064x}"


def observe(
    database: Database, heads: DeviceHeads, head: AuditHead, *, forwarded: bool = False
) -> AuditAck:
    with database.writing() as conn:
        ack = heads.observe(conn, DEVICE, head, forwarded=forwarded)
    assert ack is not None
    return ack


def test_a_head_that_grows_is_kept_and_acknowledged_signed(database: Database) -> None:
    keys = ServerKeys.generate()
    heads = DeviceHeads(keys, AuditChain(database, keys, now=utc_now), now=utc_now)
    observe(database, heads, AuditHead(seq=4, mac=mac(4)))
    ack = observe(database, heads, AuditHead(seq=9, mac=mac(9), since_seq=4, since_mac=mac(4)))
    # A lost answer: the device names a head the server never got; the server cannot tell
    # more, and takes it.
    ack = observe(database, heads, AuditHead(seq=15, mac=mac(15), since_seq=12, since_mac=mac(12)))
    assert (ack.seq, ack.mac, ack.problem) == (15, mac(15), "")
    verify_audit_ack(ack, PeerKeys.from_info(keys.info), device_id=DEVICE)
    with database.reading() as conn:
        assert conn.execute(select(models.device_audit_heads.c.seq)).scalar_one() == 15


@pytest.mark.parametrize(
    ("head", "words"),
    [
        (AuditHead(seq=6, mac=mac(6), since_seq=4, since_mac=mac(4)), "went back from event 9"),
        (AuditHead(seq=9, mac=mac(99), since_seq=4, since_mac=mac(4)), "forked at event 9"),
        # Further on, but from a copy that never sent the head the server keeps.
        (AuditHead(seq=30, mac=mac(30), since_seq=4, since_mac=mac(4)), "forked at event 4"),
        (AuditHead(seq=30, mac=mac(30), since_seq=9, since_mac=mac(98)), "forked at event 9"),
    ],
)
def test_a_head_that_goes_back_or_forks_is_flagged_in_plain_words_and_not_kept(
    database: Database, head: AuditHead, words: str
) -> None:
    keys = ServerKeys.generate()
    chain = AuditChain(database, keys, now=utc_now)
    heads = DeviceHeads(keys, chain, now=utc_now)
    observe(database, heads, AuditHead(seq=4, mac=mac(4)))
    observe(database, heads, AuditHead(seq=9, mac=mac(9), since_seq=4, since_mac=mac(4)))
    ack = observe(database, heads, head)
    assert (ack.seq, ack.mac) == (9, mac(9))  # the head already kept stays
    assert words in ack.problem
    assert "cloned" in ack.problem
    service = CentralService(
        database, keys, ServerConfig(data_dir=Path("."), database_url=database.url)
    )
    assert words in service.device_audit_problems()[DEVICE]
    with database.reading() as conn:
        actions = list(conn.execute(select(models.audit_log.c.action)).scalars())
    assert actions.count("device.audit_refused") == 1
    assert service.verify_audit().ok


def test_a_batch_file_carried_late_does_not_look_like_a_clone(database: Database) -> None:
    keys = ServerKeys.generate()
    heads = DeviceHeads(keys, AuditChain(database, keys, now=utc_now), now=utc_now)
    observe(database, heads, AuditHead(seq=9, mac=mac(9)))
    late = observe(database, heads, AuditHead(seq=6, mac=mac(6)), forwarded=True)
    assert (late.seq, late.problem) == (9, "")


def test_checkpoints_are_kept_at_intervals_and_at_the_head(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_module, "CHECKPOINT_INTERVAL", 5)
    keys = ServerKeys.generate()
    chain = AuditChain(database, keys, now=utc_now)
    for n in range(23):
        with database.writing() as conn:
            chain.append(conn, [chain.event("operator", "code.issued", str(n), "")])
    with database.reading() as conn:
        kept = list(
            conn.execute(
                select(models.audit_checkpoints.c.seq).order_by(models.audit_checkpoints.c.seq)
            ).scalars()
        )
    assert kept[-1] == 23
    assert len(kept) <= 23 // 5 + 2
    assert all(b - a >= 5 for a, b in itertools.pairwise(kept[:-1]))
    assert chain.verify(lambda conn: iter(())).ok


def test_a_database_from_before_checkpoints_is_anchored_once(database: Database) -> None:
    """Events chained the old way (no checkpoint, no record digest) and a record: adopted at
    start; a later deletion of every checkpoint is not adopted again but found."""
    keys = ServerKeys.generate()
    event = {"at": "2026-11-30T10:00:00+00:00", "actor": "operator", "action": "code.issued"}
    event.update(subject="x", digest="")
    message = GENESIS_MAC + canonical_json(
        [event["at"], event["actor"], event["action"], event["subject"], event["digest"]]
    )
    with database.writing() as conn:
        conn.execute(
            insert(models.audit_log).values(
                **event, prev_mac=GENESIS_MAC, mac=hmac.digest(keys.audit_key, message, "sha256")
            )
        )
    config = ServerConfig(data_dir=Path("."), database_url=database.url)
    service = CentralService(database, keys, config)
    found = service.verify_audit()
    assert found.ok, found.problems
    assert found.checkpoint_seq == found.head_seq == 2
    with database.writing() as conn:
        conn.execute(delete(models.audit_checkpoints))
        conn.execute(
            insert(models.audit_log).values(
                **{**event, "action": "record.stored"}, prev_mac=b"", mac=b""
            )
        )
    with database.reading() as conn:
        before = conn.execute(select(func.count()).select_from(models.audit_log)).scalar_one()
    again = CentralService(database, keys, config)
    with database.reading() as conn:
        after = conn.execute(select(func.count()).select_from(models.audit_log)).scalar_one()
    assert after == before  # not adopted twice
    assert not again.verify_audit().ok
