"""The home page lists the work left to do and leads to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.ui.main import Shell
from tests.conftest import People
from tests.storage.test_worklist import _student
from tests.ui.conftest import Settle


def test_home_lists_the_checks_of_this_period_and_opens_their_list(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle
) -> None:
    for _ in range(2):
        _student(casebook, people)
    workspace = workspace_shell.workspace
    workspace.show_page(0)
    home = workspace.home
    home.refresh()
    settle()
    texts = [home.checks_due.item(i).text() for i in range(home.checks_due.count())]
    (line,) = [t for t in texts if t.startswith("Beca Benito Juárez")]
    assert "faltan 2 de 2" in line
    states = home.sync_states
    row = next(r for r in range(states.rowCount()) if states.index(r, 0).data() == "Inscripciones")
    assert states.index(row, states.column("saved")).data() == "2"

    item = next(
        home.checks_due.item(i)
        for i in range(home.checks_due.count())
        if home.checks_due.item(i).text() == line
    )
    home.checks_due.setCurrentItem(item)
    qtbot.keyClick(home.checks_due, Qt.Key.Key_Return)
    settle()
    assert workspace.stack.currentWidget() is workspace.checks
    assert workspace.checks.model.rowCount() == 2
