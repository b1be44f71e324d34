"""Transitions due, read from the catalog's age limits, school levels and pregnancy rules."""

from __future__ import annotations

from datetime import date

from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    Person,
    Schooling,
    SchoolLevel,
    Sex,
)
from bienestar_field.domain.programs import ProgramCatalog
from bienestar_field.domain.transitions import TransitionKind, due, of_enrollment
from bienestar_wire.catalog import default_catalog, load_catalog
from tests.helpers import catalogs

TODAY = date(2026, 11, 15)
SHIPPED = default_catalog()


def _person(born: date, sex: Sex = Sex.MUJER, **kwargs: object) -> Person:
    return Person(
        "p1",
        "X" * 18,
        "Ana",
        "Pérez",
        None,
        born,
        sex,
        "OC",
        **kwargs,  # type: ignore[arg-type]
    )


def _enrolment(code: str) -> Enrollment:
    return Enrollment("e1", "p1", code, EnrollmentStatus.APROBADA)


def test_a_child_ages_out_of_childcare_at_4_or_at_6_with_a_disability() -> None:
    child = _person(date(2022, 12, 1))
    (out,) = of_enrollment(SHIPPED, _enrolment("NNHMT"), child, TODAY, 60)
    assert (out.kind, out.on, out.next_program) == (
        TransitionKind.AGE_LIMIT,
        date(2026, 12, 1),
        None,
    )
    assert str(out.action) == (
        "Dar de baja en Niñas y Niños, Hijos de Madres Trabajadoras por edad."
    )
    disabled = _person(date(2022, 12, 1), disability=Disability(DisabilityKind.MOTRIZ))
    assert of_enrollment(SHIPPED, _enrolment("NNHMT"), disabled, TODAY, 60) == []
    (later,) = of_enrollment(SHIPPED, _enrolment("NNHMT"), disabled, TODAY, 800)
    assert later.on == date(2028, 12, 1)


def test_the_age_limit_is_the_catalogs() -> None:
    document = catalogs.catalog("2026.60", "2026-01-01")
    alternatives = catalogs.program(document, "NNHMT")["rule"]["alternatives"]
    alternatives[0]["max_age"] = 4
    changed: ProgramCatalog = load_catalog(document)
    child = _person(date(2022, 12, 1))
    assert of_enrollment(changed, _enrolment("NNHMT"), child, TODAY, 60) == []
    (out,) = of_enrollment(changed, _enrolment("NNHMT"), child, TODAY, 400)
    assert out.on == date(2027, 12, 1)


def test_an_english_action_names_the_programs_in_the_catalogs_english() -> None:
    woman = _person(date(1961, 12, 20))
    (move,) = of_enrollment(SHIPPED, _enrolment("PMB"), woman, TODAY, 60)
    rendered = move.action.render(
        lambda template: "Enrol in {target} and withdraw from {program} by age.", "en"
    )
    assert rendered.startswith("Enrol in Pensión Adultos Mayores (")


def test_a_pregnancy_past_its_due_date_in_a_program_for_pregnant_women() -> None:
    document = catalogs.catalog("2026.61", "2026-01-01")
    catalogs.program(document, "NNHMT")["checks"] = [
        {
            "kind": "prenatal",
            "frequency": "mensual",
            "conditions_payment": True,
            "schedule": [{"from_week": 1, "to_week": 40}],
        }
    ]
    with_prenatal = load_catalog(document)
    mother = _person(date(1996, 1, 1), pregnancy_due_date=date(2026, 11, 1))
    found = due(with_prenatal, [(_enrolment("NNHMT"), mother)], TODAY, 60)
    (past,) = [t for t in found if t.kind is TransitionKind.DUE_DATE]
    assert str(past.reason) == "La fecha probable de parto (01/11/2026) ya pasó."
    # A program that has nothing to do with pregnancy does not list it.
    assert due(SHIPPED, [(_enrolment("PAM"), replace_age(mother))], TODAY, 60) == []


def replace_age(person: Person) -> Person:
    from dataclasses import replace

    return replace(person, birth_date=date(1950, 1, 1))


def test_a_student_outside_the_levels_of_the_scholarship_is_due_now() -> None:
    student = _person(date(2010, 1, 1), schooling=Schooling(SchoolLevel.SUPERIOR, grade=1))
    (now,) = of_enrollment(SHIPPED, _enrolment("BBJ"), student, TODAY, 0)
    assert (now.kind, now.on) == (TransitionKind.SCHOOL_LEVEL, TODAY)


def test_secundaria_last_grade_moves_from_rita_cetina_to_benito_juarez() -> None:
    student = _person(date(2011, 5, 1), schooling=Schooling(SchoolLevel.SECUNDARIA, grade=3))
    (move,) = of_enrollment(SHIPPED, _enrolment("BRC"), student, date(2027, 6, 1), 60)
    assert (move.on, move.next_program) == (date(2027, 7, 15), "BBJ")
