"""Cycle collection runs on the GUI thread: a worker that allocates never frees widgets."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QWidget

from bienestar_field.ui.collector import GuiThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.widget = QWidget()


def test_widgets_in_cycles_are_freed_by_the_gui_thread_not_by_a_worker(
    qapp: QApplication,
) -> None:
    collector = GuiThreadCollector(qapp)
    collector.start()
    try:
        assert not gc.isenabled()
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        # A worker allocating past every threshold triggers no collection of its own.
        frees_before = gc.get_stats()[0]["collected"]
        worker = threading.Thread(target=lambda: [[] for _ in range(50_000)])
        worker.start()
        worker.join()
        assert gc.get_stats()[0]["collected"] == frees_before
        # The GUI thread's timer does it.
        assert collector.check() >= 2
    finally:
        collector.stop()
        gc.collect()
