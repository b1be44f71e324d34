"""Compliance computed from the catalog's declaration and the recorded marks: worked cases."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bienestar_field.domain.compliance import (
    ComplianceStatus,
    Subject,
    evaluate,
    of_enrollment,
    payment_at_risk,
    pregnancy_week,
)
from bienestar_field.domain.enrollments import AttendanceCheck, CheckKind, CheckResult
from bienestar_field.domain.periods import parse_period
from bienestar_field.domain.programs import CatalogError, Program
from bienestar_wire.catalog import load_catalog, parse_catalog
from tests.helpers import catalogs

MET, NOT_MET = ComplianceStatus.MET, ComplianceStatus.NOT_MET
JUSTIFIED, NOT_YET_DUE = ComplianceStatus.JUSTIFIED, ComplianceStatus.NOT_YET_DUE
NOT_EXPECTED = ComplianceStatus.NOT_EXPECTED
CHILD = Subject("e1", date(2015, 3, 2))


def _program(code: str, checks: list[dict[str, Any]], **rule: Any) -> Program:
    document = catalogs.catalog("2026.50", "2026-01-01")
    entry = catalogs.program(document, code)
    entry["checks"] = checks
    entry["rule"].update(rule)
    return load_catalog(document)[code]


SCHOOL_MONTHLY = _program(
    "BRC", [{"kind": "school", "frequency": "mensual", "conditions_payment": True}]
)


def _mark(
    period: str,
    result: CheckResult,
    day: str = "2026-11-10",
    kind: CheckKind = CheckKind.ESCUELA,
    enrollment: str = "e1",
) -> AttendanceCheck:
    return AttendanceCheck(
        f"c-{period}-{day}-{result.value}",
        enrollment,
        kind,
        period,
        result,
        recorded_at=f"{day}T16:00:00+00:00",
    )


def _school(period: str, marks: list[AttendanceCheck], today: date) -> Any:
    check = SCHOOL_MONTHLY.checks[0]
    return evaluate(SCHOOL_MONTHLY, check, parse_period(period), CHILD, marks, today)


def test_attended_is_met() -> None:
    answer = _school("2026-10", [_mark("2026-10", CheckResult.ASISTIO)], date(2026, 11, 15))
    assert answer.status is MET
    assert str(answer.reason) == "Asistencia registrada."
    assert not answer.payment_at_risk


def test_absent_is_not_met_and_puts_the_payment_at_risk() -> None:
    answer = _school("2026-10", [_mark("2026-10", CheckResult.FALTO)], date(2026, 11, 15))
    assert answer.status is NOT_MET
    assert answer.payment_at_risk
    assert str(answer.reason) == "Se registró una falta."


def test_a_past_period_with_nothing_recorded_is_not_met() -> None:
    answer = _school("2026-10", [], date(2026, 11, 15))
    assert answer.status is NOT_MET
    assert "No se registró asistencia" in str(answer.reason)


def test_justified_absence() -> None:
    answer = _school("2026-10", [_mark("2026-10", CheckResult.JUSTIFICADA)], date(2026, 11, 1))
    assert answer.status is JUSTIFIED
    assert not answer.payment_at_risk


def test_the_current_period_without_marks_is_not_yet_due_until_its_last_day() -> None:
    on_last_day = _school("2026-11", [], date(2026, 11, 30))
    assert on_last_day.status is NOT_YET_DUE
    assert "30/11/2026" in on_last_day.reason.render(lambda t: t)
    # The boundary: the first day of the next period, the month is over and not met.
    assert _school("2026-11", [], date(2026, 12, 1)).status is NOT_MET


def test_a_mark_of_another_period_or_kind_does_not_count() -> None:
    marks = [
        _mark("2026-09", CheckResult.ASISTIO),
        _mark("2026-10", CheckResult.ASISTIO, kind=CheckKind.SALUD),
        _mark("2026-10", CheckResult.ASISTIO, enrollment="other"),
    ]
    assert _school("2026-10", marks, date(2026, 11, 15)).status is NOT_MET


def test_the_last_mark_of_a_day_stands_and_a_withdrawn_mark_leaves_nothing() -> None:
    corrected = [_mark("2026-10", CheckResult.FALTO), _mark("2026-10", CheckResult.ASISTIO)]
    assert _school("2026-10", corrected, date(2026, 11, 15)).status is MET
    withdrawn = [_mark("2026-10", CheckResult.ASISTIO), _mark("2026-10", CheckResult.ANULADA)]
    assert _school("2026-10", withdrawn, date(2026, 11, 15)).status is NOT_MET


def test_a_period_before_the_enrolment_is_not_expected() -> None:
    subject = Subject("e1", date(2015, 3, 2), enrolled_on=date(2026, 11, 3))
    check = SCHOOL_MONTHLY.checks[0]
    answer = evaluate(
        SCHOOL_MONTHLY, check, parse_period("2026-10"), subject, [], date(2026, 11, 15)
    )
    assert answer.status is NOT_EXPECTED


def test_health_appointments_per_period_count_distinct_days() -> None:
    program = _program(
        "PAM",
        [
            {
                "kind": "health",
                "frequency": "semestral",
                "conditions_payment": True,
                "appointments": 2,
            }
        ],
    )
    check = program.checks[0]
    subject = Subject("e1", date(1950, 1, 1))
    period = parse_period("2026-S2")
    one = [_mark("2026-S2", CheckResult.ASISTIO, "2026-08-01", CheckKind.SALUD)]
    running = evaluate(program, check, period, subject, one, date(2026, 11, 15))
    assert running.status is NOT_YET_DUE
    assert "1 de 2" in str(running.reason)
    two = [*one, _mark("2026-S2", CheckResult.ASISTIO, "2026-10-01", CheckKind.SALUD)]
    assert evaluate(program, check, period, subject, two, date(2026, 11, 15)).status is MET
    ended = evaluate(program, check, period, subject, one, date(2027, 1, 2))
    assert ended.status is NOT_MET
    assert str(ended.reason) == "Asistió a 1 de 2 citas."


def test_a_check_for_some_ages_is_not_expected_outside_them() -> None:
    program = _program(
        "PAM",
        [{"kind": "health", "frequency": "mensual", "conditions_payment": False, "min_age": 70}],
    )
    subject = Subject("e1", date(1958, 6, 1))  # 68 in November 2026
    answer = evaluate(
        program, program.checks[0], parse_period("2026-10"), subject, [], date(2026, 11, 15)
    )
    assert answer.status is NOT_EXPECTED
    assert str(answer.reason) == "No se pide a los 68 años: solo desde los 70 años."


PRENATAL = _program(
    "NNHMT",
    [
        {
            "kind": "prenatal",
            "frequency": "mensual",
            "conditions_payment": True,
            "schedule": [
                {"from_week": 1, "to_week": 13},
                {"from_week": 14, "to_week": 20},
                {"from_week": 21, "to_week": 26},
            ],
        }
    ],
)
# Due 2027-06-01: week 1 starts 2026-08-25; week 13 ends 2026-11-23; week 20 ends 2027-01-11.
MOTHER = Subject("e1", date(1995, 4, 4), pregnancy_due_date=date(2027, 6, 1))


def _prenatal(period: str, marks: list[AttendanceCheck], today: date) -> Any:
    check = PRENATAL.checks[0]
    return evaluate(PRENATAL, check, parse_period(period), MOTHER, marks, today)


def test_pregnancy_weeks_count_from_the_due_date() -> None:
    assert pregnancy_week(date(2027, 6, 1), date(2026, 8, 25)) == 1
    assert pregnancy_week(date(2027, 6, 1), date(2026, 11, 23)) == 13
    assert pregnancy_week(date(2027, 6, 1), date(2026, 11, 24)) == 14


def test_prenatal_visit_due_in_the_month_its_weeks_end() -> None:
    # November holds the end of weeks 1-13 (23/11): nothing recorded yet on the 20th.
    running = _prenatal("2026-11", [], date(2026, 11, 20))
    assert running.status is NOT_YET_DUE
    assert "semanas 1 a 13 vence el 23/11/2026" in running.reason.render(lambda t: t)
    # The day after the window, nothing recorded: not met, though the month is still on.
    assert _prenatal("2026-11", [], date(2026, 11, 24)).status is NOT_MET
    # A visit recorded for October (weeks 6-10) counts for the window.
    october = [_mark("2026-10", CheckResult.ASISTIO, "2026-10-20", CheckKind.PRENATAL)]
    assert _prenatal("2026-11", october, date(2026, 11, 24)).status is MET
    absent = [_mark("2026-11", CheckResult.FALTO, "2026-11-10", CheckKind.PRENATAL)]
    assert _prenatal("2026-11", absent, date(2026, 11, 12)).status is NOT_MET
    justified = [_mark("2026-11", CheckResult.JUSTIFICADA, "2026-11-10", CheckKind.PRENATAL)]
    assert _prenatal("2026-11", justified, date(2026, 11, 30)).status is JUSTIFIED


def test_a_month_in_which_no_prenatal_visit_falls_due_expects_nothing() -> None:
    december = _prenatal("2026-12", [], date(2026, 12, 15))  # weeks 14-20 end in January
    assert december.status is NOT_EXPECTED
    assert "semana 17 del embarazo" in december.reason.render(lambda t: t)


def test_prenatal_without_a_pregnancy_recorded_is_not_expected() -> None:
    subject = Subject("e1", date(1995, 4, 4))
    answer = evaluate(
        PRENATAL, PRENATAL.checks[0], parse_period("2026-11"), subject, [], date(2026, 11, 20)
    )
    assert answer.status is NOT_EXPECTED


def test_payment_at_risk_looks_at_this_period_and_the_one_just_ended() -> None:
    today = date(2026, 11, 15)
    assert payment_at_risk(SCHOOL_MONTHLY, CHILD, [], today)[0].period.code == "2026-10"
    met = [_mark("2026-10", CheckResult.ASISTIO)]
    assert payment_at_risk(SCHOOL_MONTHLY, CHILD, met, today) == []
    absent_now = [*met, _mark("2026-11", CheckResult.FALTO, "2026-11-12")]
    risks = payment_at_risk(SCHOOL_MONTHLY, CHILD, absent_now, today)
    assert [r.period.code for r in risks] == ["2026-11"]


def test_a_check_that_does_not_condition_payment_never_puts_it_at_risk() -> None:
    program = _program(
        "BRC", [{"kind": "school", "frequency": "mensual", "conditions_payment": False}]
    )
    assert payment_at_risk(program, CHILD, [], date(2026, 11, 15)) == []


def test_changing_the_frequency_in_the_catalog_changes_the_periods_computed() -> None:
    monthly = of_enrollment(SCHOOL_MONTHLY, CHILD, [], date(2026, 11, 15))
    assert [a.period.code for a in monthly] == ["2026-11", "2026-10", "2026-09"]
    bimonthly = _program(
        "BRC", [{"kind": "school", "frequency": "bimestral", "conditions_payment": True}]
    )
    marks = [_mark("2026-B5", CheckResult.ASISTIO)]
    answers = of_enrollment(bimonthly, CHILD, marks, date(2026, 11, 15))
    assert [(a.period.code, a.status) for a in answers] == [
        ("2026-B6", NOT_YET_DUE),
        ("2026-B5", MET),
        ("2026-B4", NOT_MET),
    ]


# --- the catalog format ----------------------------------------------------------------


def _with_checks(checks: list[dict[str, Any]]) -> dict[str, Any]:
    document = catalogs.catalog("2026.51", "2026-01-01")
    catalogs.program(document, "BRC")["checks"] = checks
    return document


def test_the_plain_form_stays_valid_and_the_shipped_catalog_round_trips() -> None:
    plain = _with_checks([{"kind": "school", "frequency": "mensual", "conditions_payment": True}])
    check = load_catalog(plain)["BRC"].checks[0]
    assert (check.appointments, check.min_age, check.max_age, check.schedule) == (1, None, None, ())
    detailed = _with_checks(
        [
            {
                "kind": "prenatal",
                "frequency": "mensual",
                "conditions_payment": True,
                "schedule": [{"from_week": 1, "to_week": 13}],
            }
        ]
    )
    from bienestar_wire.catalog import encode_catalog

    document = parse_catalog(detailed)
    assert parse_catalog(encode_catalog(document)) == document


@pytest.mark.parametrize(
    ("checks", "message"),
    [
        (
            [
                {
                    "kind": "school",
                    "frequency": "mensual",
                    "conditions_payment": True,
                    "schedule": [{"from_week": 1, "to_week": 4}],
                }
            ],
            "programs[4].checks[0].schedule: only a prenatal check has a schedule",
        ),
        (
            [
                {
                    "kind": "prenatal",
                    "frequency": "mensual",
                    "conditions_payment": True,
                    "schedule": [{"from_week": 10, "to_week": 4}],
                }
            ],
            "programs[4].checks[0].schedule[0].to_week: before from_week 10",
        ),
        (
            [
                {
                    "kind": "prenatal",
                    "frequency": "mensual",
                    "conditions_payment": True,
                    "schedule": [{"from_week": 1, "to_week": 13}, {"from_week": 12, "to_week": 20}],
                }
            ],
            "programs[4].checks[0].schedule[1].from_week: visits are in order",
        ),
        (
            [
                {
                    "kind": "prenatal",
                    "frequency": "bimestral",
                    "conditions_payment": True,
                    "schedule": [{"from_week": 1, "to_week": 4}],
                }
            ],
            "programs[4].checks[0].frequency: a prenatal schedule is checked month by month",
        ),
        (
            [
                {
                    "kind": "prenatal",
                    "frequency": "mensual",
                    "conditions_payment": True,
                    "schedule": [{"from_week": 1, "to_week": 50}],
                }
            ],
            "programs[4].checks[0].schedule[0].to_week: expected a whole number <= 42",
        ),
        (
            [
                {"kind": "school", "frequency": "mensual", "conditions_payment": True},
                {"kind": "school", "frequency": "bimestral", "conditions_payment": True},
            ],
            "programs[4].checks[1].kind: 'school' is declared twice",
        ),
        (
            [
                {
                    "kind": "health",
                    "frequency": "mensual",
                    "conditions_payment": True,
                    "min_age": 9,
                    "max_age": 5,
                }
            ],
            "programs[4].checks[0].max_age: 5 is below min_age 9",
        ),
        (
            [
                {
                    "kind": "health",
                    "frequency": "mensual",
                    "conditions_payment": True,
                    "appointments": 0,
                }
            ],
            "programs[4].checks[0].appointments: expected a whole number >= 1",
        ),
        (
            [{"kind": "health", "frequency": "diaria", "conditions_payment": True}],
            "programs[4].checks[0].frequency",
        ),
    ],
)
def test_a_bad_check_declaration_names_its_field(
    checks: list[dict[str, Any]], message: str
) -> None:
    with pytest.raises(CatalogError) as raised:
        parse_catalog(_with_checks(checks))
    assert message in str(raised.value)
