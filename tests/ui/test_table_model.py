"""The one table model: named columns, what each role gives, sorting, and cheap bulk replaces."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot

from bienestar_field.ui.table_model import SORT_ROLE, Column, TableModel


@dataclass(frozen=True)
class Visit:
    name: str
    born: date
    count: int


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _columns(reads: list[str] | None = None) -> tuple[Column[Visit], ...]:
    def name(visit: Visit) -> str:
        if reads is not None:
            reads.append(visit.name)
        return visit.name

    return (
        Column("mark", "Marcar", checkable=True),
        Column("name", "Nombre", name, tooltip=lambda v: f"visita de {v.name}"),
        Column(
            "born",
            "Nacimiento",
            lambda v: v.born.strftime("%d/%m/%Y"),
            sort_key=lambda v: v.born.toordinal(),
        ),
        Column(
            "count", "Visitas", lambda v: str(v.count), sort_key=lambda v: v.count, alignment=RIGHT
        ),
    )


ROWS = [
    Visit("Beto", date(1990, 12, 1), 10),
    Visit("Ana", date(2001, 1, 31), 9),
    Visit("Carla", date(1985, 6, 15), 100),
]


def test_headers_come_from_the_column_spec_in_order(qtbot: QtBot) -> None:
    model = TableModel(_columns())
    assert model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Marcar", "Nombre", "Nacimiento", "Visitas"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.column("count") == 3


def test_each_role_reads_its_part_of_the_column(qtbot: QtBot) -> None:
    model = TableModel(_columns())
    model.set_rows(ROWS)
    assert model.rowCount() == 3
    name, born, count = model.index(0, 1), model.index(0, 2), model.index(2, 3)
    assert name.data() == "Beto"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "visita de Beto"
    assert name.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert name.data(SORT_ROLE) == "Beto", "without a sort key, the text sorts"
    assert born.data() == "01/12/1990"
    assert born.data(SORT_ROLE) == date(1990, 12, 1).toordinal()
    assert count.data() == "100"
    assert count.data(SORT_ROLE) == 100
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(0, 0).data() is None
    assert name.data(Qt.ItemDataRole.CheckStateRole) is None, "only tick-box columns tick"


def test_tick_boxes_mark_rows_and_a_new_set_of_rows_clears_them(qtbot: QtBot) -> None:
    model = TableModel(_columns())
    model.set_rows(ROWS)
    tick = model.index(1, 0)
    assert model.flags(tick) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert tick.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(tick, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert tick.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.marked == {1}
    assert not model.setData(model.index(1, 1), "x", Qt.ItemDataRole.EditRole)
    model.mark_all(True)
    assert model.marked == {0, 1, 2}
    model.setData(tick, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.marked == {0, 2}
    model.set_rows(ROWS[:2])
    assert model.marked == set()


def test_sorting_through_a_proxy_uses_the_sort_keys_not_the_text(qtbot: QtBot) -> None:
    model = TableModel(_columns())
    model.set_rows(ROWS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)

    def column(position: int) -> list[str]:
        return [proxy.index(row, position).data() for row in range(proxy.rowCount())]

    proxy.sort(3, Qt.SortOrder.AscendingOrder)
    assert column(3) == ["9", "10", "100"], "as text, 100 would come before 9"
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert column(1) == ["Carla", "Beto", "Ana"], "dates sort as dates, not as dd/mm/yyyy"
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    assert column(1) == ["Carla", "Beto", "Ana"]


def test_replacing_ten_thousand_rows_is_one_reset_and_reads_no_cell(qtbot: QtBot) -> None:
    reads: list[str] = []
    model = TableModel(_columns(reads))
    model.set_rows(ROWS)
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.dataChanged.connect(lambda *_: signals.append("changed"))
    many = [Visit(f"P{i}", date(2000, 1, 1), i) for i in range(10_000)]
    model.set_rows(many)
    assert signals == ["reset"]
    assert reads == [], "cells are read when a view asks, not when the rows arrive"
    assert model.rowCount() == 10_000
    assert model.index(9_999, 1).data() == "P9999"
    assert reads == ["P9999"]
