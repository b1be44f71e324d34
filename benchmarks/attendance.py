"""The attendance list at 10,000 rows: the GUI thread's share of a load and of a bulk mark.

DESIGN.md section 8: lists that grow stay responsive, under 100 ms of GUI-thread work per
load or bulk action. The casebook's reading and writing run on the worker and are reported
apart (``*_worker_ms``); what is timed here is what the window does on its own thread: show
the rows (model, filter choices, layout, first paint) and, for a bulk mark of every row,
prepare the marks and then show what was recorded.

Run alone with ``python -m benchmarks.attendance`` (``BENCH_ATTENDANCE_ROWS`` changes the
size); ``make bench`` runs it as a companion in its own process.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import progress
from benchmarks.data import Pool
from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.periods import period_of
from bienestar_field.domain.programs import CheckFrequency
from bienestar_field.domain.users import Role
from bienestar_field.domain.validation import validate_enrollment

ROWS = int(os.environ.get("BENCH_ATTENDANCE_ROWS", "10000"))
PROGRAM = "SV"  # monthly home visits, every adult can be enrolled
ROUNDS = 5


def _enrol_adults(casebook: Casebook, pool: Pool, rows: int) -> None:
    program = casebook.catalog[PROGRAM]
    today = casebook.now().date()
    consent = PrivacyConsent("2026.1", casebook.now().isoformat(), True, True)
    enrolled = 0
    while enrolled < rows:
        saved = casebook.households.register_many(pool.households(300), today=today)
        batch: list[Enrollment] = []
        for person in (m for h in saved for m in h.members):
            enrollment = Enrollment(
                id="",
                person_id=person.id,
                program_code=PROGRAM,
                status=EnrollmentStatus.ENVIADA,
                documents={d.code: True for d in program.documents},
                consent=consent,
            )
            errors = validate_enrollment(enrollment, person, program, on=today)
            if not any(e.blocking for e in errors) and enrolled + len(batch) < rows:
                batch.append(enrollment)
        casebook.enrolments.enroll_many(batch, today=today)
        enrolled += len(batch)
        progress(f"attendance: {enrolled}/{rows} enrolled")


def run() -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bienestar_field.ui.checks import ChecksPage
    from bienestar_field.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        store = CasebookStore(Path(folder), kdf_target_seconds=0)
        casebook = store.set_up("Ana López", Role.SUPERVISOR, "maiz azul en la milpa 2026").casebook
        _enrol_adults(casebook, Pool(random.Random(1010), datetime.now(UTC).date()), ROWS)
        period = period_of(CheckFrequency.MENSUAL, casebook.now().date()).code
        runner = TaskRunner()
        page = ChecksPage(casebook, runner)
        page.resize(1366, 768)
        page.show()
        page.program.setCurrentIndex(page.program.findData(PROGRAM))
        app.processEvents()
        page.confirm = lambda _question, then: then()

        load_gui: list[float] = []
        due_worker: list[float] = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            rows = casebook.checks.due(PROGRAM, period, CheckKind.VISITA)
            due_worker.append(time.perf_counter() - start)
            page.show_rows([])
            app.processEvents()
            start = time.perf_counter()
            page.show_rows(rows)
            app.processEvents()
            page.repaint()
            load_gui.append(time.perf_counter() - start)
        assert page.model.rowCount() == ROWS

        recorded_gui: list[float] = []
        original = page._recorded

        def timed_recorded(*args: Any) -> None:
            start = time.perf_counter()
            original(*args)
            app.processEvents()
            page.repaint()
            recorded_gui.append(time.perf_counter() - start)

        page._recorded = timed_recorded  # type: ignore[method-assign]
        mark_gui: list[float] = []
        mark_worker: list[float] = []
        for result in (CheckResult.ASISTIO, CheckResult.FALTO, CheckResult.JUSTIFICADA):
            start = time.perf_counter()
            page.tick_all_shown()
            page.mark(result)
            mark_gui.append(time.perf_counter() - start)
            start = time.perf_counter()
            runner.wait_idle()
            mark_worker.append(time.perf_counter() - start)
            deadline = time.monotonic() + 60
            while len(recorded_gui) < len(mark_gui) and time.monotonic() < deadline:
                app.processEvents()
        recorded: list[AttendanceCheck | None] = [row.recorded for row in page.model.rows]
        assert all(r is not None and r.result is CheckResult.JUSTIFICADA for r in recorded)
        runner.shutdown()
        page.close()
        casebook.lock()
        store.close()

    def ms(values: list[float]) -> float:
        return round(statistics.median(values) * 1000, 1)

    bulk = [a + b for a, b in zip(mark_gui, recorded_gui, strict=True)]
    return {
        "attendance_load_gui_ms_10k": ms(load_gui),
        "attendance_bulk_mark_gui_ms_10k": ms(bulk),
        "attendance_detail": {
            "rows": ROWS,
            "load_gui_ms": [round(v * 1000, 1) for v in load_gui],
            "due_worker_ms": ms(due_worker),
            "bulk_mark_prepare_gui_ms": ms(mark_gui),
            "bulk_mark_show_gui_ms": ms(recorded_gui),
            "bulk_mark_worker_ms": ms(mark_worker),
        },
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
