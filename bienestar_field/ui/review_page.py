"""The supervisor's review page: the office's queues as the last sync brought them.

Duplicates side by side (two columns of fields, the differences marked, the score), where the
supervisor says "misma persona" (which record stays, and field by field which value) or
"personas distintas"; conflicts with both values, who wrote each and when; refused changes,
read only, with the reason; enrolments waiting for approval, or made under an outdated catalog.
A decision is stored in the casebook and travels with the next sync; until the server applies
it the item says so. Only a supervisor's workspace has this page, and the casebook refuses its
use cases to other roles as well.

``ReviewController`` holds the page's logic (the queue, the decision being made, casebook calls
on the worker) without drawing, so a test can drive it without pixels.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Final, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.domain.clock import HlcStamp
from bienestar_field.domain.people import Sex
from bienestar_field.sync.review import NOT_A_SUPERVISOR_DEVICE
from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.widgets import FlowLayout, scrolling, title_label, wrapping_label
from bienestar_wire.protocol import RecordState
from bienestar_wire.review import ReviewChoice, ReviewItem, ReviewKind

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.casebook.review import ReviewQueue
    from bienestar_field.ui.syncing.controller import SyncController

T = TypeVar("T")

# The fields of a person shown side by side, in this order; any other field that differs
# follows. Folio and household name the record, not the person: shown, never merged.
PERSON_FIELDS: Final = (
    "curp",
    "nombres",
    "primer_apellido",
    "segundo_apellido",
    "birth_date",
    "sex",
    "birth_state",
    "phone",
)
NOT_MERGED: Final = frozenset({"folio", "household_id"})
KIND_ORDER: Final = (
    ReviewKind.DUPLICATE,
    ReviewKind.PROBABLE_DUPLICATE,
    ReviewKind.CONFLICT,
    ReviewKind.APPROVAL,
    ReviewKind.OUTDATED_CATALOG,
    ReviewKind.REFUSED,
)


def kind_label(kind: ReviewKind) -> str:
    return {
        ReviewKind.DUPLICATE: translate("ReviewPage", "Duplicados"),
        ReviewKind.PROBABLE_DUPLICATE: translate("ReviewPage", "Posibles duplicados"),
        ReviewKind.CONFLICT: translate("ReviewPage", "Conflictos"),
        ReviewKind.REFUSED: translate("ReviewPage", "Cambios rechazados"),
        ReviewKind.APPROVAL: translate("ReviewPage", "Inscripciones por aprobar"),
        ReviewKind.OUTDATED_CATALOG: translate("ReviewPage", "Inscripciones con catálogo anterior"),
    }[kind]


def field_label(name: str) -> str:
    return {
        "curp": translate("ReviewPage", "CURP"),
        "nombres": translate("ReviewPage", "Nombre(s)"),
        "primer_apellido": translate("ReviewPage", "Primer apellido"),
        "segundo_apellido": translate("ReviewPage", "Segundo apellido"),
        "birth_date": translate("ReviewPage", "Fecha de nacimiento"),
        "sex": translate("ReviewPage", "Sexo"),
        "birth_state": translate("ReviewPage", "Estado de nacimiento"),
        "phone": translate("ReviewPage", "Teléfono"),
        "folio": translate("ReviewPage", "Folio"),
        "status": translate("ReviewPage", "Estado"),
        "program_code": translate("ReviewPage", "Programa"),
    }.get(name, name)


def refusal_text(reason: str) -> str:
    """Why the server refused a change, in the language shown (the code when unknown)."""
    return {
        "invalid": translate("ReviewPage", "Un dato no es válido."),
        "unknown_parent": translate("ReviewPage", "El registro al que pertenece no existe."),
        "unknown_record": translate("ReviewPage", "El registro que se editó no existe."),
        "already_exists": translate("ReviewPage", "El registro ya existía."),
        "folio_taken": translate(
            "ReviewPage", "Otro registro de la oficina ya tiene ese folio (casebook copiado)."
        ),
        "unknown_program": translate("ReviewPage", "El programa no está en el catálogo."),
        "decision_reserved": translate(
            "ReviewPage", "El estado de una inscripción lo decide la oficina."
        ),
        "change_id_reused": translate(
            "ReviewPage", "El cambio se envió dos veces con datos distintos."
        ),
        "clock_ahead": translate("ReviewPage", "El reloj del equipo iba adelantado."),
        "out_of_range": translate("ReviewPage", "Un dato es más largo de lo permitido."),
        "out_of_scope": translate("ReviewPage", "El registro es de otra oficina."),
    }.get(reason, reason)


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("ReviewPage", "Sí") if value else translate("ReviewPage", "No")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def field_value_text(name: str, value: Any) -> str:
    """A field's value as a person reads it: dates as DD/MM/AAAA, sex in words."""
    try:
        if name == "birth_date" and isinstance(value, str):
            return i18n.format_date(date.fromisoformat(value))
        if name == "sex" and isinstance(value, str):
            return i18n.sex_label(Sex(value))
    except ValueError:
        pass
    return value_text(value)


