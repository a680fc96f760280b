"""The warranty engine's inputs read from the database, and its decision written to a ticket."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, bindparam, or_, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import ValidationError
from counter_app.models import Device, Setting, Ticket
from counter_app.services import settings as settings_service
from counter_app.services import warranty
from counter_app.timeutil import local_today, to_local
from counter_app.validation import imei_digits, normalize_imei, normalize_serial


def earlier_jobs(
    session: Session | Connection,
    device_id: int,
    tz_name: str,
    exclude_ticket_id: int | None = None,
) -> list[warranty.EarlierJob]:
    """The device's tickets as the engine needs them (one indexed query by device)."""
    rows = session.execute(
        select(
            Ticket.id,
            Ticket.ticket_no,
            Ticket.status,
            Ticket.collected_at,
            Ticket.warranty_until,
            Ticket.comeback_of_id,
            Ticket.warranty_code,
        ).where(Ticket.device_id == device_id)
    ).all()
    jobs = []
    for tid, no, status, collected_at, until, of_id, code in rows:
        if tid == exclude_ticket_id:
            continue
        local = to_local(collected_at, tz_name)
        jobs.append(
            warranty.EarlierJob(
                ticket_id=tid,
                ticket_no=no,
                status=status,
                collected_on=local.date() if local else None,
                warranty_until=until,
                comeback_of_id=of_id,
                same_fault=code == "comeback_same_fault",
            )
        )
    return jobs


def decide_for_device(
    session: Session | Connection,
    settings: dict[str, Any],
    device: Device | Row | None,
    request_date: date,
    *,
    item: str = "handset",
    purchase_date: date | None = None,
    proof: str = "",
    exclude_ticket_id: int | None = None,
) -> warranty.Decision:
    """The engine's decision for ``device`` (None: a device never seen) on ``request_date``."""
    earlier: Sequence[warranty.EarlierJob] = ()
    if device is not None:
        earlier = earlier_jobs(session, device.id, settings["time_zone"], exclude_ticket_id)
        if purchase_date is None:
            purchase_date = device.purchase_date
            proof = proof or device.purchase_proof
    return warranty.decide(
        warranty.Policy.from_settings(settings),
        request_date=request_date,
        item=item,
        purchase_date=purchase_date,
        proof=proof,
        earlier=earlier,
    )


# The intake look-up as the IMEI is typed: one statement for the device and its tickets,
# built once (Core, no ORM objects) so it stays a few indexed reads at any size.
_SETTINGS = select(Setting.key, Setting.value)
_DEVICE_JOBS = (
    select(
        Device.id,
        Device.purchase_date,
        Device.purchase_proof,
        Ticket.id,
        Ticket.ticket_no,
        Ticket.status,
        Ticket.collected_at,
        Ticket.warranty_until,
        Ticket.comeback_of_id,
        Ticket.warranty_code,
    )
    .select_from(Device)
    .outerjoin(Ticket, Ticket.device_id == Device.id)
)
_BY_IMEI = _DEVICE_JOBS.where(
    or_(Device.imei == bindparam("code"), Device.imei2 == bindparam("code"))
)
_BY_SERIAL = _DEVICE_JOBS.where(Device.serial == bindparam("code"))


def preview(
    db: Database,
    identifier: str,
    *,
    item: str = "handset",
    purchase_date: date | None = None,
    proof: str = "",
) -> warranty.Decision | None:
    """What intake would decide today for this IMEI (or serial), as it is typed; None when
    the identifier is not complete yet. Reads only."""
    text = (identifier or "").strip()
    if not text:
        return None
    try:
        statement, code = _BY_IMEI, normalize_imei(text)
    except ValidationError:  # not an IMEI (yet): try it as a serial number
        if imei_digits(text).isdigit():
            return None
        try:
            statement, code = _BY_SERIAL, normalize_serial(text)
        except ValidationError:
            return None
    with db.engine.connect() as conn:
        settings = settings_service.decode_all(dict(conn.execute(_SETTINGS).all()))
        rows = conn.execute(statement, {"code": code}).all()
    tz = settings["time_zone"]
    earlier: list[warranty.EarlierJob] = []
    if rows:
        device_id = rows[0][0]
        if purchase_date is None:
            purchase_date, proof = rows[0][1], proof or rows[0][2]
        for row in rows:
            if row[0] != device_id or row[3] is None:
                continue
            local = to_local(row[6], tz)
            earlier.append(
                warranty.EarlierJob(
                    ticket_id=row[3],
                    ticket_no=row[4],
                    status=row[5],
                    collected_on=local.date() if local else None,
                    warranty_until=row[7],
                    comeback_of_id=row[8],
                    same_fault=row[9] == "comeback_same_fault",
                )
            )
    return warranty.decide(
        warranty.Policy.from_settings(settings),
        request_date=local_today(tz),
        item=item,
        purchase_date=purchase_date,
        proof=proof,
        earlier=earlier,
    )


def store(ticket: Ticket, decision: warranty.Decision, *, settle: str | None = None) -> None:
    """Write the engine's decision onto the ticket; ``settle`` sets free/paid at once."""
    ticket.warranty_kind = decision.kind
    ticket.warranty_code = decision.code
    ticket.warranty_params = decision.params_json()
    ticket.warranty_ends = decision.ends_on
    if settle is not None:
        ticket.warranty_decision = settle
