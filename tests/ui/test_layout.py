"""Layout: messages get the room they need, nothing overlaps, nothing forces a huge window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings
from bienestar_field.ui.main import Shell
from bienestar_field.ui.theme import apply_theme
from bienestar_field.ui.widgets import labelled_check
from tests.ui.ui_helpers import type_into

Settle = Callable[[], None]


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def _settle_layout(qtbot: QtBot) -> None:
    # Layout requests are posted events: let them run as they would before the next paint.
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize("large_text", [False, True], ids=["normal-text", "large-text"])
def test_birth_date_error_gets_its_full_height_and_overlaps_no_field(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    large_text: bool,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, large_text=large_text, high_contrast=False)
    try:
        shell = make_shell(set_up_store, Settings(large_text=large_text))
        shell.resize(1180, 780)
        settle()
        shell.show_workspace(casebook)
        settle()
        workspace = shell.workspace
        assert workspace is not None
        qtbot.keyClick(workspace, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        page = workspace.household
        qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
        page.set_step(2)
        form = page.person_form
        person = people.person()
        type_into(qtbot, form.curp, person.curp)
        other_day = person.birth_date.replace(day=1 if person.birth_date.day != 1 else 2)
        form.birth_date.clear()
        type_into(qtbot, form.birth_date, other_day.strftime("%d/%m/%Y"))
        form.birth_date.editingFinished.emit()
        _settle_layout(qtbot)

        error = form.birth_date_field.error
        assert error.isVisible()
        assert "No coincide con la CURP" in error.text()
        assert error.height() >= error.sizeHint().height()
        assert error.height() >= error.heightForWidth(error.width()), "a line is cut off"
        error_rect = _rect_in(error, form)
        for neighbour in (form.birth_date, form.sex, form.segundo_apellido):
            assert not error_rect.intersects(_rect_in(neighbour, form)), neighbour.accessibleName()
        # Nothing sideways: every field of the form is as wide as the scroll area shows.
        assert form.width() <= form.parentWidget().width()  # type: ignore[union-attr]
    finally:
        apply_theme(app, large_text=False, high_contrast=False)


# A supervisor: the workspace with every page (reports and collection too).
@pytest.mark.parametrize("casebook_role", [Role.SUPERVISOR], ids=["supervisor"])
@pytest.mark.parametrize("large_text", [False, True], ids=["normal-text", "large-text"])
def test_every_page_fits_a_small_laptop_screen(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    set_up_store: CasebookStore,
    casebook: Casebook,
    settle: Settle,
    large_text: bool,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, large_text=large_text, high_contrast=False)
    try:
        shell = make_shell(set_up_store, Settings(large_text=large_text))
        settle()
        shell.show_workspace(casebook)
        settle()
        workspace = shell.workspace
        assert workspace is not None
        for index, name in enumerate(workspace.PAGES):
            workspace.show_page(index)
            _settle_layout(qtbot)
            minimum = shell.minimumSizeHint()
            # 1366×768, less a task bar and the window's frame.
            assert minimum.width() <= 1280, f"{name} needs {minimum.width()} px across"
            assert minimum.height() <= 680, f"{name} needs {minimum.height()} px down"
    finally:
        apply_theme(app, large_text=False, high_contrast=False)


def test_clicking_a_check_box_text_ticks_it_and_it_wraps(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox()
    row = labelled_check(box, "Una frase larga " * 12)
    qtbot.addWidget(row)
    row.resize(300, 200)
    row.show()
    _settle_layout(qtbot)
    assert row.minimumSizeHint().width() < 300, "the text wraps instead of widening the form"
    assert box.accessibleName().startswith("Una frase larga")
    label = row.layout().itemAt(1).widget()  # type: ignore[union-attr]
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    box.setEnabled(False)
    assert not label.isEnabled()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked(), "a disabled box stays as it is"
