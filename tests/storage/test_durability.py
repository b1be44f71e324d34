"""A save reported done survives the writer being killed at any moment (SIGKILL, mid-save).

A child process (``tests/helpers/durability_writer.py``) saves households in a loop and
prints each one's id and folio only after ``register_household`` returned. After a seeded
random number of saves it stops inside the next one and says so; the test kills it with
SIGKILL on reading that, so the kill lands at a known point: inside the write transaction
before its COMMIT, or after the save returned and before it was reported. Then the test
opens the casebook and checks it: the file is sound, every reported household is there and
decrypts, no save is half there (each row has its outbox change and audit event, and each
change or event its row), and the audit chain verifies. Several rounds kill the same
casebook again and again at each point in turn, each writer continuing after the last
one's crash.

A killed process leaves its committed pages in the operating system's cache, so this checks
SQLite's atomicity and the recovery of a hot WAL, not the fsync against a power cut.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select
from sqlalchemy import text

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.schema import AuditEvent, HouseholdRow, OutboxChange, PersonRow

WRITER = Path(__file__).resolve().parent.parent / "helpers" / "durability_writer.py"
PAUSE_POINTS = ("commit", "report")  # where the writer stops inside a save to be killed
USER = "durability.caseworker"
PASSPHRASE = "Santa María del Tule 2026"
ROUNDS = 4
LINE_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Reported:
    folio: str
    members: tuple[str, ...]


@dataclass
class Writer:
    """The writer process, the saves it reported done and whether one was under way."""

    process: subprocess.Popen[bytes]
    stderr_path: Path
    done: list[dict[str, object]] = field(default_factory=list)
    saving: bool = False  # the last save started was not reported done
    paused: str | None = None  # where the writer stopped to be killed, once it says so
    _buffer: bytes = b""

    def _take_lines(self, chunk: bytes) -> None:
        self._buffer += chunk
        *complete, self._buffer = self._buffer.split(b"\n")
        for raw in complete:
            line = json.loads(raw)
            if "paused" in line:
                self.paused = str(line["paused"])
                continue
            self.saving = "saving" in line
            if not self.saving:
                self.done.append(line)

    def read_until_paused(self) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + LINE_TIMEOUT_SECONDS
        while self.paused is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail(f"the writer did not pause in time ({len(self.done)} saves)")
            ready, _, _ = select.select([fd], [], [], remaining)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    pytest.fail(
                        "the writer stopped before being killed:\n"
                        + self.stderr_path.read_text(errors="replace")
                    )
                self._take_lines(chunk)

    def kill(self) -> None:
        """SIGKILL, then collect what it wrote before dying: those saves were reported too."""
        assert self.process.poll() is None, self.stderr_path.read_text(errors="replace")
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        assert self.process.returncode == -signal.SIGKILL
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while chunk := os.read(fd, 65536):
            self._take_lines(chunk)
        self.process.stdout.close()
        # A line cut short was never reported done; it is not counted.


@contextmanager
def _writer(
    data_dir: Path, seed: int, stderr_path: Path, *, pause_after: int, pause_at: str
) -> Iterator[Writer]:
    env = {**os.environ, "BIENESTAR_PASSPHRASE": PASSPHRASE}
    with open(stderr_path, "wb") as stderr:
        process = subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                str(data_dir),
                USER,
                str(seed),
                str(pause_after),
                pause_at,
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
        )
    writer = Writer(process, stderr_path)
    try:
        yield writer
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        if process.stdout is not None and not process.stdout.closed:
            process.stdout.close()


def _set_up(data_dir: Path) -> None:
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    try:
        store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook.lock()
    finally:
        store.close()


def _check_casebook(casebook: Casebook, store: CasebookStore, reported: dict[str, Reported]) -> int:
    """Every check of a crashed casebook; returns how many households it holds."""
    for household_id, expected in reported.items():
        household = casebook.households.get(household_id)  # decrypts the household and members
        assert household.folio == expected.folio
        assert sorted(m.id for m in household.members) == sorted(expected.members)
        assert all(m.curp and m.nombres for m in household.members)

    with store.database.reading() as session:
        household_ids = set(session.scalars(sql_select(HouseholdRow.id)))
        person_ids = set(session.scalars(sql_select(PersonRow.id)))
        changes = {
            (entity, entity_id)
            for entity, entity_id in session.execute(
                sql_select(OutboxChange.entity, OutboxChange.entity_id).where(
                    OutboxChange.operation == "create"
                )
            )
        }
        events = {
            (action, entity_id)
            for action, entity_id in session.execute(
                sql_select(AuditEvent.action, AuditEvent.entity_id).where(
                    AuditEvent.action.in_(("household.create", "person.create"))
                )
            )
        }
        orphans = session.execute(text("PRAGMA foreign_key_check")).all()

    assert not orphans
    assert set(reported) <= household_ids
    # Each entity row has its change and its event, and each change and event its row: a
    # save is all there or not at all, the one in flight when killed included.
    expected_changes = {("household", h) for h in household_ids} | {
        ("person", p) for p in person_ids
    }
    assert changes == expected_changes
    assert events == {(f"{entity}.create", eid) for entity, eid in expected_changes}
    for household_id in household_ids - set(reported):
        assert casebook.households.get(household_id).members  # saved but not yet reported

    stats = casebook.reports.stats()
    assert stats.households == len(household_ids)
    assert stats.persons == len(person_ids)
    assert stats.pending_changes == len(household_ids) + len(person_ids)
    assert casebook.reports.verify_audit_chain() is None
    return len(household_ids)


@pytest.mark.slow
def test_saves_reported_done_survive_sigkill_mid_stream(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _set_up(data_dir)
    rng = random.Random(20260316)
    reported: dict[str, Reported] = {}
    killed_mid_save = 0
    saved_unreported = 0

    for round_ in range(ROUNDS):
        kill_after = rng.randint(5, 60)
        pause_at = PAUSE_POINTS[round_ % len(PAUSE_POINTS)]
        with _writer(
            data_dir,
            seed=1000 + round_,
            stderr_path=tmp_path / f"w{round_}.err",
            pause_after=kill_after,
            pause_at=pause_at,
        ) as w:
            w.read_until_paused()
            w.kill()
        assert len(w.done) == kill_after
        assert w.paused == pause_at
        killed_mid_save += w.saving
        saved_unreported += pause_at == "report"
        for line in w.done:
            members = line["members"]
            assert isinstance(members, list)
            reported[str(line["id"])] = Reported(str(line["folio"]), tuple(map(str, members)))
        # The killed writer left a hot WAL behind for the next opener to recover.
        assert (data_dir / f"{CASEBOOK_FILE}-wal").exists()

        store = CasebookStore(data_dir, kdf_target_seconds=0)
        try:
            assert store.database.integrity_check() == "ok"
            casebook = store.unlock(USER, PASSPHRASE)
            try:
                stored = _check_casebook(casebook, store, reported)
            finally:
                casebook.lock()
        finally:
            store.close()
        # At most the save in flight at each kill got in without being reported: exactly
        # those killed after their commit.
        assert len(reported) <= stored <= len(reported) + round_ + 1
        assert stored == len(reported) + saved_unreported

    # Every kill landed inside a save, not between two of them.
    assert killed_mid_save == ROUNDS
