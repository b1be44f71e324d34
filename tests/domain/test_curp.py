"""CURP parsing, validation, derivation from a name, and synthetic identities.

Every CURP here is made up; the derived examples were worked out by hand from the RENAPO
rules and their check digits computed separately from the code under test.
"""

from __future__ import annotations

import pickle
import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.mx import curp as stdnum_curp

from bienestar_field.domain.curp import (
    Curp,
    CurpError,
    InvalidCurp,
    birth_state_codes,
    build_curp,
    curp_check_digit,
    derive_curp_stem,
    is_valid_curp,
    name_mismatches,
    normalize_curp,
    parse_curp,
)
from bienestar_field.domain.people import Sex
from bienestar_field.domain.synthetic import synthetic_identity

TODAY = date(2026, 1, 15)
# Gómez Núñez José Luis, 7 March 1985, man, Jalisco.
GOMEZ = "GONL850307HJCMXS07"


def with_check_digit(first17: str) -> str:
    return first17 + curp_check_digit(first17)


def invalid(text: str, *, today: date = TODAY) -> InvalidCurp:
    with pytest.raises(InvalidCurp) as caught:
        parse_curp(text, today=today)
    return caught.value


def assert_message_is_safe(exc: InvalidCurp, curp: str) -> None:
    message = str(exc)
    value = normalize_curp(curp)
    assert message.endswith(".")
    assert value not in message
    assert value[:10] not in message
    assert value[:4] not in message


# --- valid CURPs ---------------------------------------------------------------------------


def test_parse_reads_birth_date_sex_and_state() -> None:
    curp = parse_curp(GOMEZ, today=TODAY)

    assert curp == Curp(GOMEZ, date(1985, 3, 7), Sex.HOMBRE, "JC")
    assert curp.state_name == "Jalisco"
    assert str(curp) == GOMEZ


def test_parse_accepts_lower_case_and_surrounding_spaces() -> None:
    curp = parse_curp(f"  {GOMEZ.lower()}\t\n", today=TODAY)

    assert curp.value == GOMEZ


def test_internal_spaces_are_not_silently_removed() -> None:
    exc = invalid("GONL 850307HJCMXS07")

    assert exc.reason is CurpError.LENGTH


def test_non_binary_sex_x_is_accepted_although_stdnum_rejects_it() -> None:
    value = "GONL850307XJCMXS01"
    assert not stdnum_curp.is_valid(value)

    curp = parse_curp(value, today=TODAY)

    assert curp.sex is Sex.NO_BINARIO


def test_born_in_2000_or_later_has_a_letter_at_position_17() -> None:
    curp = parse_curp("CUPG031201MDFRXDA7", today=TODAY)

    assert curp.birth_date == date(2003, 12, 1)
    assert curp.sex is Sex.MUJER
    assert curp.state_name == "Ciudad de México"


def test_born_abroad_is_ne() -> None:
    curp = parse_curp("NXLW900401HNEGXX09", today=TODAY)

    assert curp.birth_state == "NE"
    assert curp.state_name == "Nacido en el extranjero"


@pytest.mark.parametrize(
    ("position_17", "year"),
    [("0", 1905), ("7", 1905), ("A", 2005), ("K", 2005)],
)
def test_position_17_resolves_the_century(position_17: str, year: int) -> None:
    curp = parse_curp(with_check_digit("GONL050307HJCMXS" + position_17), today=TODAY)

    assert curp.birth_date == date(year, 3, 7)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("DF", "Ciudad de México"),
        ("MC", "Estado de México"),
        ("NL", "Nuevo León"),
        ("SP", "San Luis Potosí"),
        ("BS", "Baja California Sur"),
    ],
)
def test_state_names_are_for_display(code: str, name: str) -> None:
    curp = parse_curp(with_check_digit(f"GONL850307H{code}MXS0"), today=TODAY)

    assert curp.state_name == name


def test_state_codes_match_the_ones_stdnum_knows() -> None:
    codes = birth_state_codes()

    assert len(codes) == 33
    assert codes == stdnum_curp._valid_states


