"""The supervisor's day, in the app, against a real ``bienestar-central serve`` on loopback.

A caseworker's laptop, enrolled once and offline since, exports its work to a USB stick from
its sync page; a supervisor's laptop imports the sealed batch twice from its collection page,
syncs, and the server holds every record once; the supervisor writes the receipt and the
caseworker's laptop imports it, and nothing is left pending there. The folder and file
pickers are answered as a person would answer them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings
from bienestar_field.sync.store import outbox_counts
from bienestar_field.ui import i18n
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.syncing.collection_page import CollectionPage
from bienestar_field.ui.syncing.page import SyncPage
from bienestar_field.ui.tasks import TaskRunner
from bienestar_wire.protocol import DeviceRole
from tests.sync.central_harness import CentralServer, Device, running_server

MakeLaptop = Callable[[str, Role, "str | None"], tuple[Device, Shell]]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("central") / "server", None) as central:
        yield central


@pytest.fixture
def make_laptop(
    qtbot: QtBot, runner: TaskRunner, translators: i18n.Translators, tmp_path: Path
) -> Iterator[MakeLaptop]:
    """A laptop: a real casebook of its own and the app's window on it, unlocked."""
    made: list[tuple[Device, Shell]] = []

    def make(name: str, role: Role, server_url: str | None) -> tuple[Device, Shell]:
        device = Device.create(tmp_path / name, user=name, role=role)
        shell = Shell(
            device.path, Settings(server_url=server_url), runner, translators, store=device.store
        )
        qtbot.addWidget(shell)
        shell.show()
        shell.start()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        shell.show_workspace(device.casebook)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        made.append((device, shell))
        return device, shell

    yield make
    for _device, shell in made:
        shell.idle.stop()
        shell.sync.shutdown()
        runner.wait_idle()
    for device, _shell in made:
        device.close()


@pytest.fixture
def picks(monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """What the file dialogs answer: ``folder`` for a folder, ``file`` for a file."""
    answers: dict[str, Path] = {}

    def folder(_parent: QWidget, _title: str, *_args: object) -> str:
        return str(answers["folder"])

    def file(_parent: QWidget, _title: str, *_args: object) -> tuple[str, str]:
        return str(answers["file"]), ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file))
    return answers


def _idle(qtbot: QtBot, shells: list[Shell], runner: TaskRunner) -> None:
    qtbot.waitUntil(
        lambda: (
            not runner.busy and all(not s.sync.syncing and not s.sync.network.busy for s in shells)
        ),
        timeout=30_000,
    )


