"""Poverty measured the way Mexico measures it: per-capita income against the poverty lines,
and the six social deprivations (the multidimensional method CONEVAL first published; INEGI
measures it since 2025).

Every figure comes from catalog data (``resources/catalogs/poverty_lines.json``: the monthly
lines per person, rural and urban, with their source and date, and the method's thresholds),
never from constants here, so publishing new lines changes the answer.

Per person: **extreme poverty** when the household's per-capita income is below the extreme
income line and the person has three or more deprivations; **poverty** when it is below the
income line with at least one; otherwise *vulnerable by deprivations*, *vulnerable by
income*, or *neither poor nor vulnerable*. The dwelling, its services and food access are the
household's, so they count for each member; schooling, health services and social security
are each person's.

Only what the survey says is used: a missing answer makes the result *incomplete*, naming
what is missing, never a guess.

Social security is read from the household's answers: a member has it directly by
contributing or by a contributory pension, or at the catalog's age by a non-contributory
pension; the head's and spouse's direct access reaches each other, their children under 16
(under 26 while studying) and the head's parents. Relationships are known to the head only,
so access through other members is not inferred.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from importlib import resources
from typing import Any, Final

from bienestar_field.domain.survey import HouseholdAnswers, MemberAnswers, Questionnaire

_CATALOG_PACKAGE: Final = "bienestar_field.resources.catalogs"


class LinesError(ValueError):
    """A poverty-lines catalog that cannot be used; the message names the field."""


class Deprivation(StrEnum):
    EDUCATION = "education"  # rezago educativo
    HEALTH = "health"  # acceso a los servicios de salud
    SOCIAL_SECURITY = "social_security"  # acceso a la seguridad social
    DWELLING = "dwelling"  # calidad y espacios de la vivienda
    SERVICES = "services"  # servicios básicos en la vivienda
    FOOD = "food"  # acceso a la alimentación


class Standing(StrEnum):
    EXTREME_POVERTY = "extreme_poverty"
    POVERTY = "poverty"  # moderate: poor, not extremely
    VULNERABLE_DEPRIVATIONS = "vulnerable_deprivations"
    VULNERABLE_INCOME = "vulnerable_income"
    NEITHER = "neither"


class IncomeLevel(StrEnum):
    BELOW_EXTREME = "below_extreme_line"
    BELOW_LINE = "below_line"
    ABOVE = "at_or_above_line"


@dataclass(frozen=True, slots=True)
class PovertyLines:
    version: str
    valid_from: str
    source: str
    rural: tuple[Decimal, Decimal]  # (extreme income line, income line), monthly per person
    urban: tuple[Decimal, Decimal]
    extreme_min_deprivations: int
    poverty_min_deprivations: int
    crowding_above: Decimal
    school_age: tuple[int, int]
    education_by_birth_year: tuple[tuple[int, str], ...]  # (born from, level required)
    food_with_minors: tuple[int, int]  # (moderate from, severe from) yes answers
    food_adults_only: tuple[int, int]
    pension_age: int


def _decimal(value: object, where: str) -> Decimal:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise LinesError(f"{where} must be a decimal number") from None
    if not number.is_finite() or number < 0:
        raise LinesError(f"{where} must be a number of zero or more")
    return number


def _int(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise LinesError(f"{where} must be a whole number of zero or more")
    return value


def _get(raw: Any, path: str) -> Any:
    node = raw
    for key in path.split("."):
        if not isinstance(node, dict) or key not in node:
            raise LinesError(f"{path} is missing")
        node = node[key]
    return node


def load_lines(data: bytes | None = None) -> PovertyLines:
    """The shipped poverty lines, or lines given as JSON bytes (a published catalog)."""
    if data is None:
        data = resources.files(_CATALOG_PACKAGE).joinpath("poverty_lines.json").read_bytes()
    try:
        raw = json.loads(data)
    except ValueError:
        raise LinesError("the poverty lines are not JSON") from None
    for key in ("catalog_version", "valid_from", "source"):
        if not isinstance(_get(raw, key), str) or not raw[key]:
            raise LinesError(f"{key} must be non-empty text")

    def pair(area: str) -> tuple[Decimal, Decimal]:
        extreme = _decimal(
            _get(raw, f"lines.{area}.extreme_income"), f"lines.{area}.extreme_income"
        )
        line = _decimal(_get(raw, f"lines.{area}.income"), f"lines.{area}.income")
        if extreme > line:
            raise LinesError(f"lines.{area}: the extreme income line is above the income line")
        return extreme, line

    cohorts = _get(raw, "method.education_by_birth_year")
    if not isinstance(cohorts, list) or not cohorts:
        raise LinesError("method.education_by_birth_year must be a non-empty list")
    school_age = _get(raw, "method.school_age")
    if not isinstance(school_age, list) or len(school_age) != 2:
        raise LinesError("method.school_age must be [from, to]")

    def cut(group: str) -> tuple[int, int]:
        base = f"method.food_insecurity.{group}"
        return (
            _int(_get(raw, f"{base}.moderate_from"), f"{base}.moderate_from"),
            _int(_get(raw, f"{base}.severe_from"), f"{base}.severe_from"),
        )

    return PovertyLines(
        version=raw["catalog_version"],
        valid_from=raw["valid_from"],
        source=raw["source"],
        rural=pair("rural"),
        urban=pair("urban"),
        extreme_min_deprivations=_int(
            _get(raw, "method.extreme_poverty_min_deprivations"),
            "method.extreme_poverty_min_deprivations",
        ),
        poverty_min_deprivations=_int(
            _get(raw, "method.poverty_min_deprivations"), "method.poverty_min_deprivations"
        ),
        crowding_above=_decimal(
            _get(raw, "method.crowding_above_people_per_room"),
            "method.crowding_above_people_per_room",
        ),
        school_age=(_int(school_age[0], "school_age"), _int(school_age[1], "school_age")),
        education_by_birth_year=tuple(
            sorted(
                (
                    (
                        _int(_get(c, "born_from"), f"education_by_birth_year[{i}].born_from"),
                        str(_get(c, "requires")),
                    )
                    for i, c in enumerate(cohorts)
                ),
                reverse=True,
            )
        ),
        food_with_minors=cut("with_minors"),
        food_adults_only=cut("adults_only"),
        pension_age=_int(
            _get(raw, "method.non_contributory_pension_from_age"),
            "method.non_contributory_pension_from_age",
        ),
    )


# --- the measurement ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MemberResult:
    person_id: str
    deprivations: frozenset[Deprivation]
    standing: Standing


@dataclass(frozen=True, slots=True)
class PovertyResult:
    """A household's measurement; ``missing`` non-empty means it could not be made."""

    missing: tuple[str, ...]
    income_per_person: Decimal | None = None
    income_level: IncomeLevel | None = None
    household_deprivations: frozenset[Deprivation] = frozenset()
    members: tuple[MemberResult, ...] = ()
    lines_version: str = ""

    @property
    def complete(self) -> bool:
        return not self.missing

    def counts(self) -> dict[Deprivation, int]:
        """How many members have each deprivation."""
        out = dict.fromkeys(Deprivation, 0)
        for member in self.members:
            for deprivation in member.deprivations:
                out[deprivation] += 1
        return out


