"""Errors brought to the person: a summary at the top of a form, focus on the first field.

A form shows each problem beside its field (an :class:`~bienestar_field.ui.widgets.ErrorLabel`).
On a long form, scrolled, those can all be out of sight, so after a refused Next or
Ctrl+Enter the :class:`ErrorSummary` at the top says how many fields need fixing and which,
and the first of them (in the order the form shows them) gets the focus, scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from bienestar_field.ui.i18n import fill
from bienestar_field.ui.widgets import ErrorLabel, Field

_TARGET = "errorFor"  # property of an ErrorLabel outside a Field: the control it is about
_NAME = "errorName"  # and what to call it in the summary, when its own name is a sentence


def point_at(error: ErrorLabel, control: QWidget, name: str = "") -> None:
    """Say which control ``error`` (not inside a :class:`Field`) is about."""
    error.setProperty(_TARGET, control)
    if name:
        error.setProperty(_NAME, name)


def _target(error: ErrorLabel) -> QWidget | None:
    parent = error.parentWidget()
    if isinstance(parent, Field):
        return parent.editor
    control = error.property(_TARGET)
    return control if isinstance(control, QWidget) else None


def _name(control: QWidget) -> str:
    return control.accessibleName().replace("&", "").strip() or control.objectName()


def errors_in(root: QWidget) -> list[tuple[str, QWidget]]:
    """The blocking messages shown under ``root``: (field name, control), top to bottom."""
    found: list[tuple[int, int, str, QWidget]] = []
    for error in root.findChildren(ErrorLabel):
        if isinstance(error, ErrorSummary) or not error.isVisibleTo(root) or not error.text():
            continue
        if error.text().startswith("⚠"):
            continue  # a warning: worth reading, but nothing blocks on it
        control = _target(error)
        if control is None or not control.isVisibleTo(root):
            continue
        where = control.mapTo(root, QPoint(0, 0))
        named = error.property(_NAME)
        name = named if isinstance(named, str) and named else _name(control)
        found.append((where.y(), where.x(), name, control))
    found.sort(key=lambda item: (item[0], item[1]))
    return [(name, control) for _y, _x, name, control in found]


def reveal(control: QWidget) -> None:
    """Focus ``control`` and scroll every area it sits in so that it shows."""
    control.setFocus(Qt.FocusReason.OtherFocusReason)
    child: QWidget = control
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(child, 16, 24)
            child = parent
        parent = parent.parentWidget()


class ErrorSummary(ErrorLabel):
    """ "Hay 3 datos por corregir: CURP, Teléfono, Documentos" at the top of a form."""

    def show_for(self, root: QWidget) -> QWidget | None:
        """Summarize the messages under ``root``; focus and return the first control."""
        found = errors_in(root)
        if not found:
            self.clear_message()
            return None
        names: list[str] = []
        for name, _control in found:
            if name and name not in names:
                names.append(name)
        if len(found) == 1:
            text = fill(self.tr("Hay un dato por corregir: %1."), ", ".join(names))
        else:
            text = fill(self.tr("Hay %1 datos por corregir: %2."), len(found), ", ".join(names))
        self.show_message(text)
        first = found[0][1]
        reveal(first)
        return first
