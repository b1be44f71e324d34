"""In-memory name search, tolerant of accents, case, word order, prefixes and one-letter typos.

Names are encrypted on disk, so the index is built from decrypted records after unlock and
lives only in memory. Chosen over a keyed token index on disk because it also finds typos
and prefixes (a keyed index only finds exact words) and leaves no token frequencies on disk.

Typo tolerance uses deletion neighbourhoods (the SymSpell idea): two words within one edit
(insertion, deletion, substitution or adjacent transposition) share a one-deletion variant.
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
_MIN_FUZZY_LENGTH = 4

EXACT, PREFIX, FUZZY = 3, 2, 1


def fold(text: str) -> str:
    """Upper case without accents or tildes: "Peña Núñez" -> "PENA NUNEZ"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()


def tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(text)) if w not in _PARTICLES]


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
        words = tuple(dict.fromkeys(tokens(name)))
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
        return scores

    def search(self, query: str, limit: int = 50) -> list[NameMatch]:
        """Keys whose names match every word of the query, best first."""
        query_words = list(dict.fromkeys(tokens(query)))
        if not query_words:
            return []
        totals: dict[str, int] | None = None
        for word in query_words:
            scores = self._scores_for(word)
            if totals is None:
                totals = scores
            else:
                totals = {k: totals[k] + s for k, s in scores.items() if k in totals}
            if not totals:
                return []
        assert totals is not None
        ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
        return [NameMatch(key, score) for key, score in ranked[:limit]]
