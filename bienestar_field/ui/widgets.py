"""Small building blocks shared by the screens: fields with their error, meters, notices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.domain.enrollments import PrivacyConsent
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.theme import error_color, is_high_contrast, ok_color

PRIVACY_NOTICE_VERSION = "2026.1"
MIN_PASSPHRASE_LENGTH = 12  # the keystore's rule; repeated here to guide before submitting
MIN_DISTINCT_CHARACTERS = 5


def title_label(text: str, role: str = "title") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(True)
    return label


def wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ErrorLabel(QLabel):
    """A message beside a field; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(self.tr("Mensaje del campo"))

    def show_message(self, text: str, *, warning: bool = False) -> None:
        color = error_color(is_high_contrast())
        prefix = "⚠ " if warning else "✖ "
        self.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.setText(prefix + text)
        self.setVisible(bool(text))

    def append_message(self, text: str, *, warning: bool = False) -> None:
        if self.isVisible() and self.text():
            current = self.text()
            self.show_message(current[2:] + "\n" + text, warning=warning)
        else:
            self.show_message(text, warning=warning)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)


class Field(QWidget):
    """An editor with its error label underneath, as one row of a form."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        self.setFocusProxy(editor)


def add_row(form: QFormLayout, label: str, editor: QWidget, *, required: bool = False) -> Field:
    """Add ``editor`` with a label (a star when required) and return its field."""
    field = Field(editor)
    text = f"{label} *" if required else label
    row_label = QLabel(text)
    row_label.setBuddy(editor)
    row_label.setWordWrap(True)
    editor.setAccessibleName(label)
    form.addRow(row_label, field)
    return field


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def date_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(10)
    return edit


def combo(items: list[tuple[str, str]], *, editable: bool = False) -> QComboBox:
    """A combo box of (label, value) pairs, the value kept as item data."""
    box = QComboBox()
    box.setEditable(editable)
    for label, value in items:
        box.addItem(label, value)
    return box


def combo_value(box: QComboBox) -> str:
    value = box.currentData()
    return value if isinstance(value, str) else ""


def set_combo_value(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def card(layout: QLayout) -> QFrame:
    frame = QFrame()
    frame.setProperty("role", "card")
    frame.setLayout(layout)
    return frame


class BusyBar(QProgressBar):
    """An indeterminate bar shown while background work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setMaximumWidth(160)
        self.setMaximumHeight(14)
        self.setTextVisible(False)
        self.setAccessibleName(self.tr("Trabajando"))
        self.setVisible(False)

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


# --- passphrases -------------------------------------------------------------------------


def passphrase_score(passphrase: str) -> int:
    """0 (unusable) to 4 (very good), from length, variety and words; a guide, not a gate."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH or len(set(passphrase)) < MIN_DISTINCT_CHARACTERS:
        return 0
    classes = sum(
        any(test(ch) for ch in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len([w for w in passphrase.split() if len(w) >= 3])
    score = 1
    if len(passphrase) >= 16 or classes >= 3:
        score += 1
    if len(passphrase) >= 20 or words >= 3:
        score += 1
    if len(passphrase) >= 28 or (words >= 4 and classes >= 2):
        score += 1
    return min(score, 4)


def passphrase_problems(passphrase: str) -> list[str]:
    """The keystore's rules, as the rules the person still has to meet."""
    problems = []
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        problems.append(translate("PassphraseFields", "Al menos 12 caracteres"))
    if len(set(passphrase)) < MIN_DISTINCT_CHARACTERS:
        problems.append(translate("PassphraseFields", "Al menos 5 caracteres distintos"))
    if passphrase and passphrase.strip() != passphrase:
        problems.append(translate("PassphraseFields", "Sin espacios al principio ni al final"))
    return problems