def test_is_valid_curp() -> None:
    assert is_valid_curp(GOMEZ)
    assert not is_valid_curp("GONL850307HJCMXS08")
    assert not is_valid_curp("")


# --- one test per failure reason -----------------------------------------------------------


@pytest.mark.parametrize("text", ["GONL850307HJCMXS0", "GONL850307HJCMXS077", ""])
def test_wrong_length(text: str) -> None:
    exc = invalid(text)

    assert exc.reason is CurpError.LENGTH
    assert str(exc) == f"La CURP debe tener 18 caracteres; tiene {len(text)}."


@pytest.mark.parametrize(
    ("first17", "mentioned"),
    [
        ("ÑONL850307HJCMXS0", "posición 1"),
        ("GO-L850307HJCMXS0", "posición 3"),
        ("G0NL850307HJCMXS0", "posiciones 1 a 4"),
        ("GRNL850307HJCMXS0", "posición 2"),
        ("GONL85O307HJCMXS0", "posiciones 5 a 10"),
        ("GONL850307HJCAXS0", "posiciones 14 a 16"),
        ("GONL850307HJCMXE0", "posiciones 14 a 16"),
    ],
)
def test_characters_in_the_wrong_place_are_a_format_error(first17: str, mentioned: str) -> None:
    text = first17 + "7"
    exc = invalid(text)

    assert exc.reason is CurpError.FORMAT
    assert mentioned in str(exc)
    assert_message_is_safe(exc, text)


def test_check_digit_must_be_a_number() -> None:
    exc = invalid("GONL850307HJCMXS0A")

    assert exc.reason is CurpError.FORMAT
    assert "posición 18" in str(exc)


def test_position_2_may_be_x() -> None:
    assert parse_curp("NXLW900401HNEGXX09", today=TODAY).value[1] == "X"


def test_inconvenient_word() -> None:
    text = with_check_digit("PEDO700515HPLRMC0")
    exc = invalid(text)

    assert exc.reason is CurpError.INCONVENIENT_WORD
    assert "palabra inconveniente" in str(exc)
    assert_message_is_safe(exc, text)
    assert parse_curp("PXDO700515HPLRMC05", today=TODAY).birth_date == date(1970, 5, 15)


@pytest.mark.parametrize("yymmdd", ["851307", "850230", "850229", "850300"])
def test_impossible_birth_date(yymmdd: str) -> None:
    text = with_check_digit(f"GONL{yymmdd}HJCMXS0")
    exc = invalid(text)

    assert exc.reason is CurpError.DATE
    assert "fecha de nacimiento" in str(exc)
    assert_message_is_safe(exc, text)


def test_future_birth_date_is_rejected() -> None:
    # A letter at position 17 makes "30" mean 2030.
    text = with_check_digit("GONL300101HJCMXSA")
    exc = invalid(text)

    assert exc.reason is CurpError.DATE
    assert "futuro" in str(exc)
    assert "posición 17" in str(exc)
    assert_message_is_safe(exc, text)


def test_born_today_is_not_in_the_future() -> None:
    text = with_check_digit("GONL260115HJCMXSA")

    assert parse_curp(text, today=TODAY).age_on(TODAY) == 0
    assert invalid(text, today=date(2026, 1, 14)).reason is CurpError.DATE


@pytest.mark.parametrize("sex", ["Q", "F", "1"])
def test_sex_other_than_h_m_x(sex: str) -> None:
    text = with_check_digit(f"GONL850307{sex}JCMXS0")
    exc = invalid(text)

    assert exc.reason is CurpError.SEX
    assert "H, M o X" in str(exc)
    assert_message_is_safe(exc, text)


@pytest.mark.parametrize("state", ["ZZ", "MX", "CD", "0F"])
def test_unknown_birth_state(state: str) -> None:
    text = with_check_digit(f"GONL850307H{state}MXS0")
    exc = invalid(text)

    assert exc.reason is CurpError.STATE
    assert "entidad de nacimiento" in str(exc)
    assert_message_is_safe(exc, text)


