"""A person's ARCO requests and Mi Bienestar card, each in a dialog opened from the person window.

``ArcoDialog`` lists the person's requests (access, rectification, cancellation, opposition),
records a new one and answers the one selected: an access request prints the person's whole
record as a PDF; a rectification opens the person's data to correct (``RectifyDialog``, the
edit use case, linked to the request); a cancellation closes the record; any request may be
refused with its legal ground. ``CardDialog`` shows whether the person holds a working card and
records a delivery, a reported loss or theft, or a replacement: only the last four digits are
accepted, by the field itself (four digits, nothing else) and again by the domain.

Nothing is decided here: the rules live in ``domain/arco.py`` and ``domain/cards.py``; the
dialogs hand what was typed to one casebook use case on the worker and show what the domain
refused beside its field.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRegularExpressionValidator,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.casebook.arco import FullRecord
from bienestar_field.domain.arco import (
    ArcoChannel,
    ArcoRequest,
    ArcoRight,
    ArcoStatus,
    RefusalGround,
)
from bienestar_field.domain.cards import (
    CardEvent,
    CardEventKind,
    CardState,
    CardStatus,
    IdentityDocument,
    ReceiptMark,
    card_status,
)
from bienestar_field.domain.people import Person
from bienestar_field.domain.validation import FieldError
from bienestar_field.platform.files import replacing
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.person_form import PersonForm, casebook_today
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    Field,
    add_row,
    combo,
    combo_value,
    date_edit,
    labelled_check,
    new_form,
    scrolling,
    title_label,
    wrapping_label,
)

# --- words ------------------------------------------------------------------------------------


def right_label(value: ArcoRight) -> str:
    return {
        ArcoRight.ACCESO: translate("Arco", "Acceso"),
        ArcoRight.RECTIFICACION: translate("Arco", "Rectificación"),
        ArcoRight.CANCELACION: translate("Arco", "Cancelación"),
        ArcoRight.OPOSICION: translate("Arco", "Oposición"),
    }[value]


def channel_label(value: ArcoChannel) -> str:
    return {
        ArcoChannel.EN_PERSONA: translate("Arco", "En persona"),
        ArcoChannel.ESCRITO: translate("Arco", "Por escrito"),
        ArcoChannel.TELEFONO: translate("Arco", "Por teléfono"),
        ArcoChannel.CORREO: translate("Arco", "Por correo electrónico"),
        ArcoChannel.PLATAFORMA: translate("Arco", "Plataforma Nacional de Transparencia"),
    }[value]


def arco_status_label(value: ArcoStatus) -> str:
    return {
        ArcoStatus.PENDIENTE: translate("Arco", "Pendiente"),
        ArcoStatus.ATENDIDA: translate("Arco", "Atendida"),
        ArcoStatus.IMPROCEDENTE: translate("Arco", "Improcedente"),
    }[value]


def ground_label(value: RefusalGround) -> str:
    return {
        RefusalGround.IDENTIDAD_NO_ACREDITADA: translate(
            "Arco", "No se acreditó la identidad o la representación"
        ),
        RefusalGround.DATOS_NO_EN_POSESION: translate(
            "Arco", "Los datos no están en posesión de la Secretaría"
        ),
        RefusalGround.OBLIGACION_LEGAL: translate(
            "Arco", "Una ley obliga a conservar o tratar los datos"
        ),
        RefusalGround.PROCEDIMIENTO_EN_CURSO: translate(
            "Arco", "Obstaculizaría un procedimiento judicial o administrativo"
        ),
        RefusalGround.YA_ATENDIDA: translate("Arco", "La misma solicitud ya fue atendida"),
        RefusalGround.OTRA_CAUSA_LEGAL: translate("Arco", "Otra causa legal (en la nota)"),
    }[value]


def card_kind_label(value: CardEventKind) -> str:
    return {
        CardEventKind.ENTREGA: translate("Arco", "Entrega de tarjeta"),
        CardEventKind.EXTRAVIO: translate("Arco", "Reporte de extravío"),
        CardEventKind.ROBO: translate("Arco", "Reporte de robo"),
        CardEventKind.REPOSICION: translate("Arco", "Reposición de tarjeta"),
    }[value]


def document_label(value: IdentityDocument) -> str:
    return {
        IdentityDocument.INE: translate("Arco", "Credencial para votar (INE)"),
        IdentityDocument.PASAPORTE: translate("Arco", "Pasaporte"),
        IdentityDocument.INAPAM: translate("Arco", "Credencial del INAPAM"),
        IdentityDocument.CONSTANCIA: translate("Arco", "Constancia de identidad"),
        IdentityDocument.OTRO: translate("Arco", "Otra identificación oficial"),
    }[value]


def mark_label(value: ReceiptMark) -> str:
    return {
        ReceiptMark.FIRMA: translate("Arco", "Firma"),
        ReceiptMark.HUELLA: translate("Arco", "Huella"),
    }[value]


def card_status_text(status: CardStatus) -> str:
    """One line for the person window: whether the person holds a working card."""
    if status.state is CardState.NINGUNA:
        return translate("Arco", "Tarjeta Mi Bienestar: sin entregar")
    if status.state is CardState.REPORTADA:
        template = (
            translate("Arco", "Tarjeta Mi Bienestar ····%1 reportada como robada el %2")
            if status.reported is CardEventKind.ROBO
            else translate("Arco", "Tarjeta Mi Bienestar ····%1 reportada como extraviada el %2")
        )
        return i18n.fill(template, status.last_four, i18n.format_date(status.since))
    template = (
        translate("Arco", "Tarjeta Mi Bienestar ····%1 (reposición) vigente desde el %2")
        if status.replaced
        else translate("Arco", "Tarjeta Mi Bienestar ····%1 entregada el %2")
    )
    return i18n.fill(template, status.last_four, i18n.format_date(status.since))


# --- the whole record as a PDF (an access request) ---------------------------------------------


def _heading(tag: str, words: str) -> str:
    return f"<{tag}>{html.escape(words)}</{tag}>"


def record_html(record: FullRecord, program_names: Mapping[str, str] | None = None) -> str:
    """The person's whole record as simple HTML, in the language shown."""
    e = html.escape
    person = record.person

    def rows(pairs: list[tuple[str, str]]) -> str:
        return "".join(f"<tr><th align='left'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in pairs)

    parts = [
        _heading("h1", translate("Arco", "Sus datos personales en el padrón de Bienestar")),
        _heading("p", translate("Arco", "Respuesta a su solicitud de acceso (derechos ARCO).")),
        _heading("h2", translate("Arco", "Persona")),
        "<table cellpadding='3'>",
        rows(
            [
                (translate("Arco", "Folio"), person.folio or ""),
                (translate("Arco", "CURP"), person.curp),
                (translate("Arco", "Nombre(s)"), person.nombres),
                (translate("Arco", "Primer apellido"), person.primer_apellido),
                (translate("Arco", "Segundo apellido"), person.segundo_apellido or ""),
                (translate("Arco", "Fecha de nacimiento"), i18n.format_date(person.birth_date)),
                (translate("Arco", "Sexo"), i18n.sex_label(person.sex)),
                (translate("Arco", "Entidad de nacimiento"), person.birth_state),
                (translate("Arco", "Teléfono"), person.phone or ""),
                (
                    translate("Arco", "Discapacidad"),
                    i18n.disability_label(person.disability.kind) if person.disability else "",
                ),
                (
                    translate("Arco", "Se reconoce indígena"),
                    translate("Arco", "Sí") if person.indigenous else translate("Arco", "No"),
                ),
                (
                    translate("Arco", "Se reconoce afromexicana"),
                    translate("Arco", "Sí") if person.afromexican else translate("Arco", "No"),
                ),
                (translate("Arco", "Notas"), person.notes),
                (
                    translate("Arco", "Registro cancelado el"),
                    i18n.format_date(person.cancelled_on) if person.cancelled_on else "",
                ),
            ]
        ),
        "</table>",
    ]
    if record.household is not None:
        address = record.household.address
        parts += [
            _heading("h2", translate("Arco", "Hogar y domicilio")),
            "<table cellpadding='3'>",
            rows(
                [
                    (translate("Arco", "Folio del hogar"), record.household.folio or ""),
                    (translate("Arco", "Localidad"), address.locality_name),
                    (
                        translate("Arco", "Calle"),
                        f"{address.street_name} {address.exterior_number}".strip(),
                    ),
                    (translate("Arco", "Colonia"), address.settlement_name),
                    (translate("Arco", "Código postal"), address.postal_code),
                ]
            ),
            "</table>",
        ]
    parts.append(_heading("h2", translate("Arco", "Programas")))
    if not record.enrolments:
        parts.append(_heading("p", translate("Arco", "Ninguno.")))
    recorded_checks = translate("Arco", "%1 corresponsabilidades registradas")
    for enrolment in record.enrolments:
        checks = i18n.fill(recorded_checks, len(record.checks.get(enrolment.id, [])))
        # The program by its name for the person reading it; its code only where unknown.
        program = (program_names or {}).get(enrolment.program_code, enrolment.program_code)
        line = " · ".join([program, enrolment.folio or "", i18n.status_label(enrolment.status)])
        parts.append(f"<p>{e(line)} · {e(checks)}</p>")
    parts.append(_heading("h2", translate("Arco", "Tarjeta Mi Bienestar")))
    parts.append(f"<p>{e(card_status_text(card_status(record.card_events)))}</p>")
    for event in record.card_events:
        digits = f" ····{event.last_four}" if event.last_four else ""
        parts.append(
            f"<p>{e(i18n.format_date(event.on))} · {e(card_kind_label(event.kind))}{e(digits)}</p>"
        )
    parts.append(_heading("h2", translate("Arco", "Solicitudes ARCO")))
    for request in record.requests:
        parts.append(
            f"<p>{e(i18n.format_date(request.received_on))} · {e(right_label(request.right))} · "
            f"{e(arco_status_label(request.status))}</p>"
        )
    return "".join(parts)


def write_record_pdf(
    path: Path, record: FullRecord, program_names: Mapping[str, str] | None = None
) -> Path:
    """Write the record as a PDF, atomically: the file at ``path`` is whole or not there.
    Safe off the GUI thread."""
    with replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(300)
        writer.setTitle(translate("Arco", "Sus datos personales en el padrón de Bienestar"))
        writer.setCreator("Bienestar Field")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        document = QTextDocument()
        document.setHtml(record_html(record, program_names))
        document.print_(writer)
        del writer  # closes the file before it is renamed into place
    return path


def suggested_pdf_name(person: Person) -> str:
    """A file name with the folio: never the CURP (DOMAIN.md: no CURP in file names)."""
    return f"expediente-{person.folio or 'persona'}.pdf"


# --- the frame --------------------------------------------------------------------------------


class _FormDialog(QDialog):
    """A form and its errors, saved through one casebook call on the worker."""

    saved = Signal(object)

    def __init__(self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.fields: dict[str, Field] = {}
        self.error = ErrorLabel()
        self._saving = False

    def today(self) -> date:
        return self._casebook.today()

    def read_date(self, edit: QLineEdit, field: str) -> tuple[date | None, bool]:
        typed = edit.text().strip()
        if not typed:
            self.fields[field].error.show_message(self.tr("Escriba la fecha (DD/MM/AAAA)."))
            return None, False
        parsed = i18n.parse_date(typed)
        if parsed is None:
            self.fields[field].error.show_message(
                self.tr("Escriba la fecha como DD/MM/AAAA, por ejemplo 07/03/2026.")
            )
            return None, False
        return parsed, True

    def clear_errors(self) -> None:
        self.error.clear_message()
        for field in self.fields.values():
            field.error.clear_message()

    def run(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        if self._saving:
            return
        self._saving = True

        def succeeded(result: object) -> None:
            self._saving = False
            done(result)

        self._runner.run_in_background(work, succeeded, self._failed, owner=self, writes=True)

    def _failed(self, exc: Exception) -> None:
        self._saving = False
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.errors)
        else:
            self.error.show_message(describe_error(exc))

    def show_errors(self, errors: list[FieldError]) -> None:
        first: Field | None = None
        for error in errors:
            field = self.fields.get(error.field)
            if field is None:
                self.error.append_message(i18n.domain_text(error.text))
                continue
            field.error.append_message(i18n.domain_text(error.text))
            first = first or field
        if first is not None:
            first.editor.setFocus()


def _table(model: TableModel[object], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _note() -> QPlainTextEdit:
    note = QPlainTextEdit()
    note.setTabChangesFocus(True)
    note.setMaximumHeight(70)
    return note


# --- ARCO -------------------------------------------------------------------------------------


def arco_columns() -> tuple[Column[ArcoRequest], ...]:
    return (
        Column(
            "received", translate("Arco", "Recibida"), lambda r: i18n.format_date(r.received_on)
        ),
        Column("right", translate("Arco", "Derecho"), lambda r: right_label(r.right)),
        Column("channel", translate("Arco", "Medio"), lambda r: channel_label(r.channel)),
        Column("status", translate("Arco", "Respuesta"), lambda r: arco_status_label(r.status)),
        Column(
            "resolved",
            translate("Arco", "Fecha de respuesta"),
            lambda r: i18n.format_date(r.resolved_on) if r.resolved_on else "",
        ),
        Column("asked", translate("Arco", "Lo que solicita"), lambda r: r.request_text),
    )


class ArcoDialog(_FormDialog):
    """The person's ARCO requests: history, a new request, and the answer to one."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        self.person = person
        self.requests: list[ArcoRequest] = []
        self.setWindowTitle(self.tr("Derechos ARCO"))
        fit_to_screen(self, 860, 720)
        heading = title_label(
            i18n.fill(self.tr("Derechos ARCO de %1"), person.full_name), "subtitle"
        )
        intro = wrapping_label(
            self.tr(
                "Registre aquí cada solicitud de acceso, rectificación, cancelación u oposición "
                "de la persona sobre sus datos personales, y su respuesta. Las solicitudes no se "
                "borran: quedan en su historial."
            )
        )
        self.model: TableModel[ArcoRequest] = TableModel(arco_columns(), self)
        self.table = _table(self.model, self.tr("Solicitudes ARCO"))  # type: ignore[arg-type]

        # A new request.
        new_form_layout = new_form()
        self.right = combo(
            [(self.tr("Elija…"), "")] + [(right_label(r), r.value) for r in ArcoRight]
        )
        self.channel = combo([(channel_label(c), c.value) for c in ArcoChannel])
        self.received = date_edit(self.tr("DD/MM/AAAA"))
        self.received.setText(i18n.format_date(self.today()))
        self.request_text = _note()
        self.opposition_scope = QLineEdit()
        self.handled_by = QLineEdit(casebook.user.name)
        self.fields["right"] = add_row(
            new_form_layout, self.tr("Derecho"), self.right, required=True
        )
        self.fields["channel"] = add_row(
            new_form_layout, self.tr("Medio"), self.channel, required=True
        )
        self.fields["received_on"] = add_row(
            new_form_layout, self.tr("Fecha de recepción"), self.received, required=True
        )
        self.fields["request_text"] = add_row(
            new_form_layout, self.tr("Lo que solicita"), self.request_text, required=True
        )
        self.fields["opposition_scope"] = add_row(
            new_form_layout, self.tr("Tratamiento al que se opone"), self.opposition_scope
        )
        self.fields["handled_by"] = add_row(
            new_form_layout, self.tr("Recibió"), self.handled_by, required=True
        )
        self.record_button = QPushButton(self.tr("&Registrar solicitud"))

        # The answer to the selected request.
        answer_form = new_form()
        self.selected_text = wrapping_label(self.tr("Elija una solicitud pendiente de la lista."))
        self.resolved = date_edit(self.tr("DD/MM/AAAA"))
        self.resolved.setText(i18n.format_date(self.today()))
        self.ground = combo(
            [(self.tr("Elija…"), "")] + [(ground_label(g), g.value) for g in RefusalGround]
        )
        self.note = _note()
        self.fields["resolved_on"] = add_row(
            answer_form, self.tr("Fecha de respuesta"), self.resolved, required=True
        )
        self.fields["refusal_ground"] = add_row(
            answer_form, self.tr("Causa de improcedencia"), self.ground
        )
        self.fields["note"] = add_row(answer_form, self.tr("Nota de la respuesta"), self.note)
        self.pdf_button = QPushButton(self.tr("Expediente en &PDF…"))
        self.attend_button = QPushButton(self.tr("&Atender"))
        self.refuse_button = QPushButton(self.tr("&Improcedente"))
        self.status = wrapping_label()
        self.close_button = QPushButton(self.tr("&Cerrar"))
        self.close_button.setAutoDefault(False)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(title_label(self.tr("Nueva solicitud"), "subtitle"))
        layout.addLayout(new_form_layout)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(title_label(self.tr("Respuesta"), "subtitle"))
        layout.addWidget(self.selected_text)
        layout.addLayout(answer_form)
        answer_buttons = QHBoxLayout()
        for button in (self.pdf_button, self.attend_button, self.refuse_button):
            answer_buttons.addWidget(button)
        answer_buttons.addStretch(1)
        layout.addLayout(answer_buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        self.record_button.clicked.connect(self.record)
        self.attend_button.clicked.connect(self.attend)
        self.refuse_button.clicked.connect(self.refuse)
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.close_button.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self._selection_changed()
        self.reload()

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        casebook, person_id = self._casebook, self.person.id
        self._runner.run_in_background(
            lambda: casebook.arco.of_person(person_id),
            self._show,
            lambda exc: self.error.show_message(describe_error(exc)),
            owner=self,
        )

    def _show(self, requests: list[ArcoRequest]) -> None:
        self.requests = requests
        self.model.set_rows(requests)
        self._selection_changed()

    def selected(self) -> ArcoRequest | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.requests[rows[0].row()]

    def select(self, request_id: str) -> None:
        for row, request in enumerate(self.requests):
            if request.id == request_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        request = self.selected()
        pending = request is not None and request.status is ArcoStatus.PENDIENTE
        for button in (self.attend_button, self.refuse_button):
            button.setEnabled(pending)
        self.pdf_button.setEnabled(request is not None and request.right is ArcoRight.ACCESO)
        if request is None:
            self.selected_text.setText(self.tr("Elija una solicitud pendiente de la lista."))
            return
        what = {
            ArcoRight.ACCESO: self.tr(
                "Acceso: entregue a la persona su expediente completo en PDF y después "
                "márquela como atendida."
            ),
            ArcoRight.RECTIFICACION: self.tr(
                "Rectificación: «Atender» abre sus datos para corregirlos; el cambio queda "
                "ligado a esta solicitud."
            ),
            ArcoRight.CANCELACION: self.tr(
                "Cancelación: «Atender» cierra el registro de la persona y da de baja sus "
                "inscripciones. Se borran su teléfono y las notas; se conservan su identidad y "
                "el historial de pagos que la ley obliga a guardar. Nada se elimina."
            ),
            ArcoRight.OPOSICION: i18n.fill(
                self.tr("Oposición al tratamiento: %1"), request.opposition_scope
            ),
        }[request.right]
        self.selected_text.setText(
            i18n.fill(
                self.tr("%1 · recibida el %2 · %3. %4"),
                right_label(request.right),
                i18n.format_date(request.received_on),
                arco_status_label(request.status),
                what,
            )
        )

    # --- a new request ------------------------------------------------------------------------

    def record(self) -> None:
        self.clear_errors()
        value = combo_value(self.right)
        if not value:
            self.fields["right"].error.show_message(self.tr("Elija el derecho que ejerce."))
            self.right.setFocus()
            return
        received, ok = self.read_date(self.received, "received_on")
        if not ok or received is None:
            return
        request = ArcoRequest(
            id="",
            person_id=self.person.id,
            right=ArcoRight(value),
            received_on=received,
            channel=ArcoChannel(combo_value(self.channel)),
            request_text=self.request_text.toPlainText(),
            handled_by=self.handled_by.text(),
            opposition_scope=self.opposition_scope.text(),
        )
        casebook, today = self._casebook, self.today()

        def recorded(result: object) -> None:
            assert isinstance(result, ArcoRequest)
            self.request_text.clear()
            self.opposition_scope.clear()
            self.right.setCurrentIndex(0)
            self.status.setText(self.tr("Solicitud registrada."))
            self.saved.emit(result)

            def shown(requests: list[ArcoRequest]) -> None:
                self._show(requests)
                self.select(result.id)

            person_id = self.person.id
            self._runner.run_in_background(
                lambda: casebook.arco.of_person(person_id), shown, owner=self
            )

        self.run(lambda: casebook.arco.record(request, today=today), recorded)

    # --- the answer ---------------------------------------------------------------------------

    def _answered(self, result: object) -> None:
        self.note.clear()
        self.ground.setCurrentIndex(0)
        self.status.setText(self.tr("Respuesta guardada."))
        self.saved.emit(result)
        self.reload()

    def attend(self) -> None:
        self.clear_errors()
        request = self.selected()
        if request is None:
            return
        resolved, ok = self.read_date(self.resolved, "resolved_on")
        if not ok:
            return
        casebook, note, today = self._casebook, self.note.toPlainText(), self.today()
        if request.right is ArcoRight.RECTIFICACION:
            dialog = RectifyDialog(casebook, self._runner, request, resolved, note, self)
            dialog.saved.connect(self._answered)
            dialog.open()
            return
        if request.right is ArcoRight.CANCELACION:
            self.run(
                lambda: casebook.arco.cancel(
                    request.id, resolved, note, version=request.version, today=today
                ),
                self._answered,
            )
            return
        self.run(
            lambda: casebook.arco.answer(
                request.id,
                ArcoStatus.ATENDIDA,
                resolved,
                None,
                note,
                version=request.version,
                today=today,
            ),
            self._answered,
        )

    def refuse(self) -> None:
        self.clear_errors()
        request = self.selected()
        if request is None:
            return
        resolved, ok = self.read_date(self.resolved, "resolved_on")
        if not ok:
            return
        value = combo_value(self.ground)
        ground = RefusalGround(value) if value else None
        casebook, note, today = self._casebook, self.note.toPlainText(), self.today()
        self.run(
            lambda: casebook.arco.answer(
                request.id,
                ArcoStatus.IMPROCEDENTE,
                resolved,
                ground,
                note,
                version=request.version,
                today=today,
            ),
            self._answered,
        )

    def ask_pdf_path(self) -> None:
        suggested = str(Path.home() / suggested_pdf_name(self.person))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Guardar expediente"), suggested, self.tr("Documento PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        casebook, person_id = self._casebook, self.person.id
        names = {program.code: i18n.catalog_text(program.label) for program in casebook.catalog}
        self.status.setText(self.tr("Guardando el PDF…"))
        self._runner.run_in_background(
            lambda: write_record_pdf(path, casebook.arco.full_record(person_id), names),
            lambda saved: self.status.setText(
                i18n.fill(self.tr("Expediente guardado en %1"), str(saved))
            ),
            lambda exc: self.status.setText(describe_error(exc)),
            owner=self,
        )


class RectifyDialog(_FormDialog):
    """The person's data to correct, saved as the answer to a rectification request."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        request: ArcoRequest,
        resolved_on: date | None,
        note: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        self.request, self.resolved_on, self.answer_note = request, resolved_on, note
        self.setWindowTitle(self.tr("Rectificación de datos"))
        fit_to_screen(self, 760, 680)
        self.form = PersonForm(household=True, today=casebook_today(casebook.now))
        self.save_button = QPushButton(self.tr("&Guardar la rectificación"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancelar"))
        self.cancel_button.setAutoDefault(False)
        intro = wrapping_label(
            i18n.fill(
                self.tr(
                    "Corrija los datos que la persona pidió rectificar («%1»). Los datos "
                    "anteriores quedan en el historial y la solicitud queda atendida."
                ),
                request.request_text,
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scrolling(self.form), 1)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.person: Person | None = None
        person_id = request.person_id
        self._runner.run_in_background(
            lambda: casebook.people.get(person_id), self._loaded, self._failed, owner=self
        )

    def _loaded(self, person: Person) -> None:
        self.person = person
        if person.household_id is None:
            self.form.relationship_field_visible(False)
        self.form.set_person(person)

    def submit(self) -> None:
        self.clear_errors()
        if self.person is None:
            return
        person, errors = self.form.build(self.today())
        self.form.show_errors(errors)
        if person is None:
            return
        casebook, request, today = self._casebook, self.request, self.today()
        resolved, note = self.resolved_on, self.answer_note

        def done(result: object) -> None:
            self.saved.emit(result)
            self.accept()

        self.run(
            lambda: casebook.arco.rectify(
                request.id, person, resolved, note, version=request.version, today=today
            ),
            done,
        )

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationFailed):
            self._saving = False
            self.form.show_errors(exc.errors)
            self.show_errors(
                [e for e in exc.errors if e.field in ("resolved_on", "status", "note")]
            )
            return
        super()._failed(exc)


# --- the card ---------------------------------------------------------------------------------


def card_columns() -> tuple[Column[CardEvent], ...]:
    return (
        Column("on", translate("Arco", "Fecha"), lambda e: i18n.format_date(e.on)),
        Column("kind", translate("Arco", "Movimiento"), lambda e: card_kind_label(e.kind)),
        Column(
            "card",
            translate("Arco", "Tarjeta"),
            lambda e: f"····{e.last_four}" if e.last_four else "",
        ),
        Column("place", translate("Arco", "Lugar"), lambda e: e.place),
        Column(
            "mark",
            translate("Arco", "Recibió con"),
            lambda e: mark_label(e.receipt_mark) if e.receipt_mark else "",
        ),
        Column("by", translate("Arco", "Atendió"), lambda e: e.handled_by),
    )


class CardDialog(_FormDialog):
    """The person's Mi Bienestar card: what they hold now, its history, and a new event."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person: Person,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(casebook, runner, parent)
        self.person = person
        self.setWindowTitle(self.tr("Tarjeta Mi Bienestar"))
        fit_to_screen(self, 820, 680)
        heading = title_label(
            i18n.fill(self.tr("Tarjeta Mi Bienestar de %1"), person.full_name), "subtitle"
        )
        self.status_text = title_label("", "subtitle")
        warning = wrapping_label(
            self.tr(
                "Solo se registran los últimos cuatro dígitos de la tarjeta. Nunca escriba el "
                "número completo, datos bancarios ni el NIP."
            )
        )
        self.model: TableModel[CardEvent] = TableModel(card_columns(), self)
        self.table = _table(self.model, self.tr("Movimientos de la tarjeta"))  # type: ignore[arg-type]

        form = new_form()
        self.kind = combo([(card_kind_label(k), k.value) for k in CardEventKind])
        self.on = date_edit(self.tr("DD/MM/AAAA"))
        self.on.setText(i18n.format_date(self.today()))
        self.last_four = QLineEdit()
        self.last_four.setMaxLength(4)
        self.last_four.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9]{0,4}"), self.last_four)
        )
        self.last_four.setPlaceholderText(self.tr("4 dígitos"))
        self.place = QLineEdit()
        self.document = combo(
            [(self.tr("Elija…"), "")] + [(document_label(d), d.value) for d in IdentityDocument]
        )
        self.identity_checked = QCheckBox()
        self.mark = combo(
            [(self.tr("Elija…"), "")] + [(mark_label(m), m.value) for m in ReceiptMark]
        )
        self.handled_by = QLineEdit(casebook.user.name)
        self.note = _note()
        self.fields["kind"] = add_row(form, self.tr("Movimiento"), self.kind, required=True)
        self.fields["on"] = add_row(form, self.tr("Fecha"), self.on, required=True)
        self.fields["last_four"] = add_row(
            form, self.tr("Últimos cuatro dígitos"), self.last_four, required=True
        )
        self.fields["place"] = add_row(form, self.tr("Lugar de entrega"), self.place, required=True)
        self.fields["identity"] = add_row(
            form, self.tr("Identificación presentada"), self.document, required=True
        )
        self.fields["identity_checked"] = add_row(
            form,
            self.tr("Identificación verificada"),
            labelled_check(
                self.identity_checked, self.tr("Cotejé la identificación con la persona")
            ),
        )
        self.fields["receipt_mark"] = add_row(
            form, self.tr("Firma de recibido"), self.mark, required=True
        )
        self.fields["handled_by"] = add_row(
            form, self.tr("Atendió"), self.handled_by, required=True
        )
        self.fields["note"] = add_row(form, self.tr("Nota"), self.note)
        self.save_button = QPushButton(self.tr("&Registrar"))
        self.close_button = QPushButton(self.tr("&Cerrar"))
        self.close_button.setAutoDefault(False)
        self.saved_text = wrapping_label()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(self.status_text)
        layout.addWidget(warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(title_label(self.tr("Nuevo movimiento"), "subtitle"))
        layout.addLayout(form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved_text)
        layout.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.save_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.accept)
        self._kind_changed()
        self.reload()

    def _kind_changed(self) -> None:
        hands = CardEventKind(combo_value(self.kind)).hands_a_card
        for name in ("last_four", "place", "identity", "identity_checked", "receipt_mark"):
            self.fields[name].setEnabled(hands)
        if not hands:
            self.last_four.clear()

    def reload(self) -> None:
        casebook, person_id = self._casebook, self.person.id
        self._runner.run_in_background(
            lambda: casebook.cards.of_person(person_id),
            self._show,
            lambda exc: self.error.show_message(describe_error(exc)),
            owner=self,
        )

    def _show(self, events: list[CardEvent]) -> None:
        self.model.set_rows(events)
        status = card_status(events)
        self.status_text.setText(card_status_text(status))
        following = {
            CardState.NINGUNA: CardEventKind.ENTREGA,
            CardState.ACTIVA: CardEventKind.EXTRAVIO,
            CardState.REPORTADA: CardEventKind.REPOSICION,
        }[status.state]
        self.kind.setCurrentIndex(self.kind.findData(following.value))

    def submit(self) -> None:
        self.clear_errors()
        on, ok = self.read_date(self.on, "on")
        if not ok or on is None:
            return
        kind = CardEventKind(combo_value(self.kind))
        document = combo_value(self.document)
        mark = combo_value(self.mark)
        hands = kind.hands_a_card
        event = CardEvent(
            id="",
            person_id=self.person.id,
            kind=kind,
            on=on,
            last_four=self.last_four.text() if hands else "",
            place=self.place.text() if hands else "",
            identity_document=IdentityDocument(document) if hands and document else None,
            identity_checked=hands and self.identity_checked.isChecked(),
            receipt_mark=ReceiptMark(mark) if hands and mark else None,
            handled_by=self.handled_by.text(),
            note=self.note.toPlainText(),
        )
        casebook, today = self._casebook, self.today()

        def recorded(result: object) -> None:
            for edit in (self.last_four, self.place):
                edit.clear()
            self.note.clear()
            self.identity_checked.setChecked(False)
            self.saved_text.setText(self.tr("Movimiento registrado."))
            self.saved.emit(result)
            self.reload()

        self.run(lambda: casebook.cards.record(event, today=today), recorded)

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
