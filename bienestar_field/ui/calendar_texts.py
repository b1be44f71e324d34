"""What staff quote from the catalog's calendars: the next deposit, the module's day, what to
bring. Plain functions over domain values (context ``Calendar`` in the catalogues), so a page,
the receipt and the tests word them alike; the dates and amounts come from the catalog."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from bienestar_field.domain.calendars import ModuleDay, Weekday, next_weekday
from bienestar_field.domain.enrollments import Enrollment
from bienestar_field.domain.periods import InvalidPeriod, parse_period
from bienestar_field.domain.programs import NextDeposit
from bienestar_field.ui.i18n import (
    catalog_text,
    check_period_label,
    fill,
    format_date,
    format_long_date,
    format_money,
    period_label,
    translate,
)

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook

_WEEKDAYS = {
    Weekday.LUNES: QT_TRANSLATE_NOOP("Calendar", "lunes"),
    Weekday.MARTES: QT_TRANSLATE_NOOP("Calendar", "martes"),
    Weekday.MIERCOLES: QT_TRANSLATE_NOOP("Calendar", "miércoles"),
    Weekday.JUEVES: QT_TRANSLATE_NOOP("Calendar", "jueves"),
    Weekday.VIERNES: QT_TRANSLATE_NOOP("Calendar", "viernes"),
    Weekday.SABADO: QT_TRANSLATE_NOOP("Calendar", "sábado"),
    Weekday.DOMINGO: QT_TRANSLATE_NOOP("Calendar", "domingo"),
}


def weekday_label(day: Weekday) -> str:
    return translate("Calendar", str(_WEEKDAYS[day]))


def deposit_text(found: NextDeposit | None) -> str:
    """ "enero–febrero de 2027: del 05/01/2027 al 28/01/2027 · $6,400.00 cada dos meses"."""
    if found is None:
        return translate("Calendar", "Sin fecha en el calendario de pagos")
    window = found.deposit
    try:
        period = check_period_label(parse_period(window.period))
    except InvalidPeriod:  # the catalog's definition refuses these; shown as written
        period = window.period
    text = fill(
        translate("Calendar", "%1: del %2 al %3"),
        period,
        format_date(window.deposit_from),
        format_date(window.deposit_to),
    )
    if found.amount is not None:
        text += " · " + format_money(found.amount) + " " + period_label(found.amount_period)
    return text


def deposit_short(found: NextDeposit | None) -> str:
    """The table cell: "05/01/2027 al 28/01/2027 · $6,400.00" (the full text in its tooltip)."""
    if found is None:
        return translate("Calendar", "Sin fecha")
    window = found.deposit
    text = fill(
        translate("Calendar", "%1 al %2"),
        format_date(window.deposit_from),
        format_date(window.deposit_to),
    )
    if found.amount is not None:
        text += " · " + format_money(found.amount)
    return text


def module_day_text(day: ModuleDay | None, on_or_after: date | None = None) -> str:
    """The person's day at the module, by the initial of the first surname, and the next
    such date from ``on_or_after``."""
    if day is None:
        return translate("Calendar", "Acuda a su Módulo de Bienestar en horario de atención.")
    letters = (
        fill(translate("Calendar", "inicial %1"), day.first)
        if day.first == day.last
        else fill(translate("Calendar", "de la %1 a la %2"), day.first, day.last)
    )
    text = fill(
        translate(
            "Calendar",
            "Su día de atención en el Módulo de Bienestar es el %1 (primer apellido %2).",
        ),
        weekday_label(day.weekday),
        letters,
    )
    if on_or_after is not None:
        upcoming = next_weekday(day.weekday, on_or_after)
        text += " " + fill(translate("Calendar", "El próximo: %1."), format_long_date(upcoming))
    return text


def bring_text(documents: Iterable[str]) -> str:
    """What to bring: the documents named, and the receipt itself."""
    names = list(dict.fromkeys(documents))
    if not names:
        return translate("Calendar", "Traiga este comprobante y una identificación oficial.")
    return fill(
        translate("Calendar", "Traiga este comprobante y: %1."),
        "; ".join(names),
    )


def visit_and_bring(
    casebook: Casebook, primer_apellido: str, enrollments: Iterable[Enrollment]
) -> tuple[str, str]:
    """The receipt's two lines on the next visit: the person's day at the module (by the
    catalog in force) and the documents the programs applied for require (the module sees
    the originals; an enrolment is only saved once the caseworker ticked them), once each."""
    now = casebook.now()
    shelf = casebook.catalogs.shelf
    catalog = shelf.active(now)
    required = [
        catalog_text(document.label)  # the catalog's own English on an English receipt
        for enrollment in enrollments
        if (program := catalog.get(enrollment.program_code)) is not None
        for document in program.required_documents
    ]
    day = shelf.module_day(primer_apellido, now)
    return module_day_text(day, shelf.today(now)), bring_text(required)
