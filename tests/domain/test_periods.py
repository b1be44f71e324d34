"""Check periods: picked from a list, never typed; codes read back strictly."""

from __future__ import annotations

from datetime import date

import pytest

from bienestar_field.domain.periods import InvalidPeriod, Period, parse_period, recent_periods
from bienestar_field.domain.programs import CheckFrequency


def test_recent_periods_start_with_the_current_one_and_cross_the_year() -> None:
    monthly = [p.code for p in recent_periods(CheckFrequency.MENSUAL, date(2026, 2, 10), 4)]
    assert monthly == ["2026-02", "2026-01", "2025-12", "2025-11"]
    two_months = [p.code for p in recent_periods(CheckFrequency.BIMESTRAL, date(2026, 3, 1), 3)]
    assert two_months == ["2026-B2", "2026-B1", "2025-B6"]
    halves = [p.code for p in recent_periods(CheckFrequency.SEMESTRAL, date(2026, 7, 1), 3)]
    assert halves == ["2026-S2", "2026-S1", "2025-S2"]


@pytest.mark.parametrize("code", ["2026-05", "2026-B6", "2026-S1", " 2026-b3 "])
def test_codes_read_back_to_the_same_period(code: str) -> None:
    assert parse_period(code).code == code.strip().upper()


@pytest.mark.parametrize(
    "text", ["nov 2026", "2026-13", "2026-00", "2026-B7", "2026-S3", "26-05", "2026-5", ""]
)
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises(InvalidPeriod):
        parse_period(text)


def test_a_period_knows_its_months() -> None:
    assert (
        Period(2026, 6, CheckFrequency.BIMESTRAL).first_month,
        Period(2026, 6, CheckFrequency.BIMESTRAL).last_month,
    ) == (11, 12)
    assert Period(2026, 2, CheckFrequency.SEMESTRAL).first_month == 7
