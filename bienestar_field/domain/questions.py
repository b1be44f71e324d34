"""Which questions of the person form apply to someone, from their age and sex (skip logic).

One rule for the form, which hides a question that does not apply and never saves an answer
it hid, and for storage, where ``validate_person`` refuses such an answer: the two cannot
drift apart. Ages are completed years on the day of capture; an unknown age or sex (not typed
yet) rules nothing out.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum

from bienestar_field.domain.people import Occupation, Person, Sex, age_on
from bienestar_field.domain.text import Text, text


class Question(StrEnum):
    """A question some people are not asked; the value is the person's field it fills."""

    PHONE = "phone"
    OCCUPATION = "occupation"
    PREGNANCY = "pregnancy_due_date"
    SCHOOLING = "schooling"


# INEGI asks about work of people 12 and over; a younger child is reached through the phone
# of an adult of the household.
PHONE_MIN_AGE = 12
OCCUPATION_MIN_AGE = 12
# Preescolar starts at three.
SCHOOLING_MIN_AGE = 3
# Births are registered to mothers from 10 years old (INEGI's birth statistics): a girl that
# young who is pregnant needs the prenatal support most, so the form must still ask. Past 55,
# a due date is a typing mistake.
PREGNANCY_MIN_AGE = 10
PREGNANCY_MAX_AGE = 55


def age_for(birth_date: date | None, today: date) -> int | None:
    """Completed years on ``today``; ``None`` when the birth date is unknown or in the future."""
    if birth_date is None or birth_date > today:
        return None
    return age_on(birth_date, today)


def why_not_asked(question: Question, *, age: int | None, sex: Sex | None) -> Text | None:
    """Why ``question`` is not asked of this person, or ``None`` when it is asked."""
    if question is Question.PHONE:
        if age is not None and age < PHONE_MIN_AGE:
            return text("El teléfono se pregunta desde los {age} años.", age=PHONE_MIN_AGE)
    elif question is Question.OCCUPATION:
        if age is not None and age < OCCUPATION_MIN_AGE:
            return text("La ocupación se pregunta desde los {age} años.", age=OCCUPATION_MIN_AGE)
    elif question is Question.SCHOOLING:
        if age is not None and age < SCHOOLING_MIN_AGE:
            return text("La escuela se pregunta desde los {age} años.", age=SCHOOLING_MIN_AGE)
    elif question is Question.PREGNANCY:
        if sex is Sex.HOMBRE:
            return text("Solo se registra embarazo para personas de sexo mujer o no binario.")
        if age is not None and not PREGNANCY_MIN_AGE <= age <= PREGNANCY_MAX_AGE:
            return text(
                "El embarazo se registra de los {low} a los {high} años.",
                low=PREGNANCY_MIN_AGE,
                high=PREGNANCY_MAX_AGE,
            )
    return None


def applicable_questions(*, age: int | None, sex: Sex | None) -> frozenset[Question]:
    """The questions asked of a person of this age and sex."""
    return frozenset(q for q in Question if why_not_asked(q, age=age, sex=sex) is None)


def answered_questions(person: Person) -> frozenset[Question]:
    """The questions this person has an answer to ("unknown" occupation is no answer)."""
    answers = {
        Question.PHONE: person.phone is not None,
        Question.OCCUPATION: person.occupation is not Occupation.DESCONOCIDA,
        Question.PREGNANCY: person.pregnancy_due_date is not None,
        Question.SCHOOLING: person.schooling is not None,
    }
    return frozenset(q for q, given in answers.items() if given)


def inapplicable_answers(person: Person, *, today: date) -> list[tuple[Question, Text]]:
    """Answers to questions this person is not asked, each with the reason, in form order."""
    age = age_for(person.birth_date, today)
    answered = answered_questions(person)
    found = []
    for question in Question:
        reason = why_not_asked(question, age=age, sex=person.sex)
        if reason is not None and question in answered:
            found.append((question, reason))
    return found


def without_inapplicable_answers(person: Person, *, today: date) -> Person:
    """The person with every answer to a question they are not asked removed."""
    dropped = {question for question, _reason in inapplicable_answers(person, today=today)}
    if not dropped:
        return person
    return replace(
        person,
        phone=None if Question.PHONE in dropped else person.phone,
        occupation=(
            Occupation.DESCONOCIDA if Question.OCCUPATION in dropped else person.occupation
        ),
        pregnancy_due_date=(None if Question.PREGNANCY in dropped else person.pregnancy_due_date),
        schooling=None if Question.SCHOOLING in dropped else person.schooling,
    )


__all__ = [
    "OCCUPATION_MIN_AGE",
    "PHONE_MIN_AGE",
    "PREGNANCY_MAX_AGE",
    "PREGNANCY_MIN_AGE",
    "SCHOOLING_MIN_AGE",
    "Question",
    "age_for",
    "answered_questions",
    "applicable_questions",
    "inapplicable_answers",
    "why_not_asked",
    "without_inapplicable_answers",
]
