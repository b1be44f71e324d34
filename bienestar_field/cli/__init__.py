"""Headless commands (DESIGN.md section 7) and the entry point that starts the GUI.

Errors reach the person as one line on stderr and a non-zero exit; tracebacks go only to the
log file, which never holds personal data.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from bienestar_field import __version__
from bienestar_field.cli import audit_commands, catalog_commands, sync_commands
from bienestar_field.cli.common import (
    NEW_PASSPHRASE_ENV,
    PASSPHRASE_ENV,
    PROG,
    CommandError,
    Handler,
    open_store,
    read_secret,
    unlock,
    utc_now,
)
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import (
    SETTING_NAMES,
    SettingsError,
    SettingsStore,
    resolve_data_dir,
)
from bienestar_field.platform.logs import configure_logging, log_bug

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes as one line on stderr too (subcommand parsers inherit this class)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Bienestar Field: offline-first, encrypted registration for welfare programs. "
        "Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the casebook, settings and logs live (default: BIENESTAR_DATA_DIR or the "
        "platform's user data folder)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation for support staff (versions, data folder, database, "
        "server, sync, disk) without the passphrase; exit 1 when something needs fixing",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        # Its own name: `audit verify --json` sets `json` on the same namespace.
        dest="self_check_json",
        help="with --self-check: the report as JSON on stdout",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    user = commands.add_parser("user", help="manage the people who can unlock this casebook")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser(
        "add",
        help="add a user; the first one sets up the casebook and gets the recovery code",
        description=f"The new passphrase comes from {PASSPHRASE_ENV} for the first user (or "
        f"{NEW_PASSPHRASE_ENV} when another user authorises the addition), or is asked twice.",
    )
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--user", metavar="NAME", help="existing user who authorises the addition")
    user_commands.add_parser("list", help="list users (no passphrase needed)")

    config = commands.add_parser("config", help="read or change settings")
    config_commands = config.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    config_set = config_commands.add_parser("set", help="change a setting")
    config_set.add_argument("key", choices=SETTING_NAMES, metavar="KEY")
    config_set.add_argument("value")
    config_get = config_commands.add_parser("get", help="print a setting")
    config_get.add_argument("key", choices=SETTING_NAMES, metavar="KEY")

    demo = commands.add_parser("demo", help="fill the casebook with synthetic households")
    demo.add_argument("--households", type=_positive_int, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=None, metavar="S")
    demo.add_argument("--batch-size", type=_positive_int, default=100, help=argparse.SUPPRESS)
    demo.add_argument("--user", metavar="NAME")

    stats = commands.add_parser("stats", help="print counts as JSON")
    stats.add_argument("--user", metavar="NAME")

    report = commands.add_parser(
        "report",
        help="figures of a day or a period by group, as CSV or JSON",
        description="Households, persons, enrolments by status, attendance checks by result, "
        "and this casebook's pending and refused changes, of the records made on the office's "
        "days FROM to TO (both included; the time_zone setting, America/Mexico_City by "
        "default), by program, municipality, locality or user. The total row agrees with "
        "'stats' over every day.",
    )
    report.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="default: today")
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="default: --from")
    report.add_argument(
        "--by", choices=["program", "municipality", "locality", "user"], default="program"
    )
    report.add_argument("--format", choices=["csv", "json"], default="csv")
    report.add_argument(
        "--survey",
        action="store_true",
        help="instead: the socioeconomic survey's coverage and the people in poverty, in "
        "extreme poverty and with each deprivation, by locality, as the households stand today",
    )
    report.add_argument("--user", metavar="NAME")
    sync_commands.add_commands(commands)
    audit_commands.add_commands(commands)
    catalog_commands.add_commands(commands)
    # The wall clock every command reads (main's ``now`` replaces it in tests).
    parser.set_defaults(clock=utc_now)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("expected a number of at least 1")
    return value


def cmd_user_add(args: argparse.Namespace, data_dir: Path) -> int:
    role = Role(args.role)
    store = open_store(data_dir)
    try:
        if not store.is_set_up:
            passphrase = read_secret(
                PASSPHRASE_ENV, f"New passphrase for {args.name}: ", confirm=True
            )
            result = store.set_up(args.name, role, passphrase)
            result.casebook.lock()
            print(
                "Casebook set up. Write the recovery code below on paper and keep it safe: it "
                "is shown only now, and it is the only way back in if every passphrase is lost.",
                file=sys.stderr,
            )
            print(result.recovery_code)
            return 0
        casebook = unlock(store, args.user)
        try:
            passphrase = read_secret(
                NEW_PASSPHRASE_ENV, f"New passphrase for {args.name}: ", confirm=True
            )
            casebook.users.add(args.name, role, passphrase)
        finally:
            casebook.lock()
        print(f"user {args.name} added", file=sys.stderr)
        return 0
    finally:
        store.close()


def cmd_user_list(_args: argparse.Namespace, data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        for user in store.users():
            print(f"{user.name}\t{user.role.value}\t{'locked' if user.locked else 'active'}")
    finally:
        store.close()
    return 0


def cmd_config(args: argparse.Namespace, data_dir: Path) -> int:
    settings = SettingsStore(data_dir)
    if args.config_command == "set":
        settings.set(args.key, args.value)
        return 0
    value = settings.get(args.key)
    print("" if value is None else json.dumps(value) if isinstance(value, bool) else value)
    return 0


def cmd_demo(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.demo import generate_demo

    store = open_store(data_dir)
    try:
        casebook = unlock(store, args.user)
        try:

            def progress(done: int, total: int) -> None:
                print(f"demo: {done}/{total} households", file=sys.stderr)

            summary = generate_demo(
                casebook,
                households=args.households,
                seed=args.seed,
                batch_size=args.batch_size,
                progress=progress,
            )
        finally:
            casebook.lock()
    finally:
        store.close()
    print(json.dumps(summary, sort_keys=True))
    return 0


def cmd_stats(args: argparse.Namespace, data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        casebook = unlock(store, args.user)
        try:
            print(json.dumps(sync_commands.stats(casebook), sort_keys=True))
        finally:
            casebook.lock()
    finally:
        store.close()
    return 0


def cmd_report(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.domain.reports import parse_day

    store = open_store(data_dir)
    try:
        casebook = unlock(store, args.user)
        try:
            first = parse_day(args.first) if args.first else casebook.today()
            last = parse_day(args.last) if args.last else first
            if args.survey:
                table = casebook.reports.survey_report()
            else:
                table = casebook.reports.report(first, last, args.by)
        finally:
            casebook.lock()
    finally:
        store.close()
    if args.format == "json":
        print(json.dumps(table.as_json(), ensure_ascii=False, sort_keys=True))
    else:
        sys.stdout.write(table.csv_text())
    return 0


def start_gui(data_dir: Path) -> int:
    from bienestar_field.platform.qt_runtime import check_qt_platform

    # Before Qt is loaded: a platform plugin that cannot load is a Qt abort, not an error.
    problem = check_qt_platform()
    if problem is not None:
        raise CommandError(problem.message)
    try:
        from bienestar_field.app import run_app
    except ImportError as exc:
        raise CommandError(
            f"the desktop app needs PySide6, which is not installed ({exc.name})"
        ) from None
    return int(run_app(data_dir))


def _handler(args: argparse.Namespace) -> Handler | None:
    if args.command == "user":
        return cmd_user_add if args.user_command == "add" else cmd_user_list
    if args.command in sync_commands.COMMANDS:
        return sync_commands.handler(args)
    if args.command in audit_commands.COMMANDS:
        return audit_commands.handler(args)
    if args.command in catalog_commands.COMMANDS:
        return catalog_commands.handler(args)
    handlers: dict[str, Handler] = {
        "config": cmd_config,
        "demo": cmd_demo,
        "stats": cmd_stats,
        "report": cmd_report,
    }
    return handlers.get(args.command)


def _known_errors() -> tuple[type[Exception], ...]:
    """The errors told in one line; looked up only once one is raised, so never early."""
    from bienestar_field.casebook import CasebookError
    from bienestar_field.domain.curp import InvalidCurp
    from bienestar_field.domain.reports import ReportError
    from bienestar_field.storage.crypto import CryptoError
    from bienestar_field.storage.database import StorageError
    from bienestar_field.storage.keystore import KeystoreError

    return (
        CommandError,
        CasebookError,
        KeystoreError,
        SettingsError,
        StorageError,
        CryptoError,
        InvalidCurp,
        ReportError,
    )


def _explain(exc: BaseException) -> str:
    from bienestar_field.storage.keystore import UnlockThrottled

    if isinstance(exc, UnlockThrottled):
        return f"too many failed attempts; wait {exc.retry_after_seconds} s and try again"
    return str(exc)


def main(argv: Sequence[str] | None = None, *, now: Callable[[], datetime] | None = None) -> int:
    """Run one command; ``now`` stands in for the wall clock (a test moving the day on)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if now is not None:
        args.clock = now
    data_dir = resolve_data_dir(args.data_dir)
    if args.self_check_json and not args.self_check:
        parser.error("--json goes with --self-check (audit verify has its own)")
    try:
        if args.self_check:
            if data_dir.is_dir():  # a check makes no data folder
                configure_logging(data_dir)
            from bienestar_field.cli.self_check import self_check

            return self_check(data_dir, as_json=args.self_check_json)
        try:
            configure_logging(data_dir)
        except OSError as exc:
            # Before logging works: say it here, not through logging's last-resort handler.
            raise CommandError(
                f"cannot use {data_dir} as the data folder: {exc.strerror}"
            ) from None
        handler = _handler(args)
        if handler is None:
            return start_gui(data_dir)
        return handler(args, data_dir)
    except _known_errors() as exc:
        print(f"{PROG}: error: {_explain(exc)}", file=sys.stderr)
        return 1
    except OSError as exc:
        log.error("file system error: %s", exc.strerror)
        print(f"{PROG}: error: {exc.strerror or exc} ({exc.filename or 'file'})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        log_bug(exc, log)
        print(
            f"{PROG}: internal error; the log in {data_dir / 'logs'} has the details",
            file=sys.stderr,
        )
        return 70
