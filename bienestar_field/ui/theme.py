"""Look of the app: readable outdoors on cheap screens, large-text and high-contrast modes.

Every colour a theme paints with is in one ``Colours`` set; the palette and the style sheet
are both made from it, so the contrast test checks the colours that are really drawn. Inputs
and buttons get their edges from the style sheet rather than from Fusion, which derives them
from the window colour (``window.darker()``): on a black window that is black, and empty
fields, tick boxes and the passphrase box vanished in high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

NORMAL_POINT_SIZE = 11
LARGE_POINT_SIZE = 15

_FUSION_SET = "bienestarFusionSet"

# Set on an editor whose field shows a message; the style sheet draws it in the error colour.
FIELD_STATE = "fieldState"


@dataclass(frozen=True)
class Colours:
    """What one theme paints with (``#rrggbb``)."""

    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    placeholder: str  # a hint inside an empty field: must not look like a typed value
    disabled_text: str
    border: str  # the edge of every input, tick box and button
    focus: str  # the edge of the control with the keyboard focus, and the selection
    focus_text: str  # text on the selection
    error: str  # a field in error and its message: never the focus colour
    error_base: str  # the inside of a field in error
    ok: str
    warning: str  # amber: something to know, not an error (no connection, still checking)
    link: str
    meter: str  # the filled part of a meter, under its text
    icons: str  # "dark" or "light": the tick and arrows drawn in the text colour


NORMAL = Colours(
    window="#efefef",
    text="#000000",
    base="#ffffff",
    alternate_base="#f4f4f4",
    button="#e3e3e3",
    placeholder="#5f5f5f",
    disabled_text="#606060",
    border="#6b6b6b",
    focus="#1d5fa8",
    focus_text="#ffffff",
    error="#b00020",
    error_base="#fde8eb",
    ok="#1b5e20",
    warning="#8a5a00",
    link="#0b4f9c",
    meter="#4f86c6",
    icons="dark",
)

HIGH_CONTRAST = Colours(
    window="#000000",
    text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    button="#000000",
    placeholder="#a8a8a8",
    disabled_text="#a8a8a8",
    border="#ffffff",
    focus="#ffff00",
    focus_text="#000000",
    error="#ff7a7a",
    error_base="#3a0000",
    ok="#00ff7f",
    warning="#ffbf00",
    link="#00ffff",
    meter="#6b6b00",
    icons="light",
)

THEMES = {"normal": NORMAL, "high-contrast": HIGH_CONTRAST}

# Borders keep one outer size in every state (border + padding constant), so focusing or
# marking a field never nudges the layout.
_STYLE = """
QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit {
    border: 1px solid %(border)s; border-radius: 3px; padding: 3px 4px;
    background: %(base)s; color: %(text)s; placeholder-text-color: %(placeholder)s;
    selection-background-color: %(focus)s; selection-color: %(focus_text)s;
}
QComboBox { padding-right: 4px; }
QComboBox::drop-down { border: none; width: %(arrow)dpx; }
QComboBox::down-arrow { image: url(%(arrow_down)s); width: %(arrow_half)dpx; }
QComboBox QAbstractItemView {
    border: 1px solid %(border)s; background: %(base)s; color: %(text)s;
    selection-background-color: %(focus)s; selection-color: %(focus_text)s;
}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: %(arrow)dpx; border: none; }
QAbstractSpinBox::up-arrow { image: url(%(arrow_up)s); width: %(arrow_half)dpx; }
QAbstractSpinBox::down-arrow { image: url(%(arrow_down)s); width: %(arrow_half)dpx; }
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus, QPlainTextEdit:focus {
    border: 3px solid %(focus)s; padding: 1px 2px;
}
QLineEdit[fieldState="error"], QComboBox[fieldState="error"],
QAbstractSpinBox[fieldState="error"], QPlainTextEdit[fieldState="error"] {
    border: 2px solid %(error)s; padding: 2px 3px; background: %(error_base)s;
}
QLineEdit[fieldState="error"]:focus, QComboBox[fieldState="error"]:focus,
QAbstractSpinBox[fieldState="error"]:focus, QPlainTextEdit[fieldState="error"]:focus {
    border: 3px solid %(focus)s; padding: 1px 2px;
}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled, QPlainTextEdit:disabled {
    border: 1px dashed %(disabled_text)s; padding: 3px 4px;
    background: %(window)s; color: %(disabled_text)s;
}
QLineEdit:read-only { background: %(window)s; }

QPushButton {
    border: 1px solid %(border)s; border-radius: 3px; padding: 4px 13px;
    background: %(button)s; color: %(text)s;
}
QPushButton:default { border-width: 2px; padding: 3px 12px; }
QPushButton:hover { background: %(alternate_base)s; }
QPushButton:pressed, QPushButton:checked { background: %(focus)s; color: %(focus_text)s; }
QPushButton:focus { border: 3px solid %(focus)s; padding: 2px 11px; }
QPushButton:disabled {
    border: 1px dashed %(disabled_text)s; padding: 4px 13px;
    background: %(window)s; color: %(disabled_text)s;
}

QCheckBox { border: 2px solid transparent; padding: 1px; }
QCheckBox:focus { border: 2px solid %(focus)s; }
QCheckBox::indicator, QGroupBox::indicator, QAbstractItemView::indicator {
    width: %(box)dpx; height: %(box)dpx;
    border: 2px solid %(border)s; border-radius: 2px; background: %(base)s;
}
QCheckBox::indicator:checked, QGroupBox::indicator:checked,
QAbstractItemView::indicator:checked {
    image: url(%(check_mark)s);
}
QCheckBox::indicator:disabled, QGroupBox::indicator:disabled {
    border: 2px dashed %(disabled_text)s; background: %(window)s;
}
QCheckBox[fieldState="error"]::indicator { border: 3px solid %(error)s; }
QCheckBox:disabled { color: %(disabled_text)s; }

QGroupBox {
    border: 1px solid %(border)s; border-radius: 4px;
    margin-top: 1.4em; padding: 0.4em 0.3em 0.3em 0.3em;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 8px; padding: 0 4px;
}
QGroupBox:focus { border: 3px solid %(focus)s; }

QTabBar::tab {
    border: 1px solid %(border)s; border-bottom: none; padding: 4px 12px; margin-right: 2px;
    background: %(button)s; color: %(text)s;
}
QTabBar::tab:selected { background: %(base)s; border-width: 2px; font-weight: bold; }
QTabBar::tab:focus { border: 3px solid %(focus)s; border-bottom: none; }
QTabWidget::pane { border: 1px solid %(border)s; }

QAbstractItemView {
    selection-background-color: %(focus)s; selection-color: %(focus_text)s;
}
QListWidget, QTableView { border: 1px solid %(border)s; gridline-color: %(border)s; }
QListWidget:focus, QTableView:focus { border: 3px solid %(focus)s; }
QHeaderView::section {
    border: none; border-right: 1px solid %(border)s; border-bottom: 1px solid %(border)s;
    padding: 2px 6px; background: %(window)s; color: %(text)s; font-weight: bold;
}
QProgressBar {
    border: 1px solid %(border)s; border-radius: 3px; text-align: center;
    background: %(base)s; color: %(text)s;
}
QProgressBar::chunk { background: %(meter)s; }

*:focus { outline: none; }
QLabel[role="title"] { font-size: %(title)dpt; font-weight: bold; }
QLabel[role="subtitle"] { font-size: %(subtitle)dpt; font-weight: bold; }
QLabel[role="figure"] { font-size: %(figure)dpt; font-weight: bold; }
QLabel[role="code"] { font-family: monospace; font-size: %(code)dpt; font-weight: bold; }
QFrame[role="card"] { border: 1px solid %(border)s; border-radius: 6px; }
QListWidget#navigation::item { padding: 0.45em 0.6em; }
"""


def colours(high_contrast: bool) -> Colours:
    return HIGH_CONTRAST if high_contrast else NORMAL


def error_color(high_contrast: bool) -> str:
    return colours(high_contrast).error


def ok_color(high_contrast: bool) -> str:
    return colours(high_contrast).ok


def style_sheet(theme: Colours, point_size: int) -> str:
    icons = resources.files("bienestar_field.resources") / "icons"
    box = round(point_size * 1.6)
    values = {name: getattr(theme, name) for name in Colours.__dataclass_fields__}
    for name, icon in (
        ("check_mark", "check"),
        ("arrow_down", "arrow-down"),
        ("arrow_up", "arrow-up"),
    ):
        values[name] = str(icons / f"{icon}-{theme.icons}.svg").replace("\\", "/")
    return _STYLE % {
        **values,
        "box": box,
        "arrow": box + 4,
        "arrow_half": round(point_size * 1.1),
        "title": round(point_size * 1.5),
        "subtitle": round(point_size * 1.2),
        "figure": round(point_size * 2),
        "code": round(point_size * 1.7),
    }


def app_icon() -> QIcon:
    """The program's icon (the same file the Linux package installs into the icon theme)."""
    path = resources.files("bienestar_field.resources") / "icons" / "bienestar-field.svg"
    return QIcon(str(path))


def apply_theme(app: QApplication, *, large_text: bool, high_contrast: bool) -> None:
    # By name, so Qt owns the style object (a Python-created one can be collected under Qt).
    # Once only: with a style sheet set, app.style() is Qt's style-sheet proxy, whose name is
    # empty, so asking it would set Fusion again on every change of theme; replacing the style
    # under a live QWizard (the first-run wizard) crashes Qt.
    if not app.property(_FUSION_SET) and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setProperty(_FUSION_SET, True)
    size = LARGE_POINT_SIZE if large_text else NORMAL_POINT_SIZE
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)
    theme = colours(high_contrast)
    app.setPalette(palette(theme))
    app.setProperty("highContrast", high_contrast)
    app.setStyleSheet(style_sheet(theme, size))


