"""A supervisor's decision is checked against its item before it is stored to send: a merge
keeps one of the pair, a choice fits its queue, and one item waits with one decision at most.
Nothing refused is stored."""

from __future__ import annotations

import pytest

from bienestar_field.casebook import Casebook
from bienestar_field.casebook.review import ReviewError
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.users import Role
from bienestar_wire.protocol import Entity, RecordState
from bienestar_wire.review import ReviewChoice, ReviewItem, ReviewKind

AT = "2026-03-16T15:30:00+00:00"


@pytest.fixture
def casebook_role() -> Role:
    return Role.SUPERVISOR


def _person(entity_id: str) -> RecordState:
    return RecordState(
        entity=Entity.PERSON,
        entity_id=entity_id,
        version=1,
        deleted=False,
        hlc="1773675000000-00000-abcdef",
        created_by="device",
        created_at=AT,
        updated_at=AT,
        fields={"nombres": "Sintética"},
    )


def _pair() -> ReviewItem:
    first, second = uuid7(), uuid7()
    return ReviewItem(
        item_id="duplicate-1",
        kind=ReviewKind.PROBABLE_DUPLICATE,
        entity=Entity.PERSON,
        entity_id=first,
        created_at=AT,
        score=0.92,
        records=(_person(first), _person(second)),
    )


def test_a_merge_keeps_one_of_the_pair_and_a_choice_fits_its_queue(casebook: Casebook) -> None:
    pair = _pair()
    with pytest.raises(ReviewError, match="one of the pair"):
        casebook.review.decide(pair, ReviewChoice.SAME_PERSON, keep=uuid7())
    with pytest.raises(ReviewError, match="does not decide"):
        casebook.review.decide(pair, ReviewChoice.APPROVE)
    assert casebook.review.pending_count() == 0  # nothing refused was stored

    kept = pair.records[0].entity_id
    casebook.review.decide(pair, ReviewChoice.SAME_PERSON, keep=kept, take=["nombres"])
    assert casebook.review.pending_count() == 1


def test_an_item_waits_with_one_decision_at_most(casebook: Casebook) -> None:
    pair = _pair()
    casebook.review.decide(pair, ReviewChoice.DIFFERENT)
    with pytest.raises(ReviewError, match="already has a decision"):
        casebook.review.decide(pair, ReviewChoice.SAME_PERSON, keep=pair.entity_id)
    assert casebook.review.pending_count() == 1
