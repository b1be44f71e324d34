"""Colours: every theme meets WCAG 2.1 AA, and every input state can be told apart on screen.

The ratios are computed from the colours the themes paint with (the palette installed on the
application and the style sheet's colours); the pixel tests then grab real widgets and read
the colours actually drawn at their edges and in their text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from bienestar_field.ui.theme import THEMES, Colours, apply_theme, style_sheet
from bienestar_field.ui.widgets import Field

TEXT = 4.5  # WCAG 2.1 SC 1.4.3, normal-size text
GRAPHIC = 3.0  # SC 1.4.11, edges of controls and focus indicators against what is next to them


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""
    red, green, blue = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(one: QColor | str, other: QColor | str) -> float:
    lighter, darker = sorted((luminance(QColor(one)), luminance(QColor(other))), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def hue_apart(one: str, other: str) -> float:
    first, second = QColor(one).hslHue(), QColor(other).hslHue()
    apart = abs(first - second) % 360
    return min(apart, 360 - apart)


def pairs(theme: Colours) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for every pair the theme draws."""
    text_pairs = [
        ("text on the window", theme.text, theme.window),
        ("text in a field", theme.text, theme.base),
        ("text on alternate rows", theme.text, theme.alternate_base),
        ("text on a button", theme.text, theme.button),
        ("a hint (placeholder) in an empty field", theme.placeholder, theme.base),
        ("disabled text (fields and buttons)", theme.disabled_text, theme.window),
        ("selected text", theme.focus_text, theme.focus),
        ("an error message on the window", theme.error, theme.window),
        ("an error message in a field", theme.error, theme.base),
        ("text in a field in error", theme.text, theme.error_base),
        ("a confirmation", theme.ok, theme.window),
        ("a link", theme.link, theme.window),
        ("text over a meter's fill", theme.text, theme.meter),
    ]
    graphic_pairs = [
        ("a field's edge against the window", theme.border, theme.window),
        ("a field's edge against its inside", theme.border, theme.base),
        ("a button's edge against its face", theme.border, theme.button),
        ("a disabled control's (dashed) edge", theme.disabled_text, theme.window),
        ("the focus edge against the window", theme.focus, theme.window),
        ("the focus edge against a field's inside", theme.focus, theme.base),
        ("the error edge against the window", theme.error, theme.window),
        ("the error edge against the field's inside", theme.error, theme.error_base),
        ("the focus edge against a field in error", theme.focus, theme.error_base),
        ("a meter's fill against its track", theme.meter, theme.base),
        ("a tick against the box", theme.text, theme.base),
    ]
    return [(*pair, TEXT) for pair in text_pairs] + [(*pair, GRAPHIC) for pair in graphic_pairs]


def failures(theme: Colours) -> list[str]:
    found = [
        f"{what}: {fore} on {back} is {ratio(fore, back):.2f}:1, below {minimum}:1"
        for what, fore, back, minimum in pairs(theme)
        if ratio(fore, back) < minimum
    ]
    # Not contrast but distinction: an error must not look like the focus, nor a hint like
    # a typed value.
    if hue_apart(theme.error, theme.focus) < 45 and ratio(theme.error, theme.focus) < GRAPHIC:
        found.append(f"the error colour {theme.error} looks like the focus {theme.focus}")
    if ratio(theme.placeholder, theme.text) < 2:
        found.append(f"a hint ({theme.placeholder}) looks like typed text ({theme.text})")
    return found


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_colour_pair_of_the_theme_meets_wcag_aa(name: str) -> None:
    assert failures(THEMES[name]) == []


def test_the_contrast_check_catches_the_colours_that_hid_the_fields() -> None:
    """Positive control: the colours high contrast had before are reported, each one."""
    hc = THEMES["high-contrast"]
    fusion_outline = QColor(hc.window).darker(140).name()  # Fusion's edge: black on black
    before = replace(hc, border=fusion_outline, error=hc.focus)
    found = failures(before)
    assert any(f.startswith("a field's edge against the window") for f in found), found
    assert any("looks like the focus" in f for f in found), found
    # Fusion's default hint (black at half strength on white) is below 4.5:1 too.
    normal = THEMES["normal"]
    found = failures(replace(normal, placeholder="#7f7f7f"))
    assert found == [
        "a hint (placeholder) in an empty field: #7f7f7f on #ffffff is 4.00:1, below 4.5:1"
    ]


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_the_installed_palette_and_style_sheet_are_the_theme(
    qapp: QApplication, high_contrast: bool
) -> None:
    apply_theme(qapp, large_text=False, high_contrast=high_contrast)
    try:
        theme = THEMES["high-contrast" if high_contrast else "normal"]
        palette = qapp.palette()
        roles, active = QPalette.ColorRole, QPalette.ColorGroup.Active
        disabled = QPalette.ColorGroup.Disabled
        assert palette.color(active, roles.Text).name() == theme.text
        assert palette.color(active, roles.Base).name() == theme.base
        assert palette.color(active, roles.Window).name() == theme.window
        assert palette.color(active, roles.PlaceholderText).name() == theme.placeholder
        assert palette.color(active, roles.Highlight).name() == theme.focus
        assert palette.color(disabled, roles.ButtonText).name() == theme.disabled_text
        assert qapp.styleSheet() == style_sheet(theme, qapp.font().pointSize())
    finally:
        apply_theme(qapp, large_text=False, high_contrast=False)


# --- what is drawn ---------------------------------------------------------------------------


