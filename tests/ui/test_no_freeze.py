"""What made the window freeze on a big shop, gone (measured by bench/case_stalls.py; no
timing here): a list's columns are sized from the rows on screen and a sample, not from
every row, and showing a page builds only that page."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from counter_app.ui import operations
from counter_app.ui.main_window import MainWindow
from counter_app.ui.table_fit import SAMPLE_ROWS, fit_columns


class Counted(QAbstractTableModel):
    """500 rows; notes which rows the view asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[int] = set()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 500

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        self.asked.add(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return "a much longer customer name" if index.column() == 1 else str(index.row())
        return None


def test_a_long_list_is_sized_from_a_sample_and_still_shows_its_text_whole(qtbot):
    model = Counted()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    model.asked.clear()
    fit_columns(view)
    assert 0 < len(model.asked) <= SAMPLE_ROWS  # not 500 rows (nor Qt's default 1,000)
    needed = view.fontMetrics().horizontalAdvance("a much longer customer name")
    assert view.columnWidth(1) >= needed  # the text is not cut


def test_showing_a_page_builds_that_page_only(qtbot, db, staff):
    main = MainWindow(db, staff.manager)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    for key in ("board", "customers", "parts"):
        main.show_page(key)
        qtbot.waitUntil(lambda: operations.running() == 0)
    main.board.poll.stop()
    assert not main.pages.built("ticket")  # the heaviest page: built when a ticket opens
    assert not main.pages.built("reports")
    main.show_page("intake")
