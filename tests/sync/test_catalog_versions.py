"""Catalog versions that take effect: published on the real server, delivered by a real sync,
in force on their ``valid_from`` day by the device's own clock, with no network."""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bienestar_central import models
from bienestar_field import cli
from bienestar_field.demo import PRIVACY_NOTICE_VERSION
from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus, PrivacyConsent
from bienestar_field.domain.people import Person, Sex
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_wire.catalog import default_catalog, parse_catalog
from tests.helpers import catalogs
from tests.sync.central_harness import PASSPHRASE, ROOT, CentralServer, Device

MEXICO_CITY = ZoneInfo("America/Mexico_City")
SHIPPED_VERSION = default_catalog().version  # the catalog in force before any is published


class Clock:
    """The device's wall clock: the real one until a test sets it."""

    def __init__(self) -> None:
        self.at: datetime | None = None

    def __call__(self) -> datetime:
        return self.at or datetime.now(UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def device(tmp_path: Path, clock: Clock) -> Iterator[Device]:
    made = Device.create(tmp_path / "device", now=clock)
    yield made
    made.close()


def _today_in_mexico_city() -> date:
    return datetime.now(MEXICO_CITY).date()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=MEXICO_CITY)


def _publish(server: CentralServer, tmp_path: Path, document: dict[str, Any], office: str) -> str:
    """Through the operator's command, as in production."""
    path = catalogs.write(tmp_path / f"{document['catalog_version']}.json", document)
    done = server.cli("publish-catalog", str(path), "--office", office)
    return done.stdout.strip()


def _person_aged_65_on(day: date) -> Person:
    # 65 on the day before ``day`` already (born two days before, 65 years earlier).
    born = day.replace(year=day.year - 65) - timedelta(days=2)
    identity = synthetic_identity(random.Random(7), birth_date=born, sex=Sex.MUJER, today=day)
    return Person(
        id="",
        curp=identity.curp,
        nombres=identity.nombres,
        primer_apellido=identity.primer_apellido,
        segundo_apellido=identity.segundo_apellido,
        birth_date=identity.birth_date,
        sex=identity.sex,
        birth_state=identity.birth_state,
    )


def _pension(device: Device, person: Person) -> bool:
    results = device.casebook.enrolments.eligibility(person)
    return next(r.eligible for r in results if r.program.code == "PAM")


def test_a_catalog_raising_the_pension_age_changes_the_answer_on_its_day_and_not_before(
    server: CentralServer, device: Device, clock: Clock, office: str, tmp_path: Path
) -> None:
    day = _today_in_mexico_city() + timedelta(days=3)
    device.enroll(server.url, server.code(office))
    published = _publish(server, tmp_path, catalogs.with_pension_age("2030.1", day, 66), office)
    assert published.startswith("catalog 2030.1 (valid from")
    person = _person_aged_65_on(day)
    clock.at = _midnight(day)
    assert _pension(device, person)  # not synced yet: the shipped rules, 65 and over

    clock.at = None  # the real clock for the sync (the server refuses a skewed one)
    assert device.sync().catalogs == 1
    assert [c.version for c in device.casebook.catalogs.pending(clock())] == ["2030.1"]
    clock.at = _midnight(day) - timedelta(minutes=1)  # the evening before, in Mexico City
    assert device.casebook.catalog.version == SHIPPED_VERSION
    assert _pension(device, person)
    clock.at = _midnight(day)  # midnight: the new rules, with no sync in between
    assert device.casebook.catalog.version == "2030.1"
    assert not _pension(device, person)
    # Midnight in Mexico City is 06:00 UTC: a laptop set to UTC sees the same instant.
    assert clock.at.astimezone(UTC).hour == 6


def _field(device: Device, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(device.path), *args],
        env={**os.environ, "BIENESTAR_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def _versions(summary: dict[str, Any]) -> tuple[str, list[str]]:
    return summary["active"]["catalog_version"], [p["catalog_version"] for p in summary["pending"]]


def test_published_for_today_and_tomorrow_then_a_day_on_with_no_network(
    server: CentralServer,
    device: Device,
    office: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    today = _today_in_mexico_city()
    device.enroll(server.url, server.code(office))
    # An enrolment made offline under the shipped catalog, before the device hears of today's.
    person = device.casebook.people.register(_person_aged_65_on(today))
    pension = device.casebook.catalog["PAM"]
    enrolment = device.casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=person.id,
            program_code="PAM",
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in pension.documents},
            consent=PrivacyConsent(
                PRIVACY_NOTICE_VERSION, datetime.now(UTC).isoformat(), accepted=True
            ),
        )
    )
    assert enrolment.catalog_version == SHIPPED_VERSION
    _publish(
        server, tmp_path, catalogs.with_pension_age("2030.2", today + timedelta(1), 67), office
    )
    _publish(server, tmp_path, catalogs.with_pension_age("2030.1", today, 66), office)

    synced = _field(device, "sync")
    assert synced.returncode == 0, synced.stderr
    # The enrolment was decided under rules no longer in force that day: queued for review.
    d = models.duplicates.c
    with server.db.reading() as conn:
        queued = conn.execute(
            select(d.kind, d.detail).where(d.entity_id == enrolment.id, d.office == office)
        ).one()
    assert queued.kind == "outdated_catalog"
    assert json.loads(queued.detail)["active_catalog_version"] == "2030.1"

    shown = _field(device, "catalog", "show")
    assert shown.returncode == 0, shown.stderr
    summary = json.loads(shown.stdout)
    assert _versions(summary) == ("2030.1", ["2030.2"])
    assert summary["active"]["valid_from"] == today.isoformat()
    assert summary["pending"][0]["valid_from"] == (today + timedelta(1)).isoformat()

    # A day on, with no network at all: the pending catalog is in force by itself.
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("catalog show must not use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(cli, "configure_logging", lambda data_dir: data_dir / "logs")
    capsys.readouterr()
    a_day_on = datetime.now(UTC) + timedelta(days=1)
    args = ["--data-dir", str(device.path), "catalog", "show"]
    assert cli.main(args, now=lambda: a_day_on) == 0
    assert _versions(json.loads(capsys.readouterr().out)) == ("2030.2", [])

    # The catalog in force exported is what publish-catalog takes, and equal to what was sent.
    exported = tmp_path / "exported.json"
    assert cli.main([*args[:-1], "export", str(exported)], now=lambda: a_day_on) == 0
    sent = catalogs.with_pension_age("2030.2", today + timedelta(1), 67)
    assert parse_catalog(exported.read_bytes()) == parse_catalog(sent)
    monkeypatch.undo()
    again = server.cli("publish-catalog", str(exported), "--office", office)
    assert again.stdout.startswith("catalog 2030.2 (valid from")


def test_a_catalog_that_does_not_read_is_skipped_and_the_rules_stay(
    server: CentralServer, device: Device, office: str
) -> None:
    """A catalog the server stored before catalogs were checked (the old shape) reaches the
    device: it is skipped, the pull goes on, and the shipped rules stay in force."""
    device.enroll(server.url, server.code(office))
    with server.db.writing() as conn:
        conn.execute(
            models.feed.insert().values(
                grp=0,
                office=office,
                kind="catalog",
                body=json.dumps({"version": "2026.2", "programs": []}),
                created_at=datetime.now(UTC).isoformat(),
            )
        )
    report = device.sync()
    assert report.catalogs == 0
    assert device.casebook.catalog.version == SHIPPED_VERSION
