"""`counter-app import|export|customer export`: a shop's records in, ORDS and full exports out,
and a customer's own data on request."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from counter_app.cli.common import Context, emit, iso_date


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import",
        parents=[parent],
        help="import customers, devices or past repairs from .xlsx or CSV",
    )
    p.add_argument("file", type=Path, nargs="?", metavar="FILE")
    p.add_argument("--kind", choices=("customers", "devices", "repairs"))
    p.add_argument("--dry-run", action="store_true", help="validate and show the plan only")
    p.add_argument("--map", default="", metavar="COLUMN=FIELD,...", help="name the columns")
    p.add_argument("--template", type=Path, metavar="FILE.xlsx", help="write the template")
    p.set_defaults(handler=cmd_import)

    export = subparsers.add_parser("export", parents=[parent], help="ORDS open data; all tables")
    sub = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    p = sub.add_parser("ords", parents=[parent], help="Open Repair Data Standard v0.3 CSV")
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--from", dest="since", type=iso_date, help="collected from (YYYY-MM-DD)")
    p.add_argument("--to", dest="until", type=iso_date, help="collected up to (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_export_ords)
    p = sub.add_parser("all", parents=[parent], help="every table as CSV, with a manifest")
    p.add_argument("folder", type=Path, metavar="DIR")
    p.set_defaults(handler=cmd_export_all)

    customer = _group(subparsers, "customer", parent, "a customer's data")
    p = customer.add_parser(
        "export",
        help="everything stored about a customer, as one JSON file",
        add_help=True,
    )
    # Not the shared --json flag: here --json names the file to write.
    p.add_argument("phone", metavar="PHONE")
    p.add_argument("--json", dest="json_file", type=Path, required=True, metavar="FILE")
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database URL or file")
    p.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help="acting user")
    p.add_argument(
        "--password",
        dest="sign_in_password",
        metavar="PASSWORD",
        default=argparse.SUPPRESS,
        help="the acting user's password (default: $COUNTER_PASSWORD, else asked)",
    )
    p.set_defaults(handler=cmd_customer_export)


def _group(subparsers: Any, name: str, parent: argparse.ArgumentParser, text: str) -> Any:
    """The ACTION subparsers of the ``name`` command, made here unless another module
    (customers: show|update|erase) registered the command first."""
    existing = subparsers.choices.get(name)
    if existing is None:
        command = subparsers.add_parser(name, parents=[parent], help=text)
        return command.add_subparsers(
            dest=f"{name}_command", metavar="ACTION", required=True, parser_class=type(command)
        )
    for action in existing._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return existing.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def cmd_import(ctx: Context) -> int:
    from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
    from counter_app.exporting import tabular
    from counter_app.services.data_io import importing

    a = ctx.args
    if a.template is not None:
        if a.file is not None:
            raise ValidationError(
                "file", QT_TRANSLATE_NOOP("errors", "Give either FILE or --template, not both")
            )
        result = tabular.write_template(a.template)
        emit(ctx, result, f"{a.template}: template with sheets {', '.join(result['sheets'])}")
        return 0
    if a.file is None or a.kind is None:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors", "Give the FILE and --kind customers|devices|repairs (or --template)"
            ),
        )
    mapping = importing.parse_mapping(a.map, a.kind)
    table = tabular.read_table(a.file, sheet=a.kind)
    if a.dry_run:
        plan = importing.plan(ctx.db, a.kind, table, mapping)
        importing.raise_if_bad(plan)
        summary = {"dry_run": True, **plan.summary()}
        emit(ctx, summary, lambda: "Would import: " + _describe(summary))
        return 0
    summary = importing.apply(ctx.db, ctx.actor, a.kind, table, mapping)
    emit(ctx, {"dry_run": False, **summary}, lambda: "Imported: " + _describe(summary))
    return 0


def _describe(summary: dict[str, Any]) -> str:
    return (
        f"{summary['rows']} rows; customers {summary['customers_created']} new, "
        f"{summary['customers_matched']} matched; devices {summary['devices_created']} new, "
        f"{summary['devices_matched']} matched; {summary['tickets_created']} past repairs "
        f"({summary['comebacks']} comebacks)"
        + (f"; {summary['followups_due']} follow-up calls" if summary.get("followups_due") else "")
        + (
            f"; {summary['already_imported']} already in the shop (left out)"
            if summary.get("already_imported")
            else ""
        )
    )


def cmd_export_ords(ctx: Context) -> int:
    from counter_app.exporting import ords

    a = ctx.args
    counts = ords.export(ctx.db, ctx.actor, a.file, a.since, a.until)
    emit(
        ctx,
        counts,
        lambda: (
            f"{a.file}: {counts['records']} records ({counts['fixed']} fixed, "
            f"{counts['repairable']} repairable, {counts['end_of_life']} end of life, "
            f"{counts['unknown']} unknown)"
        ),
    )
    return 0


def cmd_export_all(ctx: Context) -> int:
    from counter_app.exporting import data_export

    result = data_export.export_all(ctx.db, ctx.actor, ctx.args.folder)
    emit(
        ctx,
        result,
        lambda: "\n".join(f"{name:<20} {count:>9}" for name, count in result["tables"].items()),
    )
    return 0


def cmd_customer_export(ctx: Context) -> int:
    from counter_app.exporting import data_export

    a = ctx.args
    result = data_export.write_customer_json(ctx.db, ctx.actor, a.phone, a.json_file)
    print(
        f"{a.json_file}: " + ", ".join(f"{n} {name}" for name, n in result["counts"].items() if n)
    )
    return 0
