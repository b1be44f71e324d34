"""The program catalog: which programs exist, who qualifies, what they pay, check and require.

The catalog is data (``resources/catalogs/programs.json``, then versions published by the
central office and delivered through sync), so amounts and age limits never live in code. Its
file format is defined once, for the server and the app, in ``bienestar_wire.catalog`` (and
documented in ``docs/catalog-format.md``); this module holds what the format reads into, and
which of the catalogs a device knows applies at a given instant (``CatalogShelf``): each takes
effect at midnight of its ``valid_from`` date in its time zone.

Rule schema (every key optional; a rule holds when *all* its conditions hold and, if it lists
``alternatives``, when *at least one* alternative holds too)::

    min_age, max_age                     completed years on the evaluation date, BOTH INCLUSIVE:
                                         max_age 64 admits a person until the day before their
                                         65th birthday
    sexes                                ["H", "M", "X"] subset
    requires_disability                  a permanent disability is recorded
    requires_disability_certificate      ...certified by a public health institution
    requires_pregnancy                   a due date after the evaluation date
    poverty                              "poverty" or "extreme_poverty": the household's
                                         socioeconomic survey measures the person at least
                                         that poor (extreme poverty is also poverty)
    requires_no_fixed_income             the survey records no fixed income for the person:
                                         no contributory (retirement) pension and no job
                                         with social security
    requires_no_other_income             the survey records no income for the person from a
                                         source other than ``allowed_income_sources``
    allowed_income_sources               survey income-source codes that do not count as
                                         "other income" (the programs' own transfers)
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

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Final
from zoneinfo import ZoneInfo

from bienestar_field.domain.calendars import Deposit, ModuleDay, module_day
from bienestar_field.domain.enrollments import CheckKind
from bienestar_field.domain.people import Occupation, SchoolLevel, Sex
from bienestar_field.domain.text import Localized

# Where a catalog's valid_from starts unless it names another zone (most of the country).
DEFAULT_TIME_ZONE: Final = "America/Mexico_City"


class CatalogError(ValueError):
    """A program catalog that must not be used; the message names the offending field."""


class AmountPeriod(StrEnum):
    BIMESTRAL = "bimestral"
    MENSUAL = "mensual"


class PovertyCondition(StrEnum):
    """How poor the household's survey must measure a person (the official method's
    standings, ``domain.poverty.Standing``); extreme poverty satisfies "poverty" too."""

    POVERTY = "poverty"
    EXTREME_POVERTY = "extreme_poverty"


class CheckFrequency(StrEnum):
    MENSUAL = "mensual"
    BIMESTRAL = "bimestral"
    SEMESTRAL = "semestral"


@dataclass(frozen=True, slots=True)
class PrenatalVisit:
    """A prenatal visit expected between two weeks of pregnancy, both inclusive."""

    from_week: int
    to_week: int


@dataclass(frozen=True, slots=True)
class ExpectedCheck:
    """An attendance check (*corresponsabilidad*) the program expects to be recorded.

    ``appointments``: attended visits needed in each period (health check-ups, say two a
    half year). ``min_age``/``max_age``: the enrolled person's completed years on the
    period's last day for which it is expected (both inclusive; ``None`` = no limit).
    ``schedule`` (prenatal only): the visits expected by weeks of pregnancy, counted from
    the due date; a prenatal check without one expects a visit every period while pregnant.
    How compliance is computed from these: ``domain.compliance``.
    """

    kind: CheckKind
    frequency: CheckFrequency
    conditions_payment: bool
    appointments: int = 1
    min_age: int | None = None
    max_age: int | None = None
    schedule: tuple[PrenatalVisit, ...] = ()


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
    poverty: PovertyCondition | None = None
    requires_no_fixed_income: bool = False
    requires_no_other_income: bool = False
    allowed_income_sources: tuple[str, ...] = ()
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
    def uses_survey(self) -> bool:
        """Deciding needs the household's socioeconomic survey (poverty or income)."""
        own = self.poverty is not None or self.requires_no_fixed_income
        own = own or self.requires_no_other_income
        return own or any(alternative.uses_survey for alternative in self.alternatives)

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
    time_zone: str = DEFAULT_TIME_ZONE
    payment_calendar: tuple[Deposit, ...] = ()
    module_schedule: tuple[ModuleDay, ...] = ()
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


