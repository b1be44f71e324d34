"""The sync commands of ``bienestar-field``: ``enroll``, ``sync``, ``batch export|import``.

``add_commands`` adds them to the CLI's subparsers; ``handler`` picks the function for parsed
arguments. Heavy imports (requests, cryptography) wait until a command runs, so the GUI's
start does not pay for them. Sync failures are explained in one line on stderr.

Exit codes: 0 done (for ``sync``: every change acknowledged); 1 failed, with the reason;
3 done, but the server refused some changes (kept on this device for review).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bienestar_field.cli.common import PROG, Handler, open_store, unlock

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook

COMMANDS = frozenset({"enroll", "sync", "batch"})
EXIT_QUARANTINED = 3


def add_commands(commands: Any) -> None:
    """Add the sync commands to the CLI's ``add_subparsers()`` object."""
    enroll = commands.add_parser(
        "enroll", help="enrol this device with the central server (one-time code)"
    )
    enroll.add_argument("--server", required=True, metavar="URL")
    enroll.add_argument("--code", required=True, metavar="CODE")
    enroll.add_argument(
        "--server-key-id",
        metavar="ID",
        help="the server key id the central office gave, checked before enrolling",
    )
    enroll.add_argument("--label", metavar="TEXT", help="a name for this device (no personal data)")
    enroll.add_argument(
        "--again", action="store_true", help="replace an existing enrolment (new keys, new code)"
    )
    enroll.add_argument("--user", metavar="NAME")

    sync = commands.add_parser(
        "sync", help="push pending changes and pull the office's; exit 0 when all are sent"
    )
    sync.add_argument("--user", metavar="NAME")
    # For tests and benchmarks that need a sync to span many requests.
    sync.add_argument("--batch-size", type=int, default=None, help=argparse.SUPPRESS)
    sync.add_argument("--pull-limit", type=int, default=None, help=argparse.SUPPRESS)

    batch = commands.add_parser("batch", help="sealed batch files for devices without internet")
    actions = batch.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write pending changes to a sealed batch file")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--user", metavar="NAME")
    imported = actions.add_parser(
        "import",
        help="forward a batch file to the server (writes FILE.receipt.json), or import a "
        "receipt file to clear this device's outbox",
    )
    imported.add_argument("file", metavar="FILE")
    imported.add_argument("--user", metavar="NAME")


def handler(args: argparse.Namespace) -> Handler | None:
    if args.command == "enroll":
        return cmd_enroll
    if args.command == "sync":
        return cmd_sync
    if args.command == "batch":
        return cmd_batch_export if args.batch_command == "export" else cmd_batch_import
    return None


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _fail(message: str) -> int:
    _say(f"{PROG}: error: {message}")
    return 1


def _with_casebook(data_dir: Path, user: str | None, action: Callable[[Casebook], int]) -> int:
    from bienestar_field.sync.client import SyncError
    from bienestar_field.sync.store import SyncStoreError

    store = open_store(data_dir)
    try:
        casebook = unlock(store, user)
        try:
            return action(casebook)
        except (SyncError, SyncStoreError) as exc:
            return _fail(str(exc))
        except OSError as exc:  # a batch file that cannot be read or written
            return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        finally:
            casebook.lock()
    finally:
        store.close()


def stats(casebook: Casebook) -> dict[str, int]:
    """The casebook's counts, with what sync keeps for a supervisor: changes the server
    refused (quarantined, never resent as they are) and pulled records set aside."""
    from bienestar_field.sync import store as sync_store

    counts: dict[str, int] = casebook.reports.stats().as_dict()
    counts["quarantined_changes"] = sync_store.outbox_counts(casebook).rejected
    counts["set_aside_records"] = sync_store.set_aside_count(casebook)
    return counts


def _warn_if_plain_http(url: str | None) -> None:
    from bienestar_field.platform.config import PLAIN_HTTP_WARNING, plain_http_to_remote

    if plain_http_to_remote(url):
        _say(f"{PROG}: " + PLAIN_HTTP_WARNING.format(url=url))


