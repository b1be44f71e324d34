"""Each life event through the person window, by keyboard: the dialog opens on its mnemonic,
refuses what the domain refuses (beside the field, in words), and saves what it should."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.enrollments import ClosureReason, EnrollmentStatus
from bienestar_field.domain.people import LeaveReason, Person, Relationship
from bienestar_field.ui import i18n
from bienestar_field.ui.life_events import (
    AddressDialog,
    CloseEnrolmentDialog,
    CurpDialog,
    DeathDialog,
    LeaveDialog,
    MoveDialog,
)
from bienestar_field.ui.main import Shell
from bienestar_field.ui.search import PersonDialog
from tests.domain.test_life_events import replacement_curp
from tests.storage.test_casebook import enrollment_for
from tests.ui.ui_helpers import choose, type_into

Settle = Callable[[], None]
ALT = Qt.KeyboardModifier.AltModifier
D = TypeVar("D", bound=QDialog)


def person_window(
    qtbot: QtBot, casebook: Casebook, shell: Shell, person_id: str, settle: Settle
) -> PersonDialog:
    dialog = PersonDialog(casebook, shell.runner, person_id, shell)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    settle()
    return dialog


def open_by_key(qtbot: QtBot, window: PersonDialog, letter: str, kind: type[D]) -> D:
    """Press Alt+letter in the person window; the life-event dialog it opens."""
    qtbot.keyClick(window, letter, ALT)
    # A mnemonic animates the click: the button is clicked a moment later.
    qtbot.waitUntil(lambda: window.findChild(kind) is not None, timeout=5_000)
    found = window.findChild(kind)
    assert found is not None, f"Alt+{letter.upper()} opens no {kind.__name__}"
    qtbot.waitUntil(found.isVisible, timeout=5_000)
    return found


def save(qtbot: QtBot, dialog: QDialog, settle: Settle) -> None:
    """Enter in the dialog: its default button saves."""
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle()


def field_error(dialog: Any, field: str) -> str:
    return str(dialog.fields[field].error.text())


def day(value: Any) -> str:
    return str(i18n.format_date(value))


def an_elder_enrolled(casebook: Casebook, people: Any) -> tuple[Person, str]:
    elder = casebook.people.register(
        people.person(None, identity=people.identity(min_age=70, max_age=80))
    )
    pension = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    return elder, pension.id


def test_a_death_is_refused_in_the_future_then_recorded_and_closes_the_enrolments(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder, pension_id = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    today = casebook.now().astimezone().date()

    dialog = open_by_key(qtbot, window, "f", DeathDialog)
    assert "(1)" in dialog.intro.text()  # one open enrolment will be withdrawn
    type_into(qtbot, dialog.date, day(today + timedelta(days=1)))
    save(qtbot, dialog, settle)

    assert dialog.isVisible()
    assert "no puede ser posterior a hoy" in field_error(dialog, "date")
    assert casebook.people.get(elder.id).death_date is None
    dialog.date.clear()
    type_into(qtbot, dialog.date, "31/02/2026")
    save(qtbot, dialog, settle)
    assert "DD/MM/AAAA" in field_error(dialog, "date")

    dialog.date.clear()
    type_into(qtbot, dialog.date, day(today))
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Aviso de la hija")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)  # Tab leaves the note for the next control
    save(qtbot, dialog, settle)

    assert not dialog.isVisible()
    assert casebook.people.get(elder.id).death_date == today
    (closed,) = casebook.enrolments.of_person(elder.id)
    assert (closed.id, closed.status, closed.closure_reason) == (
        pension_id,
        EnrollmentStatus.BAJA,
        ClosureReason.FALLECIMIENTO,
    )
    assert f"Falleció el {day(today)}" in window.facts.text()
    assert "Baja: Fallecimiento" in window.enrollment_model.data(
        window.enrollment_model.index(0, 2)
    )
    for button in (window.death_button, window.move_button, window.leave_button):
        assert not button.isEnabled()
    assert not window.enrol_button.isEnabled()
    assert window.history_model.rows[-1].fields["death_date"] == today.isoformat()


def test_removing_a_member_for_another_reason_asks_for_a_note_then_keeps_them_as_former(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    household = casebook.households.register(people.household(3))
    child = household.members[2]
    window = person_window(qtbot, casebook, workspace_shell, child.id, settle)
    today = casebook.now().astimezone().date()

    dialog = open_by_key(qtbot, window, "b", LeaveDialog)
    save(qtbot, dialog, settle)
    assert "Elija el motivo" in field_error(dialog, "reason")
    assert "fecha" in field_error(dialog, "date").lower()

    choose(dialog.reason, LeaveReason.OTRO.value)
    type_into(qtbot, dialog.date, day(today))
    save(qtbot, dialog, settle)
    assert "escriba una nota" in field_error(dialog, "note")
    dialog.note.setPlainText("Se fue con su padre a Monterrey")
    save(qtbot, dialog, settle)

    assert not dialog.isVisible()
    gone = casebook.people.get(child.id)
    assert (gone.left_household_on, gone.left_household_reason) == (today, LeaveReason.OTRO)
    assert len(casebook.households.get(household.id).members) == 2
    assert "Ya no es integrante del hogar" in window.facts.text()
    assert "Ya no son integrantes" in window.members_text.text()
    assert child.nombres in window.members_text.text().split("Ya no son integrantes")[1]
    assert not window.leave_button.isEnabled()


def test_moving_a_member_by_the_folio_of_the_other_household(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    origin = casebook.households.register(people.household(3))
    target = casebook.households.register(people.household(2))
    member = origin.members[2]
    window = person_window(qtbot, casebook, workspace_shell, member.id, settle)
    today = casebook.now().astimezone().date()

    dialog = open_by_key(qtbot, window, "m", MoveDialog)
    type_into(qtbot, dialog.household, "ZZZ999-000001-A")
    choose(dialog.relationship, Relationship.NIETA_O_NIETO.value)
    type_into(qtbot, dialog.date, day(today))
    save(qtbot, dialog, settle)
    assert "No hay un hogar con ese folio" in field_error(dialog, "household")

    dialog.household.clear()
    type_into(qtbot, dialog.household, str(target.folio).lower())
    save(qtbot, dialog, settle)

    assert not dialog.isVisible()
    moved = casebook.people.get(member.id)
    assert (moved.id, moved.folio, moved.household_id) == (member.id, member.folio, target.id)
    assert moved.relationship is Relationship.NIETA_O_NIETO
    assert member.id in {m.id for m in casebook.households.get(target.id).members}
    assert f"Hogar {target.folio}" in window.facts.text()
    assert window.history_model.rows[-1].fields["household_since"] == today.isoformat()


def test_suspending_the_selected_enrolment(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder, pension_id = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    window.tabs.setCurrentIndex(1)
    window.enrollment_table.setFocus()
    window.enrollment_table.selectRow(0)
    today = casebook.now().astimezone().date()

    dialog = open_by_key(qtbot, window, "s", CloseEnrolmentDialog)
    choose(dialog.action, EnrollmentStatus.SUSPENDIDA.value)
    choose(dialog.reason, ClosureReason.INCUMPLIMIENTO.value)
    type_into(qtbot, dialog.date, day(today))
    save(qtbot, dialog, settle)

    assert not dialog.isVisible()
    (suspended,) = casebook.enrolments.of_person(elder.id)
    assert (suspended.id, suspended.status, suspended.closed_on) == (
        pension_id,
        EnrollmentStatus.SUSPENDIDA,
        today,
    )
    shown = window.enrollment_model.data(window.enrollment_model.index(0, 2))
    assert shown == f"Suspendida: Incumplimiento de corresponsabilidades, desde el {day(today)}"
    # Still open: it can be withdrawn later, but not suspended twice.
    assert window.close_enrolment_button.isEnabled()


def test_correcting_a_curp_refuses_one_that_disagrees_then_saves_the_right_one(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    person = casebook.people.register(people.person(None))
    stranger = people.identity(min_age=20, max_age=25)
    window = person_window(qtbot, casebook, workspace_shell, person.id, settle)

    dialog = open_by_key(qtbot, window, "u", CurpDialog)
    type_into(qtbot, dialog.curp, stranger.curp)
    save(qtbot, dialog, settle)
    assert dialog.isVisible()
    assert "no coincide" in dialog.error.text() + " ".join(
        field_error(dialog, name) for name in dialog.fields
    )

    assert QApplication.focusWidget() is dialog.curp  # back where the problem is
    dialog.curp.clear()
    fixed = replacement_curp(person.curp)
    type_into(qtbot, dialog.curp, fixed)
    dialog.note.setPlainText("Se corrigió con el acta de nacimiento")
    save(qtbot, dialog, settle)

    assert not dialog.isVisible()
    assert casebook.people.get(person.id).curp == fixed
    assert casebook.people.find_by_curp(fixed) is not None
    assert window.form.curp.text() == fixed
    labels = [window.history_model.data(window.history_model.index(r, 2)) for r in range(2)]
    assert labels == ["Registro", "Corrección de CURP"]


def test_changing_the_address_keeps_the_old_one_in_the_household_history(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    household = casebook.households.register(people.household(2))
    window = person_window(qtbot, casebook, workspace_shell, household.members[0].id, settle)
    window.tabs.setCurrentIndex(2)
    today = casebook.now().astimezone().date()

    dialog = open_by_key(qtbot, window, "l", AddressDialog)
    type_into(qtbot, dialog.date, day(today))
    save(qtbot, dialog, settle)
    assert "no cambió" in dialog.error.text()

    dialog.address_form.street_name.clear()
    type_into(qtbot, dialog.address_form.street_name, "Avenida Independencia")
    save(qtbot, dialog, settle)

    assert not dialog.isVisible()
    again = casebook.households.get(household.id)
    assert again.address.street_name == "Avenida Independencia"
    assert again.address_since == today
    assert "Avenida Independencia" in window.household_text.text()
    rows = window.household_history_model.rows
    assert [r.operation for r in rows] == ["create", "update"]
    assert rows[0].fields["street_name"] == household.address.street_name
    shown = window.household_history_model.data(window.household_history_model.index(1, 2))
    assert shown == "Cambio de domicilio"


def test_the_dialogs_speak_english_when_english_is_chosen(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    translators: i18n.Translators,
) -> None:
    elder, _pension = an_elder_enrolled(casebook, people)
    translators.install("en")
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    assert window.death_button.text() == "Record dea&th…"
    dialog = open_by_key(qtbot, window, "t", DeathDialog)
    type_into(qtbot, dialog.date, day(elder.birth_date - timedelta(days=1)))
    save(qtbot, dialog, settle)
    assert dialog.windowTitle() == "Record a death"
    assert field_error(dialog, "date") == (
        "✖ The date of death cannot be earlier than the date of birth."
    ) or "cannot be earlier than the date of birth" in field_error(dialog, "date")
