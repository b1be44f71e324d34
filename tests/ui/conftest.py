"""Fixtures for driving the desktop app: the real window on a real casebook, offscreen.

Background work runs on the app's one casebook thread; ``settle`` waits until it has finished
and its results have been delivered, the way a person waits for the busy indicator to stop.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.platform.config import Settings
from bienestar_field.ui import i18n
from bienestar_field.ui.collector import GuiThreadCollector
from bienestar_field.ui.main import Shell
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.theme import apply_theme

# The offscreen platform says what a real window system would do (resize to size hints,
# grab the keyboard for a completer popup, raise a window) that it cannot.
_OFFSCREEN_NOISE = "This plugin does not support (propagateSizeHints|grabbing the keyboard|raise)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_NOISE))


Settle = Callable[[], None]


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (``ui/collector.py``): garbage that holds widgets is never freed by a
    collection that happens to run on a worker thread."""
    collector = GuiThreadCollector(qapp)
    collector.start()
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()  # here, on the GUI thread: what the test left is freed before the next one


@pytest.fixture(autouse=True)
def _no_worker_left_running() -> Iterator[None]:
    """Every test stops the threads it started (casebook worker, aside thread, network)."""
    yield
    names = ("casebook", "aside", "sync")
    left = [t.name for t in threading.enumerate() if t.name.startswith(names)]
    assert left == [], f"threads still running after the test: {left}"


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


@pytest.fixture
def settle(qtbot: QtBot, runner: TaskRunner) -> Settle:
    def wait() -> None:
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)

    return wait


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[i18n.Translators]:
    installed = i18n.Translators()
    installed.install("es_MX")
    apply_theme(qapp, large_text=False, high_contrast=False)
    yield installed
    installed.install("es_MX")


@pytest.fixture
def make_shell(
    qtbot: QtBot, runner: TaskRunner, translators: i18n.Translators, data_dir: Path
) -> Iterator[Callable[[CasebookStore], Shell]]:
    shells: list[Shell] = []

    def make(store: CasebookStore, settings: Settings | None = None) -> Shell:
        shell = Shell(data_dir, settings or Settings(), runner, translators, store=store)
        qtbot.addWidget(shell)
        shell.show()
        shell.start()
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.idle.stop()
        shell.sync.shutdown()
        runner.wait_idle()


@pytest.fixture
def workspace_shell(
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    settle: Settle,
) -> Shell:
    """The main window, already unlocked (as after typing the passphrase)."""
    shell = make_shell(set_up_store)
    settle()
    shell.show_workspace(casebook)
    settle()
    return shell
