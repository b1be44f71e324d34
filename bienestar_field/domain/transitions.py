"""Transitions due: enrolled people whose situation changes by age or time, and what to do.

Everything is read from the catalog in force, never from constants here:

* **Age limit**: a program's ``max_age`` (the rule's, or the largest of the alternatives the
  person can use: a child with a disability has the disability alternative's limit). The
  person leaves the program on the birthday after it. When another program of the catalog
  starts at that age for people like them (its ``min_age`` is the next year and its sexes
  admit them), the action is to enrol them there: a woman of Pensión Mujeres Bienestar turning
  65 moves to Pensión Adultos Mayores because the first ends at 64 and the second starts at 65.
* **School level**: a student in the last grade of the highest level a scholarship covers
  leaves it at the end of the school year (mid-July, the SEP calendar); the program covering
  the next level, if the catalog has one, is where to enrol them. A student whose recorded
  level the program does not cover is due now.
* **Due date**: an enrolment in a program for pregnant women (its rule, or an alternative,
  requires pregnancy; or it expects prenatal checks) whose due date falls within the horizon
  or has passed: record the birth or correct the date.

A transition is listed when its day is within ``horizon`` days from today, or already past.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bienestar_field.domain.enrollments import CheckKind, Enrollment
from bienestar_field.domain.people import Person, SchoolLevel
from bienestar_field.domain.programs import Program, ProgramCatalog, Rule
from bienestar_field.domain.text import Text, text

# The school levels in order, with the grades each has (the SEP's structure, not a rule of
# any program: the programs say which levels they cover, in the catalog).
LEVEL_ORDER: tuple[SchoolLevel, ...] = (
    SchoolLevel.PREESCOLAR,
    SchoolLevel.PRIMARIA,
    SchoolLevel.SECUNDARIA,
    SchoolLevel.MEDIA_SUPERIOR,
    SchoolLevel.SUPERIOR,
)
LAST_GRADE: dict[SchoolLevel, int] = {
    SchoolLevel.PREESCOLAR: 3,
    SchoolLevel.PRIMARIA: 6,
    SchoolLevel.SECUNDARIA: 3,
    SchoolLevel.MEDIA_SUPERIOR: 3,
}
# The school year ends in the middle of July (SEP calendar).
SCHOOL_YEAR_END = (7, 15)


class TransitionKind(StrEnum):
    AGE_LIMIT = "age_limit"
    SCHOOL_LEVEL = "school_level"
    DUE_DATE = "due_date"


@dataclass(frozen=True, slots=True)
class Transition:
    person_id: str
    enrollment_id: str
    program_code: str
    kind: TransitionKind
    on: date  # the day the situation changes (past: overdue)
    reason: Text
    action: Text
    next_program: str | None = None


def school_year_end(today: date) -> date:
    end = date(today.year, *SCHOOL_YEAR_END)
    return end if today <= end else date(today.year + 1, *SCHOOL_YEAR_END)


def _birthday(person: Person, age: int) -> date:
    born = person.birth_date
    try:
        return born.replace(year=born.year + age)
    except ValueError:  # 29 February: a year older on 1 March
        return date(born.year + age, 3, 1)


def _usable(rule: Rule, person: Person) -> bool:
    """An alternative the person could use apart from age, by what is recorded of them
    (disability, sex, self-identification, pregnancy); places are not looked at here."""
    if rule.requires_disability and person.disability is None:
        return False
    if rule.requires_disability_certificate and not (
        person.disability is not None and person.disability.certified
    ):
        return False
    if rule.sexes and person.sex not in rule.sexes:
        return False
    if rule.requires_indigenous_or_afromexican and not (person.indigenous or person.afromexican):
        return False
    return not (rule.requires_pregnancy and person.pregnancy_due_date is None)


def age_limit(program: Program, person: Person) -> int | None:
    """The last age (completed years) the program admits this person at; None: no limit."""
    rule = program.rule
    limit = rule.max_age
    if rule.alternatives:
        usable = [a for a in rule.alternatives if _usable(a, person)] or list(rule.alternatives)
        if any(a.max_age is None for a in usable):
            alternative_limit = None
        else:
            alternative_limit = max(a.max_age for a in usable if a.max_age is not None)
        if alternative_limit is not None:
            limit = alternative_limit if limit is None else min(limit, alternative_limit)
    return limit


def _starts_at(rule: Rule) -> int | None:
    if rule.min_age is not None:
        return rule.min_age
    ages = [a.min_age for a in rule.alternatives if a.min_age is not None]
    return min(ages) if ages and len(ages) == len(rule.alternatives) else None


def _next_by_age(
    catalog: ProgramCatalog, program: Program, person: Person, age: int
) -> Program | None:
    for other in catalog:
        if other.code == program.code or _starts_at(other.rule) != age:
            continue
        if other.rule.sexes and person.sex not in other.rule.sexes:
            continue
        if other.rule.requires_disability and person.disability is None:
            continue
        return other
    return None


def _levels(rule: Rule) -> set[SchoolLevel]:
    levels = set(rule.school_levels)
    for alternative in rule.alternatives:
        levels.update(alternative.school_levels)
    return levels


def _for_pregnancy(program: Program) -> bool:
    rule = program.rule
    return (
        rule.requires_pregnancy
        or any(a.requires_pregnancy for a in rule.alternatives)
        or any(c.kind is CheckKind.PRENATAL for c in program.checks)
    )


def of_enrollment(
    catalog: ProgramCatalog,
    enrollment: Enrollment,
    person: Person,
    today: date,
    horizon: int,
) -> list[Transition]:
    """The transitions due for one active enrolment within ``horizon`` days (or past)."""
    program = catalog.get(enrollment.program_code)
    if program is None or not enrollment.status.is_active or person.death_date is not None:
        return []
    until = today + timedelta(days=horizon)
    found: list[Transition] = []

    def add(
        kind: TransitionKind, on: date, reason: Text, action: Text, nxt: Program | None
    ) -> None:
        if on <= until:
            found.append(
                Transition(
                    person.id,
                    enrollment.id,
                    program.code,
                    kind,
                    on,
                    reason,
                    action,
                    nxt.code if nxt is not None else None,
                )
            )

    limit = age_limit(program, person)
    if limit is not None:
        leaves = _birthday(person, limit + 1)
        nxt = _next_by_age(catalog, program, person, limit + 1)
        reason = text(
            "Cumple {age} años el {date}; el programa admite hasta los {limit} años.",
            age=limit + 1,
            date=leaves,
            limit=limit,
        )
        if nxt is not None:
            action = text(
                "Inscribir en {target} y dar de baja en {program} por edad.",
                target=nxt.label,
                program=program.label,
            )
        else:
            action = text("Dar de baja en {program} por edad.", program=program.label)
        add(TransitionKind.AGE_LIMIT, leaves, reason, action, nxt)

    levels = _levels(program.rule)
    schooling = person.schooling
    if levels and schooling is not None:
        level = schooling.level
        if level not in levels:
            add(
                TransitionKind.SCHOOL_LEVEL,
                today,
                text("Cursa un nivel escolar que el programa no cubre."),
                text(
                    "Revisar la inscripción en {program}: dar de baja o cambiar de programa.",
                    program=program.label,
                ),
                None,
            )
        elif schooling.grade is not None and schooling.grade >= LAST_GRADE.get(level, 99):
            following = LEVEL_ORDER[LEVEL_ORDER.index(level) + 1 :]
            nxt_level = following[0] if following else None
            if nxt_level is not None and nxt_level not in levels:
                end = school_year_end(today)
                nxt = next(
                    (p for p in catalog if p.code != program.code and nxt_level in _levels(p.rule)),
                    None,
                )
                reason = text(
                    "Termina el último grado del nivel que cubre la beca al fin del ciclo "
                    "escolar ({date}).",
                    date=end,
                )
                if nxt is not None:
                    action = text(
                        "Al pasar al siguiente nivel, inscribir en {target} y dar de baja en "
                        "{program}.",
                        target=nxt.label,
                        program=program.label,
                    )
                else:
                    action = text(
                        "Dar de baja en {program} al terminar el ciclo escolar.",
                        program=program.label,
                    )
                add(TransitionKind.SCHOOL_LEVEL, end, reason, action, nxt)

    due = person.pregnancy_due_date
    if due is not None and _for_pregnancy(program):
        if due < today:
            reason = text("La fecha probable de parto ({date}) ya pasó.", date=due)
        else:
            reason = text("Fecha probable de parto: {date}.", date=due)
        action = text(
            "Registrar el nacimiento o corregir la fecha probable de parto; revisar el apoyo "
            "de {program}.",
            program=program.label,
        )
        add(TransitionKind.DUE_DATE, due, reason, action, None)
    return found


def due(
    catalog: ProgramCatalog,
    enrolled: Iterable[tuple[Enrollment, Person]],
    today: date,
    horizon: int,
) -> list[Transition]:
    """Every transition due within ``horizon`` days (or past), soonest first."""
    found = [t for e, p in enrolled for t in of_enrollment(catalog, e, p, today, horizon)]
    return sorted(found, key=lambda t: (t.on, t.kind.value, t.person_id))


__all__ = [
    "LAST_GRADE",
    "LEVEL_ORDER",
    "Transition",
    "TransitionKind",
    "age_limit",
    "due",
    "of_enrollment",
    "school_year_end",
]
