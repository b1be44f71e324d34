"""Smaller things: "Rol", a coloured connection dot with words, a receipt with one date, next
steps and a help line, history as old → new, and unlock back on the page left.

(One "Sincronizar ahora" and the device named by its office are in test_sync, which has a
real server to enrol with.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.ui import i18n
from bienestar_field.ui.main import Shell
from bienestar_field.ui.receipt import Receipt, ReceiptLine, receipt_lines
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.indicator import ConnectionIndicator
from bienestar_field.ui.theme import apply_theme, colours
from tests.ui.test_contrast import ratio

Settle = Callable[[], None]
CTRL = Qt.KeyboardModifier.ControlModifier


def _label_texts(root: QWidget) -> list[str]:
    return [label.text() for label in root.findChildren(QLabel) if label.isVisibleTo(root)]


def test_the_role_is_called_rol_in_settings(qtbot: QtBot, workspace_shell: Shell) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_6, CTRL)
    texts = _label_texts(workspace.settings)
    assert "Rol" in texts
    assert not [text for text in texts if "Papel" in text or "papel" in text]


def test_the_role_is_called_rol_at_first_run(
    make_shell: Callable[[CasebookStore], Shell], store: CasebookStore, settle: Settle
) -> None:
    first_run = make_shell(store)
    settle()
    wizard = first_run.wizard
    assert wizard is not None
    pages = [wizard.page(page_id) for page_id in wizard.pageIds()]
    every = [label.text() for label in wizard.findChildren(QLabel)]
    every += [page.title() + " " + page.subTitle() for page in pages]
    said = " ".join(every)
    role_labels = [label.text() for label in wizard.user_page.findChildren(QLabel)]
    # A wizard left alive crashes a later test's restyling, even when this test fails.
    wizard.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert "Rol" in role_labels
    assert "su papel" not in said
    assert "su rol" in said


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Callable[[bool], None]]:
    def use(high_contrast: bool) -> None:
        apply_theme(qapp, large_text=False, high_contrast=high_contrast)

    yield use
    apply_theme(qapp, large_text=False, high_contrast=False)


def _drawn(widget: QWidget, colour: str) -> int:
    """How many pixels of ``widget`` are painted in (about) ``colour``."""
    image = widget.grab().toImage()
    wanted = QColor(colour)
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red()) < 24
                and abs(pixel.green() - wanted.green()) < 24
                and abs(pixel.blue() - wanted.blue()) < 24
            ):
                found += 1
    return found


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_connection_dot_is_coloured_readable_and_never_alone(
    qtbot: QtBot, theme: Callable[[bool], None], translators: i18n.Translators, high_contrast: bool
) -> None:
    theme(high_contrast)
    window = colours(high_contrast).window
    indicator = ConnectionIndicator()
    qtbot.addWidget(indicator)
    indicator.show()
    seen: dict[Connection, str] = {}
    for state in Connection:
        indicator.show_state(state)
        QApplication.processEvents()
        assert indicator.text(), f"{state}: the words beside the dot"
        assert "●" not in indicator.text()
        assert ratio(indicator.colour, window) >= 3.0, f"{state}: {indicator.colour} on {window}"
        assert _drawn(indicator.dot, indicator.colour) >= 4, f"{state}: the dot is not painted"
        seen[state] = indicator.colour
    assert len({seen[Connection.ONLINE], seen[Connection.OFFLINE], seen[Connection.REVOKED]}) == 3
    assert seen[Connection.ONLINE] == colours(high_contrast).ok
    assert seen[Connection.REVOKED] == colours(high_contrast).error


def test_the_receipt_has_one_date_next_steps_and_a_help_line(
    translators: i18n.Translators,
) -> None:
    issued = date(2026, 3, 16)
    bare = Receipt(folio="OAX-000123", issued_on=issued, kind="person", device="Equipo 7KQ2M0")
    lines = [line.text for line in receipt_lines(bare)]
    printed = "\n".join(lines)
    assert "16/03/2026" not in printed, "the date once, not twice in two formats"
    assert printed.count("16 de marzo de 2026") == 1
    steps = lines.index("Próximos pasos")
    assert lines[steps + 1].startswith("• Guarde este comprobante")
    assert any("lleve este folio a un Módulo de Bienestar" in line for line in lines)
    assert any(line.startswith("¿Dudas? Línea del Bienestar: 800\u00a0639") for line in lines)
    assert lines[-1] == "Equipo 7KQ2M0"

    applied = replace(bare, programs=(ReceiptLine("Pensión Adultos Mayores", "OAX-000124"),))
    lines = [line.text for line in receipt_lines(applied)]
    assert any("Su solicitud se revisará" in line for line in lines)

    translators.install("en")
    english = [line.text for line in receipt_lines(applied)]
    assert "Next steps" in english
    assert any(line.startswith("Questions? Bienestar phone line: 800") for line in english)


def test_history_shows_each_correction_as_old_and_new_value(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    person = casebook.people.register(replace(people.person(None), phone="+529511234567"))
    casebook.people.update(replace(person, phone="+529517654321", nombres="Rosa Elvira"))
    dialog = PersonDialog(casebook, workspace_shell.runner, person.id, workspace_shell)
    qtbot.addWidget(dialog)
    settle()
    model = dialog.history_model
    assert model.rowCount() == 2
    details = model.index(1, 3).data()
    assert f"Nombre(s): {person.nombres} → Rosa Elvira" in details
    assert "Teléfono: 951 123 4567 → 951 765 4321" in details
    registration = model.index(0, 3).data()
    assert "→" not in registration


def test_unlock_returns_to_the_page_the_person_was_on(
    qtbot: QtBot, workspace_shell: Shell, credentials: Any, settle: Settle
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_5, CTRL)
    qtbot.keyClick(workspace, Qt.Key.Key_L, CTRL)
    settle()
    screen = workspace_shell.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.passphrase, credentials.passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    settle()
    unlocked = workspace_shell.workspace
    assert unlocked is not None
    assert unlocked is not workspace
    assert unlocked.stack.currentWidget() is unlocked.search
