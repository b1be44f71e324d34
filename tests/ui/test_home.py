"""The home page lists the work left to do and leads to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.storage import records
from bienestar_field.storage.repositories.pulled import PulledRecord
from bienestar_field.ui.main import Shell
from tests.conftest import FakeClock, People
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


def test_todays_figures_are_the_persons_own_on_the_office_day(
    workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle, clock: FakeClock
) -> None:
    # 19:30 in Mexico City: already the next day in UTC, still today at the office.
    clock.current = datetime(2026, 3, 17, 1, 30, tzinfo=UTC)
    mine = casebook.households.register(people.household(2))
    theirs = replace(
        people.household(3), id="0190aaaa-0000-7000-8000-000000000002", folio="OTRO02-000001-X"
    )
    stamp = casebook.stamp()
    with casebook.unit_of_work() as work:  # as a pull from the server writes it
        work.put_pulled(
            PulledRecord(
                "household",
                theirs.id,
                1,
                stamp.hlc,
                "a-user-of-another-device",
                stamp.at,
                stamp.at,
                records.household_create_fields(theirs),
                False,
            )
        )
    workspace = workspace_shell.workspace
    assert workspace is not None
    workspace.show_page(0)
    home = workspace.home
    home.refresh()
    settle()
    assert home.households.value.text() == "1"
    assert home.persons.value.text() == str(len(mine.members))
    assert home.today.text() == "16 de marzo de 2026"
