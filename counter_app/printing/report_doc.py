"""The daily close and the monthly assessment as A4 documents (same render path)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPagedPaintDevice

from counter_app.errors import QT_TRANSLATE_NOOP
from counter_app.money import format_money
from counter_app.names import feedback_class_text, role_worked_as_text, status_text
from counter_app.printing.html_docs import method_name
from counter_app.printing.render import A4, html_to_pdf, page_layout, paint_html
from counter_app.services.reporting.reports import (
    FEEDBACK_CLASSES,
    DailyReport,
    MonthlyReport,
    complaint_count,
)
from counter_app.services.tickets import loaners
from counter_app.timeutil import to_local


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


# Headings used inside f-strings below, listed for lupdate.
_FOR_LUPDATE = (
    QT_TRANSLATE_NOOP("reports", "Daily report"),
    QT_TRANSLATE_NOOP("reports", "Till"),
    QT_TRANSLATE_NOOP("reports", "Station"),
    QT_TRANSLATE_NOOP("reports", "Opened"),
    QT_TRANSLATE_NOOP("reports", "Opened by"),
    QT_TRANSLATE_NOOP("reports", "Float"),
    QT_TRANSLATE_NOOP("reports", "Expected"),
    QT_TRANSLATE_NOOP("reports", "Counted"),
    QT_TRANSLATE_NOOP("reports", "Variance"),
    QT_TRANSLATE_NOOP("reports", "open"),
    QT_TRANSLATE_NOOP("reports", "Cash taken with no till open"),
    QT_TRANSLATE_NOOP("reports", "Audit chain head"),
    QT_TRANSLATE_NOOP("reports", "Loaner phones"),
    QT_TRANSLATE_NOOP("reports", "Ticket"),
    QT_TRANSLATE_NOOP("reports", "IMEI"),
    QT_TRANSLATE_NOOP("reports", "Deposit"),
    QT_TRANSLATE_NOOP("reports", "Lent"),
    QT_TRANSLATE_NOOP("reports", "Given back"),
    QT_TRANSLATE_NOOP("reports", "still out"),
    QT_TRANSLATE_NOOP("reports", "Labour revenue"),
    QT_TRANSLATE_NOOP("reports", "Parts margin"),
    QT_TRANSLATE_NOOP("reports", "Commission"),
    QT_TRANSLATE_NOOP("reports", "Tickets"),
    QT_TRANSLATE_NOOP("reports", "Received"),
    QT_TRANSLATE_NOOP("reports", "Diagnosed"),
    QT_TRANSLATE_NOOP("reports", "Completed"),
    QT_TRANSLATE_NOOP("reports", "Collected"),
    QT_TRANSLATE_NOOP("reports", "Cancelled"),
    QT_TRANSLATE_NOOP("reports", "Takings"),
    QT_TRANSLATE_NOOP("reports", "Method"),
    QT_TRANSLATE_NOOP("reports", "Deposits"),
    QT_TRANSLATE_NOOP("reports", "Final payments"),
    QT_TRANSLATE_NOOP("reports", "Refunds"),
    QT_TRANSLATE_NOOP("reports", "Net"),
    QT_TRANSLATE_NOOP("reports", "Total"),
    QT_TRANSLATE_NOOP("reports", "Open tickets by status"),
    QT_TRANSLATE_NOOP("reports", "Overdue tickets"),
    QT_TRANSLATE_NOOP("reports", "Ticket"),
    QT_TRANSLATE_NOOP("reports", "Status"),
    QT_TRANSLATE_NOOP("reports", "Customer"),
    QT_TRANSLATE_NOOP("reports", "Device"),
    QT_TRANSLATE_NOOP("reports", "Promised"),
    QT_TRANSLATE_NOOP("reports", "Technician"),
    QT_TRANSLATE_NOOP("reports", "Parts used"),
    QT_TRANSLATE_NOOP("reports", "Part"),
    QT_TRANSLATE_NOOP("reports", "Qty"),
    QT_TRANSLATE_NOOP("reports", "Cost"),
    QT_TRANSLATE_NOOP("reports", "Price"),
    QT_TRANSLATE_NOOP("reports", "Comebacks"),
    QT_TRANSLATE_NOOP("reports", "Earlier ticket"),
    QT_TRANSLATE_NOOP("reports", "Fault"),
    QT_TRANSLATE_NOOP("reports", "Staff"),
    QT_TRANSLATE_NOOP("reports", "Name"),
    QT_TRANSLATE_NOOP("reports", "Role"),
    QT_TRANSLATE_NOOP("reports", "Intakes"),
    QT_TRANSLATE_NOOP("reports", "Payments"),
    QT_TRANSLATE_NOOP("reports", "Collections"),
    QT_TRANSLATE_NOOP("reports", "None"),
    QT_TRANSLATE_NOOP("reports", "Generated"),
    QT_TRANSLATE_NOOP("reports", "Monthly staff assessment"),
    QT_TRANSLATE_NOOP("reports", "Jobs completed"),
    QT_TRANSLATE_NOOP("reports", "Median turnaround (h)"),
    QT_TRANSLATE_NOOP("reports", "Average turnaround (h)"),
    QT_TRANSLATE_NOOP("reports", "Comeback rate"),
    QT_TRANSLATE_NOOP("reports", "Satisfaction"),
    QT_TRANSLATE_NOOP("reports", "Complaints"),
    QT_TRANSLATE_NOOP("reports", "Follow-ups"),
    QT_TRANSLATE_NOOP("reports", "Satisfied"),
    QT_TRANSLATE_NOOP("reports", "Against"),
    QT_TRANSLATE_NOOP("reports", "Overdue complaints"),
    QT_TRANSLATE_NOOP("reports", "After-care"),
    QT_TRANSLATE_NOOP("reports", "Feedback by class"),
    QT_TRANSLATE_NOOP("reports", "On-site service"),
    QT_TRANSLATE_NOOP("reports", "On-site visits"),
    QT_TRANSLATE_NOOP("reports", "On time"),
    QT_TRANSLATE_NOOP(
        "reports",
        "By completion date. After-care: follow-ups made, average satisfaction (1-5) and the "
        "share of satisfied answers about their jobs, complaints about their jobs and "
        "against them, complaints they were responsible for that went overdue.",
    ),
    QT_TRANSLATE_NOOP("reports", "clerk"),
    QT_TRANSLATE_NOOP("reports", "technician"),
    QT_TRANSLATE_NOOP("reports", "manager"),
    QT_TRANSLATE_NOOP(
        "reports",
        "By completion date; follow-up satisfaction and complaints "
        "are shown once follow-up calls are recorded.",
    ),
)

STYLE = """<style>
body { font-size: 9.5pt; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 12pt; margin: 10px 0 3px 0; }
table.t { border-collapse: collapse; }
table.t th { background: #dde7f5; padding: 3px; text-align: left; }
table.t td { padding: 3px; border-bottom: 1px solid #ccc; }
.muted { color: #555; }
</style>"""


def _table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    right = right or set()
    head = "".join(
        f"<th{' align=right' if i in right else ''}>{escape(h)}</th>" for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{' align=right' if i in right else ''}>{cell}</td>" for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    if not rows:
        body = f"<tr><td colspan={len(headers)}>{escape(tr('None'))}</td></tr>"
    return f"<table class='t' width='100%' cellspacing=0>{head and '<tr>' + head + '</tr>'}{body}</table>"


CHART = "chart.png"
CHART_DPI = 200


def bar_chart(items: list[tuple[str, Decimal]], currency: str, width_mm: float = 120) -> QImage:
    """Horizontal bars (e.g. net takings by method), painted at 200 dpi for print."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter

    from counter_app.printing.render import FONT_FAMILIES

    dots = lambda mm: round(mm * CHART_DPI / 25.4)  # noqa: E731
    row = dots(6)
    image = QImage(dots(width_mm), row * len(items) + dots(2), QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(dots(3))
    painter.setFont(font)
    label_w, value_w = dots(28), dots(30)
    bar_space = image.width() - label_w - value_w
    top = max((float(v) for _, v in items), default=0.0) or 1.0
    for index, (label, value) in enumerate(items):
        y = dots(1) + index * row
        painter.setPen(QColor(40, 40, 40))
        painter.drawText(QRect(0, y, label_w, row), int(Qt.AlignmentFlag.AlignVCenter), label)
        length = max(1, round(bar_space * float(value) / top))
        painter.fillRect(QRect(label_w, y + dots(1), length, row - dots(2)), QColor(59, 111, 216))
        painter.drawText(
            QRect(label_w + length + dots(2), y, value_w, row),
            int(Qt.AlignmentFlag.AlignVCenter),
            format_money(value, currency),
        )
    painter.end()
    return image


def _chart_tag(image: QImage) -> str:
    return (
        f"<img src='{CHART}' width='{round(image.width() * 96 / CHART_DPI)}' "
        f"height='{round(image.height() * 96 / CHART_DPI)}'>"
    )


def daily_html(r: DailyReport) -> str:
    money = lambda v: escape(format_money(v, r.currency))  # noqa: E731
    local = lambda t: escape(f"{to_local(t, r.time_zone):%Y-%m-%d %H:%M}")  # noqa: E731
    counts = _table(
        [tr("Received"), tr("Diagnosed"), tr("Completed"), tr("Collected"), tr("Cancelled")],
        [[str(r.received), str(r.diagnosed), str(r.completed), str(r.collected), str(r.cancelled)]],
    )
    takings = _table(
        [tr("Method"), tr("Deposits"), tr("Final payments"), tr("Refunds"), tr("Net")],
        [
            [
                escape(method_name(t.method)),
                money(t.deposits),
                money(t.finals),
                money(t.refunds),
                money(t.net),
            ]
            for t in r.takings
        ]
        + [
            [
                f"<b>{escape(tr('Total'))}</b>",
                money(r.deposits),
                money(r.finals),
                money(r.refunds),
                f"<b>{money(r.net)}</b>",
            ]
        ],
        right={1, 2, 3, 4},
    )
    items = [(method_name(t.method), t.net) for t in r.takings if t.net > 0]
    chart = f"<p>{_chart_tag(bar_chart(items, r.currency))}</p>" if items else ""
    open_rows = [[escape(status_text(s)), str(n)] for s, n in sorted(r.open_by_status.items())]
    overdue = _table(
        [
            tr("Ticket"),
            tr("Status"),
            tr("Customer"),
            tr("Device"),
            tr("Promised"),
            tr("Technician"),
        ],
        [
            [
                escape(o.ticket_no),
                escape(status_text(o.status)),
                escape(o.customer),
                escape(o.device),
                local(o.promised_at),
                escape(o.technician or "—"),
            ]
            for o in r.overdue[:60]
        ],
    )
    more = ""
    if len(r.overdue) > 60:
        more = f"<p class='muted'>… +{len(r.overdue) - 60}</p>"
    parts = _table(
        [tr("Part"), tr("Qty"), tr("Cost"), tr("Price")],
        [
            [f"{escape(p.sku)} {escape(p.name)}", str(p.qty), money(p.cost), money(p.price)]
            for p in r.parts_used
        ]
        + (
            [[f"<b>{escape(tr('Total'))}</b>", "", money(r.parts_cost), money(r.parts_price)]]
            if r.parts_used
            else []
        ),
        right={1, 2, 3},
    )
    comebacks = _table(
        [tr("Ticket"), tr("Earlier ticket"), tr("Device"), tr("Fault")],
        [
            [escape(c.ticket_no), escape(c.comeback_of or "—"), escape(c.device), escape(c.fault)]
            for c in r.comebacks
        ],
    )
    staff = _table(
        [
            tr("Name"),
            tr("Role"),
            tr("Intakes"),
            tr("Payments"),
            tr("Takings"),
            tr("Collections"),
            tr("Diagnosed"),
            tr("Completed"),
        ],
        [
            [
                escape(s.user),
                escape(tr(s.role)),
                str(s.intakes),
                str(s.payments),
                money(s.takings),
                str(s.collections),
                str(s.diagnosed),
                str(s.completed),
            ]
            for s in r.staff
        ],
        right={2, 3, 4, 5, 6, 7},
    )
    return f"""<html><head>{STYLE}</head><body>
    <h1>{escape(r.store)} · {escape(tr("Daily report"))} {r.day:%Y-%m-%d}</h1>
    <p class='muted'>{escape(tr("Generated"))} {local(r.generated_at)} ({escape(r.time_zone)})</p>
    <h2>{escape(tr("Tickets"))}</h2>{counts}
    <h2>{escape(tr("Takings"))}</h2>{takings}{chart}
    <h2>{escape(tr("Open tickets by status"))}</h2>{_table([tr("Status"), tr("Tickets")], open_rows, {1})}
    <h2>{escape(tr("Overdue tickets"))} ({len(r.overdue)})</h2>{overdue}{more}
    <h2>{escape(tr("Parts used"))}</h2>{parts}
    <h2>{escape(tr("Comebacks"))}</h2>{comebacks}
    <h2>{escape(tr("Staff"))}</h2>{staff}
    {_loaners_html(r, money, local)}
    {_till_html(r, money, local)}
    </body></html>"""


def _loaners_html(r: DailyReport, money: Callable[[Any], str], local: Callable[[Any], str]) -> str:
    """The loaner phones of the day: lent or given back that day, and those still out."""
    rows = [
        [
            escape(loan.ticket_no),
            escape(loan.imei),
            money(loan.deposit),
            local(loan.out_at),
            local(loan.back_at) if loan.back_at is not None else escape(tr("still out")),
        ]
        for loan in loaners.of_day_listed(r.loaners)
    ]
    table = _table(
        [tr("Ticket"), tr("IMEI"), tr("Deposit"), tr("Lent"), tr("Given back")], rows, right={2}
    )
    return f"<h2>{escape(tr('Loaner phones'))} ({len(rows)})</h2>{table}"


def _till_html(r: DailyReport, money: Callable[[Any], str], local: Callable[[Any], str]) -> str:
    """The till sessions of the day with their variance (flagged ones marked for the
    manager), the cash taken with no till open, and the audit chain's head."""
    rows = [
        [
            escape(t.station),
            local(t.opened_at),
            escape(t.opened_by),
            money(t.float_amount),
            money(t.expected),
            money(t.counted) if t.counted is not None else escape(tr("open")),
            (f"<b>{money(t.variance)} ⚠</b>" if t.flagged else money(t.variance))
            if t.variance is not None
            else "—",
        ]
        for t in r.tills
    ]
    table = _table(
        [
            tr("Station"),
            tr("Opened"),
            tr("Opened by"),
            tr("Float"),
            tr("Expected"),
            tr("Counted"),
            tr("Variance"),
        ],
        rows,
        right={3, 4, 5, 6},
    )
    return f"""<h2>{escape(tr("Till"))}</h2>{table}
    <p>{escape(tr("Cash taken with no till open"))}: {money(r.cash_without_till)}</p>
    <p class='muted'>{escape(tr("Audit chain head"))}: {escape(r.audit_head)}</p>"""


def _num(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value * 100:.1f}%" if percent else f"{value:.1f}"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _percent(value: float | None) -> str:
    """A share already in percent (the visits' on-time share), or a dash."""
    return "—" if value is None else f"{value:.1f}%"


def monthly_html(r: MonthlyReport) -> str:
    people = [
        (escape(s.user), escape(role_worked_as_text(s.role, s.worked_as)), s) for s in r.staff
    ]
    total = (f"<b>{escape(tr('Total'))}</b>", "")
    table = _table(
        [
            tr("Name"),
            tr("Role"),
            tr("Jobs completed"),
            tr("Median turnaround (h)"),
            tr("Average turnaround (h)"),
            tr("Comeback rate"),
            tr("Satisfaction"),
            tr("Complaints"),
        ],
        [
            [
                name,
                role,
                str(s.jobs_completed),
                _num(s.median_turnaround_hours),
                _num(s.average_turnaround_hours),
                _num(s.comeback_rate, True),
                _score(s.satisfaction),
                str(complaint_count(s.complaints)),
            ]
            for name, role, s in people
        ]
        + [
            [
                *total,
                str(r.jobs_completed),
                _num(r.median_turnaround_hours),
                _num(r.average_turnaround_hours),
                _num(r.comeback_rate, True),
                _score(r.satisfaction),
                str(complaint_count(r.complaints)),
            ]
        ],
        right=set(range(2, 8)),
    )
    aftercare = _table(
        [
            tr("Name"),
            tr("Role"),
            tr("Follow-ups"),
            tr("Satisfied"),
            tr("Against"),
            tr("Overdue complaints"),
        ],
        [
            [
                name,
                role,
                str(s.followups),
                _num(s.satisfied_share, True),
                str(s.complaints_against),
                str(s.overdue_complaints),
            ]
            for name, role, s in people
        ]
        + [
            [
                *total,
                str(r.followups),
                _num(r.satisfied_share, True),
                str(r.complaints_against),
                str(r.overdue_complaints),
            ]
        ],
        right=set(range(2, 6)),
    )
    feedback = _table(
        [tr("Name"), tr("Role")] + [feedback_class_text(k) for k in FEEDBACK_CLASSES],
        [
            [name, role] + [str(s.complaints.get(k) or 0) for k in FEEDBACK_CLASSES]
            for name, role, s in people
        ]
        + [[*total] + [str(r.complaints.get(k, 0)) for k in FEEDBACK_CLASSES]],
        right=set(range(2, 8)),
    )
    visited = [(name, role, s) for name, role, s in people if s.visits]
    visits = (
        _table(
            [tr("Name"), tr("Role"), tr("On-site visits"), tr("On time")],
            [
                [name, role, str(s.visits), _percent(s.visits_on_time_pct)]
                for name, role, s in visited
            ],
            right={2, 3},
        )
        if visited
        else f"<p>{escape(tr('None'))}</p>"
    )
    note = tr(
        "By completion date. After-care: follow-ups made, average satisfaction (1-5) and the "
        "share of satisfied answers about their jobs, complaints about their jobs and "
        "against them, complaints they were responsible for that went overdue."
    )
    return f"""<html><head>{STYLE}</head><body>
    <h1>{escape(r.store)} · {escape(tr("Monthly staff assessment"))} {r.year}-{r.month:02d}</h1>
    <p class='muted'>{escape(note)}</p>
    {table}
    <h2>{escape(tr("After-care"))}</h2>{aftercare}
    <h2>{escape(tr("Feedback by class"))}</h2>{feedback}
    <h2>{escape(tr("On-site service"))}</h2>{visits}
    <h2>{escape(tr("Labour revenue"))}</h2>{_earnings_html(r, people)}
    </body></html>"""


def _earnings_html(r: MonthlyReport, people: list[Any]) -> str:
    """Per technician: labour revenue, parts margin and, with a rate set, the commission."""
    money = lambda v: escape(format_money(v, "")).strip() if v is not None else "—"  # noqa: E731
    rows = [
        [name, role, money(s.labour_revenue), money(s.parts_margin), money(s.commission)]
        for name, role, s in people
        if s.labour_revenue is not None
    ]
    if not rows:
        return f"<p>{escape(tr('None'))}</p>"
    return _table(
        [tr("Name"), tr("Role"), tr("Labour revenue"), tr("Parts margin"), tr("Commission")],
        rows,
        right={2, 3, 4},
    )


def _document(report: DailyReport | MonthlyReport) -> tuple[str, dict[str, QImage]]:
    resources = {}
    if isinstance(report, DailyReport):
        html = daily_html(report)
        items = [(method_name(t.method), t.net) for t in report.takings if t.net > 0]
        if items:
            resources[CHART] = bar_chart(items, report.currency)
    else:
        html = monthly_html(report)
    return html, resources


def print_report(report: DailyReport | MonthlyReport, device: QPagedPaintDevice) -> int:
    """The report on a printer (or preview): the same HTML and render path as the PDF."""
    html, resources = _document(report)
    device.setPageLayout(page_layout(*A4, 12.0))
    return paint_html(html, device, 9.5, resources)


def write_pdf(report: DailyReport | MonthlyReport, path: Path) -> int:
    html, resources = _document(report)
    return html_to_pdf(
        html,
        Path(path),
        page_layout(*A4, 12.0),
        title="Report",
        point_size=9.5,
        resources=resources,
    )
