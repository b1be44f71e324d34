"""What eligibility needs from the household survey: a household's answers, and the data that
reads them (the questionnaire and the poverty lines in force).

Eligibility asks ``answers(household_id)``, ``questionnaire()`` and ``lines()`` of a
:class:`SurveyAnswers` and nothing more, so the enrolment use case does not depend on how
surveys are stored. :class:`NoSurveys` answers that
no household has a survey: the poverty and income conditions are then *not met*, saying the
survey is missing, never guessed. The casebook connects the real survey manager here once
there is one.

The questionnaire and the poverty lines are catalog data (``resources/catalogs/survey.json``
and ``poverty_lines.json``, read once, here); the survey storage gives the lines in force,
which may be newer ones received from the central office.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from bienestar_field.casebook.errors import NotFound
from bienestar_field.domain.eligibility import SurveyBasis
from bienestar_field.domain.poverty import PovertyLines, load_lines
from bienestar_field.domain.survey import HouseholdAnswers, Questionnaire, load_questionnaire


class SurveyAnswers(Protocol):
    """The one thing eligibility reads of the survey storage."""

    def answers(self, household_id: str) -> HouseholdAnswers | None:
        """The household's answers as the survey stands, or ``None`` if it has none."""
        ...

    def questionnaire(self) -> Questionnaire:
        """The questionnaire that says what the answers mean."""
        ...

    def lines(self) -> PovertyLines:
        """The poverty lines in force."""
        ...


class NoSurveys:
    """No household has a survey (no survey storage connected); the shipped questionnaire
    and lines."""

    def answers(self, household_id: str) -> HouseholdAnswers | None:
        return None

    def questionnaire(self) -> Questionnaire:
        return shipped_questionnaire()

    def lines(self) -> PovertyLines:
        return shipped_lines()


@cache
def shipped_questionnaire() -> Questionnaire:
    return load_questionnaire()


@cache
def shipped_lines() -> PovertyLines:
    return load_lines()


def survey_basis(surveys: SurveyAnswers, household_id: str | None) -> SurveyBasis:
    """A household's answers (none without a household) with the data to read them by."""
    answers = None
    if household_id is not None:
        try:
            answers = surveys.answers(household_id)
        except NotFound:  # a household not (or no longer) on this laptop: no survey here
            answers = None
    return SurveyBasis(answers, surveys.questionnaire(), surveys.lines())


__all__ = ["NoSurveys", "SurveyAnswers", "shipped_lines", "shipped_questionnaire", "survey_basis"]
