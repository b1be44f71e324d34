"""In-memory name search, tolerant of accents, case, word order, prefixes and one-letter typos.

Names are encrypted on disk, so the index is built from decrypted records after unlock and
lives only in memory. Chosen over a keyed token index on disk because it also finds typos
and prefixes (a keyed index only finds exact words) and leaves no token frequencies on disk.

Typo tolerance uses deletion neighbourhoods (the SymSpell idea): two words within one edit
(insertion, deletion, substitution or adjacent transposition) share a one-deletion variant.

Names are written as people write them: "Ma. Guadalupe", "Gpe.", "J. Luis", "Dela Cruz". Common
abbreviations of given names count as the name they stand for (on both sides), a lone initial
in a query matches any word it starts, and particles typed together ("dela", "delos") or joined
to the surname ("Delacruz") find the name written apart.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[A-Z0-9]+")
# Words too common in names to narrow a search on their own.
_PARTICLES = frozenset({"DE", "DEL", "LA", "LAS", "LOS", "Y", "MC", "VAN", "VON"})
# Particles written as one word: "dela Cruz", "delos Santos".
_JOINED_PARTICLES = frozenset({"DELA", "DELAS", "DELOS"})
# Abbreviations of given names as they are written on forms and lists (RENAPO skips MA. and
# J. when deriving a CURP for the same reason: they stand for María and José).
ABBREVIATIONS = {
    "MA": "MARIA",
    "GPE": "GUADALUPE",
    "LUPE": "GUADALUPE",
    "FCO": "FRANCISCO",
    "PACO": "FRANCISCO",
    "PANCHO": "FRANCISCO",
    "CHUY": "JESUS",
    "CONCHA": "CONCEPCION",
}
_MIN_FUZZY_LENGTH = 4

EXACT, PREFIX, FUZZY, INITIAL = 3, 2, 1, 1


def fold(text: str) -> str:
    """Upper case without accents or tildes: "Peña Núñez" -> "PENA NUNEZ"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()


def tokens(text: str) -> list[str]:
    """The words that identify a name: folded, without particles."""
    return [
        w for w in _WORD.findall(fold(text)) if w not in _PARTICLES and w not in _JOINED_PARTICLES
    ]


def _indexed_words(name: str) -> tuple[str, ...]:
    words = tokens(name)
    expanded = [ABBREVIATIONS[w] for w in words if w in ABBREVIATIONS]
    return tuple(dict.fromkeys([*words, *expanded, *_joined_surnames(name)]))


def _joined_surnames(text: str) -> list[str]:
    """ "de la Cruz" also as "DELACRUZ", the way it is sometimes written or typed."""
    words = _WORD.findall(fold(text))
    joined: list[str] = []
    run: list[str] = []
    for word in words:
        if word in _PARTICLES or word in _JOINED_PARTICLES:
            run.append(word)
            continue
        if run and run[-1] != "Y":
            joined.append("".join(run) + word)
        run = []
    return joined


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass(frozen=True, slots=True)
class NameMatch:
    key: str
    score: int


class NameIndex:
    """Maps words of people's names to opaque keys (person ids)."""

    def __init__(self) -> None:
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._variants: dict[str, set[str]] = defaultdict(set)
        self._sorted_words: list[str] = []
        self._sorted_dirty = False
        self._words_of: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self._words_of)

    def add(self, key: str, name: str) -> None:
        if key in self._words_of:
            self.remove(key)
        words = _indexed_words(name)
        self._words_of[key] = words
        for word in words:
            if word not in self._postings:
                self._sorted_dirty = True
                self._variants[word].add(word)
                if len(word) >= _MIN_FUZZY_LENGTH:
                    for variant in _deletions(word):
                        self._variants[variant].add(word)
            self._postings[word].add(key)

    def remove(self, key: str) -> None:
        for word in self._words_of.pop(key, ()):
            posting = self._postings.get(word)
            if posting is not None:
                posting.discard(key)
        # Words left with no posting stay as harmless dead entries until the next rebuild.

    def add_many(self, items: Iterable[tuple[str, str]]) -> None:
        for key, name in items:
            self.add(key, name)

    def _words_with_prefix(self, prefix: str) -> list[str]:
        if self._sorted_dirty:
            self._sorted_words = sorted(self._postings)
            self._sorted_dirty = False
        start = bisect.bisect_left(self._sorted_words, prefix)
        found = []
        for word in self._sorted_words[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def _scores_for(self, query_word: str) -> dict[str, int]:
        scores: dict[str, int] = {}

        def credit(words: Iterable[str], score: int) -> None:
            for word in words:
                for key in self._postings.get(word, ()):
                    if scores.get(key, 0) < score:
                        scores[key] = score

        if len(query_word) >= _MIN_FUZZY_LENGTH:
            fuzzy: set[str] = set(self._variants.get(query_word, ()))
            for variant in _deletions(query_word):
                fuzzy |= self._variants.get(variant, set())
            credit(fuzzy, FUZZY)
        if len(query_word) >= 2:
            credit(self._words_with_prefix(query_word), PREFIX)
        credit((query_word,), EXACT)
        expansion = ABBREVIATIONS.get(query_word)
        if expansion is not None:
            credit((expansion,), EXACT)
        return scores

    def search(self, query: str, limit: int = 50) -> list[NameMatch]:
        """Keys whose names match every word of the query, best first.

        Best means the most words matched exactly (then by prefix, then with a typo), and among
        equals the name with fewest words besides the ones asked for.
        """
        query_words = list(dict.fromkeys(tokens(query)))
        words = [w for w in query_words if len(w) > 1]
        # A lone initial ("J. Pérez") narrows what the other words found; on its own it would
        # list everyone whose name has a word starting with that letter.
        initials = [w for w in query_words if len(w) == 1] if words else []
        if not words:
            return []
        totals: dict[str, int] | None = None
        for word in words:
            scores = self._scores_for(word)
            if totals is None:
                totals = scores
            else:
                totals = {k: totals[k] + s for k, s in scores.items() if k in totals}
            if not totals:
                return []
        assert totals is not None
        for initial in initials:
            totals = {
                key: score + INITIAL
                for key, score in totals.items()
                if any(w.startswith(initial) for w in self._words_of.get(key, ()))
            }
        asked = len(words) + len(initials)
        ranked = sorted(
            totals.items(),
            key=lambda item: (-item[1], len(self._words_of.get(item[0], ())) - asked, item[0]),
        )
        return [NameMatch(key, score) for key, score in ranked[:limit]]
