"""Household surveys: a household's socioeconomic answers saved, read back, and measured.

``answers`` gives what the poverty measurement (and eligibility) reads: the stored survey over
the household's current members, their ages and relationships from their person records on
the office's today. ``poverty`` measures it against the poverty lines in force, or says what
is missing; never a guess.

The survey is one synced record per household (its id derived from the household's), so a
save is a creation the first time and an edit after, carrying only the answers that changed:
another laptop's corrections of other answers merge beside them on the server. A survey left
half-way is kept as a draft (encrypted, this laptop only) under the survey's own id.

Poverty lines are catalog data: the shipped ones, or lines received later (``receive_lines``,
kept in the sync state like a pulled catalog, public figures, no personal data) in force from
their ``valid_from`` day.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from bienestar_field.casebook.drafts import DraftsManager
from bienestar_field.casebook.errors import NotFound, ValidationFailed
from bienestar_field.domain.people import age_on
from bienestar_field.domain.poverty import (
    LinesError,
    PovertyLines,
    PovertyResult,
    load_lines,
    measure,
)
from bienestar_field.domain.survey import (
    HouseholdAnswers,
    Questionnaire,
    Respondent,
    Survey,
    household_answers,
    load_questionnaire,
    survey_fields,
    survey_id_for,
    survey_problems,
)
from bienestar_field.domain.text import verbatim
from bienestar_field.domain.validation import FieldError
from bienestar_field.storage import records

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession
    from bienestar_field.storage.unit_of_work import Repositories

log = logging.getLogger(__name__)
DRAFT_KIND: Final = "household_survey"
LINES_PREFIX: Final = "poverty_lines/"


class SurveysManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session
        self._questionnaire: Questionnaire | None = None

    # --- the catalog data ------------------------------------------------------------------

    def questionnaire(self) -> Questionnaire:
        """The questionnaire new answers are given under (the shipped catalog's)."""
        if self._questionnaire is None:
            self._questionnaire = load_questionnaire()
        return self._questionnaire

    def lines(self) -> PovertyLines:
        """The poverty lines in force today: the latest received whose ``valid_from`` has
        come, else the shipped ones."""
        today = self._session.today().isoformat()
        best = load_lines()
        with self._session.reading() as stored:
            received = stored.sync.states_under(LINES_PREFIX)
        for key, value in received:
            try:
                lines = load_lines(value.encode("utf-8"))
            except LinesError as exc:
                # One damaged row must not stop every measurement: the others still apply.
                log.warning("ignoring stored poverty lines %s: %s", key, exc)
                continue
            if lines.valid_from <= today and (lines.valid_from, lines.version) > (
                best.valid_from,
                best.version,
            ):
                best = lines
        return best

    def receive_lines(self, data: bytes) -> PovertyLines:
        """Keep poverty lines published as JSON (checked whole first; ``LinesError`` says
        which field is wrong). They take effect on their ``valid_from`` day."""
        self._session.refuse_if_locked()
        lines = load_lines(data)
        with self._session.unit_of_work() as work:
            work.sync.set_state(LINES_PREFIX + lines.version, data.decode("utf-8"))
            work.audit.append(
                at=self._session.now().isoformat(),
                user_id=self._session.user.id,
                action="catalog.poverty_lines",
            )
        return lines

    # --- reading ---------------------------------------------------------------------------

    def get(self, household_id: str) -> Survey | None:
        """The household's saved survey, or ``None`` if it was never answered."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.surveys.of_household(household_id)

    def answers(self, household_id: str) -> HouseholdAnswers | None:
        """What the measurement reads of the household's survey; ``None`` if never answered."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            survey = stored.surveys.of_household(household_id)
            if survey is None:
                return None
            return household_answers(survey, self._respondents(stored, household_id))

    def poverty(self, household_id: str) -> PovertyResult | None:
        """The household measured with the lines in force (``missing`` names what the survey
        lacks, if anything); ``None`` if the household was never surveyed."""
        answers = self.answers(household_id)
        if answers is None:
            return None
        return measure(answers, self.questionnaire(), self.lines())

    def respondents(self, household_id: str) -> list[Respondent]:
        """The household's current members as the survey asks about them (age today)."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return self._respondents(stored, household_id)

    def _respondents(self, stored: Repositories, household_id: str) -> list[Respondent]:
        household = stored.households.get(household_id)
        if household is None:
            raise NotFound("no such household")
        today = self._session.today()
        return [
            Respondent(
                person_id=m.id,
                age=age_on(m.birth_date, today),
                birth_year=m.birth_date.year,
                relationship=m.relationship.value if m.relationship else None,
            )
            for m in household.members
        ]

    # --- writing ---------------------------------------------------------------------------

    def save(self, survey: Survey) -> Survey:
        """Store the household's answers (a creation the first time, an edit after, carrying
        the answers that changed), and drop its draft. Answers may be incomplete: the
        measurement names what is missing."""
        session = self._session
        session.refuse_if_locked()
        questionnaire = self.questionnaire()
        survey = replace(
            survey,
            id=survey_id_for(survey.household_id),
            questionnaire_version=survey.questionnaire_version or questionnaire.version,
        )
        problems = survey_problems(survey, questionnaire)
        if problems:
            raise ValidationFailed([FieldError("survey", verbatim(p)) for p in problems])
        with session.unit_of_work() as work:
            if work.households.row(survey.household_id) is None:
                raise NotFound("no such household")
            stamp = session.stamp()
            row = work.surveys.row(survey.id)
            if row is None:
                survey = replace(survey, version=1, updated_at=stamp.at)
                work.surveys.add(survey, stamp)
                work.record_change(
                    stamp,
                    "household_survey",
                    survey.id,
                    "create",
                    0,
                    records.survey_create_fields(survey),
                )
            else:
                before = survey_fields(work.surveys.from_row(row))
                after = survey_fields(survey)
                changed: dict[str, Any] = {k: v for k, v in after.items() if before.get(k) != v}
                if row.questionnaire_version != survey.questionnaire_version:
                    changed["questionnaire_version"] = survey.questionnaire_version
                if not changed:
                    work.drafts.delete(survey.id)
                    return work.surveys.from_row(row)
                survey = replace(survey, version=row.version + 1, updated_at=stamp.at)
                work.surveys.rewrite(row, survey, stamp)
                work.record_change(
                    stamp, "household_survey", survey.id, "update", row.version, changed
                )
            work.drafts.delete(survey.id)
            return survey

    def save_draft(self, household_id: str, label: str, payload: dict[str, Any]) -> str:
        """Keep a survey left half-way (the form's state, encrypted, on this laptop only)."""
        return self._session_drafts().save(
            DRAFT_KIND,
            label,
            {"household_id": household_id, **payload},
            survey_id_for(household_id),
        )

    def draft(self, household_id: str) -> dict[str, Any] | None:
        """The survey draft of this household, if one was left."""
        try:
            return self._session_drafts().load(survey_id_for(household_id))
        except NotFound:
            return None

    def discard_draft(self, household_id: str) -> None:
        self._session_drafts().delete(survey_id_for(household_id))

    def _session_drafts(self) -> DraftsManager:
        return DraftsManager(self._session)
