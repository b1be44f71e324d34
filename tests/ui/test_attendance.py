"""The attendance page: a period picked, not typed; filters; bulk marks that ask and undo."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
)
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Schooling, SchoolLevel
from bienestar_field.ui.checks import CONFIRM_ABOVE, ChecksPage
from bienestar_field.ui.main import Shell
from tests.conftest import People
from tests.ui.conftest import Settle
from tests.ui.ui_helpers import choose


def _student(casebook: Casebook, people: People, locality: str, cct: str) -> str:
    """A student of public upper-secondary school, alone in a household, enrolled in BBJ."""
    student = people.person(identity=people.identity(min_age=16, max_age=17))
    student.schooling = Schooling(SchoolLevel.MEDIA_SUPERIOR, public=True, cct=cct)
    address = dataclasses.replace(people.address(), locality_code=None, locality_name=locality)
    household = casebook.households.register(
        Household(id="", address=address, members=[student], consent=people.consent())
    )
    program = casebook.catalog["BBJ"]
    casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=household.members[0].id,
            program_code="BBJ",
            status=EnrollmentStatus.ENVIADA,
            documents={d.code: True for d in program.documents},
            consent=PrivacyConsent("2026.1", casebook.now().isoformat(), True, True),
        )
    )
    return household.members[0].full_name


@pytest.fixture
def page(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle
) -> ChecksPage:
    for n in range(4):
        _student(casebook, people, "El Zapotal", "20EBH0001X" if n < 3 else "20EBH0002Y")
    for _ in range(5):
        _student(casebook, people, "Rancho Nuevo", "20EBH0002Y")
    workspace = workspace_shell.workspace
    qtbot.keyClick(workspace, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    checks = workspace.checks
    choose(checks.program, "BBJ")
    qtbot.mouseClick(checks.load_button, Qt.MouseButton.LeftButton)
    settle()
    assert checks.model.rowCount() == 9
    return checks


def _recorded(casebook: Casebook, period: str) -> list[str]:
    return sorted(
        d.recorded.result.value if d.recorded else "" for d in casebook.checks.due("BBJ", period)
    )


def test_the_period_is_picked_from_a_list_and_free_text_is_refused(
    page: ChecksPage, casebook: Casebook
) -> None:
    assert not page.period.isEditable()
    codes = [page.period.itemData(i) for i in range(page.period.count())]
    assert codes[:3] == ["2026-S1", "2025-S2", "2025-S1"]
    assert page.period.currentText() == "enero–junio de 2026"
    enrolment = page.model.rows[0].enrollment
    with pytest.raises(ValidationFailed):
        casebook.checks.record(
            [AttendanceCheck("", enrolment.id, CheckKind.ESCUELA, "nov 2026", CheckResult.ASISTIO)]
        )


def test_filters_narrow_the_list_and_drop_ticks_they_hide(qtbot: QtBot, page: ChecksPage) -> None:
    choose(page.locality_filter, "El Zapotal")
    assert page.model.rowCount() == 4
    choose(page.school_filter, "20EBH0002Y")
    assert page.model.rowCount() == 1
    choose(page.school_filter, "")
    choose(page.locality_filter, "")
    assert page.model.rowCount() == 9
    page.tick_all_shown()
    assert len(page.model.marked) == 9
    choose(page.locality_filter, "Rancho Nuevo")
    assert len(page.model.marked) == 5, "ticks on rows the filter hides are dropped"
    choose(page.locality_filter, "")
    first = page.model.rows[0].person.full_name
    qtbot.keyClicks(page.name_filter, first.split()[0].upper())
    assert page.model.rowCount() >= 1
    assert all(
        first.split()[0] in page.model.index(r, page.model.column("name")).data()
        for r in range(page.model.rowCount())
    )


def test_a_bulk_mark_asks_first_uses_the_ticks_not_the_selection_and_can_be_undone(
    qtbot: QtBot, page: ChecksPage, casebook: Casebook, settle: Settle
) -> None:
    asked: list[str] = []
    answers: list[bool] = [False, True]

    def confirm(question: str, then: object) -> None:
        asked.append(question)
        if answers.pop(0):
            then()  # type: ignore[operator]

    page.confirm = confirm
    assert page.model.rowCount() > CONFIRM_ABOVE
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    settle()
    assert len(asked) == 1
    assert "9 personas marcadas" in asked[0]
    assert _recorded(casebook, "2026-S1") == [""] * 9, "answered no: nothing recorded"

    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    settle()
    assert _recorded(casebook, "2026-S1") == ["attended"] * 9
    assert {page.model.rows[i].recorded is not None for i in range(9)} == {True}

    # One row already had a mark before the next bulk mark: undo gives it back.
    page.table.selectRow(0)
    qtbot.keyClick(page, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 1 row: no question
    settle()
    assert len(asked) == 2
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert _recorded(casebook, "2026-S1") == ["attended"] * 9


def test_undo_of_a_first_mark_leaves_the_period_pending(
    qtbot: QtBot, page: ChecksPage, casebook: Casebook, settle: Settle
) -> None:
    page.table.selectRow(2)
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    settle()
    assert _recorded(casebook, "2026-S1").count("absent") == 1
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert _recorded(casebook, "2026-S1") == [""] * 9
    assert page.model.rows[2].recorded is None
    assert not page.undo_button.isEnabled()


def test_tab_leaves_the_table(qtbot: QtBot, page: ChecksPage) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table
