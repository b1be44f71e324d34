"""Attendance checks (*corresponsabilidades*): who owes a check for a program and period.

Mark people one by one (select a row, Alt+1/2/3) or in bulk for a visit to one school or
clinic: tick the rows (Ctrl+A ticks all) and press a result. Checks are append-only: marking
again records a correction, the list shows the latest.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, CheckDue
from bienestar_field.domain.enrollments import AttendanceCheck, CheckKind, CheckResult
from bienestar_field.domain.programs import CheckFrequency, Program
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    FlowLayout,
    WrappingLabel,
    add_row,
    combo_value,
    new_form,
    title_label,
)


def current_period(frequency: CheckFrequency, today: date) -> str:
    """``2026-05`` (month), ``2026-B3`` (two months) or ``2026-S1`` (half year)."""
    if frequency is CheckFrequency.MENSUAL:
        return f"{today.year}-{today.month:02d}"
    if frequency is CheckFrequency.BIMESTRAL:
        return f"{today.year}-B{(today.month + 1) // 2}"
    return f"{today.year}-S{1 if today.month <= 6 else 2}"


def check_columns() -> tuple[Column[CheckDue], ...]:
    """The list of people who owe a check; the first column ticks rows for bulk marking."""

    def recorded(row: CheckDue) -> str:
        if row.recorded is None:
            return translate("ChecksModel", "Pendiente")
        return i18n.check_result_label(row.recorded.result)

    return (
        Column("mark", translate("ChecksModel", "Marcar"), checkable=True),
        Column("name", translate("ChecksModel", "Nombre"), lambda row: row.person.full_name),
        Column("folio", translate("ChecksModel", "Folio"), lambda row: row.enrollment.folio or ""),
        Column(
            "birth",
            translate("ChecksModel", "Nacimiento"),
            lambda row: i18n.format_date(row.person.birth_date),
        ),
        Column("recorded", translate("ChecksModel", "En el periodo"), recorded),
    )


class ChecksPage(QWidget):
    def __init__(
        self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.programs: list[Program] = [p for p in casebook.catalog if p.checks]
        self.program = QComboBox()
        for program in self.programs:
            self.program.addItem(program.name, program.code)
        self.kind = QComboBox()
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("p. ej. 2026-05, 2026-B3 o 2026-S1"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("CCT de la escuela o CLUES de la unidad de salud"))
        self.load_button = QPushButton(self.tr("&Ver lista"))
        self.model = TableModel(check_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Personas con corresponsabilidad pendiente"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column("name"), QHeaderView.ResizeMode.Stretch)
        # A long name goes onto a second line rather than losing its end to "…".
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # The name column stretches into what the others leave; never below a short name.
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 10)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.mark_all_button = QPushButton(self.tr("Marcar &todos"))
        self.attended_button = QPushButton(self.tr("Asistió (Alt+1)"))
        self.absent_button = QPushButton(self.tr("Faltó (Alt+2)"))
        self.justified_button = QPushButton(self.tr("Justificada (Alt+3)"))
        self.status = WrappingLabel()
        self.error = ErrorLabel()

        form = new_form()
        add_row(form, self.tr("Programa"), self.program)
        add_row(form, self.tr("Tipo de corresponsabilidad"), self.kind)
        self.period_field = add_row(form, self.tr("Periodo"), self.period, required=True)
        add_row(form, self.tr("Lugar de la visita"), self.place)
        buttons = FlowLayout()
        buttons.addWidget(self.mark_all_button)
        for button in (self.attended_button, self.absent_button, self.justified_button):
            buttons.add_trailing(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Corresponsabilidades")))
        layout.addLayout(form)
        layout.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

        self.program.currentIndexChanged.connect(self._program_changed)
        self.load_button.clicked.connect(self.load)
        self.period.returnPressed.connect(self.load)
        self.mark_all_button.clicked.connect(lambda: self.model.mark_all(True))
        QShortcut(QKeySequence.StandardKey.SelectAll, self.table, lambda: self.model.mark_all(True))
        self.attended_button.clicked.connect(lambda: self.mark(CheckResult.ASISTIO))
        self.absent_button.clicked.connect(lambda: self.mark(CheckResult.FALTO))
        self.justified_button.clicked.connect(lambda: self.mark(CheckResult.JUSTIFICADA))
        QShortcut(QKeySequence("Alt+1"), self, lambda: self.mark(CheckResult.ASISTIO))
        QShortcut(QKeySequence("Alt+2"), self, lambda: self.mark(CheckResult.FALTO))
        QShortcut(QKeySequence("Alt+3"), self, lambda: self.mark(CheckResult.JUSTIFICADA))
        self._program_changed()

    def selected_program(self) -> Program | None:
        code = combo_value(self.program)
        return self._casebook.catalog.get(code) if code else None

    def _program_changed(self) -> None:
        program = self.selected_program()
        self.kind.clear()
        if program is None:
            return
        for check in program.checks:
            self.kind.addItem(i18n.check_kind_label(check.kind), check.kind.value)
        today = self._casebook.now().astimezone().date()
        self.period.setText(current_period(program.checks[0].frequency, today))
        self.model.set_rows([])

    def load(self) -> None:
        program = self.selected_program()
        period = self.period.text().strip().upper()
        if program is None:
            return
        if not period:
            self.period_field.error.show_message(self.tr("Escriba el periodo."))
            return
        self.period_field.error.clear_message()
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.checks.due(program.code, period),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, rows: list[CheckDue]) -> None:
        self.model.set_rows(rows)
        pending = sum(1 for row in rows if row.recorded is None)
        self.status.setText(
            i18n.fill(
                self.tr("%1 personas en la lista; %2 sin registrar en el periodo."),
                len(rows),
                pending,
            )
        )
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def _failed(self, exc: Exception) -> None:
        self.error.show_message(describe_error(exc))

    def target_rows(self) -> list[int]:
        """The ticked rows; without ticks, the selected row."""
        if self.model.marked:
            return sorted(self.model.marked)
        index = self.table.currentIndex()
        return [index.row()] if index.isValid() else []

    def mark(self, result: CheckResult) -> None:
        rows = self.target_rows()
        kind_value = combo_value(self.kind)
        if not rows or not kind_value:
            self.error.show_message(self.tr("Marque a las personas o elija una fila."))
            return
        self.error.clear_message()
        period = self.period.text().strip().upper()
        place = self.place.text().strip().upper()
        checks = [
            AttendanceCheck(
                id="",
                enrollment_id=self.model.rows[row].enrollment.id,
                kind=CheckKind(kind_value),
                period=period,
                result=result,
                place_key=place,
            )
            for row in rows
        ]
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.checks.record(checks),
            lambda saved: self._recorded(len(saved), result),
            self._failed,
            owner=self,
            writes=True,
        )

    def _recorded(self, count: int, result: CheckResult) -> None:
        self.status.setText(
            i18n.fill(
                self.tr("Se registraron %1 como «%2»."), count, i18n.check_result_label(result)
            )
        )
        program = self.selected_program()
        period = self.period.text().strip().upper()
        if program is None:
            return
        casebook = self._casebook
        current = self.table.currentIndex().row()
        self._runner.run_in_background(
            lambda: casebook.checks.due(program.code, period),
            lambda rows: self._reloaded(rows, current),
            self._failed,
            owner=self,
        )

    def _reloaded(self, rows: list[CheckDue], current: int) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(min(max(current + 1, 0), len(rows) - 1))
