"""Someone edits the casebook file behind the app's back: it must notice, never answer wrongly.

Each test builds a casebook, closes it, changes the SQLite file with the plain ``sqlite3``
module (as anyone holding the file could), then opens and unlocks it again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    PrivacyConsent,
)
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.crypto import TamperedCiphertext
from bienestar_field.storage.keystore import BadPassphrase

if TYPE_CHECKING:
    from tests.conftest import Credentials, People

# Where each table keeps its id, for the blobs this suite moves around.
ID_COLUMN = {
    "persons": "id",
    "households": "id",
    "enrollments": "id",
    "attendance_checks": "id",
    "drafts": "id",
    "outbox": "change_id",
}


@dataclass
class Sealed:
    """A closed casebook file and the ids of what is in it."""

    path: Path
    household_id: str
    member_ids: list[str]
    single_id: str
    single_curp: str
    member_curp: str
    enrollment_ids: list[str]
    check_id: str
    draft_ids: list[str]
    reopen: Callable[[], Casebook]

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        connection = sqlite3.connect(self.path)
        try:
            with connection:  # commits
                yield connection
        finally:
            connection.close()

    def blob(self, table: str, row_id: str, column: str = "data") -> bytes:
        with self.raw() as db:
            found = db.execute(
                f"SELECT {column} FROM {table} WHERE {ID_COLUMN[table]} = ?",  # noqa: S608
                (row_id,),
            ).fetchone()
        assert found is not None, (table, row_id)
        return bytes(found[0])

    def put(self, table: str, row_id: str, value: bytes, column: str = "data") -> None:
        with self.raw() as db:
            changed = db.execute(
                f"UPDATE {table} SET {column} = ? WHERE {ID_COLUMN[table]} = ?",  # noqa: S608
                (value, row_id),
            ).rowcount
        assert changed == 1

    def outbox_change_of(self, entity_id: str) -> str:
        with self.raw() as db:
            found = db.execute(
                "SELECT change_id FROM outbox WHERE entity_id = ? ORDER BY seq", (entity_id,)
            ).fetchone()
        assert found is not None
        return str(found[0])


@pytest.fixture
def sealed(
    casebook: Casebook,
    set_up_store: CasebookStore,
    open_store: Callable[[], CasebookStore],
    credentials: Credentials,
    people: People,
    data_dir: Path,
) -> Sealed:
    household = casebook.households.register(people.household(4, full=True))
    single = casebook.people.register(people.person(identity=people.identity(min_age=70)))
    shown = casebook.now().isoformat()
    enrollments = [
        casebook.enrolments.enroll(
            Enrollment(
                "",
                person.id,
                code,
                documents={d.code: True for d in casebook.catalog[code].documents},
                consent=PrivacyConsent("2026-01", shown, accepted=True, sensitive_data=True),
            )
        )
        for person, code in ((single, "PAM"), (household.members[2], "BRC"))
    ]
    (check,) = casebook.checks.record(
        [AttendanceCheck("", enrollments[1].id, CheckKind.ESCUELA, "2026-03", CheckResult.FALTO)]
    )
    drafts = [
        casebook.drafts.save("household", "Hogar pendiente", {"calle": "Hidalgo"}),
        casebook.drafts.save("household", "Otro hogar", {"calle": "Morelos"}),
    ]
    casebook.lock()
    set_up_store.close()

    def reopen() -> Casebook:
        return open_store().unlock(credentials.user, credentials.passphrase)

    return Sealed(
        path=data_dir / CASEBOOK_FILE,
        household_id=household.id,
        member_ids=[m.id for m in household.members],
        single_id=single.id,
        single_curp=single.curp,
        member_curp=household.members[0].curp,
        enrollment_ids=[e.id for e in enrollments],
        check_id=check.id,
        draft_ids=drafts,
        reopen=reopen,
    )


def test_an_untouched_file_reads_back(sealed: Sealed) -> None:
    book = sealed.reopen()
    assert book.people.get(sealed.single_id).curp == sealed.single_curp
    assert len(book.households.get(sealed.household_id).members) == 4
    assert book.reports.verify_audit_chain() is None


@pytest.mark.parametrize(
    "where",
    [
        pytest.param(0, id="version-byte"),
        pytest.param(2, id="key-id"),
        pytest.param(9, id="nonce"),
        pytest.param(40, id="ciphertext"),
        pytest.param(-1, id="tag"),
    ],
)
def test_a_flipped_byte_in_a_person_is_detected(sealed: Sealed, where: int) -> None:
    data = bytearray(sealed.blob("persons", sealed.single_id))
    data[where] ^= 0x01
    sealed.put("persons", sealed.single_id, bytes(data))

    book = sealed.reopen()
    with pytest.raises(TamperedCiphertext):
        book.people.get(sealed.single_id)
    with pytest.raises(TamperedCiphertext):
        book.people.find_by_curp(sealed.single_curp)
    with pytest.raises(TamperedCiphertext):
        book.search.names("a")  # building the name index reads every person
    # Other records are unaffected.
    assert book.households.get(sealed.household_id).id == sealed.household_id


def test_a_truncated_or_emptied_ciphertext_is_detected(sealed: Sealed) -> None:
    data = sealed.blob("households", sealed.household_id)
    sealed.put("households", sealed.household_id, data[:-5])
    sealed.put("persons", sealed.single_id, b"")
    book = sealed.reopen()
    with pytest.raises(TamperedCiphertext):
        book.households.get(sealed.household_id)
    with pytest.raises(TamperedCiphertext):
        book.people.get(sealed.single_id)


def test_one_persons_data_copied_over_another_is_detected(sealed: Sealed) -> None:
    # Person A's data into person B: B must not come back as A.
    sealed.put("persons", sealed.single_id, sealed.blob("persons", sealed.member_ids[0]))
    book = sealed.reopen()
    with pytest.raises(TamperedCiphertext):
        book.people.get(sealed.single_id)
    assert book.people.get(sealed.member_ids[0]).curp == sealed.member_curp


def test_two_members_data_swapped_is_detected(sealed: Sealed) -> None:
    first, second = sealed.member_ids[:2]
    a, b = sealed.blob("persons", first), sealed.blob("persons", second)
    sealed.put("persons", first, b)
    sealed.put("persons", second, a)
    book = sealed.reopen()
    with pytest.raises(TamperedCiphertext):
        book.households.get(sealed.household_id)
    with pytest.raises(TamperedCiphertext):
        book.people.get(first)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        pytest.param(("households", "data"), ("persons", "data"), id="household-into-person"),
        pytest.param(("outbox", "payload"), ("persons", "data"), id="outbox-into-person"),
        pytest.param(("persons", "data"), ("households", "data"), id="person-into-household"),
        pytest.param(("enrollments", "data"), ("persons", "data"), id="enrolment-into-person"),
        pytest.param(("drafts", "data"), ("persons", "data"), id="draft-into-person"),
        pytest.param(("persons", "data"), ("outbox", "payload"), id="person-into-outbox"),
        pytest.param(
            ("attendance_checks", "data"), ("enrollments", "data"), id="check-into-enrolment"
        ),
    ],
)
def test_a_ciphertext_moved_to_another_table_or_column_is_detected(
    sealed: Sealed, source: tuple[str, str], target: tuple[str, str]
) -> None:
    # Sources and targets are always different rows, so only the place differs.
    source_rows = {
        "households": sealed.household_id,
        "persons": sealed.member_ids[0],
        "enrollments": sealed.enrollment_ids[0],
        "attendance_checks": sealed.check_id,
        "drafts": sealed.draft_ids[0],
        "outbox": sealed.outbox_change_of(sealed.member_ids[0]),
    }
    target_rows = {
        "persons": sealed.single_id,
        "households": sealed.household_id,
        "enrollments": sealed.enrollment_ids[1],
        "outbox": sealed.outbox_change_of(sealed.single_id),
    }
    (source_table, source_column), (target_table, target_column) = source, target
    moved = sealed.blob(source_table, source_rows[source_table], source_column)
    sealed.put(target_table, target_rows[target_table], moved, target_column)

    book = sealed.reopen()
    read: dict[str, Callable[[], object]] = {
        "persons": lambda: book.people.get(sealed.single_id),
        "households": lambda: book.households.get(sealed.household_id),
        "enrollments": lambda: book.enrolments.of_person(sealed.member_ids[2]),
        "outbox": lambda: book.reports.history(sealed.single_id),
    }
    with pytest.raises(TamperedCiphertext):
        read[target_table]()


def test_a_ciphertext_moved_between_outbox_changes_is_detected(sealed: Sealed) -> None:
    one = sealed.outbox_change_of(sealed.single_id)
    other = sealed.outbox_change_of(sealed.member_ids[0])
    sealed.put("outbox", one, sealed.blob("outbox", other, "payload"), "payload")
    with pytest.raises(TamperedCiphertext):
        sealed.reopen().reports.history(sealed.single_id)


def test_a_draft_moved_to_another_draft_is_detected(sealed: Sealed) -> None:
    first, second = sealed.draft_ids
    sealed.put("drafts", second, sealed.blob("drafts", first))
    book = sealed.reopen()
    assert book.drafts.load(first) == {"calle": "Hidalgo"}
    with pytest.raises(TamperedCiphertext):
        book.drafts.load(second)


def test_a_ciphertext_from_another_casebook_is_detected(sealed: Sealed, tmp_path: Path) -> None:
    other_store = CasebookStore(tmp_path / "other", kdf_target_seconds=0)
    try:
        other = other_store.set_up("otra", Role.CASEWORKER, "Otra casa, otra llave 42").casebook
        # Same row id in both files, so only the key differs.
        other.drafts.save("household", "ajeno", {"calle": "Ajena"}, draft_id=sealed.draft_ids[0])
        other.lock()
    finally:
        other_store.close()
    foreign = sqlite3.connect(tmp_path / "other" / CASEBOOK_FILE)
    try:
        (blob,) = foreign.execute(
            "SELECT data FROM drafts WHERE id = ?", (sealed.draft_ids[0],)
        ).fetchone()
    finally:
        foreign.close()
    sealed.put("drafts", sealed.draft_ids[0], bytes(blob))
    with pytest.raises(TamperedCiphertext):
        sealed.reopen().drafts.load(sealed.draft_ids[0])


def test_a_swapped_curp_index_never_answers_with_another_person(sealed: Sealed) -> None:
    # The blind index is not encrypted; swapping two rows' index values must not make a
    # CURP lookup return somebody else.
    single_index = sealed.blob("persons", sealed.single_id, "curp_index")
    member_index = sealed.blob("persons", sealed.member_ids[0], "curp_index")
    sealed.put("persons", sealed.single_id, member_index, "curp_index")
    sealed.put("persons", sealed.member_ids[0], single_index, "curp_index")
    book = sealed.reopen()
    for curp in (sealed.single_curp, sealed.member_curp):
        try:
            found = book.people.find_by_curp(curp)
        except TamperedCiphertext:
            continue
        assert found is None or found.curp == curp


def test_a_wrong_passphrase_is_refused(
    sealed: Sealed, open_store: Callable[[], CasebookStore]
) -> None:
    store = open_store()
    with pytest.raises(BadPassphrase):
        store.unlock(store.users()[0].name, "Tlacolula de Matamoros 2025")


@pytest.mark.parametrize(
    ("column", "where"),
    [
        pytest.param("wrapped_key", 5, id="wrapped-key"),
        pytest.param("nonce", 0, id="nonce"),
    ],
)
def test_an_altered_key_slot_does_not_open(
    sealed: Sealed,
    open_store: Callable[[], CasebookStore],
    credentials: Credentials,
    column: str,
    where: int,
) -> None:
    with sealed.raw() as db:
        (slot_id, value) = db.execute(
            f"SELECT id, {column} FROM key_slots WHERE kind = 'passphrase'"  # noqa: S608
        ).fetchone()
        altered = bytearray(value)
        altered[where] ^= 0x80
        db.execute(
            f"UPDATE key_slots SET {column} = ? WHERE id = ?",  # noqa: S608
            (bytes(altered), slot_id),
        )
    with pytest.raises(BadPassphrase):
        open_store().unlock(credentials.user, credentials.passphrase)


def test_a_key_slot_moved_to_another_user_does_not_open(
    sealed: Sealed, open_store: Callable[[], CasebookStore], credentials: Credentials
) -> None:
    first = open_store()
    book = first.unlock(credentials.user, credentials.passphrase)
    book.users.add("beto.modulo", Role.CLERK, "Mitla y sus grecas 1802")
    book.lock()
    first.close()
    with sealed.raw() as db:
        rows = dict(
            db.execute(
                "SELECT u.name, s.id FROM key_slots s JOIN users u ON u.id = s.user_id"
            ).fetchall()
        )
        beto = db.execute(
            "SELECT kdf_params, nonce, wrapped_key FROM key_slots WHERE id = ?",
            (rows["beto.modulo"],),
        ).fetchone()
        db.execute(
            "UPDATE key_slots SET kdf_params = ?, nonce = ?, wrapped_key = ? WHERE id = ?",
            (*beto, rows[credentials.user]),
        )
    # Beto's wrapped key under Ana's slot id opens for neither passphrase.
    store = open_store()
    for passphrase in (credentials.passphrase, "Mitla y sus grecas 1802"):
        with pytest.raises(BadPassphrase):
            store.unlock(credentials.user, passphrase)
