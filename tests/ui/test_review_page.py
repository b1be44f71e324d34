"""The supervisor's review page, against a real ``bienestar-central serve`` on loopback.

Two caseworkers' laptops register the same woman, one with a mistyped CURP homoclave and no
second surname; the supervisor's laptop syncs from the review page, sees the pair side by side
with its score, says "misma persona" keeping one record and taking the phone from the other,
and syncs: the server holds one live person, and the other caseworker's laptop pulls the merged
one. Two different men with alike names stay in the queue: nobody merges them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person, Sex
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings
from bienestar_field.ui import i18n
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.review_page import DuplicatePanel, ReviewPage
from bienestar_field.ui.tasks import TaskRunner
from bienestar_wire.protocol import DeviceRole
from bienestar_wire.review import ReviewKind
from tests.sync.central_harness import CentralServer, Device, running_server
from tests.sync.test_review_desk import review_list
from tests.sync.test_review_from_devices import live_persons

TODAY = date(2026, 12, 1)
BORN = date(1958, 3, 14)


def person(
    nombres: str, first: str, second: str | None, homonymy: str, sex: Sex = Sex.MUJER, **extra: Any
) -> Person:
    return Person(
        id=uuid7(),
        curp=build_curp(first, second, nombres, BORN, sex, "PL", homonymy),
        nombres=nombres,
        primer_apellido=first,
        segundo_apellido=second,
        birth_date=BORN,
        sex=sex,
        birth_state="PL",
        **extra,
    )


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("central") / "server", None) as central:
        yield central


@pytest.fixture
def supervisor_shell(
    qtbot: QtBot, runner: TaskRunner, translators: i18n.Translators, tmp_path: Path
) -> Iterator[Callable[[CentralServer], tuple[Device, Shell]]]:
    made: list[tuple[Device, Shell]] = []

    def make(server: CentralServer) -> tuple[Device, Shell]:
        device = Device.create(tmp_path / "sofia", user="sofia", role=Role.SUPERVISOR)
        shell = Shell(
            device.path, Settings(server_url=server.url), runner, translators, store=device.store
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


def _idle(qtbot: QtBot, shell: Shell, runner: TaskRunner) -> None:
    qtbot.waitUntil(
        lambda: not runner.busy and not shell.sync.syncing and not shell.sync.network.busy,
        timeout=30_000,
    )


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _row_of(page: ReviewPage, kind: ReviewKind) -> int:
    for row in range(page.items.count()):
        entry = page.items.item(row)
        wanted = entry.data(Qt.ItemDataRole.UserRole)
        item = next(i for i in page.controller.items if i.item_id == wanted)
        if item.kind is kind:
            return row
    raise AssertionError(f"no {kind} item listed")


def test_a_supervisor_merges_the_same_woman_from_the_review_page(
    qtbot: QtBot,
    runner: TaskRunner,
    server: CentralServer,
    supervisor_shell: Callable[[CentralServer], tuple[Device, Shell]],
    tmp_path: Path,
) -> None:
    office = "Oficina Tehuacán"
    north = Device.create(tmp_path / "north", user="lucia", role=Role.CASEWORKER)
    south = Device.create(tmp_path / "south", user="pedro", role=Role.CASEWORKER)
    try:
        north.enroll(server.url, server.code(office))
        south.enroll(server.url, server.code(office))
        maria = north.casebook.people.register(
            person("María Guadalupe", "Hernández", "López", "0"), today=TODAY
        )
        again = south.casebook.people.register(
            person("María Guadalupe", "Hernández", None, "3", phone="+522221234567"), today=TODAY
        )
        # Two different men whose names are alike: the server queues them; nobody merges.
        jose = north.casebook.people.register(
            person("José Luis", "Martínez", "Soto", "0", Sex.HOMBRE), today=TODAY
        )
        other = person("José Luis", "Martínez", "Sotelo", "0", Sex.HOMBRE)
        other = replace(
            other,
            curp=build_curp("Martínez", "Sotelo", "José Luis", BORN, Sex.HOMBRE, "PL", "1"),
        )
        south.casebook.people.register(other, today=TODAY)
        assert north.sync().complete
        assert south.sync().complete

        device, shell = supervisor_shell(server)
        device.enroll(server.url, server.code(office, role=DeviceRole.SUPERVISOR))
        shell.sync.refresh()
        qtbot.waitUntil(lambda: shell.sync.enrolled_here, timeout=10_000)
        workspace = shell.workspace
        assert isinstance(workspace, Workspace)
        assert "review" in workspace.PAGES
        workspace.show_page(workspace.PAGES.index("review"))
        page = workspace.review
        _click(qtbot, page.sync_button)
        _idle(qtbot, shell, runner)
        qtbot.waitUntil(lambda: len(page.controller.items) == 2, timeout=10_000)
        assert "Posibles duplicados: 2" in page.counts.text()

        # The pair side by side, with its score.
        row = next(r for r in range(page.items.count()) if "Guadalupe" in page.items.item(r).text())
        page.items.setCurrentRow(row)
        panel = page.detail
        assert isinstance(panel, DuplicatePanel)
        assert "parecido" in page.items.item(row).text()
        assert {r.entity_id for r in panel.records} == {maria.id, again.id}
        assert {"segundo_apellido", "curp", "phone"} <= panel.different
        # Keep María's record, take the phone from the other one.
        keep_side = 0 if panel.records[0].entity_id == maria.id else 1
        _click(qtbot, panel.keep_buttons[keep_side])
        panel.choose("phone", 1 - keep_side)
        assert panel.taken() == ("phone",)
        _click(qtbot, panel.same_button)
        qtbot.waitUntil(lambda: bool(page.controller.queue and page.controller.queue.pending))
        assert "pendiente de enviar" in page.items.currentItem().text()
        assert len(review_list(server, "--office", office)) == 2  # not sent yet

        _click(qtbot, page.sync_button)
        _idle(qtbot, shell, runner)
        qtbot.waitUntil(lambda: len(page.controller.items) == 1, timeout=10_000)
        (left,) = review_list(server, "--office", office)
        assert {left["entity_id"], left["other_entity_id"]} == {jose.id, other.id}

        assert south.sync().complete
        kept = south.casebook.people.get(maria.id)
        assert kept.phone == "+522221234567"
        assert kept.segundo_apellido == "López"
        assert south.casebook.people.find_by_curp(again.curp) is None
        # Both men are still there, on the server and on the laptops.
        assert live_persons(server, office) == 3
        assert north.sync().complete
        assert north.casebook.people.get(jose.id) is not None
        assert north.casebook.people.get(other.id) is not None
    finally:
        north.close()
        south.close()
