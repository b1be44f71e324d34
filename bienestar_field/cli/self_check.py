"""``bienestar-field --self-check``: what support staff ask first, without the passphrase.

Versions, the data folder, whether Qt can start, the casebook file's integrity and schema, the
settings, the server and whether it answers, the last sync, the changes waiting, the free disk
space. Nothing here unlocks the casebook or migrates it: the file is read with ``sqlite3``
read-only, and only what is kept in clear (counts, statuses, times, the schema stamp). No
personal data is read or printed; not even user names (only how many).

Each check is ``ok``, ``warn`` (worth knowing, nothing broken: a field laptop is often
offline) or ``fail`` (something to fix, with the fix in one line); the exit status is 1 when a
check fails.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sqlite3
import sys
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Literal

from bienestar_field import __version__
from bienestar_field.platform.config import CASEBOOK_FILE, Settings, SettingsError, SettingsStore
from bienestar_field.platform.qt_runtime import check_qt_platform

Status = Literal["ok", "warn", "fail"]
HEALTH_TIMEOUT_S = 3.0
# Below this the app may fail to save (WAL, a migration backup); below the second, tell.
DISK_FAIL_BYTES = 200 * 1024 * 1024
DISK_WARN_BYTES = 1024 * 1024 * 1024


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    fix: str | None = None


def _qt_version() -> str:
    for distribution in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def versions() -> dict[str, str]:
    return {
        "app": __version__,
        "python": platform.python_version(),
        "qt": _qt_version(),
        "sqlite": sqlite3.sqlite_version,
        "system": f"{platform.system()} {platform.release()} {platform.machine()}",
    }


def check_versions() -> Check:
    v = versions()
    return Check(
        "versions",
        "ok",
        f"bienestar-field {v['app']}, Python {v['python']}, Qt {v['qt']}, SQLite {v['sqlite']}"
        f" ({v['system']})",
    )


def check_qt() -> Check:
    problem = check_qt_platform()
    if problem is None:
        return Check("desktop", "ok", "Qt's platform plugin loads")
    if problem.missing:
        fix = (
            f"sudo apt-get install {' '.join(problem.packages)}"
            if problem.packages
            else "reinstall bienestar-field"
        )
        return Check("desktop", "fail", problem.message, fix)
    return Check("desktop", "warn", problem.message)


def check_data_dir(data_dir: Path) -> Check:
    if not data_dir.exists():
        return Check("data folder", "warn", f"{data_dir} does not exist yet (made at set-up)")
    if not data_dir.is_dir():
        return Check(
            "data folder", "fail", f"{data_dir} is not a folder", "move that file out of the way"
        )
    if not os.access(data_dir, os.W_OK | os.X_OK):
        return Check(
            "data folder",
            "fail",
            f"{data_dir} is not writable by this user",
            f"give this user write access to {data_dir}",
        )
    return Check("data folder", "ok", f"{data_dir} (writable)")


def check_disk(data_dir: Path) -> Check:
    where = data_dir if data_dir.exists() else _existing_parent(data_dir)
    free = shutil.disk_usage(where).free
    detail = f"{free / 1024**3:.1f} GB free on the data folder's disk"
    if free < DISK_FAIL_BYTES:
        return Check("disk", "fail", detail, "free up disk space (at least 1 GB)")
    if free < DISK_WARN_BYTES:
        return Check("disk", "warn", detail + " (less than 1 GB)")
    return Check("disk", "ok", detail)


def _existing_parent(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def load_settings(data_dir: Path) -> tuple[Check, Settings | None]:
    store = SettingsStore(data_dir)
    try:
        settings = store.load()
    except SettingsError as exc:
        return Check(
            "settings",
            "fail",
            str(exc),
            f"fix or delete {store.path} (the defaults apply; set the server again with "
            "'bienestar-field config set server_url URL')",
        ), None
    shown = {k: v for k, v in asdict(settings).items() if v is not None}
    detail = ", ".join(f"{k}={v}" for k, v in sorted(shown.items()))
    return Check("settings", "ok", detail), settings


def _newest_backup(data_dir: Path) -> Path | None:
    backups = sorted((data_dir / "backups").glob("casebook-*.sqlite3"))
    return backups[-1] if backups else None


def _restore_fix(data_dir: Path) -> str:
    backup = _newest_backup(data_dir)
    if backup is None:
        return (
            f"move {data_dir / CASEBOOK_FILE} aside and ask support to restore the casebook "
            "(the changes already synced are on the server)"
        )
    return (
        f"quit the app, move {data_dir / CASEBOOK_FILE} aside and copy {backup} in its place "
        "(changes since that copy that were not synced are lost)"
    )


@dataclass(frozen=True)
class _Casebook:
    """What the casebook file tells without the passphrase."""

    revision: str | None
    users: int
    set_up: bool
    enrolled: bool
    revoked: bool
    outbox: dict[str, int]
    last_run: tuple[str, str | None, str] | None  # started, finished, outcome
    last_success: str | None


def _read_casebook(path: Path) -> tuple[str, _Casebook]:
    """The integrity check's answer, and what the file holds (``sqlite3.Error`` if unreadable)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = "; ".join(
            str(row[0]) for row in connection.execute("PRAGMA quick_check(5)").fetchall()
        )
        tables = {
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }

        def scalar(sql: str) -> object:
            row = connection.execute(sql).fetchone()
            return None if row is None else row[0]

        revision = (
            scalar("SELECT version_num FROM alembic_version")
            if "alembic_version" in tables
            else None
        )
        set_up = "meta" in tables and scalar("SELECT 1 FROM meta WHERE key='device_id'") == 1
        users = int(str(scalar("SELECT count(*) FROM users"))) if "users" in tables else 0
        outbox: dict[str, int] = {}
        if "outbox" in tables:
            outbox = {
                str(status): int(count)
                for status, count in connection.execute(
                    "SELECT status, count(*) FROM outbox GROUP BY status"
                )
            }
        enrolled = revoked = False
        if "sync_state" in tables:
            enrolled = scalar("SELECT 1 FROM sync_state WHERE key='identity'") == 1
            revoked = scalar("SELECT 1 FROM sync_state WHERE key='revoked'") == 1
        last_run = None
        last_success = None
        if "sync_runs" in tables:
            row = connection.execute(
                "SELECT started_at, finished_at, outcome FROM sync_runs ORDER BY id DESC LIMIT 1"
            ).fetchone()
            last_run = None if row is None else (str(row[0]), row[1], str(row[2]))
            success = scalar("SELECT max(finished_at) FROM sync_runs WHERE outcome = 'ok'")
            last_success = None if success is None else str(success)
    finally:
        connection.close()
    return integrity, _Casebook(
        None if revision is None else str(revision),
        users,
        set_up,
        enrolled,
        revoked,
        outbox,
        last_run,
        last_success,
    )


