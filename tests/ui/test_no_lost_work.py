"""Nothing typed is ever lost: each way work used to vanish, driven by keyboard.

Each test types as a person would and then does what used to drop the input (a Shift+Tab,
the idle lock, Settings › Apply, closing a window, a correction over a registered person, a
crash), and checks the input is still there, or was asked about, or was said to be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.people import Relationship
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.household.page import HouseholdPage
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.quick import QuickEnrolPage
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.theme import apply_theme
from tests.ui.test_household import _accept_notice_and_fill_address, _open, _type_member
from tests.ui.ui_helpers import type_into

Settle = Callable[[], None]
CTRL = Qt.KeyboardModifier.ControlModifier


def _question(parent: QWidget) -> QMessageBox | None:
    """The open "unsaved input" question, if one is showing."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    found = parent.findChild(QMessageBox)
    return found if found is not None and found.isVisible() else None


def _quick(qtbot: QtBot, shell: Shell) -> QuickEnrolPage:
    workspace = shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, CTRL)
    assert workspace.stack.currentWidget() is workspace.quick
    return workspace.quick


def _start_quick(qtbot: QtBot, page: QuickEnrolPage, person: Any, settle: Settle) -> None:
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    type_into(qtbot, page.form.curp, person.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()


def _unlock_again(qtbot: QtBot, shell: Shell, credentials: Any, settle: Settle) -> Workspace:
    screen = shell.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase, credentials.passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    settle()
    workspace = shell.workspace
    assert workspace is not None
    settle()
    return workspace


def test_shift_tab_into_the_member_list_keeps_the_member_being_typed(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    head = people.person()
    _type_member(qtbot, page, head)
    qtbot.keyClick(page.add_member_button, Qt.Key.Key_Space)
    assert page.member_list.count() == 1
    spouse = people.person(Relationship.CONYUGE)
    form = page.person_form
    type_into(qtbot, form.curp, spouse.curp)
    type_into(qtbot, form.nombres, spouse.nombres)

    form.curp.setFocus()
    for _ in range(4):  # back past "Nuevo integrante" into the list
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        if page.member_list.hasFocus():
            break
    assert page.member_list.hasFocus()
    assert form.curp.text() == spouse.curp, "moving into the list loads nobody over the form"
    assert form.nombres.text() == spouse.nombres

    # Choosing member 1 with Enter asks first; Escape goes back to the member being typed.
    page.member_list.setCurrentRow(0)
    qtbot.keyClick(page.member_list, Qt.Key.Key_Return)
    question = _question(page)
    assert question is not None, "switching away from unsaved input asks first"
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert form.curp.text() == spouse.curp
    assert form.nombres.text() == spouse.nombres


def test_idle_lock_keeps_a_half_filled_fast_enrolment_and_unlock_brings_it_back(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle, credentials: Any
) -> None:
    page = _quick(qtbot, workspace_shell)
    elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
    _start_quick(qtbot, page, elder, settle)
    type_into(qtbot, page.form.nombres, elder.nombres)
    type_into(qtbot, page.form.primer_apellido, elder.primer_apellido)
    type_into(qtbot, page.form.phone, "9511234567")

    workspace_shell.idle.idle.emit()  # what the idle timer does when it runs out
    settle()
    assert workspace_shell.workspace is None
    workspace = _unlock_again(qtbot, workspace_shell, credentials, settle)
    qtbot.keyClick(workspace, Qt.Key.Key_3, CTRL)
    settle()
    page = workspace.quick
    assert page.notice.accepted
    assert page.form.curp.text() == elder.curp
    assert page.form.nombres.text() == elder.nombres
    assert page.form.primer_apellido.text() == elder.primer_apellido
    assert page.form.phone.text() == "9511234567"


def test_fast_enrolment_is_kept_as_typed_and_comes_back_after_a_crash(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
) -> None:
    page = _quick(qtbot, workspace_shell)
    elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
    _start_quick(qtbot, page, elder, settle)
    type_into(qtbot, page.form.nombres, elder.nombres)
    # No lock, no button: the draft is written a moment after the typing stops.
    qtbot.waitUntil(lambda: bool(casebook.drafts.saved("quick")), timeout=5_000)
    settle()

    # The app dies; a new window on the same casebook (a restart) finds the person again.
    fresh = Workspace(casebook, workspace_shell.runner, Settings())
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.show_page(Workspace.PAGES.index("quick"))
    settle()
    assert fresh.quick.form.curp.text() == elder.curp
    assert fresh.quick.form.nombres.text() == elder.nombres
    assert fresh.quick.notice.accepted


def test_applying_settings_keeps_the_household_in_progress(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    head = people.person()
    _type_member(qtbot, page, head)
    qtbot.keyClick(page.add_member_button, Qt.Key.Key_Space)
    child = people.child()
    type_into(qtbot, page.person_form.curp, child.curp)
    type_into(qtbot, page.person_form.nombres, child.nombres)

    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_6, CTRL)
    settings = workspace.settings
    qtbot.keyClick(settings.large_text, Qt.Key.Key_Space)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        qtbot.keyClick(settings.save_button, Qt.Key.Key_Space)
        settle()
        rebuilt = workspace_shell.workspace
        assert rebuilt is not None
        assert rebuilt is not workspace
        qtbot.keyClick(rebuilt, Qt.Key.Key_2, CTRL)
        settle()
        again: HouseholdPage = rebuilt.household
        assert again.step == 2, "still on the members step, not back at the notice"
        assert again.member_list.count() == 1
        assert again.address_form.street_name.text() == "Camino a la presa"
        assert again.person_form.curp.text() == child.curp
        assert again.person_form.nombres.text() == child.nombres
    finally:
        apply_theme(app, large_text=False, high_contrast=False)


def _person_dialog(
    qtbot: QtBot, casebook: Casebook, shell: Shell, person_id: str, settle: Settle
) -> PersonDialog:
    dialog = PersonDialog(casebook, shell.runner, person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    return dialog


def test_closing_the_person_window_with_unsaved_edits_asks_and_can_save(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    saved = casebook.people.register(people.person(None))
    dialog = _person_dialog(qtbot, casebook, workspace_shell, saved.id, settle)
    dialog.form.phone.setFocus()
    type_into(qtbot, dialog.form.phone, "9517654321")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    question = _question(dialog)
    assert question is not None, "closing with unsaved edits asks first"
    assert dialog.isVisible()
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default answer keeps the edits
    settle()
    assert casebook.people.get(saved.id).phone == "+529517654321"
    assert not dialog.isVisible()
    assert casebook.drafts.saved() == [], "nothing left over once saved"


def test_person_edits_survive_a_crash_and_are_offered_when_the_window_opens_again(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    saved = casebook.people.register(people.person(None))
    dialog = _person_dialog(qtbot, casebook, workspace_shell, saved.id, settle)
    type_into(qtbot, dialog.form.phone, "9517654321")
    qtbot.waitUntil(lambda: bool(casebook.drafts.saved("person")), timeout=5_000)
    settle()

    again = _person_dialog(qtbot, casebook, workspace_shell, saved.id, settle)
    assert again.form.phone.text() == "9517654321"
    assert "sin guardar" in again.save_status.text()
    assert casebook.people.get(saved.id).phone is None, "restored, not saved behind her back"


def test_corrections_typed_over_a_registered_person_are_saved_and_said(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder = casebook.people.register(
        people.person(None, identity=people.identity(min_age=70, max_age=80))
    )
    page = _quick(qtbot, workspace_shell)
    _start_quick(qtbot, page, elder, settle)
    assert "Ya está registrada" in page.found.text()
    page.form.phone.setFocus()
    type_into(qtbot, page.form.phone, "9511234567")
    qtbot.keyClick(page, Qt.Key.Key_D, CTRL)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    settle()
    assert casebook.people.get(elder.id).phone == "+529511234567"
    assert "corrección" in page.result.text().lower()
    assert [e.program_code for e in casebook.enrolments.of_person(elder.id)] == ["PAM"]


def test_next_person_with_unsaved_input_asks_first(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    page = _quick(qtbot, workspace_shell)
    elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
    _start_quick(qtbot, page, elder, settle)
    type_into(qtbot, page.form.nombres, elder.nombres)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    question = _question(page)
    assert question is not None
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert page.form.nombres.text() == elder.nombres


def test_another_users_half_typed_enrolment_does_not_open_in_this_session(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    set_up_store: CasebookStore,
    settle: Settle,
) -> None:
    casebook.users.add("Luis Pérez", Role.CLERK, "maiz azul en la milpa 2026")
    other = set_up_store.unlock("Luis Pérez", "maiz azul en la milpa 2026")
    other.drafts.save(
        "quick", "Inscripción rápida: X", {"person": {"nombres": "Citlali"}, "consent": {}}
    )
    other.lock()
    page = _quick(qtbot, workspace_shell)
    settle()
    assert page.form.nombres.text() == "", "someone else's entry is theirs to finish"


def test_enrolment_ticks_are_kept_and_closing_with_them_asks_first(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder = casebook.people.register(
        people.person(None, identity=people.identity(min_age=70, max_age=80))
    )
    dialog = EnrolDialog(casebook, workspace_shell.runner, elder)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    pam = next(card for card in dialog.cards if card.program.code == "PAM")
    qtbot.keyClick(pam.checklist.boxes["acta_nacimiento"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(casebook.drafts.saved("enrol")), timeout=5_000)
    settle()

    again = EnrolDialog(casebook, workspace_shell.runner, elder)
    qtbot.addWidget(again)
    again.show()
    settle()
    kept = next(card for card in again.cards if card.program.code == "PAM")
    assert kept.checklist.boxes["acta_nacimiento"].isChecked(), "back after a crash"
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    question = _question(again)
    assert question is not None, "closing with ticks not enrolled asks first"
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert again.isVisible()
    assert casebook.enrolments.of_person(elder.id) == []
