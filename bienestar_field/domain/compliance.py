"""Compliance with a program's checks (*corresponsabilidades*), computed, not just recorded.

The catalog declares what a program expects (``ExpectedCheck``: kind, frequency, whether it
conditions payment, how many visits a period, the ages it applies to, and for prenatal care a
schedule by weeks of pregnancy); the caseworkers record marks (``AttendanceCheck``: attended,
absent, justified, or a mark withdrawn). From both this module says, for one enrolment, one
expected check and one period, whether the person **met** it, did **not meet** it, had the
absence **justified**, or whether it is **not yet due** (the period, or the visit's window, is
still running with nothing against it); or that nothing is **expected** of them that period
(too young or too old for the check, not yet enrolled, no pregnancy recorded, no prenatal visit
falling due). Each answer carries its reason in words (:class:`~bienestar_field.domain.text.Text`).

The marks of a period are read in the order they were recorded (the caller passes them so):
marks on one day correct one another, the last standing; marks on different days are
different visits, so a check wanting two appointments a period is met by two attended days.
A withdrawn mark (``anulada``) leaves its day unrecorded.

Dates are the office's: ``today`` comes from the caller, already in the office time zone
(``CatalogShelf.today``), and periods are calendar months, two-month periods and half years
(``domain.periods``).

Payment is at risk in a period when a check that conditions payment is not met: in the
current period (an absence already recorded) or in the one just ended (nothing, or an
absence, recorded) — see :func:`payment_at_risk`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from bienestar_field.domain.enrollments import AttendanceCheck, CheckKind, CheckResult
from bienestar_field.domain.people import age_on
from bienestar_field.domain.periods import InvalidPeriod, Period, parse_period, period_of
from bienestar_field.domain.programs import ExpectedCheck, PrenatalVisit, Program
from bienestar_field.domain.text import Text, text

# A pregnancy is counted from the first day of the last period: 280 days (40 weeks) to the
# due date. Week 1 is its first seven days.
PREGNANCY_DAYS = 280


class ComplianceStatus(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    JUSTIFIED = "justified"
    NOT_YET_DUE = "not_yet_due"
    NOT_EXPECTED = "not_expected"


# Several prenatal visits due in one period: the answer is the worst of them.
_SEVERITY = {
    ComplianceStatus.NOT_EXPECTED: 0,
    ComplianceStatus.MET: 1,
    ComplianceStatus.JUSTIFIED: 2,
    ComplianceStatus.NOT_YET_DUE: 3,
    ComplianceStatus.NOT_MET: 4,
}


@dataclass(frozen=True, slots=True)
class Compliance:
    """One expected check of one enrolment in one period, and why it stands as it does."""

    enrollment_id: str
    program_code: str
    kind: CheckKind
    period: Period
    status: ComplianceStatus
    reason: Text
    conditions_payment: bool

    @property
    def payment_at_risk(self) -> bool:
        return self.conditions_payment and self.status is ComplianceStatus.NOT_MET


@dataclass(frozen=True, slots=True)
class Subject:
    """What the computation needs of the enrolled person and the enrolment."""

    enrollment_id: str
    birth_date: date
    pregnancy_due_date: date | None = None
    enrolled_on: date | None = None  # None: count every period asked about


def evaluate(
    program: Program,
    check: ExpectedCheck,
    period: Period,
    subject: Subject,
    marks: Iterable[AttendanceCheck],
    today: date,
) -> Compliance:
    """Compliance with ``check`` in ``period``, from the enrolment's marks (any period, any
    kind: the ones that count are picked here), in the order they were recorded."""
    own = [m for m in marks if m.kind is check.kind and m.enrollment_id == subject.enrollment_id]

    def answer(status: ComplianceStatus, reason: Text) -> Compliance:
        return Compliance(
            subject.enrollment_id,
            program.code,
            check.kind,
            period,
            status,
            reason,
            check.conditions_payment,
        )

    if period.first_day > today:
        return answer(
            ComplianceStatus.NOT_YET_DUE,
            text("El periodo empieza el {date}.", date=period.first_day),
        )
    if subject.enrolled_on is not None and period.last_day < subject.enrolled_on:
        return answer(
            ComplianceStatus.NOT_EXPECTED,
            text(
                "Aún no estaba en el programa en este periodo (inscripción del {date}).",
                date=subject.enrolled_on,
            ),
        )
    age = age_on(subject.birth_date, period.last_day)
    if (check.min_age is not None and age < check.min_age) or (
        check.max_age is not None and age > check.max_age
    ):
        return answer(ComplianceStatus.NOT_EXPECTED, _age_reason(check, age))
    if check.kind is CheckKind.PRENATAL:
        due = subject.pregnancy_due_date
        if due is None:
            return answer(
                ComplianceStatus.NOT_EXPECTED,
                text("No hay un embarazo registrado (sin fecha probable de parto)."),
            )
        if period.first_day > due:
            return answer(
                ComplianceStatus.NOT_EXPECTED,
                text("La fecha probable de parto ({date}) ya pasó.", date=due),
            )
        if check.schedule:
            status, reason = _prenatal(check.schedule, period, due, own, today)
            return answer(status, reason)
    status, reason = _periodic(check, period, own, today)
    return answer(status, reason)


def _age_reason(check: ExpectedCheck, age: int) -> Text:
    if check.min_age is not None and check.max_age is not None:
        return text(
            "No se pide a los {age} años: solo de {low} a {high} años.",
            age=age,
            low=check.min_age,
            high=check.max_age,
        )
    if check.min_age is not None:
        return text(
            "No se pide a los {age} años: solo desde los {low} años.", age=age, low=check.min_age
        )
    return text(
        "No se pide a los {age} años: solo hasta los {high} años.", age=age, high=check.max_age or 0
    )


def _standing_by_day(marks: Sequence[AttendanceCheck]) -> list[CheckResult]:
    """The mark standing on each day it was recorded (the last of the day), withdrawn days
    left out; in the order of the days."""
    days: dict[str, CheckResult] = {}
    for mark in marks:
        day = (mark.recorded_at or "")[:10]
        days.pop(day, None)  # the day moves to where its last mark was recorded
        days[day] = mark.result
    return [result for result in days.values() if result is not CheckResult.ANULADA]


def _in_period(marks: Sequence[AttendanceCheck], period: Period) -> list[AttendanceCheck]:
    return [m for m in marks if m.period == period.code]


def _periodic(
    check: ExpectedCheck, period: Period, marks: Sequence[AttendanceCheck], today: date
) -> tuple[ComplianceStatus, Text]:
    standing = _standing_by_day(_in_period(marks, period))
    attended = standing.count(CheckResult.ASISTIO)
    needed = check.appointments
    if attended >= needed:
        if needed == 1:
            return ComplianceStatus.MET, text("Asistencia registrada.")
        return ComplianceStatus.MET, text(
            "Asistió a {done} de {needed} citas.", done=attended, needed=needed
        )
    latest = standing[-1] if standing else None
    if latest is CheckResult.JUSTIFICADA:
        return ComplianceStatus.JUSTIFIED, text("Falta justificada.")
    if latest is CheckResult.FALTO:
        if needed == 1:
            return ComplianceStatus.NOT_MET, text("Se registró una falta.")
        return ComplianceStatus.NOT_MET, text(
            "Se registró una falta; asistió a {done} de {needed} citas.",
            done=attended,
            needed=needed,
        )
    if today <= period.last_day:
        if attended:
            return ComplianceStatus.NOT_YET_DUE, text(
                "Lleva {done} de {needed} citas; el periodo termina el {date}.",
                done=attended,
                needed=needed,
                date=period.last_day,
            )
        return ComplianceStatus.NOT_YET_DUE, text(
            "Sin registro todavía; el periodo termina el {date}.", date=period.last_day
        )
    if attended:
        return ComplianceStatus.NOT_MET, text(
            "Asistió a {done} de {needed} citas.", done=attended, needed=needed
        )
    return ComplianceStatus.NOT_MET, text("No se registró asistencia en el periodo.")


def pregnancy_start(due: date) -> date:
    """The first day of week 1 of a pregnancy with this due date."""
    return due - timedelta(days=PREGNANCY_DAYS)


def pregnancy_week(due: date, day: date) -> int:
    """The week of pregnancy ``day`` falls in (1 = the first seven days)."""
    return (day - pregnancy_start(due)).days // 7 + 1


def visit_window(visit: PrenatalVisit, due: date) -> tuple[date, date]:
    """The first and last day of a scheduled visit's weeks."""
    start = pregnancy_start(due)
    return (
        start + timedelta(weeks=visit.from_week - 1),
        start + timedelta(weeks=visit.to_week, days=-1),
    )