def measure(
    answers: HouseholdAnswers, questionnaire: Questionnaire, lines: PovertyLines
) -> PovertyResult:
    missing = _missing(answers, questionnaire)
    if missing:
        return PovertyResult(missing=tuple(missing), lines_version=lines.version)
    size = len(answers.members)
    monthly = sum(
        (
            income.amount * questionnaire.option("income_frequency", income.frequency).per_month
            for member in answers.members
            for income in member.incomes or ()
        ),
        Decimal(0),
    )
    per_person = (monthly / size).quantize(Decimal("0.01"))
    extreme_line, line = lines.rural if answers.rural else lines.urban
    if per_person < extreme_line:
        level = IncomeLevel.BELOW_EXTREME
    elif per_person < line:
        level = IncomeLevel.BELOW_LINE
    else:
        level = IncomeLevel.ABOVE
    shared = _household_deprivations(answers, questionnaire, lines)
    covered = _social_security(answers, questionnaire, lines)
    members = []
    for member in answers.members:
        own = set(shared)
        if _educational_lag(member, questionnaire, lines):
            own.add(Deprivation.EDUCATION)
        if not any(
            "access" in questionnaire.option("health_services", code).flags
            for code in member.health_services or ()
        ):
            own.add(Deprivation.HEALTH)
        if member.person_id not in covered:
            own.add(Deprivation.SOCIAL_SECURITY)
        members.append(
            MemberResult(member.person_id, frozenset(own), _standing(level, len(own), lines))
        )
    return PovertyResult(
        missing=(),
        income_per_person=per_person,
        income_level=level,
        household_deprivations=frozenset(shared),
        members=tuple(members),
        lines_version=lines.version,
    )


def _missing(answers: HouseholdAnswers, questionnaire: Questionnaire) -> list[str]:
    missing: list[str] = []
    if not answers.members:
        missing.append("members")
    if answers.rural is None:
        missing.append("locality_size")
    for name in ("floor", "walls", "roof", "rooms", "water", "drainage", "electricity"):
        if getattr(answers, name) is None:
            missing.append(name)
    if answers.cooking_fuel is None:
        missing.append("cooking_fuel")
    elif (
        questionnaire.option("cooking_fuel", answers.cooking_fuel).deprived == "without_chimney"
        and answers.kitchen_chimney is None
    ):
        missing.append("kitchen_chimney")
    minors = any(m.age < 18 for m in answers.members)
    for option in questionnaire.options("food_security"):
        if (option.group == "adults" or minors) and option.code not in answers.food_security:
            missing.append(f"food_security.{option.code}")
    for i, member in enumerate(answers.members, start=1):
        for name in ("incomes", "schooling", "health_services", "contributes_social_security"):
            if getattr(member, name) is None:
                missing.append(f"member {i}: {name}")
        if member.attends_school is None and member.age <= 25:
            missing.append(f"member {i}: attends_school")
    return missing


