"""The user list read with plain sqlite3 before the casebook opens agrees with the casebook."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bienestar_field.casebook import CasebookStore
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.roster import read_roster

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_missing_file_means_not_set_up_and_is_not_created(data_dir: Path) -> None:
    assert read_roster(data_dir / CASEBOOK_FILE) == []
    assert not data_dir.exists()


def test_the_users_are_those_the_casebook_lists(set_up_store: CasebookStore) -> None:
    roster = read_roster(set_up_store.data_dir / CASEBOOK_FILE)
    assert roster
    assert roster == set_up_store.users()


def test_a_new_casebook_without_users_is_not_set_up(store: CasebookStore) -> None:
    assert read_roster(store.data_dir / CASEBOOK_FILE) == []
    assert not store.is_set_up


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("casebook-*.sqlite3")), ids=lambda p: p.stem
)
def test_every_released_schema_is_read_before_its_migration(fixture: Path, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy2(fixture, data_dir / CASEBOOK_FILE)
    roster = read_roster(data_dir / CASEBOOK_FILE)  # before the migration runs
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    try:
        assert roster
        assert roster == store.users()
    finally:
        store.close()


def test_a_file_it_cannot_read_answers_none(tmp_path: Path) -> None:
    not_sqlite = tmp_path / "garbage.sqlite3"
    not_sqlite.write_bytes(b"not a database at all" * 100)
    assert read_roster(not_sqlite) is None
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('device_id', 'x')")
    connection.close()
    assert read_roster(other) is None, "set up, but no users table this code knows"


def test_reading_it_loads_no_sqlalchemy() -> None:
    code = (
        "import sys, pathlib\n"
        "from bienestar_field.storage.roster import read_roster\n"
        "read_roster(pathlib.Path(sys.argv[1]))\n"
        "print(','.join(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))\n"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "missing.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert loaded == ""
