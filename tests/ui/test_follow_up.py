"""Compliance on the person's page and the attendance screen; the lists of payments at risk and
of transitions due, opened from the home page and used with the keyboard."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.people import Person, Schooling, SchoolLevel, Sex
from bienestar_field.ui.follow_up import AtRiskDialog, TransitionsDialog
from bienestar_field.ui.main import Shell
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.tasks import TaskRunner
from tests.conftest import People
from tests.helpers import catalogs
from tests.ui.conftest import Settle
from tests.ui.ui_helpers import choose


def _enrol(casebook: Casebook, person: Person, code: str) -> Enrollment:
    saved = casebook.people.register(person)
    program = casebook.catalog[code]
    return casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=saved.id,
            program_code=code,
            status=EnrollmentStatus.APROBADA,
            documents={d.code: True for d in program.documents},
            consent=PrivacyConsent("2026.1", casebook.now().isoformat(), True, True),
        )
    )


def _student(casebook: Casebook, people: People) -> Enrollment:
    student = people.person(None, identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True, grade=1)
    return _enrol(casebook, student, "BBJ")


def _cells(table_model: object, column: str) -> list[str]:
    from bienestar_field.ui.table_model import TableModel

    assert isinstance(table_model, TableModel)
    index = table_model.column(column)
    return [str(table_model.index(row, index).data()) for row in range(table_model.rowCount())]


def test_the_person_page_shows_compliance_per_period_with_its_reason(
    qtbot: QtBot, casebook: Casebook, people: People, runner: TaskRunner, settle: Settle
) -> None:
    enrolment = _student(casebook, people)
    casebook.checks.record(
        [AttendanceCheck("", enrolment.id, CheckKind.ESCUELA, "2026-S1", CheckResult.FALTO)]
    )
    dialog = PersonDialog(casebook, runner, enrolment.person_id)
    qtbot.addWidget(dialog)
    settle()
    model = dialog.compliance_model
    assert _cells(model, "period") == [
        "enero–junio de 2026",
        "julio–diciembre de 2025",
        "enero–junio de 2025",
    ]
    assert _cells(model, "status") == [
        "No cumplió\n(condiciona el pago)",
        "No se pide",
        "No se pide",
    ]
    assert _cells(model, "reason")[0] == "Se registró una falta."
    assert "Pago en riesgo" in dialog.compliance_note.text()
    # Corrected: met, and the note says nothing is at risk.
    casebook.checks.record(
        [AttendanceCheck("", enrolment.id, CheckKind.ESCUELA, "2026-S1", CheckResult.ASISTIO)]
    )
    dialog.reload()
    settle()
    assert _cells(model, "status")[0] == "Cumplió"
    assert dialog.compliance_note.text() == "Ninguna corresponsabilidad pone en riesgo su pago."


def test_a_person_whose_programs_expect_no_checks_is_told_so(
    qtbot: QtBot, casebook: Casebook, people: People, runner: TaskRunner, settle: Settle
) -> None:
    elder = people.person(None, identity=people.identity(min_age=70, max_age=80))
    enrolment = _enrol(casebook, elder, "PAM")
    dialog = PersonDialog(casebook, runner, enrolment.person_id)
    qtbot.addWidget(dialog)
    settle()
    assert dialog.compliance_model.rowCount() == 0
    assert dialog.compliance_note.text() == "Sus programas no piden corresponsabilidades."


def test_the_attendance_screen_says_who_met_the_period_and_follows_a_mark(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle
) -> None:
    first, second = _student(casebook, people), _student(casebook, people)
    casebook.checks.record(
        [AttendanceCheck("", first.id, CheckKind.ESCUELA, "2026-S1", CheckResult.ASISTIO)]
    )
    workspace = workspace_shell.workspace
    assert workspace is not None
    checks = workspace.checks
    workspace.show_page(workspace.PAGES.index("checks"))
    choose(checks.program, "BBJ")
    checks.load()
    settle()
    by_enrolment = dict(
        zip(
            [row.enrollment.id for row in checks.model.rows],
            _cells(checks.model, "complied"),
            strict=True,
        )
    )
    assert by_enrolment == {first.id: "Cumplió", second.id: "Aún no vence"}
    row = next(n for n, r in enumerate(checks.model.rows) if r.enrollment.id == second.id)
    checks.table.selectRow(row)
    checks.mark(CheckResult.FALTO)
    settle()
    row_now = next(n for n, r in enumerate(checks.model.rows) if r.enrollment.id == second.id)
    assert _cells(checks.model, "complied")[row_now] == "No cumplió"


def test_the_at_risk_list_opens_from_home_and_enter_opens_the_person(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle
) -> None:
    absent, _attending = _student(casebook, people), _student(casebook, people)
    casebook.checks.record(
        [AttendanceCheck("", absent.id, CheckKind.ESCUELA, "2026-S1", CheckResult.FALTO)]
    )
    workspace = workspace_shell.workspace
    assert workspace is not None
    home = workspace.home
    qtbot.keyClick(home.at_risk_button, Qt.Key.Key_Space)
    settle()
    dialog = home.findChild(AtRiskDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert [r.enrollment.id for r in dialog.model.rows] == [absent.id]
    assert dialog.summary.text() == "1 persona con el pago en riesgo."
    assert "Se registró una falta." in _cells(dialog.model, "reason")[0]
    assert dialog.table.hasFocus()
    opened: list[str] = []
    dialog.person_wanted.connect(opened.append)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [absent.person_id]


def test_the_transitions_list_follows_its_horizon_and_the_catalog(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    set_up_store: CasebookStore,
    people: People,
    settle: Settle,
) -> None:
    today = casebook.today()
    birthday = today + timedelta(days=40)
    woman = people.named(
        "Rosa",
        "Jiménez",
        "Luna",
        birth_date=birthday.replace(year=birthday.year - 65),
        sex=Sex.MUJER,
        relationship=None,
    )
    enrolment = _enrol(casebook, woman, "PMB")
    workspace = workspace_shell.workspace
    assert workspace is not None
    home = workspace.home
    home.transitions_button.click()
    settle()
    dialog = home.findChild(TransitionsDialog)
    assert dialog is not None
    assert dialog.horizon.value() == 60
    assert [r.enrollment.id for r in dialog.model.rows] == [enrolment.id]
    assert _cells(dialog.model, "action")[0].endswith(
        "Inscribir en Pensión Adultos Mayores y dar de baja en Pensión Mujeres Bienestar por edad."
    )
    dialog.horizon.setValue(30)
    dialog.show_button.click()
    settle()
    assert dialog.model.rowCount() == 0
    assert dialog.summary.text() == "Ningún cambio en los próximos 30 días."
    # A catalog that keeps women in Mujeres Bienestar a year longer moves the date away.
    later = catalogs.catalog("2026.70", "2026-01-01")
    catalogs.program(later, "PMB")["rule"]["max_age"] = 65
    catalogs.program(later, "PAM")["rule"]["min_age"] = 66
    catalogs.store_locally(set_up_store.database.path, later)
    casebook.refresh_after_pull()
    dialog.horizon.setValue(450)
    dialog.show_button.click()
    settle()
    assert _cells(dialog.model, "on") == [(birthday + timedelta(days=365)).strftime("%d/%m/%Y")]
