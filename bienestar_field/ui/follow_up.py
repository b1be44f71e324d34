"""Follow-up lists: compliance with the checks, payments at risk, transitions due.

``compliance_columns`` is the table of the person's page (each active enrolment's checks, the
current period and the ones before); ``AtRiskDialog`` lists the people whose payment is at risk
this period (a check that conditions payment not met) and ``TransitionsDialog`` the people
whose situation changes by age or time within a horizon, each with the action to take. Both
are opened from the home page; in either, Enter (or a double click) opens the person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.casebook import Casebook
from bienestar_field.casebook.compliance import PaymentAtRisk, TransitionDue
from bienestar_field.domain.compliance import Compliance
from bienestar_field.domain.programs import ProgramCatalog
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import ErrorLabel, WrappingLabel, title_label

Row = TypeVar("Row")

DEFAULT_HORIZON_DAYS = 60


def _program_name(catalog: ProgramCatalog, code: str) -> str:
    program = catalog.get(code)
    return i18n.catalog_text(program.label) if program else code


def compliance_columns(catalog: ProgramCatalog) -> tuple[Column[Compliance], ...]:
    """The person's page: one row per enrolment, check and period."""
    return (
        Column(
            "program",
            translate("ComplianceModel", "Programa"),
            lambda row: i18n.fill(
                translate("ComplianceModel", "%1\n%2"),
                _program_name(catalog, row.program_code),
                i18n.check_kind_label(row.kind),
            ),
        ),
        Column(
            "period",
            translate("ComplianceModel", "Periodo"),
            lambda row: i18n.check_period_label(row.period),
        ),
        Column(
            "status",
            translate("ComplianceModel", "Cumplimiento"),
            lambda row: _status(row),
        ),
        Column(
            "reason",
            translate("ComplianceModel", "Motivo"),
            lambda row: i18n.domain_text(row.reason),
            tooltip=lambda row: i18n.domain_text(row.reason),
        ),
    )


def _status(row: Compliance) -> str:
    label = i18n.compliance_label(row.status)
    if row.payment_at_risk:
        return i18n.fill(translate("ComplianceModel", "%1\n(condiciona el pago)"), label)
    return label


def at_risk_columns(catalog: ProgramCatalog) -> tuple[Column[PaymentAtRisk], ...]:
    def why(row: PaymentAtRisk) -> str:
        return " ".join(
            i18n.fill(
                translate("ComplianceModel", "%1, %2: %3"),
                i18n.check_kind_label(reason.kind),
                i18n.check_period_label(reason.period),
                i18n.domain_text(reason.reason),
            )
            for reason in row.reasons
        )

    return (
        Column("name", translate("ComplianceModel", "Nombre"), lambda row: row.person.full_name),
        Column(
            "folio", translate("ComplianceModel", "Folio"), lambda row: row.enrollment.folio or ""
        ),
        Column(
            "program",
            translate("ComplianceModel", "Programa"),
            lambda row: _program_name(catalog, row.enrollment.program_code),
        ),
        Column("reason", translate("ComplianceModel", "Motivo"), why, tooltip=why),
    )


def transition_columns(catalog: ProgramCatalog) -> tuple[Column[TransitionDue], ...]:
    def what(row: TransitionDue) -> str:
        return i18n.fill(
            translate("ComplianceModel", "%1\n%2"),
            i18n.domain_text(row.transition.reason),
            i18n.domain_text(row.transition.action),
        )

    return (
        Column(
            "on",
            translate("ComplianceModel", "Fecha"),
            lambda row: i18n.format_date(row.transition.on),
            sort_key=lambda row: row.transition.on,
        ),
        Column("name", translate("ComplianceModel", "Nombre"), lambda row: row.person.full_name),
        Column(
            "program",
            translate("ComplianceModel", "Programa"),
            lambda row: i18n.fill(
                translate("ComplianceModel", "%1\n%2"),
                _program_name(catalog, row.enrollment.program_code),
                i18n.transition_kind_label(row.transition.kind),
            ),
        ),
        Column("action", translate("ComplianceModel", "Motivo y qué hacer"), what, tooltip=what),
    )


