"""Attendance checks (*corresponsabilidades*): who owes a check for a program and period.

Mark people one by one (select rows, Alt+1/2/3) or in bulk for a visit to one school or
place: filter the list, tick the rows (Ctrl+A ticks every row shown) and press a result.
Ticked rows win over the selection, and the page says which it marks; more than a few ask
first, and the last marking can be undone (Ctrl+Z). Checks are append-only: marking again,
or undoing, records a correction; the list shows the latest.

Thousands of rows load without stalling the window: rows have one fixed height and columns
fixed widths, so nothing is measured row by row on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook, CheckDue
from bienestar_field.domain.compliance import Compliance, ComplianceStatus
from bienestar_field.domain.enrollments import AttendanceCheck, CheckKind, CheckResult
from bienestar_field.domain.name_search import fold
from bienestar_field.domain.periods import recent_periods
from bienestar_field.domain.programs import Program
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.table_fit import keep_rows_visible
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    ErrorLabel,
    FlowLayout,
    WrappingLabel,
    add_row,
    combo_value,
    new_form,
    scrolling,
    title_label,
)

# More rows than this are marked only after the person confirms.
CONFIRM_ABOVE = 5
_ALL = ""


def check_columns(
    compliance: Callable[[CheckDue], Compliance | None] = lambda _row: None,
) -> tuple[Column[CheckDue], ...]:
    """The list of people who owe a check; the first column ticks rows for bulk marking; the
    last says whether the period's check is met (computed from the catalog), and why."""

    def complied(row: CheckDue) -> str:
        answer = compliance(row)
        return i18n.compliance_label(answer.status) if answer is not None else ""

    def why(row: CheckDue) -> str:
        answer = compliance(row)
        return i18n.domain_text(answer.reason) if answer is not None else ""

    def recorded(row: CheckDue) -> str:
        if row.recorded is None:
            return translate("ChecksModel", "Pendiente")
        return i18n.check_result_label(row.recorded.result)

    return (
        Column("mark", translate("ChecksModel", "Marcar"), checkable=True),
        Column(
            "name",
            translate("ChecksModel", "Nombre"),
            lambda row: row.person.full_name,
            tooltip=lambda row: row.person.full_name,
        ),
        Column("folio", translate("ChecksModel", "Folio"), lambda row: row.enrollment.folio or ""),
        Column("locality", translate("ChecksModel", "Localidad"), lambda row: row.person.locality),
        Column("school", translate("ChecksModel", "Escuela (CCT)"), lambda row: row.school_key),
        Column("recorded", translate("ChecksModel", "En el periodo"), recorded),
        Column("complied", translate("ChecksModel", "Cumplimiento"), complied, tooltip=why),
    )


@dataclass(frozen=True, slots=True)
class DueFilter:
    """Rows of one locality, one school, and with the typed text in the name (any accents).

    Applied in Python to the whole list, and the model shown holds only the rows it keeps:
    a filter proxy would call back into Python once per row on every change.
    """

    name: str = ""  # folded
    locality: str = _ALL
    school: str = _ALL

    def apply(self, rows: list[CheckDue], folded: dict[str, str]) -> list[CheckDue]:
        if not (self.name or self.locality or self.school):
            return rows
        kept = rows
        if self.locality:
            kept = [r for r in kept if r.person.locality == self.locality]
        if self.school:
            kept = [r for r in kept if r.school_key == self.school]
        if self.name:
            for row in kept:
                if row.enrollment.id not in folded:
                    folded[row.enrollment.id] = fold(row.person.full_name)
            kept = [r for r in kept if self.name in folded[r.enrollment.id]]
        return kept


@dataclass(frozen=True, slots=True)
class _Marked:
    """What a bulk mark did: the whole list and the rows shown, as they are now; its undo."""

    saved: int
    rows: list[CheckDue]
    shown: list[CheckDue]
    undo: list[AttendanceCheck]
    compliance: dict[str, Compliance]


