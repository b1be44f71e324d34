"""The sync controller and its wording, driven without a window or a server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.sync import client
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.engine import SyncReport
from bienestar_field.sync.store import SyncStatus
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.controller import SyncController
from bienestar_field.ui.syncing.texts import (
    describe_sync_error,
    not_enrolled_text,
    report_text,
    revoked_text,
    status_line,
)
from bienestar_field.ui.tasks import TaskRunner

Settle = Callable[[], None]


@pytest.fixture
def controller(data_dir: Path, runner: TaskRunner) -> Iterator[SyncController]:
    sync = SyncController(data_dir, runner)
    yield sync
    sync.shutdown()


def _status(*, pending: int = 0, last: str | None = None) -> SyncStatus:
    return SyncStatus(
        enrolled=True,
        revoked=None,
        pending=pending,
        quarantined=0,
        set_aside=0,
        last_run=None,
        last_success_at=last,
    )


def test_the_status_line_says_connection_pending_and_last_sync() -> None:
    assert status_line(Connection.OFFLINE, None) == "Sin conexión"
    assert status_line(Connection.ONLINE, _status(pending=1)) == (
        "En línea · 1 cambio por enviar · Última sincronización: nunca"
    )
    line = status_line(Connection.SYNCING, _status(pending=3, last="2026-05-04T10:30:00+00:00"))
    assert line.startswith("Sincronizando… · 3 cambios por enviar · Última sincronización: ")
    assert "nunca" not in line


def test_a_finished_sync_says_what_is_left_then_what_was_refused_then_what_was_sent() -> None:
    assert report_text(SyncReport(acknowledged=4, pending_left=2, quarantined=1)).startswith(
        "Quedan 2 cambios por enviar"
    )
    assert report_text(SyncReport(acknowledged=4, quarantined=1)).startswith(
        "El servidor rechazó 1 cambios"
    )
    assert report_text(SyncReport(acknowledged=4, pulled_records=7)) == (
        "Sincronización completa: 4 cambios enviados, 7 registros recibidos."
    )


def test_sync_errors_are_explained_in_words_the_person_can_act_on() -> None:
    ahead = client.ClockSkew("skewed")
    ahead.skew_seconds = 600.0
    assert "adelantado unos 10 minutos" in describe_sync_error(ahead)
    behind = client.ClockSkew("skewed")
    behind.skew_seconds = -300.0
    assert "atrasado unos 5 minutos" in describe_sync_error(behind)
    assert describe_sync_error(client.DeviceRevoked("gone")) == revoked_text()
    assert "HTTP 500" in describe_sync_error(client.PermanentError("boom", status=500))
    assert "no corresponde a un servidor" in describe_sync_error(
        client.PermanentError("nope", status=404)
    )


def test_an_unenrolled_casebook_is_not_synced_and_the_controller_says_why(
    qtbot: QtBot,
    controller: SyncController,
    casebook: Casebook,
    set_up_store: CasebookStore,
    settle: Settle,
) -> None:
    assert not controller.sync_now(), "nothing attached: nothing to sync"
    controller.attach(casebook, "https://bienestar.example")
    settle()
    assert controller.status is not None
    assert not controller.status.enrolled
    assert controller.connection is Connection.UNCONFIGURED
    with qtbot.waitSignal(controller.changed, timeout=1000):
        assert not controller.sync_now()
    assert controller.message == not_enrolled_text()
    assert not controller.syncing


def test_a_revoked_device_stays_revoked_and_refuses_to_sync(
    qtbot: QtBot,
    controller: SyncController,
    casebook: Casebook,
    set_up_store: CasebookStore,
    settle: Settle,
) -> None:
    sync_store.mark_revoked(casebook, "revoked by the office")
    controller.attach(casebook, "https://bienestar.example")
    settle()
    assert controller.connection is Connection.REVOKED
    assert controller.message == revoked_text()
    assert not controller.sync_now()
    assert controller.connection is Connection.REVOKED
    controller.detach()
    assert not controller.attached
