"""Who qualifies for which program, with the reasons in plain words.

:func:`evaluate` applies each catalog rule (see :mod:`bienestar_field.domain.programs`) to a
person on a given date. An eligible result carries what made them eligible ("Tiene 67 años
(65 o más)"); an ineligible one carries *every* condition that failed, so the caseworker can
tell the family exactly why. Reasons are translatable
:class:`~bienestar_field.domain.text.Text` (``str()`` gives the Spanish).

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

The household's socioeconomic survey (:class:`SurveyBasis`: the answers, with the
questionnaire and the poverty lines to read them by, all data) decides the poverty and
income conditions, and only what it says counts:

* **Poverty**: the person's standing by the official method (``domain.poverty.measure``);
  the standing is each member's (income is the household's, some deprivations are personal).
  Extreme poverty satisfies a rule asking for poverty.
* **No fixed income**: no income from a source the questionnaire marks as a contributory
  (retirement) pension, and no job with social security. Informal work is not fixed income.
* **No other income**: no income above zero from a source outside the rule's
  ``allowed_income_sources`` (the programs' own transfers).
* No survey, a survey that does not list the person, or an unanswered question the
  condition needs: the condition is not met, and the reason says what is missing. Never a
  guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bienestar_field.domain import geography
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import (
    DisabilityKind,
    Occupation,
    Person,
    Relationship,
    SchoolLevel,
    Sex,
    age_on,
)
from bienestar_field.domain.poverty import PovertyLines, PovertyResult, Standing, measure
from bienestar_field.domain.programs import (
    CaregiverRule,
    PovertyCondition,
    Program,
    ProgramCatalog,
    Rule,
)
from bienestar_field.domain.survey import (
    HouseholdAnswers,
    MemberAnswers,
    Option,
    Questionnaire,
    QuestionnaireError,
)
from bienestar_field.domain.text import (
    Localized,
    Text,
    Value,
    join_and,
    join_clauses,
    join_nor,
    join_or,
    lowered,
    text,
)

_PROGRAM = text("el programa")
_OPTION = text("esta opción")
_MIN_PARENT_AGE_GAP = 12
_TYPED_LOCALITY_IS_RURAL = text("Vive en una localidad de menos de 1,000 habitantes (rural)")

# Words that fill a sentence; each is translated on its own (see domain.text).
_SEX_IS = {
    Sex.MUJER: text("Es mujer"),
    Sex.HOMBRE: text("Es hombre"),
    Sex.NO_BINARIO: text("Es persona no binaria"),
}
_SEX_SINGULAR = {
    Sex.MUJER: text("mujer"),
    Sex.HOMBRE: text("hombre"),
    Sex.NO_BINARIO: text("persona no binaria"),
}
_SEX_PLURAL = {
    Sex.MUJER: text("mujeres"),
    Sex.HOMBRE: text("hombres"),
    Sex.NO_BINARIO: text("personas no binarias"),
}
_DISABILITY_NAMES = {
    DisabilityKind.MOTRIZ: text("motriz"),
    DisabilityKind.VISUAL: text("visual"),
    DisabilityKind.AUDITIVA: text("auditiva"),
    DisabilityKind.HABLA: text("del habla"),
    DisabilityKind.INTELECTUAL: text("intelectual"),
    DisabilityKind.PSICOSOCIAL: text("psicosocial"),
    DisabilityKind.MULTIPLE: text("múltiple"),
}
_SCHOOL_LEVEL_NAMES = {
    SchoolLevel.PREESCOLAR: text("preescolar"),
    SchoolLevel.PRIMARIA: text("primaria"),
    SchoolLevel.SECUNDARIA: text("secundaria"),
    SchoolLevel.MEDIA_SUPERIOR: text("educación media superior"),
    SchoolLevel.SUPERIOR: text("educación superior"),
}
_OCCUPATION_PHRASES = {  # completes "quien ...", "su madre ..."
    Occupation.TRABAJA: text("trabaja"),
    Occupation.ESTUDIA: text("estudia"),
    Occupation.TRABAJA_Y_ESTUDIA: text("trabaja y estudia"),
    Occupation.NI_ESTUDIA_NI_TRABAJA: text("no estudia ni trabaja"),
    Occupation.HOGAR: text("se dedica al hogar"),
    Occupation.DESCONOCIDA: text("no tiene ocupación registrada"),
}
_IDENTITIES = {"indigenous": text("indígena"), "afromexican": text("afromexicana")}
# Relationship of a child to the head of household -> relationships its parents may have.
_PARENT_RELATIONSHIPS: dict[Relationship, frozenset[Relationship]] = {
    Relationship.HIJA_O_HIJO: frozenset({Relationship.JEFA_O_JEFE, Relationship.CONYUGE}),
    Relationship.NIETA_O_NIETO: frozenset({Relationship.HIJA_O_HIJO, Relationship.NUERA_O_YERNO}),
    Relationship.HERMANA_O_HERMANO: frozenset({Relationship.MADRE_O_PADRE}),
}


_STANDING_WORDS = {
    Standing.EXTREME_POVERTY: text("pobreza extrema"),
    Standing.POVERTY: text("pobreza moderada"),
    Standing.VULNERABLE_DEPRIVATIONS: text("vulnerable por carencias sociales"),
    Standing.VULNERABLE_INCOME: text("vulnerable por ingreso"),
    Standing.NEITHER: text("ni en pobreza ni vulnerable"),
}
_POVERTY_WANTED = {
    PovertyCondition.POVERTY: text("personas en pobreza"),
    PovertyCondition.EXTREME_POVERTY: text("personas en pobreza extrema"),
}
_MEETS_POVERTY = {
    PovertyCondition.POVERTY: frozenset({Standing.POVERTY, Standing.EXTREME_POVERTY}),
    PovertyCondition.EXTREME_POVERTY: frozenset({Standing.EXTREME_POVERTY}),
}
_NO_SURVEY = text("Falta la encuesta socioeconómica del hogar")
_NOT_IN_SURVEY = text("La encuesta socioeconómica del hogar no incluye a esta persona")


@dataclass(frozen=True, slots=True)
class SurveyBasis:
    """A household's survey answers (``None``: not taken yet) with the questionnaire and the
    poverty lines that say what they mean; the lines and questionnaire are catalog data."""

    answers: HouseholdAnswers | None
    questionnaire: Questionnaire
    lines: PovertyLines


@dataclass(frozen=True, slots=True)
class EligibilityResult:
    """``to_verify``: the reasons that are conditions still to check in person (a subset)."""

    program: Program
    eligible: bool
    reasons: tuple[Text, ...]
    to_verify: tuple[Text, ...] = ()

    @property
    def settled(self) -> tuple[Text, ...]:
        """The reasons decided from what was captured (the others wait for the visit)."""
        return tuple(reason for reason in self.reasons if reason not in self.to_verify)


def evaluate(
    person: Person,
    catalog: ProgramCatalog,
    on: date,
    *,
    household: Household | None = None,
    enrolled_programs: frozenset[str] = frozenset(),
    survey: SurveyBasis | None = None,
) -> list[EligibilityResult]:
    """One result per catalog program, in catalog order.

    ``household`` gives the address (territory, rural locality) and the other members
    (childcare support); without it, rules that need them are not met and say so.
    ``enrolled_programs`` are the codes the person already receives. ``survey`` is the
    household's socioeconomic survey; without it (or without its answers), poverty and
    income conditions are not met and say that the survey is missing.
    """
    situation = _Situation(
        person=person,
        on=on,
        age=age_on(person.birth_date, on),
        household=household,
        enrolled_programs=enrolled_programs,
        catalog=catalog,
        survey=survey,
        poverty=_measured(survey, catalog),
    )
    return [_evaluate_program(program, situation) for program in catalog.programs]


def _measured(survey: SurveyBasis | None, catalog: ProgramCatalog) -> PovertyResult | Text | None:
    if survey is None or survey.answers is None:
        return None
    if not any(program.rule.uses_survey for program in catalog.programs):
        return None
    try:
        return measure(survey.answers, survey.questionnaire, survey.lines)
    except QuestionnaireError:
        # Answers of another questionnaire version (an option this one does not have):
        # the measurement cannot be made, and saying so beats a guess.
        return text(
            "La encuesta del hogar tiene respuestas que este cuestionario no conoce; "
            "no se puede medir la pobreza"
        )


def eligible_programs(
    person: Person,
    catalog: ProgramCatalog,
    on: date,
    *,
    household: Household | None = None,
    enrolled_programs: frozenset[str] = frozenset(),
    survey: SurveyBasis | None = None,
) -> list[Program]:
    """The programs whose rules the person meets (including ones already received)."""
    results = evaluate(
        person,
        catalog,
        on,
        household=household,
        enrolled_programs=enrolled_programs,
        survey=survey,
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
    survey: SurveyBasis | None = None
    # The survey's measurement when there is a survey, or why it cannot be made.
    poverty: PovertyResult | Text | None = None

    def member_answers(self) -> MemberAnswers | Text:
        """The person's own answers in the household's survey, or why there are none."""
        if self.survey is None or self.survey.answers is None:
            return _NO_SURVEY
        for member in self.survey.answers.members:
            if member.person_id == self.person.id:
                return member
        return _NOT_IN_SURVEY


@dataclass(frozen=True, slots=True)
class _Finding:
    met: bool
    reason: Text


def _evaluate_program(program: Program, situation: _Situation) -> EligibilityResult:
    findings = _findings(program.rule, situation, _PROGRAM)
    failures = [finding.reason for finding in findings if not finding.met]
    alternatives_met, alternative_reasons = _alternatives(program.rule, situation)
    if not alternatives_met:
        failures += alternative_reasons
    if failures:
        # One missing survey stops several conditions: say it once.
        unique = tuple(dict.fromkeys(failures))
        return EligibilityResult(program, eligible=False, reasons=unique)
    reasons = [finding.reason for finding in findings] + alternative_reasons
    reasons += [_field_check(check) for check in program.rule.field_checks]
    to_verify = tuple(reason for reason in reasons if reason.template == _FIELD_CHECK)
    return EligibilityResult(program, eligible=True, reasons=tuple(reasons), to_verify=to_verify)


_FIELD_CHECK = "Verificar en campo: {check}"  # the template below, to tell these reasons apart


def _field_check(check: Localized) -> Text:
    # The condition itself is catalog data, with its own English.
    return text("Verificar en campo: {check}", check=check)


def _alternatives(rule: Rule, situation: _Situation) -> tuple[bool, list[Text]]:
    """Whether some alternative holds, with its reasons; else why each one fails."""
    if not rule.alternatives:
        return True, []
    explanations: list[Text] = []
    for alternative in rule.alternatives:
        findings = _findings(alternative, situation, _OPTION)
        failed = [lowered(f.reason) for f in findings if not f.met]
        if not failed:
            met = join_clauses([lowered(f.reason) for f in findings])
            checks = [_field_check(check) for check in alternative.field_checks]
            return True, [
                text(
                    "Cumple la opción «{option}»: {reasons}",
                    option=alternative.option_label,
                    reasons=met,
                ),
                *checks,
            ]
        explanations.append(
            text(
                "No cumple la opción «{option}»: {reasons}",
                option=alternative.option_label,
                reasons=join_clauses(failed),
            )
        )
    return False, explanations


def _findings(rule: Rule, situation: _Situation, scope: Text) -> list[_Finding]:
    found = (check(rule, situation, scope) for check in _CHECKS)
    return [finding for finding in found if finding is not None]


# --- one function per condition; None when the rule does not ask for it ---------------------
# ``scope`` is "el programa" or "esta opción", the subject of "... es para ...".


def _age(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    low, high = rule.min_age, rule.max_age
    if low is None and high is None:
        return None
    age = situation.age
    met = (low is None or age >= low) and (high is None or age <= high)
    if met:
        return _Finding(
            True, text("Tiene {age} ({range})", age=_years(age), range=_short_range(low, high))
        )
    return _Finding(
        False,
        text(
            "Tiene {age}; {scope} es para personas {range}",
            age=_years(age),
            scope=scope,
            range=_range(low, high),
        ),
    )


def _sex(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.sexes:
        return None
    sex = situation.person.sex
    if sex in rule.sexes:
        return _Finding(True, _SEX_IS[sex])
    return _Finding(
        False,
        text(
            "Su sexo registrado es {sex}; {scope} es para {wanted}",
            sex=_SEX_SINGULAR[sex],
            scope=scope,
            wanted=join_or([_SEX_PLURAL[s] for s in rule.sexes]),
        ),
    )


def _disability(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_disability:
        return None
    disability = situation.person.disability
    if disability is None:
        return _Finding(False, text("No tiene registrada una discapacidad permanente"))
    if not disability.permanent:
        return _Finding(False, text("La discapacidad registrada no es permanente"))
    return _Finding(
        True,
        text(
            "Tiene una discapacidad permanente ({kind})",
            kind=_DISABILITY_NAMES[disability.kind],
        ),
    )


def _disability_certificate(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    disability = situation.person.disability
    if not rule.requires_disability_certificate:
        return None
    if disability is None and rule.requires_disability:
        return None  # the missing disability already explains it
    if disability is not None and disability.certified:
        return _Finding(
            True, text("Cuenta con certificado de discapacidad de una institución pública")
        )
    return _Finding(
        False, text("Falta el certificado de discapacidad de una institución pública de salud")
    )


def _pregnancy(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_pregnancy:
        return None
    due = situation.person.pregnancy_due_date
    if due is None:
        return _Finding(False, text("No tiene registrado un embarazo"))
    if due <= situation.on:
        return _Finding(
            False, text("La fecha probable de parto registrada ({date}) ya pasó", date=due)
        )
    return _Finding(True, text("Embarazo con fecha probable de parto el {date}", date=due))


def _school_level(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.school_levels:
        return None
    wanted = join_or([_SCHOOL_LEVEL_NAMES[level] for level in rule.school_levels])
    schooling = situation.person.schooling
    if schooling is None:
        return _Finding(
            False,
            text(
                "No tiene registrada una inscripción escolar; {scope} es para {wanted}",
                scope=scope,
                wanted=wanted,
            ),
        )
    level = _SCHOOL_LEVEL_NAMES[schooling.level]
    if schooling.level in rule.school_levels:
        return _Finding(True, text("Estudia {level}", level=level))
    return _Finding(
        False,
        text(
            "Estudia {level}; {scope} es para estudiantes de {wanted}",
            level=level,
            scope=scope,
            wanted=wanted,
        ),
    )


def _public_school(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    schooling = situation.person.schooling
    if not rule.requires_public_school:
        return None
    if schooling is None:
        if rule.school_levels:
            return None  # the missing enrolment already explains it
        return _Finding(
            False,
            text("No tiene registrada una inscripción escolar; {scope} lo pide", scope=scope),
        )
    if schooling.public:
        return _Finding(True, text("Su escuela es pública"))
    return _Finding(
        False,
        text("Su escuela no es pública; {scope} es para escuelas públicas", scope=scope),
    )


def _occupation(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.occupations:
        return None
    occupation = _OCCUPATION_PHRASES[situation.person.occupation]
    if situation.person.occupation in rule.occupations:
        return _Finding(True, text("Ocupación: {occupation}", occupation=occupation))
    wanted = join_or([_OCCUPATION_PHRASES[o] for o in rule.occupations])
    if situation.person.occupation is Occupation.DESCONOCIDA:
        return _Finding(
            False,
            text(
                "No tiene ocupación registrada; {scope} es para quien {wanted}",
                scope=scope,
                wanted=wanted,
            ),
        )
    return _Finding(
        False,
        text(
            "Ocupación registrada: {occupation}; {scope} es para quien {wanted}",
            occupation=occupation,
            scope=scope,
            wanted=wanted,
        ),
    )


def _ethnicity(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_indigenous_or_afromexican:
        return None
    person = situation.person
    identities = [
        _IDENTITIES[name]
        for name, present in (
            ("indigenous", person.indigenous),
            ("afromexican", person.afromexican),
        )
        if present
    ]
    if identities:
        return _Finding(
            True, text("Se reconoce como persona {identities}", identities=join_and(identities))
        )
    return _Finding(False, text("No se reconoce como persona indígena ni afromexicana"))


def _prior_enrollment(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_enrollment_in:
        return None
    for code in rule.requires_enrollment_in:
        if code in situation.enrolled_programs:
            return _Finding(
                True, text("Ya recibe {program}", program=_program_name(situation, code))
            )
    names = [_program_name(situation, code) for code in rule.requires_enrollment_in]
    if len(names) == 1:
        return _Finding(
            False,
            text(
                "No recibe {programs}; {scope} es para quien ya recibe ese programa",
                programs=names[0],
                scope=scope,
            ),
        )
    return _Finding(
        False,
        text(
            "No recibe {programs}; {scope} es para quien ya recibe alguno de ellos",
            programs=join_nor(names),
            scope=scope,
        ),
    )


def _states(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.states:
        return None
    wanted = join_or([geography.state_by_inegi_key(key).name for key in rule.states])
    if situation.household is None:
        return _Finding(False, _no_address(wanted))
    state_key = situation.household.address.state_code
    try:
        here = geography.state_by_inegi_key(state_key).name
    except geography.UnknownPlace as exc:
        return _Finding(False, exc.text)
    if state_key in rule.states:
        return _Finding(True, text("Vive en {place}", place=here))
    return _Finding(False, _lives_elsewhere(here, scope, wanted))


def _municipalities(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.municipalities:
        return None
    wanted = join_or([_municipality_name(key) for key in rule.municipalities])
    if situation.household is None:
        return _Finding(False, _no_address(wanted))
    address = situation.household.address
    key = address.state_code + address.municipality_code
    try:
        here = _municipality_name(key)
    except geography.UnknownPlace as exc:
        return _Finding(False, exc.text)
    if key in rule.municipalities:
        return _Finding(True, text("Vive en {place}", place=here))
    return _Finding(False, _lives_elsewhere(here, scope, wanted))


def _no_address(places: Value) -> Text:
    return text("Falta el domicilio para saber si vive en {places}", places=places)


def _lives_elsewhere(here: str, scope: Text, places: Value) -> Text:
    return text(
        "Vive en {place}; {scope} solo opera en {places}", place=here, scope=scope, places=places
    )


def _rural_locality(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_rural_locality:
        return None
    if situation.household is None:
        return _Finding(False, text("Falta el domicilio para saber si la localidad es rural"))
    address = situation.household.address
    if not address.locality_code:
        return _Finding(True, _TYPED_LOCALITY_IS_RURAL)
    try:
        place = geography.locality(
            address.state_code, address.municipality_code, address.locality_code
        )
    except geography.UnknownPlace as exc:
        return _Finding(False, exc.text)
    if place.urban:
        return _Finding(
            False,
            text(
                "Vive en una localidad urbana ({place}); {scope} es para localidades rurales",
                place=place.name,
                scope=scope,
            ),
        )
    return _Finding(True, text("Vive en una localidad rural ({place})", place=place.name))


def _social_security_childcare(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.excludes_social_security_childcare:
        return None
    if situation.person.has_social_security_childcare:
        return _Finding(False, text("Ya tiene guardería del IMSS o del ISSSTE"))
    return _Finding(True, text("No tiene guardería del IMSS o del ISSSTE"))


def _caregiver(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    caregiver = rule.caregiver
    if caregiver is None:
        return None
    if situation.household is None:
        return _Finding(
            False, text("Falta el hogar para saber si la madre o el padre trabaja o estudia")
        )
    parents = _candidate_parents(situation.person, situation.household)
    if not parents:
        return _Finding(
            False,
            text(
                "No se identificó en el hogar a la madre ni al padre "
                "(revise el parentesco con la persona jefa del hogar)"
            ),
        )
    mothers = [parent for parent in parents if parent.sex is not Sex.HOMBRE]
    for mother in mothers:
        if _cares_as_required(mother, caregiver):
            occupation = _OCCUPATION_PHRASES[mother.occupation]
            return _Finding(True, text("Su madre {occupation}", occupation=occupation))
    if not mothers:
        for father in parents:
            if _cares_as_required(father, caregiver):
                occupation = _OCCUPATION_PHRASES[father.occupation]
                return _Finding(
                    True,
                    text("Su padre, sin pareja en el hogar, {occupation}", occupation=occupation),
                )
    wanted = join_or([_OCCUPATION_PHRASES[o] for o in caregiver.occupations])
    if caregiver.excludes_social_security_childcare:
        return _Finding(
            False,
            text(
                "En el hogar no hay una madre, ni un padre sin pareja, que {occupations} "
                "sin guardería del IMSS o del ISSSTE",
                occupations=wanted,
            ),
        )
    return _Finding(
        False,
        text(
            "En el hogar no hay una madre, ni un padre sin pareja, que {occupations}",
            occupations=wanted,
        ),
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


# --- the household's socioeconomic survey -------------------------------------------------


def _poverty(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    wanted_condition = rule.poverty
    if wanted_condition is None:
        return None
    result = situation.poverty
    if result is None:
        return _Finding(False, _NO_SURVEY)
    if isinstance(result, Text):
        return _Finding(False, result)
    if not result.complete:
        count = len(result.missing)
        if count == 1:
            return _Finding(
                False,
                text(
                    "La encuesta socioeconómica del hogar está incompleta (falta 1 respuesta); "
                    "sin ella no se puede medir la pobreza"
                ),
            )
        return _Finding(
            False,
            text(
                "La encuesta socioeconómica del hogar está incompleta (faltan {count} "
                "respuestas); sin ellas no se puede medir la pobreza",
                count=count,
            ),
        )
    member = next((m for m in result.members if m.person_id == situation.person.id), None)
    if member is None:
        return _Finding(False, _NOT_IN_SURVEY)
    assert result.income_per_person is not None
    income, deprivations = _money(result.income_per_person), _deprivations(len(member.deprivations))
    standing = _STANDING_WORDS[member.standing]
    if member.standing in _MEETS_POVERTY[wanted_condition]:
        return _Finding(
            True,
            text(
                "Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; "
                "{deprivations})",
                standing=standing,
                income=income,
                deprivations=deprivations,
            ),
        )
    return _Finding(
        False,
        text(
            "Encuesta del hogar: {standing} (ingreso de {income} al mes por persona; "
            "{deprivations}); {scope} es para {wanted}",
            standing=standing,
            income=income,
            deprivations=deprivations,
            scope=scope,
            wanted=_POVERTY_WANTED[wanted_condition],
        ),
    )


def _fixed_income(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_no_fixed_income:
        return None
    member = situation.member_answers()
    if isinstance(member, Text):
        return _Finding(False, member)
    if member.incomes is None:
        return _Finding(False, _NO_INCOME_ANSWER)
    assert situation.survey is not None
    questionnaire = situation.survey.questionnaire
    fixed: list[Value] = []
    for income in member.incomes:
        if income.amount <= 0:
            continue
        option = _income_source(questionnaire, income.source)
        if option is None:
            return _Finding(False, _unknown_source(income.source))
        if "contributory_pension" in option.flags:
            fixed.append(Localized(option.es, option.en))
    if fixed:
        return _Finding(
            False,
            text(
                "Según la encuesta tiene un ingreso fijo ({sources}); {scope} es para quien "
                "no tiene ingreso fijo",
                sources=join_and(fixed),
                scope=scope,
            ),
        )
    if member.contributes_social_security is None:
        return _Finding(
            False, text("Falta en la encuesta si la persona trabaja con seguridad social")
        )
    if member.contributes_social_security:
        return _Finding(
            False,
            text(
                "Según la encuesta tiene un trabajo con seguridad social (ingreso fijo); "
                "{scope} es para quien no tiene ingreso fijo",
                scope=scope,
            ),
        )
    return _Finding(
        True,
        text(
            "Según la encuesta no tiene ingreso fijo (ni pensión ni trabajo con seguridad social)"
        ),
    )


def _other_income(rule: Rule, situation: _Situation, scope: Text) -> _Finding | None:
    if not rule.requires_no_other_income:
        return None
    member = situation.member_answers()
    if isinstance(member, Text):
        return _Finding(False, member)
    if member.incomes is None:
        return _Finding(False, _NO_INCOME_ANSWER)
    assert situation.survey is not None
    questionnaire = situation.survey.questionnaire
    others: list[Value] = []
    allowed = 0
    for income in member.incomes:
        if income.amount <= 0:
            continue
        if income.source in rule.allowed_income_sources:
            allowed += 1
            continue
        option = _income_source(questionnaire, income.source)
        if option is None:
            return _Finding(False, _unknown_source(income.source))
        label = Localized(option.es, option.en)
        if label not in others:
            others.append(label)
    if others:
        return _Finding(
            False,
            text(
                "Según la encuesta tiene otros ingresos ({sources}); {scope} es para quien "
                "no tiene otros ingresos",
                sources=join_and(others),
                scope=scope,
            ),
        )
    if allowed:
        return _Finding(
            True, text("Según la encuesta no tiene otros ingresos que los de programas sociales")
        )
    return _Finding(True, text("Según la encuesta no tiene ingresos"))


_NO_INCOME_ANSWER = text("Faltan en la encuesta los ingresos de la persona")


def _income_source(questionnaire: Questionnaire, code: str) -> Option | None:
    try:
        return questionnaire.option("income_sources", code)
    except (KeyError, QuestionnaireError):
        return None


def _unknown_source(code: str) -> Text:
    return text(
        "La encuesta registra una fuente de ingreso que el cuestionario no conoce ({code})",
        code=code,
    )


_CHECKS: tuple[Callable[[Rule, _Situation, Text], _Finding | None], ...] = (
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
    _poverty,
    _fixed_income,
    _other_income,
)


# --- wording ------------------------------------------------------------------------------


def _years(age: int) -> Text:
    if age < 1:
        return text("menos de 1 año")
    return text("1 año") if age == 1 else text("{years} años", years=age)


def _short_range(low: int | None, high: int | None) -> Value:
    if low is not None and high is not None:
        return text("de {low} a {high}", low=low, high=high)
    if low is not None:
        return text("{low} o más", low=low)
    return text("menos de {limit}", limit=high + 1) if high is not None else ""


def _range(low: int | None, high: int | None) -> Value:
    """The age range in words; ``high`` is inclusive, so 3 reads "menores de 4 años"."""
    if low is not None and high is not None:
        return text("de {low} a {high} años", low=low, high=high)
    if low is not None:
        return text("de {low} años o más", low=low)
    return text("menores de {limit} años", limit=high + 1) if high is not None else ""


def _money(amount: Decimal) -> str:
    """Pesos as es-MX writes them, $1,234.50 (the same in English)."""
    return f"${amount:,.2f}"


def _deprivations(count: int) -> Text:
    if count == 0:
        return text("ninguna carencia social")
    if count == 1:
        return text("1 carencia social")
    return text("{count} carencias sociales", count=count)


def _program_name(situation: _Situation, code: str) -> Localized | str:
    program = situation.catalog.get(code)
    return program.label if program is not None else code


def _municipality_name(key: str) -> str:
    place = geography.municipality(key[:2], key[2:])
    return f"{place.name} ({geography.state_by_inegi_key(place.state_key).name})"


__all__ = ["EligibilityResult", "SurveyBasis", "eligible_programs", "evaluate"]
