"""The CURP (*Clave Única de Registro de Población*): parse, validate, derive and build.

Validation builds on python-stdnum's ``stdnum.mx.curp`` (its inconvenient-word list, its
century rule for the birth date and its check-digit calculation) and adds what the field
needs: sex ``X``, no birth dates in the future, position 2 a vowel or X, positions 14-16
consonants or X, state names, and one precise sentence per failure (a translatable
:class:`~bienestar_field.domain.text.Text`) that never repeats the CURP itself (exception
messages end up in logs).

Deriving the first 16 characters from a name follows the RENAPO *Instructivo normativo*:
leading particles (DE, LA, MC, VAN...) are skipped, MARIA/JOSE are skipped when another
given name follows, accents are folded, Ñ becomes X and inconvenient words get an X.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from importlib.resources import files

from bienestar_field.domain.people import Sex
from bienestar_field.domain.people import age_on as _age_on
from bienestar_field.domain.text import Text, TextError, text

BORN_ABROAD = "NE"
"""Birth-state code for people born outside Mexico (*nacido en el extranjero*)."""

_LENGTH = 18
_VOWELS = frozenset("AEIOU")
_CONSONANTS = frozenset("BCDFGHJKLMNPQRSTVWXYZ")
_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DIGITS = frozenset("0123456789")


@cache
def _inconvenient_words() -> frozenset[str]:
    """RENAPO's Anexo 2 list, which stdnum keeps private: reused rather than copied.

    stdnum is imported on first use because stdnum.util imports pydoc, tens of milliseconds
    of the app's start.
    """
    from stdnum.mx import curp as stdnum_curp

    return frozenset(stdnum_curp._name_blacklist)


# Leading words RENAPO skips in compound surnames and given names ("DE LA CRUZ" -> CRUZ).
# fmt: off
_PARTICLES = frozenset({
    "DA", "DAS", "DE", "DEL", "DER", "DI", "DIE", "DD", "EL", "LA",
    "LOS", "LAS", "LE", "LES", "MAC", "MC", "VAN", "VON", "Y",
})
# fmt: on
# Skipped as the first given name when another one follows ("MARIA GUADALUPE" -> G).
_SKIPPED_FIRST_NAMES = frozenset({"MARIA", "MA.", "MA", "JOSE", "J.", "J"})
_WORD_SEPARATORS = re.compile(r"[\s\-/]+")
_NOT_A_LETTER = re.compile(r"[^A-ZÑ]")

# states.json carries upper-case names without accents; these are the words that need one.
_ACCENTED_WORDS = {
    "MEXICO": "México",
    "MICHOACAN": "Michoacán",
    "LEON": "León",
    "QUERETARO": "Querétaro",
    "POTOSI": "Potosí",
    "YUCATAN": "Yucatán",
}
_LOWER_CASE_WORDS = frozenset({"DE", "DEL", "LA", "LAS", "LOS", "EL", "EN", "Y"})


class CurpError(StrEnum):
    """Which rule a CURP broke."""

    LENGTH = "length"
    FORMAT = "format"
    INCONVENIENT_WORD = "inconvenient_word"
    DATE = "date"
    SEX = "sex"
    STATE = "state"
    CHECK_DIGIT = "check_digit"


class InvalidCurp(TextError):
    """A CURP that cannot be accepted: which rule it broke, and ``text``, one sentence that
    does not repeat the CURP (``str()`` is its Spanish)."""

    def __init__(self, reason: CurpError, message: Text) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[InvalidCurp], tuple[CurpError, Text]]:  # type: ignore[override]
        return (type(self), (self.reason, self.text))


@dataclass(frozen=True, slots=True)
class Curp:
    """A CURP that passed :func:`parse_curp`, with what it says about its holder."""

    value: str
    birth_date: date
    sex: Sex
    birth_state: str

    @property
    def state_name(self) -> str:
        """Display name of the birth state, e.g. "Ciudad de México" for DF."""
        return _state_names()[self.birth_state]

    def age_on(self, on: date) -> int:
        """Completed years on ``on``."""
        return _age_on(self.birth_date, on)

    def __str__(self) -> str:
        return self.value


def normalize_curp(text: str) -> str:
    """Strip surrounding whitespace and upper-case; no validation."""
    return text.strip().upper()


def parse_curp(typed: str, *, today: date | None = None) -> Curp:
    """Validate ``typed`` as a CURP and return what it encodes; raise :class:`InvalidCurp`.

    Lower case and surrounding spaces are accepted. ``today`` (default: the system date)
    bounds the birth date: a birth date after it is rejected.
    """
    value = normalize_curp(typed)
    if len(value) != _LENGTH:
        raise InvalidCurp(
            CurpError.LENGTH,
            text(
                "La CURP debe tener {expected} caracteres; tiene {length}.",
                expected=_LENGTH,
                length=len(value),
            ),
        )
    _check_format(value)
    if value[:4] in _inconvenient_words():
        raise InvalidCurp(
            CurpError.INCONVENIENT_WORD,
            text(
                "Las primeras cuatro letras de la CURP forman una palabra inconveniente que "
                "RENAPO nunca asigna (en su lugar la segunda letra es X)."
            ),
        )
    birth_date = _birth_date(value)
    if birth_date > (today or date.today()):
        raise InvalidCurp(
            CurpError.DATE,
            text(
                "La fecha de nacimiento de la CURP (posiciones 5 a 10) queda en el futuro; "
                "revise el año y la posición 17, que indica el siglo."
            ),
        )
    if value[10] not in {s.value for s in Sex}:
        raise InvalidCurp(
            CurpError.SEX, text("La posición 11 de la CURP (sexo) debe ser H, M o X.")
        )
    state = value[11:13]
    if state not in _state_names():
        raise InvalidCurp(
            CurpError.STATE,
            text(
                "Las posiciones 12 y 13 de la CURP no son una clave de entidad de nacimiento "
                "(por ejemplo DF, JC, o NE para quien nació en el extranjero)."
            ),
        )
    if value[17] != curp_check_digit(value[:17]):
        # The expected digit is left out on purpose: showing it invites "fixing" the last
        # digit instead of finding the mistyped character.
        raise InvalidCurp(
            CurpError.CHECK_DIGIT,
            text(
                "El dígito verificador no coincide: la posición 18 no corresponde a los otros "
                "17 caracteres, así que alguno está mal capturado."
            ),
        )
    return Curp(value=value, birth_date=birth_date, sex=Sex(value[10]), birth_state=state)


def is_valid_curp(text: str) -> bool:
    """Whether :func:`parse_curp` accepts ``text`` today."""
    try:
        parse_curp(text)
    except InvalidCurp:
        return False
    return True


def curp_check_digit(first17: str) -> str:
    """The 18th character for the given first 17 (RENAPO's weighted sum modulo 10)."""
    chars = normalize_curp(first17)
    if len(chars) != _LENGTH - 1 or not set(chars) <= _ALPHANUMERIC:
        raise ValueError("El cálculo del dígito verificador necesita 17 letras o números.")
    from stdnum.mx import curp as stdnum_curp

    return str(stdnum_curp.calc_check_digit(chars))


def derive_curp_stem(
    primer_apellido: str,
    segundo_apellido: str | None,
    nombres: str,
    birth_date: date,
    sex: Sex,
    birth_state: str,
) -> str:
    """The first 16 characters RENAPO would assign to this person.

    Raises ``ValueError`` when the first surname or the given names have no letters, the
    birth state is not a RENAPO code, or the year is outside 1900-2099 (position 17 can
    only tell those two centuries apart).
    """
    if not _significant_word(primer_apellido, given_names=False):
        raise ValueError("El primer apellido no tiene letras con las que formar la CURP.")
    if not _significant_word(nombres, given_names=True):
        raise ValueError("El nombre no tiene letras con las que formar la CURP.")
    state = birth_state.strip().upper()
    if state not in _state_names():
        raise ValueError("La entidad de nacimiento no es una clave RENAPO válida.")
    if not 1900 <= birth_date.year <= 2099:
        raise ValueError("La CURP solo admite años de nacimiento entre 1900 y 2099.")
    letters = _name_letters(primer_apellido, segundo_apellido, nombres)
    return f"{letters[:4]}{birth_date:%y%m%d}{Sex(sex).value}{state}{letters[4:]}"


def build_curp(
    primer_apellido: str,
    segundo_apellido: str | None,
    nombres: str,
    birth_date: date,
    sex: Sex,
    birth_state: str,
    homonymy: str | None = None,
) -> str:
    """A complete 18-character CURP: the derived stem, position 17 and the check digit.

    Position 17 (``homonymy``) defaults to "0" for births up to 1999 and "A" from 2000;
    RENAPO assigns other values to tell homonyms apart. It must be a digit before 2000
    and a letter from 2000, since that is how the century is read back.
    """
    stem = derive_curp_stem(
        primer_apellido, segundo_apellido, nombres, birth_date, sex, birth_state
    )
    born_2000_or_later = birth_date.year >= 2000
    if homonymy is None:
        homonymy = "A" if born_2000_or_later else "0"
    homonymy = homonymy.upper()
    allowed = _LETTERS if born_2000_or_later else _DIGITS
    if len(homonymy) != 1 or homonymy not in allowed:
        raise ValueError(
            "La posición 17 de la CURP debe ser una letra para nacimientos desde 2000 "
            "y un número para nacimientos hasta 1999."
        )
    first17 = stem + homonymy
    return first17 + curp_check_digit(first17)


def name_mismatches(
    curp: Curp, primer_apellido: str, segundo_apellido: str | None, nombres: str
) -> list[Text]:
    """Warnings where the captured name disagrees with positions 1-4 and 14-16.

    Only a warning: names are captured as on the birth certificate, and older CURPs were
    sometimes assigned under other rules. An empty list means they agree.
    """
    expected = _name_letters(primer_apellido, segundo_apellido, nombres)
    actual = curp.value[:4] + curp.value[13:16]
    second_missing = not _significant_word(segundo_apellido or "", given_names=False)
    # Per name part: (index into the 7 name letters, CURP position) pairs.
    parts: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
        ("primer", ((0, 1), (1, 2), (4, 14))),
        ("segundo", ((2, 3), (5, 15))),
        ("nombre", ((3, 4), (6, 16))),
    )
    warnings: list[Text] = []
    for part, pairs in parts:
        wrong = [position for index, position in pairs if expected[index] != actual[index]]
        if not wrong:
            continue
        if part == "segundo" and second_missing:
            warnings.append(
                text(
                    "La CURP indica un segundo apellido (posiciones 3 y 15), "
                    "pero no se capturó ninguno."
                )
            )
        else:
            warnings.append(_name_part_mismatch(part, _positions_text(wrong)))
    return warnings


