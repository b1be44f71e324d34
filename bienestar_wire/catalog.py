"""The program catalog format: one definition for the operator's file, the wire and the app.

``bienestar-central publish-catalog FILE`` reads a file of this format, the server delivers it
to the devices in their pull, the app stores it and reads it with this same definition, and
``bienestar-field catalog export FILE`` writes it back in exactly this shape. The fields are
documented in ``docs/catalog-format.md``; the struct types below are the definition.

Reading is strict because a catalog decides who gets paid: an unknown (misspelt) field, a value
of the wrong type, an impossible range or a reference to a program that is not there is a
``CatalogError`` naming the field (``programs[2].rule.alternatives[0].min_age: ...``), never a
silently different rule. A field added later (an English label, say) is an optional field
with a default, left out of the file when unused, so older files stay valid.

Amounts are JSON numbers read as ``int | float`` and turned into exact ``Decimal`` values
through the float's shortest representation (``repr``), which gives back the digits written
in the file for any amount of fewer than 15 significant digits; text where an amount belongs
is refused rather than guessed at.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Annotated, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import msgspec
from msgspec import Meta

from bienestar_field.domain import geography
from bienestar_field.domain.calendars import ALPHABET, Deposit, ModuleDay, Weekday
from bienestar_field.domain.enrollments import CheckKind
from bienestar_field.domain.people import Occupation, SchoolLevel, Sex
from bienestar_field.domain.programs import (
    DEFAULT_TIME_ZONE,
    AmountNote,
    AmountPeriod,
    CaregiverRule,
    CatalogError,
    CheckFrequency,
    ExpectedCheck,
    PovertyCondition,
    PrenatalVisit,
    Program,
    ProgramCatalog,
    RequiredDocument,
    Rule,
)
from bienestar_field.domain.survey import QuestionnaireError, load_questionnaire
from bienestar_field.domain.text import Localized

SHIPPED_PACKAGE: Final = "bienestar_field.resources.catalogs"
SHIPPED_FILE: Final = "programs.json"
MAX_CATALOG_BYTES: Final = 2_000_000
MAX_AGE_YEARS: Final = 130
MAX_DOCUMENT_AGE_MONTHS: Final = 120

# "2026.1": the year and a number, compared numerically (2026.10 comes after 2026.9).
CatalogVersion = Annotated[str, Meta(pattern=r"^\d{4}\.\d{1,6}$")]
ProgramCode = Annotated[str, Meta(pattern=r"^[A-Z][A-Z0-9_]{1,15}$")]
DocumentCode = Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]{1,39}$")]
# A code of the survey questionnaire's income sources ("pension_no_contributiva").
IncomeSourceCode = Annotated[str, Meta(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
# Text that says something: at least one character that is not a space.
Text = Annotated[str, Meta(pattern=r"\S", max_length=2000)]
Label = Annotated[str, Meta(max_length=200)]
# A name shown to staff, non-empty when given.
Name = Annotated[str, Meta(pattern=r"\S", max_length=200)]
Age = Annotated[int, Meta(ge=0, le=MAX_AGE_YEARS)]
# Amounts: see the module docstring for why a float is safe here.
Amount = int | float


class _Struct(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """Every object of the format: unknown fields refused, defaults left out when written."""


class CaregiverSpec(_Struct, frozen=True):
    occupations: Annotated[tuple[Occupation, ...], Meta(min_length=1)]
    excludes_social_security_childcare: bool = False


class FieldCheckSpec(_Struct, frozen=True):
    """A condition to verify in the field with its English: ``{"text", "text_en"}``."""

    text: Text
    text_en: Text = ""


# A field check: its Spanish text, or the text with its English.
FieldCheck = Text | FieldCheckSpec


class _Conditions(_Struct, frozen=True):
    """The conditions a rule or an alternative may set (see ``domain.programs``)."""

    min_age: Age | None = None
    max_age: Age | None = None
    sexes: Annotated[tuple[Sex, ...], Meta(min_length=1)] = ()
    requires_disability: bool = False
    requires_disability_certificate: bool = False
    requires_pregnancy: bool = False
    poverty: PovertyCondition | None = None
    requires_no_fixed_income: bool = False
    requires_no_other_income: bool = False
    allowed_income_sources: Annotated[tuple[IncomeSourceCode, ...], Meta(min_length=1)] = ()
    school_levels: Annotated[tuple[SchoolLevel, ...], Meta(min_length=1)] = ()
    requires_public_school: bool = False
    occupations: Annotated[tuple[Occupation, ...], Meta(min_length=1)] = ()
    requires_indigenous_or_afromexican: bool = False
    requires_enrollment_in: Annotated[tuple[ProgramCode, ...], Meta(min_length=1)] = ()
    states: Annotated[tuple[str, ...], Meta(min_length=1)] = ()
    municipalities: Annotated[tuple[str, ...], Meta(min_length=1)] = ()
    requires_rural_locality: bool = False
    excludes_social_security_childcare: bool = False
    caregiver: CaregiverSpec | None = None
    field_checks: Annotated[tuple[FieldCheck, ...], Meta(min_length=1)] = ()


class AlternativeSpec(_Conditions, frozen=True, kw_only=True):
    """One labelled way of qualifying; alternatives do not nest (no ``alternatives`` here)."""

    label: Name
    label_en: Name = ""


class RuleSpec(_Conditions, frozen=True):
    label: Label = ""
    alternatives: Annotated[tuple[AlternativeSpec, ...], Meta(min_length=1)] = ()


class AmountNoteSpec(_Struct, frozen=True):
    description: Text
    amount: Amount
    description_en: Text = ""


# Weeks of pregnancy: 1 to 42 (a pregnancy runs about 40 weeks from the last period).
Week = Annotated[int, Meta(ge=1, le=42)]


class PrenatalVisitSpec(_Struct, frozen=True):
    """A prenatal visit expected between two weeks of pregnancy (both inclusive)."""

    from_week: Week
    to_week: Week


class CheckSpec(_Struct, frozen=True):
    """A check the program expects. The plain ``{kind, frequency, conditions_payment}``
    form stays valid; the rest narrows or details it (see ``domain.programs.ExpectedCheck``)."""

    kind: CheckKind
    frequency: CheckFrequency
    conditions_payment: bool
    appointments: Annotated[int, Meta(ge=1, le=31)] = 1
    min_age: Age | None = None
    max_age: Age | None = None
    schedule: Annotated[tuple[PrenatalVisitSpec, ...], Meta(min_length=1)] = ()


class DocumentSpec(_Struct, frozen=True):
    code: DocumentCode
    name: Text
    required: bool
    max_age_months: Annotated[int, Meta(ge=1, le=MAX_DOCUMENT_AGE_MONTHS)] | None = None
    name_en: Text = ""


class ProgramSpec(_Struct, frozen=True):
    code: ProgramCode
    name: Text
    description: Text
    amount: Amount | None  # pesos per amount_period; null for a service
    amount_period: AmountPeriod | None
    rule: RuleSpec
    checks: tuple[CheckSpec, ...]
    documents: tuple[DocumentSpec, ...]
    allows_representative: bool
    amount_notes: tuple[AmountNoteSpec, ...] = ()
    # English: a gloss after the (Spanish, proper) name, "elderly pension", and the description.
    gloss_en: Name = ""
    description_en: Text = ""


class DepositSpec(_Struct, frozen=True):
    """A deposit window: the programs paid for ``period``, between two dates (inclusive)."""

    period: Annotated[str, Meta(pattern=r"^\d{4}-(0[1-9]|1[0-2]|B[1-6])$")]
    programs: Annotated[tuple[ProgramCode, ...], Meta(min_length=1)]
    deposit_from: date
    deposit_to: date


class ModuleDaySpec(_Struct, frozen=True):
    """The weekday a module sees first surnames starting with ``initials`` ("A-C", or "Ñ")."""

    weekday: Weekday
    initials: Annotated[str, Meta(pattern=r"^[A-ZÑ](-[A-ZÑ])?$")]


class CatalogDocument(_Struct, frozen=True):
    """A whole catalog, as published, delivered and exported."""

    catalog_version: CatalogVersion
    valid_from: date  # the first day it applies, in ``time_zone``
    programs: Annotated[tuple[ProgramSpec, ...], Meta(min_length=1)]
    time_zone: Annotated[str, Meta(min_length=1, max_length=64)] = DEFAULT_TIME_ZONE
    notes: Annotated[str, Meta(max_length=4000)] = ""
    payment_calendar: tuple[DepositSpec, ...] = ()
    module_schedule: tuple[ModuleDaySpec, ...] = ()


# --- reading ----------------------------------------------------------------------------------


def parse_catalog(data: bytes | str | object) -> CatalogDocument:
    """A catalog from its JSON text (bytes or str) or from already parsed JSON (a dict),
    validated whole; a ``CatalogError`` names the first problem's field."""
    value = _json_value(data) if isinstance(data, bytes | str) else data
    if not isinstance(value, dict):
        raise CatalogError("catalog: expected an object")
    try:
        document = msgspec.convert(value, CatalogDocument, strict=True)
    except msgspec.ValidationError as exc:
        raise CatalogError(_reword(str(exc))) from None
    _check(document)
    return document


