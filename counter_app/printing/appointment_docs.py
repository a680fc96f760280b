"""The A4 papers of appointments: a visit's service sheet (signed by the customer) and an
engineer's day sheet (addresses and phone numbers), through the one render path."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound
from counter_app.money import format_money
from counter_app.printing.documents import Shop, shop_of
from counter_app.printing.render import A4, html_to_pdf, nowrap, page_layout, paint_html
from counter_app.services.appointments import booking as appointment_service
from counter_app.services.appointments.booking import AppointmentInfo
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import jobs as ticket_service
from counter_app.timeutil import local_today, to_local, utcnow
from counter_app.validation import format_phone

KINDS = ("service-sheet", "day-sheet")


def tr(text: str) -> str:
    return QCoreApplication.translate("appointments", text)


# tr() above is a plain function: these marks put its strings in the "appointments" context.
_STRINGS = (
    QT_TRANSLATE_NOOP("appointments", "On-site visit"),
    QT_TRANSLATE_NOOP("appointments", "Drop-off"),
    QT_TRANSLATE_NOOP("appointments", "Booked"),
    QT_TRANSLATE_NOOP("appointments", "Confirmed"),
    QT_TRANSLATE_NOOP("appointments", "Arrived"),
    QT_TRANSLATE_NOOP("appointments", "Done"),
    QT_TRANSLATE_NOOP("appointments", "No-show"),
    QT_TRANSLATE_NOOP("appointments", "Cancelled"),
    QT_TRANSLATE_NOOP("appointments", "Appointment"),
    QT_TRANSLATE_NOOP("appointments", "Slot"),
    QT_TRANSLATE_NOOP("appointments", "Engineer"),
    QT_TRANSLATE_NOOP("appointments", "Customer"),
    QT_TRANSLATE_NOOP("appointments", "Phone"),
    QT_TRANSLATE_NOOP("appointments", "Address"),
    QT_TRANSLATE_NOOP("appointments", "Device"),
    QT_TRANSLATE_NOOP("appointments", "Fault"),
    QT_TRANSLATE_NOOP("appointments", "Due by"),
    QT_TRANSLATE_NOOP("appointments", "Finished"),
    QT_TRANSLATE_NOOP("appointments", "Work done"),
    QT_TRANSLATE_NOOP("appointments", "Ticket"),
    QT_TRANSLATE_NOOP("appointments", "Paid on site"),
    QT_TRANSLATE_NOOP("appointments", "Service sheet"),
    QT_TRANSLATE_NOOP("appointments", "Customer's signature"),
    QT_TRANSLATE_NOOP("appointments", "Name"),
    QT_TRANSLATE_NOOP("appointments", "Engineer's signature"),
    QT_TRANSLATE_NOOP("appointments", "Date"),
    QT_TRANSLATE_NOOP("appointments", "Printed"),
    QT_TRANSLATE_NOOP("appointments", "Day sheet"),
    QT_TRANSLATE_NOOP("appointments", "Time"),
    QT_TRANSLATE_NOOP("appointments", "Kind"),
    QT_TRANSLATE_NOOP("appointments", "Device and fault"),
    QT_TRANSLATE_NOOP("appointments", "Arrived / left"),
    QT_TRANSLATE_NOOP("appointments", "No appointments"),
)


def kind_text(kind: str) -> str:
    return {"onsite": tr("On-site visit"), "dropoff": tr("Drop-off")}.get(kind, kind)


def status_text(status: str) -> str:
    return {
        "booked": tr("Booked"),
        "confirmed": tr("Confirmed"),
        "arrived": tr("Arrived"),
        "done": tr("Done"),
        "no_show": tr("No-show"),
        "cancelled": tr("Cancelled"),
    }.get(status, status)


@dataclass(frozen=True)
class ServiceSheet:
    shop: Shop
    appointment: AppointmentInfo
    paid: str  # formatted amount paid on the visit's ticket ("" when nothing)
    printed_local: datetime


@dataclass(frozen=True)
class DaySheet:
    shop: Shop
    engineer: str  # display name
    day: date
    appointments: tuple[AppointmentInfo, ...]
    printed_local: datetime


def _local(shop: Shop, moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    local = to_local(moment, shop.time_zone)
    return local.strftime(fmt) if local else ""


def service_sheet(db: Database, actor: Actor, appointment_id: int) -> ServiceSheet:
    settings = settings_service.get_all(db)
    shop = shop_of(settings, stores.time_zone_for(db, actor))
    info = appointment_service.get(db, appointment_id)
    paid = ""
    if info.ticket_no:
        ticket = ticket_service.detail(db, actor, info.ticket_no)
        if ticket.paid:
            paid = format_money(ticket.paid, shop.currency)
    printed = to_local(utcnow(), shop.time_zone)
    assert printed is not None
    return ServiceSheet(shop, info, paid, printed)


def day_sheet(db: Database, engineer: str, day: date | None) -> DaySheet:
    settings = settings_service.get_all(db)
    shop = shop_of(settings, stores.time_zone_for(db, None))
    names = dict(appointment_service.engineers(db))
    username = (engineer or "").strip().lower()
    if username not in names:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No technician {name}"), name=engineer)
    day = day or local_today(shop.time_zone)
    rows = appointment_service.day(db, day, username, active_only=True)
    printed = to_local(utcnow(), shop.time_zone)
    assert printed is not None
    return DaySheet(shop, names.get(username, username), day, tuple(rows), printed)


_STYLE = """<style>
body { font-size: 10pt; }
h1 { font-size: 16pt; margin: 0; }
h2 { font-size: 12pt; margin: 8px 0 4px 0; }
.muted { color: #555; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th { border-bottom: 1px solid #000; text-align: left; padding: 3px; }
table.grid td { padding: 3px; border-bottom: 1px solid #999; vertical-align: top; }
table.box { border-collapse: collapse; width: 100%; margin-top: 14px; }
table.box td { border: 1px solid #000; padding: 6px; height: 70px; vertical-align: top; }
</style>"""


def _head(shop: Shop, title: str) -> str:
    contact = " · ".join(escape(x) for x in (shop.address, shop.phone) if x)
    return (
        f"{_STYLE}<h1>{escape(shop.name)}</h1><div class='muted'>{contact}</div>"
        f"<h2>{escape(title)}</h2>"
    )


def _row(label: str, value: str, keep_whole: bool = False) -> str:
    shown = nowrap(value) if keep_whole else escape(value)
    return f"<tr><th width='28%'>{escape(label)}</th><td>{shown}</td></tr>"


def service_sheet_html(sheet: ServiceSheet) -> str:
    a = sheet.appointment
    shop = sheet.shop
    slot = f"{_local(shop, a.starts_at)}–{_local(shop, a.ends_at, '%H:%M')}"
    device = " ".join(x for x in (a.brand, a.model, a.imei or a.serial or "") if x)
    rows = [
        _row(tr("Appointment"), f"{a.id} · {kind_text(a.kind)} · {status_text(a.status)}"),
        _row(tr("Slot"), slot, keep_whole=True),
        _row(tr("Engineer"), a.engineer_name or ""),
        _row(tr("Customer"), a.customer_name),
        _row(tr("Phone"), a.phone_masked, keep_whole=True),
        _row(tr("Address"), a.address),
        _row(tr("Device"), device),
        _row(tr("Fault"), a.fault),
    ]
    if a.due_on:
        rows.append(_row(tr("Due by"), a.due_on.isoformat()))
    rows.append(_row(tr("Arrived"), _local(shop, a.arrived_at)))
    rows.append(_row(tr("Finished"), _local(shop, a.done_at)))
    rows.append(_row(tr("Work done"), a.work_done))
    if a.ticket_no:
        rows.append(_row(tr("Ticket"), a.ticket_no))
    if sheet.paid:
        rows.append(_row(tr("Paid on site"), sheet.paid))
    signed = escape(a.signed_by)
    return f"""<html><body>{_head(shop, tr("Service sheet"))}
    <table class="grid">{"".join(rows)}</table>
    <table class="box"><tr>
      <td width="50%">{escape(tr("Customer's signature"))}<br><br><br>
        {escape(tr("Name"))}: {signed}</td>
      <td width="50%">{escape(tr("Engineer's signature"))}<br><br><br>
        {escape(tr("Date"))}: {escape(_local(shop, a.done_at, "%Y-%m-%d"))}</td>
    </tr></table>
    <p class="muted">{escape(tr("Printed"))} {sheet.printed_local:%Y-%m-%d %H:%M}</p>
    </body></html>"""


def day_sheet_html(sheet: DaySheet) -> str:
    shop = sheet.shop
    title = f"{tr('Day sheet')} · {sheet.engineer} · {sheet.day.isoformat()}"
    # Time and phone columns as wide as their text (never broken); the rest share what is left.
    head = "".join(
        f"<th{f' width={width}%' if width else ''}>{nowrap(h)}</th>"
        for h, width in (
            (tr("Time"), 0),
            (tr("Kind"), 9),
            (tr("Customer"), 10),
            (tr("Phone"), 0),
            (tr("Address"), 22),
            (tr("Device and fault"), 19),
            (tr("Arrived / left"), 10),
        )
    )
    body = []
    for a in sheet.appointments:
        device = " ".join(x for x in (a.brand, a.model) if x)
        fault = " — ".join(x for x in (device, a.fault) if x)
        body.append(
            "<tr>"
            f"<td>{nowrap(_local(shop, a.starts_at, '%H:%M') + '–' + _local(shop, a.ends_at, '%H:%M'))}</td>"
            f"<td>{escape(kind_text(a.kind))}<br>#{a.id}</td>"
            f"<td>{escape(a.customer_name)}</td>"
            f"<td>{nowrap(format_phone(a.phone))}</td>"
            f"<td>{escape(a.address)}</td>"
            f"<td>{escape(fault)}</td>"
            "<td>&nbsp;</td></tr>"
        )
    if not body:
        body.append(f"<tr><td colspan='7'>{escape(tr('No appointments'))}</td></tr>")
    return f"""<html><body>{_head(shop, title)}
    <table class="grid"><tr>{head}</tr>{"".join(body)}</table>
    <p class="muted">{escape(tr("Printed"))} {sheet.printed_local:%Y-%m-%d %H:%M}</p>
    </body></html>"""


def paint(html: str, device: QPagedPaintDevice) -> int:
    """Lay an A4 appointment paper onto a printer, a preview or a PDF writer."""
    device.setPageLayout(page_layout(*A4, 15.0))
    return paint_html(html, device, 10.0)


def write_pdf(path: Path, html: str, title: str) -> int:
    """An A4 appointment paper as a PDF, finished like every document (exact A4, text
    that copies as printed)."""
    return html_to_pdf(html, Path(path), page_layout(*A4, 15.0), title=title)


def service_sheet_pdf(db: Database, actor: Actor, appointment_id: int, path: Path) -> ServiceSheet:
    sheet = service_sheet(db, actor, appointment_id)
    write_pdf(path, service_sheet_html(sheet), f"{tr('Service sheet')} {appointment_id}")
    return sheet


def day_sheet_pdf(db: Database, engineer: str, day: date | None, path: Path) -> DaySheet:
    sheet = day_sheet(db, engineer, day)
    write_pdf(path, day_sheet_html(sheet), f"{tr('Day sheet')} {sheet.engineer} {sheet.day}")
    return sheet