def clock_text(clock: str) -> str:
    """When a clock stamp was written, as local date and time."""
    try:
        stamp = HlcStamp.parse(clock)
    except ValueError:
        return clock
    return i18n.format_timestamp(datetime.fromtimestamp(stamp.physical_ms / 1000, UTC).isoformat())


def person_name(record: RecordState) -> str:
    fields = record.fields
    parts = [fields.get("nombres"), fields.get("primer_apellido"), fields.get("segundo_apellido")]
    return " ".join(str(p) for p in parts if p)


def item_summary(item: ReviewItem) -> str:
    """One line naming the item in the list."""
    people = [r for r in item.records if r.entity.value == "person"]
    if item.kind in (ReviewKind.DUPLICATE, ReviewKind.PROBABLE_DUPLICATE):
        names = " / ".join(person_name(r) for r in people) or item.entity_id[-8:]
        if item.score is not None:
            return i18n.fill(
                translate("ReviewPage", "%1 (parecido %2 %)"), names, round(item.score * 100)
            )
        return names
    if item.kind is ReviewKind.CONFLICT:
        return i18n.fill(
            translate("ReviewPage", "%1 de %2"), field_label(item.field), item.entity_id[-8:]
        )
    if item.kind in (ReviewKind.APPROVAL, ReviewKind.OUTDATED_CATALOG):
        program = next(
            (
                str(r.fields.get("program_code"))
                for r in item.records
                if r.entity.value == "enrollment"
            ),
            "",
        )
        return " — ".join(x for x in (program, *(person_name(r) for r in people)) if x)
    return i18n.fill(
        translate("ReviewPage", "%1: %2"),
        item.device_label or item.device_id[-8:],
        refusal_text(item.reason),
    )


class ReviewController(QObject):
    """``queue_changed``: the queue was read again; ``message`` carries (text, is_error)."""

    queue_changed = Signal()
    message = Signal(str, bool)

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        sync: SyncController | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self._sync = sync
        self.queue: ReviewQueue | None = None

    @property
    def items(self) -> tuple[ReviewItem, ...]:
        return self.queue.items if self.queue is not None else ()

    def counts(self) -> dict[ReviewKind, int]:
        found = dict.fromkeys(KIND_ORDER, 0)
        for item in self.items:
            found[item.kind] += 1
        return found

    def is_pending(self, item: ReviewItem) -> bool:
        return self.queue is not None and item.item_id in self.queue.pending

    def reload(self) -> None:
        review = self._casebook.review
        self._run(review.queue, self._loaded)

    def _loaded(self, queue: ReviewQueue) -> None:
        self.queue = queue
        self.queue_changed.emit()

    def decide(
        self,
        item: ReviewItem,
        choice: ReviewChoice,
        *,
        keep: str | None = None,
        take: tuple[str, ...] = (),
        reason: str = "",
    ) -> None:
        review = self._casebook.review

        def done(_decision_id: str) -> None:
            self.message.emit(
                self.tr("Decisión guardada: se enviará en la próxima sincronización."), False
            )
            self.reload()

        self._run(
            lambda: review.decide(item, choice, keep=keep, take=take, reason=reason),
            done,
            writes=True,
        )

    def sync_now(self) -> None:
        if self._sync is not None:
            self._sync.sync_now()

    def _run(self, fn: Callable[[], T], then: Callable[[T], None], *, writes: bool = False) -> None:
        self._runner.run_in_background(fn, then, self._failed, owner=self, writes=writes)

    def _failed(self, error: Exception) -> None:
        code = getattr(error, "code", "")
        if code == "review":
            text = self.tr("La decisión no corresponde a este caso; revise la elección.")
        elif code == "not_allowed":
            text = self.tr("Solo un supervisor revisa los casos de la oficina.")
        else:
            # A locked casebook, a storage error…: said in words, never a traceback.
            text = describe_error(error)
        self.message.emit(text, True)


