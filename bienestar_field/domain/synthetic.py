"""Made-up people with valid CURPs, for demos, tests and benchmarks; never real people.

Everything comes from the ``random.Random`` passed in, so a seeded generator (and a fixed
``today``) always gives the same people. Names are common Mexican given names and
surnames in display form (Title Case, accents and Ñ kept), including compound given names
and surnames with particles, so the CURP rules get exercised.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from bienestar_field.domain.curp import BORN_ABROAD, birth_state_codes, build_curp
from bienestar_field.domain.people import Sex

_FEMALE_NAMES: tuple[str, ...] = (
    "María Guadalupe",
    "Guadalupe",
    "María",
    "Juana",
    "Margarita",
    "Verónica",
    "Rosa María",
    "Leticia",
    "Patricia",
    "Alejandra",
    "María del Carmen",
    "Ana María",
    "Gabriela",
    "Ximena",
    "Sofía",
    "Valentina",
    "Camila",
    "Regina",
    "María José",
    "Itzel",
    "Xóchitl",
    "Araceli",
    "Yolanda",
    "Adriana",
    "Ma. de los Ángeles",
    "Josefina",
    "Lucía",
    "Citlali",
)
_MALE_NAMES: tuple[str, ...] = (
    "José Luis",
    "Juan",
    "José",
    "Francisco",
    "Miguel Ángel",
    "Jesús",
    "Antonio",
    "Alejandro",
    "Pedro",
    "Juan Carlos",
    "Ricardo",
    "Manuel",
    "Fernando",
    "Jorge",
    "Santiago",
    "Mateo",
    "Sebastián",
    "Emiliano",
    "Diego",
    "Cuauhtémoc",
    "José de Jesús",
    "J. Refugio",
    "Raúl",
    "Héctor",
    "Efraín",
    "Ángel",
)
_SURNAMES: tuple[str, ...] = (
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Reyes",
    "Jiménez",
    "Torres",
    "Díaz",
    "Gutiérrez",
    "Ruiz",
    "Mendoza",
    "Aguilar",
    "Ortiz",
    "Moreno",
    "Álvarez",
    "Chávez",
    "Juárez",
    "Domínguez",
    "Guzmán",
    "Muñoz",
    "Núñez",
    "Peña",
    "Ibarra",
    "Avendaño",
    "Ordóñez",
    "Yáñez",
    "Ávila",
    "Ángeles",
    "De la Cruz",
    "De la Rosa",
    "Del Ángel",
    "De León",
    "De los Santos",
)
_NO_SECOND_SURNAME = 0.10
_NON_BINARY = 0.01
_BORN_ABROAD = 0.02
# Most people get RENAPO's first homonymy value; a few get another so tests see variety.
_OTHER_HOMONYMY = 0.10
_EARLIEST_BIRTH = date(1900, 1, 1)  # position 17 cannot express earlier centuries


@dataclass(frozen=True, slots=True)
class SyntheticIdentity:
    """A made-up person and the CURP their data yields."""

    nombres: str
    primer_apellido: str
    segundo_apellido: str | None
    birth_date: date
    sex: Sex
    birth_state: str  # RENAPO code, or NE
    curp: str


def synthetic_identity(
    rng: random.Random,
    *,
    birth_date: date | None = None,
    sex: Sex | None = None,
    birth_state: str | None = None,
    min_age: int = 0,
    max_age: int = 95,
    today: date | None = None,
) -> SyntheticIdentity:
    """A made-up person; any field given is used as is, the rest drawn from ``rng``.

    Without ``birth_date`` the person is between ``min_age`` and ``max_age`` years old
    (inclusive) on ``today`` (default: the system date; pass it for reproducible output).
    """
    today = today or date.today()
    if birth_date is None:
        birth_date = _random_birth_date(rng, min_age=min_age, max_age=max_age, today=today)
    elif birth_date > today:
        raise ValueError("La fecha de nacimiento no puede ser posterior a hoy.")
    if sex is None:
        roll = rng.random()
        sex = Sex.NO_BINARIO if roll < _NON_BINARY else rng.choice((Sex.HOMBRE, Sex.MUJER))
    birth_state = _birth_state(rng, birth_state)

    if sex is Sex.MUJER:
        names = _FEMALE_NAMES
    elif sex is Sex.HOMBRE:
        names = _MALE_NAMES
    else:
        names = rng.choice((_FEMALE_NAMES, _MALE_NAMES))
    nombres = rng.choice(names)
    primer_apellido = rng.choice(_SURNAMES)
    segundo_apellido = None if rng.random() < _NO_SECOND_SURNAME else rng.choice(_SURNAMES)

    homonymy = None
    if rng.random() < _OTHER_HOMONYMY:
        homonymy = rng.choice(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if birth_date.year >= 2000 else "0123456789"
        )
    curp = build_curp(
        primer_apellido, segundo_apellido, nombres, birth_date, sex, birth_state, homonymy
    )
    return SyntheticIdentity(
        nombres=nombres,
        primer_apellido=primer_apellido,
        segundo_apellido=segundo_apellido,
        birth_date=birth_date,
        sex=sex,
        birth_state=birth_state,
        curp=curp,
    )


def _random_birth_date(rng: random.Random, *, min_age: int, max_age: int, today: date) -> date:
    if not 0 <= min_age <= max_age:
        raise ValueError("Se necesita 0 <= min_age <= max_age.")
    latest = _years_before(today, min_age)
    # The day after someone turns max_age + 1 is the earliest birth still max_age today.
    earliest = max(_years_before(today, max_age + 1) + timedelta(days=1), _EARLIEST_BIRTH)
    if latest < earliest:
        raise ValueError("No hay fechas de nacimiento desde 1900 con esas edades.")
    return earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier; 29 February falls back to the 28th."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _birth_state(rng: random.Random, requested: str | None) -> str:
    codes = birth_state_codes()
    if requested is not None:
        code = requested.strip().upper()
        if code not in codes:
            raise ValueError("La entidad de nacimiento no es una clave RENAPO válida.")
        return code
    if rng.random() < _BORN_ABROAD:
        return BORN_ABROAD
    # Sorted: set order changes between interpreter runs and would break reproducibility.
    return rng.choice(sorted(codes - {BORN_ABROAD}))


__all__ = ["SyntheticIdentity", "synthetic_identity"]