class ChecksPage(QWidget):
    def __init__(
        self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self._undo: list[AttendanceCheck] = []
        self._loading = 0
        self._rows: list[CheckDue] = []  # the whole list; the model holds the rows shown
        self._filter_now = DueFilter()
        self._folded: dict[str, str] = {}
        # Per enrolment, compliance with the check of the period shown (from the catalog).
        self._compliance: dict[str, Compliance] = {}
        # Tests answer the confirmation themselves; the app shows a window-modal question.
        self.confirm: Callable[[str, Callable[[], None]], None] = self._ask
        self.programs: list[Program] = [p for p in casebook.catalog if p.checks]
        self.program = QComboBox()
        for program in self.programs:
            self.program.addItem(i18n.catalog_text(program.label), program.code)
        self.kind = QComboBox()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Periodo"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("CCT de la escuela o CLUES de la unidad de salud"))
        self.load_button = QPushButton(self.tr("&Ver lista"))
        self.name_filter = QLineEdit()
        self.name_filter.setPlaceholderText(self.tr("Filtrar por nombre"))
        self.name_filter.setAccessibleName(self.tr("Filtrar por nombre"))
        self.name_filter.setClearButtonEnabled(True)
        self.locality_filter = QComboBox()
        self.locality_filter.setAccessibleName(self.tr("Filtrar por localidad"))
        self.school_filter = QComboBox()
        self.school_filter.setAccessibleName(self.tr("Filtrar por escuela"))
        self.model = TableModel(
            check_columns(lambda row: self._compliance.get(row.enrollment.id)), self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Personas con corresponsabilidad pendiente"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column("name"), QHeaderView.ResizeMode.Stretch)
        # Widths from the texts they must hold (a folio, a CCT, the longest result), measured
        # once: sizing to contents would measure every one of thousands of rows.
        cells, heads = self.fontMetrics(), header.fontMetrics()
        samples = {
            "mark": "",
            "folio": "XXXXXX-000000-X",
            "locality": "Rancho Nuevo de la Cruz",
            "school": "20DPR0001X",
            "recorded": max((i18n.check_result_label(r) for r in CheckResult), key=len),
            "complied": max((i18n.compliance_label(c) for c in ComplianceStatus), key=len),
        }
        self._natural: dict[int, int] = {}
        for name, sample in samples.items():
            column = self.model.column(name)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(title))
            self._natural[column] = width + 4 * cells.averageCharWidth()
        self._fit_columns()
        self.table.installEventFilter(self)
        # Never squeezed to a row or two: on a short screen the page scrolls instead.
        keep_rows_visible(self.table, 6)
        self.mark_all_button = QPushButton(self.tr("Marcar &todos"))
        self.attended_button = QPushButton(self.tr("Asistió (Alt+1)"))
        self.absent_button = QPushButton(self.tr("Faltó (Alt+2)"))
        self.justified_button = QPushButton(self.tr("Justificada (Alt+3)"))
        self.undo_button = QPushButton(self.tr("&Deshacer (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.status = WrappingLabel()
        self.error = ErrorLabel()

        form = new_form()
        add_row(form, self.tr("Programa"), self.program)
        add_row(form, self.tr("Tipo de corresponsabilidad"), self.kind)
        add_row(form, self.tr("Periodo"), self.period, required=True)
        add_row(form, self.tr("Lugar de la visita"), self.place)
        filters = QHBoxLayout()
        filters.addWidget(self.name_filter, 2)
        filters.addWidget(self.locality_filter, 1)
        filters.addWidget(self.school_filter, 1)
        buttons = FlowLayout()
        buttons.addWidget(self.mark_all_button)
        buttons.addWidget(self.undo_button)
        for button in (self.attended_button, self.absent_button, self.justified_button):
            buttons.add_trailing(button)
        # The list keeps room for several rows; where the screen is shorter than the choices,
        # the list and its buttons together, the page scrolls instead of squeezing the list.
        body = QWidget()
        contents = QVBoxLayout(body)
        contents.setContentsMargins(0, 0, 0, 0)
        contents.addLayout(form)
        contents.addWidget(self.load_button, 0, Qt.AlignmentFlag.AlignLeft)
        contents.addLayout(filters)
        contents.addWidget(self.table, 1)
        contents.addLayout(buttons)
        contents.addWidget(self.status)
        contents.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Corresponsabilidades")))
        layout.addWidget(scrolling(body), 1)

        self.program.currentIndexChanged.connect(self._program_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(lambda _i: self.model.set_rows([]))
        self.load_button.clicked.connect(self.load)
        self.name_filter.textChanged.connect(lambda _text: self._filter())
        self.locality_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.school_filter.currentIndexChanged.connect(lambda _i: self._filter())
        self.mark_all_button.clicked.connect(self.tick_all_shown)
        QShortcut(QKeySequence.StandardKey.SelectAll, self.table, self.tick_all_shown)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.undo_button.clicked.connect(self.undo)
        self.attended_button.clicked.connect(lambda: self.mark(CheckResult.ASISTIO))
        self.absent_button.clicked.connect(lambda: self.mark(CheckResult.FALTO))
        self.justified_button.clicked.connect(lambda: self.mark(CheckResult.JUSTIFICADA))
        QShortcut(QKeySequence("Alt+1"), self, lambda: self.mark(CheckResult.ASISTIO))
        QShortcut(QKeySequence("Alt+2"), self, lambda: self.mark(CheckResult.FALTO))
        QShortcut(QKeySequence("Alt+3"), self, lambda: self.mark(CheckResult.JUSTIFICADA))
        self._program_changed()
        self.show_rows([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Each column as wide as its texts, but the name keeps room for a full name.

        On a small screen or with large text the locality and school give way first (their
        texts elide; the columns can still be widened by hand); a column nobody in the list
        has a value for is hidden.
        """
        header = self.table.horizontalHeader()
        filters = {
            self.model.column("locality"): self.locality_filter,
            self.model.column("school"): self.school_filter,
        }
        shrinkable = list(filters)
        # A column with one value for everybody says nothing; hidden (its filter stays).
        worth = {c: not (f.count() < 2 and bool(self.model.rows)) for c, f in filters.items()}
        widths = {c: w for c, w in self._natural.items() if worth.get(c, True)}
        name_room = self.fontMetrics().horizontalAdvance("María Guadalupe Hernández Ruiz")
        room = self.table.viewport().width()
        excess = sum(widths.values()) + name_room - room
        give = sum(widths.get(c, 0) for c in shrinkable)
        floor = self.fontMetrics().averageCharWidth() * 8
        if excess > 0 and give:
            for column in (c for c in shrinkable if c in widths):
                share = excess * widths[column] // give
                widths[column] = max(widths[column] - share, floor)
        # Still no room for a short name (a netbook at large text): the school, then the
        # locality, step aside; the filters above the list still choose by them.
        short_name = self.fontMetrics().averageCharWidth() * 16
        for column in reversed(shrinkable):
            if column in widths and sum(widths.values()) + short_name > room:
                del widths[column]
        for column in filters:
            self.table.setColumnHidden(column, column not in widths)
        for column, width in widths.items():
            header.resizeSection(column, width)

    def open_list(self, program_code: str, kind: str) -> None:
        """Choose a program and kind (current period) and load the list."""
        self.program.setCurrentIndex(max(self.program.findData(program_code), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.period.setCurrentIndex(0)
        self.load()

    def selected_program(self) -> Program | None:
        code = combo_value(self.program)
        return self._casebook.catalog.get(code) if code else None

    def selected_period(self) -> str:
        return combo_value(self.period) or ""

    def _program_changed(self) -> None:
        program = self.selected_program()
        self.kind.blockSignals(True)
        self.kind.clear()
        if program is not None:
            for check in program.checks:
                self.kind.addItem(i18n.check_kind_label(check.kind), check.kind.value)
        self.kind.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self) -> None:
        program = self.selected_program()
        kind = combo_value(self.kind)
        expected = (
            next((c for c in program.checks if c.kind.value == kind), None) if program else None
        )
        self.period.blockSignals(True)
        self.period.clear()
        if expected is not None:
            today = self._casebook.today()
            for period in recent_periods(expected.frequency, today):
                self.period.addItem(i18n.check_period_label(period), period.code)
        self.period.blockSignals(False)
        self.model.set_rows([])

    def load(self) -> None:
        program = self.selected_program()
        period = self.selected_period()
        kind_value = combo_value(self.kind)
        if program is None or not period or not kind_value:
            return
        kind = CheckKind(kind_value)
        casebook = self._casebook
        self.status.setText(self.tr("Cargando la lista…"))
        self._loading += 1
        loading = self._loading

        def read() -> tuple[list[CheckDue], dict[str, Compliance]]:
            rows = casebook.checks.due(program.code, period, kind)
            return rows, casebook.compliance.in_program(program.code, kind, period)

        self._runner.run_in_background(
            read,
            lambda read_now: self._loaded(loading, *read_now),
            self._failed,
            owner=self,
        )

    def _loaded(
        self, loading: int, rows: list[CheckDue], compliance: dict[str, Compliance] | None = None
    ) -> None:
        if loading != self._loading:
            return  # a newer list was asked for meanwhile
        self._compliance = compliance or {}
        self._undo = []
        self.undo_button.setEnabled(False)
        self.show_rows(rows)
        if rows:
            self.table.setFocus()

    def show_rows(self, rows: list[CheckDue]) -> None:
        """Show a freshly read list (with its filter choices), first row current."""
        self.error.clear_message()
        self._rows = rows
        self._folded = {}
        self._fill_filter(
            self.locality_filter,
            self.tr("Todas las localidades"),
            {row.person.locality for row in rows},
        )
        self._fill_filter(
            self.school_filter, self.tr("Todas las escuelas"), {row.school_key for row in rows}
        )
        self._filter_now = self._chosen_filter()
        self.model.set_rows(self._filter_now.apply(rows, self._folded))
        self._fit_columns()
        self._show_counts()
        if self.model.rows:
            self.table.selectRow(0)

    def _fill_filter(self, combo: QComboBox, everything: str, values: set[str]) -> None:
        kept = combo_value(combo) or _ALL
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, _ALL)
        for value in sorted(v for v in values if v):
            combo.addItem(value, value)
        position = combo.findData(kept)
        combo.setCurrentIndex(max(position, 0))
        combo.setEnabled(combo.count() > 2)
        combo.blockSignals(False)

    def _chosen_filter(self) -> DueFilter:
        return DueFilter(
            name=fold(self.name_filter.text().strip()),
            locality=combo_value(self.locality_filter) or _ALL,
            school=combo_value(self.school_filter) or _ALL,
        )

    def _filter(self) -> None:
        chosen = self._chosen_filter()
        if chosen == self._filter_now:
            return
        self._filter_now = chosen
        # A tick that the filter hides would be marked unseen: only shown rows stay ticked.
        ticked = {self.model.rows[n].enrollment.id for n in self.model.marked}
        shown = chosen.apply(self._rows, self._folded)
        self.model.set_rows(shown)
        if ticked:
            self.model.set_marked({n for n, row in enumerate(shown) if row.enrollment.id in ticked})
        self._show_counts()

    def _show_counts(self) -> None:
        pending = sum(1 for row in self._rows if row.recorded is None)
        self.status.setText(
            i18n.fill(
                self.tr(
                    "%n personas en la lista (%1 a la vista); %2 sin registrar en el periodo.",
                    "",
                    len(self._rows),
                ),
                self.model.rowCount(),
                pending,
            )
        )

    def tick_all_shown(self) -> None:
        self.model.set_marked(set(range(self.model.rowCount())))

    def _failed(self, exc: Exception) -> None:
        self.error.show_message(describe_error(exc))

    def target_rows(self) -> tuple[list[int], bool]:
        """The rows shown that a result applies to, and whether they are the ticked ones.

        Ticked rows when there are any (the selection is then left alone, and the page says
        so); otherwise the selected rows.
        """
        if self.model.marked:
            return sorted(self.model.marked), True
        selected = self.table.selectionModel().selectedRows()
        return sorted(i.row() for i in selected), False

    def mark(self, result: CheckResult) -> None:
        rows, ticked = self.target_rows()
        kind_value = combo_value(self.kind)
        if not rows or not kind_value:
            self.error.show_message(self.tr("Marque a las personas o elija una fila."))
            return
        self.error.clear_message()
        label = i18n.check_result_label(result)
        if ticked:
            question = i18n.fill(
                self.tr(
                    "¿Registrar a las %1 personas marcadas como «%2»? "
                    "Se usan las marcas, no las filas seleccionadas."
                ),
                len(rows),
                label,
            )
        else:
            question = i18n.fill(
                self.tr("¿Registrar a las %1 personas seleccionadas como «%2»?"), len(rows), label
            )
        if len(rows) > CONFIRM_ABOVE:
            self.confirm(question, lambda: self._record(rows, result))
        else:
            self._record(rows, result)

    def _ask(self, question: str, then: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Registrar corresponsabilidades"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda answer: then() if answer == QMessageBox.StandardButton.Yes else None
        )
        box.open()

    def _record(self, positions: list[int], result: CheckResult) -> None:
        kind = CheckKind(combo_value(self.kind) or "")
        period = self.selected_period()
        program_code = combo_value(self.program) or ""
        place = self.place.text().strip().upper()
        shown = self.model.rows
        targets = [shown[n] for n in positions]
        everything = self._rows
        casebook = self._casebook

        def record() -> _Marked:
            # Off the GUI thread: thousands of checks built, written, and the rows redone.
            checks = [
                AttendanceCheck("", t.enrollment.id, kind, period, result, place) for t in targets
            ]
            # What undo puts back: the earlier mark, or a withdrawal where there was none.
            undo = [
                AttendanceCheck(
                    "",
                    t.enrollment.id,
                    kind,
                    period,
                    t.recorded.result if t.recorded else CheckResult.ANULADA,
                    t.recorded.place_key if t.recorded else place,
                )
                for t in targets
            ]
            saved = casebook.checks.record(checks)
            complied = casebook.compliance.in_program(program_code, kind, period)
            return _Marked(len(saved), *_with_saved(everything, shown, saved), undo, complied)

        self._runner.run_in_background(
            record,
            lambda marked: self._recorded(marked, result),
            self._failed,
            owner=self,
            writes=True,
        )

    def _recorded(self, marked: _Marked, result: CheckResult) -> None:
        self._show_marked(marked)
        self.model.set_marked(set())
        self._undo = marked.undo
        self.undo_button.setEnabled(True)
        self.status.setText(
            i18n.fill(
                self.tr("Se registraron %1 como «%2». Ctrl+Z lo deshace."),
                marked.saved,
                i18n.check_result_label(result),
            )
        )
        if marked.saved == 1:
            current = self.table.currentIndex().row()
            if current + 1 < self.model.rowCount():
                self.table.selectRow(current + 1)

    def undo(self) -> None:
        """Record the marks that the last marking replaced (append-only: a correction)."""
        undo, self._undo = self._undo, []
        self.undo_button.setEnabled(False)
        if not undo:
            return
        casebook = self._casebook
        everything, shown = self._rows, self.model.rows
        program_code, kind = combo_value(self.program) or "", undo[0].kind
        period = undo[0].period

        def record() -> _Marked:
            saved = casebook.checks.record(undo)
            complied = casebook.compliance.in_program(program_code, kind, period)
            return _Marked(len(saved), *_with_saved(everything, shown, saved), [], complied)

        self._runner.run_in_background(record, self._undone, self._failed, owner=self, writes=True)

    def _undone(self, marked: _Marked) -> None:
        self._show_marked(marked)
        self.status.setText(self.tr("Se deshizo la marca de %n personas.", "", marked.saved))

    def _show_marked(self, marked: _Marked) -> None:
        """Show what was just recorded in its rows, keeping scroll position and selection."""
        self._rows = marked.rows
        self._compliance = marked.compliance
        if len(marked.shown) == self.model.rowCount() and self._filter_now == self._chosen_filter():
            self.model.replace_all(marked.shown)
        else:  # the list or its filter changed meanwhile
            self.model.set_rows(self._filter_now.apply(self._rows, self._folded))
        self._show_counts()


def _with_saved(
    everything: list[CheckDue], shown: list[CheckDue], saved: list[AttendanceCheck]
) -> tuple[list[CheckDue], list[CheckDue]]:
    """The whole list and the rows shown, each with the checks just recorded in its rows."""
    latest = {c.enrollment_id: (None if c.result is CheckResult.ANULADA else c) for c in saved}

    def redo(rows: list[CheckDue]) -> list[CheckDue]:
        return [
            replace(row, recorded=latest[row.enrollment.id]) if row.enrollment.id in latest else row
            for row in rows
        ]

    return redo(everything), redo(shown)
