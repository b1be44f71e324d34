"""A report written to a file the person chose: CSV (the same table ``report`` prints) or a
formatted spreadsheet (XLSX: title, period, bold headings, thousands separators, the total in
bold, frozen headings and filters). Files are written whole or not at all (temp file, then
rename). Reports hold counts and place names, never a person's data.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from bienestar_field.domain.reports import ReportTable
from bienestar_field.platform.files import write_atomically

# Where the table starts in the spreadsheet: a title, the period, a blank row, the headings.
XLSX_HEADER_ROW = 4


def write_csv(table: ReportTable, path: Path) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs on Windows read the accents."""
    write_atomically(path, table.csv_text().encode("utf-8-sig"))


def xlsx_bytes(
    table: ReportTable, *, title: str, subtitle: str, headings: Mapping[str, str]
) -> bytes:
    """The report as a workbook of one sheet; ``headings`` words each column (CSV name ->
    heading); a column without one keeps its CSV name."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reporte"
    sheet.append([title])
    sheet.append([subtitle])
    sheet.append([])
    columns = table.columns()
    sheet.append([headings.get(name, name) for name in columns])
    rows = table.rows()
    for values in rows:
        sheet.append(values)

    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"].font = Font(italic=True)
    heading_fill = PatternFill("solid", fgColor="DDE6F0")
    rule = Side(style="thin", color="6B6B6B")
    for cell in sheet[XLSX_HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.fill = heading_fill
        cell.border = Border(bottom=rule)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    last_row = XLSX_HEADER_ROW + len(rows)
    for cell in sheet[last_row]:
        cell.font = Font(bold=True)
        cell.border = Border(top=rule)
    for cells in sheet.iter_rows(min_row=XLSX_HEADER_ROW + 1, max_row=last_row, min_col=3):
        for number in cells:
            number.number_format = "#,##0"
    for position, name in enumerate(columns, start=1):
        longest = max(
            [len(str(headings.get(name, name)))]
            + [len(str(values[position - 1])) for values in rows]
        )
        width = min(max(longest, 6), 45 if position == 2 else 18) + 2
        sheet.column_dimensions[get_column_letter(position)].width = width
    sheet.freeze_panes = f"C{XLSX_HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{XLSX_HEADER_ROW}:{get_column_letter(len(columns))}{last_row - 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_xlsx(
    table: ReportTable, path: Path, *, title: str, subtitle: str, headings: Mapping[str, str]
) -> None:
    write_atomically(path, xlsx_bytes(table, title=title, subtitle=subtitle, headings=headings))