def _prenatal(
    schedule: Sequence[PrenatalVisit],
    period: Period,
    due: date,
    marks: Sequence[AttendanceCheck],
    today: date,
) -> tuple[ComplianceStatus, Text]:
    """The visits of the schedule whose window ends in ``period``: each is met by a visit
    recorded for a month overlapping its window."""
    ending = [v for v in schedule if period.contains(visit_window(v, due)[1])]
    if not ending:
        week = pregnancy_week(due, min(max(today, period.first_day), period.last_day))
        return ComplianceStatus.NOT_EXPECTED, text(
            "Ninguna consulta prenatal del calendario vence en este periodo "
            "(semana {week} del embarazo).",
            week=week,
        )
    answers = [_prenatal_visit(visit, due, marks, today) for visit in ending]
    return max(answers, key=lambda item: _SEVERITY[item[0]])


def _prenatal_visit(
    visit: PrenatalVisit, due: date, marks: Sequence[AttendanceCheck], today: date
) -> tuple[ComplianceStatus, Text]:
    first, last = visit_window(visit, due)
    overlapping: list[AttendanceCheck] = []
    for mark in marks:
        try:
            month = parse_period(mark.period)
        except InvalidPeriod:
            continue
        if month.overlaps(first, last):
            overlapping.append(mark)
    standing = _standing_by_day(overlapping)
    weeks = {"low": visit.from_week, "high": visit.to_week}
    if CheckResult.ASISTIO in standing:
        return ComplianceStatus.MET, text(
            "Consulta prenatal de las semanas {low} a {high} registrada.", **weeks
        )
    latest = standing[-1] if standing else None
    if latest is CheckResult.JUSTIFICADA:
        return ComplianceStatus.JUSTIFIED, text(
            "Falta justificada a la consulta prenatal de las semanas {low} a {high}.", **weeks
        )
    if today <= last and latest is not CheckResult.FALTO:
        return ComplianceStatus.NOT_YET_DUE, text(
            "La consulta prenatal de las semanas {low} a {high} vence el {date}.",
            date=last,
            **weeks,
        )
    if latest is CheckResult.FALTO:
        return ComplianceStatus.NOT_MET, text(
            "Faltó a la consulta prenatal de las semanas {low} a {high}.", **weeks
        )
    return ComplianceStatus.NOT_MET, text(
        "No se registró la consulta prenatal de las semanas {low} a {high} (venció el {date}).",
        date=last,
        **weeks,
    )


