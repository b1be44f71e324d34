"""Reports as tables: figures per group (program, municipality, locality, person or device, day)
with the total, counted once, and the same table as CSV and JSON for the app and the server.

The figures are named as ``stats`` names them (``households``, ``persons``, ``enrollments``,
``attendance_checks``, and the change counts where they apply), so a report over every day
totals to what ``stats`` prints. A record may belong to several groups (a person enrolled in
two programs counts under each program): the lines then add up to more than the total, which
counts each record once.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

# The group of records that belong to none (a person without household has no municipality;
# a person with no enrolment, no program). Its label is the reader's to word.
NO_GROUP: Final = ""
TOTAL_KEY: Final = "total"

RECORD_FIGURES: Final = ("households", "persons", "enrollments", "attendance_checks")
ENROLLMENT_STATUSES: Final = ("draft", "submitted", "approved", "rejected")
CHECK_RESULTS: Final = ("attended", "absent", "justified", "withdrawn")
BY_STATUS: Final = "enrollments_by_status"
BY_RESULT: Final = "attendance_checks_by_result"


class ReportError(ValueError):
    """A report asked for in a way that cannot be answered (a period that ends before it
    starts, an unknown grouping); the message says why, in English."""


def parse_day(text: str) -> date:
    """A day as ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(f"{text!r} is not a day as YYYY-MM-DD") from None


def check_period(first: date, last: date) -> None:
    if last < first:
        raise ReportError("the period ends before it starts")


@dataclass(slots=True)
class ReportLine:
    """One group's figures (or the total's)."""

    key: str
    label: str
    figures: dict[str, int]
    by_status: dict[str, int] = field(default_factory=dict)
    by_result: dict[str, int] = field(default_factory=dict)

    def as_json(self, grouping: str) -> dict[str, Any]:
        return {
            grouping: self.key,
            "label": self.label,
            **self.figures,
            BY_STATUS: dict(self.by_status),
            BY_RESULT: dict(self.by_result),
        }


@dataclass(frozen=True, slots=True)
class ReportTable:
    grouping: str
    first: date
    last: date
    time_zone: str
    figures: tuple[str, ...]
    lines: list[ReportLine]
    total: ReportLine

    def as_json(self) -> dict[str, Any]:
        return {
            "by": self.grouping,
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            "time_zone": self.time_zone,
            "figures": list(self.figures),
            "rows": [line.as_json(self.grouping) for line in self.lines],
            "total": self.total.as_json(self.grouping),
        }

    def columns(self) -> list[str]:
        """The CSV's columns: the group, its label, the figures, then the breakdowns."""
        return [
            self.grouping,
            "label",
            *self.figures,
            *(f"enrollments_{status}" for status in self.statuses()),
            *(f"attendance_checks_{result}" for result in self.results()),
        ]

    def statuses(self) -> list[str]:
        return _known_first(ENROLLMENT_STATUSES, (line.by_status for line in self._all()))

    def results(self) -> list[str]:
        return _known_first(CHECK_RESULTS, (line.by_result for line in self._all()))

    def rows(self) -> list[list[str | int]]:
        """Every line, then the total (its group column says ``total``), as the CSV has them."""
        statuses, results = self.statuses(), self.results()
        return [
            [
                line.key,
                line.label,
                *(line.figures.get(name, 0) for name in self.figures),
                *(line.by_status.get(status, 0) for status in statuses),
                *(line.by_result.get(result, 0) for result in results),
            ]
            for line in self._all()
        ]

    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.columns())
        writer.writerows(self.rows())
        return out.getvalue()

    def _all(self) -> list[ReportLine]:
        return [*self.lines, self.total]


def _known_first(known: Sequence[str], seen: Iterable[dict[str, int]]) -> list[str]:
    """The known values in their order, then any others met (a newer status), sorted."""
    others = sorted({name for counts in seen for name in counts} - set(known))
    return [*known, *others]


class Tally:
    """Counts records into groups, and each record once into the total.

    ``add(keys, figure)`` counts one record of ``figure`` under every group in ``keys``
    (deduplicated) and once in the total; ``status``/``result`` also count it in the
    breakdown of enrolments by status or checks by result.
    """

    def __init__(self, figures: Sequence[str]) -> None:
        self.figures = tuple(figures)
        self._lines: dict[str, ReportLine] = {}
        self.total = self._new(TOTAL_KEY)

    def _new(self, key: str) -> ReportLine:
        return ReportLine(key, "", dict.fromkeys(self.figures, 0))

    def add(
        self,
        keys: Iterable[str],
        figure: str,
        *,
        status: str | None = None,
        result: str | None = None,
    ) -> None:
        lines = [
            self._lines.get(key) or self._lines.setdefault(key, self._new(key))
            for key in dict.fromkeys(keys)
        ]
        for line in [*lines, self.total]:
            line.figures[figure] += 1
            if status is not None:
                line.by_status[status] = line.by_status.get(status, 0) + 1
            if result is not None:
                line.by_result[result] = line.by_result.get(result, 0) + 1

    def table(
        self,
        grouping: str,
        first: date,
        last: date,
        time_zone: str,
        labels: dict[str, str],
        total_label: str = "Total",
    ) -> ReportTable:
        """The lines sorted by label (the group without one last), labelled from ``labels``
        (a key without a label shows as itself)."""
        lines = list(self._lines.values())
        for line in lines:
            line.label = labels.get(line.key, line.key)
        lines.sort(key=lambda line: (line.key == NO_GROUP, line.label.casefold(), line.key))
        self.total.label = total_label
        return ReportTable(grouping, first, last, time_zone, self.figures, lines, self.total)
