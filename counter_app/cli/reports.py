"""`counter-app report daily|monthly`: JSON, PDF and Excel of the daily close and the
monthly staff assessment."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counter_app.cli.common import Context, emit, iso_date


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    report = subparsers.add_parser("report", parents=[parent], help="daily and monthly reports")
    sub = report.add_subparsers(dest="report_command", metavar="KIND", required=True)
    p = sub.add_parser("daily", parents=[parent], help="the day's close (store's local day)")
    p.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default: today)")
    p.add_argument("--pdf", type=Path, metavar="FILE")
    p.add_argument("--xlsx", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_daily)
    p = sub.add_parser("monthly", parents=[parent], help="staff assessment by completion date")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--pdf", type=Path, metavar="FILE")
    p.add_argument("--xlsx", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_monthly)


def _outputs(ctx: Context, report: Any) -> list[str]:
    from counter_app.exporting import report_excel
    from counter_app.printing.render import check_writable

    written = []
    for target in (ctx.args.pdf, ctx.args.xlsx):
        if target is not None:
            check_writable(target)
    if ctx.args.pdf is not None:
        from counter_app.printing import output, report_doc

        output.use_shop_language(ctx.db)
        report_doc.write_pdf(report, ctx.args.pdf)
        written.append(str(ctx.args.pdf))
    if ctx.args.xlsx is not None:
        from counter_app.services.reports import DailyReport

        (report_excel.daily if isinstance(report, DailyReport) else report_excel.monthly)(
            report, ctx.args.xlsx
        )
        written.append(str(ctx.args.xlsx))
    return written


def cmd_daily(ctx: Context) -> int:
    from counter_app.services import reports

    r = reports.daily(ctx.db, ctx.actor, ctx.args.date)
    written = _outputs(ctx, r)
    emit(
        ctx,
        r,
        lambda: "\n".join(
            [
                f"{r.store} daily report {r.day}",
                f"received {r.received}, diagnosed {r.diagnosed}, completed {r.completed}, "
                f"collected {r.collected}, cancelled {r.cancelled}",
                *(
                    f"  {t.method:<11} deposits {t.deposits:>10.2f}  final {t.finals:>10.2f}  "
                    f"refunds {t.refunds:>9.2f}  net {t.net:>10.2f}"
                    for t in r.takings
                ),
                f"net takings {r.net:.2f}; overdue {len(r.overdue)}; comebacks {len(r.comebacks)}",
                *(f"written: {w}" for w in written),
            ]
        ),
    )
    return 0


def cmd_monthly(ctx: Context) -> int:
    from counter_app.services import reports

    year, month = reports.parse_month(ctx.args.month)
    r = reports.monthly(ctx.db, ctx.actor, year, month)
    written = _outputs(ctx, r)

    def fmt(value: float | None) -> str:
        return "—" if value is None else f"{value:.1f}"

    emit(
        ctx,
        r,
        lambda: "\n".join(
            [
                f"{r.store} staff assessment {r.year}-{r.month:02d}",
                *(
                    f"  {s.user:<12} {s.role:<10} jobs {s.jobs_completed:>5}  median "
                    f"{fmt(s.median_turnaround_hours)} h  avg {fmt(s.average_turnaround_hours)} h  "
                    f"comebacks {fmt((s.comeback_rate or 0) * 100)}%"
                    + (
                        f"  visits {s.visits} on time {fmt(s.visits_on_time_pct)}%"
                        if s.visits
                        else ""
                    )
                    for s in r.staff
                ),
                *(f"written: {w}" for w in written),
            ]
        ),
    )
    return 0
