"""Who qualifies for which program, with the reasons in plain Spanish.

:func:`evaluate` applies each catalog rule (see :mod:`bienestar_field.domain.programs`) to a
person on a given date. An eligible result carries what made them eligible ("Tiene 67 años
(65 o más)"); an ineligible one carries *every* condition that failed, so the caseworker can
tell the family exactly why.

Approximations, because the household roster records relationships to the head of the
household, not parentage:

* **Parents of a child** (childcare support rule ``caregiver``): for the head's child, the
  head and their spouse; for a grandchild, the head's children and children-in-law; for the
  head's sibling, the head's parents. Only members at least 12 years older than the child
  count. A grandchild's aunt may therefore be taken for the mother.
* **Mother or single father**: a candidate parent registered as a woman counts as the mother;
  so does one registered as non-binary, so that the child is not left out. A man counts only
  when no such mother is in the household (a single father).
* **Rural locality**: INEGI's ámbito for catalog localities; a typed locality (fewer than
  1,000 inhabitants, not in the catalog) is rural, since INEGI's urban threshold is 2,500.
* Conditions no captured field can show (social backwardness, land available) are listed
  as *Verificar en campo* on eligible results, not decided here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from bienestar_field.domain import geography
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Occupation, Person, Relationship, SchoolLevel, Sex, age_on
from bienestar_field.domain.programs import CaregiverRule, Program, ProgramCatalog, Rule

_PROGRAM = "el programa"
_OPTION = "esta opción"
_MIN_PARENT_AGE_GAP = 12
_TYPED_LOCALITY_IS_RURAL = "Vive en una localidad de menos de 1,000 habitantes (rural)"

_SEX_SINGULAR = {Sex.MUJER: "mujer", Sex.HOMBRE: "hombre", Sex.NO_BINARIO: "persona no binaria"}
_SEX_PLURAL = {Sex.MUJER: "mujeres", Sex.HOMBRE: "hombres", Sex.NO_BINARIO: "personas no binarias"}
_SCHOOL_LEVEL_NAMES = {
    SchoolLevel.PREESCOLAR: "preescolar",
    SchoolLevel.PRIMARIA: "primaria",
    SchoolLevel.SECUNDARIA: "secundaria",
    SchoolLevel.MEDIA_SUPERIOR: "educación media superior",
    SchoolLevel.SUPERIOR: "educación superior",
}
_OCCUPATION_PHRASES = {  # completes "quien ..."
    Occupation.TRABAJA: "trabaja",
    Occupation.ESTUDIA: "estudia",
    Occupation.TRABAJA_Y_ESTUDIA: "trabaja y estudia",
    Occupation.NI_ESTUDIA_NI_TRABAJA: "no estudia ni trabaja",
    Occupation.HOGAR: "se dedica al hogar",
    Occupation.DESCONOCIDA: "no tiene ocupación registrada",
}
# Relationship of a child to the head of household -> relationships its parents may have.
_PARENT_RELATIONSHIPS: dict[Relationship, frozenset[Relationship]] = {
    Relationship.HIJA_O_HIJO: frozenset({Relationship.JEFA_O_JEFE, Relationship.CONYUGE}),
    Relationship.NIETA_O_NIETO: frozenset({Relationship.HIJA_O_HIJO, Relationship.NUERA_O_YERNO}),
    Relationship.HERMANA_O_HERMANO: frozenset({Relationship.MADRE_O_PADRE}),
}


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    program: Program
    eligible: bool
    reasons: tuple[str, ...]


def evaluate(
    person: Person,
    catalog: ProgramCatalog,
    on: date,
    *,
    household: Household | None = None,
    enrolled_programs: frozenset[str] = frozenset(),
) -> list[EligibilityResult]:
    """One result per catalog program, in catalog order.

    ``household`` gives the address (territory, rural locality) and the other members
    (childcare support); without it, rules that need them are not met and say so.
    ``enrolled_programs`` are the codes the person already receives.
    """
    situation = _Situation(
        person=person,
        on=on,
        age=age_on(person.birth_date, on),
        household=household,
        enrolled_programs=enrolled_programs,
        catalog=catalog,
    )
    return [_evaluate_program(program, situation) for program in catalog.programs]


def eligible_programs(
    person: Person,
    catalog: ProgramCatalog,
    on: date,
    *,
    household: Household | None = None,
    enrolled_programs: frozenset[str] = frozenset(),
) -> list[Program]:
    """The programs whose rules the person meets (including ones already received)."""
    results = evaluate(
        person, catalog, on, household=household, enrolled_programs=enrolled_programs
    )
    return [result.program for result in results if result.eligible]


@dataclass(frozen=True, slots=True)
class _Situation:
    person: Person
    on: date
    age: int
    household: Household | None
    enrolled_programs: frozenset[str]
    catalog: ProgramCatalog


@dataclass(frozen=True, slots=True)
class _Finding:
    met: bool
    reason: str


def _evaluate_program(program: Program, situation: _Situation) -> EligibilityResult:
    findings = _findings(program.rule, situation, _PROGRAM)
    failures = [finding.reason for finding in findings if not finding.met]
    alternatives_met, alternative_reasons = _alternatives(program.rule, situation)
    if not alternatives_met:
        failures += alternative_reasons
    if failures:
        return EligibilityResult(program, eligible=False, reasons=tuple(failures))
    reasons = [finding.reason for finding in findings] + alternative_reasons
    reasons += [f"Verificar en campo: {check}" for check in program.rule.field_checks]
    return EligibilityResult(program, eligible=True, reasons=tuple(reasons))


def _alternatives(rule: Rule, situation: _Situation) -> tuple[bool, list[str]]:
    """Whether some alternative holds, with its reasons; else why each one fails."""
    if not rule.alternatives:
        return True, []
    explanations: list[str] = []
    for alternative in rule.alternatives:
        findings = _findings(alternative, situation, _OPTION)
        failed = [_lower_first(f.reason) for f in findings if not f.met]
        if not failed:
            met = "; ".join(_lower_first(f.reason) for f in findings)
            checks = [f"Verificar en campo: {check}" for check in alternative.field_checks]
            return True, [f"Cumple la opción «{alternative.label}»: {met}", *checks]
        explanations.append(f"No cumple la opción «{alternative.label}»: {'; '.join(failed)}")
    return False, explanations


def _findings(rule: Rule, situation: _Situation, scope: str) -> list[_Finding]:
    found = (check(rule, situation, scope) for check in _CHECKS)
    return [finding for finding in found if finding is not None]


# --- one function per condition; None when the rule does not ask for it ---------------------


def _age(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    low, high = rule.min_age, rule.max_age
    if low is None and high is None:
        return None
    age = situation.age
    met = (low is None or age >= low) and (high is None or age <= high)
    if met:
        return _Finding(True, f"Tiene {_years(age)} ({_short_range(low, high)})")
    return _Finding(False, f"Tiene {_years(age)}; {scope} es para personas {_range(low, high)}")


def _sex(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.sexes:
        return None
    sex = situation.person.sex
    if sex in rule.sexes:
        return _Finding(True, f"Es {_SEX_SINGULAR[sex]}")
    wanted = _join_or(_SEX_PLURAL[s] for s in rule.sexes)
    return _Finding(False, f"Su sexo registrado es {_SEX_SINGULAR[sex]}; {scope} es para {wanted}")


def _disability(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.requires_disability:
        return None
    disability = situation.person.disability
    if disability is None:
        return _Finding(False, "No tiene registrada una discapacidad permanente")
    if not disability.permanent:
        return _Finding(False, "La discapacidad registrada no es permanente")
    return _Finding(True, f"Tiene una discapacidad permanente ({disability.kind.value})")


def _disability_certificate(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    disability = situation.person.disability
    if not rule.requires_disability_certificate:
        return None
    if disability is None and rule.requires_disability:
        return None  # the missing disability already explains it
    if disability is not None and disability.certified:
        return _Finding(True, "Cuenta con certificado de discapacidad de una institución pública")
    return _Finding(
        False, "Falta el certificado de discapacidad de una institución pública de salud"
    )


def _pregnancy(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.requires_pregnancy:
        return None
    due = situation.person.pregnancy_due_date
    if due is None:
        return _Finding(False, "No tiene registrado un embarazo")
    if due <= situation.on:
        return _Finding(False, f"La fecha probable de parto registrada ({due:%d/%m/%Y}) ya pasó")
    return _Finding(True, f"Embarazo con fecha probable de parto el {due:%d/%m/%Y}")


def _school_level(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.school_levels:
        return None
    wanted = _join_or(_SCHOOL_LEVEL_NAMES[level] for level in rule.school_levels)
    schooling = situation.person.schooling
    if schooling is None:
        return _Finding(
            False, f"No tiene registrada una inscripción escolar; {scope} es para {wanted}"
        )
    level = _SCHOOL_LEVEL_NAMES[schooling.level]
    if schooling.level in rule.school_levels:
        return _Finding(True, f"Estudia {level}")
    return _Finding(False, f"Estudia {level}; {scope} es para estudiantes de {wanted}")


def _public_school(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    schooling = situation.person.schooling
    if not rule.requires_public_school:
        return None
    if schooling is None:
        if rule.school_levels:
            return None  # the missing enrolment already explains it
        return _Finding(False, f"No tiene registrada una inscripción escolar; {scope} lo pide")
    if schooling.public:
        return _Finding(True, "Su escuela es pública")
    return _Finding(False, f"Su escuela no es pública; {scope} es para escuelas públicas")


def _occupation(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.occupations:
        return None
    occupation = situation.person.occupation
    if occupation in rule.occupations:
        return _Finding(True, f"Ocupación: {_OCCUPATION_PHRASES[occupation]}")
    wanted = _join_or(_OCCUPATION_PHRASES[o] for o in rule.occupations)
    return _Finding(
        False,
        f"Ocupación registrada: {_OCCUPATION_PHRASES[occupation]}; {scope} es para quien {wanted}",
    )


def _ethnicity(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.requires_indigenous_or_afromexican:
        return None
    person = situation.person
    identities = [
        name
        for name, present in (("indígena", person.indigenous), ("afromexicana", person.afromexican))
        if present
    ]
    if identities:
        return _Finding(True, f"Se reconoce como persona {' y '.join(identities)}")
    return _Finding(False, "No se reconoce como persona indígena ni afromexicana")


def _prior_enrollment(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.requires_enrollment_in:
        return None
    for code in rule.requires_enrollment_in:
        if code in situation.enrolled_programs:
            return _Finding(True, f"Ya recibe {_program_name(situation, code)}")
    names = [_program_name(situation, code) for code in rule.requires_enrollment_in]
    return _Finding(
        False,
        f"No recibe {' ni '.join(names)}; {scope} es para quien ya recibe "
        + ("ese programa" if len(names) == 1 else "alguno de ellos"),
    )


def _states(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.states:
        return None
    wanted = _join_or(geography.state_by_inegi_key(key).name for key in rule.states)
    if situation.household is None:
        return _Finding(False, f"Falta el domicilio para saber si vive en {wanted}")
    state_key = situation.household.address.state_code
    try:
        here = geography.state_by_inegi_key(state_key).name
    except geography.UnknownPlace as exc:
        return _Finding(False, str(exc))
    if state_key in rule.states:
        return _Finding(True, f"Vive en {here}")
    return _Finding(False, f"Vive en {here}; {scope} solo opera en {wanted}")


def _municipalities(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.municipalities:
        return None
    wanted = _join_or(_municipality_name(key) for key in rule.municipalities)
    if situation.household is None:
        return _Finding(False, f"Falta el domicilio para saber si vive en {wanted}")
    address = situation.household.address
    key = address.state_code + address.municipality_code
    try:
        here = _municipality_name(key)
    except geography.UnknownPlace as exc:
        return _Finding(False, str(exc))
    if key in rule.municipalities:
        return _Finding(True, f"Vive en {here}")
    return _Finding(False, f"Vive en {here}; {scope} solo opera en {wanted}")


def _rural_locality(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.requires_rural_locality:
        return None
    if situation.household is None:
        return _Finding(False, "Falta el domicilio para saber si la localidad es rural")
    address = situation.household.address
    if not address.locality_code:
        return _Finding(True, _TYPED_LOCALITY_IS_RURAL)
    try:
        place = geography.locality(
            address.state_code, address.municipality_code, address.locality_code
        )
    except geography.UnknownPlace as exc:
        return _Finding(False, str(exc))
    if place.urban:
        return _Finding(
            False,
            f"Vive en una localidad urbana ({place.name}); {scope} es para localidades rurales",
        )
    return _Finding(True, f"Vive en una localidad rural ({place.name})")


def _social_security_childcare(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    if not rule.excludes_social_security_childcare:
        return None
    if situation.person.has_social_security_childcare:
        return _Finding(False, "Ya tiene guardería del IMSS o del ISSSTE")
    return _Finding(True, "No tiene guardería del IMSS o del ISSSTE")


def _caregiver(rule: Rule, situation: _Situation, scope: str) -> _Finding | None:
    caregiver = rule.caregiver
    if caregiver is None:
        return None
    if situation.household is None:
        return _Finding(False, "Falta el hogar para saber si la madre o el padre trabaja o estudia")
    parents = _candidate_parents(situation.person, situation.household)
    if not parents:
        return _Finding(
            False,
            "No se identificó en el hogar a la madre ni al padre "
            "(revise el parentesco con la persona jefa del hogar)",
        )
    mothers = [parent for parent in parents if parent.sex is not Sex.HOMBRE]
    for mother in mothers:
        if _cares_as_required(mother, caregiver):
            return _Finding(True, f"Su madre {_OCCUPATION_PHRASES[mother.occupation]}")
    if not mothers:
        for father in parents:
            if _cares_as_required(father, caregiver):
                occupation = _OCCUPATION_PHRASES[father.occupation]
                return _Finding(True, f"Su padre, sin pareja en el hogar, {occupation}")
    wanted = _join_or(_OCCUPATION_PHRASES[o] for o in caregiver.occupations)
    without = (
        " sin guardería del IMSS o del ISSSTE"
        if caregiver.excludes_social_security_childcare
        else ""
    )
    return _Finding(
        False, f"En el hogar no hay una madre, ni un padre sin pareja, que {wanted}{without}"
    )


def _candidate_parents(child: Person, household: Household) -> list[Person]:
    if child.relationship is None:
        return []
    relationships = _PARENT_RELATIONSHIPS.get(child.relationship, frozenset())
    return [
        member
        for member in household.members
        if member.id != child.id
        and member.relationship in relationships
        and age_on(member.birth_date, child.birth_date) >= _MIN_PARENT_AGE_GAP
    ]


def _cares_as_required(parent: Person, caregiver: CaregiverRule) -> bool:
    if caregiver.excludes_social_security_childcare and parent.has_social_security_childcare:
        return False
    return parent.occupation in caregiver.occupations


_CHECKS: tuple[Callable[[Rule, _Situation, str], _Finding | None], ...] = (
    _age,
    _sex,
    _disability,
    _disability_certificate,
    _pregnancy,
    _school_level,
    _public_school,
    _occupation,
    _ethnicity,
    _prior_enrollment,
    _states,
    _municipalities,
    _rural_locality,
    _social_security_childcare,
    _caregiver,
)


# --- wording ------------------------------------------------------------------------------


def _years(age: int) -> str:
    if age < 1:
        return "menos de 1 año"
    return "1 año" if age == 1 else f"{age} años"


def _short_range(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"de {low} a {high}"
    if low is not None:
        return f"{low} o más"
    return f"menos de {high + 1}" if high is not None else ""


def _range(low: int | None, high: int | None) -> str:
    """The age range as Spanish; ``high`` is inclusive, so 3 reads "menores de 4 años"."""
    if low is not None and high is not None:
        return f"de {low} a {high} años"
    if low is not None:
        return f"de {low} años o más"
    return f"menores de {high + 1} años" if high is not None else ""


def _join_or(items: Iterable[str]) -> str:
    words = list(items)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " o " + words[-1]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _program_name(situation: _Situation, code: str) -> str:
    program = situation.catalog.get(code)
    return program.name if program is not None else code


def _municipality_name(key: str) -> str:
    place = geography.municipality(key[:2], key[2:])
    return f"{place.name} ({geography.state_by_inegi_key(place.state_key).name})"


__all__ = ["EligibilityResult", "eligible_programs", "evaluate"]
