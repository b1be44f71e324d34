"""A household's survey through a real ``bienestar-central serve``, SQLite and PostgreSQL:
answered on one laptop and corrected on another, merged answer by answer."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from bienestar_field.demo import synthetic_household
from bienestar_field.domain.households import Household
from bienestar_field.domain.survey import Income, survey_id_for
from tests.helpers.surveys import full_survey
from tests.sync.central_harness import CentralServer, Device
from tests.sync.test_life_events_sync import server_fields

MakeDevice = Callable[[str], Device]
REGISTERED = date(2026, 3, 16)


def enrolled(make_device: MakeDevice, server: CentralServer, name: str, office: str) -> Device:
    device = make_device(name)
    device.enroll(server.url, server.code(office))
    return device


def household(device: Device, seed: int) -> Household:
    return device.casebook.households.register(
        synthetic_household(random.Random(seed), REGISTERED), today=REGISTERED
    )


def test_a_survey_answered_on_one_laptop_and_corrected_on_another_merges_answer_by_answer(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    home = household(a, 81)
    answered = full_survey(home.id, a.casebook.surveys.respondents(home.id))
    a.casebook.surveys.save(answered)
    a.sync()
    b.sync()
    on_b = b.casebook.surveys.get(home.id)
    assert on_b is not None
    assert on_b.floor == "tierra"
    assert on_b.questionnaire_version == "cuis-2026.1"

    # Offline, both correct: a the floor and the eldest's income, b the water and the rooms.
    eldest = max(a.casebook.surveys.respondents(home.id), key=lambda r: r.age).person_id
    raised = (Income("trabajo", Decimal("9000"), "mensual"),)
    a_members = {**answered.members}
    a_members[eldest] = replace(a_members[eldest], incomes=raised)
    a.casebook.surveys.save(replace(answered, floor="cemento", members=a_members))
    b.casebook.surveys.save(replace(on_b, water="pipa", rooms=1))
    assert a.sync().conflicts == 0
    assert b.sync().conflicts == 0  # different answers: both apply, nothing to review
    a.sync()

    survey_id = survey_id_for(home.id)
    stored = server_fields(server, survey_id)
    assert (stored["floor"], stored["water"], stored["rooms"]) == ("cemento", "pipa", 1)
    assert stored[f"member.{eldest}"]["incomes"][0]["amount"] == "9000.00"  # type: ignore[index]
    for device in (a, b):
        survey = device.casebook.surveys.get(home.id)
        assert survey is not None
        assert (survey.floor, survey.water, survey.rooms) == ("cemento", "pipa", 1)
        assert survey.members[eldest].incomes == raised
    assert a.outbox("pending") == b.outbox("pending") == []


def test_the_same_answer_corrected_on_two_laptops_keeps_the_later_and_queues_the_other(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    home = household(a, 82)
    answered = full_survey(home.id, a.casebook.surveys.respondents(home.id))
    a.casebook.surveys.save(answered)
    a.sync()
    b.sync()
    a.casebook.surveys.save(replace(answered, walls="tabique"))
    b.casebook.surveys.save(replace(answered, walls="madera"))  # later stamp
    a.sync()
    report = b.sync()
    a.sync()

    assert report.conflicts == 1  # the loser kept for a supervisor, never dropped
    assert server_fields(server, survey_id_for(home.id))["walls"] == "madera"
    for device in (a, b):
        survey = device.casebook.surveys.get(home.id)
        assert survey is not None
        assert survey.walls == "madera"


def test_a_survey_begun_apart_on_two_laptops_is_one_record_merged_on_the_server(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    home = household(a, 83)
    a.sync()
    b.sync()
    people = a.casebook.surveys.respondents(home.id)
    a.casebook.surveys.save(replace(full_survey(home.id, people), water=None))
    b.casebook.surveys.save(replace(full_survey(home.id, people), floor=None, water="pozo_rio"))
    a.sync()
    b.sync()
    a.sync()

    stored = server_fields(server, survey_id_for(home.id))
    # b's creation merged as an edit on nothing seen: its answers landed beside a's.
    assert stored["water"] == "pozo_rio"
    assert a.outbox("pending") == b.outbox("pending") == []
    assert a.outbox("rejected") == b.outbox("rejected") == []
