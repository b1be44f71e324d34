"""Windows sized for the screen they open on: a 1024×600 netbook as well as a 1366×768 laptop.

A fixed ``resize(820, 700)`` made the person window taller than a netbook's screen, its
buttons below the bottom edge. Each window asks for the size it would like and gets what the
screen has room for; what does not fit scrolls inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window: a title bar and thin borders.
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen not taken by task bars (its parent's, before it shows)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, area: QRect) -> QSize:
    room = QSize(max(area.width() - FRAME.width(), 1), max(area.height() - FRAME.height(), 1))
    return wanted.boundedTo(room)


def fit_to_screen(window: QWidget, width: int, height: int, area: QRect | None = None) -> QSize:
    """Resize ``window`` to ``width``×``height``, or to less where its screen is smaller."""
    size = fitted_size(QSize(width, height), area if area is not None else available_area(window))
    window.resize(size)
    return size
