"""Which catalog is in force at an instant: the latest to have started, at midnight of its
valid_from in its own time zone; one not started yet is pending."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from bienestar_field.domain.programs import CatalogShelf, ProgramCatalog, starts_at
from bienestar_wire.catalog import default_catalog

SHIPPED = default_catalog()


def _catalog(
    version: str, valid_from: date, time_zone: str = "America/Mexico_City"
) -> ProgramCatalog:
    return replace(SHIPPED, version=version, valid_from=valid_from, time_zone=time_zone)


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_a_catalog_starts_at_midnight_of_its_day_in_its_time_zone() -> None:
    january = _catalog("2027.1", date(2027, 1, 1))
    assert starts_at(january) == _utc(2027, 1, 1, 6)  # UTC-6, no daylight saving since 2022
    tijuana = _catalog("2027.1", date(2027, 1, 1), "America/Tijuana")
    assert starts_at(tijuana) == _utc(2027, 1, 1, 8)


def test_published_in_december_for_january_it_waits_then_applies_by_itself() -> None:
    january = _catalog("2027.1", date(2027, 1, 1))
    shelf = CatalogShelf((SHIPPED, january))
    evening = _utc(2027, 1, 1, 5, 59)  # 23:59 on 31 December in Mexico City
    assert shelf.active(evening) is SHIPPED
    assert shelf.pending(evening) == [january]
    assert shelf.active(_utc(2027, 1, 1, 6)) is january
    assert shelf.pending(_utc(2027, 1, 1, 6)) == []


def test_the_latest_started_applies_and_a_same_day_tie_goes_to_the_higher_version() -> None:
    march = _catalog("2026.2", date(2026, 3, 1))
    march_fix = _catalog("2026.10", date(2026, 3, 1))  # 10 > 2: numbers, not text
    june = _catalog("2026.3", date(2026, 6, 1))
    shelf = CatalogShelf((june, march_fix, SHIPPED, march))
    assert shelf.active(_utc(2026, 4, 1)) is march_fix
    assert shelf.pending(_utc(2026, 4, 1)) == [june]
    assert shelf.active(_utc(2026, 7, 1)) is june


def test_a_clock_before_every_catalog_still_gets_rules() -> None:
    shelf = CatalogShelf((SHIPPED, _catalog("2027.1", date(2027, 1, 1))))
    assert shelf.active(_utc(2020, 1, 1)) is SHIPPED
