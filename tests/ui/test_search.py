"""The search page tells apart people of the same name, and finds what was typed in part."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Sex
from bienestar_field.ui.main import Shell
from tests.conftest import People
from tests.ui.conftest import Settle
from tests.ui.ui_helpers import type_into


def _register(casebook: Casebook, people: People, locality: str, born: date) -> Household:
    person = people.named("María", "López", None, birth_date=born, sex=Sex.MUJER)
    address = dataclasses.replace(people.address(), locality_code=None, locality_name=locality)
    household = Household(id="", address=address, members=[person], consent=people.consent())
    return casebook.households.register(household)


def _rows(shell: Shell) -> list[dict[str, str]]:
    page = shell.workspace.search
    model = page.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return [
        {headers[c]: model.index(r, c).data() for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def test_two_people_of_the_same_name_are_told_apart_by_locality_and_age(
    workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle, qtbot: QtBot
) -> None:
    _register(casebook, people, "El Zapotal", date(1950, 3, 1))
    _register(casebook, people, "Rancho Nuevo", date(1990, 7, 9))
    workspace_shell.workspace.show_page(4)
    page = workspace_shell.workspace.search
    type_into(qtbot, page.query, "Ma. Lopez")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    settle()
    today = casebook.now().date()

    def age(born: date) -> str:
        return str(today.year - born.year - ((today.month, today.day) < (born.month, born.day)))

    rows = _rows(workspace_shell)
    assert {(r["Localidad"], r["Edad"]) for r in rows} == {
        ("El Zapotal", age(date(1950, 3, 1))),
        ("Rancho Nuevo", age(date(1990, 7, 9))),
    }


def test_a_curp_typed_in_part_is_found(
    workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle, qtbot: QtBot
) -> None:
    saved = _register(casebook, people, "El Zapotal", date(1950, 3, 1))
    workspace_shell.workspace.show_page(4)
    page = workspace_shell.workspace.search
    type_into(qtbot, page.query, saved.members[0].curp[:10])
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    settle()
    assert [r["CURP"] for r in _rows(workspace_shell)] == [saved.members[0].curp]


def test_results_come_best_match_first_even_after_sorting_by_a_column(
    workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle, qtbot: QtBot
) -> None:
    for nombres, born in (("María Fernanda", 1960), ("Ana María", 1970), ("María", 1980)):
        person = people.named(nombres, "López", "Soto", birth_date=date(born, 1, 5), sex=Sex.MUJER)
        casebook.people.register(person)
    workspace_shell.workspace.show_page(4)
    page = workspace_shell.workspace.search
    type_into(qtbot, page.query, "maria lopez soto")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    settle()
    assert _rows(workspace_shell)[0]["Nombre"] == "María López Soto"
    page.table.sortByColumn(page.model.column("age"), Qt.SortOrder.AscendingOrder)
    assert _rows(workspace_shell)[0]["Nombre"] == "María López Soto"  # youngest, by chance
    page.table.sortByColumn(page.model.column("age"), Qt.SortOrder.DescendingOrder)
    assert _rows(workspace_shell)[0]["Nombre"] == "María Fernanda López Soto"
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    settle()
    assert _rows(workspace_shell)[0]["Nombre"] == "María López Soto"
