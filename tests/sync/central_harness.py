"""Test harness: a real ``bienestar-central serve`` process, fresh PostgreSQL databases, a
fault-injecting HTTP proxy, and real devices (casebooks) that enrol and sync.

Everything listens on 127.0.0.1 only. Every wait is bounded in time.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, select

from bienestar_central import models
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database as CentralDatabase
from bienestar_central.keys import load_keys
from bienestar_central.service.central import CentralService
from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.demo import generate_demo
from bienestar_field.domain.users import Role
from bienestar_field.storage.schema import OutboxChange
from bienestar_field.sync.client import RetryPolicy
from bienestar_field.sync.engine import LOCK_FILE, SyncEngine, SyncReport, enroll_device

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "BIENESTAR_TEST_DATABASE_URL"
PASSPHRASE = "Sierra Norte de Puebla 2026"
FAST_RETRY = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def central_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "bienestar_central", *args]


def wait_until_healthy(
    url: str, process: subprocess.Popen[bytes], log_path: Path, timeout: float = 30.0
) -> None:
    """Return once the server at ``url`` answers its health check; fail with its log's tail
    if it exits first or does not answer within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log_path.read_text()[-2000:]}")
        try:
            if requests.get(f"{url}/v1/health", timeout=1).status_code == 200:
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
    def __init__(self, data_dir: Path, database_url: str | None, *extra: str) -> None:
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
        return f"http://127.0.0.1:{self.port}"

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
        wait_until_healthy(self.url, self.process, self.log_path, timeout)

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

    def code(self, office: str, ttl_minutes: int | None = None) -> str:
        return self.service.issue_code(office, ttl_minutes).code

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

    def records_of_office(self, office: str) -> Counter[str]:
        with self.db.reading() as conn:
            rows = conn.execute(
                select(models.records.c.entity, func.count())
                .where(models.records.c.office == office)
                .group_by(models.records.c.entity)
            )
            return Counter({entity: int(n) for entity, n in rows})


# --- fault-injecting proxy ---------------------------------------------------------------------


class FaultProxy:
    """An HTTP/1.1 proxy on loopback that breaks requests on purpose, one request per connection.

    Per request, with the given probabilities: ``cut`` closes the connection before the
    request reaches the server; ``drop`` lets the server do the work and then closes without
    an answer; ``truncate`` sends half of the answer and closes. ``delay`` holds every answer.
    """

    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int = 0,
        cut: float = 0.0,
        drop: float = 0.0,
        truncate: float = 0.0,
        delay: float = 0.0,
        only_path: str | None = None,
    ) -> None:
        self.upstream_port = upstream_port
        self.only_path = only_path  # faults only for requests to this path
        self.rng = random.Random(seed)
        self.cut, self.drop, self.truncate, self.delay = cut, drop, truncate, delay
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = int(self._sock.getsockname()[1])
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopped.set()
        # close() alone does not wake a thread blocked in accept(): knock once instead.
        with suppress(OSError):
            socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
        self._thread.join(timeout=5)
        self._sock.close()

    def set_faults(self, *, cut: float = 0.0, drop: float = 0.0, truncate: float = 0.0) -> None:
        with self._lock:
            self.cut, self.drop, self.truncate = cut, drop, truncate

    def _serve(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _choose(self) -> str:
        with self._lock:
            roll = self.rng.random()
            for name, p in (("cut", self.cut), ("drop", self.drop), ("truncate", self.truncate)):
                if roll < p:
                    self.counts[name] += 1
                    return name
                roll -= p
            self.counts["pass"] += 1
            return "pass"

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(30)
        try:
            request = _read_request(client)
            if request is None:
                return
            path = request.split(b" ", 2)[1].decode("latin-1")
            if self.only_path is None or path.split("?")[0] == self.only_path:
                fault = self._choose()
            else:
                fault = "pass"
            if fault == "cut":
                return
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                up.sendall(request)
                response = _read_all(up)
            if self.delay:
                time.sleep(self.delay)
            if fault == "drop":
                return
            if fault == "truncate":
                client.sendall(response[: max(1, len(response) // 2)])
                return
            client.sendall(response)
        except OSError:
            pass
        finally:
            with suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()


def _read_request(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1_000_000:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() in (b"connection", b"keep-alive"):
            continue
        kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        chunk = sock.recv(min(1 << 20, length - len(body)))
        if not chunk:
            return None
        body += chunk
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _read_all(sock: socket.socket) -> bytes:
    parts = []
    while True:
        chunk = sock.recv(1 << 20)
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)


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
    def create(cls, path: Path, user: str = "ana") -> Device:
        store = CasebookStore(path, kdf_target_seconds=0)
        casebook = store.set_up(user, Role.SUPERVISOR, PASSPHRASE).casebook
        return cls(path, store, casebook)

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
    data_dir: Path, database_url: str | None, *extra: str
) -> Iterator[CentralServer]:
    server = CentralServer(data_dir, database_url, *extra)
    server.init()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None
