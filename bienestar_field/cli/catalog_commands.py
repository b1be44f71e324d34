"""``bienestar-field catalog show | export``: which program catalog is in force, and a copy of it.

Catalogs are public rules, not personal data: these commands read them without a passphrase.
Which one is in force is decided by this computer's clock, with no network, exactly as the app
decides it each time it evaluates eligibility.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bienestar_field.cli.common import CommandError, Handler, open_store

COMMANDS = frozenset({"catalog"})


def add_commands(commands: Any) -> None:
    """Add the catalog commands to the CLI's ``add_subparsers()`` object."""
    catalog = commands.add_parser("catalog", help="the program catalogs this computer knows")
    actions = catalog.add_subparsers(dest="catalog_command", metavar="ACTION", required=True)
    actions.add_parser(
        "show",
        help="JSON: the catalog in force now (catalog_version, valid_from) and the pending ones",
    )
    export = actions.add_parser(
        "export",
        help="write the catalog in force now in the format 'bienestar-central publish-catalog' "
        "takes (docs/catalog-format.md)",
    )
    export.add_argument("file", metavar="FILE")


def handler(args: argparse.Namespace) -> Handler | None:
    if args.command != "catalog":
        return None
    return cmd_catalog_show if args.catalog_command == "show" else cmd_catalog_export


def cmd_catalog_show(args: argparse.Namespace, data_dir: Path) -> int:
    store = open_store(data_dir, args.clock)
    try:
        summary = store.catalogs().summary(store.now())
    finally:
        store.close()
    print(json.dumps(summary, indent=2, sort_keys=True))
    return 0


def cmd_catalog_export(args: argparse.Namespace, data_dir: Path) -> int:
    store = open_store(data_dir, args.clock)
    try:
        known = store.catalogs()
        at = store.now()
        data = known.export(at)
        version = known.active(at).version
    finally:
        store.close()
    target = Path(args.file)
    if target.is_dir():
        raise CommandError(f"{target} is a folder; give a file name")
    target.write_bytes(data)
    print(f"catalog {version} written to {target}", file=sys.stderr)
    return 0
