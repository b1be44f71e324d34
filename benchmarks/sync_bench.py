"""Sync throughput: 10,000 changes to a real server on loopback, batched vs one per request.

``run()`` returns:

* ``sync_changes_per_s_sqlite`` / ``sync_changes_per_s_postgres``: a casebook with at least
  10,000 pending changes (synthetic households, enrolments, checks) syncs to a fresh
  ``bienestar-central serve`` process on 127.0.0.1, on SQLite and on PostgreSQL; changes
  acknowledged per second of the whole ``sync`` (seal, sign, send, verify, store, receipt,
  mark acknowledged). PostgreSQL from ``BIENESTAR_BENCH_DATABASE_URL`` or
  ``BIENESTAR_TEST_DATABASE_URL``, else one answering on 127.0.0.1:5432; a fresh database is
  made and dropped. Without any PostgreSQL the figure is ``None``.
* ``batched_vs_per_record_sync_ratio``: the batched figure on SQLite divided by the throughput
  of sending each change in its own request (a sealed batch of one, as a per-submission
  uploader would), same server, same run.

The casebook is generated once and copied for each run, so every server receives the same
records. Durability is real: the server commits with ``synchronous=FULL``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import requests

from bienestar_field.casebook import CasebookStore
from bienestar_field.demo import generate_demo
from bienestar_field.domain.users import Role
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.engine import LOCK_FILE, SyncEngine
from bienestar_field.sync.enrolment import enroll_device

TARGET_CHANGES = 10_000
PER_RECORD_CHANGES = 300
PASSPHRASE = "benchmark passphrase 2026"
USER = "bench"
ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Server:
    def __init__(self, data_dir: Path, database_url: str | None) -> None:
        self.data_dir = data_dir
        self.url_args = ["--database-url", database_url] if database_url else []
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _cmd(self, *args: str) -> list[str]:
        command, *rest = args
        return [
            sys.executable, "-m", "bienestar_central", command,
            "--data-dir", str(self.data_dir), *self.url_args, *rest,
        ]  # fmt: skip

    def start(self) -> None:
        subprocess.run(self._cmd("init"), check=True, capture_output=True, timeout=120, cwd=ROOT)
        self.process = subprocess.Popen(
            # Throughput of the server, not of its per-device rate limits (the one-change-per-
            # request baseline would otherwise wait on them).
            self._cmd("serve", "--port", str(self.port), "--push-rate", "0", "--pull-rate", "0"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/v1/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError("the benchmark server did not start")

    def code(self, office: str) -> str:
        done = subprocess.run(
            self._cmd("enrollment-code", "--office", office),
            check=True, capture_output=True, text=True, timeout=60, cwd=ROOT,
        )  # fmt: skip
        return done.stdout.strip().splitlines()[-1]

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)
            self.process = None


def _template(path: Path, min_changes: int, seed: int) -> int:
    """A casebook with at least ``min_changes`` pending changes; returns how many."""
    store = CasebookStore(path, kdf_target_seconds=0)
    try:
        casebook = store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook
        made = 0
        while casebook.reports.pending_changes() < min_changes:
            generate_demo(casebook, households=100, seed=seed + made, batch_size=100)
            made += 1
        count = casebook.reports.pending_changes()
        casebook.lock()
        return count
    finally:
        store.close()


def _timed_sync(template: Path, work: Path, server: _Server, batch_size: int) -> float:
    """Copy the template, enrol the copy, sync everything; changes acknowledged per second."""
    shutil.copytree(template, work)
    store = CasebookStore(work, kdf_target_seconds=0)
    try:
        casebook = store.unlock(USER, PASSPHRASE)
        enroll_device(
            casebook,
            server_url=server.url,
            code=server.code("Benchmark"),
            label="bench",
        )
        engine = SyncEngine(
            casebook,
            lock_path=work / LOCK_FILE,
            batch_size=batch_size,
        )
        started = time.perf_counter()
        report = engine.sync()
        elapsed = time.perf_counter() - started
        if not report.complete or sync_store.outbox_counts(casebook).pending:
            raise RuntimeError("the benchmark sync did not acknowledge every change")
        casebook.lock()
        return report.acknowledged / elapsed
    finally:
        store.close()


LOOPBACK_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def _pg_admin_url() -> str | None:
    """The configured PostgreSQL, else one answering on loopback, else None."""
    configured = os.environ.get("BIENESTAR_BENCH_DATABASE_URL") or os.environ.get(
        "BIENESTAR_TEST_DATABASE_URL"
    )
    if configured:
        return configured
    import psycopg

    try:
        plain = LOOPBACK_PG.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, connect_timeout=2):
            return LOOPBACK_PG
    except psycopg.Error:
        return None


def _with_pg_database(admin_url: str) -> tuple[str, Any]:
    import psycopg

    name = f"bienestar_bench_{uuid.uuid4().hex[:10]}"
    plain = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(plain, autocommit=True, connect_timeout=10) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{admin_url.rpartition('/')[0]}/{name}", drop


def run() -> dict[str, Any]:
    root = Path(tempfile.mkdtemp(prefix="bienestar-sync-bench-"))
    try:
        big, small = root / "template-big", root / "template-small"
        changes = _template(big, TARGET_CHANGES, seed=1)
        _template(small, PER_RECORD_CHANGES, seed=10_000)
        results: dict[str, Any] = {"sync_changes": changes}

        sqlite_server = _Server(root / "central-sqlite", None)
        sqlite_server.start()
        try:
            batched = _timed_sync(big, root / "dev-sqlite", sqlite_server, batch_size=500)
            per_record = _timed_sync(small, root / "dev-single", sqlite_server, batch_size=1)
        finally:
            sqlite_server.stop()
        results["sync_changes_per_s_sqlite"] = round(batched, 1)
        results["sync_per_record_changes_per_s_sqlite"] = round(per_record, 1)
        results["batched_vs_per_record_sync_ratio"] = round(batched / per_record, 2)

        admin = _pg_admin_url()
        if admin is None:
            results["sync_changes_per_s_postgres"] = None
            results["sync_postgres_skipped"] = "no PostgreSQL configured or on loopback"
        else:
            url, drop = _with_pg_database(admin)
            pg_server = _Server(root / "central-pg", url)
            try:
                pg_server.start()
                results["sync_changes_per_s_postgres"] = round(
                    _timed_sync(big, root / "dev-pg", pg_server, batch_size=500), 1
                )
            finally:
                pg_server.stop()
                drop()
        return results
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, sort_keys=True))