class ReviewPage(QWidget):
    def __init__(
        self,
        sync: SyncController | None,
        casebook: Casebook,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = ReviewController(casebook, runner, sync, self)
        self.intro = wrapping_label(
            self.tr(
                "Casos de su oficina que esperan una decisión. La lista llega con cada "
                "sincronización; sus decisiones se guardan aquí y se envían en la siguiente."
            )
        )
        self.counts = wrapping_label()
        self.counts.setAccessibleName(self.tr("Casos por tipo"))
        self.problem = wrapping_label()
        self.problem.setProperty("role", "error")
        self.status = wrapping_label()
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Casos por revisar"))
        self.items.setMaximumHeight(150)
        self.items.setWordWrap(True)  # a long pair of names wraps rather than scrolling sideways
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_host = QWidget()
        self.detail_layout = QVBoxLayout(self.detail_host)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail: QWidget | None = None
        self.sync_button = QPushButton(self.tr("Sincronizar ahora"))

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title_label(self.tr("Revisión")))
        layout.addWidget(self.intro)
        layout.addWidget(self.counts)
        layout.addWidget(self.problem)
        # The list above the case: the two records side by side need the page's whole width.
        layout.addWidget(self.items)
        layout.addWidget(self.detail_host, 1)
        layout.addWidget(self.status)
        actions = FlowLayout()
        actions.addWidget(self.sync_button)
        layout.addLayout(actions)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))

        self.sync_button.clicked.connect(self.controller.sync_now)
        self.items.currentRowChanged.connect(self._show_item)
        self.controller.queue_changed.connect(self._show_queue)
        self.controller.message.connect(self._say)
        if sync is not None:
            sync.sync_finished.connect(lambda _ok: self.controller.reload())
        self._show_queue()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.reload()

    def _say(self, text: str, is_error: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "error" if is_error else "")

    def _show_queue(self) -> None:
        controller = self.controller
        current = self.current_item()
        counts = controller.counts()
        self.counts.setText(
            " · ".join(f"{kind_label(kind)}: {counts[kind]}" for kind in KIND_ORDER)
        )
        queue = controller.queue
        problem = queue.problem if queue is not None else None
        self.problem.setVisible(problem is not None)
        if problem == NOT_A_SUPERVISOR_DEVICE:
            self.problem.setText(
                self.tr(
                    "Este equipo no está inscrito en el servidor como equipo de supervisor: "
                    "pida a la oficina central un código de supervisor."
                )
            )
        elif problem is not None:
            self.problem.setText(
                self.tr("El servidor de la oficina todavía no ofrece la revisión de casos.")
            )
        self.items.blockSignals(True)
        self.items.clear()
        ordered = sorted(controller.items, key=lambda i: KIND_ORDER.index(i.kind))
        for item in ordered:
            text = f"{kind_label(item.kind)}\n{item_summary(item)}"
            if controller.is_pending(item):
                text += "\n" + self.tr("(decisión pendiente de enviar)")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, item.item_id)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        if not ordered:
            self._set_detail(
                wrapping_label(
                    self.tr("No hay casos por revisar.")
                    if queue is not None and queue.fetched_at
                    else self.tr("Sincronice para traer los casos de su oficina.")
                )
            )
            return
        ids = [i.item_id for i in ordered]
        row = ids.index(current.item_id) if current is not None and current.item_id in ids else 0
        self.items.setCurrentRow(row)
        self._show_item(row)

    def current_item(self) -> ReviewItem | None:
        entry: QListWidgetItem | None = self.items.currentItem()
        if entry is None:
            return None
        wanted = entry.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.controller.items if i.item_id == wanted), None)

    def _show_item(self, _row: int) -> None:
        item = self.current_item()
        if item is None:
            return
        pending = self.controller.is_pending(item)
        if (
            item.kind in (ReviewKind.DUPLICATE, ReviewKind.PROBABLE_DUPLICATE)
            and len(item.records) == 2
        ):
            detail: QWidget = DuplicatePanel(item, self.controller, pending=pending)
        elif item.kind is ReviewKind.CONFLICT:
            detail = ConflictPanel(item, self.controller, pending=pending)
        elif item.kind in (ReviewKind.APPROVAL, ReviewKind.OUTDATED_CATALOG):
            detail = EnrolmentPanel(item, self.controller, pending=pending)
        else:
            detail = RefusedPanel(item)
        self._set_detail(detail)

    def _set_detail(self, widget: QWidget) -> None:
        if self.detail is not None:
            self.detail_layout.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = widget
        self.detail_layout.addWidget(widget)
        widget.show()  # at once: a child added to a shown page is otherwise shown later


def _pending_note(pending: bool) -> QLabel | None:
    if not pending:
        return None
    note = wrapping_label(
        translate(
            "ReviewPage",
            "Decisión pendiente de enviar: se aplicará cuando el servidor la reciba en la "
            "próxima sincronización.",
        )
    )
    note.setProperty("role", "warning")
    return note


