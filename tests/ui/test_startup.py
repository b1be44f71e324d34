"""A quick start: little loaded before the window shows, pages built on first visit."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.platform.config import CASEBOOK_FILE, Settings
from bienestar_field.storage.roster import read_roster
from bienestar_field.ui import i18n
from bienestar_field.ui.main import Shell
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.theme import app_icon

if TYPE_CHECKING:
    from tests.conftest import Credentials

Settle = Callable[[], None]


def _shell_opening_its_own_casebook(
    qtbot: QtBot, runner: TaskRunner, translators: i18n.Translators, data_dir: Path
) -> tuple[Shell, threading.Event]:
    """As the app starts: the shell opens the casebook itself, here held up until released."""
    release = threading.Event()
    runner.run_in_background(release.wait)  # the worker busy, as while SQLAlchemy loads
    shell = Shell(data_dir, Settings(), runner, translators)
    qtbot.addWidget(shell)
    shell.show()
    shell.start(read_roster(data_dir / CASEBOOK_FILE))
    return shell, release


def test_the_unlock_screen_lists_the_users_before_the_casebook_opens_and_waits_for_it(
    qtbot: QtBot,
    runner: TaskRunner,
    translators: i18n.Translators,
    set_up_store: CasebookStore,
    credentials: Credentials,
    settle: Settle,
) -> None:
    shell, release = _shell_opening_its_own_casebook(
        qtbot, runner, translators, set_up_store.data_dir
    )
    screen = shell.unlock_screen
    assert screen is not None
    assert shell.store is None, "the casebook is still opening"
    assert screen.user_name() == credentials.user
    qtbot.waitUntil(lambda: screen.passphrase.hasFocus() or not screen.isActiveWindow())
    # The person is faster than the casebook: the unlock waits behind its opening.
    qtbot.keyClicks(screen.passphrase, credentials.passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert shell.workspace is None
    release.set()
    qtbot.waitUntil(lambda: shell.workspace is not None, timeout=20_000)
    settle()  # what the unlock queued (device code, name index, sync status) has arrived
    assert shell.store is not None
    assert shell.casebook is not None
    assert shell.casebook.user.name == credentials.user
    shell.close()


def test_a_fresh_data_folder_shows_the_wizard_before_the_casebook_opens_and_keeps_it(
    qtbot: QtBot,
    runner: TaskRunner,
    translators: i18n.Translators,
    data_dir: Path,
    settle: Settle,
) -> None:
    shell, release = _shell_opening_its_own_casebook(qtbot, runner, translators, data_dir)
    wizard = shell.wizard
    assert wizard is not None
    assert shell.store is None
    assert wizard.currentPage() is wizard.welcome
    release.set()
    settle()
    assert shell.store is not None
    assert not shell.store.is_set_up
    assert shell.wizard is wizard, "not rebuilt under the person's hands"
    shell.close()
    # A wizard left half-way (a shell outlives its test) crashes the next test's restyling.
    wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_window_and_its_first_screens_load_without_the_database_or_the_task_pages() -> None:
    code = (
        "import sys, bienestar_field.ui.main, bienestar_field.ui.setup_wizard\n"
        "import bienestar_field.app, bienestar_field.cli, bienestar_field.ui.crash\n"
        "heavy = ('sqlalchemy', 'alembic', 'cryptography', 'phonenumbers', 'segno',\n"
        "         'bienestar_field.casebook', 'bienestar_field.domain.geography',\n"
        "         'bienestar_field.ui.household', 'bienestar_field.ui.household.page',\n"
        "         'bienestar_field.ui.search',\n"
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
    assert "bienestar_field.ui.household.page" in sys.modules
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
        assert receipt.device == f"Equipo {expected}"  # not enrolled: no office yet
    shell.show_workspace(casebook, page=5)  # rebuilt (as after a settings change): same unlock
    settle()
    assert len(calls) == 1
    assert threading.main_thread().name not in calls


def test_a_casebook_from_a_newer_version_is_a_message_and_stays_untouched(
    qtbot: QtBot, runner: TaskRunner, translators: i18n.Translators, tmp_path: Path
) -> None:
    # The newest committed fixture (a real casebook of the head schema), stamped as if a
    # newer build had migrated it: this build must say so, not crash or touch it.
    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    newest = sorted(fixtures.glob("casebook-*.sqlite3"))[-1]
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    path = data_dir / CASEBOOK_FILE
    shutil.copy2(newest, path)
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    before = path.read_bytes()

    shell, release = _shell_opening_its_own_casebook(qtbot, runner, translators, data_dir)
    assert shell.unlock_screen is not None  # the user list is read without the schema
    release.set()

    def notice() -> QMessageBox:
        boxes = [box for box in shell.findChildren(QMessageBox) if box.isVisible()]
        assert len(boxes) == 1
        return boxes[0]

    qtbot.waitUntil(lambda: bool(notice()), timeout=20_000)
    text = notice().text()
    assert "versión más nueva" in text
    assert "Traceback" not in text
    assert "9999" not in text
    assert shell.store is None
    notice().close()
    shell.close()
    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_the_window_icon_is_drawn_from_the_file_the_installers_ship(qapp: QApplication) -> None:
    # The same SVG goes into the Debian package's icon theme (installer/linux/build_deb.py):
    # a missing file or SVG plugin would leave windows and menus with a blank icon.
    image = app_icon().pixmap(64, 64).toImage()
    assert not image.isNull()
    assert image.pixelColor(8, 40).name() == "#9f2241"  # the background, beside the house
    assert image.pixelColor(1, 1).alpha() == 0  # the rounded corner
