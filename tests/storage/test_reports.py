"""Reports of the casebook: figures by group that total to ``stats``, the office's days (not
UTC's), and today's work that is the person's own, not what was pulled from other devices."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from bienestar_field.casebook import Casebook
from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.people import Schooling, SchoolLevel
from bienestar_field.domain.reports import NO_GROUP, TOTAL_KEY, ReportError, ReportTable
from bienestar_field.domain.users import Role
from bienestar_field.storage import records
from bienestar_field.storage.repositories.pulled import PulledRecord
from tests.conftest import FakeClock, People

FIGURES = ("households", "persons", "enrollments", "attendance_checks")
GROUPINGS = ("program", "municipality", "locality", "user")
EVER = (date(2000, 1, 1), date(2100, 12, 31))


@pytest.fixture
def casebook_role() -> Role:
    """Reports are a supervisor's: this module works as one."""
    return Role.SUPERVISOR


def _student(casebook: Casebook, people: People, program: str = "BBJ") -> Enrollment:
    student = people.person(None, identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True)
    saved = casebook.people.register(student)
    return casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=saved.id,
            program_code=program,
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in casebook.catalog[program].documents},
            consent=PrivacyConsent("2026.1", casebook.now().isoformat(), True, True),
        )
    )


def _fill(casebook: Casebook, people: People) -> None:
    """Two households in two municipalities, two students on their own with checks, one
    change refused by the server: a bit of everything."""
    casebook.households.register(people.household(3))
    elsewhere = people.household(2)
    address = replace(
        elsewhere.address,
        municipality_code="067",
        locality_code=None,
        locality_name="Ranchería El Mirador",
    )
    casebook.households.register(replace(elsewhere, address=address))
    first, second = _student(casebook, people), _student(casebook, people)
    casebook.checks.record(
        [
            AttendanceCheck("", first.id, CheckKind.ESCUELA, "2026-S1", CheckResult.ASISTIO),
            AttendanceCheck("", second.id, CheckKind.ESCUELA, "2026-S1", CheckResult.FALTO),
        ]
    )
    stamp = casebook.stamp()
    with casebook.unit_of_work() as work:
        (change,) = [c for c in work.outbox.pending(limit=100) if c.change.entity_id == second.id]
        work.outbox.reject(change.change.change_id, "invalid", stamp.at, None)


@pytest.mark.parametrize("by", GROUPINGS)
def test_a_report_over_every_day_totals_to_stats_by_any_grouping(
    casebook: Casebook, people: People, by: str
) -> None:
    _fill(casebook, people)
    stats = casebook.reports.stats().as_dict()
    assert stats["refused_changes"] == 1
    assert stats["pending_changes"] > 0

    table = casebook.reports.report(*EVER, by)

    for name in (*FIGURES, "pending_changes", "refused_changes"):
        assert table.total.figures[name] == stats[name], name
    assert table.total.by_status == {"submitted": 2}
    assert table.total.by_result == {"attended": 1, "absent": 1}
    if by != "program":  # a record belongs to one place and one author: the lines add up
        for name in table.figures:
            assert sum(line.figures[name] for line in table.lines) == table.total.figures[name]


def test_figures_go_to_their_program_municipality_locality_and_author(
    casebook: Casebook, people: People
) -> None:
    _fill(casebook, people)

    by_program = {line.key: line for line in casebook.reports.report(*EVER, "program").lines}
    assert by_program["BBJ"].label == casebook.catalog["BBJ"].name
    assert by_program["BBJ"].figures["persons"] == 2
    assert by_program["BBJ"].figures["enrollments"] == 2
    assert by_program["BBJ"].by_result == {"attended": 1, "absent": 1}
    assert by_program["BBJ"].figures["refused_changes"] == 1
    # The households have no enrolment, and neither have their five members.
    assert by_program[NO_GROUP].figures["households"] == 2
    assert by_program[NO_GROUP].figures["persons"] == 5

    places = casebook.reports.report(*EVER, "municipality", none_label="Sin domicilio")
    by_place = {line.key: line for line in places.lines}
    assert by_place["20-002"].figures["persons"] == 3
    assert by_place["20-067"].figures["persons"] == 2
    assert by_place["20-067"].label == "Oaxaca de Juárez, Oaxaca"
    assert by_place[NO_GROUP].label == "Sin domicilio"
    assert by_place[NO_GROUP].figures["enrollments"] == 2  # the students have no household
    assert places.lines[-1].key == NO_GROUP  # the records of no place come last

    localities = {line.key: line for line in casebook.reports.report(*EVER, "locality").lines}
    assert localities["20-002-0003"].label.startswith("Arroyo de Enmedio, ")
    typed = localities["20-067-rancheria el mirador"]
    assert typed.label == "Ranchería El Mirador, Oaxaca de Juárez, Oaxaca"
    assert typed.figures["households"] == 1

    by_user = {line.key: line for line in casebook.reports.report(*EVER, "user").lines}
    assert set(by_user) == {casebook.user.name}


