"""``make stress`` in small: a few devices of two offices sync at once through the faulty proxy
to a PostgreSQL server with two workers; every record arrives exactly once and no request is
answered with a 5xx. The full size runs in CI (``make stress``, after ``make test``)."""

from __future__ import annotations

import pytest

from benchmarks.stress.load import Size, run
from tests.sync.central_harness import PgDatabases

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_few_devices_at_once_through_faults_store_every_record_once(
    pg_databases: PgDatabases,
) -> None:
    size = Size(
        devices=5,
        offices=2,
        households=2,
        rounds=2,
        workers=2,
        runners=1,
        seed=20261202,
        # Heavier than the full run's, so that a handful of requests still meets every fault.
        cut=0.1,
        cut_request=0.1,
        drop=0.1,
        truncate=0.1,
        stall=0.0,
        # The suite fuzzes the schema in test_schema_fuzz.py; make stress does the long run.
        fuzz_examples=0,
    )
    figures = run(size, pg_databases.admin_url)
    assert figures["problems"] == []
    assert figures["ok"]
    assert figures["changes"] > 0
    assert figures["server_5xx"] == 0
    assert figures["server_workers_seen"] == 2
    assert sum(figures["faults_injected"].values()) > 0
