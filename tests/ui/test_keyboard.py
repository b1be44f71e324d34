"""A keyboard that never traps: mnemonics unique and working, Enter and Tab where they lead.

The mnemonic walk visits every page of the workspace (and each household step, and the person
and enrolment windows) in Spanish and in English, collects every underlined letter a person
can press there, checks no letter is taken twice, and presses each one to see it act.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.platform.config import Settings
from bienestar_field.ui import i18n
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.search import PersonDialog
from tests.ui.test_household import _accept_notice_and_fill_address, _open, _type_member
from tests.ui.ui_helpers import type_into

Settle = Callable[[], None]
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _mnemonic(text: str) -> str | None:
    """The underlined letter of ``text`` ("&Guardar" -> "g"), if any."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] != "&":
            return text[index + 1].lower()
        index += 2


def _shown(widget: QWidget) -> bool:
    """On screen; a greyed-out control counts too: its letter comes back with it."""
    return widget.isVisible()


def _owners(root: QWidget) -> Iterator[tuple[str, QWidget, str]]:
    """(letter, widget, text) of every underlined letter that can be pressed under ``root``."""
    for button in root.findChildren(QAbstractButton):
        letter = _mnemonic(button.text())
        if letter and _shown(button):
            yield letter, button, button.text()
    for label in root.findChildren(QLabel):
        letter = _mnemonic(label.text())
        if letter and _shown(label) and label.buddy() is not None:
            yield letter, label, label.text()
    for group in root.findChildren(QGroupBox):
        letter = _mnemonic(group.title())
        if letter and _shown(group):
            yield letter, group, group.title()
    for bar in root.findChildren(QTabBar):
        if _shown(bar):
            for tab in range(bar.count()):
                letter = _mnemonic(bar.tabText(tab))
                if letter and bar.isTabEnabled(tab):
                    yield letter, bar, bar.tabText(tab)


def _header(workspace: Workspace) -> list[tuple[str, QWidget, str]]:
    """The lock and switch buttons above every page: part of every screen."""
    found = []
    for button in (workspace.lock_button, workspace.switch_button):
        letter = _mnemonic(button.text())
        if letter:
            found.append((letter, button, button.text()))
    return found


def _check_screen(
    qtbot: QtBot,
    name: str,
    root: QWidget,
    extra: list[tuple[str, QWidget, str]] | None = None,
) -> list[str]:
    """Every letter once on the screen, and pressing it reaches its control (else what not)."""
    seen: dict[str, str] = {}
    owners = [*_owners(root), *(extra or [])]
    clashes = []
    for letter, _widget, text in owners:
        if letter in seen and seen[letter] != text:
            clashes.append(f"Alt+{letter.upper()}: {seen[letter]!r} and {text!r}")
        seen.setdefault(letter, text)
    if clashes:
        return [f"{name}: " + "; ".join(clashes)]
    problems = []
    for letter, widget, text in owners:
        if not isinstance(widget, QAbstractButton) or not widget.isEnabled():
            continue
        hits: list[bool] = []

        def pressed(_w: QAbstractButton = widget, hits: list[bool] = hits) -> None:
            hits.append(True)
            _w.blockSignals(True)  # seen to act; its click (a lock, a save) is not wanted here

        widget.pressed.connect(pressed)
        qtbot.keyClick(widget.window(), letter, ALT)
        if not hits:
            problems.append(f"{name}: Alt+{letter.upper()} did not press {text!r}")
    return problems


