"""Fixtures shared by ``tests/sync`` and ``tests/server`` (imported by both conftests)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.sync.central_harness import Device, PgDatabases, pg_admin_url

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    admin = pg_admin_url()
    if admin is None:
        pytest.skip("BIENESTAR_TEST_DATABASE_URL is not set: no PostgreSQL to test against")
    databases = PgDatabases(admin)
    try:
        yield databases
    finally:
        databases.drop_all()


@pytest.fixture(scope="session")
def database_url_for(request: pytest.FixtureRequest) -> Callable[[str], str | None]:
    """``backend -> URL``: None (SQLite in the data folder) or a fresh PostgreSQL database."""

    def make(backend: str) -> str | None:
        if backend == "sqlite":
            return None
        databases: PgDatabases = request.getfixturevalue("pg_databases")
        return databases.create()

    return make


@pytest.fixture
def office() -> str:
    return f"Oficina {uuid.uuid4().hex[:8]}"


@pytest.fixture
def make_device(tmp_path: Path) -> Iterator[Callable[[str], Device]]:
    made: list[Device] = []

    def make(name: str) -> Device:
        device = Device.create(tmp_path / name)
        made.append(device)
        return device

    yield make
    for device in made:
        device.close()
