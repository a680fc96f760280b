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
    _scope(p)
    p.set_defaults(handler=cmd_daily)
    p = sub.add_parser("monthly", parents=[parent], help="staff assessment by completion date")
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("--pdf", type=Path, metavar="FILE")
    p.add_argument("--xlsx", type=Path, metavar="FILE")
    _scope(p)
    p.set_defaults(handler=cmd_monthly)


def _scope(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--all",
        dest="all_stores",
        action="store_true",
        help="every store of the chain (daily: each store on its own business day)",
    )


def _store_id(ctx: Context) -> int | None:
    """--store (or the PC's store): that store; --all or neither: every store."""
    from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
    from counter_app.services.stores import chain as stores

    if ctx.args.all_stores:
        if getattr(ctx.args, "store", None):
            raise ValidationError(
                "store", QT_TRANSLATE_NOOP("errors", "Give either --store or --all, not both")
            )
        return None
    return stores.store_id_for(ctx.db, ctx.store_code)


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
        from counter_app.services.reporting.reports import DailyReport

        (report_excel.daily if isinstance(report, DailyReport) else report_excel.monthly)(
            report, ctx.args.xlsx
        )
        written.append(str(ctx.args.xlsx))
    return written


def cmd_daily(ctx: Context) -> int:
    from counter_app.services.reporting import reports

    if ctx.args.all_stores and not getattr(ctx.args, "store", None):
        return _daily_all(ctx)
    r = reports.daily(ctx.db, ctx.actor, ctx.args.date, _store_id(ctx))
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


def _worked_as(s: Any) -> str:
    """The person's role, and the capacity counted when it is another ("manager as clerk")."""
    return s.role if s.worked_as == s.role else f"{s.role} as {s.worked_as}"


def cmd_monthly(ctx: Context) -> int:
    from counter_app.services.reporting import reports

    year, month = reports.parse_month(ctx.args.month)
    r = reports.monthly(ctx.db, ctx.actor, year, month, _store_id(ctx))
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
                    f"  {s.user:<12} {_worked_as(s):<10} jobs {s.jobs_completed:>5}  median "
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


def _daily_all(ctx: Context) -> int:
    """Each store's daily close on its own local business day, and the chain's net."""
    from counter_app.money import ZERO
    from counter_app.services.reporting import reports
    from counter_app.services.stores import chain as stores

    if ctx.args.pdf is not None or ctx.args.xlsx is not None:
        from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

        raise ValidationError(
            "store",
            QT_TRANSLATE_NOOP("errors", "A PDF or Excel close is one store's: give --store CODE"),
        )
    found = stores.list_stores(ctx.db)
    closes = [(s.code, reports.daily(ctx.db, ctx.actor, ctx.args.date, s.id)) for s in found]
    net = sum((r.net for _, r in closes), ZERO)
    received = sum(r.received for _, r in closes)
    emit(
        ctx,
        {
            "stores": [{"code": code, **reports_dict(r)} for code, r in closes],
            "received": received,
            "net": net,
        },
        lambda: "\n".join(
            [
                *(
                    f"{code:<6} {r.day} received {r.received:>4}  collected {r.collected:>4}  "
                    f"net {r.net:>10.2f}  {r.store}"
                    for code, r in closes
                ),
                f"chain: received {received}, net takings {net:.2f}",
            ]
        ),
    )
    return 0


def reports_dict(report: Any) -> dict[str, Any]:
    from counter_app.services.base.dto import to_jsonable

    data = to_jsonable(report)
    assert isinstance(data, dict)
    return data
