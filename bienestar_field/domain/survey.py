"""The household socioeconomic survey: the questionnaire (catalog data) and a household's answers.

The questionnaire is data (``resources/catalogs/survey.json``, versioned like every catalog),
modelled on the Secretaría de Bienestar's single socioeconomic questionnaire: the dwelling's
materials, rooms and services, household goods, each member's income by source and frequency,
schooling, health services and social security, and the food-security questions. Each option
says what it means for the poverty measurement (a material that makes the dwelling deprived,
an income source that is a contributory pension), so a new version of the questionnaire
changes the questions without changing code.

Answers are kept as given: an unanswered question is ``None``, never a guess, and the poverty
measurement names it as missing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any, Final

_CATALOG_PACKAGE: Final = "bienestar_field.resources.catalogs"
DWELLING_QUESTIONS: Final = ("floor", "walls", "roof")
SERVICE_QUESTIONS: Final = ("water", "drainage", "electricity", "cooking_fuel")


class QuestionnaireError(ValueError):
    """A questionnaire catalog that cannot be used; the message names the field."""


@dataclass(frozen=True, slots=True)
class Option:
    code: str
    es: str
    en: str
    # What the option means for the measurement: True/False, or "without_chimney" for a fuel
    # that deprives only when the kitchen has no chimney.
    deprived: bool | str = False
    flags: frozenset[str] = frozenset()
    rank: int = 0
    per_month: Decimal = Decimal(0)
    group: str = ""


@dataclass(frozen=True, slots=True)
class Questionnaire:
    version: str
    valid_from: str
    questions: dict[str, tuple[Option, ...]]

    def options(self, question: str) -> tuple[Option, ...]:
        return self.questions[question]

    def option(self, question: str, code: str) -> Option:
        for option in self.questions[question]:
            if option.code == code:
                return option
        raise QuestionnaireError(f"{question}: '{code}' is not an option of {self.version}")


_FLAG_KEYS: Final = ("contributory_pension", "non_contributory_pension", "access")


def _options(name: str, raw: object) -> tuple[Option, ...]:
    if not isinstance(raw, list) or not raw:
        raise QuestionnaireError(f"{name} must be a non-empty list of options")
    seen: set[str] = set()
    out: list[Option] = []
    for i, item in enumerate(raw):
        where = f"{name}[{i}]"
        if not isinstance(item, dict):
            raise QuestionnaireError(f"{where} must be an object")
        for key in ("code", "es", "en"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise QuestionnaireError(f"{where}.{key} must be non-empty text")
        if item["code"] in seen:
            raise QuestionnaireError(f"{where}.code '{item['code']}' is repeated")
        seen.add(item["code"])
        deprived = item.get("deprived", False)
        if deprived not in (True, False, "without_chimney"):
            raise QuestionnaireError(f"{where}.deprived must be true, false or without_chimney")
        try:
            per_month = Decimal(str(item.get("per_month", "0")))
        except InvalidOperation:
            raise QuestionnaireError(f"{where}.per_month must be a decimal number") from None
        rank = item.get("rank", 0)
        if not isinstance(rank, int):
            raise QuestionnaireError(f"{where}.rank must be a whole number")
        out.append(
            Option(
                code=item["code"],
                es=item["es"],
                en=item["en"],
                deprived=deprived,
                flags=frozenset(k for k in _FLAG_KEYS if item.get(k) is True),
                rank=rank,
                per_month=per_month,
                group=str(item.get("group", "")),
            )
        )
    return tuple(out)


def load_questionnaire(data: bytes | None = None) -> Questionnaire:
    """The shipped questionnaire, or one given as JSON bytes (a published catalog)."""
    if data is None:
        data = resources.files(_CATALOG_PACKAGE).joinpath("survey.json").read_bytes()
    try:
        raw: Any = json.loads(data)
    except ValueError:
        raise QuestionnaireError("the questionnaire is not JSON") from None
    if not isinstance(raw, dict):
        raise QuestionnaireError("the questionnaire must be a JSON object")
    for key in ("catalog_version", "valid_from"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise QuestionnaireError(f"{key} must be non-empty text")
    questions: dict[str, tuple[Option, ...]] = {}
    for section, names in (("dwelling", DWELLING_QUESTIONS), ("services", SERVICE_QUESTIONS)):
        block = raw.get(section)
        if not isinstance(block, dict):
            raise QuestionnaireError(f"{section} must be an object of questions")
        for name in names:
            questions[name] = _options(f"{section}.{name}", block.get(name))
    for name in (
        "goods",
        "income_sources",
        "income_frequency",
        "schooling",
        "health_services",
        "food_security",
    ):
        questions[name] = _options(name, raw.get(name))
    groups = {o.group for o in questions["food_security"]}
    if groups != {"adults", "minors"}:
        raise QuestionnaireError("food_security groups must be 'adults' and 'minors'")
    return Questionnaire(raw["catalog_version"], raw["valid_from"], questions)


# --- a household's answers ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Income:
    source: str  # an income_sources code
    amount: Decimal  # pesos, per ``frequency``
    frequency: str  # an income_frequency code


@dataclass(frozen=True, slots=True)
class MemberAnswers:
    """One member's answers. ``incomes`` None: not asked yet; empty: no income."""

    person_id: str
    age: int
    birth_year: int
    relationship: str | None = None  # people.Relationship value, to the head of household
    incomes: tuple[Income, ...] | None = None
    schooling: str | None = None  # the highest level completed (a schooling code)
    attends_school: bool | None = None
    health_services: frozenset[str] | None = None  # health_services codes
    # Works with the benefits of social security (IMSS, ISSSTE…), contributing.
    contributes_social_security: bool | None = None


