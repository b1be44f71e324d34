"""Household survey answers for tests, and a stand-in for the survey storage behind the
casebook's ``SurveyAnswers`` port (answers kept by household)."""

from __future__ import annotations

from decimal import Decimal

from bienestar_field.casebook.survey_port import NoSurveys, shipped_lines, shipped_questionnaire
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person
from bienestar_field.domain.survey import (
    HouseholdAnswers,
    Income,
    MemberAnswers,
    MemberSurvey,
    Respondent,
    Survey,
    load_questionnaire,
)


class StoredSurveys(NoSurveys):
    """Answers kept by household, as the survey storage answers them (shipped lines)."""

    def __init__(self) -> None:
        self.by_household: dict[str, HouseholdAnswers] = {}

    def answers(self, household_id: str) -> HouseholdAnswers | None:
        return self.by_household.get(household_id)


def _member(person: Person, today_year: int, *incomes: Income, head: bool) -> MemberAnswers:
    return MemberAnswers(
        person_id=person.id,
        age=today_year - person.birth_date.year,
        birth_year=person.birth_date.year,
        relationship="jefe" if head else "conyuge",
        incomes=incomes,
        schooling="media_superior",
        attends_school=False,
        health_services=frozenset({"imss_bienestar"}),
        contributes_social_security=False,
    )


def poor_household_answers(household: Household, year: int) -> HouseholdAnswers:
    """A rural household of two with an earth floor and a monthly income, shared, below the
    catalog's income poverty line: both members are in poverty."""
    _extreme, line = shipped_lines().rural
    woman, partner = household.members
    return HouseholdAnswers(
        questionnaire_version=shipped_questionnaire().version,
        rural=True,
        floor="tierra",
        walls="adobe",
        roof="lamina_metalica",
        rooms=2,
        water="dentro",
        drainage="fosa",
        electricity="red",
        cooking_fuel="gas",
        food_security={o.code: False for o in shipped_questionnaire().options("food_security")},
        members=(
            _member(woman, year, head=True),
            _member(partner, year, Income("trabajo", line, "mensual"), head=False),
        ),
    )


def full_survey(
    household_id: str, respondents: list[Respondent], *, monthly_income: str = "1200"
) -> Survey:
    """A poor rural household: earth floor, no drainage, nobody with social security; the
    eldest member earns ``monthly_income`` a month from work, the others nothing."""
    eldest = max(respondents, key=lambda r: r.age)
    members = {
        r.person_id: MemberSurvey(
            incomes=(Income("trabajo", Decimal(monthly_income), "mensual"),) if r is eldest else (),
            schooling="primaria" if r.age >= 12 else "ninguna",
            attends_school=(3 <= r.age <= 15) if r.age <= 25 else None,
            health_services=frozenset({"imss_bienestar"}),
            contributes_social_security=False,
        )
        for r in respondents
    }
    return Survey(
        household_id=household_id,
        questionnaire_version="cuis-2026.1",
        rural=True,
        floor="tierra",
        walls="adobe",
        roof="lamina_metalica",
        rooms=3,
        water="dentro",
        drainage="sin_drenaje",
        electricity="red",
        cooking_fuel="gas",
        kitchen_chimney=None,
        goods=frozenset({"refrigerador", "telefono_celular"}),
        food_security={o.code: False for o in load_questionnaire().options("food_security")},
        members=members,
    )
