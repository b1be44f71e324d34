"""Errors come to the person: summed up at the top, the first field focused and in view.

Also: a person no program applies to is told why, program by program; a condition only a
visit can settle is not shown as met, and has a box to confirm it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.people import Sex
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.main import Shell
from tests.ui.test_household import _open
from tests.ui.ui_helpers import type_into

Settle = Callable[[], None]
CTRL = Qt.KeyboardModifier.ControlModifier


def _in_view(widget: QWidget) -> bool:
    """Whether ``widget`` shows inside every scroll area around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            viewport = parent.viewport()
            top_left = widget.mapTo(viewport, QPoint(0, 0))
            if not viewport.rect().intersects(QRect(top_left, widget.size())):
                return False
        parent = parent.parentWidget()
    return True


def test_next_on_the_address_sums_up_and_focuses_the_first_field_in_error(
    qtbot: QtBot, workspace_shell: Shell
) -> None:
    page = _open(qtbot, workspace_shell)
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    assert page.step == 1
    form = page.address_form
    form.reference.setFocus()  # the bottom of the form, scrolled down
    type_into(qtbot, form.postal_code, "123")
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    assert page.step == 1
    assert page.summary.isVisible()
    assert "datos por corregir" in page.summary.text()
    assert "Estado" in page.summary.text()
    assert "Código postal" in page.summary.text()
    assert QApplication.focusWidget() is form.state, "the first field in error, top to bottom"
    assert _in_view(form.state)


def test_ctrl_enter_on_the_fast_enrolment_brings_every_error_to_the_person(
    qtbot: QtBot, workspace_shell: Shell, people: Any, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, CTRL)
    page = workspace.quick
    elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
    type_into(qtbot, page.form.curp, elder.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    type_into(qtbot, page.form.nombres, elder.nombres)
    page.all_documents.setFocus()  # further down the page
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    assert page.summary.isVisible()
    summary = page.summary.text()
    assert "Aviso de privacidad" in summary
    assert "Primer apellido" in summary
    assert QApplication.focusWidget() is page.notice.accept_box, "the notice is the first"
    assert _in_view(page.notice.accept_box)

    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    assert QApplication.focusWidget() is page.form.primer_apellido
    assert "Aviso de privacidad" not in page.summary.text()


def test_a_person_no_program_applies_to_is_told_why_for_each_program(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, CTRL)
    page = workspace.quick
    man = people.person(None, identity=people.identity(sex=Sex.HOMBRE, min_age=30, max_age=40))
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    type_into(qtbot, page.form.curp, man.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    type_into(qtbot, page.form.nombres, man.nombres)
    type_into(qtbot, page.form.primer_apellido, man.primer_apellido)

    assert page.program.currentText() == "Ningún programa le corresponde"
    why = page.reasons.text().split("\n")
    assert why[0] == "Ningún programa le corresponde, porque:"
    names = [program.name for program in casebook.catalog]
    assert len(why) == 1 + len(names)
    pam = next(line for line in why if "Pensión Adultos Mayores" in line)
    assert pam.startswith("✖ ")
    assert "65" in pam
    qtbot.keyClick(page, Qt.Key.Key_Return, CTRL)
    assert "Ningún programa le corresponde" in page.program_field.error.text()
    assert "Complete los datos" not in page.program_field.error.text()


def test_a_condition_to_verify_in_the_field_is_not_ticked_and_must_be_confirmed(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    household = casebook.households.register(people.household(2))
    farmer = household.members[0]
    dialog = EnrolDialog(casebook, workspace_shell.runner, farmer, household=household)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    card = next(c for c in dialog.cards if c.program.code == "SV")
    assert "Verificar en campo" not in card.reasons.text(), "not shown as met"
    checks = card.field_checks
    assert checks.isVisible()
    assert checks.boxes, "one box per condition to confirm"
    for other in dialog.cards:
        other.setChecked(other is card)
    dialog.notice.accept_box.setChecked(True)
    card.checklist.check_all(True)
    qtbot.keyClick(dialog.enrol_button, Qt.Key.Key_Space)
    settle()
    assert checks.error.isVisible()
    assert casebook.enrolments.of_person(farmer.id) == []
    for box in checks.boxes:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not checks.error.isVisible()
    qtbot.keyClick(dialog.enrol_button, Qt.Key.Key_Space)
    settle()
    assert [e.program_code for e in casebook.enrolments.of_person(farmer.id)] == ["SV"]