def _name_part_mismatch(part: str, positions: Text) -> Text:
    # One whole sentence per part, so a translation can agree with its noun.
    if part == "primer":
        return text(
            "El primer apellido capturado no coincide con la CURP ({positions}); "
            "revíselo contra el acta de nacimiento.",
            positions=positions,
        )
    if part == "segundo":
        return text(
            "El segundo apellido capturado no coincide con la CURP ({positions}); "
            "revíselo contra el acta de nacimiento.",
            positions=positions,
        )
    return text(
        "El nombre capturado no coincide con la CURP ({positions}); "
        "revíselo contra el acta de nacimiento.",
        positions=positions,
    )


def birth_state_codes() -> frozenset[str]:
    """Every code positions 12-13 may hold: the 32 states (CDMX is DF) and NE."""
    return frozenset(_state_names())


def _check_format(value: str) -> None:
    """Raise FORMAT for a character in the wrong place; ``value`` has 18 characters."""
    for position, char in enumerate(value, start=1):
        if char not in _ALPHANUMERIC:
            raise InvalidCurp(
                CurpError.FORMAT,
                text(
                    "La CURP solo lleva letras sin acento (sin Ñ) y números; la posición "
                    "{position} tiene otro carácter.",
                    position=position,
                ),
            )
    rules: tuple[tuple[slice, frozenset[str], Text], ...] = (
        (
            slice(0, 4),
            _LETTERS,
            text(
                "Las posiciones 1 a 4 de la CURP deben ser letras "
                "(iniciales de los apellidos y del nombre)."
            ),
        ),
        (
            slice(1, 2),
            _VOWELS | {"X"},
            text(
                "La posición 2 de la CURP debe ser una vocal o X "
                "(la primera vocal interna del primer apellido)."
            ),
        ),
        (
            slice(4, 10),
            _DIGITS,
            text(
                "Las posiciones 5 a 10 de la CURP deben ser números "
                "(la fecha de nacimiento, AAMMDD)."
            ),
        ),
        (
            slice(13, 16),
            _CONSONANTS,
            text(
                "Las posiciones 14 a 16 de la CURP deben ser consonantes o X "
                "(consonantes internas de los apellidos y del nombre)."
            ),
        ),
        (
            slice(17, 18),
            _DIGITS,
            text("La posición 18 de la CURP (el dígito verificador) debe ser un número."),
        ),
    )
    for where, allowed, message in rules:
        if not set(value[where]) <= allowed:
            raise InvalidCurp(CurpError.FORMAT, message)


