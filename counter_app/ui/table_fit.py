"""Column widths from a sample of rows, never from every row.

``QTableView.resizeColumnsToContents`` (and a header in ``ResizeToContents`` mode) asks the
model for every role of every cell of the first 1,000 rows by default (100 in
``read_only_table``): for a list of 500 parts or due calls, or a month's report, that is
tens of thousands of Python ``data()`` calls on the GUI thread, a freeze of a few hundred
milliseconds each time the list is shown. Sized from a sample instead (Qt's resize-contents
precision: the rows on screen first), the columns come out the same for lists of like
rows."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

SAMPLE_ROWS = 20  # rows measured: those on screen first, then their neighbours


def sample_sizing(view: QTableView) -> None:
    """Let this view's columns size to contents from a sample of rows."""
    view.horizontalHeader().setResizeContentsPrecision(SAMPLE_ROWS)


def fit_columns(view: QTableView) -> None:
    """``view.resizeColumnsToContents()``, from the rows on screen and a sample."""
    sample_sizing(view)
    view.resizeColumnsToContents()
