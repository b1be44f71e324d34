"""The poverty measurement on worked households, with lines read from the catalog (never
constants here): the thresholds are compared against the catalog's own values."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from importlib import resources

import pytest

from bienestar_field.domain.poverty import (
    Deprivation,
    IncomeLevel,
    LinesError,
    PovertyLines,
    Standing,
    describe,
    load_lines,
    measure,
)
from bienestar_field.domain.survey import (
    HouseholdAnswers,
    Income,
    MemberAnswers,
    QuestionnaireError,
    load_questionnaire,
)

QUESTIONS = load_questionnaire()
LINES = load_lines()
RAW_LINES = json.loads(
    resources.files("bienestar_field.resources.catalogs").joinpath("poverty_lines.json").read_text()
)
NO_HUNGER = {o.code: False for o in QUESTIONS.options("food_security")}


def adult(pid: str, monthly: Decimal, **extra: object) -> MemberAnswers:
    fields: dict[str, object] = {
        "person_id": pid,
        "age": 40,
        "birth_year": 1986,
        "relationship": "jefe",
        "incomes": (Income("trabajo", monthly, "mensual"),) if monthly else (),
        "schooling": "secundaria",
        "attends_school": False,
        "health_services": frozenset({"imss_bienestar"}),
        "contributes_social_security": True,
    }
    fields.update(extra)
    return MemberAnswers(**fields)  # type: ignore[arg-type]


def sound_home(*members: MemberAnswers, rural: bool = True) -> HouseholdAnswers:
    """A household with no dwelling, services or food deprivation."""
    return HouseholdAnswers(
        questionnaire_version=QUESTIONS.version,
        rural=rural,
        floor="cemento",
        walls="tabique",
        roof="losa",
        rooms=3,
        water="dentro",
        drainage="red_publica",
        electricity="red",
        cooking_fuel="gas",
        food_security=dict(NO_HUNGER),
        members=members,
    )


def test_income_exactly_at_the_line_is_not_below_it() -> None:
    extreme, line = LINES.rural
    at_line = measure(sound_home(adult("a", line)), QUESTIONS, LINES)
    assert at_line.income_per_person == line
    assert at_line.income_level is IncomeLevel.ABOVE
    just_below = measure(sound_home(adult("a", line - Decimal("0.01"))), QUESTIONS, LINES)
    assert just_below.income_level is IncomeLevel.BELOW_LINE
    at_extreme = measure(sound_home(adult("a", extreme)), QUESTIONS, LINES)
    assert at_extreme.income_level is IncomeLevel.BELOW_LINE


def test_urban_lines_apply_to_urban_households() -> None:
    _, rural_line = LINES.rural
    result = measure(sound_home(adult("a", rural_line), rural=False), QUESTIONS, LINES)
    assert result.income_level is not IncomeLevel.ABOVE  # the urban line is higher


def test_zero_income_and_three_deprivations_is_extreme_poverty() -> None:
    home = replace(
        sound_home(
            adult(
                "a",
                Decimal(0),
                contributes_social_security=False,
                health_services=frozenset({"ninguno"}),
            )
        ),
        floor="tierra",
    )
    result = measure(home, QUESTIONS, LINES)
    assert result.income_per_person == 0
    (member,) = result.members
    assert member.deprivations == {
        Deprivation.DWELLING,
        Deprivation.HEALTH,
        Deprivation.SOCIAL_SECURITY,
    }
    assert len(member.deprivations) == RAW_LINES["method"]["extreme_poverty_min_deprivations"]
    assert member.standing is Standing.EXTREME_POVERTY


def test_a_worked_household_of_four_in_plain_words() -> None:
    _, line = LINES.rural
    # Four people share one earner's income: below the line per person.
    head = adult("head", line * 2, contributes_social_security=False)
    spouse = adult("spouse", Decimal(0), relationship="conyuge", contributes_social_security=False)
    child = adult(
        "child",
        Decimal(0),
        relationship="hijo",
        age=9,
        birth_year=2017,
        schooling="preescolar",
        attends_school=True,
        contributes_social_security=False,
    )
    grandma = adult(
        "grandma",
        Decimal(0),
        relationship="padre",
        age=70,
        birth_year=1956,
        schooling="ninguna",
        contributes_social_security=False,
        incomes=(Income("pension_no_contributiva", Decimal("6400"), "bimestral"),),
    )
    home = replace(sound_home(head, spouse, child, grandma), drainage="sin_drenaje")
    result = measure(home, QUESTIONS, LINES)
    expected = (line * 2 + Decimal(3200)) / 4
    assert result.income_per_person == expected.quantize(Decimal("0.01"))
    assert result.income_level is IncomeLevel.BELOW_LINE
    by_id = {m.person_id: m for m in result.members}
    # The grandmother has social security through her pension; born before 1982 without
    # primary school, she lags in education. Nobody contributes, so the rest have none.
    assert Deprivation.SOCIAL_SECURITY not in by_id["grandma"].deprivations
    assert Deprivation.EDUCATION in by_id["grandma"].deprivations
    assert Deprivation.SOCIAL_SECURITY in by_id["head"].deprivations
    assert Deprivation.EDUCATION not in by_id["child"].deprivations  # in school
    assert all(Deprivation.SERVICES in m.deprivations for m in result.members)
    assert {m.standing for m in result.members} == {Standing.POVERTY}
    words = describe(result)
    assert words.startswith("income below the poverty line; 3 deprivations:")
    assert "basic services in the dwelling" in words
    assert "social security (3 of 4)" in words


def test_a_contributing_head_covers_spouse_young_children_and_parents() -> None:
    head = adult("head", Decimal(9000))
    spouse = adult("spouse", Decimal(0), relationship="conyuge", contributes_social_security=False)
    teen = adult(
        "teen",
        Decimal(0),
        relationship="hijo",
        age=19,
        birth_year=2007,
        schooling="secundaria",
        attends_school=False,
        contributes_social_security=False,
    )
    result = measure(sound_home(head, spouse, teen), QUESTIONS, LINES)
    by_id = {m.person_id: m for m in result.members}
    assert Deprivation.SOCIAL_SECURITY not in by_id["spouse"].deprivations
    # 19 and out of school: neither covered by the parent nor with upper secondary.
    assert Deprivation.SOCIAL_SECURITY in by_id["teen"].deprivations
    assert Deprivation.EDUCATION in by_id["teen"].deprivations


def test_crowding_above_the_catalogs_threshold_deprives_the_dwelling() -> None:
    threshold = Decimal(RAW_LINES["method"]["crowding_above_people_per_room"])
    people = [adult(f"p{i}", Decimal(9000)) for i in range(5)]
    rooms_at_threshold = int(Decimal(5) / threshold)  # 5 people / 2 rooms = 2.5: not above
    home = replace(sound_home(*people), rooms=rooms_at_threshold)
    assert Deprivation.DWELLING not in measure(home, QUESTIONS, LINES).household_deprivations
    home = replace(home, rooms=rooms_at_threshold - 1)
    assert Deprivation.DWELLING in measure(home, QUESTIONS, LINES).household_deprivations


def test_firewood_deprives_only_without_a_chimney() -> None:
    home = replace(sound_home(adult("a", Decimal(9000))), cooking_fuel="lena_carbon")
    assert measure(home, QUESTIONS, LINES).missing == ("kitchen_chimney",)
    with_chimney = measure(replace(home, kitchen_chimney=True), QUESTIONS, LINES)
    assert Deprivation.SERVICES not in with_chimney.household_deprivations
    without = measure(replace(home, kitchen_chimney=False), QUESTIONS, LINES)
    assert Deprivation.SERVICES in without.household_deprivations


def test_food_insecurity_counts_the_minors_questions_only_with_minors() -> None:
    moderate_adults = RAW_LINES["method"]["food_insecurity"]["adults_only"]["moderate_from"]
    adult_questions = [o.code for o in QUESTIONS.options("food_security") if o.group == "adults"]
    hungry = dict(NO_HUNGER) | dict.fromkeys(adult_questions[:moderate_adults], True)
    home = replace(sound_home(adult("a", Decimal(9000))), food_security=hungry)
    assert Deprivation.FOOD in measure(home, QUESTIONS, LINES).household_deprivations
    less = dict(NO_HUNGER) | dict.fromkeys(adult_questions[: moderate_adults - 1], True)
    home = replace(home, food_security=less)
    assert Deprivation.FOOD not in measure(home, QUESTIONS, LINES).household_deprivations


def test_an_incomplete_survey_says_what_is_missing_and_never_guesses() -> None:
    partial = HouseholdAnswers(
        questionnaire_version=QUESTIONS.version,
        rural=True,
        floor="tierra",
        members=(MemberAnswers(person_id="a", age=30, birth_year=1996),),
    )
    result = measure(partial, QUESTIONS, LINES)
    assert not result.complete
    assert result.income_level is None
    assert result.members == ()
    for name in ("walls", "roof", "rooms", "water", "member 1: incomes", "member 1: schooling"):
        assert name in result.missing
    assert describe(result).startswith("the survey is incomplete; missing: ")


def test_new_line_values_change_a_households_classification() -> None:
    _, line = LINES.rural
    home = sound_home(adult("a", line + Decimal(100), contributes_social_security=False))
    assert measure(home, QUESTIONS, LINES).members[0].standing is Standing.VULNERABLE_DEPRIVATIONS
    raised = dict(RAW_LINES)
    raised["catalog_version"] = "2026-06"
    raised["lines"] = {
        "rural": {"extreme_income": "1900.00", "income": str(line + Decimal(500))},
        "urban": RAW_LINES["lines"]["urban"],
    }
    newer = load_lines(json.dumps(raised).encode())
    result = measure(home, QUESTIONS, newer)
    assert result.lines_version == "2026-06"
    assert result.members[0].standing is Standing.POVERTY


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda raw: raw["lines"]["rural"].pop("income"), "lines.rural.income"),
        (lambda raw: raw["lines"]["urban"].update(income="mucho"), "lines.urban.income"),
        (lambda raw: raw["lines"]["rural"].update(extreme_income="99999"), "lines.rural"),
        (lambda raw: raw["method"].pop("school_age"), "method.school_age"),
        (lambda raw: raw.pop("source"), "source"),
    ],
)
def test_bad_lines_are_refused_naming_the_field(change: object, named: str) -> None:
    raw = json.loads(json.dumps(RAW_LINES))
    change(raw)  # type: ignore[operator]
    with pytest.raises(LinesError, match=named.replace(".", r"\.")):
        load_lines(json.dumps(raw).encode())


def test_a_bad_questionnaire_is_refused_naming_the_field() -> None:
    raw = json.loads(
        resources.files("bienestar_field.resources.catalogs").joinpath("survey.json").read_text()
    )
    raw["dwelling"]["floor"][0]["deprived"] = "a veces"
    with pytest.raises(QuestionnaireError, match=r"dwelling\.floor\[0\]\.deprived"):
        load_questionnaire(json.dumps(raw).encode())


def test_every_option_has_spanish_and_english_words() -> None:
    for question, options in QUESTIONS.questions.items():
        for option in options:
            assert option.es.strip(), question
            assert option.en.strip(), question


def test_the_shipped_lines_name_their_source_and_date() -> None:
    assert isinstance(LINES, PovertyLines)
    assert "INEGI" in LINES.source
    assert LINES.valid_from
