"""Test harness: a real ``bienestar-central serve`` process, fresh PostgreSQL databases, the
fault-injecting HTTP proxy (``tests.helpers.fault_proxy``), and real devices (casebooks) that
enrol and sync.

Everything listens on 127.0.0.1 only. Every wait is bounded in time.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, insert, select

from bienestar_central import models
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database as CentralDatabase
from bienestar_central.keys import load_keys
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.central import CentralService
from bienestar_central.service.merge import RecordDraft
from bienestar_central.service.records import RecordStore
from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.demo import generate_demo
from bienestar_field.domain.users import Role
from bienestar_field.storage.schema import OutboxChange
from bienestar_field.sync.client import RetryPolicy
from bienestar_field.sync.engine import LOCK_FILE, SyncEngine, SyncReport
from bienestar_field.sync.enrolment import enroll_device
from bienestar_wire.protocol import DeviceRole, Entity, EntryKind, RecordState
from tests.helpers.fault_proxy import FaultProxy

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "BIENESTAR_TEST_DATABASE_URL"
PASSPHRASE = "Sierra Norte de Puebla 2026"
_STARTED = r"\[(\d+)\] INFO uvicorn.error: Application startup complete"
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def central_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "bienestar_central", *args]


def wait_until_healthy(
    url: str,
    process: subprocess.Popen[bytes],
    log_path: Path,
    timeout: float = 30.0,
    verify: str | bool = True,
) -> None:
    """Return once the server at ``url`` answers its health check; fail with its log's tail
    if it exits first or does not answer within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log_path.read_text()[-2000:]}")
        try:
            if requests.get(f"{url}/v1/health", timeout=1, verify=verify).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"server did not start in time: {log_path.read_text()[-2000:]}")


# --- PostgreSQL ---------------------------------------------------------------------------------


