"""Sentences the domain says to people, kept translatable without Qt.

The domain explains itself in words: a field error ("La fecha de nacimiento no coincide con
la CURP (la CURP indica 05/03/1990)."), why a person does or does not qualify for a program.
It may not import Qt, yet the UI must show those words in the reader's language, so it
returns a :class:`Text` rather than a finished string: the Spanish source sentence with
named placeholders (``{age}``) and the values that fill them.

* ``str(text)`` is the Spanish sentence, for the command line, logs and tests.
* The UI renders it through Qt's catalogue: the template is looked up in the context
  ``"domain"`` and the placeholders are filled afterwards, so a translation may move them.
* A value that is a word or phrase (a sex, a school level, a list joined with "o") is itself
  a ``Text`` and is translated the same way; plain values (numbers, dates, place names,
  codes) are never translated. Dates are shown DD/MM/AAAA in every language.
* Words that come from catalog data (a document's name, a program with its English gloss, a
  condition to verify in the field) cannot be in the ``.ts`` catalogues, because a catalog
  update brings new ones: they arrive as :class:`Localized`, which carries its own English,
  and the renderer picks the language asked for.

Templates are found by reading the source, not by running it: ``tools/translations.py``
collects the first argument of every :func:`text` call with ``ast`` and puts it in the
``.ts`` catalogues, so that argument must be a string literal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeAlias

Value: TypeAlias = "str | int | date | Text | Localized"
"""What fills a placeholder: a ``Text`` is translated, a ``Localized`` shown in the language
asked for, anything else shown as it is."""

Translate: TypeAlias = Callable[[str], str]
"""Template in Spanish -> template in the language shown (same placeholders)."""

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


SPANISH = "es"
ENGLISH = "en"


def _spanish(template: str) -> str:
    return template


@dataclass(frozen=True, slots=True)
class Localized:
    """A word or phrase of catalog data in Spanish and, when the catalog gives it, English.

    ``str()`` is the Spanish (the catalog's source language, kept for the command line, logs
    and stored values); :meth:`in_language` falls back to it where no English was given, so
    an older catalog still reads, in Spanish.
    """

    es: str
    en: str = ""

    def in_language(self, language: str) -> str:
        """``language`` as the app names it: ``"en"``, ``"es_MX"``; anything not English
        reads Spanish."""
        if language.startswith(ENGLISH) and self.en:
            return self.en
        return self.es

    def __str__(self) -> str:
        return self.es


@dataclass(frozen=True, slots=True)
class Text:
    """A sentence or phrase: a Spanish template with ``{name}`` placeholders and its values.

    Build it with :func:`text` (which checks that placeholders and values agree, and is
    where the extraction looks), :func:`verbatim` or :func:`lowered`.
    """

    template: str
    params: tuple[tuple[str, Value], ...] = ()
    # False for a sentence already in the language shown (the UI's own, translated by Qt).
    translatable: bool = True
    # Mid-sentence use ("cumple la opción X: tiene 30 años"): lower-case the first letter
    # of the rendered text, after translation, so every language gets it.
    lower_first: bool = False

    def render(self, translate: Translate = _spanish, language: str = SPANISH) -> str:
        """The text in one language: ``translate`` maps each template, nested ones included,
        and catalog words (:class:`Localized`) are taken in ``language``."""
        template = translate(self.template) if self.translatable else self.template
        values = {name: _render_value(value, translate, language) for name, value in self.params}
        rendered = PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
        if self.lower_first:
            rendered = rendered[:1].lower() + rendered[1:]
        return rendered

    def __str__(self) -> str:
        return self.render()


def _render_value(value: Value, translate: Translate, language: str) -> str:
    if isinstance(value, Text):
        return value.render(translate, language)
    if isinstance(value, Localized):
        return value.in_language(language)
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return str(value)


def text(template: str, /, **params: Value) -> Text:
    """A translatable sentence; ``template`` must be a string literal (see the module doc).

    Raises ``ValueError`` when the placeholders and the values do not name the same things,
    which is a bug in the caller, found the first time the line runs.
    """
    wanted = set(PLACEHOLDER.findall(template))
    if wanted != set(params):
        raise ValueError(f"placeholders {sorted(wanted)} but values {sorted(params)}")
    return Text(template, tuple(sorted(params.items())))


def verbatim(sentence: str) -> Text:
    """A sentence already in the language shown, to travel where a ``Text`` is expected."""
    return Text(sentence, translatable=False)


def lowered(value: Value) -> Value:
    """``value`` as it reads inside a sentence: first letter in lower case."""
    return replace(value, lower_first=True) if isinstance(value, Text) else value


# --- lists ------------------------------------------------------------------------------------
# Joined pairwise so that every connecting word is a template of its own ("{list} o {item}"
# becomes "{list} or {item}"): "a, b o c" is ("a", "b") joined by ", ", then "c" by " o ".


def join_or(items: Sequence[Value]) -> Value:
    """``a``; ``a o b``; ``a, b o c``."""
    return _join(items, lambda a, b: text("{list}, {item}", list=a, item=b), _or)


def _or(a: Value, b: Value) -> Text:
    return text("{list} o {item}", list=a, item=b)


def join_and(items: Sequence[Value]) -> Value:
    """``a``; ``a y b``; ``a, b y c``."""
    return _join(items, lambda a, b: text("{list}, {item}", list=a, item=b), _and)


def _and(a: Value, b: Value) -> Text:
    return text("{list} y {item}", list=a, item=b)


def join_nor(items: Sequence[Value]) -> Value:
    """After a negation: ``a``; ``a ni b``; ``a ni b ni c`` ("no recibe a ni b")."""
    return _join(items, _nor, _nor)


def _nor(a: Value, b: Value) -> Text:
    return text("{list} ni {item}", list=a, item=b)


def join_clauses(items: Sequence[Value]) -> Value:
    """Clauses of one sentence: ``a; b; c``."""

    def clause(a: Value, b: Value) -> Text:
        return text("{list}; {item}", list=a, item=b)

    return _join(items, clause, clause)


def _join(
    items: Sequence[Value],
    between: Callable[[Value, Value], Text],
    last: Callable[[Value, Value], Text],
) -> Value:
    if not items:
        return ""
    joined = items[0]
    for index, item in enumerate(items[1:], start=2):
        joined = (last if index == len(items) else between)(joined, item)
    return joined


class TextError(ValueError):
    """A ``ValueError`` that says what is wrong as a :class:`Text`; ``str()`` is the Spanish."""

    def __init__(self, message: Text) -> None:
        super().__init__(str(message))
        self.text = message

    def __reduce__(self) -> tuple[type[TextError], tuple[Text]]:
        return (type(self), (self.text,))


__all__ = [
    "ENGLISH",
    "PLACEHOLDER",
    "SPANISH",
    "Localized",
    "Text",
    "TextError",
    "Translate",
    "Value",
    "join_and",
    "join_clauses",
    "join_nor",
    "join_or",
    "lowered",
    "text",
    "verbatim",
]
