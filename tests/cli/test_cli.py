"""The headless commands of DESIGN.md section 7, run as a person would: a separate process."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from bienestar_field import __version__, cli
from bienestar_field.casebook import CasebookStore
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.database import open_database

USER = "ana.caseworker"
PASSPHRASE = "Tlacolula de Matamoros 2026"
BETO = "beto.modulo"
BETO_PASSPHRASE = "Mitla y sus grecas 1802"
RECOVERY_CODE = re.compile(r"([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}")


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        return self.stderr.strip().splitlines()

    def assert_one_line_error(self) -> str:
        assert self.code != 0, self
        assert "Traceback" not in self.stdout + self.stderr, self
        assert len(self.error_lines) == 1, self
        (line,) = self.error_lines
        assert line.startswith("bienestar-field"), line
        assert "error" in line, line
        return line


def run(
    data_dir: Path | None,
    *args: str,
    passphrase: str | None = None,
    new_passphrase: str | None = None,
) -> Run:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIENESTAR_")}
    if data_dir is not None:
        env["BIENESTAR_DATA_DIR"] = str(data_dir)
    if passphrase is not None:
        env["BIENESTAR_PASSPHRASE"] = passphrase
    if new_passphrase is not None:
        env["BIENESTAR_NEW_PASSPHRASE"] = new_passphrase
    done = subprocess.run(
        [sys.executable, "-m", "bienestar_field", *args],
        env=env,
        stdin=subprocess.DEVNULL,  # no terminal: the passphrase can only come from env
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def new_casebook(data_dir: Path, role: str = "caseworker") -> str:
    """Fast key derivation, then the first user; returns the recovery code."""
    assert run(data_dir, "config", "set", "kdf_target_ms", "0").code == 0
    added = run(data_dir, "user", "add", USER, "--role", role, passphrase=PASSPHRASE)
    assert added.code == 0, added
    return added.stdout.strip().splitlines()[-1]


@dataclass(frozen=True)
class Demo:
    data_dir: Path
    summary: dict[str, int]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    new_casebook(data_dir, role="supervisor")  # a supervisor's casebook: reports are theirs
    made = run(data_dir, "demo", "--households", "30", "--seed", "7", passphrase=PASSPHRASE)
    assert made.code == 0, made
    assert "Traceback" not in made.stderr
    return Demo(data_dir, json.loads(made.stdout.strip().splitlines()[-1]))


def test_version() -> None:
    done = run(None, "--version")
    assert done.code == 0
    assert done.stdout.strip() == f"bienestar-field {__version__}"


def test_first_user_gets_the_recovery_code_and_later_users_do_not(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run(data_dir, "config", "set", "kdf_target_ms", "0").code == 0

    first = run(data_dir, "user", "add", USER, "--role", "caseworker", passphrase=PASSPHRASE)
    assert first.code == 0, first
    code = first.stdout.strip().splitlines()[-1]
    assert RECOVERY_CODE.fullmatch(code)
    assert first.stdout.strip() == code  # stdout holds the code and nothing else
    assert "recovery code" in first.stderr

    def add_beto(role: str) -> Run:
        return run(
            data_dir,
            "user",
            "add",
            BETO,
            "--role",
            role,
            "--user",
            USER,
            passphrase=PASSPHRASE,
            new_passphrase=BETO_PASSPHRASE,
        )

    # A caseworker cannot make a supervisor (the first user chose; now only supervisors do).
    refused = add_beto("supervisor")
    assert "only a supervisor may add a supervisor" in refused.assert_one_line_error()
    second = add_beto("clerk")
    assert second.code == 0, second
    assert second.stdout == ""
    assert RECOVERY_CODE.search(second.stderr) is None

    listed = run(data_dir, "user", "list")
    stats = run(data_dir, "stats", "--user", BETO, passphrase=BETO_PASSPHRASE)
    unsaid = run(data_dir, "stats", passphrase=PASSPHRASE)
    assert listed.stdout.splitlines() == [
        f"{USER}\tcaseworker\tactive",
        f"{BETO}\tclerk\tactive",
    ]
    assert json.loads(stats.stdout)["users"] == 2
    assert "--user" in unsaid.assert_one_line_error()  # which of the two?

    # The code printed is the casebook's real recovery code.
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    try:
        store.recover(code, USER, "Una frase nueva para Ana").lock()
        assert store.unlock(USER, "Una frase nueva para Ana").reports.stats().users == 2
    finally:
        store.close()


def test_adding_a_user_with_a_weak_passphrase_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run(data_dir, "config", "set", "kdf_target_ms", "0").code == 0
    weak = run(data_dir, "user", "add", USER, "--role", "caseworker", passphrase="corta")
    assert "12" in weak.assert_one_line_error()
    assert not (data_dir / CASEBOOK_FILE).exists() or run(data_dir, "user", "list").stdout == ""


def test_config_set_then_get_round_trips(tmp_path: Path) -> None:
    cases = [
        ("server_url", "https://central.bienestar.example/", "https://central.bienestar.example"),
        ("idle_lock_minutes", "30", "30"),
    ]
    for key, value, _shown in cases:
        assert run(tmp_path, "config", "set", key, value).code == 0
    for key, _value, shown in cases:
        got = run(tmp_path, "config", "get", key)
        assert (got.code, got.stdout.strip()) == (0, shown)
    assert run(tmp_path, "config", "get", "language").stdout == "es_MX\n"  # the default


def test_bad_settings_and_usage_are_one_line_errors_that_change_nothing(tmp_path: Path) -> None:
    assert run(tmp_path, "config", "set", "idle_lock_minutes", "7").code == 0
    settings = (tmp_path / "settings.json").read_bytes()
    for args in [
        ("config", "set", "idle_lock_minutes", "cinco"),
        ("config", "set", "no_such_setting", "1"),
        ("config", "get", "no_such_setting"),
        ("config", "set", "language"),
    ]:
        run(tmp_path, *args).assert_one_line_error()
    assert (tmp_path / "settings.json").read_bytes() == settings


@pytest.fixture
def in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    """``cli.main`` in this process, for the many small cases a process each would slow."""
    # The log file handler would stay on this process's root logger after the test.
    monkeypatch.setattr(cli, "configure_logging", lambda data_dir: data_dir / "logs")
    monkeypatch.setenv("BIENESTAR_DATA_DIR", str(tmp_path))

    def call(*args: str) -> Run:
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return call


def test_more_settings_round_trip(in_process: Callable[..., Run]) -> None:
    for key, value, shown in [
        ("language", "en", "en"),
        ("language", "es-MX", "es_MX"),
        ("kdf_target_ms", "0", "0"),
        ("large_text", "sí", "true"),
        ("high_contrast", "off", "false"),
        ("server_url", "", ""),
    ]:
        assert in_process("config", "set", key, value).code == 0
        assert in_process("config", "get", key).stdout == f"{shown}\n", key


@pytest.mark.parametrize(
    "args",
    [
        ("config", "set", "idle_lock_minutes", "0"),
        ("config", "set", "idle_lock_minutes", "241"),
        ("config", "set", "language", "fr"),
        ("config", "set", "server_url", "ftp://central.example"),
        ("config", "set", "server_url", "https://usuario:clave@central.example"),
        ("config", "set", "kdf_target_ms", "-1"),
        ("config", "set", "large_text", "quizá"),
        ("config", "set", "time_zone", "America/Ciudad_Inventada"),
        ("config", "frobnicate"),
        ("demo", "--households", "0"),
        ("no-such-command",),
    ],
)
def test_each_bad_value_or_usage_is_one_line(
    in_process: Callable[..., Run], tmp_path: Path, args: tuple[str, ...]
) -> None:
    assert in_process("config", "set", "idle_lock_minutes", "7").code == 0
    settings = (tmp_path / "settings.json").read_bytes()
    in_process(*args).assert_one_line_error()
    assert (tmp_path / "settings.json").read_bytes() == settings


def test_a_damaged_settings_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{ no es json", encoding="utf-8")
    run(tmp_path, "config", "get", "language").assert_one_line_error()


def test_demo_counts_match_stats_and_wait_to_sync(demo: Demo) -> None:
    assert demo.summary["households"] == 30
    assert demo.summary["persons"] >= 30
    assert demo.summary["enrollments"] > 0
    assert demo.summary["attendance_checks"] > 0

    done = run(demo.data_dir, "stats", passphrase=PASSPHRASE)
    assert done.code == 0, done
    stats = json.loads(done.stdout)
    assert {k: stats[k] for k in demo.summary} == demo.summary
    assert stats["pending_changes"] > 0
    # One change per record made, all waiting for the first sync.
    assert stats["pending_changes"] == sum(demo.summary.values())
    assert stats["acknowledged_changes"] == 0
    assert stats["users"] == 1


@pytest.mark.parametrize("by", ["program", "municipality", "locality", "user"])
def test_report_totals_agree_with_stats_in_csv_and_json(demo: Demo, by: str) -> None:
    stats = json.loads(run(demo.data_dir, "stats", passphrase=PASSPHRASE).stdout)
    period = ("--from", "2000-01-01", "--to", "2100-12-31", "--by", by)
    as_csv = run(demo.data_dir, "report", *period, "--format", "csv", passphrase=PASSPHRASE)
    as_json = run(demo.data_dir, "report", *period, "--format", "json", passphrase=PASSPHRASE)
    assert as_csv.code == 0, as_csv
    assert as_json.code == 0, as_json

    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    total = rows[-1]
    assert total[by] == "total"
    report = json.loads(as_json.stdout)
    assert report["by"] == by
    assert len(report["rows"]) == len(rows) - 1
    names = ("households", "persons", "enrollments", "attendance_checks", "pending_changes")
    for name in (*names, "refused_changes"):
        assert int(total[name]) == stats[name], name
        assert report["total"][name] == stats[name], name
    assert sum(report["total"]["enrollments_by_status"].values()) == stats["enrollments"]
    assert (
        sum(report["total"]["attendance_checks_by_result"].values()) == stats["attendance_checks"]
    )
    if by != "program":
        for name in names:
            assert sum(int(row[name]) for row in rows[:-1]) == stats[name], name


def test_the_survey_report_covers_every_household_once_by_locality(demo: Demo) -> None:
    stats = json.loads(run(demo.data_dir, "stats", passphrase=PASSPHRASE).stdout)
    done = run(demo.data_dir, "report", "--survey", "--format", "json", passphrase=PASSPHRASE)
    assert done.code == 0, done
    report = json.loads(done.stdout)
    assert report["by"] == "locality"
    total = report["total"]
    # The demo surveys no one: every household shows as missing its survey.
    assert total["households"] == total["households_not_surveyed"] == stats["households"]
    assert sum(row["households"] for row in report["rows"]) == stats["households"]
    assert total["persons_in_poverty"] == 0


def test_a_report_of_a_bad_day_or_period_is_one_line(demo: Demo) -> None:
    for args in (("--from", "16/03/2026"), ("--from", "2026-03-02", "--to", "2026-03-01")):
        done = run(demo.data_dir, "report", *args, passphrase=PASSPHRASE)
        done.assert_one_line_error()


def test_a_caseworkers_report_is_refused_in_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    new_casebook(data_dir)  # its first user is a caseworker
    line = run(data_dir, "report", passphrase=PASSPHRASE).assert_one_line_error()
    assert "only a supervisor" in line


def test_wrong_passphrase_is_one_line(demo: Demo) -> None:
    line = run(demo.data_dir, "stats", passphrase="no es la frase de Ana").assert_one_line_error()
    assert "wrong passphrase" in line
    assert "Tlacolula" not in line


def test_missing_passphrase_without_a_terminal_is_one_line(demo: Demo) -> None:
    line = run(demo.data_dir, "stats").assert_one_line_error()
    assert "BIENESTAR_PASSPHRASE" in line


def test_unknown_user_is_one_line(demo: Demo) -> None:
    line = run(demo.data_dir, "stats", "--user", "quien.sea", passphrase=PASSPHRASE)
    assert "quien.sea" in line.assert_one_line_error()


def test_a_data_dir_that_is_a_regular_file_is_one_line(tmp_path: Path) -> None:
    regular = tmp_path / "not-a-folder"
    regular.write_text("hola", encoding="utf-8")
    for args in (("stats",), ("config", "get", "language")):
        done = run(None, "--data-dir", str(regular), *args, passphrase=PASSPHRASE)
        assert str(regular) in done.assert_one_line_error()
    assert regular.read_text(encoding="utf-8") == "hola"


def test_commands_before_set_up_say_what_to_do(tmp_path: Path) -> None:
    line = run(tmp_path / "data", "stats", passphrase=PASSPHRASE).assert_one_line_error()
    assert "user add" in line


def test_a_damaged_casebook_file_is_one_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / CASEBOOK_FILE).write_bytes(b"esto no es una base de datos " * 100)
    line = run(data_dir, "stats", passphrase=PASSPHRASE).assert_one_line_error()
    assert "cannot be read" in line


def test_a_casebook_from_a_newer_version_is_one_line_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "data" / CASEBOOK_FILE
    open_database(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    before = path.read_bytes()
    line = run(path.parent, "stats", passphrase=PASSPHRASE).assert_one_line_error()
    assert "newer version" in line
    assert path.read_bytes() == before


def test_an_unexpected_error_is_one_line_and_logs_no_personal_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = "GODE561231HDFRRN09 Juana Pérez"

    def broken(_args: object, _data_dir: Path) -> int:
        raise ValueError(f"invalid value: {marker}")

    monkeypatch.setattr(cli, "cmd_stats", broken)
    data_dir = tmp_path / "data"
    code = cli.main(["--data-dir", str(data_dir), "stats"])

    assert code == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "internal error" in err
    assert marker not in err
    log_text = "\n".join(p.read_text() for p in (data_dir / "logs").iterdir())
    assert "ValueError" in log_text  # type and stack stay, to debug
    assert "broken" in log_text
    assert "GODE561231HDFRRN09" not in log_text
    assert "Juana" not in log_text


def test_a_supervisor_adds_a_supervisor_once_authenticated(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run(data_dir, "config", "set", "kdf_target_ms", "0").code == 0
    first = run(data_dir, "user", "add", "sofia", "--role", "supervisor", passphrase=PASSPHRASE)
    assert first.code == 0, first
    wrong = run(
        data_dir,
        "user",
        "add",
        "rosa",
        "--role",
        "supervisor",
        "--user",
        "sofia",
        passphrase="no es la frase de Sofía",
        new_passphrase=BETO_PASSPHRASE,
    )
    wrong.assert_one_line_error()
    added = run(
        data_dir,
        "user",
        "add",
        "rosa",
        "--role",
        "supervisor",
        "--user",
        "sofia",
        passphrase=PASSPHRASE,
        new_passphrase=BETO_PASSPHRASE,
    )
    assert added.code == 0, added
    assert "rosa\tsupervisor\tactive" in run(data_dir, "user", "list").stdout