@pytest.fixture(params=["es_MX", "en"])
def any_language_shell(
    request: pytest.FixtureRequest,
    make_shell: Callable[[CasebookStore, Settings], Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    translators: i18n.Translators,
    settle: Settle,
) -> Shell:
    language = str(request.param)
    translators.install(language)
    shell = make_shell(set_up_store, Settings(language=language))
    settle()
    shell.show_workspace(casebook)
    settle()
    return shell


def _fresh_page(shell: Shell, name: str, settle: Settle) -> QWidget:
    """The page on a workspace built anew (pressing mnemonics blocked the old buttons)."""
    casebook = shell.casebook
    assert casebook is not None
    shell.show_workspace(casebook, page=Workspace.PAGES.index(name))
    settle()
    workspace = shell.workspace
    assert workspace is not None
    return workspace.page(name)


def test_every_underlined_letter_is_unique_on_its_screen_and_works(
    qtbot: QtBot,
    any_language_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
) -> None:
    shell = any_language_shell
    language = shell.settings.language
    problems: list[str] = []
    for name in Workspace.PAGES:
        page = _fresh_page(shell, name, settle)
        workspace = shell.workspace
        assert workspace is not None
        if name == "quick":
            workspace.quick.representative.setVisible(True)  # shown for pensions
        problems += _check_screen(qtbot, f"{language} {name}", page, _header(workspace))

    # The household, step by step.
    page = _fresh_page(shell, "household", settle)
    workspace = shell.workspace
    assert workspace is not None
    household = workspace.household
    qtbot.keyClick(household.notice.accept_box, Qt.Key.Key_Space)
    for step in range(4):
        page = _fresh_page(shell, "household", settle)
        workspace = shell.workspace
        assert workspace is not None
        household = workspace.household
        household.notice.accept_box.setChecked(True)
        household.set_step(step)
        problems += _check_screen(
            qtbot, f"{language} household step {step + 1}", page, _header(workspace)
        )

    # The person window and the enrolment window.
    elder = casebook.people.register(
        people.person(None, identity=people.identity(min_age=70, max_age=80))
    )
    dialog = PersonDialog(casebook, shell.runner, elder.id, shell)
    dialog.show()
    settle()
    problems += _check_screen(qtbot, f"{language} person window", dialog)
    dialog.deleteLater()
    enrol = EnrolDialog(casebook, shell.runner, elder, parent=shell)
    enrol.show()
    settle()
    enrol.representative.setVisible(True)
    problems += _check_screen(qtbot, f"{language} enrolment window", enrol)
    enrol.deleteLater()
    assert not problems, "\n".join(problems)


def _focus() -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_focus_lands_inside_each_page_after_ctrl_number(
    qtbot: QtBot, workspace_shell: Shell, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    for number, name in enumerate(Workspace.PAGES, start=1):
        qtbot.keyClick(workspace, Qt.Key(Qt.Key.Key_0.value + number), CTRL)
        settle()
        page = workspace.page(name)
        focused = _focus()
        assert page.isAncestorOf(focused), f"Ctrl+{number} left focus on {focused!r}"
        assert focused is not workspace.switch_button


def test_enter_in_search_moves_into_the_results(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    person = casebook.people.register(people.person(None))
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_5, CTRL)
    settle()
    search = workspace.search
    type_into(qtbot, search.query, person.curp)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    settle()
    assert search.table.hasFocus()
    assert search.table.currentIndex().isValid()


def test_enter_adds_the_member_in_the_member_form(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    head = people.person()
    _type_member(qtbot, page, head)
    qtbot.keyClick(page.person_form.primer_apellido, Qt.Key.Key_Return)
    assert page.member_list.count() == 1
    assert page.person_form.curp.text() == ""
    assert page.person_form.curp.hasFocus(), "ready for the next member"


def test_enter_in_a_catalog_field_with_unmatched_text_says_so(
    qtbot: QtBot, workspace_shell: Shell
) -> None:
    page = _open(qtbot, workspace_shell)
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    form = page.address_form
    from tests.ui.ui_helpers import choose

    choose(form.state, "20")
    edit = form.municipality.lineEdit()
    assert edit is not None
    edit.setFocus()
    qtbot.keyClicks(edit, "Zzyzx")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert form.municipality_field.error.isVisible()
    assert "Zzyzx" in form.municipality_field.error.text()


def test_the_representative_box_is_reached_by_tab_and_has_its_own_letter(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, CTRL)
    page = workspace.quick
    elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    type_into(qtbot, page.form.curp, elder.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    type_into(qtbot, page.form.nombres, elder.nombres)
    type_into(qtbot, page.form.primer_apellido, elder.primer_apellido)
    assert page.representative.isVisible()
    page.program.setFocus()
    for _ in range(60):
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
        if _focus() is page.representative:
            break
    assert _focus() is page.representative, "Tab reaches the representative box"
    letter = _mnemonic(page.representative.title())
    assert letter is not None
    page.form.curp.setFocus()
    qtbot.keyClick(page, letter, ALT)
    assert page.representative.isChecked()


def _label(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton) else ""
    return widget.accessibleName() or text or type(widget).__name__


def _tab_stops(page: QWidget) -> list[QWidget]:
    """The controls of ``page`` that Tab should stop at (shown, enabled, taking Tab focus)."""
    return [
        widget
        for widget in page.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
    ]


@pytest.mark.parametrize("name", ["home", "household", "quick", "checks", "search", "settings"])
def test_tab_reaches_every_control_of_the_page_and_leaves_it(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    name: str,
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    index = Workspace.PAGES.index(name)
    qtbot.keyClick(workspace, Qt.Key(Qt.Key.Key_1.value + index), CTRL)
    settle()
    page = workspace.page(name)
    if name == "household":
        qtbot.keyClick(workspace.household.notice.accept_box, Qt.Key.Key_Space)
    if name == "quick":  # a pension: documents and the representative box are shown
        quick = workspace.quick
        elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
        type_into(qtbot, quick.form.curp, elder.curp)
        qtbot.keyClick(quick.form.curp, Qt.Key.Key_Return)
        settle()
        type_into(qtbot, quick.form.nombres, elder.nombres)
        type_into(qtbot, quick.form.primer_apellido, elder.primer_apellido)
        assert quick.representative.isVisible()
        quick.notice.accept_box.setFocus()
    if name == "search":  # with results: a table took Tab for its cells, a trap
        found = [casebook.people.register(people.person(None)) for _ in range(3)]
        type_into(qtbot, workspace.search.query, found[0].curp)
        qtbot.keyClick(workspace.search.query, Qt.Key.Key_Return)
        settle()
        assert workspace.search.model.rows
        workspace.search.query.setFocus()
    stops = _tab_stops(page)
    reached: list[QWidget] = []
    left = False
    for _ in range(4 * len(stops) + 10):
        focused = _focus()
        if page.isAncestorOf(focused):
            if focused not in reached:
                reached.append(focused)
        else:
            left = True
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    missed = [_label(w) for w in stops if w not in reached]
    assert not missed, f"{name}: Tab never reaches {missed}"
    assert left, f"{name}: Tab never leaves the page (a trap at {_focus()!r})"
