"""The casebook's eligibility use case reads the household's survey through its port: the
person's household is found from the person when no household is given, a household without
a survey (or a person without a household) is "survey missing", and a locked casebook reads
nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bienestar_field.casebook import Casebook
from bienestar_field.casebook.errors import CasebookError
from bienestar_field.domain.eligibility import EligibilityResult
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Relationship, Sex
from bienestar_field.domain.survey import Income, MemberSurvey, Survey
from tests.conftest import People
from tests.helpers.surveys import StoredSurveys, poor_household_answers

MISSING = "Falta la encuesta socioeconómica del hogar"


def _household(casebook: Casebook, people: People) -> Household:
    woman = people.person(identity=people.identity(sex=Sex.MUJER, min_age=22, max_age=32))
    woman.pregnancy_due_date = people.today + timedelta(days=60)
    return casebook.households.register(
        Household(
            id="",
            address=people.address(),
            members=[woman, people.person(Relationship.CONYUGE)],
            consent=people.consent(),
        )
    )


def _pregnancy_support(results: list[EligibilityResult]) -> EligibilityResult:
    (result,) = [r for r in results if r.program.code == "MBEMB"]
    return result


def test_eligibility_reads_the_stored_survey_of_the_persons_household(
    casebook: Casebook, people: People
) -> None:
    household = _household(casebook, people)
    woman = casebook.people.get(household.members[0].id)
    assert woman is not None
    assert woman.household_id == household.id
    surveys = StoredSurveys()
    casebook.enrolments.connect_surveys(surveys)
    try:
        missing = _pregnancy_support(casebook.enrolments.eligibility(woman))
        assert not missing.eligible
        assert [str(r) for r in missing.reasons] == [MISSING]

        surveys.by_household[household.id] = poor_household_answers(household, people.today.year)
        found = _pregnancy_support(casebook.enrolments.eligibility(woman))
        assert found.eligible, [str(r) for r in found.reasons]
        assert casebook.enrolments.survey(household.id).answers is not None
        assert casebook.enrolments.survey(None).answers is None
    finally:
        casebook.enrolments.connect_surveys(casebook.surveys)


def test_a_household_never_surveyed_is_survey_missing(casebook: Casebook, people: People) -> None:
    household = _household(casebook, people)
    result = _pregnancy_support(
        casebook.enrolments.eligibility(household.members[0], household=household)
    )
    assert not result.eligible
    assert MISSING in [str(r) for r in result.reasons]


def test_a_locked_casebook_reads_no_survey(casebook: Casebook, people: People) -> None:
    household = _household(casebook, people)
    casebook.lock()
    with pytest.raises(CasebookError, match="locked"):
        casebook.enrolments.survey(household.id)


def test_eligibility_reads_a_survey_saved_in_the_casebook(
    casebook: Casebook, people: People
) -> None:
    """The casebook's own survey storage, connected: a saved survey decides the support."""
    household = _household(casebook, people)
    woman, partner = household.members
    surveys = casebook.surveys
    line = surveys.lines().rural[1]
    missing = _pregnancy_support(casebook.enrolments.eligibility(woman, household=household))
    assert [str(r) for r in missing.reasons] == [MISSING]

    def answered(*incomes: Income) -> MemberSurvey:
        return MemberSurvey(
            incomes=incomes,
            schooling="media_superior",
            attends_school=False,
            health_services=frozenset({"imss_bienestar"}),
            contributes_social_security=False,
        )

    surveys.save(
        Survey(
            household_id=household.id,
            questionnaire_version=surveys.questionnaire().version,
            rural=True,
            floor="tierra",
            walls="adobe",
            roof="lamina_metalica",
            rooms=2,
            water="dentro",
            drainage="fosa",
            electricity="red",
            cooking_fuel="gas",
            goods=frozenset(),
            food_security={o.code: False for o in surveys.questionnaire().options("food_security")},
            members={
                woman.id: answered(),
                partner.id: answered(Income("trabajo", line, "mensual")),
            },
        )
    )
    found = _pregnancy_support(casebook.enrolments.eligibility(woman, household=household))
    assert found.eligible, [str(r) for r in found.reasons]