def test_wrong_check_digit() -> None:
    exc = invalid("GONL850307HJCMXS08")

    assert exc.reason is CurpError.CHECK_DIGIT
    assert "dígito verificador" in str(exc)
    assert_message_is_safe(exc, "GONL850307HJCMXS08")


def test_one_mistyped_character_is_caught_by_the_check_digit() -> None:
    assert invalid("GONL850307HJCMRS07").reason is CurpError.CHECK_DIGIT


def test_renapo_instructivo_example_has_a_wrong_check_digit() -> None:
    assert curp_check_digit("SABC560626MDFLRN0") == "1"
    assert invalid("SABC560626MDFLRN09").reason is CurpError.CHECK_DIGIT
    assert parse_curp("SABC560626MDFLRN01", today=TODAY).birth_date == date(1956, 6, 26)


def test_invalid_curp_survives_pickling() -> None:
    exc = invalid("GONL850307HJCMXS08")

    copy = pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own object, round trip

    assert copy.reason is CurpError.CHECK_DIGIT
    assert str(copy) == str(exc)


# --- check digit ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first17", "digit"),
    [
        ("GONL850307HJCMXS0", "7"),
        ("CUPG031201MDFRXDA", "7"),
        ("XERA991231MOCCZN0", "0"),
        ("NXLW900401HNEGXX0", "9"),
        ("GONL850307XJCMXS0", "1"),
        ("gonl850307hjcmxs0", "7"),
    ],
)
def test_check_digit(first17: str, digit: str) -> None:
    assert curp_check_digit(first17) == digit


@pytest.mark.parametrize("first17", ["GONL850307HJCMXS", "GONL850307HJCMXS07", "GONL850307HJCMX-0"])
def test_check_digit_needs_17_letters_or_numbers(first17: str) -> None:
    with pytest.raises(ValueError, match="17"):
        curp_check_digit(first17)


# --- age -----------------------------------------------------------------------------------


def test_age_turns_on_the_birthday() -> None:
    curp = parse_curp(GOMEZ, today=TODAY)

    assert curp.age_on(date(2025, 3, 6)) == 39
    assert curp.age_on(date(2025, 3, 7)) == 40


def test_age_of_someone_born_on_29_february() -> None:
    curp = parse_curp(with_check_digit("GONL000229XJCMXSA"), today=TODAY)
    assert curp.birth_date == date(2000, 2, 29)

    assert curp.age_on(date(2001, 2, 28)) == 0
    assert curp.age_on(date(2001, 3, 1)) == 1
    assert curp.age_on(date(2004, 2, 28)) == 3
    assert curp.age_on(date(2004, 2, 29)) == 4


# --- deriving from a name ------------------------------------------------------------------

DERIVED = [
    # Ñ inside a surname is X at position 15; JOSE is skipped before LUIS.
    ("Gómez", "Núñez", "José Luis", date(1985, 3, 7), Sex.HOMBRE, "JC", "GONL850307HJCMXS07"),
    # Particles DE LA skipped; MARIA skipped before GUADALUPE; born 2003 so "A".
    (
        "De la Cruz",
        "Peña",
        "María Guadalupe",
        date(2003, 12, 1),
        Sex.MUJER,
        "DF",
        "CUPG031201MDFRXDA7",
    ),
    # Ñ as the initial becomes X.
    ("Ñeco", "Ruiz", "Ana", date(1999, 12, 31), Sex.MUJER, "OC", "XERA991231MOCCZN00"),
    # PEDO is an inconvenient word: its second letter becomes X.
    ("Pérez", "Domínguez", "Octavio", date(1970, 5, 15), Sex.HOMBRE, "PL", "PXDO700515HPLRMC05"),
    # No second surname: X at 3 and 15; JOSE alone is kept.
    ("Hernández", None, "José", date(1950, 1, 20), Sex.HOMBRE, "VZ", "HEXJ500120HVZRXS07"),
    # MA. skipped, then the particles DE LOS; accents folded.
    (
        "Olvera",
        "Ávila",
        "Ma. de los Ángeles",
        date(1962, 8, 9),
        Sex.MUJER,
        "NL",
        "OEAA620809MNLLVN08",
    ),
    # No internal vowel or consonant: X.
    ("Ng", "Li", "Wei", date(1990, 4, 1), Sex.HOMBRE, "NE", "NXLW900401HNEGXX09"),
    # VAN DER, MC and J. skipped.
    (
        "Van der Berg",
        "Mc Gregor",
        "J. Jesús",
        date(1999, 1, 2),
        Sex.HOMBRE,
        "NE",
        "BEGJ990102HNERRS01",
    ),
]


