"""Keeping what is typed: a form's draft saved as it is typed, and asking before dropping input.

A :class:`DraftKeeper` saves one form's values (encrypted, through ``casebook.drafts``) a
moment after the last keystroke, and at once when asked (before a lock, a settings rebuild,
closing the app). The draft id is made here, on the GUI thread, before the first save is
queued: two saves queued before the first answer would otherwise make two drafts.

:func:`ask_unsaved` is the one question asked before input would be dropped (switching member,
closing a window, starting the next person): keep it, drop it, or go back to typing.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from bienestar_field.domain.ids import uuid7
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.ui.tasks import TaskRunner

QUICK_DRAFT = "quick"
PERSON_DRAFT = "person"
ENROL_DRAFT = "enrol"
SURVEY_DRAFT = "household_survey"  # the casebook's surveys.DRAFT_KIND
AUTOSAVE_MS = 700  # after the last keystroke: a pause in typing, not a wait for the person


class DraftKeeper(QObject):
    """One form's draft. ``payload`` gives ``None`` when there is nothing worth keeping."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        kind: str,
        *,
        payload: Callable[[], dict[str, Any] | None],
        label: Callable[[], str],
        parent: QObject,
        on_saved: Callable[[], None] | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.kind = kind
        self._payload = payload
        self._label = label
        self._on_saved = on_saved
        self._on_failed = on_failed
        self.draft_id: str | None = None
        self._held = 0
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)

    # --- what changes ------------------------------------------------------------------------

    def watch(self, root: QWidget) -> None:
        """Every editor under ``root`` counts as typing (its signals from the person only)."""
        for edit in root.findChildren(QLineEdit):
            edit.textEdited.connect(self.changed)
        for box in root.findChildren(QComboBox):
            box.activated.connect(self.changed)
            if box.isEditable():
                line = box.lineEdit()
                if line is not None:
                    line.textEdited.connect(self.changed)
        for button in root.findChildren(QAbstractButton):
            if isinstance(button, QCheckBox) or button.isCheckable():
                button.clicked.connect(self.changed)
        for group in root.findChildren(QGroupBox):
            if group.isCheckable():
                group.clicked.connect(self.changed)
        for spin in root.findChildren(QAbstractSpinBox):
            if isinstance(spin, QSpinBox):
                spin.valueChanged.connect(self._spin_changed)

    def _spin_changed(self, _value: int) -> None:
        self.changed()

    def changed(self, *_args: object) -> None:
        if not self._closed and not self._held:
            self._timer.start()

    # --- saving ------------------------------------------------------------------------------

    @property
    def pending(self) -> bool:
        """A change typed and not yet queued to be saved."""
        return self._timer.isActive()

    def save_now(self) -> None:
        """Queue the save now (the worker runs it before anything queued later, a lock too)."""
        self._timer.stop()
        if self._closed or self._held or not self._runner.accepting:
            return
        payload = self._payload()
        if payload is None:
            return
        self.draft_id = self.draft_id or uuid7()
        casebook, kind, label, draft_id = self._casebook, self.kind, self._label(), self.draft_id
        self._runner.run_in_background(
            lambda: casebook.drafts.save(kind, label, payload, draft_id),
            lambda _id: self._saved(),
            self._failed,
            owner=self,
        )

    def _saved(self) -> None:
        if self._on_saved is not None:
            self._on_saved()

    def _failed(self, exc: Exception) -> None:
        if self._on_failed is not None:
            self._on_failed(describe_error(exc))

    def flush_and_close(self) -> None:
        """Before the keys go: save what is typed, then never save again (the page goes too)."""
        self._held = 0
        self.save_now()
        self._closed = True

    def hold(self) -> None:
        """No saving while a record is being written from this form (a draft would outlive it)."""
        self._timer.stop()
        self._held += 1

    def release(self) -> None:
        self._held = max(0, self._held - 1)

    def adopt(self, draft_id: str | None) -> None:
        """Save over ``draft_id`` from now on (a draft that was resumed)."""
        self.draft_id = draft_id

    def discard(self) -> None:
        """The work was saved for real, or the person chose to drop it: forget the draft."""
        self._timer.stop()
        draft_id, self.draft_id = self.draft_id, None
        if draft_id is None or not self._runner.accepting:
            return
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.drafts.delete(draft_id), None, self._failed, owner=self
        )


class Answer(enum.Enum):
    KEEP = "keep"  # save it (add the member, save the changes)
    DROP = "drop"  # throw it away
    BACK = "back"  # go back to typing; nothing changes


def ask_unsaved(
    parent: QWidget,
    text: str,
    on_answer: Callable[[Answer], None],
    *,
    keep: str,
    drop: str,
) -> QMessageBox:
    """Ask before dropping input; ``on_answer`` hears the choice (Escape goes back to typing).

    Opened, not executed: the event loop keeps running (drafts, tests) while it waits.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Unsaved", "Datos sin guardar"))
    box.setText(text)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    drop_button = box.addButton(drop, QMessageBox.ButtonRole.DestructiveRole)
    back_button = box.addButton(
        translate("Unsaved", "&Volver a la captura"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep_button)
    box.setEscapeButton(back_button)
    box.setObjectName("unsavedQuestion")

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is keep_button:
            on_answer(Answer.KEEP)
        elif clicked is drop_button:
            on_answer(Answer.DROP)
        else:
            on_answer(Answer.BACK)
        box.deleteLater()

    box.finished.connect(answered)
    box.open()
    return box


class CloseGuard:
    """A dialog's close when it holds input not yet saved: ask first, and "keep" saves it and
    closes the dialog once the save has gone through.

    The dialog calls :meth:`done` from its ``done()``, :meth:`saved` when a save succeeded
    (it closes the dialog if the person asked for that) and :meth:`failed` when it did not
    (the dialog stays open with what was typed).
    """

    def __init__(
        self,
        dialog: QDialog,
        drafts: DraftKeeper,
        *,
        unsaved: Callable[[], bool],
        save: Callable[[], None],
        question: str,
        keep: str,
        drop: str,
    ) -> None:
        self._dialog = dialog
        self._drafts = drafts
        self._unsaved = unsaved
        self._save = save
        self._question, self._keep, self._drop = question, keep, drop
        self._closing = False
        self._close_when_saved = False

    def done(self, result: int, close: Callable[[int], None]) -> None:
        if self._closing or not self._unsaved():
            self._closing = True
            self._drafts.hold()
            close(result)
            return

        def answered(answer: Answer) -> None:
            if answer is Answer.KEEP:
                self._close_when_saved = True
                self._save()
            elif answer is Answer.DROP:
                self._drafts.discard()
                self._closing = True
                close(result)

        ask_unsaved(self._dialog, self._question, answered, keep=self._keep, drop=self._drop)

    def saved(self) -> bool:
        """After a save: close the dialog if the person chose to save and close; whether it did."""
        if not self._close_when_saved:
            return False
        self._closing = True
        self._dialog.accept()
        return True

    def failed(self) -> None:
        self._close_when_saved = False
