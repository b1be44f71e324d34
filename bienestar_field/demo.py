"""Synthetic households for demos, tests and benchmarks: valid made-up CURPs, never real people.

Households are registered, eligible members enrolled and checks recorded through the same
Casebook methods the app uses, committed in batches so a long run keeps what it has made.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bienestar_field.casebook import Casebook
from bienestar_field.domain import geography
from bienestar_field.domain.eligibility import evaluate
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.households import Address, GeoPoint, Household
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    Occupation,
    Person,
    Relationship,
    Schooling,
    SchoolLevel,
    Sex,
    age_on,
)
from bienestar_field.domain.periods import period_of
from bienestar_field.domain.synthetic import SyntheticIdentity, synthetic_identity

PRIVACY_NOTICE_VERSION = "2026-01"
_STREETS = ("Hidalgo", "Juárez", "Morelos", "Benito Juárez", "Allende", "Zaragoza", "Libertad")
_SETTLEMENTS = (
    ("colonia", "Centro"),
    ("barrio", "San Miguel"),
    ("ejido", "El Carmen"),
    ("ranchería", "Los Pinos"),
)


@dataclass(frozen=True, slots=True)
class _Place:
    address: Address
    gps: GeoPoint | None


def _place(rng: random.Random) -> _Place:
    state = rng.choice(geography.states())
    municipality = rng.choice(geography.municipalities(state.inegi_key))
    localities = geography.localities(state.inegi_key, municipality.key)
    street = f"{rng.choice(_STREETS)}"
    settlement_type, settlement_name = rng.choice(_SETTLEMENTS)
    postal_code = f"{rng.randint(1, 99) * 1000 + rng.randint(0, 999):05d}"
    if postal_code[:2] == "00" or (postal_code[0] == "1" and postal_code[1] > "6"):
        postal_code = "20" + postal_code[2:]
    if localities and rng.random() < 0.6:
        locality = rng.choice(localities)
        code, name = locality.key, locality.name
        gps = GeoPoint(locality.latitude, locality.longitude)
    else:  # a small rural place, typed by the caseworker
        code, name, gps = None, f"Rancho {rng.choice(_STREETS)}", None
    address = Address(
        state_code=state.inegi_key,
        municipality_code=municipality.key,
        locality_code=code,
        locality_name=name,
        settlement_type=settlement_type,
        settlement_name=settlement_name,
        street_type="calle",
        street_name=street,
        exterior_number=str(rng.randint(1, 400)) if rng.random() < 0.8 else "S/N",
        postal_code=postal_code,
        reference="Frente a la escuela" if rng.random() < 0.3 else "",
    )
    return _Place(address, gps)


def _person(
    rng: random.Random, identity: SyntheticIdentity, relationship: Relationship, today: date
) -> Person:
    age = age_on(identity.birth_date, today)
    schooling = None
    occupation = Occupation.DESCONOCIDA
    if 6 <= age <= 11:  # occupation is asked from 12 (domain.questions)
        schooling = Schooling(SchoolLevel.PRIMARIA, grade=age - 5)
    elif 12 <= age <= 14:
        schooling = Schooling(SchoolLevel.SECUNDARIA, grade=age - 11)
        occupation = Occupation.ESTUDIA
    elif 15 <= age <= 17:
        schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, grade=age - 14)
        occupation = Occupation.ESTUDIA
    elif age >= 18:
        occupation = rng.choice(
            (
                Occupation.TRABAJA,
                Occupation.HOGAR,
                Occupation.NI_ESTUDIA_NI_TRABAJA,
                Occupation.TRABAJA,
            )
        )
    pregnancy = None
    if identity.sex is Sex.MUJER and 18 <= age <= 40 and rng.random() < 0.08:
        pregnancy = today + timedelta(days=rng.randint(20, 250))
    disability = None
    if rng.random() < 0.05:
        disability = Disability(rng.choice(list(DisabilityKind)), certified=rng.random() < 0.7)
    phone = None
    if age >= 18 and rng.random() < 0.7:
        phone = f"+52{rng.choice(('55', '33', '81', '951', '961'))}"
        phone += "".join(str(rng.randint(0, 9)) for _ in range(12 - len(phone) + 1))
    return Person(
        id="",
        curp=identity.curp,
        nombres=identity.nombres,
        primer_apellido=identity.primer_apellido,
        segundo_apellido=identity.segundo_apellido,
        birth_date=identity.birth_date,
        sex=identity.sex,
        birth_state=identity.birth_state,
        relationship=relationship,
        phone=phone,
        disability=disability,
        indigenous=rng.random() < 0.2,
        afromexican=rng.random() < 0.02,
        pregnancy_due_date=pregnancy,
        schooling=schooling,
        occupation=occupation,
    )


def synthetic_household(
    rng: random.Random, today: date, *, shown_at: str | None = None
) -> Household:
    place = _place(rng)
    head = synthetic_identity(rng, min_age=20, max_age=85, today=today)
    members = [_person(rng, head, Relationship.JEFA_O_JEFE, today)]
    if rng.random() < 0.7:
        spouse_sex = Sex.MUJER if head.sex is Sex.HOMBRE else Sex.HOMBRE
        spouse = synthetic_identity(rng, sex=spouse_sex, min_age=20, max_age=85, today=today)
        members.append(_person(rng, spouse, Relationship.CONYUGE, today))
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
        child = synthetic_identity(rng, min_age=0, max_age=19, today=today)
        members.append(_person(rng, child, Relationship.HIJA_O_HIJO, today))
    if rng.random() < 0.2:
        elder = synthetic_identity(rng, min_age=60, max_age=95, today=today)
        members.append(_person(rng, elder, Relationship.MADRE_O_PADRE, today))
    consent = PrivacyConsent(
        PRIVACY_NOTICE_VERSION,
        shown_at or f"{today.isoformat()}T09:00:00+00:00",
        accepted=True,
        sensitive_data=True,
    )
    return Household(id="", address=place.address, members=members, gps=place.gps, consent=consent)


def _enrollments_for(casebook: Casebook, household: Household, today: date) -> list[Enrollment]:
    enrollments = []
    shown_at = casebook.now().isoformat()
    for member in household.members:
        for result in evaluate(member, casebook.catalog, today, household=household):
            if not result.eligible or result.program.rule.requires_enrollment_in:
                continue
            program = result.program
            enrollments.append(
                Enrollment(
                    id="",
                    person_id=member.id,
                    program_code=program.code,
                    # Documents seen and consent given: sent to the office, as a caseworker would.
                    status=EnrollmentStatus.ENVIADA,
                    documents={d.code: True for d in program.documents},
                    consent=PrivacyConsent(
                        PRIVACY_NOTICE_VERSION, shown_at, accepted=True, sensitive_data=True
                    ),
                )
            )
            break  # one program per person keeps the demo readable
    return enrollments


def _checks_for(
    casebook: Casebook, rng: random.Random, enrollments: list[Enrollment], today: date
) -> list[AttendanceCheck]:
    checks = []
    results = [CheckResult.ASISTIO, CheckResult.FALTO, CheckResult.JUSTIFICADA]
    for enrollment in enrollments:
        program = casebook.catalog[enrollment.program_code]
        for expected in program.checks:
            period = period_of(expected.frequency, today).code
            result = rng.choices(results, weights=(8, 1, 1))[0]
            checks.append(
                AttendanceCheck(
                    id="",
                    enrollment_id=enrollment.id,
                    kind=expected.kind,
                    period=period,
                    result=result,
                )
            )
    return checks


def generate_demo(
    casebook: Casebook,
    *,
    households: int,
    seed: int | None = None,
    batch_size: int = 100,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, int]:
    rng = random.Random(seed)
    today = today or casebook.today()
    made = {"households": 0, "persons": 0, "enrollments": 0, "attendance_checks": 0}
    seen: set[str] = set()
    while made["households"] < households:
        count = min(batch_size, households - made["households"])
        batch: list[Household] = []
        while len(batch) < count:
            household = synthetic_household(rng, today)
            if _is_new(household, seen, casebook):
                seen.update(m.curp for m in household.members)
                batch.append(household)
        saved = casebook.households.register_many(batch, today=today)
        enrollments: list[Enrollment] = []
        for household in saved:
            enrollments.extend(_enrollments_for(casebook, household, today))
        enrolled = casebook.enrolments.enroll_many(enrollments, today=today)
        checks = casebook.checks.record(_checks_for(casebook, rng, enrolled, today))
        made["households"] += len(saved)
        made["persons"] += sum(len(h.members) for h in saved)
        made["enrollments"] += len(enrolled)
        made["attendance_checks"] += len(checks)
        if progress:
            progress(made["households"], households)
    return made


def _is_new(household: Household, seen: set[str], casebook: Casebook) -> bool:
    """Synthetic CURPs can collide (same name initials and birth date): skip such households."""
    curps = [m.curp for m in household.members]
    if len(set(curps)) != len(curps) or seen.intersection(curps):
        return False
    return all(casebook.people.find_by_curp(curp) is None for curp in curps)