def of_enrollment(
    program: Program,
    subject: Subject,
    marks: Sequence[AttendanceCheck],
    today: date,
    periods: int = 3,
) -> list[Compliance]:
    """Every check the program expects, for the current period and the ``periods - 1``
    before it, the current first."""
    answers: list[Compliance] = []
    for check in program.checks:
        period = period_of(check.frequency, today)
        for _ in range(periods):
            answers.append(evaluate(program, check, period, subject, marks, today))
            period = period.previous()
    return answers


def payment_at_risk(
    program: Program, subject: Subject, marks: Sequence[AttendanceCheck], today: date
) -> list[Compliance]:
    """The payment-conditioning checks not met in the current period or the one just ended:
    why this period's payment is at risk (empty when it is not)."""
    risks: list[Compliance] = []
    for check in program.checks:
        if not check.conditions_payment:
            continue
        current = period_of(check.frequency, today)
        for period in (current, current.previous()):
            answer = evaluate(program, check, period, subject, marks, today)
            if answer.payment_at_risk:
                risks.append(answer)
                break
    return risks


__all__ = [
    "PREGNANCY_DAYS",
    "Compliance",
    "ComplianceStatus",
    "Subject",
    "evaluate",
    "of_enrollment",
    "payment_at_risk",
    "pregnancy_start",
    "pregnancy_week",
    "visit_window",
]
