"""Language, large text and high contrast, where a person meets the app before Settings.

The unlock screen and the first page of the set-up wizard show these three, so someone who
cannot read the Spanish, or the small grey text, can change them before typing anything. The
language is offered in its own words ("English", "Español (México)") and its label names both
languages, so it can be found whatever language is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from bienestar_field.ui.widgets import add_row, combo, combo_value, new_form, set_combo_value

LANGUAGE_CHOICES = [("Español (México)", "es_MX"), ("English", "en")]


@dataclass(frozen=True)
class Display:
    language: str
    large_text: bool
    high_contrast: bool


class DisplayOptions(QWidget):
    """Emits ``changed`` with the new :class:`Display` as soon as one of the three changes."""

    changed = Signal(object)

    def __init__(self, display: Display, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = combo(LANGUAGE_CHOICES)
        set_combo_value(self.language, display.language)
        self.large_text = QCheckBox(self.tr("Letra &grande"))
        self.large_text.setChecked(display.large_text)
        self.high_contrast = QCheckBox(self.tr("Alto co&ntraste"))
        self.high_contrast.setChecked(display.high_contrast)
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("&Idioma (Language)"), self.language)
        boxes = QHBoxLayout()
        boxes.setContentsMargins(0, 0, 0, 0)
        boxes.addWidget(self.large_text)
        boxes.addWidget(self.high_contrast)
        boxes.addStretch(1)
        form.addRow("", boxes)
        self.setLayout(form)
        self.language.currentIndexChanged.connect(self._changed)
        self.large_text.toggled.connect(self._changed)
        self.high_contrast.toggled.connect(self._changed)

    def display(self) -> Display:
        return Display(
            language=combo_value(self.language) or "es_MX",
            large_text=self.large_text.isChecked(),
            high_contrast=self.high_contrast.isChecked(),
        )

    def _changed(self) -> None:
        self.changed.emit(self.display())

    def focused_control(self) -> str | None:
        """Which of the three has the keyboard focus, to give it back once rebuilt."""
        for name, widget in self._controls().items():
            if widget.hasFocus():
                return name
        return None

    def focus_control(self, name: str | None) -> None:
        widget = self._controls().get(name or "")
        if widget is not None:
            widget.setFocus()

    def _controls(self) -> dict[str, QWidget]:
        return {
            "language": self.language,
            "large_text": self.large_text,
            "high_contrast": self.high_contrast,
        }


__all__ = ["Display", "DisplayOptions"]
