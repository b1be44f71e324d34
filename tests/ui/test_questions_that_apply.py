"""Questions that apply: skip logic from age and sex in every person form, by keyboard.

A three-year-old is not asked phone, occupation or pregnancy, and what was typed there before
the CURP gave the age is never saved (and the form says so); pregnancy only for women of a
plausible age; "no estudia" clears and disables "public school"; "Guardar cambios" stays in
view on a netbook at large text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.people import Occupation, Person, Relationship, Sex
from bienestar_field.ui.main import Shell
from bienestar_field.ui.person_form import PersonForm
from bienestar_field.ui.screen_fit import fitted_size
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.theme import apply_theme
from tests.ui.test_household import _accept_notice_and_fill_address, _open, _type_member
from tests.ui.ui_helpers import type_into

Settle = Callable[[], None]


def _toddler(people: Any, sex: Sex = Sex.MUJER) -> Person:
    who = people.identity(sex=sex, min_age=3, max_age=3)
    person: Person = people.person(Relationship.HIJA_O_HIJO, identity=who)
    return person


def _form(qtbot: QtBot) -> PersonForm:
    # The real clock: the ages used here (30, 70-80) are far from any limit.
    form = PersonForm(household=True)
    qtbot.addWidget(form)
    form.show()
    return form


def _tab_through(qtbot: QtBot, start: QWidget, end: QWidget) -> list[QWidget]:
    """Every widget Tab reaches from ``start`` until ``end`` (the way a person tabs)."""
    start.setFocus()
    reached: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        if focused is end:
            return reached
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the end")


def test_a_three_year_old_member_is_not_asked_and_nothing_typed_before_is_saved(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    head = people.person(Relationship.JEFA_O_JEFE, identity=people.identity(min_age=30))
    _type_member(qtbot, page, head)
    qtbot.keyClick(page.person_form.nombres, Qt.Key.Key_Return)  # Enter adds the member
    assert page.member_list.count() == 1

    form = page.person_form
    # Typed before the CURP (which gives the age): a phone, a pregnancy, an occupation.
    type_into(qtbot, form.phone, "9511234567")
    type_into(qtbot, form.pregnancy, (date(2026, 6, 1)).strftime("%d/%m/%Y"))
    form.occupation.setFocus()
    qtbot.keyClick(form.occupation, Qt.Key.Key_Home)  # the first option: "trabaja"
    assert form.occupation.currentData() == Occupation.TRABAJA.value
    assert form.phone.isVisible()
    assert form.pregnancy.isVisible()
    assert form.occupation.isVisible()

    child = _toddler(people)
    _type_member(qtbot, page, child)
    assert form.birth_date.text() == child.birth_date.strftime("%d/%m/%Y")
    for hidden in (form.phone, form.pregnancy, form.occupation):
        assert not hidden.isVisible(), hidden.accessibleName()
    assert form.school_level.isVisible(), "preescolar starts at three"
    reached = _tab_through(qtbot, form.curp, form.school_level)
    for skipped in (form.phone, form.pregnancy, form.occupation):
        assert skipped not in reached, f"Tab stopped on {skipped.accessibleName()}"
    # What was typed is not silently dropped: the form says it will not be saved, and why.
    assert form.skipped_note.isVisible()
    note = form.skipped_note.text()
    assert "no se guardará" in note
    assert "El teléfono se pregunta desde los 12 años." in note
    assert "El embarazo se registra de los 10 a los 55 años." in note

    qtbot.keyClick(form.nombres, Qt.Key.Key_Return)
    assert page.member_list.count() == 2
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.step == 3
    qtbot.keyClick(page.register_button, Qt.Key.Key_Space)
    settle()
    stored = casebook.people.find_by_curp(child.curp)
    assert stored is not None
    assert stored.phone is None
    assert stored.pregnancy_due_date is None
    assert stored.occupation is Occupation.DESCONOCIDA


def test_pregnancy_is_asked_of_women_and_non_binary_people_of_a_plausible_age(
    qtbot: QtBot, people: Any
) -> None:
    form = _form(qtbot)
    assert form.pregnancy.isVisible(), "nothing is ruled out before age and sex are known"
    man = people.identity(sex=Sex.HOMBRE, min_age=30, max_age=30)
    type_into(qtbot, form.curp, man.curp)
    assert form.sex.currentData() == Sex.HOMBRE.value
    assert not form.pregnancy.isVisible()
    assert form.phone.isVisible()
    form.sex.setFocus()
    qtbot.keyClick(form.sex, Qt.Key.Key_Up)  # the option above "hombre": "mujer"
    assert form.sex.currentData() == Sex.MUJER.value
    assert form.pregnancy.isVisible()

    form.clear()
    elder = people.identity(sex=Sex.MUJER, min_age=70, max_age=80)
    type_into(qtbot, form.curp, elder.curp)
    assert not form.pregnancy.isVisible(), "no pregnancy at seventy"
    assert form.occupation.isVisible()


def test_not_studying_clears_and_disables_public_school(qtbot: QtBot) -> None:
    form = _form(qtbot)
    form.school_level.setFocus()
    assert form.school_level.currentData() == ""  # "No estudia"
    assert not form.school_public.isEnabled()
    assert not form.school_public.isChecked()
    qtbot.keyClick(form.school_level, Qt.Key.Key_Down)  # preescolar
    assert form.school_public.isEnabled()
    assert form.school_public.isChecked(), "public is the usual answer once a level is chosen"
    qtbot.keyClick(form.school_public, Qt.Key.Key_Space)  # a private school
    type_into(qtbot, form.cct, "14DPR0001X")
    assert not form.school_public.isChecked()
    qtbot.keyClick(form.school_level, Qt.Key.Key_Home)  # back to "No estudia"
    assert not form.school_public.isEnabled()
    assert not form.school_public.isChecked()
    assert not form.cct.isEnabled()
    assert form.cct.text() == ""
    assert form.raw_values()["school_public"] is False
    qtbot.keyClick(form.school_level, Qt.Key.Key_Down)
    assert form.school_public.isChecked(), "a new level starts from the usual answer again"


def test_the_fast_enrolment_does_not_ask_a_childs_phone(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.quick
    assert page.form.phone.isVisible()
    child = _toddler(people, Sex.HOMBRE)
    type_into(qtbot, page.form.curp, child.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    assert not page.form.phone.isVisible()


# --- "Guardar cambios" in view ----------------------------------------------------------------

NETBOOK = QRect(0, 0, 1024, 600)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    apply_theme(qapp, large_text=True, high_contrast=False)
    yield
    apply_theme(qapp, large_text=False, high_contrast=False)


def _in_view(widget: QWidget, window: QWidget) -> bool:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not widget.isVisible() or not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            if not QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size()).contains(rect):
                return False
        parent = parent.parentWidget()
    return True


def test_save_changes_stays_in_view_on_a_netbook_at_large_text(
    qtbot: QtBot,
    large_text: None,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
) -> None:
    household = people.household(3)
    casebook.households.register(household)
    head = casebook.people.find_by_curp(household.members[0].curp)
    assert head is not None
    dialog = PersonDialog(casebook, workspace_shell.runner, head.id, workspace_shell)
    qtbot.addWidget(dialog)
    settle()
    dialog.resize(dialog.size().boundedTo(fitted_size(dialog.size(), NETBOOK)))
    dialog.show()
    settle()
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.height() <= NETBOOK.height()
    scroll = next(
        area for area in dialog.findChildren(QScrollArea) if area.isAncestorOf(dialog.form)
    )
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the form is longer than the netbook's screen"
    for position in (bar.minimum(), bar.maximum()):  # the top and the bottom of the form
        bar.setValue(position)
        QApplication.processEvents()
        assert _in_view(dialog.save_button, dialog), "Guardar cambios scrolled out of view"
    # Saving by keyboard from the bottom of the form.
    form = dialog.form
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    form.phone.setFocus()
    form.phone.clear()
    type_into(qtbot, form.phone, "9517654321")
    qtbot.keyClick(dialog, "g", Qt.KeyboardModifier.AltModifier)  # &Guardar cambios
    qtbot.waitUntil(lambda: "Cambios guardados" in dialog.save_status.text())  # animated click
    assert casebook.people.get(head.id).phone == "+529517654321"
