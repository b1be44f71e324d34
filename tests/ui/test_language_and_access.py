"""Translations complete and consistent; language, large text and contrast switched live."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import choose

from bienestar_field.config import SettingsStore
from bienestar_field.ui.main import Shell
from bienestar_field.ui.theme import LARGE_POINT_SIZE, NORMAL_POINT_SIZE, apply_theme

Settle = Callable[[], None]
LOCALES = ("es_MX", "en")
_PLACEHOLDER = re.compile(r"%\d+")
_MNEMONIC = re.compile(r"&(?!&)")


def _messages(locale: str) -> dict[tuple[str, str], str | None]:
    folder = resources.files("bienestar_field.resources.translations")
    root = ET.fromstring(folder.joinpath(f"bienestar_{locale}.ts").read_bytes())  # noqa: S314 - our own packaged file
    found: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") is not None
            found[(name, message.findtext("source") or "")] = (
                None if unfinished else (translation.text or "")  # type: ignore[union-attr]
            )
    return found


def test_every_locale_has_every_string_with_the_same_placeholders() -> None:
    catalogues = {locale: _messages(locale) for locale in LOCALES}
    keys = {key for messages in catalogues.values() for key in messages}
    assert len(keys) > 300
    for locale, messages in catalogues.items():
        assert set(messages) == keys, f"{locale} lacks strings"
        for (context, source), translation in messages.items():
            assert translation, f"{locale}: untranslated {context}: {source!r}"
            assert sorted(_PLACEHOLDER.findall(source)) == sorted(
                _PLACEHOLDER.findall(translation)
            ), f"{locale}: placeholders differ in {source!r}"
            assert len(_MNEMONIC.findall(source)) == len(_MNEMONIC.findall(translation)), (
                f"{locale}: keyboard mnemonic lost in {source!r}"
            )


def test_every_locale_is_built() -> None:
    folder = resources.files("bienestar_field.resources.translations")
    for locale in LOCALES:
        assert folder.joinpath(f"bienestar_{locale}.qm").read_bytes()[:4] == b"\x3c\xb8\x64\x18"


def test_switching_to_english_retranslates_and_is_saved(
    qtbot: QtBot, workspace_shell: Shell, settle: Settle, data_dir: Path
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    assert workspace.nav.item(0).text().startswith("Inicio")
    qtbot.keyClick(workspace, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    choose(workspace.settings.language, "en")
    workspace.settings.idle_minutes.setValue(9)
    qtbot.mouseClick(workspace.settings.save_button, Qt.MouseButton.LeftButton)
    settle()
    english = workspace_shell.workspace
    assert english is not None
    assert english is not workspace
    assert english.nav.item(0).text().startswith("Home")
    assert english.stack.currentWidget() is english.settings
    assert english.settings.status.text() == "Settings saved."
    assert "No server configured" in workspace_shell.connection.text()
    assert english.household.next_button.text() == "&Next >"
    saved = SettingsStore(data_dir).load()
    assert saved.language == "en"
    assert saved.idle_lock_minutes == 9
    assert workspace_shell.idle.timer.interval() == 9 * 60 * 1000


@pytest.mark.parametrize(("large", "contrast"), [(True, False), (False, True)])
def test_large_text_and_high_contrast_apply_to_the_whole_app(
    qtbot: QtBot, workspace_shell: Shell, settle: Settle, large: bool, contrast: bool
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    workspace.show_page(5)
    workspace.settings.large_text.setChecked(large)
    workspace.settings.high_contrast.setChecked(contrast)
    qtbot.mouseClick(workspace.settings.save_button, Qt.MouseButton.LeftButton)
    settle()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        expected = LARGE_POINT_SIZE if large else NORMAL_POINT_SIZE
        assert app.font().pointSize() == expected
        assert app.palette().window().color().name() == (
            "#000000" if contrast else app.style().standardPalette().window().color().name()
        )
    finally:
        apply_theme(app, large_text=False, high_contrast=False)


def test_controls_have_accessible_names_and_keyboard_shortcuts(workspace_shell: Shell) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    form = workspace.household.person_form
    assert form.curp.accessibleName() == "CURP"
    assert form.nombres.accessibleName() == "Nombre(s)"
    assert workspace.search.table.accessibleName()
    assert workspace.lock_button.shortcut().toString() == "Ctrl+L"