def _birth_date(value: str) -> date:
    """Positions 5-10, with the century from position 17 (digit: 1900s, letter: 2000s)."""
    from stdnum.exceptions import ValidationError
    from stdnum.mx import curp as stdnum_curp

    try:
        birth: date = stdnum_curp.get_birth_date(value)
    except ValidationError:
        raise InvalidCurp(
            CurpError.DATE,
            text(
                "Las posiciones 5 a 10 de la CURP no forman una fecha de nacimiento "
                "válida (AAMMDD)."
            ),
        ) from None
    return birth


def _fold(text: str) -> str:
    """Upper-case without accents, keeping Ñ (it is a letter of its own, not an accented N)."""
    folded: list[str] = []
    for char in unicodedata.normalize("NFC", text).upper():
        if char == "Ñ":
            folded.append(char)
        else:
            decomposed = unicodedata.normalize("NFD", char)
            folded.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(folded)


def _significant_word(text: str, *, given_names: bool) -> str:
    """The word of a surname or given names that the CURP takes its letters from."""
    tokens = [
        (token, _NOT_A_LETTER.sub("", token)) for token in _WORD_SEPARATORS.split(_fold(text))
    ]
    words = [(raw, letters) for raw, letters in tokens if letters]
    if not words:
        return ""
    index = 0
    if given_names and len(words) > 1 and words[0][0] in _SKIPPED_FIRST_NAMES:
        index = 1
    while index < len(words) - 1 and words[index][1] in _PARTICLES:
        index += 1
    return words[index][1]


