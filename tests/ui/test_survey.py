"""The household socioeconomic survey, by keyboard: a household of four surveyed from its
page, the laptop locked half-way and unlocked, the survey finished where it was left, and the
poverty result with its reasons shown on the household's page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.poverty import Standing
from bienestar_field.domain.survey import survey_id_for
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.survey import MemberStep, SurveyDialog
from bienestar_field.ui.widgets import combo_value

Settle = Callable[[], None]


def pick(qtbot: QtBot, box: QComboBox, value: str) -> None:
    """Choose ``value`` with the arrow keys, as a person does on a focused list."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if combo_value(box) == value:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert combo_value(box) == value, f"{value} is not an option"


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()


def type_number(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QSpinBox):
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def next_step(qtbot: QtBot, dialog: SurveyDialog) -> None:
    before = dialog.step
    dialog.next_button.setFocus()
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    assert dialog.step == before + 1


def survey_of(person_dialog: PersonDialog, settle: Settle) -> SurveyDialog:
    person_dialog.tabs.setCurrentIndex(2)  # Hogar
    qtbot_focus = person_dialog.survey_button
    qtbot_focus.setFocus()
    qtbot_focus.click()
    settle()
    dialog = person_dialog.findChild(SurveyDialog)
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def answer_member(qtbot: QtBot, step: MemberStep, *, earns: str | None) -> None:
    if step.asks_income:
        if earns is None:
            pick(qtbot, step.has_income, "no")
        else:
            pick(qtbot, step.has_income, "yes")
            check, amount, frequency, _row = step.sources["trabajo"]
            tick(qtbot, check)
            assert amount.isVisibleTo(step), "the amount is asked once the source is ticked"
            type_number(qtbot, amount, earns)
            pick(qtbot, frequency, "mensual")
        pick(qtbot, step.social_security, "no")
    else:
        assert not step.has_income.isVisibleTo(step), "no income questions for a child"
    if step.asks_schooling:
        pick(qtbot, step.schooling, "primaria" if step.respondent.age >= 12 else "preescolar")
    if step.asks_attendance:
        pick(qtbot, step.attends, "yes" if step.respondent.age < 18 else "no")
    tick(qtbot, step.health["imss_bienestar"])


def unlock_again(qtbot: QtBot, shell: Shell, credentials: Any, settle: Settle) -> Workspace:
    screen = shell.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase, credentials.passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    settle()
    workspace = shell.workspace
    assert workspace is not None
    settle()
    return workspace


def open_household_of(workspace: Workspace, person_id: str, settle: Settle) -> PersonDialog:
    workspace.open_person(person_id)
    settle()
    dialog = workspace.findChild(PersonDialog)
    assert dialog is not None
    return dialog


def test_a_household_of_four_is_surveyed_by_keyboard_across_a_lock_and_shows_its_result(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    credentials: Any,
) -> None:
    household = casebook.households.register(people.household(4))
    head = household.members[0]
    workspace = workspace_shell.workspace
    assert workspace is not None
    person = open_household_of(workspace, head.id, settle)
    assert "Sin encuesta" in person.poverty_text.text()
    dialog = survey_of(person, settle)

    # The dwelling: a rural locality, earth floor, adobe walls, metal roof, two rooms.
    pick(qtbot, dialog.rural, "yes")
    pick(qtbot, dialog.floor, "tierra")
    pick(qtbot, dialog.walls, "adobe")
    pick(qtbot, dialog.roof, "lamina_metalica")
    type_number(qtbot, dialog.rooms, "2")
    next_step(qtbot, dialog)
    # Services: no drainage; firewood asks about a chimney, gas does not.
    pick(qtbot, dialog.water, "terreno")
    pick(qtbot, dialog.drainage, "sin_drenaje")
    pick(qtbot, dialog.electricity, "red")
    pick(qtbot, dialog.cooking_fuel, "lena_carbon")
    assert dialog.chimney.isVisibleTo(dialog)
    pick(qtbot, dialog.cooking_fuel, "gas")
    assert not dialog.chimney.isVisibleTo(dialog)
    next_step(qtbot, dialog)
    tick(qtbot, dialog.goods["telefono_celular"])
    next_step(qtbot, dialog)
    # The first two members, then the laptop is locked half-way.
    steps = dialog.members
    assert len(steps) == 4
    answer_member(qtbot, steps[0], earns="2400")
    next_step(qtbot, dialog)
    answer_member(qtbot, steps[1], earns=None)
    left_at = dialog.step
    workspace_shell.idle.idle.emit()  # the app's lock, as when the idle timer runs out
    settle()
    assert workspace_shell.workspace is None
    assert casebook.is_locked

    workspace = unlock_again(qtbot, workspace_shell, credentials, settle)
    reopened = workspace_shell.casebook
    assert reopened is not None
    drafts = reopened.drafts.saved("household_survey", mine=True)
    assert [d.id for d in drafts] == [survey_id_for(household.id)]
    workspace.resume_draft("household_survey", drafts[0].id)  # from the home page's list

    def reopened_dialog() -> SurveyDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SurveyDialog)]
        return found[0] if found and found[0].isVisible() else None

    # After an unlock the worker first builds the name index: on a loaded machine, a while.
    qtbot.waitUntil(lambda: reopened_dialog() is not None, timeout=60_000)
    settle()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SurveyDialog))
    assert dialog.step == left_at, "the survey resumes where it was left"
    assert combo_value(dialog.floor) == "tierra"
    assert dialog.members[0].sources["trabajo"][1].text() == "2400.00"
    for step in dialog.members[2:]:
        next_step(qtbot, dialog)
        answer_member(qtbot, step, earns=None)
    next_step(qtbot, dialog)
    for box in dialog.food.values():
        pick(qtbot, box, "no")
    next_step(qtbot, dialog)
    assert dialog.save_button.isDefault()  # on the last step, Enter saves
    dialog.save_button.setFocus()
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    settle()

    result = reopened.surveys.poverty(household.id)
    assert result is not None
    assert result.complete, result.missing
    # 2,400 among four is 600 a person: below the rural extreme line; earth floor, no
    # drainage and nobody with social security: three deprivations at least, extreme poverty.
    assert {m.standing for m in result.members} == {Standing.EXTREME_POVERTY}
    shown = dialog.result_label.text()
    assert "ingreso por debajo de la línea de pobreza extrema" in shown
    assert "seguridad social" in shown
    assert reopened.drafts.saved("household_survey") == []
    dialog.close()
    settle()

    person = open_household_of(workspace, head.id, settle)
    person.tabs.setCurrentIndex(2)
    settle()
    on_page = person.poverty_text.text()
    assert on_page.startswith("Pobreza extrema")
    assert "ingreso por debajo de la línea de pobreza extrema" in on_page
    # The adults finished primary school only: educational lag for the two of them.
    assert "cuatro carencias: rezago educativo (2 de 4), seguridad social" in on_page
    assert "servicios básicos de la vivienda" in on_page
    person.grab().save("/tmp/shots/survey-household-page.png")
