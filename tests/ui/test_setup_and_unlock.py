"""First run, unlock, back-off, idle lock, lock button and switching user."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.users import Role
from bienestar_field.ui.main import Shell
from bienestar_field.ui.unlock import RecoveryDialog

Settle = Callable[[], None]

GOOD_PASSPHRASE = "maiz azul en la milpa 2026"


def test_first_run_creates_the_user_and_shows_the_recovery_code_once(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    store: CasebookStore,
    settle: Settle,
) -> None:
    shell = make_shell(store)
    settle()
    wizard = shell.wizard
    assert wizard is not None
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.user_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.keyClicks(page.name, "Rosa Hernandez")
    page.role.setCurrentIndex(page.role.findData(Role.CLERK.value))
    qtbot.keyClicks(page.passphrase.passphrase, "corta")
    assert not commit.isEnabled()
    assert "✖ Al menos 12 caracteres" in page.passphrase.rules.text()
    page.passphrase.passphrase.clear()
    qtbot.keyClicks(page.passphrase.passphrase, GOOD_PASSPHRASE)
    qtbot.keyClicks(page.passphrase.confirm, GOOD_PASSPHRASE + "x")
    assert not commit.isEnabled(), "the confirmation differs"
    qtbot.keyClick(page.passphrase.confirm, Qt.Key.Key_Backspace)
    assert commit.isEnabled()
    assert page.passphrase.meter.value() >= 2

    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    settle()
    assert wizard.currentPage() is wizard.recovery_page
    code = wizard.recovery_page.code.text()
    assert code
    assert code == wizard.result_.recovery_code
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled(), "must confirm the code was written down"
    qtbot.keyClick(wizard.recovery_page.written, Qt.Key.Key_Space)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.recovery_page.code.text() == "", "shown once"
    assert wizard.currentPage() is wizard.device_page
    assert wizard.device_page.server.isEnabled(), "optional, and skipped here"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    settle()

    assert shell.workspace is not None
    assert [(u.name, u.role) for u in store.users()] == [("Rosa Hernandez", Role.CLERK)]
    assert store.unlock("Rosa Hernandez", GOOD_PASSPHRASE).user.name == "Rosa Hernandez"
    assert "Sin servidor configurado" in shell.connection.text()


def test_wrong_passphrase_says_how_many_attempts_remain_then_backs_off_visibly(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    credentials: Any,
    settle: Settle,
) -> None:
    shell = make_shell(set_up_store)
    settle()
    screen = shell.unlock_screen
    assert screen is not None
    assert screen.user_name() == credentials.user
    for _ in range(3):
        qtbot.keyClicks(screen.passphrase, "no es la frase correcta")
        qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
        settle()
        assert shell.workspace is None
        assert "no es correcta" in screen.message.text()
    assert "Intentos que quedan antes del bloqueo: 7" in screen.message.text()
    qtbot.keyClicks(screen.passphrase, credentials.passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    settle()
    assert shell.workspace is None, "the back-off refuses even the right passphrase"
    wait = int(re.search(r"Espere (\d+) segundos", screen.message.text()).group(1))  # type: ignore[union-attr]
    assert 14 <= wait <= 16
    assert f"{wait} segundos" in screen.countdown.text()
    assert not screen.unlock_button.isEnabled()
    screen._tick()
    assert f"{wait - 1} segundos" in screen.countdown.text()


def test_right_passphrase_opens_the_workspace_and_lock_button_closes_it(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    credentials: Any,
    settle: Settle,
) -> None:
    shell = make_shell(set_up_store)
    settle()
    screen = shell.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase, credentials.passphrase)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    settle()
    workspace = shell.workspace
    assert workspace is not None
    casebook = workspace.casebook
    assert "0 cambios por enviar" in shell.pending.text()
    assert workspace.home.households.value.text() == "0"

    qtbot.mouseClick(workspace.lock_button, Qt.MouseButton.LeftButton)
    settle()
    assert casebook.is_locked
    assert shell.workspace is None
    assert shell.unlock_screen is not None
    assert shell.unlock_screen.user_name() == credentials.user


def test_switch_user_locks_and_lets_another_user_in(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, settle: Settle
) -> None:
    casebook.users.add("Luis Pérez", Role.CLERK, GOOD_PASSPHRASE)
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.mouseClick(workspace.switch_button, Qt.MouseButton.LeftButton)
    settle()
    assert casebook.is_locked
    screen = workspace_shell.unlock_screen
    assert screen is not None
    screen.user.setCurrentIndex(screen.user.findData("Luis Pérez"))
    qtbot.keyClicks(screen.passphrase, GOOD_PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    settle()
    assert workspace_shell.workspace is not None
    assert workspace_shell.workspace.casebook.user.name == "Luis Pérez"


def test_idle_time_locks_the_screen_and_keeps_unfinished_work_as_a_draft(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    settle: Settle,
    set_up_store: CasebookStore,
    credentials: Any,
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    workspace.show_page(1)
    page = workspace.household
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.address_form.street_name, "Camino Real")
    workspace_shell.idle.timer.setInterval(50)
    workspace_shell.idle.timer.start()
    qtbot.waitUntil(lambda: workspace_shell.workspace is None, timeout=5_000)
    settle()
    assert casebook.is_locked
    assert workspace_shell.unlock_screen is not None
    reopened = set_up_store.unlock(credentials.user, credentials.passphrase)
    drafts = reopened.drafts.saved()
    assert len(drafts) == 1
    assert reopened.drafts.load(drafts[0].id)["address"]["street_name"] == "Camino Real"
    reopened.lock()


def test_recovery_code_sets_a_new_passphrase(
    qtbot: QtBot,
    make_shell: Callable[[CasebookStore], Shell],
    set_up_store: CasebookStore,
    credentials: Any,
    settle: Settle,
) -> None:
    shell = make_shell(set_up_store)
    settle()
    screen = shell.unlock_screen
    assert screen is not None
    screen.open_recovery()
    dialog = screen.findChild(RecoveryDialog)
    assert dialog is not None
    qtbot.keyClicks(dialog.code, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")
    qtbot.keyClicks(dialog.passphrase.passphrase, GOOD_PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirm, GOOD_PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle()
    assert "no es correcto" in dialog.code_field.error.text()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, credentials.recovery_code)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle()
    assert shell.workspace is not None
    assert set_up_store.unlock(credentials.user, GOOD_PASSPHRASE).user.name == credentials.user
