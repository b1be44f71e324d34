"""``bienestar-central`` commands as an operator runs them: one-line errors, no traceback."""

from __future__ import annotations

import json
import re
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import catalogs
from tests.sync.central_fixtures import BACKENDS
from tests.sync.central_harness import ROOT, central_cmd


def run(data_dir: Path, url: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    command, *rest = args
    extra = ["--database-url", url] if url else []
    return subprocess.run(
        central_cmd(command, "--data-dir", str(data_dir), *extra, *rest),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )


@pytest.fixture(params=BACKENDS)
def url(
    request: pytest.FixtureRequest, database_url_for: Callable[[str], str | None]
) -> str | None:
    return database_url_for(request.param)


def test_init_makes_private_keys_once_and_the_schema(tmp_path: Path, url: str | None) -> None:
    data = tmp_path / "central"
    first = run(data, url, "init")
    assert first.returncode == 0, first.stderr
    key_id = first.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"server key id: [0-9a-f]{32}", key_id)
    keys = data / "server-keys.json"
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    again = run(data, url, "init")
    assert again.returncode == 0
    assert again.stdout.strip().splitlines()[-1] == key_id  # never replaced
    assert "kept the existing" in again.stderr


def test_the_operator_commands_work_end_to_end(tmp_path: Path, url: str | None) -> None:
    data = tmp_path / "central"
    assert run(data, url, "init").returncode == 0
    code = run(data, url, "enrollment-code", "--office", "Módulo Tlacolula")
    assert code.returncode == 0
    printed = code.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"[0-9A-Z]{5}(-[0-9A-Z]{5}){4}", printed)
    assert "Módulo Tlacolula" in code.stderr
    # The last two groups are the server key's fingerprint, also shown on its own.
    assert f"server key fingerprint: {printed[-11:]} " in code.stderr
    stats = json.loads(run(data, url, "stats").stdout)
    for key in (
        "households",
        "persons",
        "enrollments",
        "attendance_checks",
        "changes",
        "duplicates",
        "conflicts",
        "devices",
    ):
        assert stats[key] == 0
    catalog = catalogs.write(tmp_path / "catalog.json", catalogs.catalog("2026.2", "2027-01-01"))
    published = run(data, url, "publish-catalog", str(catalog), "--office", "Módulo Tlacolula")
    assert published.stdout.strip() == (
        "catalog 2026.2 (valid from 2027-01-01, America/Mexico_City) queued for 1 offices"
    )
    assert run(data, url, "verify-audit").stdout.startswith("the audit log verifies: ")
    assert run(data, url, "devices").stdout == ""


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("revoke", "01a1fd7a-0000-7000-8000-000000000000"), "no device with that id"),
        (("decide", "01a1fd7a-0000-7000-8000-000000000000", "approved"), "no enrolment"),
        (("enrollment-code", "--office", "x" * 80), "office must be"),
    ],
)
def test_errors_are_one_line_without_a_traceback(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    data = tmp_path / "central"
    assert run(data, None, "init").returncode == 0
    done = run(data, None, *args)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [("stats",), ("serve", "--port", "1"), ("revoke", "x")])
def test_commands_before_init_say_what_to_do(tmp_path: Path, command: tuple[str, ...]) -> None:
    done = run(tmp_path / "nothing-here", None, *command)
    assert done.returncode == 1
    assert "bienestar-central init" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_server_installs_and_runs_without_qt_or_the_app_ui(tmp_path: Path) -> None:
    probe = (
        "import sys, bienestar_central.app, bienestar_central.cli;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','bienestar_field.ui',"
        "'bienestar_field.casebook'))];print(bad)"
    )
    done = subprocess.run(
        [*central_cmd("--version")[:1], "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=ROOT,
    )
    assert done.stdout.strip() == "[]"


def test_the_sqlite_database_and_data_folder_are_private(tmp_path: Path) -> None:
    import os

    previous = os.umask(0o022)
    try:
        data = tmp_path / "central"
        assert run(data, None, "init").returncode == 0
        assert stat.S_IMODE(data.stat().st_mode) == 0o700
        assert stat.S_IMODE((data / "central.sqlite3").stat().st_mode) == 0o600
        elsewhere = tmp_path / "elsewhere" / "db.sqlite3"
        other = tmp_path / "other"
        assert run(other, f"sqlite+pysqlite:///{elsewhere}", "init").returncode == 0
        assert run(other, f"sqlite+pysqlite:///{elsewhere}", "stats").returncode == 0
        for path in elsewhere.parent.iterdir():  # the database and its WAL files
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        assert stat.S_IMODE(elsewhere.parent.stat().st_mode) == 0o700
    finally:
        os.umask(previous)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"version": "2026.2", "programs": []}, "catalog: unknown field 'version'"),
        (
            catalogs.catalog("2026.2", "2027-01-01", time_zone="Mexico/Nowhere"),
            "time_zone: 'Mexico/Nowhere' is not an IANA time zone",
        ),
        (catalogs.catalog("2026.2", "1/1/2027"), "valid_from: invalid RFC3339 encoded date"),
        (catalogs.with_pension_age("2026.2", "2027-01-01", 200), "programs[0].rule.min_age:"),
    ],
)
def test_a_catalog_the_app_would_refuse_is_refused_naming_the_field(
    tmp_path: Path, document: dict[str, object], message: str
) -> None:
    data = tmp_path / "central"
    assert run(data, None, "init").returncode == 0
    done = run(data, None, "publish-catalog", str(catalogs.write(tmp_path / "c.json", document)))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_publishing_to_a_malformed_office_is_a_one_line_error(tmp_path: Path) -> None:
    data = tmp_path / "central"
    assert run(data, None, "init").returncode == 0
    catalog = catalogs.write(tmp_path / "catalog.json", catalogs.catalog("2026.2", "2027-01-01"))
    done = run(data, None, "publish-catalog", str(catalog), "--office", "x" * 80)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert "office must be" in done.stderr
