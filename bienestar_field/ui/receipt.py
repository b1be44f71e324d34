"""The registration receipt: folio, date, programs and a QR code of the folio.

It carries no more personal data than needed: no name, no CURP, no address. The folio is
what the family shows at a module to find the record. Painting works on any paint device,
so the same code writes a PDF (``QPdfWriter``, off the GUI thread) and prints (``QPrinter``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import fill, format_long_date, translate
from bienestar_field.ui.screen_fit import FRAME, available_area, fit_to_screen
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import WrappingLabel

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    program: str
    folio: str


@dataclass(frozen=True, slots=True)
class Receipt:
    folio: str  # household or person folio
    issued_on: date
    kind: str  # "household" or "person"
    members: int = 0
    programs: tuple[ReceiptLine, ...] = field(default_factory=tuple)
    device: str = ""  # the device by its office and code (``DeviceCode.label``)
    # When to come back and what to bring (from the catalog's module schedule and the
    # programs' documents): already worded, see ``calendar_texts.visit_and_bring``.
    visit: str = ""
    bring: str = ""


class DeviceCode:
    """This device as people name it: its office and its short code, never a hex id.

    Read once per unlock, off the GUI thread (``Casebook.device_fingerprint`` reads the
    database, the office is in the sealed enrolment); the shell fetches both in the
    background right after unlocking and every page shares this holder. Until they arrive
    (the first queued job, so in practice before anyone can ask) receipts go without them.
    """

    def __init__(self, value: str = "", office: str = "") -> None:
        self.value = value
        self.office = office

    @classmethod
    def fetch(cls, casebook: Casebook, runner: TaskRunner) -> DeviceCode:
        code = cls()
        # Imported here, after unlocking (the window shows without it), on the GUI thread.
        from bienestar_field.sync.store import SyncStoreError, load_identity

        def read() -> tuple[str, str]:
            try:
                identity = load_identity(casebook)
            except SyncStoreError:
                identity = None  # a damaged enrolment: the code alone still names the device
            return casebook.device_fingerprint(), identity.office if identity else ""

        runner.run_in_background(read, code._arrived, lambda _exc: None)
        return code

    def _arrived(self, found: tuple[str, str]) -> None:
        self.value, self.office = found

    def label(self) -> str:
        """The office and the code ("Oaxaca Centro · equipo 7KQ2M0"); the code alone before
        enrolment."""
        if not self.value:
            return ""
        if self.office:
            return fill(translate("Receipt", "%1 · equipo %2"), self.office, self.value)
        return fill(translate("Receipt", "Equipo %1"), self.value)


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` as rows of dark (True) and light modules."""
    import segno  # only when a receipt is drawn, not at start-up

    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


# The Secretaría's public information line (toll-free) [press: confirm against gob.mx/bienestar
# before a release, like the other facts marked so in DOMAIN.md].
# No-break spaces: a phone number split across two lines is misread.
HELP_LINE = "800\u00a0639\u00a042\u00a064"


def next_steps(receipt: Receipt) -> list[str]:
    """What the person does now, in the order they will need it."""
    steps = [
        translate(
            "Receipt",
            "Guarde este comprobante: el folio es lo que le pedirán para cualquier trámite.",
        )
    ]
    if receipt.programs:
        steps.append(
            translate(
                "Receipt",
                "Su solicitud se revisará. Puede consultar cómo va con su folio en cualquier "
                "Módulo de Bienestar o en la Línea del Bienestar.",
            )
        )
    else:
        steps.append(
            translate(
                "Receipt",
                "Para solicitar un programa más adelante, lleve este folio a un Módulo de "
                "Bienestar.",
            )
        )
    steps.append(
        translate(
            "Receipt",
            "Si cambia de domicilio o de teléfono, avise en un Módulo de Bienestar.",
        )
    )
    return steps


def help_line() -> str:
    return fill(
        translate("Receipt", "¿Dudas? Línea del Bienestar: %1 (llamada sin costo)"), HELP_LINE
    )


