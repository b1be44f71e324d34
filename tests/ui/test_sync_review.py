"""The sync page shows what the server refused and what a pull set aside, for review.

A refused change is sent again with "Reintentar"; only a supervisor sees and uses "Descartar",
asked first. The states come from the sync store as a real sync leaves them (its server side
is tested in tests/sync/test_quarantine.py and test_set_aside.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import SettingsStore
from bienestar_field.storage.schema import AuditEvent, OutboxChange
from bienestar_field.sync import store as sync_store
from bienestar_field.sync.enrolment import enroll_device
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.controller import SyncController
from bienestar_field.ui.syncing.page import SyncPage
from bienestar_field.ui.syncing.texts import connection_text
from bienestar_field.ui.tasks import TaskRunner
from bienestar_wire.protocol import (
    ChangeResult,
    ChangeStatus,
    Entity,
    EntryKind,
    PullEntry,
    PullPage,
    RecordState,
)
from tests.helpers.fault_proxy import FaultProxy
from tests.sync.central_harness import CentralServer, running_server

Settle = Callable[[], None]
AT = "2026-03-16T15:30:00+00:00"
SUPERVISOR_PASSPHRASE = "Sierra Mazateca al amanecer 2026"


def _outbox(casebook: Casebook, status: str) -> list[str]:
    with casebook.reading() as stored:
        return list(
            stored.session.scalars(
                select(OutboxChange.change_id)
                .where(OutboxChange.status == status)
                .order_by(OutboxChange.seq)
            )
        )


def _refuse_last_change(casebook: Casebook) -> str:
    change_id = _outbox(casebook, "pending")[-1]
    sync_store.record_results(
        casebook, [ChangeResult(change_id, ChangeStatus.REJECTED, "invalid")], at=AT
    )
    return change_id


def _set_aside_one(casebook: Casebook) -> str:
    broken = RecordState(
        entity=Entity.HOUSEHOLD,
        entity_id=uuid7(),
        version=1,
        deleted=False,
        hlc="0000001764000000000-00000-0000000000000000",
        created_by=uuid7(),
        created_at=AT,
        updated_at=AT,
        fields={"folio": "ZZ09-000001-A"},  # no state: this casebook cannot store it
    )
    page = PullPage((PullEntry(EntryKind.RECORD, record=broken),), "0.1", more=False)
    assert sync_store.apply_pull(casebook, page, at=AT).set_aside == 1
    return broken.entity_id


def _sync_page(shell: Shell, settle: Settle) -> SyncPage:
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page(Workspace.PAGES.index("sync"))
    settle()
    return workspace.sync_page


def _select_all(page: SyncPage) -> None:
    selection = page.rejected.selectionModel()
    for row in range(page.rejected_model.rowCount()):
        selection.select(
            page.rejected_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_a_caseworker_sees_both_lists_and_retries_but_cannot_discard(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    people: object,
    settle: Settle,
    tmp_path: Path,
) -> None:
    casebook.households.register(people.household(2))  # type: ignore[attr-defined]
    refused = _refuse_last_change(casebook)
    aside = _set_aside_one(casebook)
    shell = make_shell(set_up_store)
    settle()
    shell.show_workspace(casebook)
    settle()
    shell.resize(1100, 1000)
    page = _sync_page(shell, settle)

    assert page.rejected_model.rowCount() == 1
    row = [page.rejected_model.index(0, c).data() for c in range(4)]
    assert row[1].startswith("Persona …")
    assert row[2] == "Registro"
    assert row[3] == "Datos no válidos para el servidor. Corríjalos y guarde."
    assert page.set_aside_model.rowCount() == 1
    aside_row = [page.set_aside_model.index(0, c).data() for c in range(3)]
    assert aside_row[1] == f"Hogar …{aside[-8:]}"
    assert aside_row[2].startswith("Sus datos están incompletos o dañados")
    tip = page.set_aside_model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "state_code" in tip  # the English reason, for whoever reads the logs
    assert "1 cambio rechazado" in page.state.text()
    assert "1 registro recibido apartado" in page.state.text()
    assert not page.discard_button.isVisibleTo(page)  # a caseworker never discards
    assert not page.retry_button.isEnabled()  # nothing chosen yet
    page.grab().save(str(tmp_path / "sync-page-review.png"))

    _select_all(page)
    assert page.retry_button.isEnabled()
    qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    settle()

    assert page.rejected_model.rowCount() == 0
    assert _outbox(casebook, "rejected") == []
    assert refused not in _outbox(casebook, "pending")  # sent again under a new id
    assert page.refused_message.text() == (
        "1 cambio se enviará de nuevo en la próxima sincronización."
    )
    with pytest.raises(NotAllowed):
        casebook.refused.discard([refused])


def test_a_supervisor_discards_after_saying_yes_and_the_discard_is_audited(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    people: object,
    settle: Settle,
) -> None:
    casebook.households.register(people.household(2))  # type: ignore[attr-defined]
    refused = _refuse_last_change(casebook)
    _a_supervisor_was_added_before(casebook, "sara.supervisora", SUPERVISOR_PASSPHRASE)
    supervisor = set_up_store.unlock("sara.supervisora", SUPERVISOR_PASSPHRASE)
    shell = make_shell(set_up_store)
    settle()
    shell.show_workspace(supervisor)
    settle()
    page = _sync_page(shell, settle)
    assert page.discard_button.isVisibleTo(page)
    _select_all(page)

    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.discard_box.isVisible())
    page.discard_box.button(QMessageBox.StandardButton.No).click()
    settle()
    assert _outbox(casebook, "rejected") == [refused]  # "No" changes nothing

    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.discard_box.isVisible())
    page.discard_box.button(QMessageBox.StandardButton.Yes).click()
    settle()

    assert _outbox(casebook, "rejected") == []
    assert _outbox(casebook, "discarded") == [refused]
    assert page.rejected_model.rowCount() == 0
    assert page.refused_message.text() == "1 cambio descartado; no se enviará."
    with casebook.reading() as stored:
        last = stored.session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert last is not None
    assert (last.action, last.user_id) == ("sync.change_discarded", supervisor.user.id)
    supervisor.lock()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("central") / "server", None) as central:
        yield central


def test_a_server_that_keeps_failing_is_shown_and_not_asked_again_unbidden(
    qtbot: QtBot,
    runner: TaskRunner,
    casebook: Casebook,
    people: object,
    server: CentralServer,
    data_dir: Path,
    settle: Settle,
) -> None:
    enroll_device(casebook, server_url=server.url, code=server.code("Oficina Mixteca"), label="x")
    casebook.households.register(people.household(2))  # type: ignore[attr-defined]
    pending = _outbox(casebook, "pending")
    controller = SyncController(data_dir, runner)
    controller.probe_base = controller.probe_floor = 0.05
    try:
        with FaultProxy(server.port, only_path="/v1/push") as proxy:
            proxy.fail_with(500)
            SettingsStore(data_dir).set("server_url", proxy.url)
            controller.attach(casebook, proxy.url)  # online, work waiting: it syncs by itself
            qtbot.waitUntil(
                lambda: controller.connection is Connection.SERVER_FAILING, timeout=30_000
            )
            qtbot.waitUntil(lambda: not controller.syncing and not controller.network.busy)
            assert "respondió con un error" in controller.message
            assert "Sus cambios siguen guardados en este equipo" in controller.message
            assert connection_text(controller.connection) == "El servidor central está fallando"
            failed = proxy.counts["failed"]
            assert failed > 0

            controller.probe()  # the server answers its health, but the wait is not over
            settle()
            qtbot.waitUntil(lambda: not controller.network.busy)
            settle()
            assert controller.connection is Connection.SERVER_FAILING
            assert proxy.counts["failed"] == failed  # not asked again unbidden
            assert _outbox(casebook, "pending") == pending  # nothing dropped

            proxy.fail_with(None)
            assert controller.sync_now()  # a person asks: it tries at once
            qtbot.waitUntil(lambda: not controller.syncing, timeout=30_000)
            settle()
        assert controller.connection is Connection.ONLINE
        assert _outbox(casebook, "pending") == []
        assert sync_store.server_failure(casebook) is None
    finally:
        controller.shutdown()


def _a_supervisor_was_added_before(casebook: Casebook, name: str, passphrase: str) -> None:
    """A supervisor in this caseworker's casebook, as a supervisor who set it up would have
    added them: written straight into the key store, since a caseworker may not add one."""
    data_key = casebook.keyring.data_key
    with casebook.unit_of_work() as work:
        casebook.keystore.add_user(work.session, name, Role.SUPERVISOR, passphrase, data_key)
