"""Schema migrations at open: new files, every older revision, released fixtures, newer files."""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import bienestar_field.casebook.store as casebook_store_module
from bienestar_field.casebook import CasebookStore
from bienestar_field.domain import codec
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    PrivacyConsent,
)
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.database import (
    Database,
    NewerSchemaError,
    StorageError,
    all_revisions,
    current_revision,
    head_revision,
    open_database,
    revision_ids_from_files,
)
from bienestar_field.storage.repositories import audit_records
from bienestar_field.storage.schema import Base

if TYPE_CHECKING:
    from tests.conftest import FakeClock, People

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
USER = "ana.caseworker"
PASSPHRASE = "Tlacolula de Matamoros 2026"
OLDER = all_revisions()[:-1]


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    db.close()
    return {name for (name,) in rows}


def stamped_revision(path: Path) -> str:
    db = sqlite3.connect(path)
    try:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        db.close()
    return str(revision)


def snapshot(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def test_all_revisions_form_one_line_ending_at_head() -> None:
    revisions = all_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == head_revision()
    assert len(set(revisions)) == len(revisions)


def test_a_new_file_is_created_private_at_head_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "data" / CASEBOOK_FILE
    database = open_database(path)
    try:
        assert current_revision(database) == head_revision()
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert database.integrity_check() == "ok"
    finally:
        database.close()
    assert tables(path) >= set(Base.metadata.tables) | {"alembic_version"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not (path.parent / "backups").exists()


def schema_differences(database: Database) -> list[Any]:
    """What Alembic's autogenerate would change to make the file match ``storage.schema``."""
    with database.engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_the_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    # A model changed without a migration, or a table migrated but declared nowhere (or
    # elsewhere than storage.schema), would show up here as a difference.
    database = open_database(tmp_path / CASEBOOK_FILE)
    try:
        assert schema_differences(database) == []
    finally:
        database.close()


def test_opening_at_head_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / CASEBOOK_FILE
    open_database(path).close()
    before = snapshot(tmp_path)
    open_database(path).close()
    assert snapshot(tmp_path) == before


def test_each_revision_upgrades_to_the_next_one_step_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / CASEBOOK_FILE
    for revision in all_revisions():
        database = open_database(path, revision=revision)
        try:
            assert current_revision(database) == revision
            assert database.integrity_check() == "ok"
        finally:
            database.close()
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert [name.rsplit("-schema-", 1)[1] for name in backups] == [
        f"{revision}.sqlite3" for revision in OLDER
    ]


def fill(store: CasebookStore, people: People) -> dict[str, Any]:
    """Set up and write what the schema of ``store`` allows, through the Casebook API."""
    with pytest.MonkeyPatch.context() as patch:
        if "digest" not in columns(store.database.path, "audit_events"):
            # Record digests on audit events arrived in 0005: the app before wrote none.
            patch.setattr(audit_records, "stored_digests", lambda *_: {})
        return _fill(store, people)


def columns(path: Path, table: str) -> set[str]:
    db = sqlite3.connect(path)
    try:
        rows = db.execute(f"PRAGMA table_info({table})").fetchall()
    finally:
        db.close()
    return {row[1] for row in rows}


def _fill(store: CasebookStore, people: People) -> dict[str, Any]:
    result = store.set_up(USER, Role.CASEWORKER, PASSPHRASE)
    book = result.casebook
    households = book.households.register_many([people.household(3) for _ in range(3)])
    child = households[0].members[2]
    enrolment = book.enrolments.enroll(
        Enrollment(
            "",
            child.id,
            "BRC",
            documents={d.code: True for d in book.catalog["BRC"].documents},
            consent=PrivacyConsent(
                "2026-01", book.now().isoformat(), accepted=True, sensitive_data=True
            ),
        )
    )
    (check,) = book.checks.record(
        [AttendanceCheck("", enrolment.id, CheckKind.ESCUELA, "2026-03", CheckResult.ASISTIO)]
    )
    draft = None
    if "drafts" in tables(store.database.path):
        draft = book.drafts.save("household", "Hogar a medias", {"calle": "Hidalgo"})
    written = {
        "households": households,
        "enrollment": enrolment,
        "check": check,
        "draft": draft,
        "stats": book.reports.stats(),
        "recovery_code": result.recovery_code,
    }
    book.lock()
    return written


def assert_intact(store: CasebookStore, written: dict[str, Any]) -> None:
    book = store.unlock(USER, PASSPHRASE)
    try:
        for household in written["households"]:
            assert book.households.get(household.id) == household
        enrolment = written["enrollment"]
        assert book.enrolments.of_person(enrolment.person_id) == [enrolment]
        assert book.checks.of_enrolment(enrolment.id) == [written["check"]]
        if written["draft"] is not None:
            assert book.drafts.load(written["draft"]) == {"calle": "Hidalgo"}
        assert book.reports.stats() == written["stats"]
        assert book.reports.verify_audit_chain() is None
    finally:
        book.lock()


@pytest.mark.parametrize("revision", OLDER)
def test_a_casebook_of_every_older_revision_upgrades_with_its_data_and_a_backup(
    revision: str,
    tmp_path: Path,
    clock: FakeClock,
    people: People,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "data"
    with monkeypatch.context() as patch:
        patch.setattr(
            casebook_store_module,
            "open_database",
            functools.partial(open_database, revision=revision),
        )
        old = CasebookStore(data_dir, kdf_target_seconds=0, now=clock)
    try:
        assert current_revision(old.database) == revision
        written = fill(old, people)
    finally:
        old.close()

    store = CasebookStore(data_dir, kdf_target_seconds=0, now=clock)
    try:
        assert current_revision(store.database) == head_revision()
        assert schema_differences(store.database) == []
        assert_intact(store, written)
        # The new schema works too: drafts arrived in 0002.
        book = store.unlock(USER, PASSPHRASE)
        draft = book.drafts.save("household", "nuevo", {"paso": 1})
        assert book.drafts.load(draft) == {"paso": 1}
        assert book.households.register(people.household(2)).folio is not None
        book.lock()
    finally:
        store.close()

    (backup,) = (data_dir / "backups").iterdir()
    assert backup.name.startswith("casebook-")
    assert backup.name.endswith(f"-schema-{revision}.sqlite3")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stamped_revision(backup) == revision
    # The backup is a whole casebook of the old revision: it opens, unlocks and reads.
    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    shutil.copy2(backup, restored_dir / CASEBOOK_FILE)
    restored = CasebookStore(restored_dir, kdf_target_seconds=0, now=clock)
    try:
        assert_intact(restored, written)
    finally:
        restored.close()


def test_a_failed_migration_leaves_the_file_at_its_revision(tmp_path: Path) -> None:
    path = tmp_path / CASEBOOK_FILE
    open_database(path, revision="0001").close()
    with sqlite3.connect(path) as db:
        # Takes the name 0002 gives its index, so 0002 fails after creating its table.
        db.execute("CREATE INDEX ix_drafts_kind ON meta (value)")
    db.close()

    with pytest.raises(StorageError, match="ix_drafts_kind"):
        open_database(path)

    assert stamped_revision(path) == "0001"
    assert "drafts" not in tables(path)  # the table 0002 made before failing is gone too
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_a_damaged_file_is_refused_with_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / CASEBOOK_FILE
    path.write_bytes(b"not a database at all; " * 200)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="cannot be read"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused_and_left_untouched(tmp_path: Path, clock: FakeClock) -> None:
    data_dir = tmp_path / "data"
    store = CasebookStore(data_dir, kdf_target_seconds=0, now=clock)
    store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook.lock()
    store.close()
    path = data_dir / CASEBOOK_FILE
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    db.close()
    before = snapshot(data_dir)

    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(path)
    with pytest.raises(NewerSchemaError):
        CasebookStore(data_dir, kdf_target_seconds=0, now=clock)

    assert snapshot(data_dir) == before  # byte for byte, and no backup or journal left
    assert stamped_revision(path) == "9999_from_the_future"


# --- the committed file of each released revision -------------------------------------------


def released_fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("casebook-*.sqlite3"))


def test_every_revision_has_a_committed_fixture() -> None:
    have = {p.stem.removeprefix("casebook-") for p in released_fixtures()}
    missing = [r for r in all_revisions() if r not in have]
    assert not missing, (
        f"no fixture casebook for schema revision(s) {missing}: make the head's with "
        "'.venv/bin/python tests/fixtures/make_fixtures.py' and commit both files it writes"
    )
    assert have <= set(all_revisions()), "a fixture of a revision this program does not know"


NO_HOUSEHOLD_EVENTS = {"address_since": None, "event_note": ""}
NO_PERSON_EVENTS = {
    "household_since": None,
    "left_household_on": None,
    "left_household_reason": None,
    "death_date": None,
    "event_note": "",
}


@pytest.mark.parametrize("fixture", released_fixtures(), ids=lambda p: p.stem)
def test_the_released_fixture_opens_migrates_and_reads_back(
    fixture: Path, tmp_path: Path, clock: FakeClock, people: People
) -> None:
    manifest = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    assert stamped_revision(fixture) == manifest["revision"]
    original = hashlib.sha256(fixture.read_bytes()).hexdigest()
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy2(fixture, data_dir / CASEBOOK_FILE)

    store = CasebookStore(data_dir, kdf_target_seconds=0, now=clock)
    try:
        assert current_revision(store.database) == head_revision()
        assert schema_differences(store.database) == []
        book = store.unlock(manifest["user"], manifest["passphrase"])
        stats = book.reports.stats().as_dict()
        # Counts a later version added (refused_changes) are not in an older manifest.
        assert {name: stats[name] for name in manifest["stats"]} == manifest["stats"]
        for expected in manifest["households"]:
            household = book.households.get(expected["id"])
            assert household.folio == expected["folio"]
            fields = codec.household_fields(household)
            # Records older than the privacy notice (0001) have none, and still open.
            assert fields.pop("consent") == expected["consent"]
            # Records written before life events existed read back with none recorded.
            assert fields == {**NO_HOUSEHOLD_EVENTS, **expected["address"]}
            assert [
                {"id": m.id, "folio": m.folio, **codec.person_personal_fields(m)}
                for m in household.members
            ] == [{**NO_PERSON_EVENTS, **member} for member in expected["members"]]
            head = expected["members"][0]
            assert [s.person_id for s in book.search.find(head["curp"])] == [head["id"]]
        assert book.reports.verify_audit_chain() is None
        # Still a working casebook after the upgrade.
        added = book.households.register(people.household(2))
        assert book.households.get(added.id) == added
        book.lock()
        recovered = store.recover(manifest["recovery_code"], manifest["user"], "Frase nueva 2026!")
        assert recovered.reports.stats().households == manifest["stats"]["households"] + 1
        recovered.lock()
    finally:
        store.close()
    if manifest["revision"] == head_revision():
        assert not (data_dir / "backups").exists()  # nothing to migrate, nothing copied
        return
    (backup,) = (data_dir / "backups").iterdir()
    assert stamped_revision(backup) == manifest["revision"]
    copy = sqlite3.connect(backup)
    try:
        (households,) = copy.execute("SELECT count(*) FROM households").fetchone()
    finally:
        copy.close()
    assert households == manifest["stats"]["households"]
    assert hashlib.sha256(fixture.read_bytes()).hexdigest() == original  # the fixture itself


def test_revision_files_are_named_after_their_revision_in_order() -> None:
    # open_database trusts the file names to know the head without importing Alembic.
    assert revision_ids_from_files() == all_revisions()


def test_opening_an_up_to_date_casebook_does_not_import_alembic(tmp_path: Path) -> None:
    open_database(tmp_path / "casebook.sqlite3").close()
    script = (
        "import sys; from pathlib import Path\n"
        "from bienestar_field.storage.database import open_database\n"
        f"open_database(Path({str(tmp_path / 'casebook.sqlite3')!r})).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
