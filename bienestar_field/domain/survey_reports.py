"""The survey's figures for an office (issue 13, item 5): where the survey is missing and where
need is highest, by locality.

Per locality: households, how many surveyed (a saved answer set) and not, how many of the
surveyed could be measured (complete) and how many not yet; then people, as the method
counts them: measured, in poverty (moderate or extreme), in extreme poverty, and with each
of the six deprivations. Each household belongs to one locality, so the lines add up to the
total exactly; the total is computed from the households themselves, not from the lines.

The app and the server both build this table from the same facts (``SurveyFact``), so their
figures agree on the same records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from bienestar_field.domain.poverty import Deprivation, PovertyResult, Standing
from bienestar_field.domain.reports import ReportTable, Tally

SURVEY_FIGURES: Final = (
    "households",
    "households_surveyed",
    "households_not_surveyed",
    "households_measured",
    "households_incomplete",
    "persons_measured",
    "persons_in_poverty",
    "persons_in_extreme_poverty",
    *(f"deprivation_{d.value}" for d in Deprivation),
)


@dataclass(frozen=True, slots=True)
class SurveyFact:
    """One live household: its locality (key and name) and its measurement, ``None`` when it
    was never surveyed."""

    locality_key: str
    locality_label: str
    result: PovertyResult | None


def figures_of(result: PovertyResult | None) -> dict[str, int]:
    figures = dict.fromkeys(SURVEY_FIGURES, 0)
    figures["households"] = 1
    if result is None:
        figures["households_not_surveyed"] = 1
        return figures
    figures["households_surveyed"] = 1
    if not result.complete:
        figures["households_incomplete"] = 1
        return figures
    figures["households_measured"] = 1
    figures["persons_measured"] = len(result.members)
    for member in result.members:
        if member.standing in (Standing.POVERTY, Standing.EXTREME_POVERTY):
            figures["persons_in_poverty"] += 1
        if member.standing is Standing.EXTREME_POVERTY:
            figures["persons_in_extreme_poverty"] += 1
        for deprivation in member.deprivations:
            figures[f"deprivation_{deprivation.value}"] += 1
    return figures


def survey_table(
    facts: Iterable[SurveyFact], first: date, last: date, time_zone: str
) -> ReportTable:
    """The table by locality, with its total. ``first``/``last`` say when it was read (the
    figures are the state of the households then, not events of a period)."""
    tally = Tally(SURVEY_FIGURES)
    labels: dict[str, str] = {}
    for fact in facts:
        labels[fact.locality_key] = fact.locality_label
        for figure, count in figures_of(fact.result).items():
            for _ in range(count):
                tally.add([fact.locality_key], figure)
    return tally.table("locality", first, last, time_zone, labels)
