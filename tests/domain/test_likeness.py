"""Probable duplicates: the slips that give one person two CURPs score high; different people
with similar names do not, and every pair worth a look shares a block."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bienestar_field.domain.likeness import (
    PROBABLE,
    PersonTraits,
    birth_likeness,
    block_keys,
    likeness,
    sound,
)

MARIA = PersonTraits(
    nombres="María Guadalupe",
    primer_apellido="Hernández",
    segundo_apellido="López",
    birth_date="1958-03-14",
    sex="M",
    curp="HELG580314MPLRPD05",
    place="21-114-0001",
)


@pytest.mark.parametrize(
    "slip",
    [
        replace(MARIA, curp="HELG580314MPLRPD09"),  # mistyped homoclave
        replace(MARIA, segundo_apellido=None, curp="HEXG580314MPLRXD02"),  # no second surname
        replace(MARIA, nombres="Ma. Guadalupe"),  # the abbreviation
        replace(MARIA, nombres="MARIA GUADALUPE", primer_apellido="HERNANDEZ"),  # no accents
        replace(MARIA, primer_apellido="Ernandes"),  # written as it sounds
        replace(MARIA, birth_date="1958-03-41".replace("41", "17")),  # one digit mistyped
        replace(MARIA, nombres="Guadalupe"),  # one of her given names
        replace(MARIA, place=None),  # registered alone, no household
        # A mistyped year: another CURP date, so no CURP block; the name with day and month.
        replace(MARIA, birth_date="1968-03-14", curp="HELG680314MPLRPD02"),
        # A mistyped day and no second surname: date and initials both differ; the name with
        # the year.
        replace(MARIA, segundo_apellido=None, birth_date="1958-03-17", curp="HEXG580317MPLRXD03"),
    ],
)
def test_the_slips_that_give_one_person_two_curps_score_as_probable(slip: PersonTraits) -> None:
    found = likeness(MARIA, slip)
    assert found.probable, found
    assert likeness(slip, MARIA).score == found.score
    assert block_keys(MARIA) & block_keys(slip), "the pair must share a block to be found"


def test_blocks_stay_small_each_holds_part_of_the_birth_date() -> None:
    # Two people with the same names born in other years and on other days share no block:
    # at a million people a name-only block would hold thousands.
    other = replace(MARIA, birth_date="1971-08-02", curp="HELG710802MPLRPD08")
    assert not block_keys(MARIA) & block_keys(other)


def test_the_issue_pair_mistyped_homoclave_and_no_second_surname_together() -> None:
    other = replace(MARIA, segundo_apellido=None, curp="HEXG580314MPLRXD07")
    assert likeness(MARIA, other).score >= PROBABLE


@pytest.mark.parametrize(
    "different",
    [
        replace(MARIA, birth_date="1963-09-02"),  # same names, another birth date
        replace(MARIA, nombres="José Luis", sex="H"),  # a brother born the same day
        replace(MARIA, nombres="Rosa", primer_apellido="Pérez", segundo_apellido="Cruz"),
        replace(MARIA, segundo_apellido="Pérez", birth_date="1958-11-30", place="21-114-0002"),
    ],
)
def test_different_people_with_similar_names_are_not_probable(different: PersonTraits) -> None:
    assert not likeness(MARIA, different).probable


def test_a_second_surname_that_differs_counts_against_the_pair() -> None:
    same_but_missing = likeness(MARIA, replace(MARIA, segundo_apellido=None))
    differing = likeness(MARIA, replace(MARIA, segundo_apellido="Santiago"))
    assert differing.name < same_but_missing.name


def test_sound_folds_the_spellings_of_one_spanish_sound() -> None:
    assert sound("HERNANDEZ") == sound("ERNANDES")
    assert sound("VILLALOBOS") == sound("BIYALOBOS")
    assert sound("GUILLERMO") == sound("GILLERMO")
    assert sound("CECILIA") == sound("SESILIA")
    assert sound("PEREZ") != sound("LOPEZ")


def test_birth_dates_close_by_a_slip() -> None:
    assert birth_likeness("1958-03-14", "1958-03-14") == 1.0
    assert birth_likeness("1958-03-04", "1958-04-03") > 0.5  # day and month swapped
    assert birth_likeness("1958-03-14", "1958-03-15") > 0.5
    assert birth_likeness("1958-03-14", "1960-07-01") == 0.0
    assert birth_likeness("1958-03-14", "not a date") == 0.0