@dataclass(frozen=True, slots=True)
class HouseholdAnswers:
    questionnaire_version: str
    rural: bool | None = None  # locality below the catalog's inhabitants threshold
    floor: str | None = None
    walls: str | None = None
    roof: str | None = None
    rooms: int | None = None  # rooms, not counting bathrooms and hallways
    water: str | None = None
    drainage: str | None = None
    electricity: str | None = None
    cooking_fuel: str | None = None
    kitchen_chimney: bool | None = None
    goods: frozenset[str] = frozenset()
    # Food-security question code -> yes/no; a question not in it is unanswered.
    food_security: dict[str, bool] = field(default_factory=dict)
    members: tuple[MemberAnswers, ...] = ()


# --- a household's stored answer set (the synced record) ---------------------------------

# The household-level answers, each one field of the record (merged field by field).
HOUSEHOLD_ANSWER_FIELDS: Final = (
    "rural",
    "floor",
    "walls",
    "roof",
    "rooms",
    "water",
    "drainage",
    "electricity",
    "cooking_fuel",
    "kitchen_chimney",
    "goods",
    "food_security",
)
# Each member's answers are one field, ``member.<person id>``: two laptops correcting two
# members' answers both keep theirs; the same member on both is a conflict for review.
MEMBER_FIELD_PREFIX: Final = "member."
MEMBER_ANSWER_FIELDS: Final = (
    "incomes",
    "schooling",
    "attends_school",
    "health_services",
    "contributes_social_security",
)
# The ``age`` from which a member is asked about income and social security, and up to which
# about attending school (the measurement asks attendance up to 25).
INCOME_FROM_AGE: Final = 12
SCHOOL_FROM_AGE: Final = 3
SCHOOL_UNTIL_AGE: Final = 25
# Survey ids are derived from the household's: one answer set per household, the same id on
# every laptop, so two laptops that start a household's survey apart write one record.
_SURVEY_NAMESPACE: Final = uuid.UUID("5b7e2c1a-93f4-4d2e-8a61-0c2f7e9b4d15")


def survey_id_for(household_id: str) -> str:
    return str(uuid.uuid5(_SURVEY_NAMESPACE, household_id))


@dataclass(frozen=True, slots=True)
class MemberSurvey:
    """One member's stored answers (``None``: not answered yet)."""

    incomes: tuple[Income, ...] | None = None
    schooling: str | None = None
    attends_school: bool | None = None
    health_services: frozenset[str] | None = None
    contributes_social_security: bool | None = None


@dataclass(frozen=True, slots=True)
class Survey:
    """A household's answer set as stored and synced, under the questionnaire it was
    answered with. Members are keyed by person id; their age and relationship come from the
    person records when measured, so a corrected birth date is never answered twice."""

    household_id: str
    questionnaire_version: str
    rural: bool | None = None
    floor: str | None = None
    walls: str | None = None
    roof: str | None = None
    rooms: int | None = None
    water: str | None = None
    drainage: str | None = None
    electricity: str | None = None
    cooking_fuel: str | None = None
    kitchen_chimney: bool | None = None
    goods: frozenset[str] | None = None
    food_security: dict[str, bool] = field(default_factory=dict)
    members: dict[str, MemberSurvey] = field(default_factory=dict)
    id: str = ""
    version: int = 0
    updated_at: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", survey_id_for(self.household_id))


@dataclass(frozen=True, slots=True)
class Respondent:
    """What the measurement needs of a member from the person record."""

    person_id: str
    age: int
    birth_year: int
    relationship: str | None


def _income_json(income: Income) -> dict[str, Any]:
    amount = income.amount.quantize(Decimal("0.01"))
    return {"source": income.source, "amount": f"{amount:f}", "frequency": income.frequency}


def member_fields(member: MemberSurvey) -> dict[str, Any]:
    return {
        "incomes": None if member.incomes is None else [_income_json(i) for i in member.incomes],
        "schooling": member.schooling,
        "attends_school": member.attends_school,
        "health_services": None
        if member.health_services is None
        else sorted(member.health_services),
        "contributes_social_security": member.contributes_social_security,
    }


