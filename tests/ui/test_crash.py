"""Exceptions nobody caught, on the GUI thread or a plain thread: logged without their
message, and the same bug notice as a failed background task."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import CasebookStore
from bienestar_field.ui.crash import CrashHooks
from bienestar_field.ui.errors import bug_text
from bienestar_field.ui.main import Shell

Settle = Callable[[], None]

# What a standard-library error quotes when it chokes on a value: here, a CURP.
CURP = "GOHM850212MOCMRR07"


@pytest.fixture
def shell_with_hooks(
    make_shell: Callable[[CasebookStore], Shell], set_up_store: CasebookStore, settle: Settle
) -> Iterator[Shell]:
    shell = make_shell(set_up_store)
    settle()
    before = (sys.excepthook, threading.excepthook)
    hooks = CrashHooks()
    hooks.crashed.connect(shell.show_bug)
    hooks.install()
    try:
        yield shell
    finally:
        hooks.uninstall()
    assert (sys.excepthook, threading.excepthook) == before, "the previous hooks are back"


def _notices(shell: Shell) -> list[QMessageBox]:
    return [box for box in shell.findChildren(QMessageBox) if box.isVisible()]


def _assert_logged_without_the_value(
    caplog: pytest.LogCaptureFixture, where: str, kind: str = "ValueError"
) -> None:
    logged = caplog.text
    assert f"unexpected {kind}" in logged
    assert where in logged, "the stack is logged"
    assert CURP not in logged, "the message may quote personal data"


def test_an_exception_in_a_slot_on_the_gui_thread_is_logged_and_shown(
    qtbot: QtBot, shell_with_hooks: Shell, caplog: pytest.LogCaptureFixture
) -> None:
    def explode_in_slot() -> None:
        int(CURP)  # ValueError: invalid literal for int() with base 10: 'GOHM…'

    with caplog.at_level(logging.ERROR):
        QTimer.singleShot(0, explode_in_slot)
        qtbot.waitUntil(lambda: bool(_notices(shell_with_hooks)), timeout=5_000)
    assert [box.text() for box in _notices(shell_with_hooks)] == [bug_text()]
    _assert_logged_without_the_value(caplog, "explode_in_slot")


def test_an_exception_in_a_plain_thread_is_logged_and_shown_on_the_gui_thread(
    qtbot: QtBot, shell_with_hooks: Shell, caplog: pytest.LogCaptureFixture
) -> None:
    def explode_in_thread() -> None:
        raise ValueError(f"no such person: {CURP}")

    with caplog.at_level(logging.ERROR):
        thread = threading.Thread(target=explode_in_thread, name="plain")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(_notices(shell_with_hooks)), timeout=5_000)
    assert [box.text() for box in _notices(shell_with_hooks)] == [bug_text()]
    _assert_logged_without_the_value(caplog, "explode_in_thread")


def test_a_thread_that_exits_on_purpose_is_no_crash(
    qtbot: QtBot, shell_with_hooks: Shell, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        thread = threading.Thread(target=sys.exit, name="plain")
        thread.start()
        thread.join()
        qtbot.wait(50)
    assert _notices(shell_with_hooks) == []
    assert "unexpected" not in caplog.text
