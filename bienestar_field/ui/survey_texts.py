"""The poverty measurement in plain words, in the language shown.

``domain/poverty.describe`` words a result in English for logs; the household's page says it
through these translated pieces instead: the income against the lines, then how many social
deprivations and which ("ingreso por debajo de la línea de pobreza extrema; dos carencias:
drenaje, seguridad social"), or, when the survey is incomplete, which answers are missing.
"""

from __future__ import annotations

from collections.abc import Sequence

from bienestar_field.domain.poverty import Deprivation, IncomeLevel, PovertyResult, Standing
from bienestar_field.ui.i18n import fill, format_money, translate


def level_text(level: IncomeLevel) -> str:
    return {
        IncomeLevel.BELOW_EXTREME: translate(
            "Poverty", "ingreso por debajo de la línea de pobreza extrema"
        ),
        IncomeLevel.BELOW_LINE: translate("Poverty", "ingreso por debajo de la línea de pobreza"),
        IncomeLevel.ABOVE: translate("Poverty", "ingreso igual o mayor que la línea de pobreza"),
    }[level]


def deprivation_text(deprivation: Deprivation) -> str:
    return {
        Deprivation.EDUCATION: translate("Poverty", "rezago educativo"),
        Deprivation.HEALTH: translate("Poverty", "servicios de salud"),
        Deprivation.SOCIAL_SECURITY: translate("Poverty", "seguridad social"),
        Deprivation.DWELLING: translate("Poverty", "calidad y espacios de la vivienda"),
        Deprivation.SERVICES: translate("Poverty", "servicios básicos de la vivienda"),
        Deprivation.FOOD: translate("Poverty", "alimentación"),
    }[deprivation]


def standing_text(standing: Standing) -> str:
    return {
        Standing.EXTREME_POVERTY: translate("Poverty", "Pobreza extrema"),
        Standing.POVERTY: translate("Poverty", "Pobreza"),
        Standing.VULNERABLE_DEPRIVATIONS: translate("Poverty", "Vulnerable por carencias"),
        Standing.VULNERABLE_INCOME: translate("Poverty", "Vulnerable por ingreso"),
        Standing.NEITHER: translate("Poverty", "No pobre y no vulnerable"),
    }[standing]


_ORDER = list(Standing)


def household_standing(result: PovertyResult) -> Standing | None:
    """The household by its worst-off member (the method measures people; a household with
    one member in extreme poverty is where the need is)."""
    if not result.members:
        return None
    return min((m.standing for m in result.members), key=_ORDER.index)


def reasons_text(result: PovertyResult) -> str:
    """Income level, then the deprivations (with how many members each reaches)."""
    assert result.income_level is not None
    size = len(result.members)
    parts = []
    for deprivation in Deprivation:
        count = result.counts()[deprivation]
        if not count:
            continue
        words = deprivation_text(deprivation)
        if count != size:
            words = fill(translate("Poverty", "%1 (%2 de %3)"), words, count, size)
        parts.append(words)
    if not parts:
        deprivations = translate("Poverty", "sin carencias")
    elif len(parts) == 1:
        deprivations = fill(translate("Poverty", "una carencia: %1"), parts[0])
    else:
        deprivations = fill(
            translate("Poverty", "%1 carencias: %2"), count_word(len(parts)), ", ".join(parts)
        )
    return f"{level_text(result.income_level)}; {deprivations}"


def count_word(n: int) -> str:
    words = {
        2: translate("Poverty", "dos"),
        3: translate("Poverty", "tres"),
        4: translate("Poverty", "cuatro"),
        5: translate("Poverty", "cinco"),
        6: translate("Poverty", "seis"),
    }
    return words.get(n, str(n))


def question_text(name: str) -> str:
    return {
        "members": translate("Poverty", "integrantes del hogar"),
        "locality_size": translate("Poverty", "tamaño de la localidad"),
        "floor": translate("Poverty", "piso"),
        "walls": translate("Poverty", "paredes"),
        "roof": translate("Poverty", "techo"),
        "rooms": translate("Poverty", "cuartos"),
        "water": translate("Poverty", "agua"),
        "drainage": translate("Poverty", "drenaje"),
        "electricity": translate("Poverty", "electricidad"),
        "cooking_fuel": translate("Poverty", "combustible para cocinar"),
        "kitchen_chimney": translate("Poverty", "chimenea de la cocina"),
        "incomes": translate("Poverty", "ingresos"),
        "schooling": translate("Poverty", "escolaridad"),
        "attends_school": translate("Poverty", "asistencia escolar"),
        "health_services": translate("Poverty", "servicios de salud"),
        "contributes_social_security": translate("Poverty", "seguridad social"),
    }.get(name, name)


def missing_text(missing: Sequence[str], member_names: Sequence[str]) -> str:
    """What the survey lacks, in words: food questions as one item, members' by name."""
    items: list[str] = []
    food = False
    for entry in missing:
        if entry.startswith("food_security."):
            food = True
            continue
        if entry.startswith("member "):
            number, _, name = entry[len("member ") :].partition(": ")
            index = int(number) - 1
            who = member_names[index] if 0 <= index < len(member_names) else number
            items.append(fill(translate("Poverty", "%1 de %2"), question_text(name), who))
        else:
            items.append(question_text(entry))
    if food:
        items.append(translate("Poverty", "preguntas de alimentación"))
    return fill(translate("Poverty", "Encuesta incompleta; falta: %1"), ", ".join(items))


def result_text(result: PovertyResult | None, member_names: Sequence[str]) -> str:
    """The household's line on its page: its standing and reasons, what is missing, or that
    it was never surveyed."""
    if result is None:
        return translate("Poverty", "Sin encuesta socioeconómica.")
    if not result.complete:
        return missing_text(result.missing, member_names)
    standing = household_standing(result)
    assert standing is not None
    assert result.income_per_person is not None
    return fill(
        translate("Poverty", "%1: %2. Ingreso por persona: %3 al mes."),
        standing_text(standing),
        reasons_text(result),
        format_money(result.income_per_person),
    )