@dataclass(frozen=True, slots=True)
class PrintedLine:
    """One paragraph of the receipt, as printed: its size in hundredths of the page's width."""

    text: str
    size: float
    bold: bool = False
    one_line: bool = False  # a folio is read out and typed at a module: never broken
    space_before: float = 0.0


def receipt_lines(receipt: Receipt) -> list[PrintedLine]:
    """What the receipt says, top to bottom (the QR code aside)."""
    lines = [
        PrintedLine(translate("Receipt", "Secretaría de Bienestar"), 3.0, bold=True),
        PrintedLine(translate("Receipt", "Comprobante de registro"), 5.0, bold=True),
        PrintedLine(
            translate("Receipt", "Folio del hogar")
            if receipt.kind == "household"
            else translate("Receipt", "Folio de la persona"),
            2.8,
            space_before=2,
        ),
        PrintedLine(receipt.folio, 6.0, bold=True, one_line=True),
        # The date once, in words: "01/12/2026" above "1 de diciembre de 2026" read as two.
        PrintedLine(
            fill(translate("Receipt", "Fecha: %1"), format_long_date(receipt.issued_on)), 2.8
        ),
    ]
    if receipt.kind == "household" and receipt.members:
        lines.append(
            PrintedLine(translate("Receipt", "Personas registradas") + f": {receipt.members}", 2.8)
        )
    if receipt.programs:
        lines.append(
            PrintedLine(
                translate("Receipt", "Programas solicitados"), 3.4, bold=True, space_before=2
            )
        )
        lines += [
            PrintedLine(
                f"• {line.program} — " + translate("Receipt", "folio") + f" {line.folio}", 2.6
            )
            for line in receipt.programs
        ]
    else:
        lines.append(
            PrintedLine(
                translate("Receipt", "Sin solicitudes de programas por ahora."), 2.6, space_before=2
            )
        )
    if receipt.visit or receipt.bring:
        lines.append(
            PrintedLine(translate("Receipt", "Su próxima visita"), 3.4, bold=True, space_before=2)
        )
        lines += [PrintedLine(text, 2.6) for text in (receipt.visit, receipt.bring) if text]
    lines.append(
        PrintedLine(translate("Receipt", "Próximos pasos"), 3.4, bold=True, space_before=2)
    )
    lines += [PrintedLine(f"• {step}", 2.6) for step in next_steps(receipt)]
    lines.append(PrintedLine(help_line(), 2.6, bold=True, space_before=1.5))
    lines.append(
        PrintedLine(translate("Receipt", "Este comprobante no contiene datos personales."), 2.2)
    )
    if receipt.device:
        lines.append(PrintedLine(receipt.device, 2.2))
    return lines


def paint_receipt(painter: QPainter, page: QRectF, receipt: Receipt) -> None:
    """Draw the receipt inside ``page`` (device units)."""
    unit = page.width() / 100.0
    painter.save()
    painter.fillRect(page, QColor("white"))
    painter.setPen(QColor("black"))
    y = page.top()
    width = page.width() * 0.62
    for line in receipt_lines(receipt):
        y += line.space_before * unit
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(1, int(line.size * unit)))
        font.setBold(line.bold)
        if line.one_line:
            while font.pixelSize() > 1 and QFontMetricsF(font).horizontalAdvance(line.text) > width:
                font.setPixelSize(font.pixelSize() - 1)
        painter.setFont(font)
        # As tall as the page leaves: a long step (in English, say) wraps, never clips.
        box = QRectF(page.left(), y, width, max(page.bottom() - y, line.size * unit * 2))
        used = painter.boundingRect(box, int(Qt.TextFlag.TextWordWrap), line.text)
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap), line.text)
        y += used.height() + line.size * unit * 0.4

    # QR of the folio, top right, drawn as vector squares so it prints sharp.
    modules = qr_modules(receipt.folio)
    size = page.width() * 0.30
    cell = size / (len(modules) + 8)
    left = page.right() - size
    top = page.top()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for row_index, row in enumerate(modules):
        for col_index, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRectF(
                        left + (col_index + 4) * cell,
                        top + (row_index + 4) * cell,
                        cell,
                        cell,
                    )
                )
    painter.restore()


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, 18, 18, 18),
        QPageLayout.Unit.Millimeter,
    )