class PgDatabases:
    """Fresh databases on the test server, made on demand and dropped at the end."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.made: list[str] = []

    def _admin(self) -> Any:
        import psycopg

        url = self.admin_url.replace("postgresql+psycopg://", "postgresql://")
        return psycopg.connect(url, autocommit=True, connect_timeout=10)

    def create(self) -> str:
        name = f"bienestar_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        base, _, _ = self.admin_url.rpartition("/")
        return f"{base}/{name}"

    def drop_all(self) -> None:
        with self._admin() as conn:
            for name in self.made:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.clear()


# --- the server process -------------------------------------------------------------------------


class CentralServer:
    def __init__(
        self,
        data_dir: Path,
        database_url: str | None,
        *extra: str,
        ca_file: Path | None = None,
    ) -> None:
        # With ca_file the server serves HTTPS (``extra`` names its certificate and key).
        self.ca_file = ca_file
        self.data_dir = data_dir
        self.database_url = database_url or f"sqlite+pysqlite:///{data_dir / 'central.sqlite3'}"
        self.extra = extra
        self.port = free_port()
        self.log_path = data_dir.parent / f"{data_dir.name}.log"
        self.process: subprocess.Popen[bytes] | None = None
        self._db: CentralDatabase | None = None
        self._service: CentralService | None = None

    @property
    def url(self) -> str:
        return f"{'https' if self.ca_file else 'http'}://127.0.0.1:{self.port}"

    def _common(self) -> list[str]:
        return ["--data-dir", str(self.data_dir), "--database-url", self.database_url]

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command, *rest = args
        return subprocess.run(
            central_cmd(command, *self._common(), *rest),
            capture_output=True,
            text=True,
            timeout=60,
            check=check,
            cwd=ROOT,
        )

    def init(self) -> None:
        self.cli("init")

    def start(self, timeout: float = 30.0) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed when the process ends
        self.process = subprocess.Popen(
            central_cmd(
                "serve",
                *self._common(),
                "--port",
                str(self.port),
                "--host",
                "127.0.0.1",
                *self.extra,
            ),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        log.close()
        verify = str(self.ca_file) if self.ca_file else True
        wait_until_healthy(self.url, self.process, self.log_path, timeout, verify)
        if "--workers" in self.extra:
            workers = int(self.extra[self.extra.index("--workers") + 1])
            self._wait_for_workers(workers, timeout)

    def _wait_for_workers(self, workers: int, timeout: float) -> None:
        """The first worker answers health while the others may still be starting."""
        deadline = time.monotonic() + timeout
        while len(self.worker_pids()) < workers:
            if time.monotonic() > deadline:
                raise RuntimeError(f"not all workers started: {self.log_text()[-2000:]}")
            time.sleep(0.05)

    def worker_pids(self) -> set[str]:
        """The processes that started serving, from their log lines (one per worker)."""
        return set(re.findall(_STARTED, self.log_text()))

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        if self._db is not None:
            self._db.close()
            self._db = None
            self._service = None

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        self.process = None

    @property
    def service(self) -> CentralService:
        """The server's service in this process, on the same database and keys (operator view).

        The operator commands themselves are tested through the CLI in tests/server.
        """
        if self._service is None:
            config = ServerConfig(data_dir=self.data_dir, database_url=self.database_url)
            self._service = CentralService(self.db, load_keys(config.keys_path), config)
        return self._service

    def code(
        self, office: str, ttl_minutes: int | None = None, role: DeviceRole = DeviceRole.CASEWORKER
    ) -> str:
        return self.service.issue_code(office, ttl_minutes, role).code

    def stats(self) -> dict[str, int]:
        return self.service.stats()

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    @property
    def db(self) -> CentralDatabase:
        if self._db is None:
            self._db = CentralDatabase(self.database_url)
        return self._db

    def count(self, table: Any, *where: Any) -> int:
        with self.db.reading() as conn:
            return int(
                conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
            )

    def change_ids(self, device_id: str | None = None) -> list[str]:
        query = select(models.changes.c.change_id)
        if device_id is not None:
            query = query.where(models.changes.c.device_id == device_id)
        with self.db.reading() as conn:
            return [row[0] for row in conn.execute(query)]

    def inject_records(self, office: str, states: list[RecordState]) -> None:
        """Store records straight in the server's database and put them in the office's feed,
        as if a device (a cloned laptop, a rogue one) had pushed them past every check."""
        keys = self.service.keys
        audit = AuditChain(self.db, keys, now=lambda: datetime.now(UTC))
        store = RecordStore(self.db, keys.curp_index, audit)
        now = datetime.now(UTC).isoformat()
        drafts = [
            RecordDraft(
                entity=state.entity,
                entity_id=state.entity_id,
                office=office,
                version=state.version,
                deleted=state.deleted,
                fields=dict(state.fields),
                meta={},
                hlc=state.hlc,
                created_by=state.created_by,
                created_at=state.created_at,
                updated_at=state.updated_at,
                is_new=True,
                # The server's own folio column: a record without one is kept off the feed.
                folio=_folio(state),
            )
            for state in states
        ]
        with self.db.writing() as conn:
            store.write(conn, drafts, actor="injected-by-test")
            group = self.db.write_group(conn)
            conn.execute(
                insert(models.feed),
                [
                    {
                        "grp": group,
                        "office": office,
                        "kind": EntryKind.RECORD.value,
                        "entity": state.entity.value,
                        "entity_id": state.entity_id,
                        "skip_device": None,
                        "target_device": None,
                        "body": None,
                        "created_at": now,
                    }
                    for state in states
                ],
            )

    def records_of_office(self, office: str) -> Counter[str]:
        with self.db.reading() as conn:
            rows = conn.execute(
                select(models.records.c.entity, func.count())
                .where(models.records.c.office == office)
                .group_by(models.records.c.entity)
            )
            return Counter({entity: int(n) for entity, n in rows})


def _folio(state: RecordState) -> str | None:
    folio = state.fields.get("folio")
    if state.entity is Entity.ATTENDANCE_CHECK or not isinstance(folio, str):
        return None
    return folio


# --- devices ------------------------------------------------------------------------------------


@dataclass
class Device:
    """A real casebook on disk, unlocked, that enrols with and syncs to a real server."""

    path: Path
    store: CasebookStore
    casebook: Casebook
    device_id: str = ""
    office: str = ""
    reports: list[SyncReport] = field(default_factory=list)

    @classmethod
    def create(
        cls,
        path: Path,
        user: str = "ana",
        role: Role = Role.SUPERVISOR,
        now: Callable[[], datetime] | None = None,
    ) -> Device:
        """``now`` stands in for the device's wall clock (a test moving its day on)."""
        store = CasebookStore(path, kdf_target_seconds=0, now=now or (lambda: datetime.now(UTC)))
        casebook = store.set_up(user, role, PASSPHRASE).casebook
        return cls(path, store, casebook)

    @classmethod
    def open(cls, path: Path, user: str = "ana") -> Device:
        """A casebook already on disk (a copied data folder, say), unlocked."""
        store = CasebookStore(path, kdf_target_seconds=0)
        return cls(path, store, store.unlock(user, PASSPHRASE))

    @property
    def folio_prefix(self) -> str:
        return self.casebook.device_fingerprint()

    def enroll(self, server_url: str, code: str, **kwargs: Any) -> None:
        identity = enroll_device(
            self.casebook,
            server_url=server_url,
            code=code,
            label=self.path.name,
            **kwargs,
        )
        self.device_id, self.office = identity.device_id, identity.office

    def engine(self, server_url: str | None = None, **kwargs: Any) -> SyncEngine:
        options: dict[str, Any] = {"retry": FAST_RETRY, "timeout": (2.0, 20.0)}
        options.update(kwargs)
        return SyncEngine(
            self.casebook,
            lock_path=self.path / LOCK_FILE,
            server_url=server_url,
            **options,
        )

    def sync(self, server_url: str | None = None, **kwargs: Any) -> SyncReport:
        report = self.engine(server_url, **kwargs).sync()
        self.reports.append(report)
        self.casebook.search.forget()  # pulled people: rebuild the name index on next search
        return report

    def add_households(self, count: int, seed: int) -> dict[str, int]:
        return generate_demo(self.casebook, households=count, seed=seed)

    def outbox(self, status: str | None = None) -> list[str]:
        with self.casebook.reading() as stored:
            query = select(OutboxChange.change_id).order_by(OutboxChange.seq)
            if status is not None:
                query = query.where(OutboxChange.status == status)
            return list(stored.session.scalars(query))

    def close(self) -> None:
        self.casebook.lock()
        self.store.close()


@contextmanager
def running_server(
    data_dir: Path, database_url: str | None, *extra: str, ca_file: Path | None = None
) -> Iterator[CentralServer]:
    server = CentralServer(data_dir, database_url, *extra, ca_file=ca_file)
    server.init()
    server.start()
    try:
        yield server
    finally:
        server.stop()


__all__ = ["FaultProxy"]  # re-exported: the fault tests import it from here


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None
