"""Module-office enrolment, attendance checks, search and edit with history, receipts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.enrollments import (
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.people import Relationship, Schooling, SchoolLevel
from bienestar_field.ui.main import Shell
from bienestar_field.ui.receipt import Receipt, ReceiptDialog, ReceiptLine, qr_modules
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.tasks import TaskRunner
from tests.ui.ui_helpers import choose, type_into

Settle = Callable[[], None]


def test_fast_enrolment_by_keyboard_alone(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    tmp_path: Path,
) -> None:
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = workspace.quick
    elder = people.person(None, identity=people.identity(min_age=68, max_age=90))
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    type_into(qtbot, page.form.curp, elder.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    assert "CURP nueva" in page.found.text()
    assert page.form.birth_date.text() == elder.birth_date.strftime("%d/%m/%Y")
    type_into(qtbot, page.form.nombres, elder.nombres)
    type_into(qtbot, page.form.primer_apellido, elder.primer_apellido)
    type_into(qtbot, page.form.phone, "951 123 4567")
    assert page.program.currentData() == "PAM", "the eligible program is chosen"
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.checklist is not None
    assert "Falta el documento" in page.checklist.errors["acta_nacimiento"].text()
    qtbot.keyClick(page, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle()

    stored = casebook.people.find_by_curp(elder.curp)
    assert stored is not None
    assert stored.household_id is None
    assert stored.phone == "+529511234567"
    [enrollment] = casebook.enrolments.of_person(stored.id)
    assert enrollment.program_code == "PAM"
    assert enrollment.status is EnrollmentStatus.ENVIADA
    assert enrollment.consent is not None
    assert enrollment.consent.accepted
    assert enrollment.folio in page.result.text()

    receipt = page.receipt()
    assert receipt is not None
    assert receipt.folio == stored.folio
    dialog = ReceiptDialog(receipt, workspace_shell.runner)
    qtbot.addWidget(dialog)
    pdf = tmp_path / "comprobante.pdf"
    dialog.save_pdf(pdf)
    settle()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert elder.curp.encode() not in pdf.read_bytes()

    workspace_shell.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace_shell)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.curp.text() == ""
    assert not page.notice.accepted

    # The same CURP again: found, only the enrolment is missing (here: already there).
    qtbot.keyClick(page.notice.accept_box, Qt.Key.Key_Space)
    type_into(qtbot, page.form.curp, elder.curp)
    qtbot.keyClick(page.form.curp, Qt.Key.Key_Return)
    settle()
    assert stored.folio in page.found.text()


def _school_enrollment(casebook: Casebook, people: Any) -> str:
    student = people.person(None, identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True)
    saved = casebook.people.register(student)
    consent = PrivacyConsent("2026.1", casebook.now().isoformat(), True, True)
    program = casebook.catalog["BBJ"]
    casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=saved.id,
            program_code="BBJ",
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in program.documents},
            consent=consent,
        )
    )
    return saved.full_name


def test_attendance_checks_are_marked_in_bulk_for_a_school_visit(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    names = {_school_enrollment(casebook, people) for _ in range(3)}
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = workspace.checks
    choose(page.program, "BBJ")
    assert page.selected_period() == "2026-S1"
    type_into(qtbot, page.place, "20EBH0001X")
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.model.rowCount() == 3
    assert {page.model.rows[i].person.full_name for i in range(3)} == names
    assert "3 personas" in page.status.text()

    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.attended_button, Qt.MouseButton.LeftButton)
    settle()
    due = casebook.checks.due("BBJ", "2026-S1")
    assert all(item.recorded is not None for item in due)
    assert {item.recorded.result for item in due if item.recorded} == {CheckResult.ASISTIO}
    assert {item.recorded.place_key for item in due if item.recorded} == {"20EBH0001X"}

    # One by one: a correction for the selected row only.
    page.table.selectRow(0)
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    settle()
    results = sorted(
        (item.recorded.result.value if item.recorded else "")
        for item in casebook.checks.due("BBJ", "2026-S1")
    )
    assert results == ["attended", "attended", "justified"]
    assert casebook.reports.stats().attendance_checks == 4


def test_search_tolerates_accents_and_typos_and_edits_keep_history(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    from datetime import date

    from bienestar_field.domain.people import Sex

    person = people.named("María José", "Núñez", "Peña", birth_date=date(1985, 4, 2), sex=Sex.MUJER)
    person.relationship = Relationship.JEFA_O_JEFE
    household = people.household(1)
    household.members = [person]
    casebook.households.register(household)
    workspace = workspace_shell.workspace
    assert workspace is not None
    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = workspace.search
    qtbot.keyClicks(page.query, "maria nunes")  # no accents, one typo
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    settle()
    assert page.model.rowCount() >= 1
    assert page.proxy.index(0, 1).data() == "María José Núñez Peña"
    assert page.proxy.index(0, page.model.column("birth")).data() == "02/04/1985"

    page.query.clear()
    qtbot.keyClicks(page.query, person.curp)
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    settle()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle()
    dialog = page.findChild(PersonDialog)
    assert dialog is not None
    assert dialog.form.nombres.text() == "María José"
    type_into(qtbot, dialog.form.phone, "5512345678")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    stored = casebook.people.find_by_curp(person.curp)
    assert stored is not None
    assert stored.phone == "+525512345678"
    assert stored.version == 2
    history = casebook.reports.history(stored.id)
    assert [entry.operation for entry in history] == ["create", "update"]
    assert dialog.history_model.rowCount() == 2
    changes = dialog.history_model.index(1, 3).data()
    assert "Teléfono: — → 55 1234 5678" in changes  # old → new
    assert "phone" not in changes
    assert dialog.history_model.index(1, 1).data() == casebook.user.name
    assert dialog.history_model.index(1, 2).data() == "Corrección"
    created = dialog.history_model.index(0, 3).data()
    assert "Fecha de nacimiento: 02/04/1985" in created
    assert "Sexo: Mujer" in created
    assert "Parentesco con la jefa o jefe: Jefa o jefe del hogar" in created
    assert "household_id" not in created
    assert "Cambios guardados" in dialog.save_status.text()


def test_receipt_carries_folio_date_programs_and_a_qr_of_the_folio(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, settle: Settle
) -> None:
    receipt = Receipt(
        folio="AB12CD-000042-7",
        issued_on=datetime(2026, 3, 7, tzinfo=UTC).date(),
        kind="household",
        members=3,
        programs=(ReceiptLine("Pensión Adultos Mayores", "AB12CD-000043-5"),),
    )
    modules = qr_modules(receipt.folio)
    assert len(modules) >= 21
    assert len(modules) == len(modules[0])
    dialog = ReceiptDialog(receipt, runner)
    qtbot.addWidget(dialog)
    assert not dialog.preview.pixmap().isNull()
    dialog.save_pdf(tmp_path / "r.pdf")
    settle()
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert "guardado" in dialog.status.text()


def test_failures_come_back_to_the_gui_thread_and_the_worker_stops(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    seen: list[object] = []

    def boom() -> None:
        raise ValueError("nope")

    tasks.run_in_background(lambda: 41 + 1, seen.append)
    tasks.run_in_background(boom, None, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen[0] == 42
    assert isinstance(seen[1], ValueError)
    assert not tasks.busy
    tasks.shutdown()
    assert tasks._executor is None
