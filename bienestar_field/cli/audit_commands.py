"""``bienestar-field audit verify``: the casebook's audit log checked end to end.

Three checks, each of which catches what the others cannot: the chain's links (an edited or
removed event), each record against the digest of its last audited write (a record edited
outside the app), and the chain against the head the server last acknowledged, signed (the
newest events cut off). Exit 0 only when all hold; the findings as one line, or JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bienestar_field.cli.common import PROG, Handler, open_store, unlock

COMMANDS = frozenset({"audit"})


def add_commands(commands: Any) -> None:
    """Add the audit commands to the CLI's ``add_subparsers()`` object."""
    audit = commands.add_parser("audit", help="check this casebook's audit log")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check the audit log's links, every record against its last audited write, and "
        "the log's end against the head the server acknowledged; exit 0 when all hold",
    )
    verify.add_argument("--user", metavar="NAME")
    verify.add_argument("--json", action="store_true", help="the findings as one JSON object")


def handler(args: argparse.Namespace) -> Handler | None:
    return cmd_audit_verify if args.command == "audit" else None


def cmd_audit_verify(args: argparse.Namespace, data_dir: Path) -> int:
    from bienestar_field.sync.audit_anchor import check_against_server

    store = open_store(data_dir)
    try:
        casebook = unlock(store, args.user)
        try:
            findings = casebook.reports.check_audit()
            anchor = check_against_server(casebook)
        finally:
            casebook.lock()
    finally:
        store.close()
    problems = findings.problems + anchor.problems
    count = findings.problem_count + len(anchor.problems)
    if args.json:
        print(
            json.dumps(
                {
                    "ok": count == 0,
                    "events": findings.events,
                    "head_seq": findings.head_seq,
                    "records": findings.records,
                    "server_acknowledged_seq": anchor.anchored_seq,
                    "problem_count": count,
                    "problems": problems,
                    "note": anchor.note,
                },
                sort_keys=True,
            )
        )
        return 0 if count == 0 else 1
    if count == 0:
        anchored = (
            f"up to the server's acknowledged event {anchor.anchored_seq}"
            if anchor.anchored_seq is not None
            else f"({anchor.note})"
        )
        print(
            f"the audit log verifies: {findings.events} events, {findings.records} records "
            f"as last audited, {anchored}"
        )
        return 0
    print(f"{PROG}: error: the audit log does not verify: {problems[0]}", file=sys.stderr)
    for problem in problems[1:]:
        print(f"{PROG}: also: {problem}", file=sys.stderr)
    if count > len(problems):
        print(f"{PROG}: and {count - len(problems)} more problems", file=sys.stderr)
    return 1
