"""How likely two person records are the same person under two CURPs.

A CURP is derived from names, birth date, sex and birth state, so the same person registered
twice usually gets two CURPs only through a slip: a mistyped homoclave, a second surname left
out (its initial becomes X), an accent, "Ma." written for María. Names are compared word by
word after folding accents and expanding the abbreviations people write, both as written and
by how they sound in Spanish (so "Hernández" and "Ernandes" are close), with edit distance
from rapidfuzz. Birth date, sex and place weigh in beside the name.

The score only puts a pair in front of a person: nothing is merged on a score.

Pairs are looked for only among records that share a *block* key, so the search stays small
at a million people. A pair whose birth dates differ by more than one mistyped digit or a
swapped day and month can never score as probable (see ``birth_likeness``), so every key
holds part of the birth date: the same birth date and sex; the same CURP initials and birth year (a
mistyped day or month); the same first surname and first given name by sound with the same
birth year (a mistyped day or month, with the CURP's initials changed too, say by a second
surname left out) or with the same day and month (a mistyped year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Final

from rapidfuzz.distance import Levenshtein

from bienestar_field.domain.name_search import ABBREVIATIONS, tokens

# At or above this score a pair is queued for review.
PROBABLE: Final = 0.85
_WEIGHTS: Final = {"name": 0.55, "birth": 0.25, "sex": 0.10, "place": 0.10}


@dataclass(frozen=True, slots=True)
class PersonTraits:
    """What a comparison reads of a person; ``place`` is the household's locality, if any."""

    nombres: str
    primer_apellido: str
    segundo_apellido: str | None
    birth_date: str  # YYYY-MM-DD
    sex: str
    curp: str
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Likeness:
    score: float  # 0..1
    name: float
    birth: float
    sex: float
    place: float

    @property
    def probable(self) -> bool:
        return self.score >= PROBABLE


def _words(text: str | None) -> list[str]:
    return [ABBREVIATIONS.get(w, w) for w in tokens(text or "")]


_SOUNDS: Final = (
    (re.compile(r"LL"), "Y"),
    (re.compile(r"QU(?=[EI])"), "K"),
    (re.compile(r"C(?=[EI])"), "S"),
    (re.compile(r"GU(?=[EI])"), "G"),
    (re.compile(r"G(?=[EI])"), "J"),
    (re.compile(r"[ZC]"), lambda m: "S" if m.group(0) == "Z" else "K"),
    (re.compile(r"V"), "B"),
    (re.compile(r"W"), "U"),
    (re.compile(r"X"), "J"),
    (re.compile(r"Y(?![AEIOU])"), "I"),
    (re.compile(r"H"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=1 << 16)
def sound(word: str) -> str:
    """A word as it sounds in Mexican Spanish: "HERNANDEZ" and "ERNANDES" both "ERNANDES"."""
    for pattern, replacement in _SOUNDS:
        word = pattern.sub(replacement, word)
    return word


def _similarity(a: list[str], b: list[str]) -> float:
    """0..1: the better of spelling and sound, word order ignored."""
    if not a or not b:
        return 0.0
    spelled = Levenshtein.normalized_similarity(" ".join(sorted(a)), " ".join(sorted(b)))
    a_sound = " ".join(sorted(sound(w) for w in a))
    b_sound = " ".join(sorted(sound(w) for w in b))
    # Sounding alike is a little weaker evidence than being spelled alike.
    sounded = 0.95 * Levenshtein.normalized_similarity(a_sound, b_sound)
    return max(spelled, sounded)


def _given_names(a: list[str], b: list[str]) -> float:
    """Given names; one side may hold only some of the other's ("Guadalupe" for "María
    Guadalupe"), which counts a little less than all of them."""
    whole = _similarity(a, b)
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if shorter and len(shorter) < len(longer):
        part = max(
            _similarity(shorter, longer[i : i + len(shorter)])
            for i in range(len(longer) - len(shorter) + 1)
        )
        whole = max(whole, 0.9 * part)
    return whole


def name_likeness(a: PersonTraits, b: PersonTraits) -> float:
    given = _given_names(_words(a.nombres), _words(b.nombres))
    first = _similarity(_words(a.primer_apellido), _words(b.primer_apellido))
    second_a, second_b = _words(a.segundo_apellido), _words(b.segundo_apellido)
    if second_a and second_b:
        return 0.35 * given + 0.35 * first + 0.30 * _similarity(second_a, second_b)
    # One surname missing on a side is the commonest slip; both missing says nothing either way.
    return 0.95 * (0.5 * given + 0.5 * first)


def birth_likeness(a: str, b: str) -> float:
    if a == b:
        return 1.0
    try:
        da, db = date.fromisoformat(a), date.fromisoformat(b)
    except ValueError:
        return 0.0
    if da.year == db.year and (da.month, da.day) == (db.day, db.month):
        return 0.8  # day and month swapped
    differing = sum(x != y for x, y in zip(a, b, strict=True))
    return 0.7 if differing == 1 else 0.0  # one digit mistyped


def likeness(a: PersonTraits, b: PersonTraits) -> Likeness:
    name = name_likeness(a, b)
    birth = birth_likeness(a.birth_date, b.birth_date)
    sex = 1.0 if a.sex == b.sex else 0.0
    place = 0.5 if a.place is None or b.place is None else float(a.place == b.place)
    score = (
        _WEIGHTS["name"] * name
        + _WEIGHTS["birth"] * birth
        + _WEIGHTS["sex"] * sex
        + _WEIGHTS["place"] * place
    )
    return Likeness(round(score, 4), round(name, 4), birth, sex, place)


def block_keys(traits: PersonTraits) -> set[str]:
    """The blocks a person is compared within (see the module's docstring)."""
    # The same date and sex: a pair of other sexes scores as probable only with names alike
    # enough to share a name block too.
    keys = {f"d:{traits.birth_date}|{traits.sex}"}
    curp = traits.curp.upper()
    if len(curp) >= 6:
        keys.add(f"c:{curp[:4]}{curp[4:6]}")
    first = _words(traits.primer_apellido)
    given = _words(traits.nombres)
    if first and given:
        name = f"{sound(first[0])}|{sound(given[0])}"
        born = traits.birth_date
        keys.add(f"n:{name}|{born[:4]}")
        keys.add(f"m:{name}|{born[5:10]}")
    return keys