def cmd_enroll(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.platform.config import SettingsError, SettingsStore, parse_setting
    from bienestar_field.sync import store as sync_store
    from bienestar_field.sync.enrolment import enroll_device

    try:
        url = str(parse_setting("server_url", args.server))
        ca_file = SettingsStore(data_dir).load().server_ca_file
    except SettingsError as exc:
        return _fail(str(exc))
    _warn_if_plain_http(url)

    def run(casebook: Casebook) -> int:
        current = sync_store.load_identity(casebook)
        if current is not None and not args.again and not sync_store.revoked_reason(casebook):
            return _fail(
                f"this device is already enrolled ({current.office}, device {current.device_id}); "
                "use --again to replace the enrolment"
            )
        identity = enroll_device(
            casebook,
            server_url=url,
            code=args.code,
            label=args.label or f"casebook {casebook.device_fingerprint()}",
            expected_key_id=args.server_key_id,
            ca_file=ca_file,
        )
        SettingsStore(data_dir).set("server_url", url)
        _say(f"enrolled with {url} for office {identity.office}")
        _say(f"server key id {identity.server_keys.key_id} (pinned)")
        print(identity.device_id)
        return 0

    return _with_casebook(data_dir, args.user, run)


def cmd_sync(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.sync import store as sync_store
    from bienestar_field.sync.engine import SyncProgress, engine_for

    def progress(step: SyncProgress) -> None:
        if step.phase == "push" and step.total:
            _say(f"sync: sent {step.done} of {step.total} changes")
        elif step.phase == "pull" and step.done:
            _say(f"sync: received {step.done} records")

    def run(casebook: Casebook) -> int:
        sizes = {"batch_size": args.batch_size, "pull_limit": args.pull_limit}
        options = {k: v for k, v in sizes.items() if v}
        engine = engine_for(casebook, data_dir, progress=progress, **options)
        if engine.server_url is None:
            identity = sync_store.load_identity(casebook)
            _warn_if_plain_http(identity.server_url if identity else None)
        else:
            _warn_if_plain_http(engine.server_url)
        report = engine.sync()
        summary = {
            "pushed": report.pushed,
            "acknowledged": report.acknowledged,
            "duplicates": report.duplicates,
            "conflicts": report.conflicts,
            "rejected": report.rejected,
            "pulled_records": report.pulled_records,
            "decisions": report.decisions,
            "pending": report.pending_left,
            "quarantined": report.quarantined,
            "set_aside_records": report.set_aside_total,
        }
        print(json.dumps(summary, sort_keys=True))
        if report.set_aside:
            _say(
                f"sync: {report.set_aside} received records could not be stored on this device; "
                "they are set aside for a supervisor to review and the sync went on"
            )
        if report.set_aside_total:
            _say(f"sync: {report.set_aside_total} received records are set aside in all")
        if report.pending_left:
            return _fail(f"{report.pending_left} changes are still waiting to be sent")
        if report.quarantined:
            _say(
                f"sync: the server refused {report.quarantined} changes; they are kept on this "
                "device for a supervisor to review"
            )
            return EXIT_QUARANTINED
        _say("sync: every change is acknowledged by the server")
        return 0

    return _with_casebook(data_dir, args.user, run)


def cmd_batch_export(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.sync.batchfile import export_batch_file
    from bienestar_field.sync.engine import engine_for

    def run(casebook: Casebook) -> int:
        engine = engine_for(casebook, data_dir)
        result = export_batch_file(casebook, engine.identity(), Path(args.file), now=casebook.now)
        _say(
            f"wrote {result.changes} changes in {result.batches} sealed batches to {args.file}; "
            "they stay pending here until a receipt or a sync confirms them"
        )
        return 0

    return _with_casebook(data_dir, args.user, run)


def cmd_batch_import(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.sync.batchfile import (
        BatchFile,
        forward_batch_file,
        import_receipts,
        read_file,
        write_receipt_file,
    )
    from bienestar_field.sync.client import Transport
    from bienestar_field.sync.engine import engine_for

    path = Path(args.file)

    def run(casebook: Casebook) -> int:
        engine = engine_for(casebook, data_dir)
        identity = engine.identity()
        found = read_file(path)
        if isinstance(found, BatchFile):
            url = engine.server_url or identity.server_url
            _warn_if_plain_http(url)
            transport = Transport(url, ca_file=engine.ca_file)
            try:
                receipts = forward_batch_file(transport, identity, found)
            finally:
                transport.close()
            target = path.with_name(path.name + ".receipt.json")
            write_receipt_file(target, receipts, created_at=casebook.now().isoformat())
            changes = sum(len(r.results) for r in receipts)
            _say(f"forwarded {changes} changes in {len(receipts)} batches; receipts in {target}")
            print(target)
            return 0
        counts = import_receipts(casebook, identity, found, at=casebook.now().isoformat())
        _say(
            f"receipts cleared {counts.acknowledged} changes"
            + (f"; {counts.rejected} were refused by the server" if counts.rejected else "")
        )
        return EXIT_QUARANTINED if counts.rejected else 0

    return _with_casebook(data_dir, args.user, run)
