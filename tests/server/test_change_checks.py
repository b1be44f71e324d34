"""The checks a change passes before it touches a record, and the duplicate watch, without I/O."""

from __future__ import annotations

from typing import Any

import pytest

from bienestar_central.service.merge import new_record
from bienestar_central.service.review import DuplicateWatch
from bienestar_central.service.validation import clock_problem, parent_problem
from bienestar_field.domain.clock import HlcStamp
from bienestar_wire.protocol import (
    MAX_CLOCK_SKEW_SECONDS,
    Change,
    Entity,
    Operation,
    RejectReason,
    ReviewReason,
)

ARRIVAL_MS = 1_780_000_000_000
OWNERS = {
    "h-norte": (Entity.HOUSEHOLD, "Norte"),
    "h-sur": (Entity.HOUSEHOLD, "Sur"),
    "p-norte": (Entity.PERSON, "Norte"),
}


def change(
    entity: Entity,
    fields: dict[str, Any],
    *,
    entity_id: str = "x-1",
    operation: Operation = Operation.CREATE,
    physical_ms: int = ARRIVAL_MS,
) -> Change:
    return Change(
        change_id=f"c-{entity_id}-{len(fields)}",
        entity=entity,
        entity_id=entity_id,
        operation=operation,
        base_version=0,
        basis_version=0,
        hlc=str(HlcStamp(physical_ms, 0, "abcdef")),
        user_id="ana",
        created_at="2026-03-02T09:30:00+00:00",
        fields=fields,
    )


@pytest.mark.parametrize(
    ("entity", "fields", "required", "problem"),
    [
        (Entity.PERSON, {"household_id": "h-norte"}, True, None),
        (Entity.PERSON, {}, True, None),  # a person may stand alone
        (Entity.PERSON, {"household_id": None}, True, None),
        (Entity.ENROLLMENT, {}, True, RejectReason.INVALID),
        (Entity.ENROLLMENT, {}, False, None),  # an update need not repeat its parent
        (Entity.ENROLLMENT, {"person_id": None}, False, RejectReason.INVALID),
        (Entity.PERSON, {"household_id": 7}, True, RejectReason.INVALID),
        (Entity.PERSON, {"household_id": "h-nowhere"}, True, RejectReason.UNKNOWN_PARENT),
        (Entity.PERSON, {"household_id": "p-norte"}, True, RejectReason.WRONG_ENTITY),
        (Entity.PERSON, {"household_id": "h-sur"}, True, RejectReason.OUT_OF_SCOPE),
        (Entity.HOUSEHOLD, {"household_id": "h-sur"}, True, None),  # households have none
    ],
)
def test_a_parent_must_exist_be_of_its_kind_and_of_the_office(
    entity: Entity, fields: dict[str, Any], required: bool, problem: RejectReason | None
) -> None:
    found = parent_problem(change(entity, fields), OWNERS.get, "Norte", required=required)
    assert found == (problem.value if problem is not None else None)


def test_a_stamp_ahead_of_the_server_by_more_than_the_skew_is_refused() -> None:
    limit = ARRIVAL_MS + MAX_CLOCK_SKEW_SECONDS * 1000
    assert clock_problem(change(Entity.HOUSEHOLD, {}, physical_ms=limit), ARRIVAL_MS) is None
    ahead = change(Entity.HOUSEHOLD, {}, physical_ms=limit + 1)
    assert clock_problem(ahead, ARRIVAL_MS) == RejectReason.CLOCK_AHEAD.value


def test_the_duplicate_watch_queues_a_curp_of_any_office_and_tells_only_of_its_own() -> None:
    curp = "GODE561231HDFRRN04"
    watch = DuplicateWatch(lambda text: text.encode("ascii"), "2026-03-02T09:30:00+00:00")
    watch.curps[curp.encode("ascii")] = {("p-stored", "Sur")}
    first = change(Entity.PERSON, {"curp": curp}, entity_id="p-new")
    record = new_record(first, "dev-1", "Norte", watch.now)
    assert watch.check(record, first) == []  # queued, but another office's: not told
    assert [(r["entity_id"], r["other_entity_id"], r["other_office"]) for r in watch.rows] == [
        ("p-new", "p-stored", "Sur")
    ]
    # The same record changed again is no duplicate of itself.
    assert watch.check(record, change(Entity.PERSON, {"curp": curp}, entity_id="p-new")) == []
    assert len(watch.rows) == 2  # still only against the stored one
    # A second one in the office is told, and queued against both.
    second = change(Entity.PERSON, {"curp": curp}, entity_id="p-two")
    assert watch.check(new_record(second, "dev-1", "Norte", watch.now), second) == [
        ReviewReason.DUPLICATE_CURP.value
    ]
    assert [(r["entity_id"], r["other_entity_id"]) for r in watch.rows[2:]] == [
        ("p-two", "p-new"),
        ("p-two", "p-stored"),
    ]
    # The same id in another office is another record, not this one again.
    twin = change(Entity.PERSON, {"curp": curp}, entity_id="p-new")
    assert watch.check(new_record(twin, "dev-2", "Sur", watch.now), twin) == [
        ReviewReason.DUPLICATE_CURP.value
    ]
    record.deleted = True
    assert watch.check(record, first) == []


def test_the_duplicate_watch_pairs_a_person_enrolled_twice_in_a_program() -> None:
    watch = DuplicateWatch(lambda text: text.encode("ascii"), "2026-03-02T09:30:00+00:00")
    fields = {"person_id": "p-1", "program_code": "PAM", "status": "draft"}
    first = change(Entity.ENROLLMENT, fields, entity_id="e-1")
    second = change(Entity.ENROLLMENT, fields, entity_id="e-2")
    assert watch.check(new_record(first, "dev-1", "Norte", watch.now), first) == []
    assert watch.check(new_record(second, "dev-1", "Norte", watch.now), second) == [
        ReviewReason.DUPLICATE_ENROLLMENT.value
    ]
    rejected = change(Entity.ENROLLMENT, {**fields, "status": "rejected"}, entity_id="e-3")
    assert watch.check(new_record(rejected, "dev-1", "Norte", watch.now), rejected) == []
    # Person ids are per office: the same link in another office is another person's.
    elsewhere = change(Entity.ENROLLMENT, fields, entity_id="e-4")
    assert watch.check(new_record(elsewhere, "dev-2", "Sur", watch.now), elsewhere) == []
