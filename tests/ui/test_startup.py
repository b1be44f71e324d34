"""A quick start: little loaded before the window shows, pages built on first visit."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.ui.main import Shell
from bienestar_field.ui.tasks import TaskRunner

Settle = Callable[[], None]


def test_the_window_module_loads_without_the_database_or_the_task_pages() -> None:
    code = (
        "import sys, bienestar_field.ui.main\n"
        "heavy = ('sqlalchemy', 'alembic', 'cryptography', 'phonenumbers', 'segno',\n"
        "         'bienestar_field.casebook', 'bienestar_field.domain.geography',\n"
        "         'bienestar_field.ui.household', 'bienestar_field.ui.search',\n"
        "         'PySide6.QtPrintSupport')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "", f"loaded before the window could show: {loaded}"


def test_only_the_home_page_is_built_at_unlock_and_the_rest_on_first_visit(
    qtbot: QtBot, workspace_shell: Shell, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    assert [name for name in workspace.PAGES if workspace.is_built(name)] == ["home"]
    qtbot.keyClick(workspace, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert workspace.is_built("search")
    assert workspace.stack.currentWidget() is workspace.search
    assert workspace.search.query.hasFocus() or not workspace.isActiveWindow()
    workspace.nav.setCurrentRow(3)
    assert workspace.stack.currentWidget() is workspace.checks
    assert workspace.stack.count() == len(workspace.PAGES)


def test_warm_up_loads_the_pages_modules_aside_without_the_busy_indicator(
    qtbot: QtBot, workspace_shell: Shell, runner: TaskRunner
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    workspace.warm_up()
    assert not runner.busy
    runner.wait_idle()
    assert "bienestar_field.ui.household" in sys.modules
    assert busy == []


def test_the_device_code_is_read_once_off_the_gui_thread_and_printed_on_receipts(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    people: Any,
    settle: Settle,
) -> None:
    expected = casebook.device_fingerprint()
    calls: list[str] = []
    original = casebook.device_fingerprint

    def recorded() -> str:
        calls.append(threading.current_thread().name)
        return original()

    casebook.device_fingerprint = recorded  # type: ignore[method-assign]
    shell = make_shell(set_up_store)
    settle()
    shell.show_workspace(casebook)
    settle()
    person = people.person(None)
    saved = casebook.people.register(person)
    workspace = shell.workspace
    assert workspace is not None
    from bienestar_field.ui.search import PersonDialog

    for _ in range(3):
        dialog = PersonDialog(casebook, shell.runner, saved.id, device=shell.device)
        qtbot.addWidget(dialog)
        settle()
        receipt = dialog.receipt()
        assert receipt is not None
        assert receipt.device_code == expected
    shell.show_workspace(casebook, page=5)  # rebuilt (as after a settings change): same unlock
    settle()
    assert len(calls) == 1
    assert threading.main_thread().name not in calls
