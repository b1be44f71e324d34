"""The connection in the status bar: a coloured dot and its state in words.

Green, amber or red tell the state at a glance; the words beside it say it for whoever cannot
tell the colours apart (WCAG 1.4.1: never colour alone). The dot takes the theme's own
colours, so it keeps its contrast in high contrast too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.texts import connection_text, connection_tone
from bienestar_field.ui.theme import colours, is_high_contrast

DOT = "●"


class ConnectionIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = Connection.UNCONFIGURED
        self.colour = ""
        self.dot = QLabel(DOT)
        self.dot.setAccessibleName("")  # decoration: the words say the same
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 12, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        self.show_state(self.state)

    def show_state(self, state: Connection) -> None:
        """Show ``state`` in the current language and theme (call again after a change)."""
        self.state = state
        colour = getattr(colours(is_high_contrast()), connection_tone(state))
        font = self.dot.font()
        # Larger than the text, so the dot reads as a light and not as a bullet.
        font.setPointSizeF(self.label.font().pointSizeF() * 1.3)
        self.dot.setFont(font)
        self.colour = colour
        self.dot.setStyleSheet(f"color: {colour};")
        self.dot.setProperty("tone", connection_tone(state))
        self.label.setText(connection_text(state))
        self.setAccessibleDescription(connection_text(state))

    def text(self) -> str:
        return self.label.text()
