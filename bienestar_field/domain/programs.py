"""The program catalog: which programs exist, who qualifies, what they pay, check and require.

The catalog is data (``resources/catalogs/programs.json``), versioned and later replaced through
sync, so amounts and age limits never live in code. Because updates arrive from outside,
:func:`load_catalog` reads the JSON strictly: a missing or misspelt field, a wrong type, an
unknown code or an impossible range is a :class:`CatalogError` naming the field
(``programs[2].rule.alternatives[0].min_age: ...``), never a silently different rule.

Rule schema (every key optional; a rule holds when *all* its conditions hold and, if it lists
``alternatives``, when *at least one* alternative holds too)::

    min_age, max_age                     completed years on the evaluation date, BOTH INCLUSIVE:
                                         max_age 64 admits a person until the day before their
                                         65th birthday
    sexes                                ["H", "M", "X"] subset
    requires_disability                  a permanent disability is recorded
    requires_disability_certificate      ...certified by a public health institution
    requires_pregnancy                   a due date after the evaluation date
    school_levels, requires_public_school
    occupations                          Occupation values, e.g. ["ninguna"]
    requires_indigenous_or_afromexican   self-identification
    requires_enrollment_in               program codes; enrolled in at least one of them
    states                               INEGI state keys of the household's address
    municipalities                       five-digit keys (state + municipality) of the address
    requires_rural_locality              the address is in a rural locality (see eligibility)
    excludes_social_security_childcare   the person has no IMSS/ISSSTE childcare
    caregiver                            {occupations, excludes_social_security_childcare}: the
                                         child's mother, or single father, in the household
                                         works or studies (see eligibility for how it is found)
    field_checks                         conditions the caseworker verifies in person: texts,
                                         or {"text", "text_en"} objects
    alternatives                         [rule with a "label"], not nested further

English (optional everywhere, so a catalog without it still loads and reads in Spanish): a
program's ``gloss_en`` (a short gloss shown after its name, which is a proper name and stays
Spanish: "Pensión Adultos Mayores (elderly pension)") and ``description_en``; a document's
``name_en``; an amount note's ``description_en``; an alternative's ``label_en``; a field
check's ``text_en``. Each is non-empty text when present. The domain hands these words out
as :class:`~bienestar_field.domain.text.Localized` (``label`` properties) and the UI picks
the language shown.

For example the disability pension's "0-29 nationally, or 30-64 if indigenous or Afro-Mexican"
is one rule requiring a certified disability with two labelled alternatives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import TypeVar

from bienestar_field.domain import geography
from bienestar_field.domain.enrollments import CheckKind
from bienestar_field.domain.people import Occupation, SchoolLevel, Sex
from bienestar_field.domain.text import Localized

_CATALOG_PACKAGE = "bienestar_field.resources.catalogs"
_CATALOG_FILE = "programs.json"
_VERSION_PATTERN = re.compile(r"^\d{4}\.\d+$")
_PROGRAM_CODE_PATTERN = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")
_DOCUMENT_CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
_MUNICIPALITY_KEY_PATTERN = re.compile(r"^\d{5}$")
_MAX_AGE_YEARS = 130
_MAX_DOCUMENT_AGE_MONTHS = 120


class CatalogError(ValueError):
    """A program catalog that must not be used; the message names the offending field."""


class AmountPeriod(StrEnum):
    BIMESTRAL = "bimestral"
    MENSUAL = "mensual"


class CheckFrequency(StrEnum):
    MENSUAL = "mensual"
    BIMESTRAL = "bimestral"
    SEMESTRAL = "semestral"


@dataclass(frozen=True, slots=True)
class ExpectedCheck:
    """An attendance check (*corresponsabilidad*) the program expects to be recorded."""

    kind: CheckKind
    frequency: CheckFrequency
    conditions_payment: bool


@dataclass(frozen=True, slots=True)
class RequiredDocument:
    code: str  # stable key used in Enrollment.documents
    name: str  # shown to the caseworker
    required: bool
    max_age_months: int | None = None  # e.g. proof of address no older than 6 months
    name_en: str = ""

    @property
    def label(self) -> Localized:
        return Localized(self.name, self.name_en)


@dataclass(frozen=True, slots=True)
class AmountNote:
    """A variant of the amount, e.g. the higher childcare support for children with disability."""

    description: str
    amount: Decimal
    description_en: str = ""

    @property
    def label(self) -> Localized:
        return Localized(self.description, self.description_en)


@dataclass(frozen=True, slots=True)
class CaregiverRule:
    """The child's mother, or a single father, in the household must have one of these."""

    occupations: tuple[Occupation, ...]
    excludes_social_security_childcare: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """Declarative eligibility conditions; see the module docstring for their meaning."""

    label: str = ""  # an alternative's name
    label_en: str = ""
    min_age: int | None = None
    max_age: int | None = None  # inclusive, in completed years
    sexes: tuple[Sex, ...] = ()
    requires_disability: bool = False
    requires_disability_certificate: bool = False
    requires_pregnancy: bool = False
    school_levels: tuple[SchoolLevel, ...] = ()
    requires_public_school: bool = False
    occupations: tuple[Occupation, ...] = ()
    requires_indigenous_or_afromexican: bool = False
    requires_enrollment_in: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    requires_rural_locality: bool = False
    excludes_social_security_childcare: bool = False
    caregiver: CaregiverRule | None = None
    field_checks: tuple[Localized, ...] = ()
    alternatives: tuple[Rule, ...] = ()

    @property
    def option_label(self) -> Localized:
        """An alternative's name in both languages."""
        return Localized(self.label, self.label_en)

    @property
    def uses_sensitive_data(self) -> bool:
        """Deciding needs health, disability or ethnicity data (express consent, LGPDPPSO)."""
        own = (
            self.requires_disability
            or self.requires_disability_certificate
            or self.requires_pregnancy
            or self.requires_indigenous_or_afromexican
        )
        return own or any(alternative.uses_sensitive_data for alternative in self.alternatives)


