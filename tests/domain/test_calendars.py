"""Payment calendar and module schedule: catalog data, checked strictly, quoted from the
catalog in force (or from next year's, published ahead)."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest

from bienestar_field.domain.calendars import Weekday, module_day, next_weekday, surname_initial
from bienestar_field.domain.programs import CatalogError, CatalogShelf
from bienestar_wire.catalog import default_catalog, encode_catalog, load_catalog, parse_catalog
from tests.helpers import catalogs

SHIPPED = default_catalog()


def _at(*parts: int) -> datetime:
    return datetime(*parts, 18, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("surname", "weekday"),
    [
        ("Álvarez", Weekday.LUNES),
        ("Cruz", Weekday.LUNES),
        ("de la Cruz", Weekday.MARTES),
        ("Hernández", Weekday.MARTES),
        ("Iturbide", Weekday.MIERCOLES),
        ("Núñez", Weekday.JUEVES),
        ("Ñañez", Weekday.JUEVES),  # Ñ sorts between N and O
        ("Ruiz", Weekday.JUEVES),
        ("Zúñiga", Weekday.VIERNES),
    ],
)
def test_the_shipped_schedule_gives_each_surname_its_day(surname: str, weekday: Weekday) -> None:
    day = module_day(SHIPPED.module_schedule, surname)
    assert day is not None
    assert day.weekday is weekday


def test_a_surname_without_a_letter_has_no_day() -> None:
    assert surname_initial("  ") is None
    assert module_day(SHIPPED.module_schedule, "1A") is None


def test_next_weekday_is_today_or_later() -> None:
    tuesday = date(2026, 12, 1)
    assert next_weekday(Weekday.MARTES, tuesday) == tuesday
    assert next_weekday(Weekday.LUNES, tuesday) == date(2026, 12, 7)


def test_the_next_deposit_is_the_first_window_not_over_with_its_amount() -> None:
    shelf = CatalogShelf((SHIPPED,))
    found = shelf.next_deposit("PAM", _at(2026, 11, 20))
    assert found is not None
    assert found.deposit.period == "2026-B6"
    assert (found.deposit.deposit_from, found.deposit.deposit_to) == (
        date(2026, 11, 5),
        date(2026, 11, 28),
    )
    assert found.amount == Decimal("6400")
    after = shelf.next_deposit("PAM", _at(2026, 11, 29))
    assert after is not None
    assert after.deposit.period == "2027-B1"
    monthly = shelf.next_deposit("JCF", _at(2026, 11, 20))
    assert monthly is not None
    assert monthly.deposit.period == "2026-12"
    assert shelf.next_deposit("SCC", _at(2026, 11, 20)) is None  # a service: no payments


def test_changing_the_catalog_changes_the_answer() -> None:
    """Next year's catalog, published ahead with its calendar and amount, answers once this
    year's calendar has no window left; and a new schedule moves a surname's day."""
    next_year = catalogs.catalog("2027.1", "2027-01-01")
    catalogs.program(next_year, "PAM")["amount"] = 6650
    next_year["payment_calendar"] = [
        {
            "period": "2027-B2",
            "programs": ["PAM"],
            "deposit_from": "2027-03-02",
            "deposit_to": "2027-03-20",
        }
    ]
    next_year["module_schedule"] = [
        {"weekday": "viernes", "initials": "A-M"},
        {"weekday": "sábado", "initials": "N-Z"},
    ]
    shelf = CatalogShelf((SHIPPED, load_catalog(next_year)))
    january = shelf.next_deposit("PAM", _at(2027, 1, 29))  # 2027-B1 closed on the 28th
    assert january is not None
    assert (january.deposit.period, january.amount) == ("2027-B2", Decimal("6650"))
    before = shelf.module_day("Cruz", _at(2026, 12, 31))
    after = shelf.module_day("Cruz", _at(2027, 1, 2))
    assert (before and before.weekday, after and after.weekday) == (Weekday.LUNES, Weekday.VIERNES)


def _with(change: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(catalogs.SHIPPED)
    document.update(change)
    return document


def _window(period: str, programs: list[str], start: str, end: str) -> dict[str, Any]:
    return {"period": period, "programs": programs, "deposit_from": start, "deposit_to": end}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"payment_calendar": [_window("2027-B7", ["PAM"], "2027-01-05", "2027-01-28")]},
            "payment_calendar[0].period:",
        ),
        (
            {"payment_calendar": [_window("2027-B1", ["PAM"], "2027-01-28", "2027-01-05")]},
            "payment_calendar[0].deposit_to: before deposit_from",
        ),
        (
            {"payment_calendar": [_window("2027-B1", ["XYZ"], "2027-01-05", "2027-01-28")]},
            "payment_calendar[0].programs: no program 'XYZ'",
        ),
        (
            {"payment_calendar": [_window("2027-01", ["PAM"], "2027-01-05", "2027-01-28")]},
            "payment_calendar[0].period: 'PAM' is paid bimestral",
        ),
        (
            {"payment_calendar": [_window("2027-B1", ["SCC"], "2027-01-05", "2027-01-28")]},
            "'SCC' is a service and pays nothing",
        ),
        (
            {
                "payment_calendar": [
                    _window("2027-B1", ["PAM"], "2027-01-05", "2027-01-28"),
                    _window("2027-B1", ["PAM"], "2027-01-05", "2027-01-28"),
                ]
            },
            "payment_calendar[1].programs: 'PAM' paid twice for 2027-B1",
        ),
        (
            {
                "module_schedule": [
                    {"weekday": "lunes", "initials": "A-Z"},
                    {"weekday": "martes", "initials": "C"},
                ]
            },
            "module_schedule[1].initials: C is already in module_schedule[0]",
        ),
        (
            {"module_schedule": [{"weekday": "lunes", "initials": "A-Y"}]},
            "module_schedule: no day for the initial Z",
        ),
        (
            {"module_schedule": [{"weekday": "lunes", "initials": "Z-A"}]},
            "module_schedule[0].initials: Z comes after A",
        ),
        (
            {"module_schedule": [{"weekday": "monday", "initials": "A-Z"}]},
            "module_schedule[0].weekday:",
        ),
    ],
)
def test_a_malformed_calendar_is_refused_naming_the_field(
    change: dict[str, Any], expected: str
) -> None:
    with pytest.raises(CatalogError) as raised:
        parse_catalog(_with(change))
    assert expected in str(raised.value)


def test_the_shipped_catalog_exports_as_it_reads() -> None:
    document = parse_catalog(catalogs.SHIPPED)
    assert parse_catalog(encode_catalog(document)) == document