def check_casebook(data_dir: Path) -> tuple[list[Check], _Casebook | None]:
    path = data_dir / CASEBOOK_FILE
    if not path.exists():
        return [
            Check(
                "casebook",
                "warn",
                f"no casebook in {data_dir} yet",
                "set it up in the app, or: bienestar-field user add NAME --role caseworker",
            )
        ], None
    try:
        integrity, book = _read_casebook(path)
    except sqlite3.Error as exc:
        return [
            Check(
                "casebook",
                "fail",
                f"{path} cannot be read as a database ({exc})",
                _restore_fix(data_dir),
            )
        ], None
    checks: list[Check] = []
    size = path.stat().st_size
    if integrity != "ok":
        checks.append(
            Check(
                "integrity",
                "fail",
                f"{path.name} is damaged: {integrity[:200]}",
                _restore_fix(data_dir),
            )
        )
    else:
        checks.append(
            Check("integrity", "ok", f"{path.name}, {size / 1024**2:.1f} MB, quick_check ok")
        )
    checks.append(_schema_check(book.revision))
    if not book.set_up:
        checks.append(
            Check(
                "casebook",
                "warn",
                "not set up yet (no users)",
                "set it up in the app, or: bienestar-field user add NAME --role caseworker",
            )
        )
    else:
        checks.append(Check("casebook", "ok", f"set up, {book.users} user(s)"))
    return checks, book


def _schema_check(revision: str | None) -> Check:
    from bienestar_field.storage.database import revision_ids_from_files

    known = revision_ids_from_files()
    head = known[-1]
    if revision == head:
        return Check("schema", "ok", f"revision {revision} (this version's newest)")
    if revision is None:
        return Check("schema", "warn", f"not stamped; the app migrates it to {head} at opening")
    if revision in known:
        return Check(
            "schema",
            "warn",
            f"revision {revision}, older than this version's {head}: upgraded at the next "
            "opening (a copy is kept in backups/)",
        )
    return Check(
        "schema",
        "fail",
        f"revision {revision}, written by a newer version of Bienestar Field (this one knows "
        f"up to {head})",
        "install the newer version of Bienestar Field that wrote it",
    )


