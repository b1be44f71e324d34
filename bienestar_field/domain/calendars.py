"""Calendars staff can quote: when programs pay, and which day a person is seen at a module.

Both are catalog data (``payment_calendar`` and ``module_schedule`` in the catalog format), so
the dates change with the catalog, never in code. Modules see people by the initial of their
first surname on a fixed weekday (Mon A-C, Tue D-H, ... in 2026: see DOMAIN.md).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

# The order of initials in Spanish: Ñ between N and O.
ALPHABET: Final = "ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


class Weekday(StrEnum):
    LUNES = "lunes"
    MARTES = "martes"
    MIERCOLES = "miércoles"
    JUEVES = "jueves"
    VIERNES = "viernes"
    SABADO = "sábado"
    DOMINGO = "domingo"

    @property
    def iso(self) -> int:
        """1 for Monday ... 7 for Sunday, as ``date.isoweekday()``."""
        return list(Weekday).index(self) + 1


@dataclass(frozen=True, slots=True)
class Deposit:
    """One deposit window of a payment period ("2027-B1": January-February 2027)."""

    period: str  # a period code: "2027-B1" (two months) or "2027-01" (one month)
    programs: tuple[str, ...]  # program codes paid in this window
    deposit_from: date
    deposit_to: date


@dataclass(frozen=True, slots=True)
class ModuleDay:
    """The weekday a module sees people whose first surname starts with ``first``..``last``."""

    weekday: Weekday
    first: str  # a letter of ALPHABET
    last: str

    def covers(self, initial: str) -> bool:
        return ALPHABET.index(self.first) <= ALPHABET.index(initial) <= ALPHABET.index(self.last)


def surname_initial(primer_apellido: str) -> str | None:
    """The first letter of a surname as the schedule reads it: accents dropped, Ñ kept;
    None when it does not start with a letter."""
    for char in primer_apellido.strip().upper():
        if char == "Ñ":
            return char
        base = unicodedata.normalize("NFD", char)[0]
        return base if base in ALPHABET else None
    return None


def module_day(schedule: tuple[ModuleDay, ...], primer_apellido: str) -> ModuleDay | None:
    initial = surname_initial(primer_apellido)
    if initial is None:
        return None
    return next((day for day in schedule if day.covers(initial)), None)


def next_weekday(day: Weekday, on_or_after: date) -> date:
    """The first date that falls on ``day``, on ``on_or_after`` or later."""
    from datetime import timedelta

    return on_or_after + timedelta(days=(day.iso - on_or_after.isoweekday()) % 7)


__all__ = [
    "ALPHABET",
    "Deposit",
    "ModuleDay",
    "Weekday",
    "module_day",
    "next_weekday",
    "surname_initial",
]
