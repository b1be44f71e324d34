"""Small building blocks shared by the screens: fields with their error, meters, notices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui.i18n import translate
from bienestar_field.ui.theme import error_color, is_high_contrast, ok_color, set_field_state

if TYPE_CHECKING:
    from bienestar_field.domain.enrollments import PrivacyConsent

PRIVACY_NOTICE_VERSION = "2026.1"
MIN_PASSPHRASE_LENGTH = 12  # the keystore's rule; repeated here to guide before submitting
MIN_DISTINCT_CHARACTERS = 5


def title_label(text: str, role: str = "title") -> QLabel:
    label = WrappingLabel(text)
    label.setProperty("role", role)
    return label


def wrapping_label(text: str = "") -> QLabel:
    label = WrappingLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WrappingLabel(QLabel):
    """A word-wrapped label that tells its layout the height it needs at its real width.

    A plain word-wrapped ``QLabel`` asks for one line as its minimum and relies on every
    layout up the chain honouring height-for-width; where one does not (or has not caught up
    yet) the second line is drawn over whatever sits below. This one reports the height of
    its text at its current width as its size hint and minimum, so it is never squeezed.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._laid_out_height = -1

    def _needed_height(self) -> int:
        if not self.text():
            return 0
        width = self.width()
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized) or width <= 0:
            return super().sizeHint().height()
        return self.heightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), max(self._needed_height(), 0))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self.text():
            return QSize(hint.width(), 0)  # an empty message takes no room from the page
        return QSize(hint.width(), max(hint.height(), self._needed_height()))

    def setText(self, text: str) -> None:
        super().setText(text)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self._needed_height()
        if needed != self._laid_out_height:
            self._laid_out_height = needed
            self.updateGeometry()


class RowLabel(QLabel):
    """A form row's label: on one line when there is room, wrapped at word breaks if not.

    A word-wrapped ``QLabel`` guesses a narrow preferred width, so a form would break even
    short labels ("Fecha de / nacimiento"); this one prefers the width of its text.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        flags = int(Qt.TextFlag.TextShowMnemonic)
        width = self.fontMetrics().boundingRect(0, 0, 10_000, 1_000, flags, self.text()).width()
        margins = self.contentsMargins()
        width += margins.left() + margins.right() + 2 * self.margin() + 2
        return QSize(width, max(hint.height(), self.heightForWidth(width)))


_INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QCheckBox)


def _input_of(editor: QWidget) -> QWidget | None:
    """The control inside ``editor`` that a person types into or ticks."""
    if isinstance(editor, _INPUTS):
        return editor
    proxy = editor.focusProxy()
    if proxy is not None and isinstance(proxy, _INPUTS):
        return proxy
    for kind in _INPUTS:
        found = editor.findChild(kind)
        if isinstance(found, QWidget):
            return found
    return None


class ErrorLabel(WrappingLabel):
    """A message beside a field; hidden when there is nothing to say.

    The message starts with a sign (✖ or ⚠), so it does not rely on colour alone; the field it
    belongs to, if given, is marked too, with an edge in the error colour (never the focus one).
    """

    def __init__(self, parent: QWidget | None = None, *, field: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setVisible(False)
        self.setAccessibleName(self.tr("Mensaje del campo"))
        self._field = _input_of(field) if field is not None else None

    def show_message(self, text: str, *, warning: bool = False) -> None:
        color = error_color(is_high_contrast())
        prefix = "⚠ " if warning else "✖ "
        self.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.setText(prefix + text)
        self.setVisible(bool(text))
        if self._field is not None:
            set_field_state(self._field, "error" if text else "")

    def append_message(self, text: str, *, warning: bool = False) -> None:
        if self.isVisible() and self.text():
            current = self.text()
            self.show_message(current[2:] + "\n" + text, warning=warning)
        else:
            self.show_message(text, warning=warning)

    def clear_message(self) -> None:
        self.setText("")
        self.setVisible(False)
        if self._field is not None:
            set_field_state(self._field, "")


class _ClickToToggle(QObject):
    """Lets a click on a check box's label tick it, and greys the label with the box."""

    def __init__(self, box: QCheckBox, label: QLabel) -> None:
        super().__init__(label)
        self._box = box
        self._label = label
        label.installEventFilter(self)
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.EnabledChange:
            self._label.setEnabled(self._box.isEnabled())
        elif (
            watched is self._label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and self._box.isEnabled()
        ):
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
            self._box.toggle()
            return True
        return False


