"""Fixtures for sync tests: real servers on loopback (SQLite and PostgreSQL) and real devices."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.sync.central_fixtures import (  # noqa: F401 - fixtures, found by name
    BACKENDS,
    database_url_for,
    make_device,
    office,
    pg_databases,
)
from tests.sync.central_harness import CentralServer, running_server


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    database_url_for: Callable[[str], str | None],  # noqa: F811
) -> Iterator[CentralServer]:
    """One server per module and backend; tests keep apart by using offices of their own."""
    url = database_url_for(request.param)
    with running_server(tmp_path_factory.mktemp("central") / "server", url) as central:
        yield central