def _x_for_enye(char: str) -> str:
    return "X" if char == "Ñ" else char


def _first_internal(word: str, kind: frozenset[str]) -> str:
    for char in word[1:]:
        if char in kind:
            return _x_for_enye(char)
    return "X"


def _name_letters(primer_apellido: str, segundo_apellido: str | None, nombres: str) -> str:
    """Positions 1-4 followed by 14-16; a missing part contributes X."""
    first = _significant_word(primer_apellido, given_names=False)
    second = _significant_word(segundo_apellido or "", given_names=False)
    given = _significant_word(nombres, given_names=True)
    consonants = _CONSONANTS | {"Ñ"}
    initials = (
        (_x_for_enye(first[0]) if first else "X")
        + (_first_internal(first, _VOWELS) if first else "X")
        + (_x_for_enye(second[0]) if second else "X")
        + (_x_for_enye(given[0]) if given else "X")
    )
    if initials in _inconvenient_words():
        initials = initials[0] + "X" + initials[2:]
    return initials + "".join(
        _first_internal(word, consonants) if word else "X" for word in (first, second, given)
    )


def _positions_text(positions: list[int]) -> Text:
    if len(positions) == 1:
        return text("posición {position}", position=positions[0])
    listed = ", ".join(str(p) for p in positions[:-1])
    return text("posiciones {positions} y {last}", positions=listed, last=positions[-1])


def _display_state_name(name: str) -> str:
    words = name.split()
    shown = [
        word.lower()
        if index > 0 and word in _LOWER_CASE_WORDS
        else _ACCENTED_WORDS.get(word, word.capitalize())
        for index, word in enumerate(words)
    ]
    return " ".join(shown)


@cache
def _state_names() -> dict[str, str]:
    """RENAPO state code -> display name, from the packaged catalog, plus NE."""
    catalog = files("bienestar_field.resources.catalogs").joinpath("states.json")
    entries = json.loads(catalog.read_text(encoding="utf-8"))
    names = {str(e["code"]): _display_state_name(str(e["name"])) for e in entries}
    names[BORN_ABROAD] = "Nacido en el extranjero"
    return names


__all__ = [
    "BORN_ABROAD",
    "Curp",
    "CurpError",
    "InvalidCurp",
    "birth_state_codes",
    "build_curp",
    "curp_check_digit",
    "derive_curp_stem",
    "is_valid_curp",
    "name_mismatches",
    "normalize_curp",
    "parse_curp",
]