def labelled_check(box: QCheckBox, text: str) -> QWidget:
    """``box`` with ``text`` beside it that wraps onto more lines instead of widening the form.

    ``QCheckBox`` cannot wrap its own text, so a long sentence (the privacy consent) would set
    the minimum width of the whole window. Clicking the text ticks the box, as with its own.
    """
    box.setText("")
    box.setAccessibleName(text.replace("&", ""))
    label = WrappingLabel(text)
    label.setBuddy(box)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setEnabled(box.isEnabled())
    _ClickToToggle(box, label)
    holder = HeightForWidthBox()
    holder.setObjectName("labelledCheck")
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    holder.setFocusProxy(box)
    return holder


class HeightForWidthBox(QWidget):
    """A container whose size hint is the height its layout needs at its current width.

    ``QWidget.sizeHint`` of a container with wrapping text is its height at the *preferred*
    width, which is narrower than the real one, and ``QFormLayout`` sizes rows by it: the row
    came out a line too tall (or, the other way round, too short). This asks at the real width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_height = -1

    def _height_here(self) -> int:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth() or self.width() <= 0:
            return -1
        if not self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return -1
        return layout.totalHeightForWidth(self.width())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        height = self._height_here()
        return hint if height < 0 else QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        height = self._height_here()
        return hint if height < 0 else QSize(hint.width(), max(hint.height(), height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self._height_here()
        if height != self._laid_out_height:
            self._laid_out_height = height
            self.updateGeometry()


class Field(HeightForWidthBox):
    """An editor with its error label underneath, as one row of a form."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = ErrorLabel(self, field=editor)
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
    row_label = RowLabel(text)
    row_label.setBuddy(editor)
    editor.setAccessibleName(label)
    form.addRow(row_label, field)
    return field