def paint_on(device: QPagedPaintDevice, receipt: Receipt) -> None:
    device.setPageLayout(_page_layout())
    painter = QPainter(device)
    try:
        rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
        paint_receipt(painter, QRectF(0, 0, rect.width(), rect.height()), receipt)
    finally:
        painter.end()


def write_pdf(path: Path, receipt: Receipt) -> Path:
    """Write the receipt as a one-page PDF (safe to call off the GUI thread)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("Receipt", "Comprobante de registro"))
    writer.setCreator("Bienestar Field")
    paint_on(writer, receipt)
    return path


def preview_size() -> QSizeF:
    return _page_layout().fullRectPoints().size().toSizeF()


class _PreviewArea(QScrollArea):
    """Shows the whole preview where there is room, and scrolls it where there is not."""

    def __init__(self, preview: QLabel) -> None:
        super().__init__()
        self.setWidget(preview)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def sizeHint(self) -> QSize:
        widget = self.widget()
        return widget.sizeHint() if widget is not None else super().sizeHint()


class ReceiptDialog(QDialog):
    """Preview of the receipt with print and save-as-PDF; the work runs in the background."""

    def __init__(self, receipt: Receipt, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receipt = receipt
        self._runner = runner
        self.setWindowTitle(self.tr("Comprobante de registro"))
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Vista previa del comprobante"))
        self.preview.setPixmap(self.render_preview(520, self._preview_height_budget()))
        self.status = WrappingLabel()
        self.print_button = QPushButton(self.tr("&Imprimir…"))
        # Its own shortcut: setShortcut would have replaced the underlined letter's.
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.click)
        self.pdf_button = QPushButton(self.tr("&Guardar como PDF…"))
        self.close_button = QPushButton(self.tr("&Cerrar"))
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_PreviewArea(self.preview), 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        # Its whole preview where the screen has room (a top-level window otherwise opens at
        # two thirds of the screen's height, and the preview would scroll for nothing).
        wanted = self.sizeHint()
        fit_to_screen(self, wanted.width(), wanted.height())

    def _preview_height_budget(self) -> int:
        """What the screen leaves for the preview once the buttons and a message have room."""
        lines = 6 * self.fontMetrics().height()
        return max(200, min(560, available_area(self).height() - FRAME.height() - lines))

    def render_preview(self, width: int, max_height: int = 560) -> QPixmap:
        page = preview_size()
        height = int(width * page.height() / page.width())
        image = QImage(width, height, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            margin = width * 0.08
            paint_receipt(
                painter,
                QRectF(margin, margin, width - 2 * margin, height - 2 * margin),
                self.receipt,
            )
        finally:
            painter.end()
        return QPixmap.fromImage(image).scaledToHeight(
            min(height, max_height), Qt.TransformationMode.SmoothTransformation
        )

    def ask_pdf_path(self) -> None:
        suggested = str(Path.home() / f"comprobante-{self.receipt.folio}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar comprobante"), suggested, self.tr("Documento PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        receipt = self.receipt
        self.status.setText(self.tr("Guardando el PDF…"))
        self._runner.run_in_background(
            lambda: write_pdf(path, receipt),
            lambda saved: self.status.setText(
                fill(self.tr("Comprobante guardado en %1"), str(saved))
            ),
            lambda exc: self.status.setText(describe_error(exc)),
            owner=self,
        )

    def print_receipt(self) -> None:
        # Qt's print support is a library of its own: loaded the first time someone prints.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimir comprobante"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        receipt = self.receipt
        self.status.setText(self.tr("Imprimiendo…"))
        self._runner.run_in_background(
            lambda: paint_on(printer, receipt),
            lambda _none: self.status.setText(self.tr("Comprobante enviado a la impresora.")),
            lambda exc: self.status.setText(describe_error(exc)),
            owner=self,
        )
