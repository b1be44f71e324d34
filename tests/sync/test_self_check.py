"""``bienestar-field --self-check`` as support staff run it: a real casebook, enrolled with a
real server on loopback, no passphrase; then the things that go wrong."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bienestar_field.domain import codec
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.database import head_revision
from bienestar_field.storage.schema import HouseholdRow
from tests.sync.central_harness import ROOT, CentralServer, Device, free_port, running_server

MakeDevice = Callable[[str], Device]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("self-check") / "server", None) as central:
        yield central


def self_check(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIENESTAR_")}
    command = [sys.executable, "-m", "bienestar_field", "--data-dir", str(data_dir)]
    return subprocess.run(
        [*command, "--self-check", *args],
        env=env,  # no passphrase: none is needed
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )


def checks(data_dir: Path) -> tuple[int, dict[str, dict[str, Any]]]:
    done = self_check(data_dir, "--json")
    assert done.stderr == "", done.stderr
    document = json.loads(done.stdout)
    assert document["ok"] == (done.returncode == 0)
    return done.returncode, {check["name"]: check for check in document["checks"]}


def personal_values(device: Device) -> list[str]:
    """Every name part, CURP and street the casebook holds (at least 5 characters)."""
    values: list[str] = []
    with device.casebook.reading() as stored:
        ids = list(stored.session.scalars(select(HouseholdRow.id)))
    for household in map(device.casebook.households.get, ids):
        values.append(str(codec.household_fields(household)["street_name"]))
        for person in household.members:
            fields = codec.person_personal_fields(person)
            values += [str(fields[k]) for k in ("curp", "nombres", "primer_apellido")]
    return [value for value in values if len(value) >= 5]


def test_a_healthy_enrolled_device_reports_everything_without_a_passphrase(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    device = make_device("campo")
    device.add_households(3, seed=8101)
    device.enroll(server.url, server.code(office))
    (device.path / "settings.json").write_text(
        json.dumps({"server_url": server.url}), encoding="utf-8"
    )
    assert device.sync().complete
    acknowledged = device.casebook.reports.stats().acknowledged_changes
    device.add_households(1, seed=8102)  # written after the sync: waiting
    pending = device.casebook.reports.stats().pending_changes
    assert pending > 0
    assert acknowledged > 0

    done = self_check(device.path)
    assert done.returncode == 0, done.stdout + done.stderr
    text = done.stdout
    assert text.splitlines()[-1] == "self-check: everything ok"
    assert f"{server.url} answers" in text
    assert f"{pending} change(s) waiting to sync, {acknowledged} acknowledged" in text
    assert f"revision {head_revision()}" in text
    assert "quick_check ok" in text
    assert "last sync" in text
    assert ": ok" in text  # the last sync's outcome
    for value in personal_values(device):
        assert value not in text, "personal data in the report"
    assert "ana" not in text.split("\n", 1)[1].replace(str(device.path), "")  # no user names

    code, found = checks(device.path)
    assert code == 0
    assert found["server"]["status"] == "ok"
    assert found["enrolment"]["status"] == "ok"
    assert found["schema"]["status"] == "ok"
    assert found["pending"]["detail"].startswith(f"{pending} change(s)")
    assert {"versions", "desktop", "data folder", "disk", "settings", "integrity"} <= set(found)


def test_a_server_that_does_not_answer_is_said_with_what_to_check(
    make_device: MakeDevice, tmp_path: Path
) -> None:
    device = make_device("sin-red")
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    (device.path / "settings.json").write_text(json.dumps({"server_url": url}), encoding="utf-8")
    code, found = checks(device.path)
    assert found["server"]["status"] == "warn"  # offline is a field laptop's normal day
    assert "does not answer" in found["server"]["detail"]
    assert "config set server_url" in found["server"]["fix"]
    assert code == 0


def corrupt(path: Path) -> None:
    """Scribble over pages in the middle of the file, as a bad disk sector would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, min(len(data), 12 * page), page):
        data[offset + 8 : offset + 2000] = bytes(range(256)) * 7 + bytes(200)
    path.write_bytes(bytes(data))


def test_a_damaged_database_fails_with_the_backup_to_restore(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    backup = data_dir / "backups" / "casebook-20261130T120000000000Z-schema-0004.sqlite3"
    backup.parent.mkdir()
    shutil.copy2(FIXTURES / "casebook-0004.sqlite3", backup)
    shutil.copy2(FIXTURES / f"casebook-{head_revision()}.sqlite3", data_dir / CASEBOOK_FILE)
    corrupt(data_dir / CASEBOOK_FILE)
    before = (data_dir / CASEBOOK_FILE).read_bytes()

    done = self_check(data_dir)
    assert done.returncode == 1, done.stdout
    failed = [line for line in done.stdout.splitlines() if line.lstrip().startswith("FAIL")]
    assert len(failed) == 1
    assert "damaged" in failed[0] or "cannot be read" in failed[0]
    (fix,) = [line for line in done.stdout.splitlines() if "fix:" in line]
    assert str(backup) in fix
    assert done.stdout.splitlines()[-1].startswith("self-check: 1 problem(s)")
    assert (data_dir / CASEBOOK_FILE).read_bytes() == before


def test_a_newer_schema_and_unreadable_settings_fail_with_their_fixes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy2(FIXTURES / f"casebook-{head_revision()}.sqlite3", data_dir / CASEBOOK_FILE)
    db = sqlite3.connect(data_dir / CASEBOOK_FILE)
    with db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")

    code, found = checks(data_dir)
    assert code == 1
    assert found["schema"]["status"] == "fail"
    assert "newer version" in found["schema"]["detail"]
    assert found["schema"]["fix"] == "install the newer version of Bienestar Field that wrote it"
    assert found["settings"]["status"] == "fail"
    assert "settings.json" in found["settings"]["fix"]
    assert found["integrity"]["status"] == "ok"


def test_an_older_schema_is_reported_and_left_as_it_is(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy2(FIXTURES / "casebook-0001.sqlite3", data_dir / CASEBOOK_FILE)
    code, found = checks(data_dir)
    assert code == 0
    assert found["schema"]["status"] == "warn"
    assert "revision 0001" in found["schema"]["detail"]
    assert not (data_dir / "backups").exists()  # nothing migrated, nothing copied
    db = sqlite3.connect(data_dir / CASEBOOK_FILE)
    try:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        db.close()
