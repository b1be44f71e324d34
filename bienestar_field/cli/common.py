"""What every command of ``bienestar-field`` shares: opening the casebook, reading passphrases.

Passphrases come from the environment (scripts, tests) or are asked on the terminal, the same
way for every command; a failure is a ``CommandError``, explained in one line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bienestar_field.platform.config import SettingsStore

if TYPE_CHECKING:
    # Imported where used instead: starting the desktop app must not wait for SQLAlchemy.
    from bienestar_field.casebook import Casebook, CasebookStore

PASSPHRASE_ENV = "BIENESTAR_PASSPHRASE"  # noqa: S105 - a variable name
NEW_PASSPHRASE_ENV = "BIENESTAR_NEW_PASSPHRASE"  # noqa: S105 - a variable name
PROG = "bienestar-field"


class CommandError(Exception):
    """A failure explained in one line to the person at the terminal."""


Handler = Callable[[argparse.Namespace, Path], int]


def read_secret(env_name: str, prompt: str, *, confirm: bool = False) -> str:
    from_env = os.environ.get(env_name)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(f"no passphrase: set {env_name} or run this in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise CommandError("the two passphrases differ")
    return first


def utc_now() -> datetime:
    return datetime.now(UTC)


def open_store(data_dir: Path, now: Callable[[], datetime] = utc_now) -> CasebookStore:
    from bienestar_field.casebook import CasebookStore

    settings = SettingsStore(data_dir).load()
    return CasebookStore(
        data_dir,
        kdf_target_seconds=settings.kdf_target_ms / 1000,
        time_zone_name=settings.time_zone,
        now=now,
    )


def pick_user(store: CasebookStore, name: str | None) -> str:
    if name:
        return name
    users = store.users()
    if len(users) == 1:
        return users[0].name
    if not users:
        raise CommandError("this casebook has no users yet: add one with 'user add'")
    raise CommandError("this casebook has several users: say which with --user NAME")


def unlock(store: CasebookStore, name: str | None) -> Casebook:
    user_name = pick_user(store, name)
    passphrase = read_secret(PASSPHRASE_ENV, f"Passphrase for {user_name}: ")
    return store.unlock(user_name, passphrase)
