"""``bienestar-central report`` against a real server database (SQLite and PostgreSQL): its
totals are ``stats``', its CSV and JSON agree, and its days are days in Mexico."""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bienestar_field.demo import synthetic_household
from bienestar_field.domain.ids import uuid7
from bienestar_wire.protocol import Change, Entity, Operation
from tests.helpers.surveys import full_survey
from tests.server import raw_device
from tests.server.raw_device import RawDevice
from tests.sync.central_fixtures import BACKENDS
from tests.sync.central_harness import CentralServer, Device, running_server

FIGURES = (
    "households",
    "persons",
    "enrollments",
    "attendance_checks",
    "changes",
    "refused_changes",
)
EVER = ("--from", "2000-01-01", "--to", "2100-12-31")


@pytest.fixture(params=BACKENDS)
def server(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
) -> Iterator[CentralServer]:
    with running_server(tmp_path / "central", database_url_for(request.param)) as central:
        yield central


def report(server: CentralServer, *args: str, fmt: str = "json") -> Any:
    done = server.cli("report", *args, "--format", fmt, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return (
        json.loads(done.stdout) if fmt == "json" else list(csv.DictReader(io.StringIO(done.stdout)))
    )


def test_report_totals_equal_stats_by_every_grouping(
    server: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    made: dict[str, dict[str, int]] = {}
    for name, households, seed in (("norte", 4, 11), ("sur", 3, 12)):
        device = make_device(name)
        device.enroll(server.url, server.code(office))
        made[device.device_id] = device.add_households(households, seed=seed)
        assert device.sync().pending_left == 0
    stats = json.loads(server.cli("stats").stdout)
    assert stats["households"] == 7

    for by in ("program", "municipality", "locality", "device", "day"):
        as_json = report(server, *EVER, "--by", by)
        assert as_json["by"] == by
        for name in FIGURES:
            assert as_json["total"][name] == stats[name], (by, name)
        if by in ("program", "device"):  # the CSV too (each command is a process: not all)
            rows = report(server, *EVER, "--by", by, fmt="csv")
            assert rows[-1][by] == "total"
            for name in FIGURES:
                assert int(rows[-1][name]) == stats[name], (by, name)
            for row, line in zip(rows[:-1], as_json["rows"], strict=True):
                assert row[by] == line[by]
                assert [int(row[name]) for name in FIGURES] == [line[name] for name in FIGURES]
        if by != "program":  # a record has one place, one device and one day
            for name in FIGURES:
                assert sum(line[name] for line in as_json["rows"]) == stats[name], (by, name)
        if by == "device":
            households = {line["device"]: line["households"] for line in as_json["rows"]}
            assert households == {d: figures["households"] for d, figures in made.items()}
            for line in as_json["rows"]:
                assert line["label"].endswith(f"({office})")

    # One office's report counts only its own records.
    other = report(server, *EVER, "--by", "day", "--office", "Nadie Aquí")
    assert other["rows"] == []


def test_a_record_made_at_seven_in_the_evening_in_mexico_counts_for_that_day(
    server: CentralServer, office: str
) -> None:
    device = RawDevice.enrol(server, office)
    evening = "2026-03-17T01:00:00+00:00"  # 19:00 of the 16th in Mexico City (UTC-6)
    household = uuid7()

    def made_at(entity: Entity, entity_id: str, fields: dict[str, Any]) -> Change:
        plain = raw_device.change(entity, entity_id, fields)
        return Change(
            plain.change_id,
            plain.entity,
            plain.entity_id,
            Operation.CREATE,
            0,
            0,
            plain.hlc,
            plain.user_id,
            evening,
            plain.fields,
        )

    answers = device.push(
        [
            made_at(Entity.HOUSEHOLD, household, raw_device.household_fields(1, "QA0001-000001-X")),
            # Refused (a CURP that is no CURP): counted as refused on its day.
            made_at(
                Entity.PERSON,
                uuid7(),
                {**raw_device.person_fields(2, "QA0001-000002-X"), "curp": "NO-ES-CURP"},
            ),
        ]
    )
    assert [status for status, _reason in answers] == ["applied", "rejected"]

    days = report(server, "--from", "2026-03-15", "--to", "2026-03-17", "--by", "day")
    by_day = {line["day"]: line for line in days["rows"]}
    assert set(by_day) == {"2026-03-16"}
    assert by_day["2026-03-16"]["households"] == 1
    assert by_day["2026-03-16"]["refused_changes"] == 1
    next_day = report(server, "--from", "2026-03-17", "--by", "day")
    assert next_day["total"]["households"] == 0
    utc_tz = report(server, "--from", "2026-03-17", "--by", "day", "--time-zone", "UTC")
    assert utc_tz["total"]["households"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "16/03/2026"), "is not a day as YYYY-MM-DD"),
        (("--from", "2026-03-02", "--to", "2026-03-01"), "ends before it starts"),
        (("--from", "2026-03-02", "--time-zone", "Marte/Olympus"), "unknown time zone"),
    ],
)
def test_a_bad_report_request_is_one_line(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    central = CentralServer(tmp_path / "central", None)
    central.init()
    done = central.cli("report", *args, check=False)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_the_survey_report_agrees_with_the_laptop_that_surveyed(
    server: CentralServer, make_device: Callable[[str], Device], office: str
) -> None:
    device = make_device("norte")
    device.enroll(server.url, server.code(office))
    device.add_households(2, seed=21)
    casebook = device.casebook
    surveyed = casebook.households.register(
        synthetic_household(random.Random(22), casebook.today()), today=casebook.today()
    )
    casebook.surveys.save(full_survey(surveyed.id, casebook.surveys.respondents(surveyed.id)))
    assert device.sync().pending_left == 0
    today = casebook.today().isoformat()

    on_server = report(server, "--from", today, "--survey", "--office", office)
    total = on_server["total"]
    assert total["households"] == 3
    assert (total["households_surveyed"], total["households_not_surveyed"]) == (1, 2)
    assert total["persons_measured"] == len(surveyed.members)
    assert total["persons_in_extreme_poverty"] == len(surveyed.members)
    assert sum(line["households"] for line in on_server["rows"]) == 3
