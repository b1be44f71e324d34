"""Tables that read on a small screen at large text: one line per row, long text elided.

Rows sized to their wrapped contents put a name on four lines at 1024×600, so a list showed
one person; codes (CURP, folio, dates) lost their end off the right edge. Here codes keep their
full width, the free-text columns share what is left and end in "…" (the whole value is in
the tooltip), every row is one line high, and where even that leaves a name too narrow to read,
the columns marked optional (what the person's window shows anyway) step aside.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

FLEXIBLE_MINIMUM_CHARACTERS = 8  # a free-text column never narrower than this
COMFORTABLE_CHARACTERS = 16  # below this a name is hard to tell from the next


def row_height(view: QTableView) -> int:
    return view.fontMetrics().height() + 10


class _ColumnFitter(QObject):
    """Hides ``optional`` columns, first ones first, while the flexible ones would be cramped."""

    def __init__(self, view: QTableView, flexible: Sequence[int], optional: Sequence[int]) -> None:
        super().__init__(view)
        self._view = view
        self._flexible = tuple(flexible)
        self._optional = tuple(optional)
        self._pending = False
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.refit_later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit_later()
        return False

    def refit_later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.refit)

    def refit(self) -> None:
        self._pending = False
        view, header = self._view, self._view.horizontalHeader()
        room = view.viewport().width()
        comfortable = view.fontMetrics().averageCharWidth() * COMFORTABLE_CHARACTERS
        fixed = [
            column
            for column in range(header.count())
            if column not in self._flexible and column not in self._optional
        ]
        needed = sum(self._width(column) for column in fixed)
        needed += comfortable * len(self._flexible)
        # The optional columns come back in reverse order of leaving, while they fit.
        shown: list[int] = []
        for column in reversed(self._optional):
            width = self._width(column)
            if needed + width <= room:
                needed += width
                shown.append(column)
        for column in self._optional:
            header.setSectionHidden(column, column not in shown)

    def _width(self, column: int) -> int:
        return max(
            self._view.sizeHintForColumn(column),
            self._view.horizontalHeader().sectionSizeHint(column),
        )


def keep_rows_visible(view: QTableView, rows: int) -> None:
    """Never shorter than its header and ``rows`` rows (a short window scrolls the page)."""
    header = view.horizontalHeader().sizeHint().height()
    row = view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(header + rows * row + 2 * view.frameWidth())


def one_line_rows(
    view: QTableView,
    *,
    flexible: Iterable[int],
    visible_rows: int,
    optional: Sequence[int] = (),
) -> None:
    """Columns in ``flexible`` stretch and elide; the others take their contents' width.

    The view is never shorter than ``visible_rows`` rows and its header. Columns in
    ``optional`` are hidden, the first first, when the flexible ones would be narrower than
    a comfortable name.
    """
    flexible = tuple(flexible)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(row_height(view))
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in flexible:
        columns.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    characters = view.fontMetrics().averageCharWidth()
    columns.setMinimumSectionSize(characters * FLEXIBLE_MINIMUM_CHARACTERS)
    keep_rows_visible(view, visible_rows)
    if optional:
        _ColumnFitter(view, flexible, optional)
