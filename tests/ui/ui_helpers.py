"""Typing helpers: QtTest can only synthesize ASCII key presses."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type ``text`` key by key; characters QtTest cannot press are inserted like an IME."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            edit.insert(char)
            edit.textEdited.emit(edit.text())


def choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)