def starts_at(catalog: ProgramCatalog) -> datetime:
    """The instant a catalog takes effect: midnight of ``valid_from`` in its time zone."""
    return datetime.combine(catalog.valid_from, time(), tzinfo=ZoneInfo(catalog.time_zone))


def version_order(version: str) -> tuple[int, int]:
    """``"2026.10"`` -> ``(2026, 10)``: versions ordered as numbers, not as text."""
    year, _, number = version.partition(".")
    try:
        return int(year), int(number)
    except ValueError:
        return 0, 0


@dataclass(frozen=True, slots=True)
class CatalogShelf:
    """Every catalog a device knows (the shipped one and those delivered), and which applies
    when. The one that applies at an instant is the latest to have started by then; one that
    has not started is pending. Two starting on the same day: the higher version wins."""

    catalogs: tuple[ProgramCatalog, ...]

    def __post_init__(self) -> None:
        if not self.catalogs:
            raise ValueError("a catalog shelf needs at least one catalog")

    def _ordered(self) -> list[ProgramCatalog]:
        return sorted(self.catalogs, key=lambda c: (starts_at(c), version_order(c.version)))

    def active(self, at: datetime) -> ProgramCatalog:
        """The catalog that applies at ``at`` (an aware instant); the earliest one when none
        has started yet (a laptop whose clock is years behind still decides something)."""
        ordered = self._ordered()
        started = [catalog for catalog in ordered if starts_at(catalog) <= at]
        return started[-1] if started else ordered[0]

    def pending(self, at: datetime) -> list[ProgramCatalog]:
        """Catalogs that start after ``at``, soonest first."""
        active = self.active(at)
        return [c for c in self._ordered() if starts_at(c) > at and c is not active]

    def get(self, version: str) -> ProgramCatalog | None:
        return next((c for c in self.catalogs if c.version == version), None)

    def today(self, at: datetime) -> date:
        """The date at ``at`` where the catalog in force applies (the office's time zone)."""
        return at.astimezone(ZoneInfo(self.active(at).time_zone)).date()

    def next_deposit(self, program_code: str, at: datetime) -> NextDeposit | None:
        """The program's next deposit window that has not ended by today, with the amount the
        catalog carrying it pays: from the catalog in force, or else from one published ahead
        (next year's calendar comes with next year's catalog and amounts)."""
        today = self.today(at)
        for catalog in [self.active(at), *self.pending(at)]:
            program = catalog.get(program_code)
            if program is None:
                continue
            windows = sorted(
                (d for d in catalog.payment_calendar if program_code in d.programs),
                key=lambda d: d.deposit_from,
            )
            for window in windows:
                if window.deposit_to >= today:
                    return NextDeposit(window, program.amount, program.amount_period)
        return None

    def module_day(self, primer_apellido: str, at: datetime) -> ModuleDay | None:
        """The weekday the module sees this surname, by the catalog in force."""
        return module_day(self.active(at).module_schedule, primer_apellido)


@dataclass(frozen=True, slots=True)
class NextDeposit:
    deposit: Deposit
    amount: Decimal | None  # per amount_period; None for a service
    amount_period: AmountPeriod | None


__all__ = [
    "DEFAULT_TIME_ZONE",
    "AmountNote",
    "AmountPeriod",
    "CaregiverRule",
    "CatalogError",
    "CatalogShelf",
    "CheckFrequency",
    "ExpectedCheck",
    "PovertyCondition",
    "PrenatalVisit",
    "Program",
    "ProgramCatalog",
    "RequiredDocument",
    "Rule",
    "starts_at",
    "version_order",
]
