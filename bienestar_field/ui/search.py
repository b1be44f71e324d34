"""Search by CURP, folio or name (accents and typos tolerated); open, edit with history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, HistoryEntry, PersonSummary, ValidationFailed
from bienestar_field.domain.enrollments import Enrollment
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person, age_on
from bienestar_field.domain.programs import ProgramCatalog
from bienestar_field.ui import i18n
from bienestar_field.ui.drafts import PERSON_DRAFT, CloseGuard, DraftKeeper
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.history import describe_fields, operation_label
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.person_form import PersonForm
from bienestar_field.ui.receipt import DeviceCode, Receipt, ReceiptDialog, ReceiptLine
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.table_fit import one_line_rows
from bienestar_field.ui.table_model import SORT_ROLE, Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import ErrorLabel, scrolling, title_label, wrapping_label


def person_columns(today: date) -> tuple[Column[PersonSummary], ...]:
    """Search results; birth dates and ages sort as numbers, not as their text."""
    return (
        Column("folio", translate("PersonTableModel", "Folio"), lambda row: row.folio),
        Column(
            "name",
            translate("PersonTableModel", "Nombre"),
            lambda row: row.full_name,
            tooltip=lambda row: row.full_name,
        ),
        Column("curp", translate("PersonTableModel", "CURP"), lambda row: row.curp),
        Column(
            "locality",
            translate("PersonTableModel", "Localidad"),
            lambda row: row.locality,
            tooltip=lambda row: row.locality,
        ),
        Column(
            "birth",
            translate("PersonTableModel", "Nacimiento"),
            lambda row: i18n.format_date(row.birth_date),
            sort_key=lambda row: row.birth_date.toordinal(),
        ),
        Column(
            "age",
            translate("PersonTableModel", "Edad"),
            lambda row: str(age_on(row.birth_date, today)),
            sort_key=lambda row: age_on(row.birth_date, today),
        ),
    )


def enrollment_columns(catalog: ProgramCatalog) -> tuple[Column[Enrollment], ...]:
    def program_name(enrollment: Enrollment) -> str:
        program = catalog.get(enrollment.program_code)
        return program.name if program else enrollment.program_code

    return (
        Column("program", translate("PersonDialog", "Programa"), program_name),
        Column("folio", translate("PersonDialog", "Folio"), lambda e: e.folio or ""),
        Column(
            "status", translate("PersonDialog", "Estado"), lambda e: i18n.status_label(e.status)
        ),
        Column(
            "date",
            translate("PersonDialog", "Fecha"),
            lambda e: i18n.format_timestamp(e.enrolled_at or ""),
        ),
    )


def history_columns() -> tuple[Column[HistoryEntry], ...]:
    def details(entry: HistoryEntry) -> str:
        return "\n".join(
            f"{label}: {value}"
            for label, value in describe_fields(entry.fields, created=entry.operation == "create")
        )

    # Several lines of changes beside one date: read from the top.
    top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    return (
        Column(
            "at",
            translate("PersonDialog", "Fecha"),
            lambda e: i18n.format_timestamp(e.at),
            alignment=top,
        ),
        Column("who", translate("PersonDialog", "Quién"), lambda e: e.user_name, alignment=top),
        Column(
            "change",
            translate("PersonDialog", "Cambio"),
            lambda e: operation_label(e.operation),
            alignment=top,
        ),
        Column("details", translate("PersonDialog", "Datos"), details, alignment=top),
    )


class SearchPage(QWidget):
    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        device: DeviceCode | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._device = device or DeviceCode()
        self._runner = runner
        self._sequence = 0
        self._into_results = False  # Enter was pressed: the results take focus when shown
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("CURP, folio o nombre (con o sin acentos)"))
        self.query.setAccessibleName(self.tr("Buscar"))
        self.query.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("&Buscar"))
        self.model = TableModel(person_columns(casebook.today()), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.table.setAccessibleName(self.tr("Resultados de la búsqueda"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the results (arrows move in them): it walked cell by cell, a trap.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Codes at full width; the name and the locality share the rest equally (a long
        # locality never squeezes the name) and end in "…", the whole value in the tooltip.
        # One line per person, so a small screen still lists several; there, the birth date
        # (the age stays) and then the folio step aside before a name gets unreadable.
        one_line_rows(
            self.table,
            flexible=(self.model.column("name"), self.model.column("locality")),
            optional=(self.model.column("birth"), self.model.column("folio")),
            visible_rows=6,
        )
        self.status = QLabel()
        self.open_button = QPushButton(self.tr("&Abrir"))
        self.error = ErrorLabel()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.search)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Buscar personas")))
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

        self.query.textEdited.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._enter)
        self.search_button.clicked.connect(self.search)
        self.table.activated.connect(lambda _index: self.open_current())
        self.open_button.clicked.connect(self.open_current)
        self.setFocusProxy(self.query)

    def _enter(self) -> None:
        """Enter: search (again: the order of relevance comes back), then into the results."""
        self._into_results = True
        self.search()

    def _focus_results(self) -> None:
        self._into_results = False
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self) -> None:
        self._debounce.stop()
        text = self.query.text().strip()
        self._sequence += 1
        sequence = self._sequence
        if not text:
            self.model.set_rows([])
            self.status.setText("")
            self._into_results = False
            return
        casebook = self._casebook
        self.status.setText(self.tr("Buscando…"))
        self._runner.run_in_background(
            lambda: casebook.search.find(text),
            lambda rows: self._show(sequence, rows),
            lambda exc: self.error.show_message(describe_error(exc)),
            owner=self,
        )

    def _show(self, sequence: int, rows: list[PersonSummary]) -> None:
        if sequence != self._sequence:
            return  # an older search finished after a newer one was asked for
        self.error.clear_message()
        self.model.set_rows(rows)
        # Best match first: a new search shows the order of relevance again, whatever column
        # the previous results were sorted by.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        self.status.setText(i18n.fill(self.tr("%1 resultados"), len(rows)))
        if rows:
            self.table.selectRow(0)
            if self._into_results:
                self._focus_results()
        self._into_results = False

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        summary = self.model.rows[self.proxy.mapToSource(index).row()]
        self.open_person(summary.person_id)

    def open_person(self, person_id: str) -> None:
        PersonDialog(self._casebook, self._runner, person_id, self, device=self._device).open()


_Draft = tuple[str, dict[str, Any]]  # a draft's id and the values typed
_Loaded = tuple[Person, Household | None, list[Enrollment], list[HistoryEntry], _Draft | None]


def _person_draft(casebook: Casebook, person_id: str) -> _Draft | None:
    """Edits of this person left unsaved (a lock, a crash), newest first (worker)."""
    for info in casebook.drafts.saved(PERSON_DRAFT, mine=True):
        payload = casebook.drafts.load(info.id)
        values = payload.get("values")
        if payload.get("person_id") == person_id and isinstance(values, dict):
            return info.id, values
    return None


class PersonDialog(QDialog):
    """One person: data (editable, history kept), enrolments and the history of changes."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        person_id: str,
        parent: QWidget | None = None,
        *,
        device: DeviceCode | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._device = device or DeviceCode()
        self._runner = runner
        self.person_id = person_id
        self.person: Person | None = None
        self.household: Household | None = None
        self.enrollments: list[Enrollment] = []
        self._shown_values: dict[str, Any] | None = None  # the form as loaded: the rest is edits
        self.setWindowTitle(self.tr("Persona"))
        fit_to_screen(self, 820, 700)
        self.header = title_label("", "subtitle")
        self.facts = wrapping_label()
        self.form = PersonForm(household=True)
        self.save_button = QPushButton(self.tr("&Guardar cambios"))
        self.save_status = wrapping_label()
        self.error = ErrorLabel()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form)
        form_layout.addWidget(self.error)
        form_layout.addWidget(self.save_status)
        form_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        form_layout.addStretch(1)
        scroll = scrolling(form_page)

        self.enrollment_model = TableModel(enrollment_columns(casebook.catalog), self)
        self.enrollment_table = QTableView()
        self.enrollment_table.setModel(self.enrollment_model)
        self.enrollment_table.setAccessibleName(self.tr("Inscripciones"))
        self.enrollment_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.enrollment_table.setTabKeyNavigation(False)
        self.enrollment_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.enrollment_table.verticalHeader().setVisible(False)
        self.enrol_button = QPushButton(self.tr("&Inscribir en programas…"))
        self.receipt_button = QPushButton(self.tr("Comprobante…"))
        enrol_page = QWidget()
        enrol_layout = QVBoxLayout(enrol_page)
        enrol_layout.addWidget(self.enrollment_table, 1)
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addWidget(self.enrol_button)
        enrol_buttons.addWidget(self.receipt_button)
        enrol_buttons.addStretch(1)
        enrol_layout.addLayout(enrol_buttons)

        self.history_model = TableModel(history_columns(), self)
        self.history_table = QTableView()
        self.history_table.setModel(self.history_model)
        self.history_table.setAccessibleName(self.tr("Historial de cambios"))
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setTabKeyNavigation(False)
        history_header = self.history_table.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history_table.setWordWrap(True)
        # Rows follow the width the tab really has (it may be hidden when they are filled).
        self.history_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_table.verticalHeader().setVisible(False)

        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("&Datos"))
        self.tabs.addTab(enrol_page, self.tr("&Programas"))
        self.tabs.addTab(self.history_table, self.tr("&Historial"))
        self.close_button = QPushButton(self.tr("&Cerrar"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.enrol_button.clicked.connect(self.enrol)
        self.receipt_button.clicked.connect(self.show_receipt)
        self.close_button.clicked.connect(self.accept)
        self.drafts = DraftKeeper(
            casebook,
            runner,
            PERSON_DRAFT,
            payload=self.draft_payload,
            label=self.draft_label,
            parent=self,
            on_failed=self.error.show_message,
        )
        self.close_guard = CloseGuard(
            self,
            self.drafts,
            unsaved=self.has_unsaved_edits,
            save=self.save,
            question=self.tr("Hay cambios en los datos de la persona que no se han guardado."),
            keep=self.tr("&Guardar cambios"),
            drop=self.tr("&Descartar cambios"),
        )
        self.drafts.watch(self.form)
        self.reload()

    def _today(self) -> date:
        return self._casebook.today()

    def reload(self) -> None:
        casebook, person_id = self._casebook, self.person_id

        def work() -> _Loaded:
            person = casebook.people.get(person_id)
            household = (
                casebook.households.get(person.household_id) if person.household_id else None
            )
            return (
                person,
                household,
                casebook.enrolments.of_person(person_id),
                casebook.reports.history(person_id),
                _person_draft(casebook, person_id),
            )

        self._runner.run_in_background(
            work, self._show, lambda exc: self.error.show_message(describe_error(exc)), owner=self
        )

    def _show(self, loaded: _Loaded) -> None:
        person, household, enrollments, history, draft = loaded
        self.person, self.household, self.enrollments = person, household, enrollments
        self.header.setText(person.full_name)
        facts = [
            i18n.fill(self.tr("Folio %1"), person.folio or ""),
            i18n.fill(self.tr("%1 años"), age_on(person.birth_date, self._today())),
        ]
        if household is not None:
            facts.append(
                i18n.fill(
                    self.tr("Hogar %1, %2 integrantes"),
                    household.folio or "",
                    len(household.members),
                )
            )
        self.facts.setText(" · ".join(facts))
        if person.household_id is None:
            self.form.relationship_field_visible(False)
        self.form.set_person(person)
        self._shown_values = self.form.raw_values()
        if draft is not None:
            draft_id, values = draft
            self.form.restore_values(values)
            self.drafts.adopt(draft_id)
            self.save_status.setText(
                self.tr(
                    "Se recuperaron cambios sin guardar de la última vez. "
                    "Revíselos y pulse «Guardar cambios», o ciérrela para descartarlos."
                )
            )
        self.enrollment_model.set_rows(enrollments)
        self.receipt_button.setEnabled(bool(enrollments))
        self.history_model.set_rows(history)

    def save(self) -> None:
        if self.person is None:
            return
        person, errors = self.form.build(self._today())
        first = self.form.show_errors(errors)
        if person is None:
            self.close_guard.failed()
            if first is not None:
                first.editor.setFocus()
            return
        casebook, today, draft_id = self._casebook, self._today(), self.drafts.draft_id
        self.save_button.setEnabled(False)
        self.drafts.hold()

        def work() -> Person:
            saved = casebook.people.update(person, today=today)
            if draft_id is not None:
                casebook.drafts.delete(draft_id)
            return saved

        self._runner.run_in_background(work, self._saved, self._failed, owner=self, writes=True)

    def _saved(self, _person: Person) -> None:
        self.drafts.release()
        self.drafts.adopt(None)
        self._shown_values = self.form.raw_values()
        if self.close_guard.saved():
            return
        self.save_button.setEnabled(True)
        self.save_status.setText(
            self.tr("Cambios guardados. Los datos anteriores quedan en el historial.")
        )
        self.reload()

    def _failed(self, exc: Exception) -> None:
        self.drafts.release()
        self.close_guard.failed()
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            self.form.show_errors(exc.errors)
        else:
            self.error.show_message(describe_error(exc))

    # --- unsaved edits -----------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        shown = self._shown_values
        return shown is not None and self.form.raw_values() != shown

    def draft_payload(self) -> dict[str, Any] | None:
        if not self.has_unsaved_edits():
            return None
        return {"person_id": self.person_id, "values": self.form.raw_values()}

    def draft_label(self) -> str:
        name = self.person.full_name if self.person is not None else ""
        return i18n.fill(self.tr("Cambios sin guardar: %1"), name)

    def done(self, result: int) -> None:
        """Closing (Close, Escape, the window's ×) asks first when there are unsaved edits."""
        self.close_guard.done(result, lambda code: QDialog.done(self, code))

    def enrol(self) -> None:
        if self.person is None:
            return
        dialog = EnrolDialog(
            self._casebook,
            self._runner,
            self.person,
            household=self.household,
            parent=self,
            device=self._device,
        )
        dialog.enrolled.connect(lambda _lines: self.reload())
        dialog.open()

    def receipt(self) -> Receipt | None:
        if self.person is None:
            return None
        catalog = self._casebook.catalog
        return Receipt(
            folio=self.person.folio or "",
            issued_on=self._today(),
            kind="person",
            programs=tuple(
                ReceiptLine(
                    catalog[e.program_code].name if e.program_code in catalog else e.program_code,
                    e.folio or "",
                )
                for e in self.enrollments
            ),
            device_code=self._device.value,
        )

    def show_receipt(self) -> None:
        receipt = self.receipt()
        if receipt is not None:
            ReceiptDialog(receipt, self._runner, self).open()