@dataclass(frozen=True, slots=True)
class Program:
    code: str
    name: str
    description: str
    amount: Decimal | None  # pesos per amount_period; None for services
    amount_period: AmountPeriod | None
    rule: Rule
    checks: tuple[ExpectedCheck, ...] = ()
    documents: tuple[RequiredDocument, ...] = ()
    allows_representative: bool = False
    amount_notes: tuple[AmountNote, ...] = ()
    gloss_en: str = ""  # "elderly pension": English readers get the name and this gloss
    description_en: str = ""

    @property
    def label(self) -> Localized:
        """The name, a proper name in Spanish; in English followed by its gloss."""
        return Localized(self.name, f"{self.name} ({self.gloss_en})" if self.gloss_en else "")

    @property
    def description_label(self) -> Localized:
        return Localized(self.description, self.description_en)

    @property
    def required_documents(self) -> tuple[RequiredDocument, ...]:
        return tuple(document for document in self.documents if document.required)

    @property
    def uses_sensitive_data(self) -> bool:
        return self.rule.uses_sensitive_data


@dataclass(frozen=True, slots=True)
class ProgramCatalog:
    version: str
    valid_from: date
    programs: tuple[Program, ...]
    notes: str = ""
    _by_code: dict[str, Program] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_code", {program.code: program for program in self.programs})

    def get(self, code: str) -> Program | None:
        return self._by_code.get(code)

    def __getitem__(self, code: str) -> Program:
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(f"no program {code!r} in catalog {self.version}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Program]:
        return iter(self.programs)

    def __len__(self) -> int:
        return len(self.programs)


def load_catalog(data: bytes | None = None) -> ProgramCatalog:
    """Parse and strictly validate a catalog; ``None`` reads the one shipped with the app."""
    if data is None:
        data = resources.files(_CATALOG_PACKAGE).joinpath(_CATALOG_FILE).read_bytes()
    return _read_catalog(_Object(_parse_json(data), "catalog"))


@cache
def default_catalog() -> ProgramCatalog:
    """The catalog shipped with this version of the app."""
    return load_catalog()


# --- reading -------------------------------------------------------------------------------

_T = TypeVar("_T")
_E = TypeVar("_E", bound=StrEnum)


def _parse_json(data: bytes) -> object:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"catalog: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_reject_constant,
            object_pairs_hook=_reject_duplicate_keys,
        )
    except json.JSONDecodeError as exc:
        raise CatalogError(f"catalog: not valid JSON ({exc})") from None


def _reject_constant(name: str) -> object:
    raise CatalogError(f"catalog: {name} is not a valid number")


