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
