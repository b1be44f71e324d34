"""Skip logic: which questions apply to a person of a given age and sex, one rule for all."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from bienestar_field.domain.curp import parse_curp
from bienestar_field.domain.people import Occupation, Person, Schooling, SchoolLevel, Sex
from bienestar_field.domain.questions import (
    PREGNANCY_MAX_AGE,
    PREGNANCY_MIN_AGE,
    Question,
    age_for,
    applicable_questions,
    inapplicable_answers,
    why_not_asked,
    without_inapplicable_answers,
)
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_field.domain.validation import validate_person

TODAY = date(2026, 3, 15)
EVERY = frozenset(Question)


def person_aged(age: int, sex: Sex = Sex.MUJER, seed: int = 3) -> Person:
    who = synthetic_identity(
        random.Random(seed), sex=sex, min_age=age, max_age=age, birth_state="OC", today=TODAY
    )
    assert parse_curp(who.curp).sex is sex
    return Person(
        id="p",
        curp=who.curp,
        nombres=who.nombres,
        primer_apellido=who.primer_apellido,
        segundo_apellido=who.segundo_apellido,
        birth_date=who.birth_date,
        sex=who.sex,
        birth_state=who.birth_state,
    )


def answered_everything(person: Person) -> Person:
    return replace(
        person,
        phone="+529511234567",
        occupation=Occupation.TRABAJA,
        pregnancy_due_date=TODAY + timedelta(days=100),
        schooling=Schooling(SchoolLevel.PREESCOLAR),
    )


def test_a_three_year_old_is_asked_neither_phone_nor_occupation_nor_pregnancy() -> None:
    asked = applicable_questions(age=3, sex=Sex.MUJER)
    assert Question.PHONE not in asked
    assert Question.OCCUPATION not in asked
    assert Question.PREGNANCY not in asked
    assert Question.SCHOOLING in asked, "preescolar starts at three"


def test_a_baby_is_not_asked_about_school() -> None:
    assert Question.SCHOOLING not in applicable_questions(age=1, sex=Sex.HOMBRE)


def test_an_adult_woman_is_asked_everything_and_a_man_everything_but_pregnancy() -> None:
    assert applicable_questions(age=30, sex=Sex.MUJER) == EVERY
    assert applicable_questions(age=30, sex=Sex.NO_BINARIO) == EVERY
    assert applicable_questions(age=30, sex=Sex.HOMBRE) == EVERY - {Question.PREGNANCY}


@pytest.mark.parametrize(
    ("age", "asked"),
    [
        (PREGNANCY_MIN_AGE - 1, False),
        (PREGNANCY_MIN_AGE, True),
        (PREGNANCY_MAX_AGE, True),
        (PREGNANCY_MAX_AGE + 1, False),
        (70, False),
    ],
)
def test_pregnancy_only_at_a_plausible_age(age: int, asked: bool) -> None:
    assert (Question.PREGNANCY in applicable_questions(age=age, sex=Sex.MUJER)) is asked


def test_an_unknown_age_or_sex_rules_nothing_out() -> None:
    assert applicable_questions(age=None, sex=None) == EVERY
    assert applicable_questions(age=None, sex=Sex.HOMBRE) == EVERY - {Question.PREGNANCY}
    assert applicable_questions(age=2, sex=None) == frozenset()


def test_the_age_of_a_future_birth_date_is_unknown() -> None:
    assert age_for(date(2027, 1, 1), TODAY) is None
    assert age_for(None, TODAY) is None
    assert age_for(date(2023, 3, 15), TODAY) == 3
    assert age_for(date(2023, 3, 16), TODAY) == 2


def test_every_reason_is_a_sentence_with_the_age_it_starts_at() -> None:
    reason = why_not_asked(Question.PHONE, age=3, sex=Sex.MUJER)
    assert reason is not None
    assert str(reason) == "El teléfono se pregunta desde los 12 años."
    assert why_not_asked(Question.PHONE, age=12, sex=Sex.MUJER) is None


def test_stale_answers_of_a_child_are_dropped_and_the_rest_kept() -> None:
    child = answered_everything(person_aged(3))
    kept = without_inapplicable_answers(child, today=TODAY)
    assert kept.phone is None
    assert kept.occupation is Occupation.DESCONOCIDA
    assert kept.pregnancy_due_date is None
    assert kept.schooling == Schooling(SchoolLevel.PREESCOLAR)
    assert inapplicable_answers(kept, today=TODAY) == []


def test_an_adults_answers_are_left_alone() -> None:
    adult = answered_everything(person_aged(30))
    assert without_inapplicable_answers(adult, today=TODAY) is adult


def test_storage_validation_refuses_what_the_form_would_not_ask() -> None:
    child = answered_everything(person_aged(3))
    errors = validate_person(child, today=TODAY)
    assert {e.field for e in errors if e.blocking} == {
        "phone",
        "occupation",
        "pregnancy_due_date",
    }
    man = replace(person_aged(30, Sex.HOMBRE), pregnancy_due_date=TODAY + timedelta(days=90))
    assert [e.field for e in validate_person(man, today=TODAY)] == ["pregnancy_due_date"]
    cleaned = without_inapplicable_answers(child, today=TODAY)
    assert validate_person(cleaned, today=TODAY) == []
