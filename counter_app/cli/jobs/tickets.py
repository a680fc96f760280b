"""Subcommands for the database, intake, tickets, quotes, payments and device history."""

from __future__ import annotations

import argparse
import os
from dataclasses import replace
from typing import Any

from counter_app import names
from counter_app.cli.common import (
    ENV_NEW_PASSWORD,
    Context,
    emit,
    iso_date,
    new_password,
    open_cash_drawer,
    whole_number,
)
from counter_app.cli.jobs import board as board_cli
from counter_app.cli.jobs import outcomes as outcomes_cli
from counter_app.cli.jobs import returns as returns_cli
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import DECISION_METHODS, PAYMENT_METHODS, SERVICE_TYPES, STATUSES
from counter_app.services.base.dto import TicketDetail
from counter_app.services.money import payments as payment_service
from counter_app.services.people import contact
from counter_app.services.people import users as user_service
from counter_app.services.tickets import devices as device_service
from counter_app.services.tickets import intake as intake_service
from counter_app.services.tickets import jobs as ticket_service
from counter_app.services.tickets import quotes as quote_service
from counter_app.services.tickets import workflow
from counter_app.services.warranty import engine as warranty
from counter_app.validation import format_phone


def _version_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-version",
        type=whole_number,
        metavar="N",
        help="refuse (exit 2) if the ticket changed since `ticket show` gave version N",
    )