def palette(theme: Colours) -> QPalette:
    roles = QPalette.ColorRole
    active = {
        roles.Window: theme.window,
        roles.WindowText: theme.text,
        roles.Base: theme.base,
        roles.AlternateBase: theme.alternate_base,
        roles.Text: theme.text,
        roles.Button: theme.button,
        roles.ButtonText: theme.text,
        roles.BrightText: theme.text,
        roles.Highlight: theme.focus,
        roles.HighlightedText: theme.focus_text,
        roles.ToolTipBase: theme.base,
        roles.ToolTipText: theme.text,
        roles.PlaceholderText: theme.placeholder,
        roles.Link: theme.link,
        roles.LinkVisited: theme.link,
        roles.Light: theme.border,
        roles.Midlight: theme.border,
        roles.Mid: theme.border,
        roles.Dark: theme.border,
        roles.Shadow: theme.border,
    }
    result = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in active.items():
            result.setColor(group, role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role, colour in active.items():
        result.setColor(disabled, role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.PlaceholderText):
        result.setColor(disabled, role, QColor(theme.disabled_text))
    result.setColor(disabled, roles.Base, QColor(theme.window))
    result.setColor(disabled, roles.Button, QColor(theme.window))
    return result


def is_high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("highContrast"))


def set_field_state(widget: QWidget, state: str) -> None:
    """Mark ``widget`` as in error ("error"), warned ("warning") or fine (""), and restyle it."""
    if (widget.property(FIELD_STATE) or "") == state:
        return
    widget.setProperty(FIELD_STATE, state)
    # Style sheets read dynamic properties when a widget is polished, not when they change.
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