class DuplicatePanel(QWidget):
    """Two records side by side; which stays, and field by field which value it keeps."""

    def __init__(self, item: ReviewItem, controller: ReviewController, *, pending: bool) -> None:
        super().__init__()
        self.item = item
        self._controller = controller
        first, second = item.records
        self.records = (first, second)
        layout = QVBoxLayout(self)
        heading = kind_label(item.kind)
        if item.score is not None:
            heading = i18n.fill(self.tr("%1 — parecido: %2 %"), heading, round(item.score * 100))
        layout.addWidget(title_label(heading, "subtitle"))
        note = _pending_note(pending)
        if note is not None:
            layout.addWidget(note)

        # Each field's name on its own line, the two records' values below it side by side:
        # two columns fit a 1024×600 screen at large text, where a third for names did not.
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for column, record in enumerate(self.records):
            keep = QRadioButton(i18n.fill(self.tr("Conservar registro %1"), column + 1))
            keep.setAccessibleName(
                i18n.fill(
                    self.tr("Conservar registro %1 (folio %2)"),
                    column + 1,
                    value_text(record.fields.get("folio")),
                )
            )
            self.keep_group.addButton(keep, column)
            self.keep_buttons.append(keep)
            grid.addWidget(keep, 0, column)
        grid.addWidget(wrapping_label(field_label("folio")), 1, 0, 1, 2)
        for column, record in enumerate(self.records):
            grid.addWidget(QLabel(value_text(record.fields.get("folio"))), 2, column)
        names: list[str] = [f for f in PERSON_FIELDS if f in first.fields or f in second.fields]
        names += sorted(
            f
            for f in set(first.fields) | set(second.fields)
            if f not in names
            and f not in NOT_MERGED
            and first.fields.get(f) != second.fields.get(f)
        )
        self.field_groups: dict[str, QButtonGroup] = {}
        self.different: set[str] = set()
        bold = QFont()
        bold.setBold(True)
        for number, name in enumerate(names):
            row = 3 + 2 * number
            a, b = first.fields.get(name), second.fields.get(name)
            differs = a != b
            label = wrapping_label(field_label(name) + (" ≠" if differs else ""))
            grid.addWidget(label, row, 0, 1, 2)
            group = QButtonGroup(self)
            for column, value in enumerate((a, b)):
                choice = QRadioButton(field_value_text(name, value))
                choice.setAccessibleName(
                    i18n.fill(self.tr("%1 del registro %2"), field_label(name), column + 1)
                )
                if differs:
                    choice.setFont(bold)
                    choice.setProperty("role", "difference")
                else:
                    choice.setEnabled(False)
                group.addButton(choice, column)
                grid.addWidget(choice, row + 1, column)
            if differs:
                self.different.add(name)
                label.setFont(bold)
            self.field_groups[name] = group
        layout.addLayout(grid)

        self.same_button = QPushButton(self.tr("&Misma persona"))
        self.different_button = QPushButton(self.tr("&Personas distintas"))
        buttons = FlowLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.different_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for button in (self.same_button, self.different_button):
            button.setEnabled(not pending)
        self.keep_group.idToggled.connect(self._keep_toggled)
        self.same_button.clicked.connect(self.same_person)
        self.different_button.clicked.connect(self.different_people)
        self.keep(0)

    def _keep_toggled(self, side: int, on: bool) -> None:
        if on:
            self.keep(side)

    def keep(self, side: int) -> None:
        """Keep record ``side`` (0 or 1): each value from it, unless it has none there."""
        self.keep_buttons[side].setChecked(True)
        kept, other = self.records[side], self.records[1 - side]
        for name, group in self.field_groups.items():
            empty = kept.fields.get(name) in (None, "") and other.fields.get(name) not in (None, "")
            group.button(1 - side if empty else side).setChecked(True)

    def choose(self, name: str, side: int) -> None:
        self.field_groups[name].button(side).setChecked(True)

    def kept_side(self) -> int:
        return max(self.keep_group.checkedId(), 0)

    def taken(self) -> tuple[str, ...]:
        side = self.kept_side()
        return tuple(
            name
            for name, group in self.field_groups.items()
            if name in self.different and group.checkedId() == 1 - side
        )

    def same_person(self) -> None:
        kept = self.records[self.kept_side()]
        self._controller.decide(
            self.item, ReviewChoice.SAME_PERSON, keep=kept.entity_id, take=self.taken()
        )

    def different_people(self) -> None:
        self._controller.decide(self.item, ReviewChoice.DIFFERENT)


