"""Field-by-field merge: concurrent edits merge, the later stamp wins, the loser is kept."""

from __future__ import annotations

from bienestar_central.service.merge import RecordDraft, merge_delete, merge_update, new_record
from bienestar_field.domain.ids import uuid7
from bienestar_wire.protocol import Change, Entity, Operation

AT = "2026-03-16T15:30:00+00:00"
A, B = "device-a", "device-b"


def change(
    fields: dict[str, object], *, hlc: str, basis: int, op: Operation = Operation.UPDATE
) -> Change:
    return Change(uuid7(), Entity.PERSON, "p", op, 0, basis, hlc, "u", AT, fields)


def stamp(ms: int, node: str = "n") -> str:
    return f"{ms:013d}-00000-{node}"


def created() -> RecordDraft:
    return new_record(
        change(
            {"phone": "1", "notes": "", "nombres": "Ana"},
            hlc=stamp(100),
            basis=0,
            op=Operation.CREATE,
        ),
        A,
        "Norte",
        AT,
    )


def test_an_edit_on_the_latest_version_applies_without_review() -> None:
    record = created()
    outcome = merge_update(record, change({"phone": "2"}, hlc=stamp(200), basis=1), A, AT)
    assert outcome.conflicts == []
    assert record.fields["phone"] == "2"
    assert record.version == 2


def test_concurrent_edits_of_different_fields_both_apply() -> None:
    record = created()
    merge_update(record, change({"phone": "2"}, hlc=stamp(200), basis=1), A, AT)
    outcome = merge_update(record, change({"notes": "x"}, hlc=stamp(150), basis=1), B, AT)
    assert outcome.conflicts == []
    assert (record.fields["phone"], record.fields["notes"]) == ("2", "x")


def test_the_later_stamp_wins_a_field_both_changed_and_the_loser_is_returned() -> None:
    record = created()
    merge_update(record, change({"phone": "from-a"}, hlc=stamp(300), basis=1), A, AT)
    outcome = merge_update(record, change({"phone": "from-b"}, hlc=stamp(200), basis=1), B, AT)
    assert record.fields["phone"] == "from-a"
    [conflict] = outcome.conflicts
    assert (conflict.field, conflict.winner_value, conflict.loser_value) == (
        "phone",
        "from-a",
        "from-b",
    )
    assert outcome.incoming_lost

    later = merge_update(record, change({"phone": "late-b"}, hlc=stamp(400), basis=1), B, AT)
    assert record.fields["phone"] == "late-b"
    assert later.conflicts[0].loser_value == "from-a"
    assert not later.incoming_lost


def test_a_device_never_conflicts_with_its_own_earlier_edits() -> None:
    record = created()
    merge_update(record, change({"phone": "2"}, hlc=stamp(200), basis=1), A, AT)
    outcome = merge_update(record, change({"phone": "3"}, hlc=stamp(150), basis=1), A, AT)
    assert outcome.conflicts == []
    assert record.fields["phone"] == "3"


def test_an_edit_that_saw_the_other_value_is_not_a_conflict() -> None:
    record = created()
    merge_update(record, change({"phone": "2"}, hlc=stamp(200), basis=1), A, AT)
    outcome = merge_update(record, change({"phone": "3"}, hlc=stamp(100), basis=2), B, AT)
    assert (
        outcome.conflicts == []
    )  # B had pulled version 2: a sequential edit, even if its clock lags
    assert record.fields["phone"] == "3"


def test_the_same_value_written_twice_is_not_a_conflict() -> None:
    record = created()
    merge_update(record, change({"phone": "2"}, hlc=stamp(200), basis=1), A, AT)
    assert (
        merge_update(record, change({"phone": "2"}, hlc=stamp(250), basis=1), B, AT).conflicts == []
    )


def test_a_tombstone_keeps_the_record_and_flags_later_edits() -> None:
    record = created()
    merge_delete(record, change({}, hlc=stamp(200), basis=1, op=Operation.DELETE), A, AT)
    assert record.deleted
    assert record.fields["nombres"] == "Ana"
    outcome = merge_update(record, change({"phone": "9"}, hlc=stamp(300), basis=1), B, AT)
    assert outcome.edit_of_deleted


def decided_enrolment(status: str) -> RecordDraft:
    """An enrolment a device submitted and the office then decided (``status``)."""
    from bienestar_central.service.merge import SERVER_DEVICE, FieldMeta

    record = new_record(
        Change(
            uuid7(),
            Entity.ENROLLMENT,
            "e",
            Operation.CREATE,
            0,
            0,
            stamp(100),
            "u",
            AT,
            {"status": "submitted", "person_id": "p", "program_code": "PAM"},
        ),
        A,
        "Norte",
        AT,
    )
    record.version = 2
    record.fields["status"] = status
    record.meta["status"] = FieldMeta(2, SERVER_DEVICE, stamp(900), "")
    return record


def enrolment_change(fields: dict[str, object], *, hlc: str) -> Change:
    return Change(uuid7(), Entity.ENROLLMENT, "e", Operation.UPDATE, 1, 1, hlc, "u", AT, fields)


def test_a_withdrawal_made_offline_overrides_the_offices_approval() -> None:
    record = decided_enrolment("approved")
    # Made before the approval (an older stamp, on a version that had not seen it).
    outcome = merge_update(
        record,
        enrolment_change({"status": "withdrawn", "closure_reason": "death"}, hlc=stamp(500)),
        B,
        AT,
    )
    assert outcome.conflicts == []
    assert record.fields["status"] == "withdrawn"
    assert record.fields["closure_reason"] == "death"


def test_a_rejected_enrolment_stays_rejected_and_the_closure_is_kept_for_review() -> None:
    record = decided_enrolment("rejected")
    outcome = merge_update(record, enrolment_change({"status": "withdrawn"}, hlc=stamp(500)), B, AT)
    assert record.fields["status"] == "rejected"
    [conflict] = outcome.conflicts
    assert (conflict.winner_value, conflict.loser_value) == ("rejected", "withdrawn")
    # And a device still cannot approve: only closing statuses pass the office's decision.
    merge_update(record, enrolment_change({"status": "submitted"}, hlc=stamp(950)), B, AT)
    assert record.fields["status"] == "rejected"