class PassphraseFields(QWidget):
    """Passphrase, its confirmation, a strength meter and the rules ticked as they are met."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_text = QCheckBox(self.tr("Mostrar la frase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.meter.setAccessibleName(self.tr("Fortaleza de la frase de acceso"))
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.passphrase_field = add_row(form, self.tr("Frase de acceso"), self.passphrase)
        self.confirm_field = add_row(form, self.tr("Repita la frase"), self.confirm)
        form.addRow("", self.show_text)
        form.addRow(self.tr("Fortaleza"), self.meter)
        form.addRow("", self.rules)
        self.setLayout(form)
        hint = self.tr(
            "Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026»."
        )
        self.passphrase.setPlaceholderText(hint)
        self.passphrase.setToolTip(hint)
        self.passphrase.textChanged.connect(self._update)
        self.confirm.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase.text()
        score = passphrase_score(text)
        self.meter.setValue(score)
        names = [
            self.tr("No cumple las reglas"),
            self.tr("Débil"),
            self.tr("Aceptable"),
            self.tr("Buena"),
            self.tr("Muy buena"),
        ]
        self.meter.setFormat(names[score])
        lines = []
        problems = set(passphrase_problems(text))
        for rule in (
            self.tr("Al menos 12 caracteres"),
            self.tr("Al menos 5 caracteres distintos"),
            self.tr("Sin espacios al principio ni al final"),
        ):
            lines.append(("✖ " if rule in problems or not text else "✔ ") + rule)
        matches = bool(text) and self.confirm.text() == text
        lines.append(("✔ " if matches else "✖ ") + self.tr("Las dos frases coinciden"))
        self.rules.setText("\n".join(lines))
        color = ok_color(is_high_contrast()) if self.is_acceptable() else ""
        self.rules.setStyleSheet(f"color: {color};" if color else "")
        self.changed.emit()

    def is_acceptable(self) -> bool:
        text = self.passphrase.text()
        return bool(text) and not passphrase_problems(text) and self.confirm.text() == text

    def value(self) -> str:
        return self.passphrase.text()


# --- privacy notice ----------------------------------------------------------------------


class PrivacyNotice(QWidget):
    """The simplified privacy notice, shown before any capture, and the person's answers."""

    changed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        # The casebook's clock, so the time shown compares with the time it stamps on saving.
        self._now = now or (lambda: datetime.now(UTC))
        self.shown_at = self._now().isoformat()
        self.text = wrapping_label(self.notice_text(compact=compact))
        self.accept_box = QCheckBox(
            self.tr("La persona conoció el aviso de privacidad y acepta que se registren sus datos")
        )
        self.sensitive_box = QCheckBox(
            self.tr(
                "Da su consentimiento expreso para datos sensibles "
                "(salud, discapacidad, embarazo, origen étnico)"
            )
        )
        for box in (self.accept_box, self.sensitive_box):
            box.setAccessibleName(box.text())
            box.toggled.connect(self._changed)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label(self.tr("Aviso de privacidad simplificado"), "subtitle"))
        layout.addWidget(self.text)
        layout.addWidget(self.accept_box)
        layout.addWidget(self.sensitive_box)
        layout.addWidget(self.error)

    def notice_text(self, *, compact: bool) -> str:
        if compact:
            return self.tr(
                "La Secretaría de Bienestar usa sus datos solo para inscribirle en los "
                "programas y darle seguimiento, conforme a la Ley General de Protección de "
                "Datos Personales en Posesión de Sujetos Obligados. Puede pedir acceso, "
                "rectificación, cancelación u oposición (derechos ARCO)."
            )
        return self.tr(
            "Lea o explique este aviso a la persona antes de capturar cualquier dato.\n\n"
            "La Secretaría de Bienestar es responsable de los datos personales que se "
            "recaban. Se usan para registrar a las personas del hogar, revisar si pueden "
            "recibir los programas para el Bienestar, inscribirlas y dar seguimiento a sus "
            "corresponsabilidades. Los datos se guardan cifrados y no se comparten, salvo "
            "con las autoridades que la ley permite. Los datos sensibles (salud, "
            "discapacidad, embarazo, origen étnico) solo se registran con consentimiento "
            "expreso. Puede ejercer sus derechos de acceso, rectificación, cancelación y "
            "oposición (ARCO) en cualquier Módulo de Bienestar."
        )

    def _changed(self) -> None:
        if self.accept_box.isChecked():
            self.error.clear_message()
        self.changed.emit()

    @property
    def accepted(self) -> bool:
        return self.accept_box.isChecked()

    def consent(self) -> PrivacyConsent:
        return PrivacyConsent(
            notice_version=PRIVACY_NOTICE_VERSION,
            shown_at=self.shown_at,
            accepted=self.accept_box.isChecked(),
            sensitive_data=self.sensitive_box.isChecked(),
        )

    def restart(self) -> None:
        """Shown again to the next person: a new time, no answers."""
        self.shown_at = self._now().isoformat()
        self.accept_box.setChecked(False)
        self.sensitive_box.setChecked(False)
        self.error.clear_message()


def hbox(*widgets: QWidget, stretch_end: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_end:
        layout.addStretch(1)
    return layout