def load_catalog(data: bytes | str | object | None = None) -> ProgramCatalog:
    """The domain's catalog from a document; ``None`` reads the one shipped with the app."""
    return to_program_catalog(parse_catalog(shipped_catalog_bytes() if data is None else data))


def encode_catalog(document: CatalogDocument) -> bytes:
    """The document as a file ``parse_catalog`` (and ``publish-catalog``) reads back as equal."""
    value = msgspec.to_builtins(document)
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def catalog_json(document: CatalogDocument) -> str:
    """Compact, key-sorted JSON of a document: how it is stored and compared."""
    return json.dumps(msgspec.to_builtins(document), ensure_ascii=False, sort_keys=True)


def shipped_catalog_bytes() -> bytes:
    return resources.files(SHIPPED_PACKAGE).joinpath(SHIPPED_FILE).read_bytes()


@cache
def shipped_document() -> CatalogDocument:
    return parse_catalog(shipped_catalog_bytes())


@cache
def default_catalog() -> ProgramCatalog:
    """The catalog shipped with this version of the app."""
    return to_program_catalog(shipped_document())


def _json_value(data: bytes | str) -> object:
    if len(data) > MAX_CATALOG_BYTES:
        raise CatalogError(f"catalog: larger than {MAX_CATALOG_BYTES} bytes")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CatalogError(
                f"catalog: not UTF-8 text ({exc.reason} at byte {exc.start})"
            ) from None
    try:
        return json.loads(data, parse_constant=_reject_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"catalog: not valid JSON ({exc})") from None


