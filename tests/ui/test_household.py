"""Registering a household step by step, its inline validation, drafts, enrolment, receipt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.people import Person, Relationship
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.household.page import HouseholdPage
from bienestar_field.ui.main import Shell
from tests.ui.ui_helpers import choose, type_into

Settle = Callable[[], None]


def _open(qtbot: QtBot, shell: Shell) -> HouseholdPage:
    workspace = shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert workspace.stack.currentWidget() is workspace.household
    return workspace.household


def _accept_notice_and_fill_address(qtbot: QtBot, page: HouseholdPage) -> None:
    assert not page.next_button.isEnabled(), "no capture before the privacy notice"
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    form = page.address_form
    choose(form.state, "20")
    choose(form.municipality, "067")
    assert form.locality.count() > 0, "localities come from the catalog"
    type_into(qtbot, form.locality, "Ranchito del Cerro")  # typed: under 1,000 inhabitants
    type_into(qtbot, form.street_name, "Camino a la presa")
    type_into(qtbot, form.postal_code, "68000")
    type_into(qtbot, form.reference, "A 200 m de la escuela")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == 2


def _type_member(qtbot: QtBot, page: HouseholdPage, person: Person, *, birth: str = "") -> None:
    form = page.person_form
    type_into(qtbot, form.curp, person.curp)
    type_into(qtbot, form.nombres, person.nombres)
    type_into(qtbot, form.primer_apellido, person.primer_apellido)
    type_into(qtbot, form.segundo_apellido, person.segundo_apellido or "")
    if birth:
        form.birth_date.clear()
        type_into(qtbot, form.birth_date, birth)
        form.birth_date.editingFinished.emit()
    if person.relationship is not None:
        choose(form.relationship, person.relationship.value)


def test_registering_a_household_stores_it_with_its_members(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    head = people.person(Relationship.JEFA_O_JEFE)
    child = people.child()
    _type_member(qtbot, page, head)
    # Typing the CURP filled what it encodes.
    form = page.person_form
    assert form.birth_date.text() == head.birth_date.strftime("%d/%m/%Y")
    assert form.sex.currentData() == head.sex.value
    assert form.birth_state.currentData() == head.birth_state
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    assert page.member_list.count() == 1
    _type_member(qtbot, page, child)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # adds the member on the way
    assert page.step == 3
    assert head.primer_apellido in page.review.text()
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    settle()

    assert page.controller.household is not None
    assert page.controller.household.folio
    assert page.controller.household.folio in page.result_title.text()
    stored_head = casebook.people.find_by_curp(head.curp)
    stored_child = casebook.people.find_by_curp(child.curp)
    assert stored_head is not None
    assert stored_child is not None
    household = casebook.households.get(stored_head.household_id or "")
    assert household.address.locality_name == "Ranchito del Cerro"
    assert household.address.locality_code is None
    assert household.address.state_code == "20"
    assert household.address.municipality_code == "067"
    assert {m.curp for m in household.members} == {head.curp, child.curp}
    assert stored_head.relationship is Relationship.JEFA_O_JEFE
    assert workspace_shell.pending.text().startswith(
        f"{casebook.reports.pending_changes()} cambios"
    )

    receipt = page.controller.receipt()
    assert receipt is not None
    assert receipt.folio == household.folio
    assert receipt.members == 2


def test_bad_curp_is_explained_beside_the_field_and_nothing_is_added(
    qtbot: QtBot, workspace_shell: Shell, people: Any
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    person = people.person()
    wrong = person.curp[:17] + str((int(person.curp[17]) + 1) % 10)
    type_into(qtbot, page.person_form.curp, wrong)
    error = page.person_form.curp_field.error
    assert error.isVisible()
    assert "dígito verificador" in error.text()
    type_into(qtbot, page.person_form.nombres, "Ana")
    type_into(qtbot, page.person_form.primer_apellido, "Luna")
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    assert page.member_list.count() == 0
    assert "dígito verificador" in error.text()


def test_birth_date_that_disagrees_with_the_curp_is_flagged_and_blocks(
    qtbot: QtBot, workspace_shell: Shell, people: Any
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    person = people.person()
    other_day = person.birth_date.replace(day=1 if person.birth_date.day != 1 else 2)
    _type_member(qtbot, page, person, birth=other_day.strftime("%d/%m/%Y"))
    error = page.person_form.birth_date_field.error
    assert error.isVisible()
    assert "No coincide con la CURP" in error.text()
    assert person.birth_date.strftime("%d/%m/%Y") in error.text()
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    assert page.member_list.count() == 0
    assert "no coincide con la CURP" in error.text()


def test_missing_required_field_is_shown_beside_it(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    person = people.person()
    type_into(qtbot, page.person_form.curp, person.curp)
    type_into(qtbot, page.person_form.primer_apellido, person.primer_apellido)
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    assert page.member_list.count() == 0
    assert "Escriba el nombre" in page.person_form.nombres_field.error.text()
    assert page.person_form.nombres.hasFocus() or not page.isActiveWindow()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == 2
    assert casebook.people.find_by_curp(person.curp) is None


def test_address_errors_are_shown_before_moving_on(qtbot: QtBot, workspace_shell: Shell) -> None:
    page = _open(qtbot, workspace_shell)
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.address_form.postal_code, "123")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == 1
    assert "Elija el estado" in page.address_form.state_field.error.text()
    assert "código postal" in page.address_form.postal_field.error.text()


def test_draft_is_saved_and_resumed_from_the_home_page(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    head = people.person()
    _type_member(qtbot, page, head)
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert "Borrador guardado" in page.draft_status.text()
    drafts = casebook.drafts.saved()
    assert len(drafts) == 1
    assert "Ranchito del Cerro" in drafts[0].label

    page.controller.reset()
    workspace = workspace_shell.workspace
    assert workspace is not None
    workspace.show_page(0)
    settle()
    home = workspace.home
    assert home.drafts.count() == 1
    home.drafts.setCurrentRow(0)
    qtbot.mouseClick(home.resume_button, Qt.MouseButton.LeftButton)
    settle()
    assert workspace.stack.currentWidget() is page
    assert page.step == 2
    assert page.member_list.count() == 1
    assert page.address_form.street_name.text() == "Camino a la presa"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    settle()
    assert casebook.people.find_by_curp(head.curp) is not None
    assert casebook.drafts.saved() == [], "a registered draft is deleted"


def test_members_are_enrolled_from_the_result_with_documents_and_consent(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    page = _open(qtbot, workspace_shell)
    _accept_notice_and_fill_address(qtbot, page)
    elder = people.person(identity=people.identity(min_age=70, max_age=80))
    _type_member(qtbot, page, elder)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    settle()
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    settle()
    dialog = page.findChild(EnrolDialog)
    assert dialog is not None
    assert dialog.notice.accepted, "the notice accepted at the start of the visit carries over"
    cards = {card.program.code: card for card in dialog.cards}
    assert "PAM" in cards
    cards["PAM"].setChecked(True)
    assert "PMB" not in cards
    assert "Pensión Mujeres Bienestar" in dialog.ineligible.text()
    assert any("65" in reason for reason in cards["PAM"].reasons.text().splitlines())

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    settle()
    pam = cards["PAM"]
    assert (
        "Falta el documento: Acta de nacimiento" in pam.checklist.errors["acta_nacimiento"].text()
    )
    stored = casebook.people.find_by_curp(elder.curp)
    assert stored is not None
    assert casebook.enrolments.of_person(stored.id) == []

    pam.checklist.check_all(True)
    dialog.representative.setChecked(True)
    rep = people.person(None, identity=people.identity(min_age=30, max_age=50))
    type_into(qtbot, dialog.representative.nombres, rep.nombres)
    type_into(qtbot, dialog.representative.primer_apellido, rep.primer_apellido)
    type_into(qtbot, dialog.representative.curp, rep.curp)
    type_into(qtbot, dialog.representative.relationship, "hija")
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    settle()
    enrollments = casebook.enrolments.of_person(stored.id)
    assert [e.program_code for e in enrollments] == ["PAM"]
    saved = enrollments[0]
    assert saved.consent is not None
    assert saved.consent.accepted
    assert saved.representative is not None
    assert saved.representative.curp == rep.curp
    assert all(saved.documents.values())
    assert saved.folio in dialog.done_label.text()
    assert page.controller.receipt() is not None
    assert [line.folio for line in page.controller.receipt().programs] == [saved.folio]  # type: ignore[union-attr]
