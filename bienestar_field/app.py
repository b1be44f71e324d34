"""Composition root of the desktop app: settings, casebook store and the Qt application."""

from __future__ import annotations

import sys
from pathlib import Path

from bienestar_field.platform.config import SettingsStore


def run_app(data_dir: Path) -> int:
    from bienestar_field.ui.main import run

    settings = SettingsStore(data_dir).load()
    return run(data_dir, settings, sys.argv)
