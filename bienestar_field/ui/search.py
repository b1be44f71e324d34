"""Search by CURP, folio or name (accents and typos tolerated); open, edit with history."""

from __future__ import annotations

from collections.abc import Callable
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
from bienestar_field.casebook.compliance import EnrolmentCompliance
from bienestar_field.domain.cards import CardStatus
from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person, age_on
from bienestar_field.domain.programs import NextDeposit, ProgramCatalog
from bienestar_field.ui import i18n
from bienestar_field.ui.arco_cards import ArcoDialog, CardDialog, card_status_text
from bienestar_field.ui.calendar_texts import deposit_short, deposit_text, visit_and_bring
from bienestar_field.ui.drafts import PERSON_DRAFT, CloseGuard, DraftKeeper
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.follow_up import compliance_columns, list_table
from bienestar_field.ui.history import change_label, describe_fields
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.life_events import (
    AddressDialog,
    CloseEnrolmentDialog,
    CurpDialog,
    DeathDialog,
    LeaveDialog,
    LifeEventDialog,
    MoveDialog,
)
from bienestar_field.ui.person_form import PersonForm, casebook_today
from bienestar_field.ui.receipt import DeviceCode, Receipt, ReceiptDialog, ReceiptLine
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.survey import open_survey
from bienestar_field.ui.survey_texts import result_text
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


def enrollment_state(enrollment: Enrollment) -> str:
    """The status, and for a withdrawal or suspension why and since when."""
    label = i18n.status_label(enrollment.status)
    if enrollment.closure_reason is None or enrollment.status.is_active:
        return label
    return i18n.fill(
        translate("PersonDialog", "%1: %2, desde el %3"),
        label,
        i18n.closure_reason_label(enrollment.closure_reason),
        i18n.format_date(enrollment.closed_on),
    )


def enrollment_columns(
    catalog: ProgramCatalog,
    next_deposit: Callable[[Enrollment], NextDeposit | None] = lambda _e: None,
) -> tuple[Column[Enrollment], ...]:
    def program_name(enrollment: Enrollment) -> str:
        program = catalog.get(enrollment.program_code)
        return i18n.catalog_text(program.label) if program else enrollment.program_code

    return (
        Column("program", translate("PersonDialog", "Programa"), program_name),
        Column("folio", translate("PersonDialog", "Folio"), lambda e: e.folio or ""),
        Column("status", translate("PersonDialog", "Estado"), enrollment_state),
        Column(
            "date",
            translate("PersonDialog", "Fecha"),
            lambda e: i18n.format_timestamp(e.enrolled_at or ""),
        ),
        Column(
            "deposit",
            translate("PersonDialog", "Próximo depósito"),
            lambda e: deposit_short(next_deposit(e)) if _paid(e) else "",
            tooltip=lambda e: deposit_text(next_deposit(e)) if _paid(e) else "",
        ),
    )


def _paid(enrollment: Enrollment) -> bool:
    """Only an approved enrolment is paid: the others have no deposit to quote."""
    return enrollment.status is EnrollmentStatus.APROBADA


