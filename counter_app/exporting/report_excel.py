"""The reports as Excel workbooks: one sheet per table, numbers as numbers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from counter_app import files
from counter_app.exporting.excel_common import append, finish_filter, header, save_book
from counter_app.names import (
    feedback_class_text,
    payment_method_text,
    role_text,
    role_worked_as_text,
    status_text,
)
from counter_app.services.reporting.reports import (
    FEEDBACK_CLASSES,
    DailyReport,
    MonthlyReport,
    complaint_count,
)
from counter_app.services.tickets import loaners
from counter_app.timeutil import to_local


def _sheet(book: Workbook, title: str, columns: list[tuple[str, int]], rows: list[list]) -> None:  # type: ignore[type-arg]
    sheet = book.create_sheet(title)
    header(sheet, [c for c, _ in columns], [w for _, w in columns])
    for row in rows:
        append(sheet, row)
    finish_filter(sheet, len(columns), len(rows))


def _save(book: Workbook, path: Path) -> None:
    path = Path(path)
    files.check_target(path)
    save_book(book, path)


def daily(report: DailyReport, path: Path) -> None:
    r = report
    book = Workbook(write_only=True)
    _sheet(
        book,
        "Summary",
        [("Figure", 28), ("Value", 16)],
        [
            ["Store", r.store],
            ["Day", r.day],
            ["Received", r.received],
            ["Diagnosed", r.diagnosed],
            ["Completed", r.completed],
            ["Collected", r.collected],
            ["Cancelled", r.cancelled],
            ["Deposits", r.deposits],
            ["Final payments", r.finals],
            ["Refunds", r.refunds],
            ["Net takings", r.net],
            ["Parts cost", r.parts_cost],
            ["Parts price", r.parts_price],
            ["Overdue tickets", len(r.overdue)],
            ["Comebacks", len(r.comebacks)],
            ["Cash taken with no till open", r.cash_without_till],
            ["Audit chain head", r.audit_head],
        ],
    )
    _till_and_loaners(book, r)
    _sheet(
        book,
        "Takings",
        [
            ("Method", 14),
            ("Deposits", 12),
            ("Final payments", 14),
            ("Refunds", 12),
            ("Net", 12),
            ("Payments", 10),
        ],
        [
            [payment_method_text(t.method), t.deposits, t.finals, t.refunds, t.net, t.count]
            for t in r.takings
        ],
    )
    _sheet(
        book,
        "Open by status",
        [("Status", 20), ("Tickets", 10)],
        [[status_text(s), n] for s, n in sorted(r.open_by_status.items())],
    )
    _sheet(
        book,
        "Overdue",
        [
            ("Ticket", 14),
            ("Status", 16),
            ("Customer", 18),
            ("Device", 24),
            ("Promised", 17),
            ("Technician", 14),
        ],
        [
            [
                o.ticket_no,
                status_text(o.status),
                o.customer,
                o.device,
                to_local(o.promised_at, r.time_zone),
                o.technician or "",
            ]
            for o in r.overdue
        ],
    )
    _sheet(
        book,
        "Parts used",
        [("SKU", 16), ("Part", 32), ("Qty", 8), ("Cost", 12), ("Price", 12)],
        [[p.sku, p.name, p.qty, p.cost, p.price] for p in r.parts_used],
    )
    _sheet(
        book,
        "Comebacks",
        [("Ticket", 14), ("Earlier ticket", 14), ("Device", 24), ("Fault", 30)],
        [[c.ticket_no, c.comeback_of or "", c.device, c.fault] for c in r.comebacks],
    )
    _sheet(
        book,
        "Staff",
        [
            ("Name", 16),
            ("Role", 12),
            ("Intakes", 9),
            ("Payments", 9),
            ("Takings", 12),
            ("Collections", 11),
            ("Diagnosed", 10),
            ("Completed", 10),
        ],
        [
            [
                s.user,
                role_text(s.role),
                s.intakes,
                s.payments,
                s.takings,
                s.collections,
                s.diagnosed,
                s.completed,
            ]
            for s in r.staff
        ],
    )
    _save(book, path)


def _till_and_loaners(book: Workbook, r: DailyReport) -> None:
    """The day's till sessions and loaner phones, a sheet each."""
    _sheet(
        book,
        "Till",
        [
            ("Station", 16),
            ("Opened", 17),
            ("Opened by", 14),
            ("Float", 11),
            ("Cash taken", 12),
            ("Cash refunded", 13),
            ("Payouts", 11),
            ("Expected", 12),
            ("Counted", 12),
            ("Variance", 11),
            ("Flagged", 9),
        ],
        [
            [
                t.station,
                to_local(t.opened_at, r.time_zone),
                t.opened_by,
                t.float_amount,
                t.cash_taken,
                t.cash_refunded,
                t.payouts,
                t.expected,
                t.counted,
                t.variance,
                "yes" if t.flagged else ("open" if t.is_open else ""),
            ]
            for t in r.tills
        ],
    )
    _sheet(
        book,
        "Loaners",
        [("Ticket", 14), ("IMEI", 18), ("Deposit", 11), ("Lent", 17), ("Given back", 17)],
        [
            [
                loan.ticket_no,
                loan.imei,
                loan.deposit,
                to_local(loan.out_at, r.time_zone),
                to_local(loan.back_at, r.time_zone) if loan.back_at is not None else "still out",
            ]
            for loan in loaners.of_day_listed(r.loaners)
        ],
    )