def check_sync(book: _Casebook | None) -> list[Check]:
    if book is None or not book.set_up:
        return []
    from bienestar_field.storage.repositories.outbox import ACKED, PENDING, REJECTED

    pending = book.outbox.get(PENDING, 0)
    refused = book.outbox.get(REJECTED, 0)
    acknowledged = book.outbox.get(ACKED, 0)
    waiting = f"{pending} change(s) waiting to sync, {acknowledged} acknowledged"
    checks = [
        Check(
            "pending",
            "ok" if refused == 0 else "warn",
            waiting + (f", {refused} refused by the server (see the sync page)" if refused else ""),
        )
    ]
    if book.revoked:
        checks.append(
            Check(
                "enrolment",
                "fail",
                "the server revoked this device",
                "ask the operator for a new enrolment code, then: bienestar-field enroll "
                "--server URL --code CODE",
            )
        )
    elif not book.enrolled:
        checks.append(Check("enrolment", "warn", "not enrolled with a server (batch files only)"))
    else:
        checks.append(Check("enrolment", "ok", "enrolled"))
    if book.last_run is None:
        checks.append(Check("last sync", "warn" if book.enrolled else "ok", "never synced"))
    else:
        started, finished, outcome = book.last_run
        detail = f"last sync {finished or started}: {outcome}"
        if book.last_success and book.last_success != finished:
            detail += f"; last successful {book.last_success}"
        checks.append(Check("last sync", "ok" if outcome == "ok" else "warn", detail))
    return checks


def check_server(settings: Settings | None) -> Check:
    if settings is None:
        return Check("server", "warn", "unknown (the settings cannot be read)")
    url = settings.server_url
    if not url:
        return Check("server", "ok", "no server set (enrolment sets it)")
    import requests

    verify: str | bool = settings.server_ca_file or True
    health = url.rstrip("/") + "/v1/health"
    try:
        answer = requests.get(health, timeout=HEALTH_TIMEOUT_S, verify=verify)
    except requests.exceptions.SSLError:
        return Check(
            "server",
            "fail",
            f"{url}: its TLS certificate is not trusted",
            "set the authority that signed it: bienestar-field config set server_ca_file FILE",
        )
    except requests.RequestException as exc:
        reason = type(exc).__name__
        return Check(
            "server",
            "warn",
            f"{url} does not answer ({reason}); the app keeps the changes until it does",
            f"check the network, or the address: bienestar-field config set server_url URL "
            f"(open {health} in a browser)",
        )
    if answer.status_code != 200:
        return Check(
            "server",
            "fail",
            f"{url} answers {answer.status_code} to its health check",
            "check the server address (bienestar-field config set server_url URL) or tell "
            "the server's operator",
        )
    return Check(
        "server",
        "ok",
        f"{url} answers ({answer.elapsed.total_seconds() * 1000:.0f} ms)",
    )


def run_checks(data_dir: Path) -> list[Check]:
    checks = [check_versions(), check_qt(), check_data_dir(data_dir), check_disk(data_dir)]
    settings_check, settings = load_settings(data_dir)
    checks.append(settings_check)
    casebook_checks, book = check_casebook(data_dir)
    checks += casebook_checks
    checks += check_sync(book)
    checks.append(check_server(settings))
    return checks


def report(checks: list[Check], data_dir: Path) -> str:
    width = max(len(check.name) for check in checks)
    lines = [f"Bienestar Field self-check of {data_dir}"]
    for check in checks:
        lines.append(f"  {check.status.upper():<4}  {check.name:<{width}}  {check.detail}")
        if check.fix and check.status != "ok":
            lines.append(f"        {'':<{width}}  fix: {check.fix}")
    failed = [check for check in checks if check.status == "fail"]
    lines.append(
        "self-check: everything ok"
        if not failed
        else f"self-check: {len(failed)} problem(s): " + "; ".join(c.name for c in failed)
    )
    return "\n".join(lines)


def self_check(data_dir: Path, *, as_json: bool = False) -> int:
    checks = run_checks(data_dir)
    failed = any(check.status == "fail" for check in checks)
    if as_json:
        document = {
            "ok": not failed,
            "data_dir": str(data_dir),
            "versions": versions(),
            "checks": [asdict(check) for check in checks],
        }
        print(json.dumps(document, indent=2, sort_keys=True))
    else:
        print(report(checks, data_dir))
    sys.stdout.flush()
    return 1 if failed else 0