@pytest.mark.parametrize(
    ("primer", "segundo", "nombres", "born", "sex", "state", "expected"), DERIVED
)
def test_derive_and_build_match_hand_worked_examples(
    primer: str,
    segundo: str | None,
    nombres: str,
    born: date,
    sex: Sex,
    state: str,
    expected: str,
) -> None:
    assert derive_curp_stem(primer, segundo, nombres, born, sex, state) == expected[:16]
    assert build_curp(primer, segundo, nombres, born, sex, state) == expected

    curp = parse_curp(expected, today=TODAY)
    assert (curp.birth_date, curp.sex, curp.birth_state) == (born, sex, state)
    assert name_mismatches(curp, primer, segundo, nombres) == []


def test_build_with_homonymy() -> None:
    built = build_curp("Gómez", "Núñez", "José Luis", date(1985, 3, 7), Sex.HOMBRE, "JC", "3")

    assert built[:17] == "GONL850307HJCMXS3"
    assert parse_curp(built, today=TODAY).birth_date == date(1985, 3, 7)


@pytest.mark.parametrize(("born", "homonymy"), [(date(1985, 3, 7), "A"), (date(2003, 3, 7), "5")])
def test_homonymy_must_match_the_century(born: date, homonymy: str) -> None:
    with pytest.raises(ValueError, match="posición 17"):
        build_curp("Gómez", "Núñez", "José Luis", born, Sex.HOMBRE, "JC", homonymy)


def test_single_given_name_maria_is_kept() -> None:
    stem = derive_curp_stem("Ruiz", "Luna", "María", date(1980, 1, 1), Sex.MUJER, "JC")

    assert stem[3] == "M"
    assert stem[15] == "R"


def test_particles_are_skipped_only_at_the_start() -> None:
    stem = derive_curp_stem("Gómez y Farías", None, "Ana", date(1980, 1, 1), Sex.MUJER, "JC")

    assert stem[:4] == "GOXA"
    assert stem[13] == "M"


def test_derive_rejects_bad_input() -> None:
    born = date(1985, 3, 7)
    with pytest.raises(ValueError, match="entidad"):
        derive_curp_stem("Gómez", None, "Ana", born, Sex.MUJER, "XX")
    with pytest.raises(ValueError, match="primer apellido"):
        derive_curp_stem("  ", None, "Ana", born, Sex.MUJER, "JC")
    with pytest.raises(ValueError, match="nombre"):
        derive_curp_stem("Gómez", None, "", born, Sex.MUJER, "JC")
    with pytest.raises(ValueError, match="1900"):
        derive_curp_stem("Gómez", None, "Ana", date(1899, 12, 31), Sex.MUJER, "JC")


# --- name mismatches -----------------------------------------------------------------------


def test_name_matching_the_curp_gives_no_warning() -> None:
    curp = parse_curp(GOMEZ, today=TODAY)

    assert name_mismatches(curp, "GOMEZ", "NUÑEZ", "jose luis") == []


def test_second_given_name_alone_still_matches() -> None:
    curp = parse_curp("CUPG031201MDFRXDA7", today=TODAY)

    assert name_mismatches(curp, "De la Cruz", "Peña", "Guadalupe") == []


def test_different_second_surname_is_reported_with_positions() -> None:
    curp = parse_curp(GOMEZ, today=TODAY)

    warnings = [str(warning) for warning in name_mismatches(curp, "Gómez", "Ibarra", "José Luis")]

    assert len(warnings) == 1
    assert "segundo apellido" in warnings[0]
    assert "posiciones 3 y 15" in warnings[0]
    assert GOMEZ not in warnings[0]


