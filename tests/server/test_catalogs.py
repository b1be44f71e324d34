"""Published catalogs on the server: checked with the app's own definition, kept per office with
the day they take effect, and enrolments decided under another catalog queued for review."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_central.service.central import CentralService
from bienestar_central.service.errors import ServiceError
from bienestar_field.domain.ids import uuid7
from bienestar_wire.catalog import default_catalog, encode_catalog, parse_catalog, shipped_document
from bienestar_wire.protocol import Entity
from tests.helpers import catalogs
from tests.server.test_device_limits import (
    change,
    enrol,
    enrollment_fields,
    person_change,
    push,
    service,
)

__all__ = ["service"]  # the fixture, on both databases

# Enrolments "made" at these instants (the device's created_at); catalogs start at midnight in
# Mexico City (UTC-6), so 2026-06-01 starts at 06:00 UTC.
SHIPPED = default_catalog().version  # in force until a published one starts
BEFORE = "2026-06-01T05:59:00+00:00"
AFTER = "2026-06-01T06:01:00+00:00"


def _enrolment(person_id: str, version: str, at: str, folio: int) -> Any:
    fields = enrollment_fields(person_id, catalog_version=version, folio=f"AAAAAA-{folio:06d}-Q")
    return change(Entity.ENROLLMENT, uuid7(), fields, created_at=at)


def _review_rows(service: CentralService) -> list[tuple[str, str, dict[str, str]]]:
    d = models.duplicates.c
    with service.db.reading() as conn:
        rows = conn.execute(select(d.kind, d.entity_id, d.detail).order_by(d.id)).all()
    return [(kind, entity_id, json.loads(detail or "{}")) for kind, entity_id, detail in rows]


def test_an_enrolment_under_a_catalog_not_in_force_on_its_day_is_queued_for_review(
    service: CentralService,
) -> None:
    device, keys = enrol(service, "Norte")
    service.publish_catalog(catalogs.with_pension_age("2026.3", "2026-06-01", 66), "Norte")
    people = [person_change(seed) for seed in (3, 4, 5, 6)]
    enrolments = [
        # Decided the minute before the new rules, under the old ones: right.
        _enrolment(people[0].entity_id, SHIPPED, BEFORE, 11),
        # Two minutes later, still under the old ones (a device that had not synced): review.
        _enrolment(people[1].entity_id, SHIPPED, AFTER, 12),
        # Under the new ones once they apply: right.
        _enrolment(people[2].entity_id, "2026.3", AFTER, 13),
        # Under the new ones before they applied (a clock or a file ahead of the day): review.
        _enrolment(people[3].entity_id, "2026.3", BEFORE, 14),
    ]
    results = push(service, device, keys, [*people, *enrolments])
    assert results[4:] == [
        ("applied", ""),
        ("conflict", "outdated_catalog"),
        ("applied", ""),
        ("conflict", "outdated_catalog"),
    ]
    rows = _review_rows(service)
    assert [(kind, entity_id) for kind, entity_id, _ in rows] == [
        ("outdated_catalog", enrolments[1].entity_id),
        ("outdated_catalog", enrolments[3].entity_id),
    ]
    assert rows[0][2] == {
        "catalog_version": SHIPPED,
        "active_catalog_version": "2026.3",
        "active_valid_from": "2026-06-01",
        "enrolled_at": AFTER,
    }
    assert rows[1][2]["active_catalog_version"] == SHIPPED
    assert service.stats()["duplicates"] == 2


def test_the_office_time_zone_decides_when_a_catalog_starts(service: CentralService) -> None:
    device, keys = enrol(service, "Tijuana")
    # Midnight in Tijuana (UTC-7 in June) is 07:00 UTC: at 06:01 UTC it has not started there.
    document = catalogs.with_pension_age("2026.3", "2026-06-01", 66)
    document["time_zone"] = "America/Tijuana"
    service.publish_catalog(document, "Tijuana")
    person = person_change(7)
    results = push(
        service, device, keys, [person, _enrolment(person.entity_id, SHIPPED, AFTER, 15)]
    )
    assert results == [("applied", ""), ("applied", "")]


def test_publishing_again_sends_nothing_new_and_a_changed_catalog_needs_a_new_version(
    service: CentralService,
) -> None:
    enrol(service, "Norte")
    document = catalogs.with_pension_age("2026.2", "2027-01-01", 66)
    assert service.publish_catalog(document, "Norte") == ["Norte"]
    assert service.publish_catalog(document, "Norte") == ["Norte"]
    f = models.feed.c
    with service.db.reading() as conn:
        sent = conn.execute(select(f.body).where(f.kind == "catalog")).scalars().all()
    assert len(sent) == 1
    assert json.loads(sent[0])["catalog_version"] == "2026.2"
    changed = catalogs.with_pension_age("2026.2", "2027-01-01", 67)
    with pytest.raises(ServiceError, match="already published for Norte with other content"):
        service.publish_catalog(changed, "Norte")


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"version": "2026.2", "programs": []}, "unknown field 'version' (the catalog's version"),
        (
            {"programs": catalogs.SHIPPED["programs"], "valid_from": "2027-01-01"},
            "catalog: missing required field 'catalog_version'",
        ),
        (catalogs.catalog("2026.2", "2027-01-01", extra=1), "unknown field 'extra'"),
        (catalogs.with_pension_age("2026.2", "2027-01-01", -1), "programs[0].rule.min_age"),
    ],
)
def test_a_catalog_the_app_would_refuse_is_never_published(
    service: CentralService, document: dict[str, Any], field: str
) -> None:
    enrol(service, "Norte")
    with pytest.raises(ServiceError) as refused:
        service.publish_catalog(document, "Norte")
    assert refused.value.status == 400
    assert field in str(refused.value)
    with service.db.reading() as conn:
        assert conn.execute(select(models.catalogs.c.office)).first() is None


def _with_detailed_checks(schedule: list[dict[str, int]]) -> dict[str, Any]:
    document = catalogs.catalog("2026.3", "2027-01-01")
    catalogs.program(document, "NNHMT")["checks"] = [
        {
            "kind": "prenatal",
            "frequency": "mensual",
            "conditions_payment": True,
            "schedule": schedule,
        },
        {
            "kind": "health",
            "frequency": "semestral",
            "conditions_payment": False,
            "appointments": 2,
            "max_age": 5,
        },
    ]
    return document


def test_a_catalog_with_detailed_checks_is_published_as_sent_and_a_bad_schedule_refused(
    service: CentralService,
) -> None:
    """What the app computes compliance from (appointments, ages, a prenatal schedule by
    weeks) goes through publish-catalog unchanged; a schedule out of order never does."""
    from bienestar_wire.catalog import parse_catalog

    enrol(service, "Norte")
    document = _with_detailed_checks(
        [{"from_week": 1, "to_week": 13}, {"from_week": 14, "to_week": 20}]
    )
    assert service.publish_catalog(document, "Norte") == ["Norte"]
    f = models.feed.c
    with service.db.reading() as conn:
        (sent,) = conn.execute(select(f.body).where(f.kind == "catalog")).scalars().all()
    assert parse_catalog(sent) == parse_catalog(document)
    overlapping = _with_detailed_checks(
        [{"from_week": 1, "to_week": 13}, {"from_week": 10, "to_week": 20}]
    )
    overlapping["catalog_version"] = "2026.4"
    with pytest.raises(ServiceError) as refused:
        service.publish_catalog(overlapping, "Norte")
    assert "programs[3].checks[0].schedule[1].from_week" in str(refused.value)


def test_an_enrolment_in_a_support_decided_by_the_survey_is_not_refused_nor_flagged(
    service: CentralService,
) -> None:
    """The server holds no survey for these people and does not evaluate rules: a support
    whose rule needs the household's poverty or income (the device decided it with the
    survey it held) is applied under the catalog in force like any other, never refused or
    queued for a condition the server cannot see."""
    device, keys = enrol(service, "Norte")
    supports = [p.code for p in default_catalog() if p.rule.uses_survey]
    assert supports == ["MBEDU", "MBSAL", "MBAM", "MBDIS", "MBEMB", "MBCAP"]
    people = [person_change(seed) for seed in range(20, 20 + len(supports))]
    enrolments = [
        change(
            Entity.ENROLLMENT,
            uuid7(),
            enrollment_fields(
                person.entity_id,
                program_code=code,
                catalog_version=SHIPPED,
                folio=f"AAAAAA-{30 + n:06d}-Q",
            ),
            created_at=AFTER,
        )
        for n, (person, code) in enumerate(zip(people, supports, strict=True))
    ]
    results = push(service, device, keys, [*people, *enrolments])
    assert results == [("applied", "")] * (2 * len(supports))
    assert _review_rows(service) == []


def test_the_shipped_catalog_exported_is_published_with_its_survey_conditions(
    service: CentralService,
) -> None:
    """``catalog export`` writes ``encode_catalog`` of the catalog in force: the server takes
    it whole and delivers the poverty and income conditions as written."""
    exported = encode_catalog(shipped_document())
    assert service.publish_catalog(exported, "Norte") == ["Norte"]
    with service.db.reading() as conn:
        (body,) = conn.execute(select(models.catalogs.c.body)).scalars()
    delivered = parse_catalog(body)
    assert delivered == shipped_document()
    rules = {p.code: p.rule for p in delivered.programs}
    assert rules["MBAM"].poverty == "poverty"
    assert rules["MBAM"].requires_no_fixed_income
    assert rules["MBDIS"].allowed_income_sources == ("pension_no_contributiva", "otros_programas")
    assert rules["MBEMB"].requires_pregnancy
