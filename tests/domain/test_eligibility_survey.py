"""Eligibility that reads the household's socioeconomic survey: the poverty condition, no
fixed income, no other income, and a pregnancy; met, missed, and the survey missing (never
guessed). Lines and questionnaire come from the catalog files, never from constants here."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from importlib import resources
from typing import Any

from bienestar_field.domain.eligibility import EligibilityResult, SurveyBasis, evaluate
from bienestar_field.domain.people import Disability, DisabilityKind, Person, Sex
from bienestar_field.domain.poverty import PovertyLines, load_lines
from bienestar_field.domain.programs import ProgramCatalog
from bienestar_field.domain.survey import (
    HouseholdAnswers,
    Income,
    MemberAnswers,
    load_questionnaire,
)
from bienestar_wire.catalog import default_catalog, load_catalog, shipped_catalog_bytes
from tests.domain.test_eligibility import TODAY, born, make_person

QUESTIONS = load_questionnaire()
LINES = load_lines()
RAW_LINES: dict[str, Any] = json.loads(
    resources.files("bienestar_field.resources.catalogs").joinpath("poverty_lines.json").read_text()
)
RURAL_EXTREME, RURAL_LINE = LINES.rural
NO_HUNGER = {option.code: False for option in QUESTIONS.options("food_security")}
CERTIFIED = Disability(DisabilityKind.VISUAL, permanent=True, certified=True)
MISSING_SURVEY = "Falta la encuesta socioeconómica del hogar"


def member(person: Person, *incomes: Income, **fields: Any) -> MemberAnswers:
    """A member with health services and no educational lag: the household's dwelling and
    its income decide whether the member is poor."""
    age = TODAY.year - person.birth_date.year
    values: dict[str, Any] = {
        "person_id": person.id,
        "age": age,
        "birth_year": person.birth_date.year,
        "relationship": "jefe",
        "incomes": incomes,
        "schooling": "media_superior",
        "attends_school": False if age <= 25 else None,
        "health_services": frozenset({"imss_bienestar"}),
        "contributes_social_security": False,
    }
    values.update(fields)
    return MemberAnswers(**values)


def home(*members: MemberAnswers, floor: str = "tierra", **fields: Any) -> HouseholdAnswers:
    """A rural household; an earth floor is one deprivation (the dwelling's)."""
    values: dict[str, Any] = {
        "questionnaire_version": QUESTIONS.version,
        "rural": True,
        "floor": floor,
        "walls": "tabique",
        "roof": "losa",
        "rooms": 3,
        "water": "dentro",
        "drainage": "red_publica",
        "electricity": "red",
        "cooking_fuel": "gas",
        "food_security": dict(NO_HUNGER),
        "members": members,
    }
    values.update(fields)
    return HouseholdAnswers(**values)


def work(monthly: Decimal) -> Income:
    return Income("trabajo", monthly, "mensual")


def basis(answers: HouseholdAnswers | None, lines: PovertyLines = LINES) -> SurveyBasis:
    return SurveyBasis(answers, QUESTIONS, lines)


def result_for(
    code: str,
    person: Person,
    survey: SurveyBasis | None,
    *,
    catalog: ProgramCatalog | None = None,
) -> EligibilityResult:
    results = evaluate(person, catalog or default_catalog(), TODAY, survey=survey)
    (result,) = [r for r in results if r.program.code == code]
    return result


def said(result: EligibilityResult) -> str:
    return " | ".join(str(reason) for reason in result.reasons)


def pregnant_woman(**fields: Any) -> Person:
    return make_person(born(27), Sex.MUJER, pregnancy_due_date=TODAY + timedelta(days=90), **fields)


def catalog_where(code: str, **rule: Any) -> ProgramCatalog:
    """The shipped catalog with one program's rule changed (``None`` removes a condition)."""
    document = json.loads(shipped_catalog_bytes())
    (program,) = [p for p in document["programs"] if p["code"] == code]
    for name, value in rule.items():
        if value is None:
            program["rule"].pop(name, None)
        else:
            program["rule"][name] = value
    return load_catalog(json.dumps(document).encode())


# --- poverty -----------------------------------------------------------------------------


def test_a_pregnant_woman_of_a_poor_household_qualifies_for_the_pregnancy_support() -> None:
    woman = pregnant_woman()
    survey = basis(home(member(woman, work(RURAL_LINE - Decimal("0.01")))))
    result = result_for("MBEMB", woman, survey)
    assert result.eligible, said(result)
    assert "Embarazo con fecha probable de parto el" in said(result)
    assert "Encuesta del hogar: pobreza moderada" in said(result)
    # The earth floor and no social security.
    assert "2 carencias sociales" in said(result)
    assert result.program.checks[0].kind.value == "prenatal"


def test_without_a_survey_the_poverty_condition_is_not_met_and_says_so() -> None:
    woman = pregnant_woman()
    for survey in (None, basis(None)):
        result = result_for("MBEMB", woman, survey)
        assert not result.eligible
        assert MISSING_SURVEY in said(result)
        # The pregnancy is met, so it is not among the failures.
        assert "embarazo" not in said(result).lower()


def test_every_mi_bienestar_support_requires_the_survey_and_the_federal_ones_do_not() -> None:
    catalog = default_catalog()
    asking = {program.code for program in catalog if program.rule.uses_survey}
    assert asking == {"MBEDU", "MBSAL", "MBAM", "MBDIS", "MBEMB", "MBCAP"}
    elderly = make_person(born(70), Sex.HOMBRE)
    results = {r.program.code: r for r in evaluate(elderly, catalog, TODAY)}
    assert results["PAM"].eligible
    assert not results["MBAM"].eligible
    assert MISSING_SURVEY in said(results["MBAM"])


def test_a_survey_that_does_not_list_the_person_does_not_speak_for_them() -> None:
    woman = pregnant_woman()
    someone_else = make_person(born(50), Sex.HOMBRE)
    result = result_for("MBEMB", woman, basis(home(member(someone_else))))
    assert not result.eligible
    assert "La encuesta socioeconómica del hogar no incluye a esta persona" in said(result)


def test_an_incomplete_survey_is_not_guessed() -> None:
    woman = pregnant_woman()
    survey = basis(home(member(woman, work(Decimal(500))), floor=None))
    result = result_for("MBEMB", woman, survey)
    assert not result.eligible
    assert "está incompleta (falta 1 respuesta)" in said(result)
    survey = basis(home(member(woman, incomes=None), floor=None, water=None))
    assert "(faltan 3 respuestas)" in said(result_for("MBEMB", woman, survey))


def test_income_exactly_at_the_poverty_line_is_not_poverty() -> None:
    woman = pregnant_woman()
    at_line = result_for("MBEMB", woman, basis(home(member(woman, work(RURAL_LINE)))))
    assert not at_line.eligible
    assert "Encuesta del hogar: vulnerable por carencias sociales" in said(at_line)
    assert f"ingreso de ${RURAL_LINE:,.2f} al mes por persona" in said(at_line)
    assert "es para personas en pobreza" in said(at_line)
    below = result_for(
        "MBEMB", woman, basis(home(member(woman, work(RURAL_LINE - Decimal("0.01")))))
    )
    assert below.eligible


def test_income_is_per_person_in_the_household() -> None:
    woman = pregnant_woman()
    partner = make_person(born(30), Sex.HOMBRE)
    # One income just under twice the line, shared by two: each is below the line.
    shared = home(
        member(woman, relationship="conyuge"),
        member(partner, work(RURAL_LINE * 2 - Decimal("0.02"))),
    )
    assert result_for("MBEMB", woman, basis(shared)).eligible


def test_without_deprivations_low_income_is_not_poverty() -> None:
    woman = pregnant_woman()
    covered = member(woman, work(Decimal(100)), contributes_social_security=True)
    survey = basis(home(covered, floor="cemento"))
    result = result_for("MBEMB", woman, survey)
    assert not result.eligible
    assert "vulnerable por ingreso" in said(result)
    assert "ninguna carencia social" in said(result)


def test_extreme_poverty_condition_is_met_only_by_extreme_poverty() -> None:
    catalog = catalog_where("MBEMB", poverty="extreme_poverty")
    woman = pregnant_woman()
    moderate = basis(home(member(woman, work(RURAL_EXTREME))))
    result = result_for("MBEMB", woman, moderate, catalog=catalog)
    assert not result.eligible
    assert "Encuesta del hogar: pobreza moderada" in said(result)
    assert "es para personas en pobreza extrema" in said(result)
    extreme = basis(
        home(
            member(woman, work(RURAL_EXTREME - Decimal("0.01")), health_services=frozenset()),
            drainage="sin_drenaje",
        )
    )
    result = result_for("MBEMB", woman, extreme, catalog=catalog)
    assert result.eligible, said(result)
    assert "Encuesta del hogar: pobreza extrema" in said(result)
    # Extreme poverty is poverty too: the shipped rule ("poverty") is met as well.
    assert result_for("MBEMB", woman, extreme).eligible


def test_changing_the_catalog_condition_changes_the_answer() -> None:
    woman = pregnant_woman()
    not_poor = basis(home(member(woman, work(RURAL_LINE * 3))))
    assert not result_for("MBEMB", woman, not_poor).eligible
    without_poverty = catalog_where("MBEMB", poverty=None)
    assert result_for("MBEMB", woman, not_poor, catalog=without_poverty).eligible
    # ...and without a survey at all, once the catalog no longer asks for it.
    assert result_for("MBEMB", woman, None, catalog=without_poverty).eligible


def test_publishing_new_line_values_changes_the_answer() -> None:
    woman = pregnant_woman()
    answers = home(member(woman, work(RURAL_LINE + Decimal(100))))
    assert not result_for("MBEMB", woman, basis(answers)).eligible
    raised = json.loads(json.dumps(RAW_LINES))
    raised["catalog_version"] = "2026-02"
    raised["lines"]["rural"]["income"] = str(RURAL_LINE + Decimal(200))
    newer = load_lines(json.dumps(raised).encode())
    result = result_for("MBEMB", woman, basis(answers, newer))
    assert result.eligible, said(result)


# --- pregnancy ---------------------------------------------------------------------------


def test_the_pregnancy_is_still_required_in_a_poor_household() -> None:
    woman = make_person(born(27), Sex.MUJER)
    survey = basis(home(member(woman, work(Decimal(1000)))))
    result = result_for("MBEMB", woman, survey)
    assert not result.eligible
    assert said(result) == "No tiene registrado un embarazo"
    past = replace(woman, pregnancy_due_date=TODAY - timedelta(days=1))
    survey = basis(home(member(past, work(Decimal(1000)))))
    assert "ya pasó" in said(result_for("MBEMB", past, survey))


# --- no fixed income ---------------------------------------------------------------------


def elderly(**fields: Any) -> Person:
    return make_person(born(70), Sex.HOMBRE, **fields)


def test_elderly_support_from_68_without_fixed_income() -> None:
    man = elderly()
    # A government pension and informal work are not fixed income.
    survey = basis(
        home(
            member(
                man,
                Income("pension_no_contributiva", Decimal(2000), "mensual"),
                work(Decimal(300)),
            )
        )
    )
    result = result_for("MBAM", man, survey)
    assert result.eligible, said(result)
    assert "Tiene 70 años (68 o más)" in said(result)
    assert "Según la encuesta no tiene ingreso fijo" in said(result)
    younger = make_person(born(67), Sex.HOMBRE)
    assert not result_for("MBAM", younger, basis(home(member(younger)))).eligible


def test_a_contributory_pension_is_a_fixed_income() -> None:
    man = elderly()
    pension = Income("pension_contributiva", Decimal(600), "mensual")
    result = result_for("MBAM", man, basis(home(member(man, pension))))
    assert not result.eligible
    assert said(result) == (
        "Según la encuesta tiene un ingreso fijo (Jubilación o pensión (IMSS, ISSSTE u otra)); "
        "el programa es para quien no tiene ingreso fijo"
    )


def test_a_job_with_social_security_is_a_fixed_income() -> None:
    man = elderly()
    survey = basis(home(member(man, work(Decimal(500)), contributes_social_security=True)))
    result = result_for("MBAM", man, survey)
    assert not result.eligible
    assert "tiene un trabajo con seguridad social (ingreso fijo)" in said(result)


def test_fixed_income_unanswered_is_not_guessed() -> None:
    man = elderly()
    no_incomes = basis(home(member(man, incomes=None)))
    assert "Faltan en la encuesta los ingresos de la persona" in said(
        result_for("MBAM", man, no_incomes)
    )
    no_social_security = basis(home(member(man, contributes_social_security=None)))
    result = result_for("MBAM", man, no_social_security)
    assert not result.eligible
    assert "Falta en la encuesta si la persona trabaja con seguridad social" in said(result)


def test_fixed_income_without_a_survey_says_the_survey_is_missing() -> None:
    result = result_for("MBAM", elderly(), None)
    # Both survey conditions miss it; the explanation says it once.
    assert [str(r) for r in result.reasons] == [MISSING_SURVEY]


# --- no other income ---------------------------------------------------------------------


def disabled(**fields: Any) -> Person:
    return make_person(born(40), Sex.MUJER, disability=CERTIFIED, **fields)


def test_disability_support_without_other_income() -> None:
    person = disabled()
    nothing = result_for("MBDIS", person, basis(home(member(person))))
    assert nothing.eligible, said(nothing)
    assert "Según la encuesta no tiene ingresos" in said(nothing)
    program = Income("otros_programas", Decimal(1650), "mensual")
    only_programs = result_for("MBDIS", person, basis(home(member(person, program))))
    assert only_programs.eligible
    assert "no tiene otros ingresos que los de programas sociales" in said(only_programs)


def test_income_from_work_or_remittances_is_other_income() -> None:
    person = disabled()
    survey = basis(
        home(
            member(
                person,
                work(Decimal(400)),
                Income("remesas", Decimal(50), "mensual"),
                Income("trabajo", Decimal(100), "semanal"),
            )
        )
    )
    result = result_for("MBDIS", person, survey)
    assert not result.eligible
    assert said(result) == (
        "Según la encuesta tiene otros ingresos (Trabajo y Dinero de familiares en otro país); "
        "el programa es para quien no tiene otros ingresos"
    )


def test_an_income_of_zero_is_no_income() -> None:
    person = disabled()
    result = result_for("MBDIS", person, basis(home(member(person, work(Decimal(0))))))
    assert result.eligible


def test_what_counts_as_other_income_is_catalog_data() -> None:
    person = disabled()
    survey = basis(home(member(person, Income("remesas", Decimal(200), "mensual"))))
    assert not result_for("MBDIS", person, survey).eligible
    allowing = catalog_where("MBDIS", allowed_income_sources=["remesas"])
    assert result_for("MBDIS", person, survey, catalog=allowing).eligible


def test_a_source_the_questionnaire_does_not_know_is_named_not_ignored() -> None:
    person = disabled()
    survey = basis(home(member(person, Income("loteria", Decimal(10), "mensual"))))
    result = result_for("MBDIS", person, survey)
    assert not result.eligible
    assert "una fuente de ingreso que el cuestionario no conoce (loteria)" in said(result)
    assert "tiene respuestas que este cuestionario no conoce" in said(result)
