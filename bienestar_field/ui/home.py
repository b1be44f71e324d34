"""The home page: today's work, what is left to do, what waits to sync, and the main tasks.

What is left to do: drafts to finish, the checks of this period still unrecorded per program,
enrolments the server returned with its reason, and where each kind of record stands with
the server (saved here, sent, acknowledged, refused), read in one background job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import (
    FlowLayout,
    WrappingLabel,
    card,
    scrolling,
    title_label,
    wrapping_label,
)

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook, DaySummary, DraftInfo, WorkToDo
    from bienestar_field.ui.follow_up import AtRiskDialog, TransitionsDialog
    from bienestar_field.ui.syncing.controller import SyncController

HOUSEHOLD_DRAFT = "household"


class Figure(QWidget):
    """A number with its caption, read as one thing by screen readers."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = QLabel("—")
        self.value.setProperty("role", "figure")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = WrappingLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)
        self.setAccessibleName(caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)
        self.setAccessibleDescription(text)


def sync_state_columns() -> tuple[Column[tuple[str, dict[str, int]]], ...]:
    """One row per kind of record: how many are in each state with the server."""

    def count(state: str) -> Callable[[tuple[str, dict[str, int]]], str]:
        return lambda row: str(row[1].get(state, 0))

    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return (
        Column("kind", translate("HomePage", "Registros"), lambda row: i18n.entity_label(row[0])),
        Column("saved", translate("HomePage", "Guardados aquí"), count("saved"), alignment=right),
        Column("sent", translate("HomePage", "Enviados"), count("sent"), alignment=right),
        Column(
            "acknowledged",
            translate("HomePage", "Confirmados"),
            count("acknowledged"),
            alignment=right,
        ),
        Column("refused", translate("HomePage", "Rechazados"), count("refused"), alignment=right),
    )