def list_table(
    model: TableModel[Row], name: str, stretch: str, widths: dict[str, int] | None = None
) -> QTableView:
    """A read-only list, keyboard first (Tab leaves, arrows move): the ``stretch`` column
    takes the room left, ``widths`` (in average characters) fix others, which then wrap; the
    rest fit their contents."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(model.column(stretch), QHeaderView.ResizeMode.Stretch)
    character = table.fontMetrics().averageCharWidth()
    for column, characters in (widths or {}).items():
        header.setSectionResizeMode(model.column(column), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(model.column(column), characters * character)
    return table


class _PeopleList(QDialog, Generic[Row]):
    """A list of people read in the background; Enter or a double click opens the person
    (``person_wanted`` with their id)."""

    person_wanted = Signal(str)

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        model: TableModel[Row],
        title: str,
        stretch: str,
        parent: QWidget | None = None,
        widths: dict[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.model: TableModel[Row] = model
        self.setWindowTitle(title)
        fit_to_screen(self, 960, 560)
        self.heading = title_label(title)
        self.table = list_table(model, title, stretch, widths)
        self.summary = WrappingLabel()
        self.error = ErrorLabel()
        self.open_button = QPushButton(translate("PeopleList", "&Abrir persona"))
        self.open_button.setEnabled(False)
        self.close_button = QPushButton(translate("PeopleList", "&Cerrar"))
        self.controls = QHBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_current)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self.table, self._open_current)

    def person_of(self, row: Row) -> str:
        raise NotImplementedError

    def _open_current(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self.person_wanted.emit(self.person_of(self.model.rows[index.row()]))

    def _load(self, work: Callable[[], list[Row]]) -> None:
        self.error.clear_message()
        self.summary.setText(translate("PeopleList", "Cargando la lista…"))
        self._runner.run_in_background(work, self._loaded, self._failed, owner=self)

    def _loaded(self, rows: list[Row]) -> None:
        self.model.set_rows(rows)
        self.open_button.setEnabled(bool(rows))
        self.summary.setText(self.describe(len(rows)))
        if rows:
            self.table.selectRow(0)
            self.table.setFocus()

    def describe(self, count: int) -> str:
        raise NotImplementedError

    def _failed(self, exc: Exception) -> None:
        self.summary.setText("")
        self.error.show_message(describe_error(exc))


class AtRiskDialog(_PeopleList[PaymentAtRisk]):
    """People whose payment is at risk this period, with the check and period not met."""

    def __init__(self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None = None):
        model: TableModel[PaymentAtRisk] = TableModel(at_risk_columns(casebook.catalog))
        super().__init__(
            casebook,
            runner,
            model,
            translate("AtRiskDialog", "Pago en riesgo este periodo"),
            "reason",
            parent,
            {"name": 26, "program": 22},
        )
        model.setParent(self)
        self.note = QLabel(
            self.tr(
                "Personas con una corresponsabilidad que condiciona el pago sin cumplir en "
                "este periodo o en el que acaba de terminar."
            )
        )
        self.note.setWordWrap(True)
        self.controls.addWidget(self.note, 1)
        self.reload()

    def reload(self) -> None:
        casebook = self._casebook
        self._load(casebook.compliance.at_risk)

    def person_of(self, row: PaymentAtRisk) -> str:
        return row.person.person_id

    def describe(self, count: int) -> str:
        if count == 0:
            return self.tr("Nadie tiene el pago en riesgo este periodo.")
        return self.tr("%n personas con el pago en riesgo.", "", count)


class TransitionsDialog(_PeopleList[TransitionDue]):
    """People whose situation changes by age or time within the horizon (or overdue)."""

    def __init__(self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None = None):
        model: TableModel[TransitionDue] = TableModel(transition_columns(casebook.catalog))
        super().__init__(
            casebook,
            runner,
            model,
            translate("TransitionsDialog", "Transiciones próximas"),
            "action",
            parent,
            {"name": 24, "program": 26},
        )
        model.setParent(self)
        self.horizon = QSpinBox()
        self.horizon.setRange(0, 730)
        self.horizon.setValue(DEFAULT_HORIZON_DAYS)
        self.horizon.setSuffix(self.tr(" días"))
        self.horizon.setAccessibleName(self.tr("Horizonte en días"))
        label = QLabel(self.tr("En los &próximos"))
        label.setBuddy(self.horizon)
        self.show_button = QPushButton(self.tr("&Ver lista"))
        self.controls.addWidget(label)
        self.controls.addWidget(self.horizon)
        self.controls.addWidget(self.show_button)
        self.controls.addStretch(1)
        self.show_button.clicked.connect(self.reload)
        self.horizon.editingFinished.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        casebook, days = self._casebook, self.horizon.value()
        self._load(lambda: casebook.compliance.transitions(days))

    def person_of(self, row: TransitionDue) -> str:
        return row.person.person_id

    def describe(self, count: int) -> str:
        days = self.horizon.value()
        if count == 0:
            return self.tr("Ningún cambio en los próximos %n días.", "", days)
        return i18n.fill(self.tr("%1 cambios en los próximos %2 días o vencidos."), count, days)
