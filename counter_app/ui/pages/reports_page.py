"""Reports: the daily close (with a chart of takings) and the monthly staff assessment,
computed off the UI thread; print, PDF and Excel from the same data."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.db import Database
from counter_app.names import role_worked_as_text
from counter_app.services.base.dto import Actor
from counter_app.timeutil import local_today
from counter_app.ui import file_dialogs
from counter_app.ui import format as fmt
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task
from counter_app.ui.table_fit import sample_sizing

if TYPE_CHECKING:  # reports, their documents and openpyxl load when first used
    from counter_app.services.reporting.reports import DailyReport, MonthlyReport

TAKINGS = [
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Method"), lambda t: fmt.payment_method_text(t.method)),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Deposits"),
        lambda t: fmt.money_text(t.deposits),
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Final payments"),
        lambda t: fmt.money_text(t.finals),
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Refunds"), lambda t: fmt.money_text(t.refunds), right=True
    ),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Net"), lambda t: fmt.money_text(t.net), right=True),
]
OVERDUE = [
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Ticket"), lambda o: o.ticket_no),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Status"), lambda o: fmt.status_text(o.status)),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Customer"), lambda o: o.customer),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Device"), lambda o: o.device),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Promised"), lambda o: fmt.local_time_text(o.promised_at)
    ),
]


def _complaints(row: object) -> int:
    from counter_app.services.reporting.reports import complaint_count  # reports load on first use

    return complaint_count(row.complaints)  # type: ignore[attr-defined]


STAFF = [
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Name"), lambda s: s.user),
    # The person's role, and the capacity the figures count when it is another one: a
    # manager's intakes read "Manager (as Clerk)", never "Clerk".
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Role"),
        lambda s: role_worked_as_text(s.role, s.worked_as),
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Jobs completed"), lambda s: s.jobs_completed, right=True
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Median turnaround (h)"),
        lambda s: "—" if s.median_turnaround_hours is None else s.median_turnaround_hours,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Average turnaround (h)"),
        lambda s: "—" if s.average_turnaround_hours is None else s.average_turnaround_hours,
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Comeback rate"),
        lambda s: "—" if s.comeback_rate is None else f"{s.comeback_rate * 100:.1f}%",
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Follow-ups"), lambda s: s.followups, right=True),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Satisfaction"),
        lambda s: "—" if s.satisfaction is None else f"{s.satisfaction:.2f}",
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Satisfied"),
        lambda s: "—" if s.satisfied_share is None else f"{s.satisfied_share * 100:.1f}%",
        right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Complaints"),
        _complaints,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "Against"), lambda s: s.complaints_against, right=True),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "Overdue complaints"),
        lambda s: s.overdue_complaints,
        right=True,
    ),
    Column(QT_TRANSLATE_NOOP("ReportsPage", "On-site visits"), lambda s: s.visits, right=True),
    Column(
        QT_TRANSLATE_NOOP("ReportsPage", "On time"),
        lambda s: "—" if s.visits_on_time_pct is None else f"{s.visits_on_time_pct:.1f}%",
        right=True,
    ),
]


class BarChart(QWidget):
    """Net takings by payment method, as bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, Decimal]] = []
        self.setMinimumHeight(120)

    def set_items(self, items: list[tuple[str, Decimal]]) -> None:
        self.items = items
        self.update()

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        top = max((float(v) for _, v in self.items), default=0.0) or 1.0
        row = max(18, min(28, self.height() // max(1, len(self.items))))
        label_w, value_w = 110, 110
        for index, (label, value) in enumerate(self.items):
            y = index * row
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(0, y, label_w, row), int(Qt.AlignmentFlag.AlignVCenter), label)
            length = max(1, int((self.width() - label_w - value_w) * float(value) / top))
            painter.fillRect(QRect(label_w, y + 4, length, row - 8), QColor(59, 111, 216))
            painter.drawText(
                QRect(label_w + length + 6, y, value_w, row),
                int(Qt.AlignmentFlag.AlignVCenter),
                fmt.money_text(value),
            )
        painter.end()


def _view(model: RowsModel) -> QTableView:
    view = QTableView()
    view.setTabKeyNavigation(False)  # one Tab stop
    view.setModel(model)
    view.verticalHeader().hide()
    # Report tables are short: every column as wide as its header and its widest value
    # (no clipped header in any language), the last one taking the rest.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    sample_sizing(view)  # measured on a sample of rows: a month's long list is not read whole
    return view


class ReportsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.daily_report: DailyReport | None = None
        self.monthly_report: MonthlyReport | None = None
        today = local_today(fmt.time_zone())  # the store's day (the window set its zone)
        self.day = QDateEdit(QDate(today.year, today.month, today.day), objectName="day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        show = QPushButton(self.tr("Show"), objectName="show_daily")
        show.clicked.connect(self.run_daily)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.chart = BarChart()
        self.takings = RowsModel(TAKINGS, "ReportsPage", self)
        self.overdue = RowsModel(OVERDUE, "ReportsPage", self)
        daily = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Business day")))
        bar.addWidget(self.day)
        bar.addWidget(show)
        for title, kind in (
            (self.tr("Print…"), "print"),
            (self.tr("Save PDF…"), "pdf"),
            (self.tr("Save Excel…"), "xlsx"),
        ):
            button = QPushButton(title, objectName=f"daily_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.save("daily", k))
            bar.addWidget(button)
        bar.addStretch(1)
        d = QVBoxLayout(daily)
        d.addLayout(bar)
        d.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(_view(self.takings), 3)
        row.addWidget(self.chart, 2)
        d.addLayout(row)
        d.addWidget(QLabel(self.tr("Overdue tickets")))
        d.addWidget(_view(self.overdue))

        monthly = QWidget()
        self.year = QSpinBox(objectName="year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QComboBox(objectName="month")
        for number in range(1, 13):
            self.month.addItem(f"{number:02d}", number)
        self.month.setCurrentIndex(today.month - 1)
        show_month = QPushButton(self.tr("Show"), objectName="show_monthly")
        show_month.clicked.connect(self.run_monthly)
        self.staff = RowsModel(STAFF, "ReportsPage", self)
        m_bar = QHBoxLayout()
        m_bar.addWidget(QLabel(self.tr("Month")))
        m_bar.addWidget(self.year)
        m_bar.addWidget(self.month)
        m_bar.addWidget(show_month)
        for title, kind in (
            (self.tr("Print…"), "print"),
            (self.tr("Save PDF…"), "pdf"),
            (self.tr("Save Excel…"), "xlsx"),
        ):
            button = QPushButton(title, objectName=f"monthly_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.save("monthly", k))
            m_bar.addWidget(button)
        m_bar.addStretch(1)
        m = QVBoxLayout(monthly)
        m.addLayout(m_bar)
        note = QLabel(
            self.tr(
                "By completion date. Follow-ups made; satisfaction (1-5) and satisfied answers "
                "about their jobs; complaints about their jobs and against them; complaints "
                "they were responsible for that went overdue."
            )
        )
        note.setWordWrap(True)
        m.addWidget(note)
        m.addWidget(_view(self.staff))
        tabs = QTabWidget()
        tabs.addTab(daily, self.tr("Daily close"))
        tabs.addTab(monthly, self.tr("Monthly assessment"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)

    def refresh(self) -> None:
        if self.daily_report is None:
            self.run_daily()

    def run_daily(self) -> None:
        from counter_app.services.reporting import reports

        run_task(
            self,
            reports.daily,
            self.db,
            self.actor,
            self.day.date().toPython(),
            progress=self.tr("Preparing the daily report…"),
            on_done=self.show_daily,
        )

    def show_daily(self, r: DailyReport) -> None:
        if r.day != self.day.date().toPython():
            return  # an answer for a day no longer asked for (a later request is running)
        self.daily_report = r
        self.summary.setText(
            self.tr(
                "Received {received} · diagnosed {diagnosed} · completed {completed} · collected "
                "{collected} · cancelled {cancelled} · net takings {net} · comebacks {comebacks} · "
                "parts used {parts} ({cost} at cost)"
            ).format(
                received=r.received,
                diagnosed=r.diagnosed,
                completed=r.completed,
                collected=r.collected,
                cancelled=r.cancelled,
                net=fmt.money_text(r.net),
                comebacks=len(r.comebacks),
                parts=sum(p.qty for p in r.parts_used),
                cost=fmt.money_text(r.parts_cost),
            )
        )
        out = r.loaners.get("out", [])
        self.summary.setText(
            self.summary.text()
            + "\n"
            + self.tr(
                "Loaner phones: {lent} lent, {back} given back, {out} still out ({deposits} in "
                "deposits) · cash taken with no till open {cash}"
            ).format(
                lent=len(r.loaners.get("lent", [])),
                back=len(r.loaners.get("returned", [])),
                out=len(out),
                deposits=fmt.money_text(sum((loan.deposit for loan in out), Decimal(0))),
                cash=fmt.money_text(r.cash_without_till),
            )
        )
        self.takings.set_rows(r.takings)
        self.overdue.set_rows(r.overdue)
        self.chart.set_items(
            [(fmt.payment_method_text(t.method), t.net) for t in r.takings if t.net > 0]
        )

    def run_monthly(self) -> None:
        from counter_app.services.reporting import reports

        run_task(
            self,
            reports.monthly,
            self.db,
            self.actor,
            self.year.value(),
            self.month.currentData(),
            progress=self.tr("Preparing the monthly report…"),
            on_done=self.show_monthly,
        )

    def show_monthly(self, r: MonthlyReport) -> None:
        if (r.year, r.month) != (self.year.value(), self.month.currentData()):
            return  # stale answer
        self.monthly_report = r
        self.staff.set_rows(r.staff)

    def print_report(self, report: DailyReport | MonthlyReport) -> None:
        """A4 on a printer: the same document as the PDF, through the system dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
        from PySide6.QtWidgets import QMessageBox

        if not QPrinterInfo.availablePrinterNames():
            QMessageBox.information(
                self,
                self.tr("Print"),
                self.tr(
                    "No printer is installed on this computer. Use Save PDF, or add a printer in "
                    "the system settings."
                ),
            )
            return
        from counter_app.printing import report_doc

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            report_doc.print_report(report, printer)

    def save(self, which: str, kind: str) -> None:
        report = self.daily_report if which == "daily" else self.monthly_report
        if report is None:
            return
        if kind == "print":
            self.print_report(report)
            return
        suffix = "PDF (*.pdf)" if kind == "pdf" else "Excel (*.xlsx)"
        name = file_dialogs.save_file_name(self, self.tr("Save report"), f"report.{kind}", suffix)
        if not name:
            return
        from counter_app.exporting import report_excel
        from counter_app.printing import report_doc
        from counter_app.services.reporting.reports import DailyReport

        if kind == "pdf":
            run_task(self, report_doc.write_pdf, report, Path(name), progress=self.tr("Saving…"))
        elif isinstance(report, DailyReport):
            run_task(self, report_excel.daily, report, Path(name), progress=self.tr("Saving…"))
        else:
            run_task(self, report_excel.monthly, report, Path(name), progress=self.tr("Saving…"))