def register(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    _register_shop(subparsers, parent)
    _register_intake(subparsers, parent)
    _register_ticket(subparsers, parent)
    _register_quote_and_money(subparsers, parent)
    _register_admin(subparsers, parent)


def _register_shop(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("init", parents=[parent], help="create or upgrade the database")
    p.set_defaults(handler=cmd_init)

    p = subparsers.add_parser("demo", parents=[parent], help="fill with realistic sample data")
    p.add_argument(
        "--tickets", type=whole_number, default=500, metavar="N", help="tickets (default 500)"
    )
    p.add_argument("--seed", type=whole_number, default=7, help="random seed (default 7)")
    p.add_argument(
        "--stores", type=whole_number, default=1, metavar="N", help="a chain of N stores (1-4)"
    )
    p.set_defaults(handler=cmd_demo)


def _register_intake(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("intake", parents=[parent], help="take a device in; prints ticket_no")
    p.add_argument("--name", required=True, help="customer name")
    p.add_argument("--phone", required=True, help="customer phone (CN by default; +852/+853/+886)")
    p.add_argument("--brand", required=True)
    p.add_argument("--model", required=True)
    ident = p.add_mutually_exclusive_group(required=True)
    ident.add_argument("--imei", help="15-digit IMEI (spaces and dashes are ignored)")
    ident.add_argument("--serial", help="serial number, for devices without an IMEI")
    p.add_argument("--imei2", default="", help="second IMEI of a dual-SIM phone")
    p.add_argument("--fault", required=True, help="the fault as the customer describes it")
    p.add_argument("--service", default="repair", choices=SERVICE_TYPES, help="service type")
    p.add_argument("--purchase-date", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--proof", default="", help="invoice or receipt number (returns, warranty)")
    p.add_argument(
        "--production-date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="no proof of purchase: the handset warranty counts from it (plus the grace days)",
    )
    p.add_argument(
        "--item",
        default="handset",
        choices=warranty.ITEMS,
        help="what the warranty is asked for (default handset)",
    )
    p.add_argument("--purchase-price", help="price paid (a refund on return is not above it)")
    p.add_argument("--colour", default="")
    p.add_argument("--accessories", default="", help="accessories left with the device")
    p.add_argument(
        "--passcode", default="", help="device passcode (only technicians and the manager see it)"
    )
    p.add_argument("--priority", default="normal", choices=("normal", "high", "urgent"))
    p.add_argument("--technician", default="", help="assign to this technician (user name)")
    p.set_defaults(handler=cmd_intake)


def _register_ticket(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    ticket = subparsers.add_parser("ticket", parents=[parent], help="show a ticket, change it")
    tsub = ticket.add_subparsers(dest="ticket_command", metavar="ACTION", required=True)
    p = tsub.add_parser("show", parents=[parent], help="the ticket with lines, totals, events")
    p.add_argument("ticket_no", metavar="NO")
    p.set_defaults(handler=cmd_show)
    p = tsub.add_parser("status", parents=[parent], help="move the ticket to another status")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("status", metavar="STATUS", help="one of: " + ", ".join(STATUSES))
    p.add_argument("--note", default="")
    p.add_argument("--part", metavar="SKU", help="with waiting_parts: the part awaited")
    _version_option(p)
    p.set_defaults(handler=cmd_status)
    p = tsub.add_parser("note", parents=[parent], help="add a note to the ticket's history")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("text")
    _version_option(p)
    p.set_defaults(handler=cmd_note)
    p = tsub.add_parser("assign", parents=[parent], help="assign a technician ('' to unassign)")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("technician", metavar="USER")
    _version_option(p)
    p.set_defaults(handler=cmd_assign)
    p = tsub.add_parser("warranty", parents=[parent], help="decide: the repair is free or paid")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("decision", choices=("free", "paid"))
    p.add_argument("--reason", required=True, help="e.g. 'liquid damage: not covered'")
    p.add_argument(
        "--exclusion",
        metavar="KIND",
        help="with paid: what the warranty does not cover: " + ", ".join(warranty.EXCLUSIONS),
    )
    p.add_argument(
        "--same-fault",
        action="store_true",
        help="a comeback: confirm the same fault as the earlier repair (then free)",
    )
    p.add_argument(
        "--line",
        type=int,
        metavar="ID",
        help="with paid --exclusion: only this quote line is not covered (charged)",
    )
    _version_option(p)
    p.set_defaults(handler=cmd_warranty)
    returns_cli.register_ticket_actions(tsub, parent)
    outcomes_cli.register_ticket_actions(tsub, parent)
    board_cli.register_ticket_actions(tsub, parent)


def _register_quote_and_money(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("quote", parents=[parent], help="add a line to the ticket's quote")
    p.add_argument("ticket_no", metavar="NO")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--part", metavar="SKU", help="a part from the inventory")
    what.add_argument("--labour", metavar="TEXT", help="labour, described")
    what.add_argument("--other", metavar="TEXT", help="anything else, described")
    p.add_argument("--qty", default="1", help="quantity (default 1)")
    p.add_argument("--price", help="unit price (parts default to the inventory price)")
    _version_option(p)
    p.set_defaults(handler=cmd_quote)

    for name, approve in (("approve", True), ("decline", False)):
        p = subparsers.add_parser(
            name, parents=[parent], help=f"the customer {name}s the pending quote"
        )
        p.add_argument("ticket_no", metavar="NO")
        p.add_argument("--method", default="in_person", choices=DECISION_METHODS)
        p.add_argument("--note", default="")
        _version_option(p)
        p.set_defaults(handler=cmd_decide, approve=approve)

    p = subparsers.add_parser("pay", parents=[parent], help="take a payment (deposit or final)")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--amount", required=True)
    p.add_argument("--method", required=True, help="one of: " + ", ".join(PAYMENT_METHODS))
    p.add_argument("--tendered", help="cash handed over (the receipt shows the change)")
    p.add_argument("--reference", default="", help="card slip or transaction number")
    _version_option(p)
    p.set_defaults(handler=cmd_pay)

    p = subparsers.add_parser("refund", parents=[parent], help="refund a payment (manager)")
    p.add_argument("ticket_no", metavar="NO")
    p.add_argument("--payment", type=whole_number, required=True, metavar="ID", help="payment id")
    p.add_argument("--amount", help="default: all that is left of that payment")
    p.add_argument("--reason", required=True)
    _version_option(p)
    p.set_defaults(handler=cmd_refund)

    p = subparsers.add_parser(
        "history", parents=[parent], help="every ticket of a device, newest first"
    )
    p.add_argument("identifier", metavar="IMEI|SERIAL")
    p.set_defaults(handler=cmd_history)


def _register_admin(subparsers: Any, parent: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "backup", parents=[parent], help="copy the database into DIR (backups kept 30 days)"
    )
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(handler=cmd_backup)
    p = subparsers.add_parser(
        "restore", parents=[parent], help="replace the database with a checked backup FILE"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("settings", parents=[parent], help="shop-wide settings")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    p = ssub.add_parser("list", parents=[parent], help="every setting with its value")
    p.set_defaults(handler=cmd_settings_list)
    p = ssub.add_parser("set", parents=[parent], help="change one setting (manager)")
    p.add_argument("key")
    p.add_argument("value")
    p.set_defaults(handler=cmd_settings_set)

    p = subparsers.add_parser("user", parents=[parent], help="add a staff account (manager)")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = usub.add_parser("add", parents=[parent], help="add an account")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="display name")
    p.add_argument("--role", required=True, choices=("clerk", "technician", "manager", "inventory"))
    _new_password_options(p, "give the account a sign-in password (else it has none)")
    p.set_defaults(handler=cmd_user_add)
    p = usub.add_parser("list", parents=[parent], help="list the accounts")
    p.set_defaults(handler=cmd_user_list)
    p = usub.add_parser("password", parents=[parent], help="set a sign-in password")
    p.add_argument("username")
    _new_password_options(p, "read the new password from standard input")
    p.set_defaults(handler=cmd_user_password)


def _new_password_options(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=f"{text}; else $COUNTER_NEW_PASSWORD, else asked on a terminal",
    )


def cmd_init(ctx: Context) -> int:
    db = ctx.db  # opening creates or upgrades the schema
    manager = user_service.ensure_default_manager(db)
    emit(
        ctx,
        {"database": db.describe(), "manager": manager.username},
        f"Database ready: {db.describe()} (manager account: {manager.username})",
    )
    return 0


def cmd_demo(ctx: Context) -> int:
    from counter_app.demo import shop as demo

    if not 0 <= ctx.args.tickets <= 2_000_000:
        raise ValidationError("tickets", QT_TRANSLATE_NOOP("errors", "--tickets: 0 to 2,000,000"))
    demo.check_may_fill(ctx.db)
    if ctx.args.stores != 1:
        summary = demo.fill_chain(ctx.db, ctx.args.tickets, ctx.args.stores, seed=ctx.args.seed)
    else:
        summary = demo.fill(ctx.db, tickets=ctx.args.tickets, seed=ctx.args.seed)
    emit(
        ctx,
        summary,
        lambda: (
            f"Demo shop in {ctx.db.describe()}: "
            + ", ".join(f"{v} {k}" for k, v in summary.items())
        ),
    )
    return 0


def cmd_intake(ctx: Context) -> int:
    a = ctx.args
    data = intake_service.IntakeData(
        name=a.name,
        phone=a.phone,
        brand=a.brand,
        model=a.model,
        imei=a.imei or "",
        imei2=a.imei2,
        serial=a.serial or "",
        fault=a.fault,
        service_type=a.service,
        purchase_date=a.purchase_date,
        purchase_proof=a.proof,
        production_date=a.production_date,
        colour=a.colour,
        accessories=a.accessories,
        passcode=a.passcode,
        priority=a.priority,
        technician=a.technician,
        item=a.item,
        purchase_price=a.purchase_price,
    )
    result = intake_service.take_in(ctx.db, ctx.actor, data)

    def text() -> str:
        lines = [result.ticket_no]
        lines.extend(f"note: {m}" for m in result.messages)
        return "\n".join(lines)

    emit(ctx, result, text)
    return 0


def _show_text(d: TicketDetail) -> str:
    out = [
        f"{d.ticket_no}  {d.status}  ({d.service_type}, {d.priority})",
        f"Customer: {d.customer.name}  {format_phone(d.customer.phone)}",
        f"Device:   {d.device.brand} {d.device.model}  "
        + (f"IMEI {d.device.imei}" if d.device.imei else f"S/N {d.device.serial}"),
        f"Fault:    {d.fault}",
        *([f"Cause:    {d.diagnosed_cause}"] if d.diagnosed_cause else []),
        "Warranty: "
        + names.settlement_text(d.warranty_decision, d.warranty_code, d.warranty_params)
        + (f" ({d.warranty_reason})" if d.warranty_reason else ""),
    ]
    if d.warranty_code in names.PRODUCTION_CODES:
        out.append("Cover:    " + names.warranty_reason_text(d.warranty_code, d.warranty_params))
    if d.read_only:
        out.insert(1, f"Store:    {d.store} {d.store_name} (another store: read-only here)")
    if d.exchange_offered:
        out.append(names.exchange_offer_text(d.failed_repairs))
    if d.return_outcome:
        out.append(
            f"Return: {d.return_outcome}"
            + (f" (new IMEI {d.exchange_imei})" if d.exchange_imei else "")
        )
    if d.outcome:
        out.append(f"Outcome: {d.outcome} ({d.outcome_barrier}), fee {d.outcome_fee or 0:.2f}")
    if d.technician:
        out.append(f"Technician: {d.technician}")
    for quote in d.quotes:
        out.append(f"Quote {quote.seq} ({quote.status}):")
        for line in quote.lines:
            out.append(
                f"  #{line.id} {line.description}  {line.qty} × {line.unit_price:.2f} = "
                f"{line.line_total:.2f}"
                + (f"  (not covered: {line.exclusion})" if line.exclusion else "")
            )
    out.append(f"Total {d.total:.2f}   Paid {d.paid:.2f}   Balance {d.balance:.2f}")
    for p in d.payments:
        out.append(f"  payment #{p.id} {p.kind} {p.method} {p.amount:.2f}  {p.at:%Y-%m-%d %H:%M}Z")
    out.append("Events:")
    for e in d.events:
        change = f" -> {e.to_status}" if e.to_status else ""
        out.append(f"  {e.at:%Y-%m-%d %H:%M}Z {e.user}: {e.kind}{change} {e.note}".rstrip())
    out.append("Next: " + ", ".join(d.allowed_next))
    return "\n".join(out)


def show_json(d: TicketDetail) -> dict[str, Any]:
    return {
        "ticket_no": d.ticket_no,
        "status": d.status,
        "service_type": d.service_type,
        "priority": d.priority,
        "store": d.store,
        "read_only": d.read_only,
        "customer": {
            "name": d.customer.name,
            "phone": d.customer.phone,
            "email": d.customer.email,
        },
        "device": {
            "brand": d.device.brand,
            "model": d.device.model,
            "colour": d.device.colour,
            "imei": d.device.imei,
            "imei2": d.device.imei2,
            "serial": d.device.serial,
        },
        "fault": d.fault,
        "diagnosed_cause": d.diagnosed_cause,
        "production_date": d.production_date,
        "technician": d.technician,
        "received_at": d.received_at,
        "promised_at": d.promised_at,
        "collected_at": d.collected_at,
        "warranty_decision": d.warranty_decision,
        "warranty_reason": d.warranty_reason,
        "warranty_until": d.warranty_until,
        "is_comeback": d.is_comeback,
        "comeback_of": d.comeback_of,
        "warranty_item": d.warranty_item,
        "warranty_kind": d.warranty_kind,
        "warranty_code": d.warranty_code,
        "warranty_params": d.warranty_params,
        "warranty_ends": d.warranty_ends,
        "warranty_exclusion": d.warranty_exclusion,
        "warranty_text": names.settlement_text(
            d.warranty_decision, d.warranty_code, d.warranty_params
        ),
        "exchange_offered": d.exchange_offered,
        "return_outcome": d.return_outcome,
        "exchange_imei": d.exchange_imei,
        "purchase_price": d.purchase_price,
        "outcome": d.outcome,
        "outcome_barrier": d.outcome_barrier,
        "outcome_fee": d.outcome_fee,
        "quotes": [
            {
                "seq": q.seq,
                "status": q.status,
                "decision_method": q.decision_method,
                "total": q.total,
            }
            for q in d.quotes
        ],
        "lines": d.lines,
        "total": d.total,
        "paid": d.paid,
        "balance": d.balance,
        "payments": d.payments,
        "events": [
            {
                "at": e.at,
                "user": e.user,
                "kind": e.kind,
                "from_status": e.from_status,
                "to_status": e.to_status,
                "note": e.note,
            }
            for e in d.events
        ],
        "allowed_next": d.allowed_next,
        "version": d.version,
    }


def cmd_show(ctx: Context) -> int:
    from counter_app.services.tickets import loaners

    detail = ticket_service.detail(ctx.db, ctx.actor, ctx.args.ticket_no)
    detail = replace(detail, customer=contact.as_seen_by(ctx.actor, detail.customer))
    lent = loaners.of_ticket(ctx.db, detail.ticket_no)
    out = [f"Loaner {r.imei} out, deposit {r.deposit:.2f}" for r in lent if r.out]
    emit(
        ctx,
        {**show_json(detail), "loaners": lent},
        lambda: "\n".join([_show_text(detail), *out]),
    )
    return 0


def cmd_status(ctx: Context) -> int:
    a = ctx.args
    status = workflow.change_status(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        a.status,
        a.note,
        expected_version=a.expect_version,
        waiting_part_sku=a.part,
    )
    emit(
        ctx, {"ticket_no": a.ticket_no.upper(), "status": status}, f"{a.ticket_no.upper()} {status}"
    )
    return 0


def cmd_note(ctx: Context) -> int:
    a = ctx.args
    ticket_service.add_note(ctx.db, ctx.actor, a.ticket_no, a.text, a.expect_version)
    emit(ctx, {"ticket_no": a.ticket_no.upper()}, "noted")
    return 0


def cmd_assign(ctx: Context) -> int:
    a = ctx.args
    ticket_service.assign(ctx.db, ctx.actor, a.ticket_no, a.technician or None, a.expect_version)
    emit(ctx, {"ticket_no": a.ticket_no.upper(), "technician": a.technician or None}, "assigned")
    return 0


def cmd_warranty(ctx: Context) -> int:
    a = ctx.args
    quote_service.set_warranty(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        a.decision,
        a.reason,
        a.expect_version,
        exclusion=a.exclusion,
        same_fault=a.same_fault,
        line_id=a.line,
    )
    emit(ctx, {"ticket_no": a.ticket_no.upper(), "warranty_decision": a.decision}, a.decision)
    return 0


def cmd_quote(ctx: Context) -> int:
    a = ctx.args
    if a.part:
        kind, description = "part", ""
    elif a.labour:
        kind, description = "labour", a.labour
    else:
        kind, description = "other", a.other
    line_id = quote_service.add_line(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        kind=kind,
        qty=a.qty,
        sku=a.part,
        description=description,
        price=a.price,
        expected_version=a.expect_version,
    )
    detail = ticket_service.detail(ctx.db, ctx.actor, a.ticket_no)
    emit(
        ctx,
        {"ticket_no": detail.ticket_no, "line_id": line_id, "total": detail.total},
        f"line #{line_id} added; total {detail.total:.2f}",
    )
    return 0


def cmd_decide(ctx: Context) -> int:
    a = ctx.args
    status = quote_service.decide(
        ctx.db, ctx.actor, a.ticket_no, a.approve, a.method, a.note, a.expect_version
    )
    emit(
        ctx, {"ticket_no": a.ticket_no.upper(), "status": status}, f"{a.ticket_no.upper()} {status}"
    )
    return 0


def cmd_pay(ctx: Context) -> int:
    a = ctx.args
    payment_id = payment_service.pay(
        ctx.db,
        ctx.actor,
        a.ticket_no,
        a.amount,
        a.method,
        tendered=a.tendered,
        reference=a.reference,
        expected_version=a.expect_version,
    )
    detail = ticket_service.detail(ctx.db, ctx.actor, a.ticket_no)
    open_cash_drawer(a.method)
    emit(
        ctx,
        {
            "ticket_no": detail.ticket_no,
            "payment_id": payment_id,
            "paid": detail.paid,
            "balance": detail.balance,
        },
        f"payment #{payment_id}; paid {detail.paid:.2f}, balance {detail.balance:.2f}",
    )
    return 0


def cmd_refund(ctx: Context) -> int:
    a = ctx.args
    refund_id = payment_service.refund(
        ctx.db, ctx.actor, a.ticket_no, a.payment, a.amount, a.reason, a.expect_version
    )
    detail = ticket_service.detail(ctx.db, ctx.actor, a.ticket_no)
    emit(
        ctx,
        {"ticket_no": detail.ticket_no, "refund_id": refund_id, "paid": detail.paid},
        f"refund #{refund_id}; paid now {detail.paid:.2f}",
    )
    return 0


def cmd_history(ctx: Context) -> int:
    h = device_service.history(ctx.db, ctx.args.identifier)

    def text() -> str:
        d = h.device
        out = [f"{d.brand} {d.model}  " + (f"IMEI {d.imei}" if d.imei else f"S/N {d.serial}")]
        if h.under_repair_warranty:
            out.append(
                f"Under repair warranty until {h.under_repair_warranty.warranty_until} "
                f"({h.under_repair_warranty.ticket_no})"
            )
        if h.replaced_by_imei:
            out.append(f"Exchanged for IMEI {h.replaced_by_imei}")
        for e in h.entries:
            parts = f"  parts: {', '.join(e.parts)}" if e.parts else ""
            out.append(
                f"{e.ticket_no}  {e.received_at:%Y-%m-%d}  {e.status:<17} {e.total:>9.2f}  "
                f"{e.fault}{parts}"
            )
        return "\n".join(out)

    emit(
        ctx,
        {
            "device": h.device,
            "owner": h.owner.name if h.owner else None,
            "under_repair_warranty_until": h.under_repair_warranty.warranty_until
            if h.under_repair_warranty
            else None,
            "tickets": h.entries,
            "replaced_by_imei": h.replaced_by_imei,
        },
        text,
    )
    return 0


def cmd_backup(ctx: Context) -> int:
    from pathlib import Path

    from counter_app.services.data_io import backup

    result = backup.backup(ctx.db, Path(ctx.args.folder))
    emit(
        ctx,
        {
            "backup": str(result.path),
            "size": result.size,
            "removed": [str(p) for p in result.removed],
        },
        f"Backup written: {result.path} ({result.size:,} bytes)",
    )
    return 0


def cmd_restore(ctx: Context) -> int:
    from pathlib import Path

    from counter_app.services.data_io import backup

    backup.check_backup_file(
        Path(ctx.args.file), ctx.db.dialect
    )  # before anything else touches the shop
    result = backup.restore(ctx.db, ctx.actor, Path(ctx.args.file))
    data: dict[str, object] = {"restored": ctx.args.file}
    text = f"Restored {ctx.args.file}"
    if result is not None:
        data.update(
            payments_removed=result.payments_removed,
            tickets_removed=result.tickets_removed,
            safety_copy=result.safety_copy,
        )
        text += (
            f"; {result.tickets_removed} tickets and {result.payments_removed} payments made "
            f"since the backup removed (the shop as it was: {result.safety_copy})"
        )
    emit(ctx, data, text)
    return 0


def cmd_settings_list(ctx: Context) -> int:
    from counter_app.services.shop import settings

    values = settings.get_all(ctx.db).as_dict()
    emit(ctx, values, lambda: "\n".join(f"{k:<28} {v}" for k, v in values.items()))
    return 0


def cmd_settings_set(ctx: Context) -> int:
    from counter_app.services.shop import settings

    values = settings.update(ctx.db, ctx.actor, {ctx.args.key: ctx.args.value}).as_dict()
    emit(ctx, {ctx.args.key: values[ctx.args.key]}, f"{ctx.args.key} = {values[ctx.args.key]}")
    return 0


def cmd_user_add(ctx: Context) -> int:
    a = ctx.args
    asked = a.password_stdin or os.environ.get(ENV_NEW_PASSWORD) is not None
    password = new_password(a, a.username) if asked else None
    user = user_service.create_user(ctx.db, ctx.actor, a.username, a.name, a.role, password)
    emit(ctx, user, f"user {user.username} ({user.role}) added")
    return 0


def cmd_user_password(ctx: Context) -> int:
    password = new_password(ctx.args, ctx.args.username)
    user_service.set_password(ctx.db, ctx.actor, ctx.args.username, password)
    emit(ctx, {"username": ctx.args.username}, f"password set for {ctx.args.username}")
    return 0


def cmd_user_list(ctx: Context) -> int:
    users = user_service.list_users(ctx.db)
    emit(
        ctx,
        {"users": users},
        lambda: "\n".join(f"{u.username:<16} {u.role:<11} {u.display_name}" for u in users),
    )
    return 0
