"""What eligibility needs from the household survey: a household's answers, and the data that
reads them (the questionnaire and the poverty lines).

Eligibility asks ``answers(household_id)`` of a :class:`SurveyAnswers` and nothing more, so the
enrolment use case does not depend on how surveys are stored. :class:`NoSurveys` answers that
no household has a survey: the poverty and income conditions are then *not met*, saying the
survey is missing, never guessed. The casebook connects the real survey manager here once
there is one.

The questionnaire and the poverty lines are catalog data (``resources/catalogs/survey.json``
and ``poverty_lines.json``), read once; a published version replaces them through the same
loaders.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from bienestar_field.domain.eligibility import SurveyBasis
from bienestar_field.domain.poverty import PovertyLines, load_lines
from bienestar_field.domain.survey import HouseholdAnswers, Questionnaire, load_questionnaire


class SurveyAnswers(Protocol):
    """The one thing eligibility reads of the survey storage."""

    def answers(self, household_id: str) -> HouseholdAnswers | None:
        """The household's answers as the survey stands, or ``None`` if it has none."""
        ...


class NoSurveys:
    """No household has a survey (no survey storage connected)."""

    def answers(self, household_id: str) -> HouseholdAnswers | None:
        return None


@cache
def shipped_questionnaire() -> Questionnaire:
    return load_questionnaire()


@cache
def shipped_lines() -> PovertyLines:
    return load_lines()


def survey_basis(
    surveys: SurveyAnswers,
    household_id: str | None,
    *,
    questionnaire: Questionnaire | None = None,
    lines: PovertyLines | None = None,
) -> SurveyBasis:
    """A household's answers (none without a household) with the data to read them by."""
    answers = None if household_id is None else surveys.answers(household_id)
    return SurveyBasis(answers, questionnaire or shipped_questionnaire(), lines or shipped_lines())


__all__ = ["NoSurveys", "SurveyAnswers", "shipped_lines", "shipped_questionnaire", "survey_basis"]
