"""The periods a program's checks are counted in: months, two-month periods, half years.

A period is written ``2026-05`` (May), ``2026-B3`` (May–June) or ``2026-S1`` (January–June):
the form stored with each check and sent to the server. People never type it; they pick one.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from bienestar_field.domain.programs import CheckFrequency

_CODE = re.compile(r"(\d{4})-(?:(\d{2})|B(\d)|S(\d))")
_PERIODS_PER_YEAR = {
    CheckFrequency.MENSUAL: 12,
    CheckFrequency.BIMESTRAL: 6,
    CheckFrequency.SEMESTRAL: 2,
}
_MONTHS_PER_PERIOD = {
    CheckFrequency.MENSUAL: 1,
    CheckFrequency.BIMESTRAL: 2,
    CheckFrequency.SEMESTRAL: 6,
}


class InvalidPeriod(ValueError):
    """Text that is not a period code, or a period outside its year."""


@dataclass(frozen=True, slots=True, order=True)
class Period:
    year: int
    number: int  # 1-based within the year: month, two-month period or half year
    frequency: CheckFrequency

    @property
    def code(self) -> str:
        if self.frequency is CheckFrequency.MENSUAL:
            return f"{self.year}-{self.number:02d}"
        letter = "B" if self.frequency is CheckFrequency.BIMESTRAL else "S"
        return f"{self.year}-{letter}{self.number}"

    @property
    def first_month(self) -> int:
        return (self.number - 1) * _MONTHS_PER_PERIOD[self.frequency] + 1

    @property
    def last_month(self) -> int:
        return self.first_month + _MONTHS_PER_PERIOD[self.frequency] - 1

    @property
    def first_day(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.last_month, monthrange(self.year, self.last_month)[1])

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def overlaps(self, first: date, last: date) -> bool:
        """Some day from ``first`` to ``last`` (inclusive) is in this period."""
        return self.first_day <= last and first <= self.last_day

    def previous(self) -> Period:
        if self.number > 1:
            return Period(self.year, self.number - 1, self.frequency)
        return Period(self.year - 1, _PERIODS_PER_YEAR[self.frequency], self.frequency)

    def __str__(self) -> str:
        return self.code


def period_of(frequency: CheckFrequency, day: date) -> Period:
    """The period of ``frequency`` that ``day`` falls in."""
    return Period(day.year, (day.month - 1) // _MONTHS_PER_PERIOD[frequency] + 1, frequency)


def recent_periods(frequency: CheckFrequency, today: date, count: int = 12) -> list[Period]:
    """The current period first, then the ones before it: what a check can still be for."""
    periods = [period_of(frequency, today)]
    while len(periods) < count:
        periods.append(periods[-1].previous())
    return periods


def parse_period(code: str) -> Period:
    """``2026-05``, ``2026-B3`` or ``2026-S1`` as a period; anything else is refused."""
    match = _CODE.fullmatch(code.strip().upper())
    if match is None:
        raise InvalidPeriod("a period is written 2026-05, 2026-B3 or 2026-S1")
    year, month, bimester, semester = match.groups()
    if month is not None:
        frequency, number = CheckFrequency.MENSUAL, int(month)
    elif bimester is not None:
        frequency, number = CheckFrequency.BIMESTRAL, int(bimester)
    else:
        frequency, number = CheckFrequency.SEMESTRAL, int(semester)
    if not 1 <= number <= _PERIODS_PER_YEAR[frequency] or not 2000 <= int(year) <= 2099:
        raise InvalidPeriod("the period is outside its year")
    return Period(int(year), number, frequency)