def _reject_constant(name: str) -> object:
    raise CatalogError(f"catalog: {name} is not a valid number")


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # json (and msgspec) would keep the last of two equal keys; a catalog must not mean two
    # things at once.
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise CatalogError(f"catalog: field {key!r} appears twice in one object")
        result[key] = value
    return result


_AT: Final = re.compile(r"^(?P<problem>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_FIELD: Final = re.compile(r"field `([^`]*)`")
_FIELD_CHECK: Final = re.compile(r"\.field_checks\[\d+\]$")
_TYPES: Final = re.compile(r"`([a-z| ]+)`")
_TYPE_WORDS: Final = {
    "array": "a list",
    "object": "an object",
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true/false",
    "null": "null",
}


def _type_words(match: re.Match[str]) -> str:
    names = [name.strip() for name in match[1].split("|")]
    if {"int", "float"} <= set(names):  # an amount
        names = ["number" if n == "int" else n for n in names if n != "float"]
    return " or ".join(
        _TYPE_WORDS.get(name, "a number" if name == "number" else name) for name in names
    )


def _reword(message: str) -> str:
    """msgspec's ``Expected `int`, got `str` - at `$.programs[0].rule.min_age``` as
    ``programs[0].rule.min_age: expected `int`, got `str```."""
    match = _AT.match(message)
    problem, path = (match["problem"], match["path"] or "") if match else (message, "")
    where = path.removeprefix(".") or "catalog"
    problem = _FIELD.sub(lambda m: f"field {m[1]!r}", problem)
    if problem == "Object contains unknown field 'alternatives'" and where.endswith("]"):
        return f"{where}.alternatives: alternatives cannot be nested"
    if problem == "Object contains unknown field 'label_en'" and where.endswith(".rule"):
        return f"{where}.label_en: only an alternative has a label"
    problem = _TYPES.sub(_type_words, problem)
    problem = problem.replace("Object missing required", "missing required")
    problem = problem.replace("Object contains unknown", "unknown")
    problem = problem[:1].lower() + problem[1:]
    if where == "catalog" and problem == "unknown field 'version'":
        problem += " (the catalog's version is 'catalog_version', as 'YEAR.N')"
    if problem.startswith("expected text matching regex") and "\\S" in problem:
        problem = "expected non-empty text"
    if _FIELD_CHECK.search(where) and problem.startswith("expected text or an object"):
        problem = problem.replace(
            "expected text or an object", "expected non-empty text or a {text, text_en} object"
        )
    return f"{where}: {problem}"


# --- what the types cannot say ------------------------------------------------------------


def _check(document: CatalogDocument) -> None:
    try:
        ZoneInfo(document.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise CatalogError(
            f"time_zone: {document.time_zone!r} is not an IANA time zone "
            "(such as 'America/Mexico_City')"
        ) from None
    codes = [program.code for program in document.programs]
    for index, program in enumerate(document.programs):
        where = f"programs[{index}]"
        if program.code in codes[:index]:
            raise CatalogError(f"{where}.code: duplicate program code {program.code!r}")
        if program.amount is not None:
            _amount(program.amount, f"{where}.amount")
        if (program.amount is None) != (program.amount_period is None):
            raise CatalogError(
                f"{where}.amount_period: give both amount and amount_period, or neither"
            )
        for number, note in enumerate(program.amount_notes):
            _amount(note.amount, f"{where}.amount_notes[{number}].amount")
        _check_rule(program.rule, f"{where}.rule", program.code, codes)
        for number, alternative in enumerate(program.rule.alternatives):
            _check_rule(alternative, f"{where}.rule.alternatives[{number}]", program.code, codes)
        _check_checks(program, where)
        documents = [d.code for d in program.documents]
        for number, code in enumerate(documents):
            if code in documents[:number]:
                raise CatalogError(f"{where}.documents[{number}].code: duplicate {code!r}")
    _check_calendar(document)
    _check_schedule(document.module_schedule)


def _check_checks(program: ProgramSpec, where: str) -> None:
    kinds: list[CheckKind] = []
    for number, check in enumerate(program.checks):
        at = f"{where}.checks[{number}]"
        if check.kind in kinds:
            raise CatalogError(f"{at}.kind: {check.kind.value!r} is declared twice in the program")
        kinds.append(check.kind)
        low, high = check.min_age, check.max_age
        if low is not None and high is not None and low > high:
            raise CatalogError(f"{at}.max_age: {high} is below min_age {low}")
        if check.schedule and check.kind is not CheckKind.PRENATAL:
            raise CatalogError(
                f"{at}.schedule: only a prenatal check has a schedule by weeks of pregnancy"
            )
        if check.schedule and check.frequency is not CheckFrequency.MENSUAL:
            raise CatalogError(
                f"{at}.frequency: a prenatal schedule is checked month by month ('mensual')"
            )
        last_week = 0
        for visit_number, visit in enumerate(check.schedule):
            visit_at = f"{at}.schedule[{visit_number}]"
            if visit.to_week < visit.from_week:
                raise CatalogError(f"{visit_at}.to_week: before from_week {visit.from_week}")
            if visit.from_week <= last_week:
                raise CatalogError(
                    f"{visit_at}.from_week: visits are in order and do not overlap "
                    f"(the one before ends at week {last_week})"
                )
            last_week = visit.to_week


def _check_calendar(document: CatalogDocument) -> None:
    programs = {program.code: program for program in document.programs}
    seen: set[tuple[str, str]] = set()
    for number, window in enumerate(document.payment_calendar):
        where = f"payment_calendar[{number}]"
        if window.deposit_to < window.deposit_from:
            raise CatalogError(f"{where}.deposit_to: before deposit_from")
        monthly = "B" not in window.period
        for code in window.programs:
            program = programs.get(code)
            if program is None:
                raise CatalogError(f"{where}.programs: no program {code!r} in the catalog")
            if program.amount_period is None:
                raise CatalogError(f"{where}.programs: {code!r} is a service and pays nothing")
            if monthly != (program.amount_period is AmountPeriod.MENSUAL):
                raise CatalogError(
                    f"{where}.period: {code!r} is paid {program.amount_period.value}, "
                    f"so its periods are {'YYYY-MM' if not monthly else 'YYYY-Bn'}"
                )
            if (code, window.period) in seen:
                raise CatalogError(f"{where}.programs: {code!r} paid twice for {window.period}")
            seen.add((code, window.period))


def _check_schedule(schedule: tuple[ModuleDaySpec, ...]) -> None:
    if not schedule:
        return
    owner: dict[str, int] = {}
    for number, day in enumerate(schedule):
        first, _, last = day.initials.partition("-")
        last = last or first
        if ALPHABET.index(first) > ALPHABET.index(last):
            raise CatalogError(f"module_schedule[{number}].initials: {first} comes after {last}")
        for letter in ALPHABET[ALPHABET.index(first) : ALPHABET.index(last) + 1]:
            if letter in owner:
                raise CatalogError(
                    f"module_schedule[{number}].initials: {letter} is already in "
                    f"module_schedule[{owner[letter]}]"
                )
            owner[letter] = number
    missing = [letter for letter in ALPHABET if letter not in owner]
    if missing:
        raise CatalogError(f"module_schedule: no day for the initial {missing[0]}")


def _check_rule(rule: _Conditions, where: str, own_code: str, codes: list[str]) -> None:
    if rule.min_age is not None and rule.max_age is not None and rule.min_age > rule.max_age:
        raise CatalogError(f"{where}.max_age: {rule.max_age} is below min_age {rule.min_age}")
    for name in (
        "sexes",
        "school_levels",
        "occupations",
        "requires_enrollment_in",
        "states",
        "municipalities",
        "field_checks",
        "allowed_income_sources",
    ):
        values = getattr(rule, name)
        if name == "field_checks":  # the same condition, with or without its English
            values = [str(_field_check(check)) for check in values]
        if len(set(values)) != len(values):
            raise CatalogError(f"{where}.{name}: lists a value more than once")
    for number, key in enumerate(rule.states):
        try:
            geography.state_by_inegi_key(key)
        except geography.UnknownPlace:
            raise CatalogError(
                f"{where}.states[{number}]: {key!r} is not an INEGI state key (01..32)"
            ) from None
    for number, key in enumerate(rule.municipalities):
        try:
            known = re.fullmatch(r"\d{5}", key) is not None
            if known:
                geography.municipality(key[:2], key[2:])
        except geography.UnknownPlace:
            known = False
        if not known:
            raise CatalogError(
                f"{where}.municipalities[{number}]: no municipality {key!r} in the INEGI "
                "catalog (five digits: state and municipality)"
            )
    _check_income_sources(rule, where)
    for referenced in rule.requires_enrollment_in:
        if referenced == own_code:
            raise CatalogError(f"{where}.requires_enrollment_in: a program cannot require itself")
        if referenced not in codes:
            raise CatalogError(
                f"{where}.requires_enrollment_in: no program {referenced!r} in the catalog"
            )


def _check_income_sources(rule: _Conditions, where: str) -> None:
    if not rule.allowed_income_sources:
        return
    if not rule.requires_no_other_income:
        raise CatalogError(
            f"{where}.allowed_income_sources: only meaningful with requires_no_other_income"
        )
    # A misspelt source would silently turn a program's own transfer into "other income" and
    # refuse the very people the program is for: the codes must be the questionnaire's.
    known = _income_source_codes()
    for number, code in enumerate(rule.allowed_income_sources):
        if code not in known:
            raise CatalogError(
                f"{where}.allowed_income_sources[{number}]: {code!r} is not an income source "
                f"of the survey questionnaire ({', '.join(sorted(known))})"
            )


@cache
def _income_source_codes() -> frozenset[str]:
    try:
        questionnaire = load_questionnaire()
    except QuestionnaireError as exc:  # a broken shipped file is a bug, said plainly
        raise CatalogError(f"the shipped survey questionnaire cannot be read: {exc}") from None
    return frozenset(option.code for option in questionnaire.options("income_sources"))


def _amount(value: Amount, where: str) -> Decimal:
    amount = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(Decimal("0.01")):
        raise CatalogError(f"{where}: {value} is not a non-negative amount with at most 2 decimals")
    return amount


# --- into the domain --------------------------------------------------------------------------


def to_program_catalog(document: CatalogDocument) -> ProgramCatalog:
    return ProgramCatalog(
        version=document.catalog_version,
        valid_from=document.valid_from,
        programs=tuple(_program(spec) for spec in document.programs),
        notes=document.notes,
        time_zone=document.time_zone,
        payment_calendar=tuple(
            Deposit(w.period, w.programs, w.deposit_from, w.deposit_to)
            for w in document.payment_calendar
        ),
        module_schedule=tuple(_module_day(day) for day in document.module_schedule),
    )


def _module_day(spec: ModuleDaySpec) -> ModuleDay:
    first, _, last = spec.initials.partition("-")
    return ModuleDay(spec.weekday, first, last or first)


def _program(spec: ProgramSpec) -> Program:
    return Program(
        code=spec.code,
        name=spec.name,
        description=spec.description,
        amount=None if spec.amount is None else _amount(spec.amount, spec.code),
        amount_period=spec.amount_period,
        rule=_rule(spec.rule, spec.rule.label, spec.rule.alternatives),
        checks=tuple(_expected_check(c) for c in spec.checks),
        documents=tuple(
            RequiredDocument(d.code, d.name, d.required, d.max_age_months, d.name_en)
            for d in spec.documents
        ),
        allows_representative=spec.allows_representative,
        amount_notes=tuple(
            AmountNote(n.description, _amount(n.amount, spec.code), n.description_en)
            for n in spec.amount_notes
        ),
        gloss_en=spec.gloss_en,
        description_en=spec.description_en,
    )


def _expected_check(spec: CheckSpec) -> ExpectedCheck:
    return ExpectedCheck(
        kind=spec.kind,
        frequency=spec.frequency,
        conditions_payment=spec.conditions_payment,
        appointments=spec.appointments,
        min_age=spec.min_age,
        max_age=spec.max_age,
        schedule=tuple(PrenatalVisit(v.from_week, v.to_week) for v in spec.schedule),
    )


def _rule(
    spec: _Conditions, label: str, alternatives: tuple[AlternativeSpec, ...], label_en: str = ""
) -> Rule:
    caregiver = spec.caregiver
    return Rule(
        label=label,
        label_en=label_en,
        min_age=spec.min_age,
        max_age=spec.max_age,
        sexes=spec.sexes,
        requires_disability=spec.requires_disability,
        requires_disability_certificate=spec.requires_disability_certificate,
        requires_pregnancy=spec.requires_pregnancy,
        poverty=spec.poverty,
        requires_no_fixed_income=spec.requires_no_fixed_income,
        requires_no_other_income=spec.requires_no_other_income,
        allowed_income_sources=spec.allowed_income_sources,
        school_levels=spec.school_levels,
        requires_public_school=spec.requires_public_school,
        occupations=spec.occupations,
        requires_indigenous_or_afromexican=spec.requires_indigenous_or_afromexican,
        requires_enrollment_in=spec.requires_enrollment_in,
        states=spec.states,
        municipalities=spec.municipalities,
        requires_rural_locality=spec.requires_rural_locality,
        excludes_social_security_childcare=spec.excludes_social_security_childcare,
        caregiver=None
        if caregiver is None
        else CaregiverRule(caregiver.occupations, caregiver.excludes_social_security_childcare),
        field_checks=tuple(_field_check(check) for check in spec.field_checks),
        alternatives=tuple(_rule(a, a.label, (), a.label_en) for a in alternatives),
    )


def _field_check(check: FieldCheck) -> Localized:
    if isinstance(check, FieldCheckSpec):
        return Localized(check.text, check.text_en)
    return Localized(check)


__all__ = [
    "AlternativeSpec",
    "CatalogDocument",
    "CatalogError",
    "CheckSpec",
    "FieldCheckSpec",
    "PrenatalVisitSpec",
    "ProgramSpec",
    "RuleSpec",
    "catalog_json",
    "default_catalog",
    "encode_catalog",
    "load_catalog",
    "parse_catalog",
    "shipped_catalog_bytes",
    "shipped_document",
    "to_program_catalog",
]
