"""The crash path for exceptions nobody caught, on any thread: logged, then the bug notice.

Work queued on the task runner reports its failures itself. Everything else (a slot run by
Qt on the GUI thread, a plain ``threading.Thread``) ends in ``sys.excepthook`` or
``threading.excepthook``; :class:`CrashHooks` replaces both while the app runs. Like the
runner's path, the log gets the type and the stack only, never the exception's message (a
standard-library error quotes the value it choked on, which may be a CURP), and the person
sees the same notice, which says nothing of the error itself.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Signal

from bienestar_field.platform.logs import log_bug


class CrashHooks(QObject):
    """Installs the hooks; ``crashed`` reaches the GUI thread, whichever thread crashed."""

    crashed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self._installed = False

    def install(self) -> None:
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        self._installed = True

    def uninstall(self) -> None:
        """Put back the hooks found at :meth:`install`."""
        if self._installed:
            sys.excepthook = self._previous_sys
            threading.excepthook = self._previous_threading
            self._installed = False

    def _on_exception(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, traceback)
            return
        self._report(exc.with_traceback(traceback))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return  # a thread that exits on purpose, as the default hook ignores it too
        self._report(args.exc_value.with_traceback(args.exc_traceback))

    def _report(self, exc: BaseException) -> None:
        log_bug(exc)
        # Queued to the GUI thread when emitted from another thread.
        self.crashed.emit()