def _workspace(shell: Shell) -> Workspace:
    assert shell.workspace is not None
    return shell.workspace


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_caseworkers_batch_goes_by_usb_through_the_supervisor_and_the_receipt_comes_back(
    qtbot: QtBot,
    runner: TaskRunner,
    server: CentralServer,
    make_laptop: MakeLaptop,
    picks: dict[str, Path],
    tmp_path: Path,
) -> None:
    office = "Oficina Tlaxiaco"
    # The caseworker's laptop: enrolled once, then never online (no server in its settings).
    laptop, laptop_shell = make_laptop("lucia", Role.CASEWORKER, None)
    laptop.enroll(server.url, server.code(office))
    laptop.add_households(3, seed=811)
    made = laptop.outbox("pending")
    assert made
    supervisor, supervisor_shell = make_laptop("sofia", Role.SUPERVISOR, server.url)
    supervisor.enroll(server.url, server.code(office, role=DeviceRole.SUPERVISOR))
    shells = [laptop_shell, supervisor_shell]
    usb = tmp_path / "usb"
    usb.mkdir()

    # Export from the caseworker's sync page: the preview first, then the file.
    laptop_space = _workspace(laptop_shell)
    assert "collection" not in laptop_space.PAGES
    laptop_space.show_page(laptop_space.PAGES.index("sync"))
    sync_page = laptop_space.sync_page
    assert isinstance(sync_page, SyncPage)
    picks["folder"] = usb
    _click(qtbot, sync_page.relay.export_button)
    qtbot.waitUntil(sync_page.relay.preview_card.isVisible, timeout=10_000)
    preview = sync_page.relay.controller.preview
    assert preview is not None
    assert preview.summary.records == len(made)
    assert preview.summary.users == ("lucia",)
    _click(qtbot, sync_page.relay.confirm_button)
    _idle(qtbot, shells, runner)
    assert not sync_page.relay.preview_card.isVisible()
    (batch_file,) = usb.glob("bienestar-lote-*.json")
    assert f"{len(made)} cambios" in sync_page.relay.status.text()
    assert outbox_counts(laptop.casebook).pending == len(made)  # until the receipt

    # The supervisor imports it twice from the collection page, seeing what it holds.
    space = _workspace(supervisor_shell)
    space.show_page(space.PAGES.index("collection"))
    page = space.collection
    assert isinstance(page, CollectionPage)
    picks["file"] = batch_file
    for _ in range(2):
        _click(qtbot, page.panel.import_button)
        qtbot.waitUntil(page.panel.preview_card.isVisible, timeout=10_000)
        shown = page.controller.preview
        assert shown is not None
        assert shown.summary.device_id == laptop.device_id
        assert shown.summary.records == len(made)
        assert shown.summary.households == 3
        _click(qtbot, page.panel.confirm_button)
        _idle(qtbot, shells, runner)
    assert "ya se había importado" in page.panel.status.text()

    # Forwarded at the supervisor's sync: every record once on the server.
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=10_000)
    _click(qtbot, page.sync_button)
    _idle(qtbot, shells, runner)
    qtbot.waitUntil(
        lambda: sorted(server.change_ids(laptop.device_id)) == sorted(made), timeout=30_000
    )
    assert server.records_of_office(office)["household"] == 3
    qtbot.waitUntil(
        lambda: {b.status for b in page.controller.batches} == {"acknowledged"}, timeout=10_000
    )
    status = page.model.column("status")
    assert page.model.index(0, status).data() == "Recibido por el servidor"
    who = page.model.index(0, page.model.column("who")).data()
    assert who.startswith("lucia")

    # The receipt, written by the supervisor and imported on the caseworker's laptop.
    _click(qtbot, page.receipts_button)
    _idle(qtbot, shells, runner)
    (receipt,) = usb.glob("bienestar-recibo-*.json")
    picks["file"] = receipt
    _click(qtbot, sync_page.relay.receipt_button)
    _idle(qtbot, shells, runner)
    assert f"confirmó {len(made)} cambios" in sync_page.relay.status.text()
    assert outbox_counts(laptop.casebook).pending == 0
    qtbot.waitUntil(lambda: laptop_shell.pending.text() == "0 cambios por enviar", timeout=10_000)
    assert sorted(server.change_ids(laptop.device_id)) == sorted(made)  # still once each


def test_a_caseworker_sees_no_supervisor_screens_and_cannot_make_a_supervisor(
    qtbot: QtBot, runner: TaskRunner, make_laptop: MakeLaptop
) -> None:
    laptop, shell = make_laptop("lucia", Role.CASEWORKER, None)
    space = _workspace(shell)
    assert "collection" not in space.PAGES
    assert "reports" not in space.PAGES
    assert "review" not in space.PAGES
    labels = [space.nav.item(i).text() for i in range(space.nav.count())]
    assert not any("Recolección" in label for label in labels)
    assert space.nav.count() == len(Workspace.PAGES)
    with pytest.raises(KeyError):
        space.page("collection")
    # The casebook refuses the use cases too, whatever screen asks.
    with pytest.raises(NotAllowed):
        laptop.casebook.collection.batches()
    with pytest.raises(NotAllowed):
        laptop.casebook.review.queue()
    with pytest.raises(NotAllowed):
        laptop.casebook.reports.report(laptop.casebook.today(), laptop.casebook.today(), "user")
    with pytest.raises(NotAllowed):
        laptop.casebook.users.add("jefa", Role.SUPERVISOR, "una frase de paso muy larga 2026")

    space.show_page(space.PAGES.index("settings"))
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    roles = space.settings.user_role
    offered = [roles.itemData(i) for i in range(roles.count())]
    assert Role.SUPERVISOR.value not in offered
    assert Role.CASEWORKER.value in offered

    _sup, sup_shell = make_laptop("sofia", Role.SUPERVISOR, None)
    sup_space = _workspace(sup_shell)
    assert sup_space.PAGES[-3:] == ("reports", "collection", "review")
    assert sup_space.nav.item(sup_space.PAGES.index("review")).text().endswith("Ctrl+0")
    sup_space.show_page(sup_space.PAGES.index("collection"))
    assert isinstance(sup_space.collection, CollectionPage)
    sup_space.show_page(sup_space.PAGES.index("settings"))
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    sup_roles = sup_space.settings.user_role
    assert Role.SUPERVISOR.value in [sup_roles.itemData(i) for i in range(sup_roles.count())]
