"""Fixtures for server tests. The process harness lives with the sync tests: share it."""

from __future__ import annotations

from tests.sync.central_fixtures import (  # noqa: F401 - fixtures, found by name
    BACKENDS,
    database_url_for,
    make_device,
    office,
    pg_databases,
)