@pytest.fixture(params=[False, True], ids=["normal", "high-contrast"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Colours]:
    high_contrast = bool(request.param)
    apply_theme(qapp, large_text=False, high_contrast=high_contrast)
    yield THEMES["high-contrast" if high_contrast else "normal"]
    apply_theme(qapp, large_text=False, high_contrast=False)


def _shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(12, 12, 12, 12)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.resize(360, holder.sizeHint().height())
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _edge(widget: QWidget) -> QColor:
    """The colour of the left edge, half-way down."""
    return _grab(widget).pixelColor(0, widget.height() // 2)


def _glyph_colour(widget: QWidget, background: QColor) -> QColor:
    """The drawn colour that stands out most from ``background`` inside the widget (its text)."""
    image = _grab(widget)
    inner = QRect(6, 4, image.width() - 12, image.height() - 8)
    best, best_ratio = background, 1.0
    for x in range(inner.left(), inner.right(), 1):
        for y in range(inner.top(), inner.bottom(), 2):
            colour = image.pixelColor(x, y)
            if ratio(colour, background) > best_ratio:
                best, best_ratio = colour, ratio(colour, background)
    return best


def _close(one: QColor, other: str, tolerance: int = 24) -> bool:
    two = QColor(other)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (one.red(), one.green(), one.blue()), (two.red(), two.green(), two.blue()), strict=True
        )
    )


def test_an_empty_field_has_a_visible_edge_and_its_hint_is_not_a_typed_value(
    qtbot: QtBot, theme: Colours
) -> None:
    empty = QLineEdit()
    empty.setPlaceholderText("10 dígitos")
    typed = QLineEdit("10 dígitos")
    passphrase = QLineEdit()
    passphrase.setEchoMode(QLineEdit.EchoMode.Password)
    for field in (empty, typed, passphrase):
        # Never focused: no text cursor to mistake for the hint's letters.
        field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    holder = _shown(qtbot, empty, typed, passphrase)
    window = _grab(holder).pixelColor(4, 4)
    assert _close(window, theme.window)
    for field in (empty, passphrase):
        edge = _edge(field)
        inside = _grab(field).pixelColor(field.width() - 8, field.height() // 2)
        assert ratio(edge, window) >= GRAPHIC, f"edge {edge.name()} on window {window.name()}"
        assert ratio(edge, inside) >= GRAPHIC, f"edge {edge.name()} on inside {inside.name()}"
    hint = _glyph_colour(empty, QColor(theme.base))
    value = _glyph_colour(typed, QColor(theme.base))
    assert _close(hint, theme.placeholder, 40), hint.name()
    assert _close(value, theme.text, 40), value.name()
    assert ratio(hint, value) >= 2, f"hint {hint.name()} vs typed {value.name()}"


def test_a_disabled_button_is_drawn_unlike_an_enabled_one(qtbot: QtBot, theme: Colours) -> None:
    enabled = QPushButton("Comprobante")
    disabled = QPushButton("Comprobante")
    disabled.setEnabled(False)
    holder = _shown(qtbot, enabled, disabled)
    window = QColor(theme.window)
    assert ratio(_edge(enabled), window) >= GRAPHIC
    enabled_text = _glyph_colour(enabled, QColor(theme.button))
    disabled_text = _glyph_colour(disabled, window)
    assert ratio(enabled_text, disabled_text) >= 2, (enabled_text.name(), disabled_text.name())
    assert ratio(disabled_text, window) >= TEXT, "still readable"
    # A dashed edge: along the left side some pixels are the edge and some the window.
    image = _grab(disabled)
    column = {image.pixelColor(0, y).name() for y in range(4, disabled.height() - 4)}
    assert len(column) > 1, f"a solid edge like an enabled button's: {column}"
    assert holder.isVisible()


def test_a_field_in_error_has_its_own_edge_unlike_focus_and_says_so_in_words(
    qtbot: QtBot, theme: Colours
) -> None:
    plain, wrong, focused = QLineEdit("ABC"), QLineEdit("ABC"), QLineEdit("ABC")
    fields = [Field(plain), Field(wrong), Field(focused)]
    holder = _shown(qtbot, *fields)
    holder.activateWindow()
    fields[1].error.show_message("No es una CURP válida.")
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    plain_edge, error_edge, focus_edge = _edge(plain), _edge(wrong), _edge(focused)
    assert _close(plain_edge, theme.border), plain_edge.name()
    assert _close(error_edge, theme.error), error_edge.name()
    assert _close(focus_edge, theme.focus), focus_edge.name()
    assert len({plain_edge.name(), error_edge.name(), focus_edge.name()}) == 3
    inside = _grab(wrong).pixelColor(wrong.width() - 8, wrong.height() // 2)
    assert _close(inside, theme.error_base), inside.name()
    assert fields[1].error.isVisible()
    assert fields[1].error.text().startswith("✖ "), "a sign, not colour alone"
    # Corrected: the field goes back to an ordinary edge.
    fields[1].error.clear_message()
    assert _close(_edge(wrong), theme.border)
    # In error and focused: the focus edge, still the error's inside.
    fields[2].error.show_message("No es una CURP válida.")
    assert _close(_edge(focused), theme.focus)
    inside = _grab(focused).pixelColor(focused.width() - 8, focused.height() // 2)
    assert _close(inside, theme.error_base), inside.name()


def test_an_unticked_box_has_a_visible_edge(qtbot: QtBot, theme: Colours) -> None:
    box = QCheckBox("La persona conoció el aviso de privacidad")
    holder = _shown(qtbot, box)
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    image = _grab(box)
    edge = image.pixelColor(QPoint(indicator.left(), indicator.center().y()))
    inside = image.pixelColor(indicator.center())
    window = _grab(holder).pixelColor(4, 4)
    assert ratio(edge, window) >= GRAPHIC, f"edge {edge.name()} on window {window.name()}"
    assert ratio(edge, inside) >= GRAPHIC, f"edge {edge.name()} on inside {inside.name()}"