def monthly(report: MonthlyReport, path: Path) -> None:
    r = report
    book = Workbook(write_only=True)
    _sheet(
        book,
        "Staff",
        [
            ("Name", 16),
            ("Role", 12),
            ("Jobs completed", 14),
            ("Median turnaround (h)", 20),
            ("Average turnaround (h)", 20),
            ("Comebacks", 11),
            ("Comeback rate", 13),
            ("Satisfaction", 12),
            ("Complaints", 11),
            ("Follow-ups", 11),
            ("Satisfied share", 14),
            ("Complaints against", 18),
            ("Overdue complaints", 18),
            ("On-site visits", 14),
            ("On time %", 11),
            ("Labour revenue", 14),
            ("Parts margin", 13),
            ("Commission", 12),
        ],
        [
            [
                s.user,
                role_worked_as_text(s.role, s.worked_as),
                s.jobs_completed,
                s.median_turnaround_hours,
                s.average_turnaround_hours,
                s.comebacks,
                s.comeback_rate,
                "—" if s.satisfaction is None else s.satisfaction,
                complaint_count(s.complaints),
                s.followups,
                "—" if s.satisfied_share is None else s.satisfied_share,
                s.complaints_against,
                s.overdue_complaints,
                s.visits,
                "—" if s.visits_on_time_pct is None else s.visits_on_time_pct,
                s.labour_revenue,
                s.parts_margin,
                s.commission,
            ]
            for s in r.staff
        ]
        + [
            [
                "Total",
                "",
                r.jobs_completed,
                r.median_turnaround_hours,
                r.average_turnaround_hours,
                "",
                r.comeback_rate,
                "—" if r.satisfaction is None else r.satisfaction,
                complaint_count(r.complaints),
                r.followups,
                "—" if r.satisfied_share is None else r.satisfied_share,
                r.complaints_against,
                r.overdue_complaints,
                sum(s.visits for s in r.staff),
                "",
                sum((s.labour_revenue or 0 for s in r.staff), Decimal("0.00")),
                sum((s.parts_margin or 0 for s in r.staff), Decimal("0.00")),
                "",
            ]
        ],
    )
    _sheet(
        book,
        "Feedback",
        [("Name", 16), ("Role", 12)] + [(feedback_class_text(k), 16) for k in FEEDBACK_CLASSES],
        [
            [
                s.user,
                role_worked_as_text(s.role, s.worked_as),
                *(s.complaints.get(k) or 0 for k in FEEDBACK_CLASSES),
            ]
            for s in r.staff
        ]
        + [["Total", "", *(r.complaints.get(k, 0) for k in FEEDBACK_CLASSES)]],
    )
    _save(book, path)
