"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. When
that is the casebook worker and the garbage holds Qt objects (a closed dialog kept in a
reference cycle, a page rebuilt after Apply), Qt deletes widgets off the GUI thread and the
process dies: seen as a segfault inside a worker's SQLAlchemy query. So automatic collection
is turned off while the app runs, and a timer on the GUI thread collects each generation when
its count passes the threshold the interpreter would have used (qutebrowser does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        freed = 0
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                # Collecting a generation collects the younger ones too.
                freed += gc.collect(generation)
                break
        return freed