class HomePage(QWidget):
    """Emits ``go`` with a page name, ``resume_draft`` with a draft's kind and id,
    ``checks_wanted`` with a program and check kind, ``person_wanted`` with a person's id."""

    go = Signal(str)
    resume_draft = Signal(str, str)
    checks_wanted = Signal(str, str)
    person_wanted = Signal(str)

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self._sync = sync
        self.greeting = title_label(i18n.fill(self.tr("Hola, %1"), casebook.user.name))
        self.today = QLabel(i18n.format_long_date(casebook.today()))
        self.households = Figure(self.tr("Hogares registrados hoy"))
        self.persons = Figure(self.tr("Personas registradas hoy"))
        self.enrollments = Figure(self.tr("Inscripciones de hoy"))
        self.checks = Figure(self.tr("Corresponsabilidades de hoy"))
        self.pending = Figure(self.tr("Cambios por enviar"))
        self.last_sync = Figure(self.tr("Última sincronización"))
        self.last_sync.set_value(self.tr("Nunca"))
        self.last_sync.value.setProperty("role", "subtitle")
        grid = QGridLayout()
        figures = (
            self.households,
            self.persons,
            self.enrollments,
            self.checks,
            self.pending,
            self.last_sync,
        )
        for index, figure in enumerate(figures):
            grid.addWidget(card(_wrap(figure)), index // 3, index % 3)
        self.sync_note = wrapping_label(self._unconfigured_note())
        # After a sync the records' states move: read them again, once things settle.
        self._reread = QTimer(self)
        self._reread.setSingleShot(True)
        self._reread.setInterval(500)
        self._reread.timeout.connect(self._refresh_if_shown)
        if sync is not None:
            sync.changed.connect(self.show_sync)
            sync.changed.connect(self._reread.start)

        self.register_button = QPushButton(self.tr("Registrar un &hogar"))
        self.quick_button = QPushButton(self.tr("&Inscripción rápida en módulo"))
        self.checks_button = QPushButton(self.tr("Registrar &corresponsabilidades"))
        self.search_button = QPushButton(self.tr("&Buscar personas"))
        # Follow-up lists, computed from the catalog in force and the recorded checks.
        self.at_risk_button = QPushButton(self.tr("Pago en &riesgo este periodo"))
        self.transitions_button = QPushButton(self.tr("&Transiciones próximas"))
        actions = FlowLayout()
        for button, page in (
            (self.register_button, "household"),
            (self.quick_button, "quick"),
            (self.checks_button, "checks"),
            (self.search_button, "search"),
        ):
            button.clicked.connect(lambda _checked=False, p=page: self.go.emit(p))
            actions.addWidget(button)
        follow_up = FlowLayout()
        follow_up.addWidget(self.at_risk_button)
        follow_up.addWidget(self.transitions_button)
        self.at_risk_button.clicked.connect(self.open_at_risk)
        self.transitions_button.clicked.connect(self.open_transitions)

        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Borradores guardados"))
        self.resume_button = QPushButton(self.tr("C&ontinuar borrador"))
        self.resume_button.setEnabled(False)
        self.drafts.currentItemChanged.connect(
            lambda current, _previous: self.resume_button.setEnabled(current is not None)
        )
        self.drafts.itemActivated.connect(self._resume)
        self.resume_button.clicked.connect(lambda: self._resume(self.drafts.currentItem()))

        self.checks_due = QListWidget()
        self.checks_due.setAccessibleName(self.tr("Corresponsabilidades por registrar"))
        self.checks_due.itemActivated.connect(self._open_checks)
        self.returned = QListWidget()
        self.returned.setAccessibleName(self.tr("Inscripciones devueltas por el servidor"))
        self.returned.itemActivated.connect(self._open_person)
        self.sync_states = TableModel(sync_state_columns(), self)
        self.sync_table = QTableView()
        self.sync_table.setModel(self.sync_states)
        self.sync_table.setAccessibleName(self.tr("Registros por estado ante el servidor"))
        self.sync_table.verticalHeader().setVisible(False)
        self.sync_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sync_table.setTabKeyNavigation(False)
        self.sync_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.sync_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows_height = self.sync_table.verticalHeader().defaultSectionSize() * 5
        self.sync_table.setFixedHeight(
            rows_height + self.sync_table.horizontalHeader().sizeHint().height() + 4
        )

        for view in (self.drafts, self.checks_due, self.returned):
            _rows_high(view)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("¿Qué desea hacer?"), "subtitle"))
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("Seguimiento"), "subtitle"))
        layout.addLayout(follow_up)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("Borradores sin terminar"), "subtitle"))
        layout.addWidget(self.drafts)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("Corresponsabilidades de este periodo"), "subtitle"))
        layout.addWidget(self.checks_due)
        layout.addSpacing(8)
        layout.addWidget(
            title_label(self.tr("Inscripciones devueltas por el servidor"), "subtitle")
        )
        layout.addWidget(self.returned)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("El trabajo de hoy"), "subtitle"))
        layout.addLayout(grid)
        layout.addWidget(self.sync_note)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("Los registros ante el servidor"), "subtitle"))
        layout.addWidget(self.sync_table)
        layout.addStretch(1)
        # Scrolls rather than making the window taller than a small laptop's screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.show_sync()

    def _unconfigured_note(self) -> str:
        return self.tr(
            "Sin servidor configurado: todo queda guardado en este equipo hasta que se "
            "configure la sincronización."
        )

    def show_sync(self) -> None:
        """The real last sync and what waits to be sent, from the sync controller."""
        from bienestar_field.ui.syncing.connection import Connection

        sync = self._sync
        status = sync.status if sync is not None else None
        if sync is None or status is None or not status.enrolled:
            self.sync_note.setText(self._unconfigured_note())
            return
        self.pending.set_value(str(status.pending))
        last = status.last_success_at
        self.last_sync.set_value(i18n.format_timestamp(last) if last else self.tr("Nunca"))
        if sync.connection is Connection.REVOKED:
            note = sync.message
        elif sync.connection is Connection.OFFLINE:
            note = self.tr(
                "Sin conexión con el servidor central: lo que registre queda guardado en este "
                "equipo y se enviará cuando vuelva la conexión."
            )
        elif sync.message:
            note = sync.message
        else:
            note = self.tr("Este equipo envía sus cambios al servidor central al sincronizar.")
        # One "Sincronizar ahora" in the window, the status bar's (F5), not a second one here.
        self.sync_note.setText(note)

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self._runner.accepting:
            self.refresh()

    def refresh(self) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: (
                casebook.reports.day_summary(casebook.today()),
                casebook.drafts.saved(),
                casebook.work.to_do(),
            ),
            self._show,
            owner=self,
        )

    def _show(self, result: tuple[DaySummary, list[DraftInfo], WorkToDo]) -> None:
        summary, drafts, work = result
        self._show_work(work)
        self.households.set_value(str(summary.households))
        self.persons.set_value(str(summary.persons))
        self.enrollments.set_value(str(summary.enrollments))
        self.checks.set_value(str(summary.attendance_checks))
        self.pending.set_value(str(summary.pending_changes))
        self.drafts.clear()
        for draft in drafts:
            item = QListWidgetItem(f"{draft.label} — {i18n.format_timestamp(draft.updated_at)}")
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, draft.kind)
            self.drafts.addItem(item)
        if not drafts:
            item = QListWidgetItem(self.tr("No hay borradores."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drafts.addItem(item)
        _rows_high(self.drafts)

    def _show_work(self, work: WorkToDo) -> None:
        # Here, not at the top: the home page is on the path to the first window.
        from bienestar_field.domain.periods import parse_period

        catalog = self._casebook.catalog
        self.checks_due.clear()
        missing = [due for due in work.checks if due.missing]
        for due in missing:
            program = catalog.get(due.program_code)
            item = QListWidgetItem(
                i18n.fill(
                    self.tr("%1 · %2 · %3: faltan %4 de %5"),
                    i18n.catalog_text(program.label) if program else due.program_code,
                    i18n.check_kind_label(due.kind),
                    i18n.check_period_label(parse_period(due.period)),
                    due.missing,
                    due.enrolled,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, due.program_code)
            item.setData(Qt.ItemDataRole.UserRole + 1, due.kind.value)
            self.checks_due.addItem(item)
        if not missing:
            self._placeholder(
                self.checks_due,
                self.tr("Todas las corresponsabilidades de este periodo están registradas."),
            )
        self.returned.clear()
        for returned in work.returned:
            program = catalog.get(returned.program_code)
            item = QListWidgetItem(
                i18n.fill(
                    self.tr("%1 — %2 (folio %3): %4"),
                    returned.person_name,
                    i18n.catalog_text(program.label) if program else returned.program_code,
                    returned.folio,
                    returned.reason or self.tr("sin motivo"),
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, returned.person_id)
            self.returned.addItem(item)
        if not work.returned:
            self._placeholder(self.returned, self.tr("El servidor no ha devuelto inscripciones."))
        _rows_high(self.checks_due)
        _rows_high(self.returned)
        order = ("household", "household_survey", "person", "enrollment", "attendance_check")
        rows = sorted(
            work.sync_states.items(),
            key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order),
        )
        self.sync_states.set_rows(rows)

    @staticmethod
    def _placeholder(view: QListWidget, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        view.addItem(item)

    def open_at_risk(self) -> AtRiskDialog:
        """The people whose payment is at risk this period; Enter opens one."""
        from bienestar_field.ui.follow_up import AtRiskDialog

        dialog = AtRiskDialog(self._casebook, self._runner, self)
        self._open_list(dialog)
        return dialog

    def open_transitions(self) -> TransitionsDialog:
        """The people whose situation changes by age or time soon; Enter opens one."""
        from bienestar_field.ui.follow_up import TransitionsDialog

        dialog = TransitionsDialog(self._casebook, self._runner, self)
        self._open_list(dialog)
        return dialog

    def _open_list(self, dialog: AtRiskDialog | TransitionsDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.person_wanted.connect(self.person_wanted)
        dialog.open()

    def _open_checks(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        program, kind = item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(program, str) and isinstance(kind, str):
            self.checks_wanted.emit(program, kind)

    def _open_person(self, item: QListWidgetItem | None) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(person_id, str):
            self.person_wanted.emit(person_id)

    def _resume(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        draft_id = item.data(Qt.ItemDataRole.UserRole)
        kind = item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(draft_id, str) and isinstance(kind, str):
            self.resume_draft.emit(kind, draft_id)


def _rows_high(view: QListWidget, rows: int = 4) -> None:
    """A list as tall as its items, up to ``rows`` lines: short lists leave room below."""
    shown = max(1, min(view.count(), rows))
    line = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 6
    view.setFixedHeight(shown * line + 2 * view.frameWidth() + 4)


def _wrap(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.addWidget(widget)
    return layout