class ConflictPanel(QWidget):
    def __init__(self, item: ReviewItem, controller: ReviewController, *, pending: bool) -> None:
        super().__init__()
        self.item = item
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(
            title_label(
                i18n.fill(self.tr("Conflicto en «%1»"), field_label(item.field)), "subtitle"
            )
        )
        note = _pending_note(pending)
        if note is not None:
            layout.addWidget(note)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        for side, (title, value) in enumerate(
            ((self.tr("Valor que quedó"), item.winner), (self.tr("Valor que perdió"), item.loser))
        ):
            assert value is not None
            button = QRadioButton(
                i18n.fill(
                    self.tr("%1: %2 — escrito por %3 el %4"),
                    title,
                    field_value_text(item.field, value.value),
                    value.device_label or value.device_id[-8:],
                    clock_text(value.clock),
                )
            )
            self.group.addButton(button, side)
            self.choices.append(button)
            layout.addWidget(button)
        self.choices[0].setChecked(True)
        self.decide_button = QPushButton(self.tr("&Decidir"))
        self.decide_button.setEnabled(not pending)
        layout.addWidget(self.decide_button)
        layout.addStretch(1)
        self.decide_button.clicked.connect(self.decide)

    def decide(self) -> None:
        choice = ReviewChoice.WINNER if self.group.checkedId() == 0 else ReviewChoice.LOSER
        self._controller.decide(self.item, choice)


class EnrolmentPanel(QWidget):
    """An enrolment waiting for approval, or made under an outdated catalog."""

    def __init__(self, item: ReviewItem, controller: ReviewController, *, pending: bool) -> None:
        super().__init__()
        self.item = item
        self._controller = controller
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(kind_label(item.kind), "subtitle"))
        note = _pending_note(pending)
        if note is not None:
            layout.addWidget(note)
        lines = []
        for record in item.records:
            if record.entity.value == "person":
                lines.append(
                    i18n.fill(
                        self.tr("Persona: %1 (CURP %2)"),
                        person_name(record),
                        value_text(record.fields.get("curp")),
                    )
                )
            else:
                lines.append(
                    i18n.fill(
                        self.tr("Programa: %1 · folio %2"),
                        value_text(record.fields.get("program_code")),
                        value_text(record.fields.get("folio")),
                    )
                )
        if item.detail:
            lines.append(
                i18n.fill(
                    self.tr("Se inscribió con el catálogo %1; el vigente ese día era el %2."),
                    value_text(item.detail.get("catalog_version")),
                    value_text(item.detail.get("active_catalog_version")),
                )
            )
        for line in lines:
            layout.addWidget(wrapping_label(line))
        approval = item.kind is ReviewKind.APPROVAL
        self.accept_button = QPushButton(
            self.tr("&Aprobar") if approval else self.tr("&Aceptar con el catálogo vigente")
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Motivo de la devolución"))
        self.reason.setAccessibleName(self.tr("Motivo de la devolución"))
        self.reason.setMaxLength(200)
        self.return_button = QPushButton(self.tr("De&volver para corrección"))
        layout.addWidget(self.accept_button)
        layout.addWidget(self.reason)
        layout.addWidget(self.return_button)
        layout.addStretch(1)
        for widget in (self.accept_button, self.reason, self.return_button):
            widget.setEnabled(not pending)
        self.return_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.return_button.setEnabled(bool(text.strip()) and not pending)
        )
        self.accept_button.clicked.connect(self.accept)
        self.return_button.clicked.connect(self.send_back)

    def accept(self) -> None:
        approval = self.item.kind is ReviewKind.APPROVAL
        self._controller.decide(
            self.item, ReviewChoice.APPROVE if approval else ReviewChoice.ACCEPT
        )

    def send_back(self) -> None:
        self._controller.decide(self.item, ReviewChoice.RETURN, reason=self.reason.text())


class RefusedPanel(QWidget):
    """A change the server refused: read only."""

    def __init__(self, item: ReviewItem) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(kind_label(item.kind), "subtitle"))
        for line in (
            i18n.fill(self.tr("Equipo: %1"), item.device_label or item.device_id[-8:]),
            i18n.fill(
                self.tr("Registro: %1 %2"),
                i18n.entity_label(item.entity.value),
                item.entity_id[-8:],
            ),
            i18n.fill(self.tr("Motivo: %1"), refusal_text(item.reason)),
            i18n.fill(self.tr("Recibido: %1"), i18n.format_timestamp(item.created_at)),
        ):
            layout.addWidget(wrapping_label(line))
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Solo de consulta: el equipo que lo envió conserva el cambio; corríjalo "
                    "allí y vuelva a sincronizar."
                )
            )
        )
        layout.addStretch(1)