def member_from_fields(raw: dict[str, Any]) -> MemberSurvey:
    incomes = raw.get("incomes")
    services = raw.get("health_services")
    return MemberSurvey(
        incomes=None
        if incomes is None
        else tuple(
            Income(str(i["source"]), Decimal(str(i["amount"])), str(i["frequency"]))
            for i in incomes
        ),
        schooling=raw.get("schooling"),
        attends_school=raw.get("attends_school"),
        health_services=None if services is None else frozenset(str(s) for s in services),
        contributes_social_security=raw.get("contributes_social_security"),
    )


def survey_fields(survey: Survey) -> dict[str, Any]:
    """Every answer field of ``survey`` (not its household link nor questionnaire version)."""
    out: dict[str, Any] = {
        "rural": survey.rural,
        "floor": survey.floor,
        "walls": survey.walls,
        "roof": survey.roof,
        "rooms": survey.rooms,
        "water": survey.water,
        "drainage": survey.drainage,
        "electricity": survey.electricity,
        "cooking_fuel": survey.cooking_fuel,
        "kitchen_chimney": survey.kitchen_chimney,
        "goods": None if survey.goods is None else sorted(survey.goods),
        "food_security": dict(sorted(survey.food_security.items())),
    }
    for person_id, member in sorted(survey.members.items()):
        out[MEMBER_FIELD_PREFIX + person_id] = member_fields(member)
    return out


def survey_from_fields(
    fields: dict[str, Any],
    *,
    household_id: str,
    questionnaire_version: str,
    id: str = "",
    version: int = 0,
    updated_at: str = "",
) -> Survey:
    goods = fields.get("goods")
    rooms = fields.get("rooms")
    members = {
        name[len(MEMBER_FIELD_PREFIX) :]: member_from_fields(value)
        for name, value in fields.items()
        if name.startswith(MEMBER_FIELD_PREFIX) and isinstance(value, dict)
    }
    food = fields.get("food_security") or {}
    return Survey(
        household_id=household_id,
        questionnaire_version=questionnaire_version,
        rural=fields.get("rural"),
        floor=fields.get("floor"),
        walls=fields.get("walls"),
        roof=fields.get("roof"),
        rooms=None if rooms is None else int(rooms),
        water=fields.get("water"),
        drainage=fields.get("drainage"),
        electricity=fields.get("electricity"),
        cooking_fuel=fields.get("cooking_fuel"),
        kitchen_chimney=fields.get("kitchen_chimney"),
        goods=None if goods is None else frozenset(str(g) for g in goods),
        food_security={str(k): bool(v) for k, v in dict(food).items()},
        members=members,
        id=id,
        version=version,
        updated_at=updated_at,
    )


def survey_problems(survey: Survey, questionnaire: Questionnaire) -> list[str]:
    """Answers that are not options of ``questionnaire`` (English, naming the question)."""
    problems: list[str] = []

    def code(question: str, value: str | None) -> None:
        if value is not None and value not in {o.code for o in questionnaire.options(question)}:
            problems.append(f"{question} is not an option of the questionnaire")

    for name in ("floor", "walls", "roof", "water", "drainage", "electricity", "cooking_fuel"):
        code(name, getattr(survey, name))
    if survey.rooms is not None and not 0 < survey.rooms <= 99:
        problems.append("rooms must be from 1 to 99")
    for good in survey.goods or ():
        code("goods", good)
    for question in survey.food_security:
        code("food_security", question)
    for member in survey.members.values():
        code("schooling", member.schooling)
        for service in member.health_services or ():
            code("health_services", service)
        for income in member.incomes or ():
            code("income_sources", income.source)
            code("income_frequency", income.frequency)
            if not income.amount.is_finite() or not 0 <= income.amount < 10_000_000:
                problems.append("an income amount is out of range")
    return problems


def household_answers(survey: Survey, respondents: list[Respondent]) -> HouseholdAnswers:
    """The answers the measurement reads: the survey over the household's current members.

    A member with no answers yet counts with every answer missing (the measurement names
    them); answers of someone who left the household are not counted.
    """
    members = []
    for person in respondents:
        given = survey.members.get(person.person_id, MemberSurvey())
        members.append(
            MemberAnswers(
                person_id=person.person_id,
                age=person.age,
                birth_year=person.birth_year,
                relationship=person.relationship,
                incomes=given.incomes,
                schooling=given.schooling,
                attends_school=given.attends_school,
                health_services=given.health_services,
                contributes_social_security=given.contributes_social_security,
            )
        )
    return HouseholdAnswers(
        questionnaire_version=survey.questionnaire_version,
        rural=survey.rural,
        floor=survey.floor,
        walls=survey.walls,
        roof=survey.roof,
        rooms=survey.rooms,
        water=survey.water,
        drainage=survey.drainage,
        electricity=survey.electricity,
        cooking_fuel=survey.cooking_fuel,
        kitchen_chimney=survey.kitchen_chimney,
        goods=survey.goods or frozenset(),
        food_security=dict(survey.food_security),
        members=tuple(members),
    )
