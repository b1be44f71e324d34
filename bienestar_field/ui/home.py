"""The home page: today's work, what waits to sync, drafts to resume, and the main tasks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
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
    from bienestar_field.casebook import Casebook, DaySummary, DraftInfo
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


class HomePage(QWidget):
    """Emits ``go`` with a page name, or ``resume_draft`` with a draft's kind and id."""

    go = Signal(str)
    resume_draft = Signal(str, str)

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
        self.today = QLabel(i18n.format_long_date(casebook.now().astimezone().date()))
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
        self.sync_button = QPushButton(self.tr("&Sincronizar ahora"))
        self.sync_button.setVisible(False)
        if sync is not None:
            self.sync_button.clicked.connect(sync.sync_now)
            sync.changed.connect(self.show_sync)

        self.register_button = QPushButton(self.tr("Registrar un &hogar"))
        self.quick_button = QPushButton(self.tr("&Inscripción rápida en módulo"))
        self.checks_button = QPushButton(self.tr("Registrar &corresponsabilidades"))
        self.search_button = QPushButton(self.tr("&Buscar personas"))
        actions = FlowLayout()
        for button, page in (
            (self.register_button, "household"),
            (self.quick_button, "quick"),
            (self.checks_button, "checks"),
            (self.search_button, "search"),
        ):
            button.clicked.connect(lambda _checked=False, p=page: self.go.emit(p))
            actions.addWidget(button)

        self.drafts = QListWidget()
        self.drafts.setAccessibleName(self.tr("Borradores guardados"))
        self.drafts.setMaximumHeight(140)
        self.resume_button = QPushButton(self.tr("C&ontinuar borrador"))
        self.resume_button.setEnabled(False)
        self.drafts.currentItemChanged.connect(
            lambda current, _previous: self.resume_button.setEnabled(current is not None)
        )
        self.drafts.itemActivated.connect(self._resume)
        self.resume_button.clicked.connect(lambda: self._resume(self.drafts.currentItem()))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("El trabajo de hoy"), "subtitle"))
        layout.addLayout(grid)
        layout.addWidget(self.sync_note)
        layout.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("¿Qué desea hacer?"), "subtitle"))
        layout.addLayout(actions)
        layout.addSpacing(8)
        layout.addWidget(title_label(self.tr("Borradores sin terminar"), "subtitle"))
        layout.addWidget(self.drafts)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeft)
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
            self.sync_button.setVisible(False)
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
        self.sync_note.setText(note)
        self.sync_button.setVisible(True)
        self.sync_button.setEnabled(not sync.syncing and sync.connection is not Connection.REVOKED)

    def refresh(self) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: (casebook.reports.day_summary(casebook.now().date()), casebook.drafts.saved()),
            self._show,
            owner=self,
        )

    def _show(self, result: tuple[DaySummary, list[DraftInfo]]) -> None:
        summary, drafts = result
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

    def _resume(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        draft_id = item.data(Qt.ItemDataRole.UserRole)
        kind = item.data(Qt.ItemDataRole.UserRole + 1)
        if isinstance(draft_id, str) and isinstance(kind, str):
            self.resume_draft.emit(kind, draft_id)


def _wrap(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.addWidget(widget)
    return layout
