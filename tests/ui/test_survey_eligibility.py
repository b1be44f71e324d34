"""The enrolment screen decides the Mi Bienestar supports with the household's survey: a
pregnant woman of a surveyed household in poverty is offered the pregnancy support and is
enrolled in it; without a survey she is not, and the screen says the survey is missing.

The survey storage is connected through the casebook's port (``SurveyAnswers``); until the
survey manager is on main these tests hand it the answers through that port.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.enrollments import CheckKind
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Relationship, Sex
from bienestar_field.ui import i18n
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.tasks import TaskRunner
from tests.conftest import People
from tests.helpers.surveys import StoredSurveys, poor_household_answers
from tests.ui.conftest import Settle

SURVEY_MISSING = "Falta la encuesta socioeconómica del hogar"


@pytest.fixture
def surveys(casebook: Casebook) -> Iterator[StoredSurveys]:
    stored = StoredSurveys()
    casebook.enrolments.connect_surveys(stored)
    yield stored
    casebook.enrolments.connect_surveys(casebook.surveys)


@pytest.fixture
def household(casebook: Casebook, people: People) -> Household:
    woman = people.person(identity=people.identity(sex=Sex.MUJER, min_age=22, max_age=32))
    woman.pregnancy_due_date = people.today + timedelta(days=100)
    partner = people.person(Relationship.CONYUGE)
    return casebook.households.register(
        Household(
            id="", address=people.address(), members=[woman, partner], consent=people.consent()
        )
    )


def _open(
    qtbot: QtBot, casebook: Casebook, runner: TaskRunner, household: Household, people: People
) -> EnrolDialog:
    dialog = EnrolDialog(
        casebook, runner, household.members[0], household=household, consent=people.consent()
    )
    qtbot.addWidget(dialog)
    return dialog


def test_a_pregnant_woman_of_a_surveyed_poor_household_is_enrolled_in_the_pregnancy_support(
    qtbot: QtBot,
    casebook: Casebook,
    runner: TaskRunner,
    settle: Settle,
    people: People,
    household: Household,
    surveys: StoredSurveys,
) -> None:
    surveys.by_household[household.id] = poor_household_answers(household, people.today.year)
    dialog = _open(qtbot, casebook, runner, household, people)
    settle()
    cards = {card.program.code: card for card in dialog.cards}
    assert "MBEMB" in cards, dialog.ineligible.text()
    reasons = cards["MBEMB"].reasons.text()
    assert "✔ Embarazo con fecha probable de parto el" in reasons
    assert "✔ Encuesta del hogar: pobreza moderada" in reasons
    assert "al mes por persona" in reasons
    # The other supports of a poor household for an adult of working age are offered too;
    # those she does not qualify for say why, naming the condition she misses.
    assert "MBSAL" in cards
    assert "MBAM" not in cards
    assert "Apoyo Mi Bienestar para Personas Adultas Mayores" in dialog.ineligible.text()

    card = cards["MBEMB"]
    card.setChecked(True)
    card.checklist.check_all(True)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    settle()
    enrolments = casebook.enrolments.of_person(household.members[0].id)
    assert [e.program_code for e in enrolments] == ["MBEMB"]
    assert enrolments[0].folio is not None
    assert enrolments[0].folio in dialog.done_label.text()
    # Her prenatal visits are now among her follow-ups, conditioning the payment.
    (followed,) = casebook.compliance.of_person(household.members[0].id)
    assert followed.enrollment.program_code == "MBEMB"
    assert followed.answers
    assert {answer.kind for answer in followed.answers} == {CheckKind.PRENATAL}
    assert all(answer.conditions_payment for answer in followed.answers)


def test_without_the_survey_the_support_is_not_offered_and_the_screen_says_why(
    qtbot: QtBot,
    casebook: Casebook,
    runner: TaskRunner,
    settle: Settle,
    people: People,
    household: Household,
    surveys: StoredSurveys,
    translators: i18n.Translators,
) -> None:
    dialog = _open(qtbot, casebook, runner, household, people)
    settle()
    assert "MBEMB" not in {card.program.code for card in dialog.cards}
    line = next(
        line
        for line in dialog.ineligible.text().splitlines()
        if "Apoyo Mi Bienestar para Mujeres Embarazadas" in line
    )
    assert line.endswith(f": {SURVEY_MISSING}"), line
    # The federal programs she may qualify for do not depend on it.
    assert "PAM" not in {card.program.code for card in dialog.cards}

    translators.install("en")
    english = _open(qtbot, casebook, runner, household, people)
    settle()
    assert "The household's socioeconomic survey is missing" in english.ineligible.text()
