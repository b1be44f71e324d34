"""Start the Qt application (the full window set arrives with the desktop-app work)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from bienestar_field.config import Settings


def run(data_dir: Path, settings: Settings, argv: Sequence[str]) -> int:
    app = QApplication(list(argv))
    label = QLabel(f"Bienestar Field — {data_dir}")
    label.resize(480, 120)
    label.show()
    return int(app.exec())
