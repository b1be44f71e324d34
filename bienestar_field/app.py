"""Composition root of the desktop app: settings, casebook store and the Qt application.

The first screen paints before the casebook opens: the user list is read with plain
``sqlite3`` (``storage.roster``), and the casebook (SQLAlchemy, the migration and its backup)
opens on the worker thread while the person types.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bienestar_field.platform.config import CASEBOOK_FILE, SettingsStore
from bienestar_field.storage.roster import read_roster


def run_app(data_dir: Path) -> int:
    from bienestar_field.ui.crash import CrashHooks
    from bienestar_field.ui.main import launch

    settings = SettingsStore(data_dir).load()
    users = read_roster(data_dir / CASEBOOK_FILE)
    app, shell, runner = launch(data_dir, settings, sys.argv, users=users)
    hooks = CrashHooks()
    hooks.crashed.connect(shell.show_bug)
    hooks.install()
    try:
        return int(app.exec())
    finally:
        hooks.uninstall()
        shell.shutdown()
        runner.shutdown()