def _reject_duplicate_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise CatalogError(f"catalog: field {key!r} appears twice in one object")
        result[key] = value
    return result


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return str(value)


class _Object:
    """One JSON object being read: knows its path, and rejects fields nobody asked for."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise CatalogError(f"{path}: expected an object, got {_describe(value)}")
        self._data: dict[str, object] = value
        self.path = path
        self._read: set[str] = set()

    def where(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path != "catalog" else key

    def error(self, key: str, problem: str) -> CatalogError:
        return CatalogError(f"{self.where(key)}: {problem}")

    def _value(self, key: str, *, required: bool) -> object:
        self._read.add(key)
        if key not in self._data:
            if required:
                raise CatalogError(f"{self.path}: missing required field {key!r}")
            return None
        return self._data[key]

    def text(self, key: str, *, required: bool = True) -> str:
        value = self._value(key, required=required)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"expected non-empty text, got {_describe(value)}")
        return value

    def flag(self, key: str, *, required: bool = False) -> bool:
        value = self._value(key, required=required)
        if value is None and not required:
            return False
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {_describe(value)}")
        return value

    def integer(self, key: str, *, minimum: int, maximum: int) -> int | None:
        value = self._value(key, required=False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected a whole number, got {_describe(value)}")
        if not minimum <= value <= maximum:
            raise self.error(key, f"{value} is outside {minimum}..{maximum}")
        return value

    def amount(self, key: str) -> Decimal:
        amount = self.nullable_amount(key)
        if amount is None:
            raise self.error(key, "expected an amount in pesos, got null")
        return amount

    def nullable_amount(self, key: str) -> Decimal | None:
        """A field that must be present, and may be null (services pay nothing)."""
        value = self._value(key, required=True)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise self.error(key, f"expected an amount in pesos, got {_describe(value)}")
        amount = Decimal(value)
        if amount < 0 or amount != amount.quantize(Decimal("0.01")):
            raise self.error(key, f"{value} is not a non-negative amount with at most 2 decimals")
        return amount

    def choice(self, key: str, enum_type: type[_E]) -> _E:
        return _enum_value(self._value(key, required=True), enum_type, self.where(key))

    def nullable_choice(self, key: str, enum_type: type[_E]) -> _E | None:
        value = self._value(key, required=True)
        return None if value is None else _enum_value(value, enum_type, self.where(key))

    def objects(self, key: str, *, required: bool = True, non_empty: bool = False) -> list[_Object]:
        items = self._list(key, required=required, non_empty=non_empty)
        return [_Object(item, f"{self.where(key)}[{index}]") for index, item in enumerate(items)]

    def values(self, key: str, read: Callable[[object, str], _T]) -> tuple[_T, ...]:
        """An optional list that, when present, must hold at least one value and no repeats."""
        items = self._list(key, required=False, non_empty=True)
        result = tuple(read(item, f"{self.where(key)}[{i}]") for i, item in enumerate(items))
        if len(set(result)) != len(result):
            raise self.error(key, "lists a value more than once")
        return result

    def child(self, key: str) -> _Object | None:
        value = self._value(key, required=False)
        return None if value is None else _Object(value, self.where(key))

    def _list(self, key: str, *, required: bool, non_empty: bool) -> list[object]:
        value = self._value(key, required=required)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            raise self.error(key, f"expected a list, got {_describe(value)}")
        if non_empty and not value:
            raise self.error(key, "an empty list is ambiguous; leave the field out instead")
        return value

    def finish(self) -> None:
        unknown = sorted(set(self._data) - self._read)
        if unknown:
            raise CatalogError(f"{self.path}: unknown field {unknown[0]!r}")


def _enum_value(value: object, enum_type: type[_E], path: str) -> _E:
    allowed = ", ".join(repr(member.value) for member in enum_type)
    if not isinstance(value, str):
        raise CatalogError(f"{path}: expected one of {allowed}, got {_describe(value)}")
    try:
        return enum_type(value)
    except ValueError:
        raise CatalogError(f"{path}: expected one of {allowed}, got {value!r}") from None


def _enum_reader(enum_type: type[_E]) -> Callable[[object, str], _E]:
    return lambda value, path: _enum_value(value, enum_type, path)


def _read_field_check(value: object, path: str) -> Localized:
    """A condition to verify in the field: its Spanish text, or ``{"text", "text_en"}``."""
    if isinstance(value, dict):
        source = _Object(value, path)
        check = Localized(source.text("text"), source.text("text_en", required=False))
        source.finish()
        return check
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(
            f"{path}: expected non-empty text or a {{text, text_en}} object, got {_describe(value)}"
        )
    return Localized(value)


def _read_program_code(value: object, path: str) -> str:
    if not isinstance(value, str) or not _PROGRAM_CODE_PATTERN.fullmatch(value):
        raise CatalogError(
            f"{path}: expected a program code of 2-16 capitals, digits or '_', "
            f"got {_describe(value)}"
        )
    return value


def _read_state_key(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise CatalogError(f"{path}: expected an INEGI state key, got {_describe(value)}")
    try:
        return geography.state_by_inegi_key(value).inegi_key
    except geography.UnknownPlace:
        raise CatalogError(f"{path}: {value!r} is not an INEGI state key (01..32)") from None


def _read_municipality_key(value: object, path: str) -> str:
    if not isinstance(value, str) or not _MUNICIPALITY_KEY_PATTERN.fullmatch(value):
        raise CatalogError(
            f"{path}: expected a five-digit municipality key, got {_describe(value)}"
        )
    try:
        geography.municipality(value[:2], value[2:])
    except geography.UnknownPlace:
        raise CatalogError(f"{path}: no municipality {value!r} in the INEGI catalog") from None
    return value


def _read_catalog(root: _Object) -> ProgramCatalog:
    version = root.text("catalog_version")
    if not _VERSION_PATTERN.fullmatch(version):
        raise root.error("catalog_version", f"expected YEAR.N such as '2026.1', got {version!r}")
    valid_from = _read_date(root, "valid_from")
    notes = root.text("notes", required=False)
    programs = tuple(_read_program(item) for item in root.objects("programs"))
    root.finish()
    if not programs:
        raise root.error("programs", "the catalog lists no programs")
    _check_program_codes(programs)
    return ProgramCatalog(version=version, valid_from=valid_from, programs=programs, notes=notes)


def _read_date(source: _Object, key: str) -> date:
    text = source.text(key)
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise source.error(key, f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _read_program(source: _Object) -> Program:
    code = _read_program_code(source.text("code"), source.where("code"))
    amount = source.nullable_amount("amount")
    period = source.nullable_choice("amount_period", AmountPeriod)
    if (amount is None) != (period is None):
        raise source.error("amount_period", "give both amount and amount_period, or neither")
    program = Program(
        code=code,
        name=source.text("name"),
        gloss_en=source.text("gloss_en", required=False),
        description=source.text("description"),
        description_en=source.text("description_en", required=False),
        amount=amount,
        amount_period=period,
        amount_notes=tuple(
            _read_amount_note(note) for note in source.objects("amount_notes", required=False)
        ),
        rule=_read_rule(_required_child(source, "rule"), alternative=False),
        checks=tuple(_read_check(check) for check in source.objects("checks")),
        documents=_read_documents(source),
        allows_representative=source.flag("allows_representative", required=True),
    )
    source.finish()
    return program


def _required_child(source: _Object, key: str) -> _Object:
    child = source.child(key)
    if child is None:
        raise CatalogError(f"{source.path}: missing required field {key!r}")
    return child


def _read_amount_note(source: _Object) -> AmountNote:
    note = AmountNote(
        description=source.text("description"),
        amount=source.amount("amount"),
        description_en=source.text("description_en", required=False),
    )
    source.finish()
    return note


def _read_check(source: _Object) -> ExpectedCheck:
    check = ExpectedCheck(
        kind=source.choice("kind", CheckKind),
        frequency=source.choice("frequency", CheckFrequency),
        conditions_payment=source.flag("conditions_payment", required=True),
    )
    source.finish()
    return check


def _read_documents(source: _Object) -> tuple[RequiredDocument, ...]:
    documents = tuple(_read_document(item) for item in source.objects("documents"))
    codes = [document.code for document in documents]
    for index, code in enumerate(codes):
        if code in codes[:index]:
            raise CatalogError(f"{source.where('documents')}[{index}].code: duplicate {code!r}")
    return documents


def _read_document(source: _Object) -> RequiredDocument:
    code = source.text("code")
    if not _DOCUMENT_CODE_PATTERN.fullmatch(code):
        raise source.error("code", f"expected lower-case letters, digits or '_', got {code!r}")
    document = RequiredDocument(
        code=code,
        name=source.text("name"),
        name_en=source.text("name_en", required=False),
        required=source.flag("required", required=True),
        max_age_months=source.integer(
            "max_age_months", minimum=1, maximum=_MAX_DOCUMENT_AGE_MONTHS
        ),
    )
    source.finish()
    return document


def _read_rule(source: _Object, *, alternative: bool) -> Rule:
    min_age = source.integer("min_age", minimum=0, maximum=_MAX_AGE_YEARS)
    max_age = source.integer("max_age", minimum=0, maximum=_MAX_AGE_YEARS)
    if min_age is not None and max_age is not None and min_age > max_age:
        raise source.error("max_age", f"{max_age} is below min_age {min_age}")
    rule = Rule(
        label=source.text("label", required=alternative),
        label_en=_english_label(source, alternative=alternative),
        min_age=min_age,
        max_age=max_age,
        sexes=source.values("sexes", _enum_reader(Sex)),
        requires_disability=source.flag("requires_disability"),
        requires_disability_certificate=source.flag("requires_disability_certificate"),
        requires_pregnancy=source.flag("requires_pregnancy"),
        school_levels=source.values("school_levels", _enum_reader(SchoolLevel)),
        requires_public_school=source.flag("requires_public_school"),
        occupations=source.values("occupations", _enum_reader(Occupation)),
        requires_indigenous_or_afromexican=source.flag("requires_indigenous_or_afromexican"),
        requires_enrollment_in=source.values("requires_enrollment_in", _read_program_code),
        states=source.values("states", _read_state_key),
        municipalities=source.values("municipalities", _read_municipality_key),
        requires_rural_locality=source.flag("requires_rural_locality"),
        excludes_social_security_childcare=source.flag("excludes_social_security_childcare"),
        caregiver=_read_caregiver(source.child("caregiver")),
        field_checks=source.values("field_checks", _read_field_check),
        alternatives=_read_alternatives(source, alternative=alternative),
    )
    source.finish()
    return rule


def _english_label(source: _Object, *, alternative: bool) -> str:
    label_en = source.text("label_en", required=False)
    if label_en and not alternative:
        raise source.error("label_en", "only an alternative has a label")
    return label_en


def _read_alternatives(source: _Object, *, alternative: bool) -> tuple[Rule, ...]:
    items = source.objects("alternatives", required=False, non_empty=True)
    if items and alternative:
        raise source.error("alternatives", "alternatives cannot be nested")
    return tuple(_read_rule(item, alternative=True) for item in items)


def _read_caregiver(source: _Object | None) -> CaregiverRule | None:
    if source is None:
        return None
    occupations = source.values("occupations", _enum_reader(Occupation))
    if not occupations:
        raise CatalogError(f"{source.path}: missing required field 'occupations'")
    caregiver = CaregiverRule(
        occupations=occupations,
        excludes_social_security_childcare=source.flag("excludes_social_security_childcare"),
    )
    source.finish()
    return caregiver


def _check_program_codes(programs: tuple[Program, ...]) -> None:
    codes = [program.code for program in programs]
    for index, code in enumerate(codes):
        if code in codes[:index]:
            raise CatalogError(f"programs[{index}].code: duplicate program code {code!r}")
    for index, program in enumerate(programs):
        rules = [("rule", program.rule)] + [
            (f"rule.alternatives[{number}]", alternative)
            for number, alternative in enumerate(program.rule.alternatives)
        ]
        for where, rule in rules:
            path = f"programs[{index}].{where}.requires_enrollment_in"
            for referenced in rule.requires_enrollment_in:
                if referenced not in codes:
                    raise CatalogError(f"{path}: no program {referenced!r} in the catalog")
                if referenced == program.code:
                    raise CatalogError(f"{path}: a program cannot require itself")


__all__ = [
    "AmountNote",
    "AmountPeriod",
    "CaregiverRule",
    "CatalogError",
    "CheckFrequency",
    "ExpectedCheck",
    "Program",
    "ProgramCatalog",
    "RequiredDocument",
    "Rule",
    "default_catalog",
    "load_catalog",
]
