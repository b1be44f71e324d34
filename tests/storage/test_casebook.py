"""The Casebook's use cases against a real encrypted SQLite file (issue 2)."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import func, select
from stdnum.iso7064 import mod_37_36

from bienestar_field.casebook import (
    Casebook,
    CasebookError,
    CasebookStore,
    DuplicateCurp,
    DuplicateEnrollment,
    NotFound,
    StaleRecord,
    ValidationFailed,
)
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person, Relationship, Sex
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage import records
from bienestar_field.storage.repositories.audit import AuditLog
from bienestar_field.storage.schema import (
    AttendanceCheckRow,
    AuditEvent,
    Draft,
    EnrollmentRow,
    HouseholdRow,
    OutboxChange,
    PersonRow,
)
from bienestar_field.storage.unit_of_work import reading

if TYPE_CHECKING:
    from tests.conftest import Credentials, FakeClock, People

MODELS = {
    "households": HouseholdRow,
    "persons": PersonRow,
    "enrollments": EnrollmentRow,
    "attendance_checks": AttendanceCheckRow,
    "outbox": OutboxChange,
    "audit": AuditEvent,
    "drafts": Draft,
}


def row_counts(store: CasebookStore) -> dict[str, int]:
    with store.database.reading() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in MODELS.items()
        }


def moved(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {name: after[name] - before[name] for name in before if after[name] != before[name]}


def folio_seq(store: CasebookStore) -> str | None:
    with reading(store.database, None) as stored:
        return stored.meta.get("folio_seq")


def as_captured(person: Person) -> Person:
    """The person without what the casebook adds on save (ids, folio, stamps)."""
    return replace(
        person,
        id="",
        household_id=None,
        folio=None,
        version=0,
        created_by=None,
        created_at=None,
        updated_at=None,
    )


def enrollment_for(casebook: Casebook, person: Person, program_code: str) -> Enrollment:
    program = casebook.catalog[program_code]
    return Enrollment(
        id="",
        person_id=person.id,
        program_code=program_code,
        documents={d.code: True for d in program.documents},
        consent=PrivacyConsent(
            "2026-01", casebook.now().isoformat(), accepted=True, sensitive_data=True
        ),
    )


# --- registering households and people ------------------------------------------------------


def test_household_round_trip_returns_every_field(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    open_store: Callable[[], CasebookStore],
    credentials: Credentials,
    clock: FakeClock,
) -> None:
    captured = people.household(4, full=True)
    saved = casebook.households.register(captured)

    got = casebook.households.get(saved.id)
    assert got == saved
    assert got.address == captured.address
    assert got.gps == captured.gps
    assert [as_captured(m) for m in got.members] == captured.members
    assert got.version == 1
    assert got.registered_by == casebook.user.id
    assert got.registered_at == clock().isoformat()
    assert all(m.household_id == saved.id and m.version == 1 for m in got.members)

    # And from the file, not from anything kept in memory.
    casebook.lock()
    set_up_store.close()
    reopened = open_store().unlock(credentials.user, credentials.passphrase)
    assert reopened.households.get(saved.id) == saved
    assert reopened.people.get(saved.members[0].id) == saved.members[0]


def test_individual_person_round_trip(casebook: Casebook, people: People) -> None:
    captured = people.full_person(relationship=Relationship.JEFA_O_JEFE)
    saved = casebook.people.register(captured)
    got = casebook.people.get(saved.id)
    assert got == saved
    assert got.household_id is None
    assert as_captured(got) == captured


def test_folios_are_valid_unique_and_checked(casebook: Casebook, people: People) -> None:
    households = casebook.households.register_many([people.household(3) for _ in range(4)])
    elder = casebook.people.register(people.person(identity=people.identity(min_age=70)))
    enrollment = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    folios = [h.folio for h in households]
    folios += [m.folio for h in households for m in h.members]
    folios += [elder.folio, enrollment.folio]

    assert all(f is not None and records.is_valid_folio(f) for f in folios)
    assert len(set(folios)) == len(folios) == 4 + 12 + 2
    assert len({f.split("-")[0] for f in folios if f}) == 1  # one device prefix
    # A mistyped digit fails the check character instead of finding another record.
    first = folios[0]
    assert first is not None
    prefix, number, check = first.split("-")
    typo = f"{prefix}-{number[:-1]}{(int(number[-1]) + 1) % 10}-{check}"
    assert not records.is_valid_folio(typo)


def test_a_household_write_moves_entity_outbox_and_audit_together(
    casebook: Casebook, people: People, set_up_store: CasebookStore, data_dir: Path
) -> None:
    before = row_counts(set_up_store)
    saved = casebook.households.register(people.household(3))
    assert moved(before, row_counts(set_up_store)) == {
        "households": 1,
        "persons": 3,
        "outbox": 4,
        "audit": 4,
    }
    with set_up_store.database.reading() as session:
        changes = session.query(OutboxChange).order_by(OutboxChange.seq).all()[-4:]
        events = session.query(AuditEvent).order_by(AuditEvent.seq).all()[-4:]
    ids = [saved.id, *(m.id for m in saved.members)]
    assert [c.entity_id for c in changes] == ids
    assert [(c.operation, c.status, c.base_version) for c in changes] == [
        ("create", "pending", 0)
    ] * 4
    assert [e.entity_id for e in events] == ids
    assert [e.action for e in events] == ["household.create"] + ["person.create"] * 3

    # Committed before the method returned: another connection sees it.
    with sqlite3.connect(data_dir / CASEBOOK_FILE) as other:
        assert other.execute("SELECT count(*) FROM persons").fetchone() == (3,)


def test_a_failure_inside_the_write_leaves_nothing(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing_append_audit(*args: Any, **kwargs: Any) -> None:
        # The audit events are written last, once the records and their outbox changes are.
        raise RuntimeError("disk went away")

    before, seq = row_counts(set_up_store), folio_seq(set_up_store)
    monkeypatch.setattr(AuditLog, "append_many", failing_append_audit)
    with pytest.raises(RuntimeError, match="disk went away"):
        casebook.households.register(people.household(3))
    assert row_counts(set_up_store) == before
    assert folio_seq(set_up_store) == seq


def test_a_duplicate_curp_in_the_second_household_leaves_nothing_of_the_batch(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    casebook.search.names("x")  # the in-memory name index exists, so it must stay right too
    first = people.household(2)
    second = people.household(3)
    second.members[2] = replace(first.members[1], relationship=Relationship.HIJA_O_HIJO)
    before, seq = row_counts(set_up_store), folio_seq(set_up_store)

    with pytest.raises(DuplicateCurp):
        casebook.households.register_many([first, second])

    assert row_counts(set_up_store) == before
    assert folio_seq(set_up_store) == seq
    assert casebook.people.find_by_curp(first.members[0].curp) is None
    assert casebook.search.names(first.members[0].full_name) == []
    assert casebook.search.find(first.members[0].curp) == []
    # The same first household on its own still goes in, as if the batch never happened.
    assert casebook.households.register_many([first])[0].members[0].curp == first.members[0].curp


def test_an_invalid_second_household_leaves_nothing_of_the_batch(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    second = people.household(2)
    second.members[1] = replace(second.members[1], sex=Sex.NO_BINARIO)
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.households.register_many([people.household(2), second])
    assert {e.field for e in caught.value.errors} == {"members[1].sex"}
    assert row_counts(set_up_store) == before


def test_a_household_without_the_privacy_notice_is_refused_and_nothing_is_written(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = people.household(2)
    household.consent = None
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.households.register(household)
    assert {e.field for e in caught.value.errors} == {"consent"}
    assert row_counts(set_up_store) == before


def test_the_privacy_consent_is_kept_with_the_household(casebook: Casebook, people: People) -> None:
    household = people.household(2)
    consent = household.consent
    saved = casebook.households.register(household)
    assert consent is not None
    assert casebook.households.get(saved.id).consent == consent


def test_duplicate_curp_is_refused_with_the_existing_folio(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    existing = casebook.people.register(people.person())
    before = row_counts(set_up_store)

    again = replace(as_captured(existing), curp=f"  {existing.curp.lower()} ")
    with pytest.raises(DuplicateCurp) as caught:
        casebook.people.register(again)
    assert caught.value.existing_folio == existing.folio
    assert existing.folio in str(caught.value)

    household = people.household(2)
    household.members.append(
        replace(as_captured(existing), relationship=Relationship.OTRO_PARIENTE)
    )
    with pytest.raises(DuplicateCurp) as caught:
        casebook.households.register(household)
    assert caught.value.existing_folio == existing.folio
    assert row_counts(set_up_store) == before


def test_two_members_of_one_household_cannot_share_a_curp(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = people.household(2)
    household.members.append(replace(household.members[1], relationship=Relationship.HIJA_O_HIJO))
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.households.register(household)
    assert "members[2].curp" in {e.field for e in caught.value.errors}
    assert row_counts(set_up_store) == before


def test_a_curp_that_disagrees_with_the_person_is_refused_naming_the_fields(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    person = people.person(sex=Sex.MUJER, birth_state="OC")
    wrong = replace(
        person,
        birth_date=person.birth_date - timedelta(days=1),
        sex=Sex.HOMBRE,
        birth_state="YN",
    )
    before = row_counts(set_up_store)

    with pytest.raises(ValidationFailed) as caught:
        casebook.people.register(wrong)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"birth_date", "sex", "birth_state"}
    assert all(f in str(caught.value) for f in fields)

    household = people.household(2)
    household.members.append(replace(wrong, relationship=Relationship.HIJA_O_HIJO))
    with pytest.raises(ValidationFailed) as caught:
        casebook.households.register(household)
    assert {e.field for e in caught.value.errors} == {
        "members[2].birth_date",
        "members[2].sex",
        "members[2].birth_state",
    }
    assert row_counts(set_up_store) == before
    assert casebook.people.find_by_curp(person.curp) is None


def test_a_malformed_curp_and_an_unknown_municipality_are_refused(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = people.household(2)
    household.address = replace(household.address, municipality_code="999")
    household.members[0] = replace(household.members[0], curp="NOESUNACURP")
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.households.register(household)
    assert {"address.municipality_code", "members[0].curp"} <= {
        e.field for e in caught.value.errors
    }
    assert row_counts(set_up_store) == before


# --- editing --------------------------------------------------------------------------------


def test_update_person_bumps_the_version_and_logs_only_changed_fields(
    casebook: Casebook, people: People, set_up_store: CasebookStore, credentials: Credentials
) -> None:
    saved = casebook.households.register(people.household(2)).members[0]
    before = row_counts(set_up_store)

    edited = replace(casebook.people.get(saved.id), phone="+525512345678", notes="Cambió de número")
    updated = casebook.people.update(edited)

    assert updated.version == 2
    assert casebook.people.get(saved.id) == updated
    assert casebook.people.get(saved.id).phone == "+525512345678"
    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    with set_up_store.database.reading() as session:
        change = session.query(OutboxChange).order_by(OutboxChange.seq.desc()).first()
    assert change is not None
    assert (change.entity, change.entity_id, change.operation) == ("person", saved.id, "update")
    assert change.base_version == 1

    history = casebook.reports.history(saved.id)
    assert [h.operation for h in history] == ["create", "update"]
    assert history[1].fields == {"phone": "+525512345678", "notes": "Cambió de número"}
    assert history[0].fields["curp"] == saved.curp
    assert history[0].fields["folio"] == saved.folio
    assert {h.user_name for h in history} == {credentials.user}


def test_saving_an_unchanged_person_writes_nothing(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    saved = casebook.people.register(people.person())
    before = row_counts(set_up_store)
    again = casebook.people.update(casebook.people.get(saved.id))
    assert again.version == 1
    assert row_counts(set_up_store) == before


def test_a_stale_edit_is_refused_and_the_newer_one_kept(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    saved = casebook.people.register(people.person())
    first_opened = casebook.people.get(saved.id)
    second_opened = casebook.people.get(saved.id)
    casebook.people.update(replace(first_opened, notes="primera edición"))
    before = row_counts(set_up_store)

    with pytest.raises(StaleRecord):
        casebook.people.update(replace(second_opened, notes="segunda edición"))

    assert casebook.people.get(saved.id).notes == "primera edición"
    assert casebook.people.get(saved.id).version == 2
    assert row_counts(set_up_store) == before


def test_an_invalid_edit_is_refused(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    saved = casebook.people.register(people.person())
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.people.update(replace(saved, phone="01 800 123 4567"))
    assert [e.field for e in caught.value.errors] == ["phone"]
    with pytest.raises(NotFound):
        casebook.people.update(replace(saved, id="0190f0e2-7c1a-7abc-8def-0123456789ab"))
    assert row_counts(set_up_store) == before
    assert casebook.people.get(saved.id) == saved


def test_an_edit_cannot_take_another_persons_curp(casebook: Casebook, people: People) -> None:
    one = casebook.people.register(people.person())
    other = casebook.people.register(people.person())
    taken = replace(
        one,
        curp=other.curp,
        birth_date=other.birth_date,
        sex=other.sex,
        birth_state=other.birth_state,
    )
    with pytest.raises(DuplicateCurp) as caught:
        casebook.people.update(taken)
    assert caught.value.existing_folio == other.folio
    assert casebook.people.find_by_curp(other.curp) == other


# --- enrolments and checks ------------------------------------------------------------------


def test_enrolment_is_stored_and_a_second_one_in_the_program_refused(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    elder = casebook.people.register(people.person(identity=people.identity(min_age=68)))
    enrolled = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))

    assert enrolled.folio is not None
    assert records.is_valid_folio(enrolled.folio)
    assert enrolled.enrolled_by == casebook.user.id
    assert enrolled.catalog_version == casebook.catalog.version
    assert casebook.enrolments.of_person(elder.id) == [enrolled]
    assert casebook.search.by_folio(enrolled.folio) == enrolled

    before = row_counts(set_up_store)
    with pytest.raises(DuplicateEnrollment, match=enrolled.folio):
        casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    assert row_counts(set_up_store) == before


def test_two_enrolments_of_one_person_in_one_batch_store_none(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    elder = casebook.people.register(people.person(identity=people.identity(min_age=68)))
    before = row_counts(set_up_store)
    with pytest.raises(DuplicateEnrollment):
        casebook.enrolments.enroll_many(
            [enrollment_for(casebook, elder, "PAM"), enrollment_for(casebook, elder, "PAM")]
        )
    assert row_counts(set_up_store) == before
    assert casebook.enrolments.of_person(elder.id) == []


def test_an_enrolment_without_documents_or_consent_is_refused(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    elder = casebook.people.register(people.person(identity=people.identity(min_age=68)))
    incomplete = replace(
        enrollment_for(casebook, elder, "PAM"), documents={"curp": True}, consent=None
    )
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.enrolments.enroll(incomplete)
    assert {e.field for e in caught.value.errors} == {
        "consent",
        "documents.acta_nacimiento",
        "documents.identificacion_oficial",
        "documents.comprobante_domicilio",
    }
    with pytest.raises(ValidationFailed):
        casebook.enrolments.enroll(
            replace(enrollment_for(casebook, elder, "PAM"), program_code="NOPE")
        )
    assert row_counts(set_up_store) == before


def test_record_checks_appends_every_check_of_a_visit(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = casebook.households.register(people.household(4))
    pupils = [
        casebook.enrolments.enroll(enrollment_for(casebook, m, "BRC"))
        for m in household.members[2:]
    ]
    before = row_counts(set_up_store)

    visit = [
        AttendanceCheck("", pupils[0].id, CheckKind.ESCUELA, "2026-03", CheckResult.ASISTIO),
        AttendanceCheck(
            "",
            pupils[1].id,
            CheckKind.ESCUELA,
            "2026-03",
            CheckResult.JUSTIFICADA,
            place_key="20DPR0001X",
            note="Constancia médica",
        ),
    ]
    saved = casebook.checks.record(visit)

    assert moved(before, row_counts(set_up_store)) == {
        "attendance_checks": 2,
        "outbox": 2,
        "audit": 2,
    }
    assert [c.recorded_by for c in saved] == [casebook.user.id] * 2
    assert casebook.checks.of_enrolment(pupils[1].id) == [saved[1]]
    assert saved[1].note == "Constancia médica"
    assert saved[1].place_key == "20DPR0001X"
    assert [h.operation for h in casebook.reports.history(saved[0].id)] == ["append"]


def test_a_check_for_an_unknown_enrolment_stores_none_of_the_visit(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    child = casebook.households.register(people.household(3)).members[2]
    pupil = casebook.enrolments.enroll(enrollment_for(casebook, child, "BRC"))
    before = row_counts(set_up_store)
    with pytest.raises(NotFound):
        casebook.checks.record(
            [
                AttendanceCheck("", pupil.id, CheckKind.ESCUELA, "2026-03", CheckResult.ASISTIO),
                AttendanceCheck(
                    "",
                    "0190f0e2-7c1a-7abc-8def-0123456789ab",
                    CheckKind.ESCUELA,
                    "2026-03",
                    CheckResult.ASISTIO,
                ),
            ]
        )
    assert row_counts(set_up_store) == before


def test_checks_due_lists_enrolled_people_with_what_was_recorded(
    casebook: Casebook, people: People
) -> None:
    household = casebook.households.register(people.household(4))
    kids = household.members[2:]
    pupils = [casebook.enrolments.enroll(enrollment_for(casebook, m, "BRC")) for m in kids]
    casebook.checks.record(
        [AttendanceCheck("", pupils[0].id, CheckKind.ESCUELA, "2026-03", CheckResult.FALTO)]
    )
    later = casebook.checks.record(
        [AttendanceCheck("", pupils[0].id, CheckKind.ESCUELA, "2026-03", CheckResult.JUSTIFICADA)]
    )[0]

    due = casebook.checks.due("BRC", "2026-03")
    assert sorted(d.person.person_id for d in due) == sorted(m.id for m in kids)
    assert [d.person.full_name for d in due] == sorted(m.full_name for m in kids)
    recorded = {d.enrollment.id: d.recorded for d in due}
    assert recorded == {pupils[0].id: later, pupils[1].id: None}  # the latest check wins
    assert [d.recorded for d in casebook.checks.due("BRC", "2026-04")] == [None, None]
    assert casebook.checks.due("PAM", "2026-03") == []  # no checks in that program
    assert casebook.checks.due("NOPE", "2026-03") == []


def test_rejected_enrolments_owe_no_checks(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    child = casebook.households.register(people.household(3)).members[2]
    casebook.enrolments.enroll(
        replace(enrollment_for(casebook, child, "BRC"), status=EnrollmentStatus.RECHAZADA)
    )
    assert casebook.checks.due("BRC", "2026-03") == []


# --- finding people ------------------------------------------------------------------------


@pytest.fixture
def registered(casebook: Casebook, people: People) -> tuple[Household, Person]:
    """A household with known made-up names, and one individually registered person."""
    head = people.named(
        "María Guadalupe", "Núñez", "Peña", birth_date=date(1984, 5, 2), sex=Sex.MUJER
    )
    spouse = people.named(
        "José Luis",
        "Ordóñez",
        "Ávila",
        birth_date=date(1980, 11, 30),
        sex=Sex.HOMBRE,
        relationship=Relationship.CONYUGE,
    )
    child = people.named(
        "Mateo",
        "Ibarra",
        "Moreno",
        birth_date=date(2015, 6, 1),
        sex=Sex.HOMBRE,
        relationship=Relationship.HIJA_O_HIJO,
    )
    household = Household(
        id="",
        address=people.address(),
        members=[head, spouse, child],
        consent=people.consent(),
    )
    saved = casebook.households.register(household)
    single = casebook.people.register(
        people.named("Xóchitl", "De la Cruz", None, birth_date=date(1950, 1, 9), sex=Sex.MUJER)
    )
    return saved, single


def test_search_by_curp(casebook: Casebook, registered: tuple[Household, Person]) -> None:
    household, single = registered
    head = household.members[0]
    (found,) = casebook.search.find(f"  {head.curp.lower()} ")
    assert (found.person_id, found.folio, found.curp) == (head.id, head.folio, head.curp)
    assert found.full_name == "María Guadalupe Núñez Peña"
    assert found.birth_date == date(1984, 5, 2)
    assert casebook.people.find_by_curp(single.curp) == single
    assert casebook.people.find_by_curp(single.curp.lower()) == single
    other = head.curp[:-1] + ("0" if head.curp[-1] != "0" else "1")
    assert casebook.people.find_by_curp(other) is None


def test_search_by_folio_of_household_person_and_enrolment(
    casebook: Casebook, registered: tuple[Household, Person]
) -> None:
    household, single = registered
    assert household.folio is not None
    assert single.folio is not None
    enrolment = casebook.enrolments.enroll(enrollment_for(casebook, single, "PAM"))
    assert enrolment.folio is not None

    assert {s.person_id for s in casebook.search.find(household.folio)} == {
        m.id for m in household.members
    }
    assert [s.person_id for s in casebook.search.find(single.folio.lower())] == [single.id]
    assert [s.person_id for s in casebook.search.find(enrolment.folio)] == [single.id]
    assert casebook.search.by_folio(household.folio) == casebook.households.get(household.id)
    assert casebook.search.by_folio(f" {single.folio.lower()} ") == single

    prefix = household.folio.split("-")[0]
    unused = f"{prefix}-999999-{mod_37_36.calc_check_digit(prefix + '999999')}"
    assert records.is_valid_folio(unused)
    assert casebook.search.find(unused) == []
    assert casebook.search.by_folio(unused) is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nunez pena", "María Guadalupe Núñez Peña"),
        ("NÚÑEZ", "María Guadalupe Núñez Peña"),
        ("Peña María", "María Guadalupe Núñez Peña"),
        ("Guadalupe Nuñes", "María Guadalupe Núñez Peña"),  # one-letter typo
        ("guad", "María Guadalupe Núñez Peña"),  # prefix
        ("ordonez avila", "José Luis Ordóñez Ávila"),
        ("Jose Luis Ordoñes", "José Luis Ordóñez Ávila"),
        ("xochitl cruz", "Xóchitl De la Cruz"),
    ],
)
def test_search_by_name_forgives_accents_typos_and_prefixes(
    casebook: Casebook, registered: tuple[Household, Person], query: str, expected: str
) -> None:
    names = [s.full_name for s in casebook.search.find(query)]
    assert names[0] == expected
    assert names == [expected]


def test_search_finds_nothing_for_a_name_not_registered(
    casebook: Casebook, registered: tuple[Household, Person]
) -> None:
    assert casebook.search.find("Cuauhtémoc Zamudio") == []
    assert casebook.search.find("   ") == []


def test_name_search_follows_new_records_and_edits(
    casebook: Casebook, registered: tuple[Household, Person], people: People
) -> None:
    household, _single = registered
    assert casebook.search.names("Núñez")  # the index is built now
    newcomer = casebook.people.register(
        people.named("Regina", "Ibarra", "Yáñez", birth_date=date(1999, 8, 8), sex=Sex.MUJER)
    )
    assert [s.person_id for s in casebook.search.find("regina yanez")] == [newcomer.id]

    head = casebook.people.get(household.members[0].id)
    casebook.people.update(replace(head, segundo_apellido="Peñaloza"))
    assert [s.full_name for s in casebook.search.find("nunez penaloza")] == [
        "María Guadalupe Núñez Peñaloza"
    ]
    assert casebook.search.find("Núñez Peña") == casebook.search.find("Núñez Peñaloza")
    assert casebook.search.find("Peña")[0].full_name == "María Guadalupe Núñez Peñaloza"


def test_a_fresh_unlock_builds_the_name_index_from_the_file(
    casebook: Casebook,
    registered: tuple[Household, Person],
    open_store: Callable[[], CasebookStore],
    credentials: Credentials,
) -> None:
    again = open_store().unlock(credentials.user, credentials.passphrase)
    assert [s.full_name for s in again.search.find("ordonez")] == ["José Luis Ordóñez Ávila"]


# --- drafts, home page, stats ----------------------------------------------------------------


def test_drafts_save_list_load_and_delete(
    casebook: Casebook, data_dir: Path, set_up_store: CasebookStore
) -> None:
    payload = {"nombres": "Citlali", "curp": "SECRETO-DE-BORRADOR", "members": [1, 2]}
    draft_id = casebook.drafts.save("household", "Hogar en Tlacolula", payload)
    other_id = casebook.drafts.save("person", "Inscripción PAM", {"step": 2})

    assert {(d.id, d.kind, d.label) for d in casebook.drafts.saved()} == {
        (draft_id, "household", "Hogar en Tlacolula"),
        (other_id, "person", "Inscripción PAM"),
    }
    assert [d.id for d in casebook.drafts.saved("household")] == [draft_id]
    assert casebook.drafts.load(draft_id) == payload

    assert (
        casebook.drafts.save("household", "Hogar (2)", {"step": 3}, draft_id=draft_id) == draft_id
    )
    assert [d.label for d in casebook.drafts.saved("household")] == ["Hogar (2)"]
    assert casebook.drafts.load(draft_id) == {"step": 3}

    casebook.drafts.delete(draft_id)
    assert [d.id for d in casebook.drafts.saved()] == [other_id]
    with pytest.raises(NotFound):
        casebook.drafts.load(draft_id)
    assert row_counts(set_up_store)["drafts"] == 1


def test_a_users_own_drafts_are_told_apart_from_another_users(
    casebook: Casebook, set_up_store: CasebookStore
) -> None:
    casebook.users.add("Luis Pérez", Role.CLERK, "maiz azul en la milpa 2026")
    other = set_up_store.unlock("Luis Pérez", "maiz azul en la milpa 2026")
    theirs = other.drafts.save("quick", "Inscripción rápida: Citlali", {"step": 1})
    mine = casebook.drafts.save("quick", "Inscripción rápida: Xóchitl", {"step": 2})
    assert [d.id for d in casebook.drafts.saved("quick", mine=True)] == [mine]
    assert [d.id for d in other.drafts.saved("quick", mine=True)] == [theirs]
    assert {d.id for d in casebook.drafts.saved("quick")} == {mine, theirs}
    other.lock()


def test_day_summary_counts_the_days_work_and_what_waits_to_sync(
    casebook: Casebook, people: People, clock: FakeClock
) -> None:
    yesterday = clock.today
    casebook.households.register(people.household(2))
    clock.advance(days=1)
    household = casebook.households.register(people.household(3))
    casebook.enrolments.enroll(enrollment_for(casebook, household.members[2], "BRC"))

    today = casebook.reports.day_summary()
    assert (today.households, today.persons, today.enrollments) == (1, 3, 1)
    assert today.attendance_checks == 0
    assert today.pending_changes == 3 + 4 + 1
    before = casebook.reports.day_summary(yesterday)
    assert (before.households, before.persons, before.enrollments) == (1, 2, 0)
    empty = casebook.reports.day_summary(yesterday - timedelta(days=1))
    assert (empty.households, empty.persons) == (0, 0)


def test_stats_count_everything(casebook: Casebook, people: People) -> None:
    household = casebook.households.register(people.household(3))
    pupil = casebook.enrolments.enroll(enrollment_for(casebook, household.members[2], "BRC"))
    casebook.checks.record(
        [AttendanceCheck("", pupil.id, CheckKind.ESCUELA, "2026-03", CheckResult.ASISTIO)]
    )
    assert casebook.reports.stats().as_dict() == {
        "households": 1,
        "persons": 3,
        "enrollments": 1,
        "attendance_checks": 1,
        "pending_changes": 6,
        "acknowledged_changes": 0,
        "refused_changes": 0,
        "users": 1,
    }
    assert casebook.reports.pending_changes() == 6


def test_nothing_personal_is_written_in_clear(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    data_dir: Path,
    credentials: Credentials,
) -> None:
    household = people.household(3, full=True)
    household.address = replace(household.address, reference="Junto al MARCADOR-DOMICILIO")
    saved = casebook.households.register(household)
    head = saved.members[0]
    casebook.people.update(replace(head, notes="MARCADOR-NOTA-EDITADA"))
    casebook.drafts.save("household", "MARCADOR-BORRADOR", {"curp": "MARCADOR-CURP"})
    secrets_ = [
        head.curp,
        head.nombres,
        head.primer_apellido,
        "MARCADOR",
        head.birth_date.isoformat(),
        credentials.passphrase,
        credentials.recovery_code,
    ]

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())

    for text in secrets_:  # while open: database, WAL and anything else in the folder
        assert text.encode() not in on_disk(), text
    casebook.lock()
    set_up_store.close()
    for text in secrets_:
        assert text.encode() not in on_disk(), text


# --- the audit chain and locking ------------------------------------------------------------


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE audit_events SET action = 'person.delete' WHERE seq = ?",
        "UPDATE audit_events SET entity_id = '0190f0e2-7c1a-7abc-8def-0123456789ab' WHERE seq = ?",
        "UPDATE audit_events SET at = '2020-01-01T00:00:00+00:00' WHERE seq = ?",
        "UPDATE audit_events SET user_id = NULL WHERE seq = ?",
        "DELETE FROM audit_events WHERE seq = ?",
    ],
    ids=["action", "entity", "time", "user", "deleted"],
)
def test_an_edited_audit_log_is_detected(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    open_store: Callable[[], CasebookStore],
    credentials: Credentials,
    data_dir: Path,
    tamper: str,
) -> None:
    casebook.households.register(people.household(3))
    assert casebook.reports.verify_audit_chain() is None
    casebook.lock()
    set_up_store.close()

    with sqlite3.connect(data_dir / CASEBOOK_FILE) as raw:
        (seq,) = raw.execute(
            "SELECT seq FROM audit_events WHERE action = 'household.create'"
        ).fetchone()
        assert raw.execute(tamper, (seq,)).rowcount == 1
    raw.close()

    reopened = open_store().unlock(credentials.user, credentials.passphrase)
    # A deleted event shows as a break at the one after it (its members' first event).
    assert reopened.reports.verify_audit_chain() == (
        seq + 1 if tamper.startswith("DELETE") else seq
    )


def test_the_audit_chain_verifies_across_sessions_and_users(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    credentials: Credentials,
) -> None:
    casebook.households.register(people.household(2))
    casebook.users.add("beto.supervisor", casebook.user.role, "Otra frase larga de Beto")
    casebook.lock()
    other = set_up_store.unlock("beto.supervisor", "Otra frase larga de Beto")
    other.people.register(people.person())
    assert other.reports.verify_audit_chain() is None
    again = set_up_store.unlock(credentials.user, credentials.passphrase)
    assert again.reports.verify_audit_chain() is None


LOCKED_CALLS: dict[str, Callable[[Casebook, Person], object]] = {
    "get_person": lambda c, p: c.people.get(p.id),
    "get_household": lambda c, p: c.households.get(p.household_id or ""),
    "find_by_curp": lambda c, p: c.people.find_by_curp(p.curp),
    "find_by_folio": lambda c, p: c.search.by_folio(p.folio or ""),
    "search": lambda c, p: c.search.find(p.nombres),
    "search_names": lambda c, p: c.search.names(p.nombres),
    "register_person": lambda c, p: c.people.register(replace(p, id="")),
    "update_person": lambda c, p: c.people.update(replace(p, notes="x")),
    "enroll": lambda c, p: c.enrolments.enroll(Enrollment("", p.id, "PAM")),
    "enrollments_of": lambda c, p: c.enrolments.of_person(p.id),
    "checks_of": lambda c, p: c.checks.of_enrolment(p.id),
    "history": lambda c, p: c.reports.history(p.id),
    "save_draft": lambda c, p: c.drafts.save("household", "x", {}),
    "list_drafts": lambda c, p: c.drafts.saved(),
    "delete_draft": lambda c, p: c.drafts.delete("0190f0e2-7c1a-7abc-8def-0123456789ab"),
    "stats": lambda c, p: c.reports.stats(),
    "pending_changes": lambda c, p: c.reports.pending_changes(),
    "day_summary": lambda c, p: c.reports.day_summary(),
    "checks_due": lambda c, p: c.checks.due("BRC", "2026-03"),
    "verify_audit_chain": lambda c, p: c.reports.verify_audit_chain(),
    "add_user": lambda c, p: c.users.add("carla", c.user.role, "Una frase larga más"),
    "change_passphrase": lambda c, p: c.users.change_passphrase("Una frase larga nueva"),
}


@pytest.mark.parametrize("call", list(LOCKED_CALLS.values()), ids=list(LOCKED_CALLS))
def test_a_locked_casebook_refuses_every_use_case(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    call: Callable[[Casebook, Person], object],
) -> None:
    person = casebook.households.register(people.household(2)).members[0]
    casebook.drafts.save("household", "borrador", {"a": 1})
    casebook.lock()
    assert casebook.is_locked
    before = row_counts(set_up_store)
    with pytest.raises(CasebookError, match="locked"):
        call(casebook, person)
    assert row_counts(set_up_store) == before


def test_the_clock_starts_past_records_pulled_from_a_device_whose_clock_runs_ahead(
    casebook: Casebook, people: People, set_up_store: CasebookStore, credentials: Credentials
) -> None:
    saved = casebook.households.register(people.household(2))
    # A device whose clock runs five minutes ahead (within what the clock accepts).
    ahead = f"{time.time_ns() // 1_000_000 + 300_000:013d}-00007-otherdevice00000"
    with sqlite3.connect(set_up_store.database.path) as raw:  # as a pull would store it
        raw.execute("UPDATE persons SET hlc = ? WHERE id = ?", (ahead, saved.members[1].id))
    casebook.lock()

    reopened = set_up_store.unlock(credentials.user, credentials.passphrase)
    reopened.people.register(people.person())
    with sqlite3.connect(set_up_store.database.path) as raw:
        (latest,) = raw.execute("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1").fetchone()
    assert latest > ahead


def test_an_observed_remote_stamp_orders_later_local_edits_after_it(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    # A device whose clock runs five minutes ahead (within what the clock accepts).
    ahead = f"{time.time_ns() // 1_000_000 + 300_000:013d}-00007-otherdevice00000"
    casebook.observe_stamp(ahead)
    casebook.people.register(people.person())
    with sqlite3.connect(set_up_store.database.path) as raw:
        (latest,) = raw.execute("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1").fetchone()
    assert latest > ahead


def test_a_curp_corrected_in_lower_case_is_stored_normalized_and_still_found(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    saved = casebook.people.register(people.person())
    edited = casebook.people.get(saved.id)
    edited.curp = f" {edited.curp.lower()} "
    edited.notes = "corrección de CURP"
    casebook.people.update(edited)
    found = casebook.people.find_by_curp(saved.curp)
    assert found is not None
    assert found.curp == saved.curp
    changed = casebook.reports.history(saved.id)[-1].fields
    assert "curp" not in changed  # only the note changed: the CURP is the same once normalized


def test_locking_while_the_search_index_is_prepared_is_not_an_error(
    casebook: Casebook, people: People
) -> None:
    casebook.households.register_many([people.household(3) for _ in range(20)])
    worker = threading.Thread(target=casebook.search.prepare)
    worker.start()
    casebook.lock()
    worker.join(timeout=30)
    assert not worker.is_alive()
    casebook.search.prepare()  # locked: nothing to prepare, and no error
    with pytest.raises(CasebookError):
        casebook.search.names("María")
    assert not casebook.search.is_built


def _store_pulled_catalog(store: CasebookStore, text: str, key: str = "catalog/x") -> None:
    with sqlite3.connect(store.database.path) as raw:  # as sync stores a pulled catalog
        raw.execute("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)", (key, text))


def _catalog_json(version: str, valid_from: str) -> str:
    shipped = json.loads(
        resources.files("bienestar_field.resources.catalogs").joinpath("programs.json").read_text()
    )
    shipped["catalog_version"], shipped["valid_from"] = version, valid_from
    return json.dumps(shipped)


def test_a_pulled_catalog_whose_day_has_come_is_used_after_a_pull_and_a_later_one_waits(
    casebook: Casebook, set_up_store: CasebookStore
) -> None:
    shipped_version = casebook.catalog.version
    _store_pulled_catalog(set_up_store, _catalog_json("2026.9", "2026-02-01"), "catalog/2026.9")
    _store_pulled_catalog(set_up_store, _catalog_json("2099.1", "2099-01-01"), "catalog/2099.1")
    assert casebook.catalog.version == shipped_version  # until the pull is taken in
    casebook.refresh_after_pull()
    assert casebook.catalog.version == "2026.9"
    assert [c.version for c in casebook.catalogs.pending(casebook.now())] == ["2099.1"]


@pytest.mark.parametrize(
    "pulled",
    [
        "{not json",
        '{"catalog_version": "2099.1"}',
        '{"version": "2099.1", "programs": []}',  # the shape the server once took
        _catalog_json("1999.1", "1999-01-01"),  # started before the one shipped
    ],
    ids=["damaged", "incomplete", "old shape", "older"],
)
def test_a_bad_or_older_pulled_catalog_leaves_the_shipped_one(
    casebook: Casebook, set_up_store: CasebookStore, pulled: str
) -> None:
    shipped_version = casebook.catalog.version
    _store_pulled_catalog(set_up_store, pulled)
    casebook.refresh_after_pull()
    assert casebook.catalog.version == shipped_version


def test_search_finds_a_curp_typed_in_part(
    casebook: Casebook, registered: tuple[Household, Person]
) -> None:
    household, single = registered
    head = household.members[0]
    assert [s.person_id for s in casebook.search.find(head.curp[:10].lower())] == [head.id]
    assert [s.person_id for s in casebook.search.find(single.curp[:5])] == [single.id]
    assert casebook.search.find(head.curp[:4] + "9") == []


def test_search_finds_a_folio_typed_in_part(
    casebook: Casebook, registered: tuple[Household, Person]
) -> None:
    household, single = registered
    assert household.folio is not None
    assert single.folio is not None
    prefix, number, _check = household.folio.split("-")
    members = {m.id for m in household.members}
    assert {s.person_id for s in casebook.search.find(str(int(number)))} == members
    assert {s.person_id for s in casebook.search.find(f"{prefix.lower()}-{number}")} == members
    enrolment = casebook.enrolments.enroll(enrollment_for(casebook, single, "PAM"))
    assert enrolment.folio is not None
    enrolment_number = enrolment.folio.split("-")[1]
    assert [s.person_id for s in casebook.search.find(enrolment_number)] == [single.id]
    assert casebook.search.find("999999") == []


def test_search_results_carry_the_household_locality(
    casebook: Casebook, registered: tuple[Household, Person]
) -> None:
    household, single = registered
    found = casebook.search.find("nunez pena")
    assert [s.locality for s in found] == [household.address.locality_name]
    assert household.address.locality_name
    (alone,) = casebook.search.find("xochitl cruz")
    assert alone.person_id == single.id
    assert alone.locality == ""


def test_a_phone_or_pregnancy_of_a_three_year_old_is_refused_and_nothing_is_written(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    household = people.household(2)
    toddler = people.person(
        Relationship.HIJA_O_HIJO, identity=people.identity(sex=Sex.MUJER, min_age=3, max_age=3)
    )
    household.members.append(
        replace(
            toddler, phone="+529511234567", pregnancy_due_date=people.today + timedelta(days=90)
        )
    )
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as caught:
        casebook.households.register(household)
    assert {e.field for e in caught.value.errors} == {
        "members[2].phone",
        "members[2].pregnancy_due_date",
    }
    assert row_counts(set_up_store) == before