def test_missing_second_surname_is_reported() -> None:
    curp = parse_curp(GOMEZ, today=TODAY)

    warnings = [str(warning) for warning in name_mismatches(curp, "Gómez", None, "José Luis")]

    assert warnings == [
        "La CURP indica un segundo apellido (posiciones 3 y 15), pero no se capturó ninguno."
    ]


def test_each_disagreeing_name_part_gets_one_warning() -> None:
    curp = parse_curp("CUPG031201MDFRXDA7", today=TODAY)

    warnings = [str(warning) for warning in name_mismatches(curp, "Cruz", "Peña", "María")]

    # CRUZ alone gives the same letters as DE LA CRUZ; MARIA alone gives M and R, not G and D.
    assert len(warnings) == 1
    assert warnings[0].startswith("El nombre")
    assert "posiciones 4 y 16" in warnings[0]


def test_first_surname_single_position() -> None:
    curp = parse_curp(GOMEZ, today=TODAY)

    warnings = [str(warning) for warning in name_mismatches(curp, "González", "Núñez", "José Luis")]

    assert warnings == [
        "El primer apellido capturado no coincide con la CURP (posición 14); "
        "revíselo contra el acta de nacimiento."
    ]


# --- synthetic identities ------------------------------------------------------------------


@settings(max_examples=300)
@given(
    seed=st.integers(min_value=0, max_value=2**32 - 1),
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31)),
    min_age=st.integers(min_value=0, max_value=95),
    extra_years=st.integers(min_value=0, max_value=30),
)
def test_every_synthetic_identity_parses_and_agrees(
    seed: int, today: date, min_age: int, extra_years: int
) -> None:
    max_age = min_age + extra_years
    person = synthetic_identity(random.Random(seed), min_age=min_age, max_age=max_age, today=today)

    curp = parse_curp(person.curp, today=today)

    assert curp.value == person.curp
    assert curp.birth_date == person.birth_date
    assert curp.sex is person.sex
    assert curp.birth_state == person.birth_state
    assert min_age <= curp.age_on(today) <= max_age
    assert (
        name_mismatches(curp, person.primer_apellido, person.segundo_apellido, person.nombres) == []
    )
    if person.sex is not Sex.NO_BINARIO:
        assert stdnum_curp.is_valid(person.curp)


def test_synthetic_identities_are_reproducible_from_the_seed() -> None:
    first = [synthetic_identity(random.Random(7), today=TODAY) for _ in range(3)]
    again = [synthetic_identity(random.Random(7), today=TODAY) for _ in range(3)]

    assert first == again


def test_synthetic_identity_uses_the_fields_given() -> None:
    person = synthetic_identity(
        random.Random(1),
        birth_date=date(2000, 2, 29),
        sex=Sex.NO_BINARIO,
        birth_state="ne",
        today=TODAY,
    )

    curp = parse_curp(person.curp, today=TODAY)
    assert (curp.birth_date, curp.sex, curp.birth_state) == (
        date(2000, 2, 29),
        Sex.NO_BINARIO,
        "NE",
    )


def test_synthetic_population_has_the_variety_the_rules_need() -> None:
    rng = random.Random(2026)
    people = [synthetic_identity(rng, today=TODAY) for _ in range(2000)]

    assert any(p.segundo_apellido is None for p in people)
    assert any(p.primer_apellido.startswith("De ") for p in people)
    assert any("ñ" in p.primer_apellido or "ñ" in (p.segundo_apellido or "") for p in people)
    assert any(" " in p.nombres for p in people)
    assert any(p.birth_state == "NE" for p in people)
    assert any(p.birth_date.year >= 2000 for p in people)
    assert {p.sex for p in people} == set(Sex)


def test_synthetic_identity_rejects_impossible_requests() -> None:
    rng = random.Random(1)
    with pytest.raises(ValueError, match="min_age"):
        synthetic_identity(rng, min_age=30, max_age=20, today=TODAY)
    with pytest.raises(ValueError, match="entidad"):
        synthetic_identity(rng, birth_state="XX", today=TODAY)
    with pytest.raises(ValueError, match="posterior"):
        synthetic_identity(rng, birth_date=date(2027, 1, 1), today=TODAY)