def history_columns() -> tuple[Column[HistoryEntry], ...]:
    def details(entry: HistoryEntry) -> str:
        return "\n".join(
            f"{label}: {value}"
            for label, value in describe_fields(
                entry.fields, created=entry.operation == "create", previous=entry.previous
            )
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
            lambda e: change_label(e.operation, e.fields),
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
        self.status.setText(self.tr("%n resultados", "", len(rows)))
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
_Loaded = tuple[
    Person,
    Household | None,
    list[Enrollment],
    list[HistoryEntry],
    _Draft | None,
    list[HistoryEntry],
    CardStatus,
]


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
        self.form = PersonForm(household=True, today=casebook_today(casebook.now))
        self.save_button = QPushButton(self.tr("&Guardar cambios"))
        self.save_status = wrapping_label()
        self.error = ErrorLabel()
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        # The form scrolls; its button and messages stay under it, always in view (at the
        # bottom of a long form, "Guardar cambios" was scrolled out of sight).
        data_page = QWidget()
        data_layout = QVBoxLayout(data_page)
        data_layout.setContentsMargins(0, 0, 0, 0)
        data_layout.addWidget(scrolling(form_page), 1)
        data_layout.addWidget(self.error)
        data_layout.addWidget(self.save_status)
        data_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.enrollment_model = TableModel(
            enrollment_columns(casebook.catalog, self._next_deposit), self
        )
        self.enrollment_table = QTableView()
        self.enrollment_table.setModel(self.enrollment_model)
        self.enrollment_table.setAccessibleName(self.tr("Inscripciones"))
        self.enrollment_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.enrollment_table.setTabKeyNavigation(False)
        self.enrollment_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.enrollment_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.enrollment_table.verticalHeader().setVisible(False)
        self.enrol_button = QPushButton(self.tr("&Inscribir en programas…"))
        self.receipt_button = QPushButton(self.tr("Comprobante…"))
        self.close_enrolment_button = QPushButton(self.tr("Baja o &suspensión…"))
        enrol_page = QWidget()
        enrol_layout = QVBoxLayout(enrol_page)
        enrol_layout.addWidget(self.enrollment_table, 1)
        self.enrol_error = ErrorLabel()
        enrol_layout.addWidget(self.enrol_error)
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addWidget(self.enrol_button)
        enrol_buttons.addWidget(self.close_enrolment_button)
        enrol_buttons.addWidget(self.receipt_button)
        enrol_buttons.addStretch(1)
        enrol_layout.addLayout(enrol_buttons)
        # Compliance with the checks each active enrolment's program expects (from the
        # catalog in force), this period and the ones before.
        self.compliance_model = TableModel(compliance_columns(casebook.catalog), self)
        self.compliance_table = list_table(
            self.compliance_model,
            self.tr("Corresponsabilidades"),
            "reason",
            {"program": 24, "period": 16, "status": 18},
        )
        self.compliance_note = wrapping_label()
        enrol_layout.addWidget(title_label(self.tr("Corresponsabilidades"), "subtitle"))
        enrol_layout.addWidget(self.compliance_note)
        enrol_layout.addWidget(self.compliance_table, 2)

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

        # The household: where it lives, who counts in it, who left, and its history.
        self.household_text = wrapping_label()
        self.members_text = wrapping_label()
        self.address_button = QPushButton(self.tr("Cambiar domici&lio…"))
        # The household's socioeconomic survey: its poverty result and reasons, or what the
        # survey still lacks; the button opens the survey (a draft left resumes there).
        self.poverty_text = wrapping_label()
        self.poverty_text.setObjectName("povertyResult")
        self.survey_button = QPushButton(self.tr("&Encuesta socioeconómica…"))
        self.survey_button.setEnabled(False)
        self.household_history_model = TableModel(history_columns(), self)
        self.household_history = QTableView()
        self.household_history.setModel(self.household_history_model)
        self.household_history.setAccessibleName(self.tr("Historial del hogar"))
        self.household_history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.household_history.setTabKeyNavigation(False)
        self.household_history.setWordWrap(True)
        household_header = self.household_history.horizontalHeader()
        household_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        household_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.household_history.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.household_history.verticalHeader().setVisible(False)
        household_page = QWidget()
        household_layout = QVBoxLayout(household_page)
        household_layout.addWidget(self.household_text)
        household_layout.addWidget(self.members_text)
        household_layout.addWidget(self.poverty_text)
        household_buttons = QHBoxLayout()
        household_buttons.addWidget(self.address_button)
        household_buttons.addWidget(self.survey_button)
        household_buttons.addStretch(1)
        household_layout.addLayout(household_buttons)
        household_layout.addWidget(self.household_history, 1)

        # Life events of the person: each a dialog with a date, a reason and a note.
        self.curp_button = QPushButton(self.tr("Corregir C&URP…"))
        self.move_button = QPushButton(self.tr("Ca&mbiar de hogar…"))
        self.leave_button = QPushButton(self.tr("Dar de &baja del hogar…"))
        self.death_button = QPushButton(self.tr("Registrar de&función…"))
        # The person's rights over their data, and their Mi Bienestar card.
        self.arco_button = QPushButton(self.tr("Derechos &ARCO…"))
        self.card_button = QPushButton(self.tr("&Tarjeta…"))
        # Life events on one line, the person's rights and card on the next: six buttons on
        # one line would widen the window past a netbook's screen at large text.
        events = QHBoxLayout()
        rights = QHBoxLayout()
        for row, row_buttons in (
            (events, (self.curp_button, self.move_button, self.leave_button, self.death_button)),
            (rights, (self.arco_button, self.card_button)),
        ):
            for button in row_buttons:
                button.setEnabled(False)
                row.addWidget(button)
            row.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(data_page, self.tr("&Datos"))
        # These two pages scroll: with compliance, the survey's result and the history they
        # are taller than a netbook's screen at large text, and a tab is as tall as its
        # tallest page.
        self.tabs.addTab(scrolling(enrol_page), self.tr("&Programas"))
        self.tabs.addTab(scrolling(household_page), self.tr("Hoga&r"))
        self.tabs.addTab(self.history_table, self.tr("&Historial"))
        self.close_button = QPushButton(self.tr("&Cerrar"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addLayout(events)
        layout.addLayout(rights)
        layout.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.enrol_button.clicked.connect(self.enrol)
        self.receipt_button.clicked.connect(self.show_receipt)
        self.close_enrolment_button.clicked.connect(self.close_enrolment)
        self.address_button.clicked.connect(self.change_address)
        self.survey_button.clicked.connect(self.open_survey)
        self.curp_button.clicked.connect(self.correct_curp)
        self.move_button.clicked.connect(self.move_household)
        self.leave_button.clicked.connect(self.leave_household)
        self.death_button.clicked.connect(self.record_death)
        self.arco_button.clicked.connect(self.open_arco)
        self.card_button.clicked.connect(self.open_card)
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

    def _next_deposit(self, enrollment: Enrollment) -> NextDeposit | None:
        """The program's next deposit window and amount, from the catalogs (in force, or
        published ahead for next year), by this computer's clock."""
        casebook = self._casebook
        return casebook.catalogs.shelf.next_deposit(enrollment.program_code, casebook.now())

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
                casebook.reports.history(household.id) if household is not None else [],
                casebook.cards.status(person_id),
            )

        self._runner.run_in_background(
            work, self._show, lambda exc: self.error.show_message(describe_error(exc)), owner=self
        )

    def _show(self, loaded: _Loaded) -> None:
        person, household, enrollments, history, draft, household_history, card = loaded
        self.person, self.household, self.enrollments = person, household, enrollments
        self.header.setText(person.full_name)
        facts = [
            i18n.fill(self.tr("Folio %1"), person.folio or ""),
            self.tr("%n años", "", age_on(person.birth_date, self._today())),
        ]
        if household is not None:
            facts.append(
                i18n.fill(
                    self.tr("Hogar %1, %n integrantes", "", len(household.members)),
                    household.folio or "",
                )
            )
        if person.death_date is not None:
            facts.append(i18n.fill(self.tr("Falleció el %1"), i18n.format_date(person.death_date)))
        elif person.left_household_on is not None:
            facts.append(
                i18n.fill(
                    self.tr("Ya no es integrante del hogar (desde el %1)"),
                    i18n.format_date(person.left_household_on),
                )
            )
        if person.cancelled_on is not None:
            facts.append(
                i18n.fill(
                    self.tr("Registro cancelado a su solicitud (ARCO) el %1"),
                    i18n.format_date(person.cancelled_on),
                )
            )
        facts.append(card_status_text(card))
        self.facts.setText(" · ".join(facts))
        self._show_household(household, household_history)
        self._enable_events(person, enrollments)
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
        casebook, person_id = self._casebook, self.person_id
        self._runner.run_in_background(
            lambda: casebook.compliance.of_person(person_id),
            self._show_compliance,
            lambda exc: self.error.show_message(describe_error(exc)),
            owner=self,
        )

    def _show_compliance(self, shown: list[EnrolmentCompliance]) -> None:
        rows = [answer for enrolment in shown for answer in enrolment.answers]
        self.compliance_model.set_rows(rows)
        self.compliance_table.setVisible(bool(rows))
        at_risk = [a for enrolment in shown for a in enrolment.at_risk]
        if not rows:
            note = self.tr("Sus programas no piden corresponsabilidades.")
        elif at_risk:
            note = self.tr(
                "Pago en riesgo: una corresponsabilidad que condiciona el pago no se cumplió."
            )
        else:
            note = self.tr("Ninguna corresponsabilidad pone en riesgo su pago.")
        self.compliance_note.setText(note)

    def _show_household(self, household: Household | None, history: list[HistoryEntry]) -> None:
        self.address_button.setEnabled(household is not None)
        self.survey_button.setEnabled(household is not None)
        self.household_history_model.set_rows(history)
        if household is None:
            self.household_text.setText(self.tr("Persona registrada sin hogar."))
            self.members_text.setText("")
            self.poverty_text.setText("")
            return
        self._show_poverty(household)
        address = household.address
        street = " ".join(p for p in (address.street_type, address.street_name) if p)
        place = ", ".join(
            p
            for p in (
                f"{street} {address.exterior_number}".strip(),
                address.settlement_name,
                address.locality_name,
                address.postal_code,
            )
            if p
        )
        lines = [i18n.fill(self.tr("Domicilio: %1"), place)]
        if household.address_since is not None:
            lines.append(
                i18n.fill(
                    self.tr("Vive ahí desde el %1"), i18n.format_date(household.address_since)
                )
            )
        self.household_text.setText("\n".join(lines))
        members = [
            i18n.fill(
                self.tr("• %1 (%2)"),
                m.full_name,
                i18n.relationship_label(m.relationship) if m.relationship else "—",
            )
            for m in household.members
        ]
        former = [
            i18n.fill(
                self.tr("• %1: dejó el hogar el %2 (%3)"),
                m.full_name,
                i18n.format_date(m.left_household_on or m.death_date),
                i18n.leave_reason_label(m.left_household_reason)
                if m.left_household_reason
                else "—",
            )
            for m in household.former_members
        ]
        text = self.tr("Integrantes:") + "\n" + "\n".join(members)
        if former:
            text += "\n" + self.tr("Ya no son integrantes:") + "\n" + "\n".join(former)
        self.members_text.setText(text)

    def _enable_events(self, person: Person, enrollments: list[Enrollment]) -> None:
        alive = not person.is_deceased
        self.curp_button.setEnabled(True)
        self.move_button.setEnabled(alive)
        self.leave_button.setEnabled(alive and person.is_current_member)
        self.death_button.setEnabled(alive)
        self.enrol_button.setEnabled(alive and not person.is_cancelled)
        self.arco_button.setEnabled(True)
        self.card_button.setEnabled(True)
        self.close_enrolment_button.setEnabled(any(e.status.is_open for e in enrollments))

    # --- life events ---------------------------------------------------------------------------

    def _open_event(self, dialog: LifeEventDialog) -> None:
        dialog.saved.connect(lambda _stored: self._event_saved())
        dialog.open()

    def _event_saved(self) -> None:
        self.save_status.setText(self.tr("Cambio guardado. Queda en el historial."))
        self.reload()

    def open_arco(self) -> None:
        if self.person is not None:
            dialog = ArcoDialog(self._casebook, self._runner, self.person, self)
            dialog.saved.connect(lambda _stored: self.reload())
            dialog.open()

    def open_card(self) -> None:
        if self.person is not None:
            dialog = CardDialog(self._casebook, self._runner, self.person, self)
            dialog.saved.connect(lambda _stored: self.reload())
            dialog.open()

    def record_death(self) -> None:
        if self.person is not None:
            open_ = sum(1 for e in self.enrollments if e.status.is_open)
            self._open_event(DeathDialog(self._casebook, self._runner, self.person, open_, self))

    def leave_household(self) -> None:
        if self.person is not None:
            self._open_event(LeaveDialog(self._casebook, self._runner, self.person, self))

    def move_household(self) -> None:
        if self.person is not None:
            self._open_event(MoveDialog(self._casebook, self._runner, self.person, self))

    def correct_curp(self) -> None:
        if self.person is not None:
            self._open_event(CurpDialog(self._casebook, self._runner, self.person, self))

    def change_address(self) -> None:
        if self.household is not None:
            self._open_event(AddressDialog(self._casebook, self._runner, self.household, self))

    def _show_poverty(self, household: Household) -> None:
        casebook, household_id = self._casebook, household.id
        names = [m.full_name for m in household.members]
        self._runner.run_in_background(
            lambda: casebook.surveys.poverty(household_id),
            lambda result: self.poverty_text.setText(result_text(result, names)),
            lambda exc: self.poverty_text.setText(describe_error(exc)),
            owner=self,
        )

    def open_survey(self) -> None:
        if self.household is not None:
            open_survey(
                self._casebook,
                self._runner,
                self.household.id,
                self,
                on_saved=self.reload,
                on_failed=self.error.show_message,
            )

    def close_enrolment(self) -> None:
        """Withdraw or suspend the enrolment selected (or the only open one)."""
        index = self.enrollment_table.currentIndex()
        chosen = self.enrollments[index.row()] if index.isValid() else None
        if chosen is None or not chosen.status.is_open:
            open_ = [e for e in self.enrollments if e.status.is_open]
            if len(open_) != 1:
                self.enrol_error.show_message(
                    self.tr("Elija en la lista la inscripción que quiere dar de baja o suspender.")
                )
                self.enrollment_table.setFocus()
                return
            chosen = open_[0]
        self.enrol_error.clear_message()
        program = self._casebook.catalog.get(chosen.program_code)
        name = i18n.catalog_text(program.label) if program is not None else chosen.program_code
        self._open_event(CloseEnrolmentDialog(self._casebook, self._runner, chosen, name, self))

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
        visit, bring = visit_and_bring(
            self._casebook, self.person.primer_apellido, self.enrollments
        )
        return Receipt(
            folio=self.person.folio or "",
            issued_on=self._today(),
            kind="person",
            visit=visit,
            bring=bring,
            programs=tuple(
                ReceiptLine(
                    i18n.catalog_text(catalog[e.program_code].label)
                    if e.program_code in catalog
                    else e.program_code,
                    e.folio or "",
                )
                for e in self.enrollments
            ),
            device=self._device.label(),
        )

    def show_receipt(self) -> None:
        receipt = self.receipt()
        if receipt is not None:
            ReceiptDialog(receipt, self._runner, self).open()
