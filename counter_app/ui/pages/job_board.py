"""The job board: open tickets, filtered and searched, sorted in SQL, fetched page by page;
refreshed when another counter changes something, without losing the selection."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.db import Database
from counter_app.models import OPEN_STATUSES, SERVICE_TYPES
from counter_app.services.base.dto import Actor, TicketSummary
from counter_app.services.people import users as user_service
from counter_app.services.tickets import jobs as ticket_service
from counter_app.services.tickets.jobs import BoardFilter
from counter_app.ui import format as fmt
from counter_app.ui.models.table_model import Column, Index, RowsModel
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.scanner import accept_scans
from counter_app.ui.table_fit import fit_columns

PAGE = 100
OVERDUE = QColor(255, 228, 225)
PRIORITY = {"urgent": QColor(255, 214, 153), "high": QColor(255, 243, 205)}


def _promised_text(row: TicketSummary) -> str:
    text = fmt.local_time_text(row.promised_at)
    if row.overdue:
        text += " · " + QCoreApplication.translate("JobBoard", "overdue")
    return text


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("JobBoard", "Ticket"), lambda r: r.ticket_no, sort_key="ticket_no"),
    Column(
        QT_TRANSLATE_NOOP("JobBoard", "Status"),
        lambda r: fmt.status_text(r.status),
        sort_key="status",
    ),
    # Promised (and whether it is overdue) comes early: visible on a narrow screen too.
    Column(
        QT_TRANSLATE_NOOP("JobBoard", "Promised"),
        lambda r: _promised_text(r),
        sort_key="promised_at",
        background=lambda r: OVERDUE if r.overdue else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("JobBoard", "Priority"),
        lambda r: fmt.priority_text(r.priority),
        sort_key=ticket_service.BOARD_ORDER,
        background=lambda r: PRIORITY.get(r.priority),
    ),
    Column(
        QT_TRANSLATE_NOOP("JobBoard", "Customer"),
        lambda r: f"{r.customer_name}  {r.phone_masked}",
        sort_key="customer",
    ),
    Column(
        QT_TRANSLATE_NOOP("JobBoard", "Device"), lambda r: f"{r.brand} {r.model}", sort_key="model"
    ),
    Column(QT_TRANSLATE_NOOP("JobBoard", "Fault"), lambda r: " ".join(r.fault.split())[:60]),
    Column(QT_TRANSLATE_NOOP("JobBoard", "Technician"), lambda r: r.technician or ""),
    Column(
        QT_TRANSLATE_NOOP("JobBoard", "Received"),
        lambda r: fmt.local_time_text(r.received_at),
        sort_key="received_at",
    ),
]

PROMISED = 2
PRIORITY_COLUMN = 3  # sorted by it: the board's order (urgent, high, then by promised time)
FAULT = 6
WIDEST = 240  # px: no column pushes the others off a narrow screen


class JobBoardModel(RowsModel):
    """Rows come from tickets.job_board; more are fetched as the view scrolls; sort() asks
    the service to sort in SQL. Every read runs in the background."""

    fetched = Signal()  # rows fetched or re-sorted have arrived

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(COLUMNS, "JobBoard", parent)
        self.db = db
        self.owner = parent  # the page that asks: errors are shown over it
        self.filter = BoardFilter()
        self.sort_key = ticket_service.BOARD_ORDER
        self.descending = False
        self._exhausted = False
        self.deferred = False  # True until first shown: no query before then
        self._fetching = False
        # Rows are read in the background. ``epoch`` counts the row sets shown: an answer
        # to a fetch or sort asked for an older set is dropped. ``order`` counts sort
        # requests: a refresh read in the old order is not shown (see JobBoard.refresh).
        self.epoch = 0
        self.order = 0
        self._sorting = 0

    def _page(self, offset: int, limit: int = 0) -> list[TicketSummary]:
        return self._reader()(offset, limit)

    def _reader(self) -> Callable[[int, int], list[TicketSummary]]:
        """Reads pages with today's filter and order, whenever (and wherever) it runs."""
        db, flt, key, descending = self.db, self.filter, self.sort_key, self.descending

        def page(offset: int, limit: int = 0) -> list[TicketSummary]:
            return ticket_service.job_board(
                db, flt, sort=key, descending=descending, offset=offset, limit=limit or PAGE
            )

        return page

    def reload(self) -> None:
        self.show_first_page(self._page(0))

    def show_first_page(self, rows: list[TicketSummary]) -> None:
        """Rows read (in the background) by ``_page(0)`` replace what is shown."""
        self.epoch += 1
        self._exhausted = len(rows) < PAGE
        self.set_rows(rows)

    def busy(self) -> bool:
        """A fetch or a sort is being read."""
        return self._fetching or self._sorting > 0

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self.deferred

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        """The next page is read in the background and appended when it arrives; a view
        asking again meanwhile waits for it."""
        if parent.isValid() or self._exhausted or self._fetching or self.deferred:
            return
        self._fetching = True
        epoch, offset = self.epoch, len(self.rows)

        def arrived(rows: list[TicketSummary]) -> None:
            try:
                if epoch != self.epoch or offset != len(self.rows):
                    return  # the rows were replaced meanwhile
                self._exhausted = len(rows) < PAGE
                # a view (or model tester) asking for more while told of these rows waits
                # for its next look: no chain of fetches from one scroll
                self.append_rows(rows)
            finally:
                self._fetching = False
            self.fetched.emit()

        def failed(exc: BaseException) -> None:
            self._fetching = False
            show_error(self.owner, exc)

        read = self._reader()
        run_task(self.owner, read, offset, on_done=arrived, on_error=failed, busy=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL, in the background. As many rows as were loaded are read again in
        the new order, and every persistent index (the view's selection and current row)
        moves with its ticket, so the selected ticket stays selected, not the row number."""
        key = self.columns[column].sort_key if 0 <= column < len(self.columns) else None
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.SortOrder.DescendingOrder
        self.order += 1
        if self.deferred or not self.rows:
            return  # nothing shown yet: the first page, when it comes, is read in this order
        self.epoch += 1  # a fetch under way belongs to the old order
        epoch = self.epoch
        loaded = max(len(self.rows), PAGE)
        wanted = {
            self.rows[index.row()].ticket_no
            for index in self.persistentIndexList()
            if 0 <= index.row() < len(self.rows)
        }

        page = self._reader()

        def read() -> tuple[list[TicketSummary], bool]:
            rows = page(0, loaded)
            exhausted = len(rows) < loaded
            # the selected ticket may sort further down: load on until it is among the rows
            while not exhausted and not wanted <= {row.ticket_no for row in rows}:
                more = page(len(rows))
                exhausted = len(more) < PAGE
                rows.extend(more)
            return rows, exhausted

        def arrived(result: tuple[list[TicketSummary], bool]) -> None:
            self._sorting -= 1
            if epoch == self.epoch:
                self._show_sorted(*result)

        def failed(exc: BaseException) -> None:
            self._sorting -= 1
            show_error(self.owner, exc)

        self._sorting += 1
        run_task(self.owner, read, on_done=arrived, on_error=failed, busy=True)

    def _show_sorted(self, rows: list[TicketSummary], exhausted: bool) -> None:
        self.layoutAboutToBeChanged.emit()
        self._exhausted = exhausted
        before = self.persistentIndexList()
        old_rows, self.rows = self.rows, rows
        where = {row.ticket_no: number for number, row in enumerate(rows)}
        after = []
        for index in before:
            ticket = old_rows[index.row()].ticket_no if index.row() < len(old_rows) else None
            number = where.get(ticket) if ticket is not None else None
            after.append(
                self.index(number, index.column()) if number is not None else QModelIndex()
            )
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.fetched.emit()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class JobBoard(QWidget):
    """The board page. Double-click or Enter opens the ticket."""

    open_ticket = Signal(str)
    POLL_MS = 5000

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """``load=False``: no database work until the page is first refreshed (shown)."""
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.model = JobBoardModel(db, self)
        self.model.deferred = not load
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search ticket, customer, model, fault…"))
        self.search.setClearButtonEnabled(True)
        accept_scans(self.search, "code")
        self.status = QComboBox()
        self.status.addItem(self.tr("All open"), None)
        for status in OPEN_STATUSES:
            self.status.addItem(fmt.status_text(status), status)
        self.technician = QComboBox()
        self.technician.addItem(self.tr("All technicians"), None)
        self.technician.addItem(self.tr("Unassigned"), "")
        self._technicians_asked = False  # listed in the background on the first refresh
        self.service = QComboBox()
        self.service.addItem(self.tr("All services"), None)
        for service in SERVICE_TYPES:
            self.service.addItem(fmt.service_type_text(service), service)
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for widget in (self.status, self.technician, self.service, self.overdue, self.count):
            filters.addWidget(widget)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # one Tab stop
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(PRIORITY_COLUMN, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(FAULT, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._open)
        # Enter in the table (not anywhere on the page) opens the highlighted row; a scan's
        # Enter never reaches it (the scanner claims it, see ui/scanner.py).
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.view,
                activated=self._open_current,
                context=Qt.ShortcutContext.WidgetShortcut,
            ).setWhatsThis(self.tr("Open the highlighted ticket"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        from counter_app.ui.pages.today_appointments import TodayAppointments

        self.today = TodayAppointments(db)
        body.addWidget(self.today)
        layout.addLayout(body)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filters)
        for combo in (self.status, self.technician, self.service):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.overdue.toggled.connect(self.apply_filters)
        self._stamp: object = None
        self._wanted: str | None = None  # a ticket to select once its page has arrived
        self.model.fetched.connect(self._fetched)
        self._generation = self._answered = 0
        self.poll = QTimer(self, interval=self.POLL_MS, timeout=self.check_for_changes)
        self.poll.start()
        if load:
            self.apply_filters()

    def apply_filters(self) -> None:
        status = self.status.currentData()
        self.model.filter = BoardFilter(
            statuses=(status,) if status else (),
            technician=self.technician.currentData(),
            service_type=self.service.currentData(),
            overdue_only=self.overdue.isChecked(),
            search=self.search.text(),
        )
        self.refresh()

    def refresh(self) -> None:
        """Reload in the background, keeping the selected ticket selected. The change stamp
        is read before the rows: a change made in between makes the next poll reload
        again, never get lost. An answer to an older refresh is dropped."""
        self.model.deferred = False
        self._generation += 1
        generation = self._generation
        model, flt = self.model, self.model.filter
        page, order = model._reader(), model.order

        def read() -> tuple[object, list[TicketSummary], int]:
            stamp = ticket_service.board_stamp(self.db)
            return stamp, page(0, 0), ticket_service.job_board_count(self.db, flt)

        def show(result: tuple[object, list[TicketSummary], int]) -> None:
            if generation != self._generation:
                return
            if order != model.order:  # re-sorted meanwhile: these rows are in the old order
                self.refresh()
                return
            self._answered = generation
            selected = self.selected_ticket()
            self._stamp, rows, total = result
            model.show_first_page(rows)
            self.count.setText(self.tr("%n ticket(s)", "", total))
            fit_columns(self.view)
            for column in range(model.columnCount()):
                if column != FAULT and self.view.columnWidth(column) > WIDEST:
                    self.view.setColumnWidth(column, WIDEST)
            if selected:
                self.select_ticket(selected)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._answered = generation
                show_error(self, exc)

        self.today.refresh()
        if not self._technicians_asked:
            self._technicians_asked = True
            run_task(self, user_service.list_users, self.db, "technician", on_done=self._techs)
        run_task(self, read, on_done=show, on_error=failed)

    def _techs(self, technicians: list) -> None:  # type: ignore[type-arg]
        for tech in technicians:
            self.technician.addItem(tech.display_name, tech.username)

    def idle(self) -> bool:
        """The newest refresh is shown, and no fetch or sort is being read."""
        return self._answered == self._generation and not self.model.busy()

    def check_for_changes(self) -> None:
        """Cheap poll, in the background: reload only if another counter changed tickets;
        nothing while the board is not on screen (it refreshes when it is shown)."""
        if self.model.deferred or not self.isVisible() or not self.idle():
            return

        def compare(stamp: object) -> None:
            if stamp != self._stamp:
                self.refresh()

        run_task(self, ticket_service.board_stamp, self.db, on_done=compare)

    def selected_ticket(self) -> str | None:
        """The highlighted ticket: the selected row, else the row with the keyboard cursor."""
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.ticket_no if row else None

    def select_ticket(self, ticket_no: str) -> bool:
        """Select the ticket's row; a ticket further down is selected once the pages
        down to it have been fetched (in the background). Returns whether it is shown."""
        self._wanted = None
        for index, row in enumerate(self.model.rows):
            if row.ticket_no == ticket_no:
                self.view.selectRow(index)
                return True
        if self.model.canFetchMore():
            self._wanted = ticket_no
            self.model.fetchMore()
        return False

    def _fetched(self) -> None:
        if self._wanted is not None:
            self.select_ticket(self._wanted)

    def _open(self, index: QModelIndex | QPersistentModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_ticket.emit(row.ticket_no)

    def _open_current(self) -> None:
        self._open(self.view.currentIndex())
