"""One table model for every table of the app: rows of any type, columns named in a spec.

A page says what its table shows as a tuple of :class:`Column` (name, header, how to read the
cell from a row, how it sorts, how it aligns) and hands the rows over in one piece with
:meth:`TableModel.set_rows`. Cells are read only when a view asks for them, and a new set of
rows is one model reset, so replacing ten thousand rows costs no per-row signal or text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")

_ModelIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""What a ``QSortFilterProxyModel`` sorts by: the column's sort key, else its text."""


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: ``header`` is already translated; ``value`` is the cell's text.

    ``sort_key`` gives what Qt compares when sorting (a number or a string: a date as its
    ordinal). A ``checkable`` column shows a tick box per row (the model keeps which rows
    are ticked) and no text unless it has a ``value``.
    """

    name: str
    header: str
    value: Callable[[Row], str] | None = None
    sort_key: Callable[[Row], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Row], str] | None = None
    checkable: bool = False


class TableModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows under named columns, with optional tick boxes for bulk actions."""

    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: tuple[Column[Row], ...] = tuple(columns)
        self.rows: list[Row] = []
        self.marked: set[int] = set()

    def column(self, name: str) -> int:
        """The position of the column called ``name``."""
        for position, column in enumerate(self.columns):
            if column.name == name:
                return position
        raise KeyError(name)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` instead of what was there, as one reset; ticks are cleared."""
        self.beginResetModel()
        self.rows = list(rows)
        self.marked = set()
        self.endResetModel()

    def replace_all(self, rows: Sequence[Row]) -> None:
        """New values for the same rows in the same order: ticks, scroll and selection stay."""
        if len(rows) != len(self.rows):
            raise ValueError("replace_all keeps the number of rows; use set_rows")
        self.rows = list(rows)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def set_marked(self, positions: set[int]) -> None:
        """Tick exactly these rows."""
        self.marked = set(positions)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def mark_all(self, checked: bool = True) -> None:
        self.marked = set(range(len(self.rows))) if checked else set()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.columns) - 1),
                [Qt.ItemDataRole.CheckStateRole],
            )

    # --- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].header

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row) if column.value is not None else None
        if role == SORT_ROLE:
            if column.sort_key is not None:
                return column.sort_key(row)
            return column.value(row) if column.value is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.CheckStateRole and column.checkable:
            return Qt.CheckState.Checked if index.row() in self.marked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: _ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.columns[index.column()].checkable
        ):
            return False
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self.marked.add(index.row())
        else:
            self.marked.discard(index.row())
        self.dataChanged.emit(index, index, [role])
        return True