def test_the_csv_and_json_parse_back_to_the_same_numbers(
    casebook: Casebook, people: People
) -> None:
    _fill(casebook, people)
    stats = casebook.reports.stats().as_dict()
    table = casebook.reports.report(*EVER, "municipality")

    rows = list(csv.DictReader(io.StringIO(table.csv_text())))
    assert [row["municipality"] for row in rows] == [
        *(line.key for line in table.lines),
        TOTAL_KEY,
    ]
    for row, line in zip(rows, [*table.lines, table.total], strict=True):
        for name in table.figures:
            assert int(row[name]) == line.figures[name]
        assert int(row["enrollments_submitted"]) == line.by_status.get("submitted", 0)
        assert int(row["attendance_checks_absent"]) == line.by_result.get("absent", 0)
    for name in (*FIGURES, "pending_changes", "refused_changes"):
        assert int(rows[-1][name]) == stats[name]

    parsed = json.loads(json.dumps(table.as_json()))
    assert parsed["by"] == "municipality"
    assert parsed["time_zone"] == "America/Mexico_City"
    for name in (*FIGURES, "pending_changes", "refused_changes"):
        assert parsed["total"][name] == stats[name]
        assert sum(row[name] for row in parsed["rows"]) == stats[name]


def test_a_record_saved_at_seven_in_the_evening_in_mexico_counts_for_that_day(
    casebook: Casebook, people: People, clock: FakeClock
) -> None:
    # 19:00 in Mexico City (UTC-6) is 01:00 UTC of the next day.
    clock.current = datetime(2026, 3, 17, 1, 0, tzinfo=UTC)
    assert casebook.today() == date(2026, 3, 16)
    casebook.households.register(people.household(2))

    that_day = casebook.reports.report(date(2026, 3, 16), date(2026, 3, 16), "user")
    next_day = casebook.reports.report(date(2026, 3, 17), date(2026, 3, 17), "user")
    assert that_day.total.figures["households"] == 1
    assert that_day.total.figures["persons"] == 2
    assert next_day.total.figures["households"] == 0
    assert casebook.reports.day_summary().households == 1
    assert casebook.reports.day_summary(date(2026, 3, 17)).households == 0

    # Still the same day at 23:59 in Mexico; the next one a minute later.
    clock.current = datetime(2026, 3, 17, 5, 59, tzinfo=UTC)
    assert casebook.today() == date(2026, 3, 16)
    clock.current = datetime(2026, 3, 17, 6, 0, tzinfo=UTC)
    assert casebook.today() == date(2026, 3, 17)
    assert casebook.reports.day_summary().households == 0


def test_todays_work_leaves_out_records_pulled_from_other_devices(
    casebook: Casebook, people: People
) -> None:
    mine = casebook.households.register(people.household(2))
    theirs = replace(people.household(3), id="0190aaaa-0000-7000-8000-000000000001")
    theirs = replace(theirs, folio="OTRO01-000001-X")
    stamp = casebook.stamp()
    with casebook.unit_of_work() as work:
        work.put_pulled(
            PulledRecord(
                "household",
                theirs.id,
                1,
                stamp.hlc,
                "a-user-of-another-device",
                stamp.at,
                stamp.at,
                records.household_create_fields(theirs),
                False,
            )
        )

    summary = casebook.reports.day_summary()
    assert summary.households == 1
    assert summary.persons == len(mine.members)
    # The office's report still counts it, under nobody of this casebook.
    by_user = casebook.reports.report(casebook.today(), casebook.today(), "user", none_label="x")
    assert by_user.total.figures["households"] == 2
    assert {line.key: line.figures["households"] for line in by_user.lines} == {
        casebook.user.name: 1,
        NO_GROUP: 1,
    }


def test_a_period_that_ends_before_it_starts_or_an_unknown_grouping_is_refused(
    casebook: Casebook,
) -> None:
    with pytest.raises(ReportError, match="ends before it starts"):
        casebook.reports.report(date(2026, 3, 2), date(2026, 3, 1), "program")
    with pytest.raises(ReportError, match="not 'colour'"):
        casebook.reports.report(date(2026, 3, 1), date(2026, 3, 2), "colour")


def test_an_empty_period_has_a_total_of_zeros(casebook: Casebook, people: People) -> None:
    _fill(casebook, people)
    table: ReportTable = casebook.reports.report(date(2020, 1, 1), date(2020, 1, 31), "program")
    assert table.lines == []
    assert set(table.total.figures.values()) == {0}


@pytest.mark.parametrize("casebook_role", [Role.CASEWORKER, Role.CLERK])
def test_only_a_supervisor_reads_the_offices_reports(casebook: Casebook, people: People) -> None:
    _fill(casebook, people)
    with pytest.raises(NotAllowed) as refused:
        casebook.reports.report(*EVER, "program")
    assert refused.value.action == "report"
    # What the home page shows of the person's own day stays theirs.
    assert casebook.reports.day_summary().households == 2