class AdaptiveFormLayout(QFormLayout):
    """Labels beside their fields when there is room, above all of them when there is not.

    ``WrapLongRows`` decides row by row, so a narrow form (large text, a long English label)
    mixed the two and squeezed some fields to a few characters. This switches the whole form
    at once: beside when the widest label and a field of a comfortable width both fit.
    """

    FIELD_CHARACTERS = 26  # a CURP (18) with room to spare

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

    def _labels_width(self) -> int:
        widest = 0
        for row in range(self.rowCount()):
            item = self.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and not item.isEmpty():
                widest = max(widest, item.sizeHint().width())
        return widest

    def _fits_beside(self, width: int) -> bool:
        parent = self.parentWidget()
        metrics = parent.fontMetrics() if parent is not None else None
        field = (metrics.averageCharWidth() if metrics else 8) * self.FIELD_CHARACTERS
        spacing = max(self.horizontalSpacing(), 0)
        margins = self.contentsMargins()
        return width >= margins.left() + margins.right() + self._labels_width() + spacing + field

    def minimumSize(self) -> QSize:
        # The one-column minimum: narrower than that, the form wraps instead of refusing.
        size = super().minimumSize()
        widest = 0
        for index in range(self.count()):
            item = self.itemAt(index)
            if item is not None and not item.isEmpty():
                widest = max(widest, item.minimumSize().width())
        margins = self.contentsMargins()
        return QSize(min(size.width(), widest + margins.left() + margins.right()), size.height())

    def setGeometry(self, rect: QRect) -> None:
        policy = (
            QFormLayout.RowWrapPolicy.DontWrapRows
            if self._fits_beside(rect.width())
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        if policy != self.rowWrapPolicy():
            self.setRowWrapPolicy(policy)
        super().setGeometry(rect)


def new_form() -> QFormLayout:
    form = AdaptiveFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return form


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls up and down, never sideways.

    Everything inside wraps (labels, check boxes, button rows), so a sideways scroll bar would
    only ever mean that something was cut off.
    """
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a Tab stop of its own: it showed no focus and sat between the fields; it still
    # scrolls to whichever field inside takes focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


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
    """Passphrase, its confirmation, a strength meter and the rules ticked as they are met.

    Given ``form``, the rows go into that form (so they line up with the rows around them)
    and this widget only holds the logic; otherwise it lays them out in a form of its own.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, form: QFormLayout | None = None) -> None:
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
        if form is None:
            form = new_form()
            form.setContentsMargins(0, 0, 0, 0)
            self.setLayout(form)
        else:
            self.hide()  # an empty holder: it must not sit over the page and take clicks
        hint = self.tr(
            "Use varias palabras que recuerde, por ejemplo «maíz azul en la milpa 2026»."
        )
        # Under the field, not as its placeholder: a long placeholder is cut to "…" in a
        # narrow field, and it disappears with the first letter typed.
        self.hint = wrapping_label(hint)
        self.passphrase_field = add_row(form, self.tr("Frase de acceso"), self.passphrase)
        form.addRow("", self.hint)
        self.confirm_field = add_row(form, self.tr("Repita la frase"), self.confirm)
        form.addRow("", self.show_text)
        form.addRow(self.tr("Fortaleza"), self.meter)
        form.addRow("", self.rules)
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
        # The short notice folds its text away once accepted: on a netbook at large text it
        # otherwise filled the fast enrolment's whole view. Unticking shows it again.
        self._fold = compact
        self.text = wrapping_label(self.notice_text(compact=compact))
        self.accept_box = QCheckBox()
        self.sensitive_box = QCheckBox()
        accept_row = labelled_check(
            self.accept_box,
            self.tr(
                "La persona conoció el aviso de privacidad y acepta que se registren sus datos"
            ),
        )
        sensitive_row = labelled_check(
            self.sensitive_box,
            self.tr(
                "Da su consentimiento expreso para datos sensibles "
                "(salud, discapacidad, embarazo, origen étnico)"
            ),
        )
        for box in (self.accept_box, self.sensitive_box):
            box.toggled.connect(self._changed)
        self.error = ErrorLabel(self, field=self.accept_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title_label(self.tr("Aviso de privacidad simplificado"), "subtitle"))
        layout.addWidget(self.text)
        layout.addWidget(accept_row)
        layout.addWidget(sensitive_row)
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
        if self._fold:
            self.text.setVisible(not self.accept_box.isChecked())
        self.changed.emit()

    @property
    def accepted(self) -> bool:
        return self.accept_box.isChecked()

    def consent(self) -> PrivacyConsent:
        from bienestar_field.domain.enrollments import PrivacyConsent

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


_NO_DIRECTION = Qt.Orientation(0)  # made once: building an empty flag value is not free


class FlowLayout(QLayout):
    """Buttons in a row that continues on the next line when the row is too narrow.

    A row of long button labels (Spanish, large text) would otherwise set the window's
    minimum width. Items keep their size hints; ``trailing`` items go to the right end of
    the last line, like the buttons after a stretch in a ``QHBoxLayout``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing: set[int] = set()
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_trailing(self, widget: QWidget) -> None:
        self.addWidget(widget)
        self._trailing.add(id(self._items[-1]))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._trailing.discard(id(item))
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return _NO_DIRECTION

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap() if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            if apply:
                leading = [item for item in line if id(item) not in self._trailing]
                trailing = [item for item in line if id(item) in self._trailing]
                x = area.x()
                for item in leading:
                    hint = item.sizeHint()
                    item.setGeometry(QRect(QPoint(x, y), QSize(hint.width(), height)))
                    x += hint.width() + gap
                x = area.right() + 1
                for item in reversed(trailing):
                    hint = item.sizeHint()
                    x -= hint.width()
                    item.setGeometry(QRect(QPoint(x, y), QSize(hint.width(), height)))
                    x -= gap
            y += height + gap
        return max(0, y - gap - area.y()) + margins.top() + margins.bottom()


def hbox(*widgets: QWidget, stretch_end: bool = True) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_end:
        layout.addStretch(1)
    return layout
