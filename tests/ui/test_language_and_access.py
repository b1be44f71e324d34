"""Translations complete and consistent; language, large text and contrast switched live.

The domain's sentences (context ``domain``) are checked too: every template its code builds
is in every catalogue, and in English they are shown in English.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.people import Sex
from bienestar_field.platform.config import Settings, SettingsStore
from bienestar_field.ui import i18n
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.main import Shell
from bienestar_field.ui.theme import LARGE_POINT_SIZE, NORMAL_POINT_SIZE, apply_theme
from tests.ui.ui_helpers import choose, type_into

Settle = Callable[[], None]
LOCALES = ("es_MX", "en")
ROOT = Path(__file__).resolve().parents[2]
# Qt's %1 in the UI's strings, {name} in the domain's templates.
_PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_][a-z0-9_]*\}")
_MNEMONIC = re.compile(r"&(?!&)")


def _translation_tool() -> ModuleType:
    """tools/translations.py, which finds the domain's templates the way the build does."""
    path = ROOT / "tools" / "translations.py"
    spec = importlib.util.spec_from_file_location("bienestar_translations_tool", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def _messages(locale: str) -> dict[tuple[str, str], list[str] | None]:
    """Each string's translation: one text, or one per plural form (Qt's ``%n``)."""
    folder = resources.files("bienestar_field.resources.translations")
    root = ET.fromstring(folder.joinpath(f"bienestar_{locale}.ts").read_bytes())  # noqa: S314 - our own packaged file
    found: dict[tuple[str, str], list[str] | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts: list[str] | None = None
            if translation is not None and translation.get("type") is None:
                if message.get("numerus") == "yes":
                    texts = [form.text or "" for form in translation.iter("numerusform")]
                else:
                    texts = [translation.text or ""]
            found[(name, message.findtext("source") or "")] = texts
    return found


def test_every_locale_has_every_string_with_the_same_placeholders() -> None:
    catalogues = {locale: _messages(locale) for locale in LOCALES}
    keys = {key for messages in catalogues.values() for key in messages}
    assert len(keys) > 300
    for locale, messages in catalogues.items():
        assert set(messages) == keys, f"{locale} lacks strings"
        for (context, source), translations in messages.items():
            assert translations, f"{locale}: untranslated {context}: {source!r}"
            for translation in translations:
                assert translation, f"{locale}: untranslated {context}: {source!r}"
                assert sorted(_PLACEHOLDER.findall(source)) == sorted(
                    _PLACEHOLDER.findall(translation)
                ), f"{locale}: placeholders differ in {source!r}"
                assert len(_MNEMONIC.findall(source)) == len(_MNEMONIC.findall(translation)), (
                    f"{locale}: keyboard mnemonic lost in {source!r}"
                )


def test_counted_texts_have_both_plural_forms_in_every_locale() -> None:
    """ "1 year old", "3 years old": every ``%n`` string gives a singular and a plural."""
    for locale in LOCALES:
        counted = {
            key: forms for key, forms in _messages(locale).items() if "%n" in key[1] and forms
        }
        assert len(counted) >= 7, locale
        for (_context, source), forms in counted.items():
            assert len(forms) == 2, f"{locale}: {source!r} lacks a plural form"
            assert forms[0] != forms[1], f"{locale}: {source!r} has one form for every number"
            assert all("%n" in form for form in forms), f"{locale}: {source!r} drops the count"


def test_every_domain_template_is_in_every_catalogue() -> None:
    tool = _translation_tool()
    templates = {template.source for template in tool.domain_templates()}
    assert len(templates) > 100
    assert "La fecha de nacimiento no coincide con la CURP (la CURP indica {date})." in templates
    for locale in LOCALES:
        in_catalogue = {source for context, source in _messages(locale) if context == "domain"}
        assert in_catalogue == templates, f"{locale}: run make translations"


def test_a_template_that_is_not_a_literal_cannot_be_extracted(tmp_path: Path) -> None:
    tool = _translation_tool()
    module = tmp_path / "example.py"
    module.write_text(
        "from bienestar_field.domain.text import text as t\n"
        "GOOD = t('Vive en {place}', place='Oaxaca')\n"
        "BAD = t(GOOD.template)\n",
        encoding="utf-8",
    )
    tool.ROOT = tmp_path
    with pytest.raises(tool.TemplateError, match=r"example.py:3"):
        tool.templates_in(module)


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
    assert workspace.lock_shortcut.key().toString() == "Ctrl+L"
    assert "&" in workspace.lock_button.text(), "and its underlined letter still works"


@pytest.fixture
def english_shell(
    make_shell: Callable[[CasebookStore, Settings], Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    translators: i18n.Translators,
    settle: Settle,
) -> Shell:
    """The main window in English, unlocked (the fixture puts Spanish back afterwards)."""
    translators.install("en")
    shell = make_shell(set_up_store, Settings(language="en"))
    settle()
    shell.show_workspace(casebook)
    settle()
    return shell


def test_curp_disagreement_is_explained_in_english_beside_the_field(
    qtbot: QtBot, english_shell: Shell, people: Any, settle: Settle
) -> None:
    workspace = english_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.quick
    person = people.person(None)
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    type_into(qtbot, page.form.curp, person.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    type_into(qtbot, page.form.nombres, person.nombres)
    type_into(qtbot, page.form.primer_apellido, person.primer_apellido)
    other_day = person.birth_date.replace(day=1 if person.birth_date.day != 1 else 2)
    page.form.birth_date.clear()
    type_into(qtbot, page.form.birth_date, other_day.strftime("%d/%m/%Y"))
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    error = page.form.birth_date_field.error
    assert error.isVisible()
    assert error.text() == (
        "✖ The birth date does not match the CURP "
        f"(the CURP says {person.birth_date.strftime('%d/%m/%Y')})."
    )


def test_why_a_program_does_not_apply_is_said_in_english(
    qtbot: QtBot,
    english_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
) -> None:
    man = people.person(None, identity=people.identity(sex=Sex.HOMBRE, min_age=70, max_age=70))
    saved = casebook.people.register(man)
    dialog = EnrolDialog(casebook, english_shell.runner, saved)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()

    # One line per program: "✖ <program>: <reasons>".
    # Program names are proper names, followed in English by a gloss from the catalog.
    why = dict(line.split(": ", 1) for line in dialog.ineligible.text().split("\n"))
    assert why["✖ Pensión Mujeres Bienestar (pension for women aged 60 to 64)"] == (
        "Is 70 years old; the program is for people aged 60 to 64; "
        "Registered sex is male; the program is for women"
    )
    assert why["✖ Salud Casa por Casa (home health visits)"] == (
        "Does not receive Pensión Adultos Mayores (elderly pension) or "
        "Pensión Personas con Discapacidad Permanente (permanent disability pension); "
        "the program is for people who already receive one of them"
    )
    pam = next(card for card in dialog.cards if card.program.code == "PAM")
    assert pam.reasons.text() == "✔ Is 70 years old (65 or older)"
