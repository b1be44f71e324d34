"""Synthetic households for the benchmarks, with CURPs unique across everything one run makes.

Built on :func:`bienestar_field.demo.synthetic_household` (made-up people with valid
made-up CURPs). Synthetic CURPs can collide (same initials and birth date), so one pool
tracks every CURP handed out and skips households that would repeat one.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date

from bienestar_field.demo import synthetic_household
from bienestar_field.domain.households import Household
from bienestar_field.domain.synthetic import synthetic_identity


@dataclass
class Pool:
    rng: random.Random
    today: date
    seen: set[str] = field(default_factory=set)

    def _take(self, household: Household) -> bool:
        curps = [m.curp for m in household.members]
        if len(set(curps)) != len(curps) or self.seen.intersection(curps):
            return False
        self.seen.update(curps)
        return True

    def household(self) -> Household:
        while True:
            household = synthetic_household(self.rng, self.today)
            if self._take(household):
                return household

    def households_for_persons(self, persons: int) -> list[Household]:
        """Households holding ``persons`` people in all (the last one trimmed to fit)."""
        made: list[Household] = []
        total = 0
        while total < persons:
            household = self.household()
            room = persons - total
            if len(household.members) > room:
                household.members = household.members[:room]  # the head always stays first
            made.append(household)
            total += len(household.members)
        return made

    def households(self, count: int) -> list[Household]:
        return [self.household() for _ in range(count)]

    def five_member_households(self, count: int) -> list[Household]:
        """Households of exactly five: the head, then the first four other members drawn."""
        made: list[Household] = []
        while len(made) < count:
            household = synthetic_household(self.rng, self.today)
            if len(household.members) < 5:
                continue
            household.members = household.members[:5]
            if self._take(household):
                made.append(household)
        return made

    def absent_curps(self, count: int) -> list[str]:
        """Valid CURPs of nobody in the casebook."""
        curps: list[str] = []
        while len(curps) < count:
            curp = synthetic_identity(self.rng, today=self.today).curp
            if curp not in self.seen:
                self.seen.add(curp)
                curps.append(curp)
        return curps


def copy_households(households: list[Household]) -> list[Household]:
    """Fresh copies (registering fills in ids, folios and stamps on the objects it gets)."""
    return [
        replace(h, id="", members=[replace(m, id="", household_id=None) for m in h.members])
        for h in households
    ]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _typo(rng: random.Random, word: str) -> str:
    """One edit: a substitution, a deletion or a swap of neighbours, never on the first letter."""
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        letters = "aeiourlnsz"
        return word[:i] + rng.choice([c for c in letters if c != word[i]]) + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def name_queries(rng: random.Random, households: list[Household], count: int) -> list[str]:
    """What people type: full names, given name and surname, accents dropped, prefixes, typos."""
    persons = [m for h in households for m in h.members]
    queries: list[str] = []
    kinds = ("full", "name_surname", "folded_lower", "surnames", "prefixes", "typo", "absent")
    for i in range(count):
        person = rng.choice(persons)
        given = person.nombres.split()[0]
        surnames = [person.primer_apellido] + (
            [person.segundo_apellido] if person.segundo_apellido else []
        )
        kind = kinds[i % len(kinds)]
        if kind == "full":
            query = " ".join([person.nombres, *surnames])
        elif kind == "name_surname":
            query = f"{given} {person.primer_apellido}"
        elif kind == "folded_lower":
            query = _fold(f"{person.nombres} {person.primer_apellido}").lower()
        elif kind == "surnames":
            query = " ".join(surnames)
        elif kind == "prefixes":
            query = " ".join(w[:4] for w in (given, person.primer_apellido))
        elif kind == "typo":
            query = f"{given} {_typo(rng, person.primer_apellido.split()[-1])}"
        else:
            query = rng.choice(("Zacarías Quintanilla", "Wenceslao Urquidi", "Yadira Xolalpa"))
        queries.append(query)
    return queries
