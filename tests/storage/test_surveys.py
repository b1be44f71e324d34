"""Household surveys through the casebook: one synced, encrypted record per household, each
save an entity + outbox change + audit event, measured against the lines in force."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from bienestar_field.casebook import Casebook, CasebookStore, ValidationFailed
from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.casebook.surveys import LINES_PREFIX
from bienestar_field.domain.poverty import Deprivation, IncomeLevel, Standing
from bienestar_field.domain.survey import Income, survey_id_for
from bienestar_field.domain.users import Role
from bienestar_field.storage.schema import AuditEvent, HouseholdSurveyRow, OutboxChange
from tests.helpers.surveys import full_survey

if TYPE_CHECKING:
    from tests.conftest import People


def test_a_survey_saves_once_then_edits_only_the_answers_that_changed(
    casebook: Casebook, set_up_store: CasebookStore, people: People
) -> None:
    household = casebook.households.register(people.household(4))
    assert casebook.surveys.answers(household.id) is None
    assert casebook.surveys.poverty(household.id) is None
    survey = full_survey(household.id, casebook.surveys.respondents(household.id))

    saved = casebook.surveys.save(survey)
    assert saved.id == survey_id_for(household.id)
    assert saved.version == 1
    edited = casebook.surveys.save(replace(survey, drainage="fosa"))
    assert edited.version == 2
    unchanged = casebook.surveys.save(replace(survey, drainage="fosa"))
    assert unchanged.version == 2  # nothing changed: no change to send

    with set_up_store.database.reading() as session:
        changes = list(
            session.scalars(
                select(OutboxChange)
                .where(OutboxChange.entity_id == saved.id)
                .order_by(OutboxChange.seq)
            )
        )
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == saved.id))
        )
        row = session.get_one(HouseholdSurveyRow, saved.id)
    assert [(c.entity, c.operation) for c in changes] == [
        ("household_survey", "create"),
        ("household_survey", "update"),
    ]
    assert actions == ["household_survey.create", "household_survey.update"]
    assert row.questionnaire_version == "cuis-2026.1"
    assert b"tierra" not in row.data  # the answers are in the encrypted blob only
    answers = casebook.surveys.answers(household.id)
    assert answers is not None
    assert answers.drainage == "fosa"
    assert {m.person_id for m in answers.members} == {m.id for m in household.members}


def test_the_measurement_says_the_reasons_or_what_is_missing(
    casebook: Casebook, people: People
) -> None:
    household = casebook.households.register(people.household(4))
    respondents = casebook.surveys.respondents(household.id)
    survey = full_survey(household.id, respondents, monthly_income="1200")
    casebook.surveys.save(replace(survey, floor=None, rural=None))

    incomplete = casebook.surveys.poverty(household.id)
    assert incomplete is not None
    assert not incomplete.complete
    assert {"floor", "locality_size"} <= set(incomplete.missing)

    casebook.surveys.save(survey)
    result = casebook.surveys.poverty(household.id)
    assert result is not None
    assert result.complete
    assert result.income_per_person == Decimal("300.00")  # 1200 among four
    assert result.income_level is IncomeLevel.BELOW_EXTREME
    # Earth floor (dwelling), no drainage (services), nobody contributes (social security).
    assert {Deprivation.DWELLING, Deprivation.SERVICES} <= result.household_deprivations
    assert all(Deprivation.SOCIAL_SECURITY in m.deprivations for m in result.members)
    assert {m.standing for m in result.members} == {Standing.EXTREME_POVERTY}


def test_new_poverty_lines_received_change_a_households_classification(
    casebook: Casebook, people: People
) -> None:
    household = casebook.households.register(people.household(2))
    respondents = casebook.surveys.respondents(household.id)
    # 4,000 a month for two: 2,000 each, between the shipped rural lines (1,854.39 / 3,451.13).
    eldest = max(respondents, key=lambda r: r.age).person_id
    survey = full_survey(household.id, respondents, monthly_income="4000")
    members = dict(survey.members)
    members[eldest] = replace(
        members[eldest], incomes=(Income("trabajo", Decimal("4000"), "mensual"),)
    )
    casebook.surveys.save(replace(survey, members=members))
    before = casebook.surveys.poverty(household.id)
    assert before is not None
    assert before.income_level is IncomeLevel.BELOW_LINE

    shipped = json.loads(
        resources.files("bienestar_field.resources.catalogs")
        .joinpath("poverty_lines.json")
        .read_bytes()
    )
    shipped["catalog_version"] = "2026-10"
    shipped["valid_from"] = "2026-01-20"
    shipped["lines"]["rural"] = {"extreme_income": "2100.00", "income": "3900.00"}
    casebook.surveys.receive_lines(json.dumps(shipped).encode("utf-8"))

    after = casebook.surveys.poverty(household.id)
    assert after is not None
    assert after.lines_version == "2026-10"
    assert after.income_level is IncomeLevel.BELOW_EXTREME
    assert {m.standing for m in after.members} == {Standing.EXTREME_POVERTY}


def test_a_damaged_stored_set_of_lines_is_left_out_and_the_others_still_apply(
    casebook: Casebook,
) -> None:
    shipped = json.loads(
        resources.files("bienestar_field.resources.catalogs")
        .joinpath("poverty_lines.json")
        .read_bytes()
    )
    shipped["catalog_version"] = "2026-10"
    shipped["valid_from"] = "2026-01-20"
    casebook.surveys.receive_lines(json.dumps(shipped).encode("utf-8"))
    with casebook.unit_of_work() as work:  # a row damaged by hand, or by an older build
        work.sync.set_state(LINES_PREFIX + "2026-11", '{"catalog_version": "2026-11"')
    assert casebook.surveys.lines().version == "2026-10"


def test_answers_that_are_not_options_of_the_questionnaire_are_refused(
    casebook: Casebook, people: People
) -> None:
    household = casebook.households.register(people.household(2))
    survey = full_survey(household.id, casebook.surveys.respondents(household.id))
    with pytest.raises(ValidationFailed):
        casebook.surveys.save(replace(survey, floor="marmol"))
    assert casebook.surveys.get(household.id) is None


def test_a_survey_draft_is_kept_under_the_surveys_id_and_dropped_by_the_save(
    casebook: Casebook, people: People
) -> None:
    household = casebook.households.register(people.household(2))
    casebook.surveys.save_draft(household.id, household.folio or "", {"step": 2})
    draft = casebook.surveys.draft(household.id)
    assert draft is not None
    assert draft["step"] == 2
    survey = full_survey(household.id, casebook.surveys.respondents(household.id))
    casebook.surveys.save(survey)
    assert casebook.surveys.draft(household.id) is None


@pytest.mark.parametrize("casebook_role", [Role.SUPERVISOR])  # reports are a supervisor's
def test_the_survey_report_counts_coverage_poverty_and_deprivations_by_locality(
    casebook: Casebook, people: People
) -> None:
    here = casebook.households.register(people.household(4))
    measured = full_survey(here.id, casebook.surveys.respondents(here.id))
    casebook.surveys.save(measured)
    half = casebook.households.register(people.household(2))
    casebook.surveys.save(
        replace(full_survey(half.id, casebook.surveys.respondents(half.id)), floor=None)
    )
    elsewhere = people.household(3)
    elsewhere = replace(
        elsewhere,
        address=replace(elsewhere.address, locality_code=None, locality_name="San Isidro"),
    )
    casebook.households.register(elsewhere)  # never surveyed

    table = casebook.reports.survey_report()

    by_label = {line.label.split(",")[0]: line.figures for line in table.lines}
    assert set(by_label) == {here.address.locality_name, "San Isidro"}
    first = by_label[here.address.locality_name]
    assert (first["households"], first["households_surveyed"]) == (2, 2)
    assert (first["households_measured"], first["households_incomplete"]) == (1, 1)
    assert first["persons_measured"] == 4
    assert first["persons_in_extreme_poverty"] == 4
    assert first["persons_in_poverty"] == 4  # extreme poverty is poverty too
    assert first["deprivation_services"] == 4  # no drainage: every member
    assert first["deprivation_social_security"] == 4
    assert by_label["San Isidro"]["households_not_surveyed"] == 1
    assert by_label["San Isidro"]["persons_measured"] == 0
    # The lines add up to the total, and the total to the households.
    for figure in table.figures:
        assert sum(line.figures[figure] for line in table.lines) == table.total.figures[figure]
    total = table.total.figures
    assert total["households"] == casebook.reports.stats().households == 3
    assert total["households_surveyed"] + total["households_not_surveyed"] == 3
    assert total["households_measured"] + total["households_incomplete"] == 2


def test_the_survey_report_is_refused_to_a_caseworker(casebook: Casebook) -> None:
    with pytest.raises(NotAllowed):
        casebook.reports.survey_report()


@pytest.mark.parametrize("casebook_role", [Role.SUPERVISOR])  # reports are a supervisor's
def test_a_surveys_pending_change_counts_in_its_households_locality(
    casebook: Casebook, people: People
) -> None:
    household = casebook.households.register(people.household(2))
    casebook.surveys.save(full_survey(household.id, casebook.surveys.respondents(household.id)))
    today = casebook.today()

    table = casebook.reports.report(today, today, "locality")

    (line,) = table.lines  # nothing lands in the group of records without a place
    assert line.figures["pending_changes"] == table.total.figures["pending_changes"] == 4
