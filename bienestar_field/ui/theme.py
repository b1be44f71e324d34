"""Look of the app: readable outdoors on cheap screens, large-text and high-contrast modes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

NORMAL_POINT_SIZE = 11
LARGE_POINT_SIZE = 15

ERROR_COLOR = "#b00020"
ERROR_COLOR_CONTRAST = "#ffff00"
OK_COLOR = "#1b5e20"
OK_COLOR_CONTRAST = "#00ff7f"

_BASE_STYLE = """
QPushButton { padding: 0.3em 1em; }
*:focus { outline: none; }
QCheckBox { border: 2px solid transparent; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QListWidget:focus,
QTableView:focus, QCheckBox:focus, QPushButton:focus, QRadioButton:focus {
    border: 2px solid palette(highlight);
}
QLabel[role="title"] { font-size: %(title)dpt; font-weight: bold; }
QLabel[role="subtitle"] { font-size: %(subtitle)dpt; font-weight: bold; }
QLabel[role="figure"] { font-size: %(figure)dpt; font-weight: bold; }
QLabel[role="code"] { font-family: monospace; font-size: %(code)dpt; font-weight: bold; }
QFrame[role="card"] { border: 1px solid palette(mid); border-radius: 6px; }
QListWidget#navigation::item { padding: 0.45em 0.6em; }
"""


def error_color(high_contrast: bool) -> str:
    return ERROR_COLOR_CONTRAST if high_contrast else ERROR_COLOR


def ok_color(high_contrast: bool) -> str:
    return OK_COLOR_CONTRAST if high_contrast else OK_COLOR


def apply_theme(app: QApplication, *, large_text: bool, high_contrast: bool) -> None:
    # By name, so Qt owns the style object (a Python-created one can be collected under Qt).
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(LARGE_POINT_SIZE if large_text else NORMAL_POINT_SIZE)
    app.setFont(font)
    app.setPalette(_contrast_palette() if high_contrast else app.style().standardPalette())
    app.setProperty("highContrast", high_contrast)
    size = LARGE_POINT_SIZE if large_text else NORMAL_POINT_SIZE
    app.setStyleSheet(
        _BASE_STYLE
        % {
            "title": round(size * 1.5),
            "subtitle": round(size * 1.2),
            "figure": round(size * 2),
            "code": round(size * 1.7),
        }
    )


def _contrast_palette() -> QPalette:
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, black)
        palette.setColor(group, QPalette.ColorRole.WindowText, white)
        palette.setColor(group, QPalette.ColorRole.Base, black)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Text, white)
        palette.setColor(group, QPalette.ColorRole.Button, black)
        palette.setColor(group, QPalette.ColorRole.ButtonText, white)
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, white)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#00ffff"))
        palette.setColor(group, QPalette.ColorRole.Mid, white)
        palette.setColor(group, QPalette.ColorRole.Light, white)
        palette.setColor(group, QPalette.ColorRole.Dark, white)
    disabled = QPalette.ColorGroup.Disabled
    grey = QColor("#9a9a9a")
    palette.setColor(disabled, QPalette.ColorRole.Window, black)
    palette.setColor(disabled, QPalette.ColorRole.Base, black)
    palette.setColor(disabled, QPalette.ColorRole.Button, black)
    palette.setColor(disabled, QPalette.ColorRole.WindowText, grey)
    palette.setColor(disabled, QPalette.ColorRole.Text, grey)
    palette.setColor(disabled, QPalette.ColorRole.ButtonText, grey)
    return palette


def is_high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("highContrast"))