def _household_deprivations(
    answers: HouseholdAnswers, questionnaire: Questionnaire, lines: PovertyLines
) -> set[Deprivation]:
    found: set[Deprivation] = set()

    def deprived(question: str, code: str | None) -> bool:
        return code is not None and questionnaire.option(question, code).deprived is True

    rooms = max(answers.rooms or 0, 1)
    crowded = Decimal(len(answers.members)) / Decimal(rooms) > lines.crowding_above
    if crowded or any(deprived(q, getattr(answers, q)) for q in ("floor", "walls", "roof")):
        found.add(Deprivation.DWELLING)
    smoke = (
        answers.cooking_fuel is not None
        and questionnaire.option("cooking_fuel", answers.cooking_fuel).deprived == "without_chimney"
        and answers.kitchen_chimney is False
    )
    if smoke or any(
        deprived(q, getattr(answers, q))
        for q in ("water", "drainage", "electricity", "cooking_fuel")
    ):
        found.add(Deprivation.SERVICES)
    minors = any(m.age < 18 for m in answers.members)
    yes = sum(
        1
        for option in questionnaire.options("food_security")
        if (option.group == "adults" or minors) and answers.food_security.get(option.code)
    )
    moderate_from, _severe_from = lines.food_with_minors if minors else lines.food_adults_only
    if yes >= moderate_from:
        found.add(Deprivation.FOOD)
    return found


def _educational_lag(
    member: MemberAnswers, questionnaire: Questionnaire, lines: PovertyLines
) -> bool:
    assert member.schooling is not None
    rank = questionnaire.option("schooling", member.schooling).rank
    low, high = lines.school_age
    if member.age < low:
        return False
    required = next(
        level
        for born_from, level in lines.education_by_birth_year
        if member.birth_year >= born_from
    )
    needed = questionnaire.option("schooling", required).rank
    if member.age <= high:
        # In school age: lagging only when out of school without the compulsory level.
        return not member.attends_school and rank < needed
    return rank < needed


def _social_security(
    answers: HouseholdAnswers, questionnaire: Questionnaire, lines: PovertyLines
) -> set[str]:
    def sources(member: MemberAnswers) -> set[str]:
        flags: set[str] = set()
        for income in member.incomes or ():
            flags |= questionnaire.option("income_sources", income.source).flags
        return flags

    direct = {
        m.person_id
        for m in answers.members
        if m.contributes_social_security or "contributory_pension" in sources(m)
    }
    covered = set(direct)
    covered |= {
        m.person_id
        for m in answers.members
        if m.age >= lines.pension_age and "non_contributory_pension" in sources(m)
    }
    couple = {
        m.person_id for m in answers.members if m.relationship in ("jefe", "conyuge")
    } & direct
    if couple:
        for m in answers.members:
            young = m.age < 16 or (m.age < 26 and bool(m.attends_school))
            if m.relationship in ("jefe", "conyuge", "padre") or (
                m.relationship == "hijo" and young
            ):
                covered.add(m.person_id)
    return covered


def _standing(level: IncomeLevel, deprivations: int, lines: PovertyLines) -> Standing:
    below_line = level is not IncomeLevel.ABOVE
    if level is IncomeLevel.BELOW_EXTREME and deprivations >= lines.extreme_min_deprivations:
        return Standing.EXTREME_POVERTY
    if below_line and deprivations >= lines.poverty_min_deprivations:
        return Standing.POVERTY
    if deprivations >= lines.poverty_min_deprivations:
        return Standing.VULNERABLE_DEPRIVATIONS
    if below_line:
        return Standing.VULNERABLE_INCOME
    return Standing.NEITHER


_DEPRIVATION_WORDS: Final = {
    Deprivation.EDUCATION: "educational lag",
    Deprivation.HEALTH: "health services",
    Deprivation.SOCIAL_SECURITY: "social security",
    Deprivation.DWELLING: "quality and space of the dwelling",
    Deprivation.SERVICES: "basic services in the dwelling",
    Deprivation.FOOD: "food access",
}
_LEVEL_WORDS: Final = {
    IncomeLevel.BELOW_EXTREME: "income below the extreme poverty line",
    IncomeLevel.BELOW_LINE: "income below the poverty line",
    IncomeLevel.ABOVE: "income at or above the poverty line",
}


def describe(result: PovertyResult) -> str:
    """The result in plain English words (the UI words it through its translations)."""
    if not result.complete:
        return "the survey is incomplete; missing: " + ", ".join(result.missing)
    assert result.income_level is not None
    counts = {d: n for d, n in result.counts().items() if n}
    size = len(result.members)
    parts = [
        f"{_DEPRIVATION_WORDS[d]}" + ("" if n == size else f" ({n} of {size})")
        for d, n in sorted(counts.items(), key=lambda item: list(Deprivation).index(item[0]))
    ]
    deprivations = (
        f"{len(parts)} deprivation{'s' if len(parts) != 1 else ''}: " + ", ".join(parts)
        if parts
        else "no deprivations"
    )
    return f"{_LEVEL_WORDS[result.income_level]}; {deprivations}"
