"""The reports page: a period and a grouping chosen by a person, the figures and charts shown,
and the report exported to CSV, a spreadsheet and a PDF in a folder they chose."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QPieSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.casebook.report_files import XLSX_HEADER_ROW
from bienestar_field.domain.enrollments import AttendanceCheck, CheckKind, CheckResult
from bienestar_field.domain.users import Role
from bienestar_field.ui.main import Shell
from bienestar_field.ui.reports import ReportsPage
from tests.conftest import People
from tests.helpers.surveys import full_survey
from tests.storage.test_worklist import _student
from tests.ui.conftest import Settle


@pytest.fixture
def casebook_role() -> Role:
    """Reports are a supervisor's: this module works as one."""
    return Role.SUPERVISOR


def _work(casebook: Casebook, people: People) -> None:
    casebook.households.register(people.household(3))
    first, second = _student(casebook, people), _student(casebook, people)
    casebook.checks.record(
        [
            AttendanceCheck("", first.id, CheckKind.ESCUELA, "2026-S1", CheckResult.ASISTIO),
            AttendanceCheck("", second.id, CheckKind.ESCUELA, "2026-S1", CheckResult.FALTO),
        ]
    )


def _open(workspace_shell: Shell, settle: Settle) -> ReportsPage:
    workspace = workspace_shell.workspace
    assert workspace is not None
    workspace.show_page(workspace.PAGES.index("reports"))
    settle()
    page = workspace.reports
    assert workspace.stack.currentWidget() is page
    return page


def test_the_page_shows_todays_figures_by_program_with_charts(
    workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle
) -> None:
    _work(casebook, people)
    page = _open(workspace_shell, settle)
    page.refresh()
    settle()

    assert page.table is not None
    assert page.table.first == page.table.last == casebook.today()
    stats = casebook.reports.stats()
    total_row = page.model.rowCount() - 1
    assert page.model.index(total_row, 0).data() == "Total"
    assert page.model.index(total_row, page.model.column("persons")).data() == str(stats.persons)
    assert "Hogares: <b>1</b>" in page.totals.text()
    (bars,) = page.groups_chart.chart().series()
    assert isinstance(bars, QHorizontalBarSeries)
    (results,) = page.results_chart.chart().series()
    assert isinstance(results, QPieSeries)
    assert sorted(s.value() for s in results.slices()) == [1, 1]
    assert "Asistió" in page.results_chart.accessibleDescription()


def test_the_page_shows_the_survey_by_locality(
    workspace_shell: Shell, casebook: Casebook, people: People, settle: Settle
) -> None:
    surveyed = casebook.households.register(people.household(2))
    casebook.households.register(people.household(3))
    casebook.surveys.save(full_survey(surveyed.id, casebook.surveys.respondents(surveyed.id)))
    page = _open(workspace_shell, settle)
    page.refresh()
    settle()

    assert page.survey_table is not None
    model = page.survey_model
    total_row = model.rowCount() - 1
    assert model.index(total_row, 0).data() == "Total"
    assert model.index(total_row, model.column("households_surveyed")).data() == "1"
    assert model.index(total_row, model.column("households_not_surveyed")).data() == "1"
    assert model.index(total_row, model.column("persons_in_extreme_poverty")).data() == "2"
    assert (
        model.headerData(model.column("deprivation_social_security"), Qt.Orientation.Horizontal)
        == "Sin seguridad social"
    )


def test_a_person_picks_a_period_and_grouping_and_exports_csv_xlsx_and_pdf(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: People,
    settle: Settle,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _work(casebook, people)
    page = _open(workspace_shell, settle)
    today = casebook.today()
    page.first.setText((today - timedelta(days=3)).strftime("%d/%m/%Y"))
    qtbot.keyClicks(page.last, "")
    page.last.setText(today.strftime("%d/%m/%Y"))
    page.by.setCurrentIndex(page.by.findData("municipality"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    settle()
    table = page.table
    assert table is not None
    assert table.grouping == "municipality"
    assert table.first == today - timedelta(days=3)
    labels = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert labels == ["Acatlán de Pérez Figueroa, Oaxaca", "Sin domicilio", "Total"]

    folder = tmp_path / "reportes"
    for kind, button in (
        ("csv", page.csv_button),
        ("xlsx", page.xlsx_button),
        ("pdf", page.pdf_button),
    ):
        chosen = folder / f"dia.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, c=chosen: (str(c), ""))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle()
        assert chosen.exists(), kind
        assert str(chosen) in page.saved.text()

    with (folder / "dia.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["municipality"] for row in rows] == ["20-002", "", "total"]
    for row, line in zip(rows, [*table.lines, table.total], strict=True):
        for name in table.figures:
            assert int(row[name]) == line.figures[name]

    from openpyxl import load_workbook

    sheet = load_workbook(folder / "dia.xlsx").active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(min_row=XLSX_HEADER_ROW + 1, values_only=True)]
    assert values == [[v if v != "" else None for v in row] for row in table.rows()]
    assert sheet.cell(XLSX_HEADER_ROW, 3).value == "Hogares"
    assert sheet.cell(XLSX_HEADER_ROW + len(values), 3).font.b  # the total in bold

    pdf = (folder / "dia.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert len(pdf) > 5_000  # the charts and the table, not an empty page
    assert not list(folder.glob("*.tmp*"))  # written whole, nothing left beside


def test_a_bad_date_or_a_period_backwards_is_said_and_nothing_is_counted(
    qtbot: QtBot, workspace_shell: Shell, settle: Settle
) -> None:
    page = _open(workspace_shell, settle)
    shown = page.table
    page.first.setText("31/02/2026")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.error.text() == "Escriba las fechas como DD/MM/AAAA."
    page.first.setText("02/03/2026")
    page.last.setText("01/03/2026")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.error.text() == "El periodo termina antes de empezar."
    assert page.table is shown
