"""The reports page: a day's or a period's figures by program, municipality, locality or
user, as charts where a picture reads faster (records per group, enrolments by status,
attendance checks by result) and as a table, exported to CSV, to a formatted spreadsheet and
to a printable PDF report.

The casebook counts (``casebook.reports.report``, on the worker); this page only shows what it
gets and writes the files the person chose. Only supervisors are meant to see it: the main
window registers it as the page ``reports`` for the role gating to hide.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMarginsF, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.ui import i18n
from bienestar_field.ui.table_model import Column, TableModel
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.theme import is_high_contrast
from bienestar_field.ui.widgets import (
    ErrorLabel,
    FlowLayout,
    card,
    combo,
    combo_value,
    date_edit,
    scrolling,
    title_label,
    wrapping_label,
)

if TYPE_CHECKING:
    from bienestar_field.casebook import Casebook
    from bienestar_field.domain.reports import ReportLine, ReportTable

# Groups drawn in the bar chart: more would make bars too thin to read (the table has all).
CHART_GROUPS = 8
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReportsPage(QWidget):
    def __init__(
        self, casebook: Casebook, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._casebook = casebook
        self._runner = runner
        self.table: ReportTable | None = None

        self.preset = combo(
            [
                (self.tr("Hoy"), "today"),
                (self.tr("Ayer"), "yesterday"),
                (self.tr("Esta semana"), "week"),
                (self.tr("Este mes"), "month"),
                (self.tr("Otro periodo"), "custom"),
            ]
        )
        self.preset.setAccessibleName(self.tr("Periodo"))
        self.first = date_edit(self.tr("DD/MM/AAAA"))
        self.first.setAccessibleName(self.tr("Desde"))
        self.last = date_edit(self.tr("DD/MM/AAAA"))
        self.last.setAccessibleName(self.tr("Hasta"))
        self.by = combo(
            [
                (self.tr("Programa"), "program"),
                (self.tr("Municipio"), "municipality"),
                (self.tr("Localidad"), "locality"),
                (self.tr("Persona usuaria"), "user"),
            ]
        )
        self.by.setAccessibleName(self.tr("Agrupar por"))
        self.show_button = QPushButton(self.tr("&Mostrar"))
        self.error = ErrorLabel()
        self.note = wrapping_label()

        controls = FlowLayout()
        for caption, widget in (
            (self.tr("&Periodo:"), self.preset),
            (self.tr("&Desde:"), self.first),
            (self.tr("&Hasta:"), self.last),
            (self.tr("&Agrupar por:"), self.by),
        ):
            controls.addWidget(_labelled(caption, widget))
        controls.addWidget(self.show_button)

        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.groups_chart = _chart_view(self.tr("Registros por grupo"))
        self.status_chart = _chart_view(self.tr("Inscripciones por estado"))
        self.results_chart = _chart_view(self.tr("Corresponsabilidades por resultado"))
        # One under the other at the page's width: side by side, large text cut their legends.
        charts = QVBoxLayout()
        for view in (self.groups_chart, self.status_chart, self.results_chart):
            charts.addWidget(view)

        self.model: TableModel[ReportLine] = TableModel(self._columns(), self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Cifras por grupo"))
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = self.view.verticalHeader().defaultSectionSize() * 10
        self.view.setMinimumHeight(rows + header.sizeHint().height() + 24)

        self.csv_button = QPushButton(self.tr("Exportar &CSV…"))
        self.xlsx_button = QPushButton(self.tr("Exportar ho&ja de cálculo…"))
        self.pdf_button = QPushButton(self.tr("&Reporte en PDF para imprimir…"))
        exports = FlowLayout()
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(False)
            exports.addWidget(button)
        self.saved = wrapping_label()

        # The socioeconomic survey: where it is missing and where need is highest, by
        # locality, as the households stand today (not a figure of the period).
        self.survey_table: ReportTable | None = None
        self.survey_model: TableModel[ReportLine] = TableModel(self._survey_columns(), self)
        self.survey_view = QTableView()
        self.survey_view.setModel(self.survey_model)
        self.survey_view.setAccessibleName(self.tr("Encuesta socioeconómica por localidad"))
        self.survey_view.verticalHeader().setVisible(False)
        self.survey_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.survey_view.setTabKeyNavigation(False)
        self.survey_view.setWordWrap(False)
        survey_header = self.survey_view.horizontalHeader()
        survey_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        survey_header.setStretchLastSection(True)
        self.survey_view.setMinimumHeight(rows // 2 + survey_header.sizeHint().height() + 24)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title_label(self.tr("Reportes")))
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Cifras de los registros hechos en el periodo, contados por día en la zona "
                    "horaria de la oficina, y los cambios de este equipo por enviar o "
                    "rechazados por el servidor."
                )
            )
        )
        layout.addLayout(controls)
        layout.addWidget(self.error)
        layout.addWidget(card(_wrapped(self.totals)))
        layout.addLayout(charts)
        layout.addWidget(title_label(self.tr("Cifras por grupo"), "subtitle"))
        layout.addWidget(self.note)
        layout.addWidget(self.view)
        layout.addLayout(exports)
        layout.addWidget(self.saved)
        layout.addWidget(title_label(self.tr("Encuesta socioeconómica por localidad"), "subtitle"))
        layout.addWidget(
            wrapping_label(
                self.tr(
                    "Hogares con y sin encuesta, y personas en pobreza, en pobreza extrema y "
                    "con cada carencia, según los hogares hoy."
                )
            )
        )
        layout.addWidget(self.survey_view)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.by.currentIndexChanged.connect(self.refresh)
        self.show_button.clicked.connect(self._custom)
        for edit in (self.first, self.last):
            edit.returnPressed.connect(self._custom)
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self._ask_and_export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self._ask_and_export("pdf"))
        self._preset_changed()

    # --- the period and the grouping -------------------------------------------------------

    def _preset_changed(self) -> None:
        preset = combo_value(self.preset)
        if preset == "custom":
            self.first.setFocus()
            return
        today = self._casebook.today()
        first, last = {
            "today": (today, today),
            "yesterday": (today - timedelta(days=1), today - timedelta(days=1)),
            "week": (today - timedelta(days=today.weekday()), today),
            "month": (today.replace(day=1), today),
        }[preset]
        self.first.setText(i18n.format_date(first))
        self.last.setText(i18n.format_date(last))
        self.refresh()

    def _custom(self) -> None:
        if combo_value(self.preset) != "custom":
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
        self.refresh()

    def set_period(self, first: date, last: date, by: str | None = None) -> None:
        """Show the figures of ``first`` to ``last`` (and, if given, by ``by``)."""
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)
        self.first.setText(i18n.format_date(first))
        self.last.setText(i18n.format_date(last))
        if by is not None:
            self.by.blockSignals(True)
            self.by.setCurrentIndex(self.by.findData(by))
            self.by.blockSignals(False)
        self.refresh()

    def period(self) -> tuple[date, date] | None:
        first, last = i18n.parse_date(self.first.text()), i18n.parse_date(self.last.text())
        if first is None or last is None:
            self.error.setText(self.tr("Escriba las fechas como DD/MM/AAAA."))
            return None
        if last < first:
            self.error.setText(self.tr("El periodo termina antes de empezar."))
            return None
        self.error.setText("")
        return first, last

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        first, last = period
        by = combo_value(self.by)
        none_label = {
            "program": self.tr("Sin inscripción"),
            "municipality": self.tr("Sin domicilio"),
            "locality": self.tr("Sin domicilio"),
            "user": self.tr("Registrado en otros equipos"),
        }[by]
        total_label = self.tr("Total")
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.reports.report(
                first, last, by, none_label=none_label, total_label=total_label
            ),
            self._show,
            owner=self,
        )
        self._runner.run_in_background(
            lambda: casebook.reports.survey_report(total_label=total_label),
            self._show_survey,
            owner=self,
        )

    def _show_survey(self, table: ReportTable) -> None:
        self.survey_table = table
        self.survey_model.set_rows([*table.lines, table.total])

    def _survey_columns(self) -> tuple[Column[ReportLine], ...]:
        def figure(name: str) -> Callable[[ReportLine], str]:
            return lambda line: f"{line.figures.get(name, 0):,}"

        headings = {
            "households": self.tr("Hogares"),
            "households_surveyed": self.tr("Con encuesta"),
            "households_not_surveyed": self.tr("Sin encuesta"),
            "households_incomplete": self.tr("Encuesta incompleta"),
            "persons_measured": self.tr("Personas medidas"),
            "persons_in_poverty": self.tr("En pobreza"),
            "persons_in_extreme_poverty": self.tr("En pobreza extrema"),
            "deprivation_education": self.tr("Rezago educativo"),
            "deprivation_health": self.tr("Sin servicios de salud"),
            "deprivation_social_security": self.tr("Sin seguridad social"),
            "deprivation_dwelling": self.tr("Vivienda"),
            "deprivation_services": self.tr("Servicios de la vivienda"),
            "deprivation_food": self.tr("Alimentación"),
        }
        return (
            Column("label", self.tr("Localidad"), lambda line: line.label),
            *(
                Column(name, heading, figure(name), alignment=_RIGHT)
                for name, heading in headings.items()
            ),
        )

    # --- showing ----------------------------------------------------------------------------

    def _columns(self) -> tuple[Column[ReportLine], ...]:
        def figure(name: str) -> Callable[[ReportLine], str]:
            return lambda line: f"{line.figures.get(name, 0):,}"

        return (
            Column("label", self.tr("Grupo"), lambda line: line.label),
            *(
                Column(name, heading, figure(name), alignment=_RIGHT)
                for name, heading in self.figure_headings().items()
            ),
        )

    def figure_headings(self) -> dict[str, str]:
        return {
            "households": self.tr("Hogares"),
            "persons": self.tr("Personas"),
            "enrollments": self.tr("Inscripciones"),
            "attendance_checks": self.tr("Corresponsabilidades"),
            "pending_changes": self.tr("Cambios por enviar"),
            "refused_changes": self.tr("Cambios rechazados"),
        }

    def _show(self, table: ReportTable) -> None:
        self.table = table
        self.model.set_rows([*table.lines, table.total])
        figures, headings = table.total.figures, self.figure_headings()
        self.totals.setText(
            "   ·   ".join(f"{headings[name]}: <b>{figures[name]:,}</b>" for name in headings)
        )
        self.totals.setAccessibleName(
            ", ".join(f"{headings[name]}: {figures[name]}" for name in headings)
        )
        self.note.setText(
            self.tr(
                "Una persona inscrita en dos programas cuenta en cada uno; el total la cuenta "
                "una vez."
            )
            if table.grouping == "program"
            else ""
        )
        self.note.setVisible(table.grouping == "program")
        self._draw_groups(table)
        self._draw_pie(
            self.status_chart,
            {i18n_status(status): n for status, n in table.total.by_status.items()},
            self.tr("Sin inscripciones en el periodo."),
        )
        self._draw_pie(
            self.results_chart,
            {i18n_result(result): n for result, n in table.total.by_result.items()},
            self.tr("Sin corresponsabilidades en el periodo."),
        )
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(True)

    def _draw_groups(self, table: ReportTable) -> None:
        chart = _new_chart(self, self.groups_chart)
        lines = sorted(
            table.lines,
            key=lambda line: -(line.figures["persons"] + line.figures["enrollments"]),
        )[:CHART_GROUPS]
        lines.reverse()  # the largest at the top of a horizontal chart
        if not lines:
            chart.setTitle(self.tr("Sin registros en el periodo."))
            self.groups_chart.setAccessibleDescription(chart.title())
            return
        series = QHorizontalBarSeries()
        series.setBarWidth(0.8)
        described = []
        # Checks have their own chart below: three bars a group stay thick enough to read.
        for name in ("households", "persons", "enrollments"):
            bars = QBarSet(self.figure_headings()[name])
            for line in lines:
                bars.append(line.figures[name])
            series.append(bars)
        for line in reversed(lines):
            described.append(
                f"{line.label}: "
                + ", ".join(
                    f"{self.figure_headings()[name]} {line.figures[name]}"
                    for name in ("households", "persons", "enrollments", "attendance_checks")
                )
            )
        chart.addSeries(series)
        groups = QBarCategoryAxis()
        groups.append([_short(line.label) for line in lines])
        groups.setLabelsFont(self.font())
        groups.setTruncateLabels(False)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(self.font())
        top = max(
            line.figures[name]
            for line in lines
            for name in ("households", "persons", "enrollments")
        )
        values.setRange(0, max(1, top))
        values.applyNiceNumbers()
        chart.addAxis(groups, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(groups)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.groups_chart.setMinimumHeight(
            max(300, (len(lines) * 2 + 8) * self.fontMetrics().height())
        )
        self.groups_chart.setAccessibleDescription("; ".join(described))

    def _draw_pie(self, view: QChartView, counts: dict[str, int], empty: str) -> None:
        chart = _new_chart(self, view)
        shown = {label: n for label, n in counts.items() if n}
        if not shown:
            chart.setTitle(empty)
            view.setAccessibleDescription(empty)
            return
        series = QPieSeries()
        total = sum(shown.values())
        for label, n in shown.items():
            piece = series.append(f"{label}: {n:,} ({round(100 * n / total)} %)", n)
            piece.setLabelVisible(False)
        series.setHoleSize(0.35)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        view.setAccessibleDescription("; ".join(slice_.label() for slice_ in series.slices()))

    # --- exporting -------------------------------------------------------------------------

    def _ask_and_export(self, kind: str) -> None:
        table = self.table
        if table is None:
            return
        stem = f"reporte-{table.grouping}-{table.first.isoformat()}"
        if table.last != table.first:
            stem += f"-{table.last.isoformat()}"
        filters = {
            "csv": self.tr("Texto separado por comas (*.csv)"),
            "xlsx": self.tr("Hoja de cálculo (*.xlsx)"),
            "pdf": self.tr("Documento PDF (*.pdf)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Guardar el reporte"),
            str(Path.home() / f"{stem}.{kind}"),
            filters[kind],
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        self.export(kind, path)

    def export(self, kind: str, path: Path) -> None:
        """Write the report shown to ``path`` as ``csv``, ``xlsx`` or ``pdf``."""
        table = self.table
        if table is None:
            return
        if kind == "pdf":  # drawn with Qt's painter: on the GUI thread
            try:
                self.write_pdf(table, path)
            except OSError as exc:
                self._failed(exc)
                return
            self._saved(path)
            return
        from bienestar_field.casebook.report_files import write_csv, write_xlsx

        title, subtitle, headings = self._title(table), self._subtitle(table), self._headings(table)

        def write() -> Path:
            if kind == "csv":
                write_csv(table, path)
            else:
                write_xlsx(table, path, title=title, subtitle=subtitle, headings=headings)
            return path

        self._runner.run_in_background(write, self._saved, self._failed, owner=self)

    def _saved(self, path: Path) -> None:
        self.saved.setText(i18n.fill(self.tr("Reporte guardado en %1"), str(path)))

    def _failed(self, exc: Exception) -> None:
        from bienestar_field.ui.errors import describe_error

        self.saved.setText(
            i18n.fill(self.tr("No se pudo guardar el reporte: %1"), describe_error(exc))
        )

    def _title(self, table: ReportTable) -> str:
        by = self.by.itemText(self.by.findData(table.grouping))
        if table.first == table.last:
            return i18n.fill(self.tr("Reporte del día, por %1"), by.lower())
        return i18n.fill(self.tr("Reporte del periodo, por %1"), by.lower())

    def _subtitle(self, table: ReportTable) -> str:
        if table.first == table.last:
            when = i18n.format_long_date(table.first)
        else:
            when = i18n.fill(
                self.tr("del %1 al %2"),
                i18n.format_long_date(table.first),
                i18n.format_long_date(table.last),
            )
        return i18n.fill(
            self.tr("%1 · días de la oficina (%2) · %3"),
            when,
            table.time_zone,
            self._casebook.user.name,
        )

    def _headings(self, table: ReportTable) -> dict[str, str]:
        headings: dict[str, str] = {
            table.grouping: self.tr("Clave"),
            "label": self.by.itemText(self.by.findData(table.grouping)),
            **self.figure_headings(),
        }
        for status in table.statuses():
            headings[f"enrollments_{status}"] = i18n.fill(
                self.tr("Inscripciones: %1"), i18n_status(status)
            )
        for result in table.results():
            headings[f"attendance_checks_{result}"] = i18n.fill(
                self.tr("Corresponsabilidades: %1"), i18n_result(result)
            )
        return headings

    def write_pdf(self, table: ReportTable, path: Path) -> None:
        """A printable report (letter, landscape): the title, the totals, the charts and the
        figures by group (the breakdowns by status and result per group are in the CSV and the
        spreadsheet; the charts show them for the whole period)."""
        from bienestar_field.platform.files import replacing

        document = QTextDocument()
        font = self.font()
        font.setPointSizeF(9)  # print size, whatever size the screen uses
        document.setDefaultFont(font)
        images = []
        for number, (view, size) in enumerate(
            (
                (self.groups_chart, QSize(1400, 700)),
                (self.status_chart, QSize(900, 440)),
                (self.results_chart, QSize(900, 440)),
            )
        ):
            url = QUrl(f"chart://{number}")
            document.addResource(QTextDocument.ResourceType.ImageResource, url, _render(view, size))
            images.append(url.toString())
        figures = self.figure_headings()
        totals = " &nbsp;·&nbsp; ".join(
            f"{html.escape(figures[name])}: <b>{table.total.figures[name]:,}</b>"
            for name in figures
        )
        head = "".join(
            f"<th>{html.escape(text)}</th>"
            for text in (self.by.itemText(self.by.findData(table.grouping)), *figures.values())
        )
        body = []
        for line in [*table.lines, table.total]:
            weight = " style='font-weight:bold'" if line is table.total else ""
            body.append(
                f"<tr{weight}><td>{html.escape(line.label)}</td>"
                + "".join(f"<td align='right'>{line.figures[name]:,}</td>" for name in figures)
                + "</tr>"
            )
        document.setHtml(
            f"<h1>{html.escape(self._title(table))}</h1>"
            f"<p>{html.escape(self._subtitle(table))}</p>"
            f"<p>{totals}</p>"
            f"<p><img src='{images[0]}' width='760'></p>"
            "<table><tr>"
            + "".join(f"<td><img src='{url}' width='370'></td>" for url in images[1:])
            + "</tr></table>"
            f"<h2>{html.escape(self.tr('Cifras por grupo'))}</h2>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
        )
        with replacing(path) as temp:
            writer = QPdfWriter(str(temp))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
            writer.setPageOrientation(QPageLayout.Orientation.Landscape)
            writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
            writer.setTitle(self._title(table))
            writer.setCreator("Bienestar Field")
            document.print_(writer)
            del writer  # the file is finished when the writer goes


def i18n_status(status: str) -> str:
    from bienestar_field.domain.enrollments import EnrollmentStatus

    try:
        return i18n.status_label(EnrollmentStatus(status))
    except ValueError:
        return status


def i18n_result(result: str) -> str:
    from bienestar_field.domain.enrollments import CheckResult

    try:
        return i18n.check_result_label(CheckResult(result))
    except ValueError:
        return result


def _labelled(caption: str, widget: QWidget) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(caption)
    label.setBuddy(widget)
    row.addWidget(label)
    row.addWidget(widget)
    if isinstance(widget, QLineEdit):
        widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance("00/00/00000") + 24)
    elif isinstance(widget, QComboBox):
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def _wrapped(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout()
    layout.addWidget(widget)
    return layout


def _chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(260)
    view.setProperty("caption", name)
    return view


def _new_chart(page: QWidget, view: QChartView) -> QChart:
    """A fresh chart for ``view`` in the app's font and contrast (the old one is deleted)."""
    chart = QChart()
    if is_high_contrast():
        chart.setTheme(QChart.ChartTheme.ChartThemeHighContrast)
    font = page.font()
    chart.setTitle(str(view.property("caption")))
    title = font
    title.setBold(True)
    chart.setTitleFont(title)
    chart.legend().setFont(page.font())
    chart.setBackgroundRoundness(0)
    chart.setMargins(chart.margins())
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return chart


def _render(view: QChartView, size: QSize) -> QImage:
    """The chart drawn at ``size`` for print, whatever size it has on screen."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart = view.chart()
    old = chart.size()
    chart.resize(size.width(), size.height())
    chart.scene().render(painter, image.rect().toRectF(), chart.sceneBoundingRect())
    chart.resize(old)
    painter.end()
    return image


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
