"""The warranty engine's inputs read from the database, and its decision written to a ticket."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    Select,
    bindparam,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import ValidationError
from counter_app.models import Device, Setting, Ticket
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.services.warranty import engine as warranty
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
    settings: ShopSettings,
    device: Device | Row | None,
    request_date: date,
    *,
    tz_name: str,
    item: str = "handset",
    purchase_date: date | None = None,
    proof: str = "",
    exclude_ticket_id: int | None = None,
    production_date: date | None = None,
) -> warranty.Decision:
    """The engine's decision for ``device`` (None: a device never seen) on ``request_date``,
    the local day in ``tz_name``, the zone of the ticket's store (stores.local_zone), in which
    the earlier jobs' collection days are counted too."""
    earlier: Sequence[warranty.EarlierJob] = ()
    if device is not None:
        earlier = earlier_jobs(session, device.id, tz_name, exclude_ticket_id)
        if purchase_date is None:
            purchase_date = device.purchase_date
            proof = proof or device.purchase_proof
        production_date = production_date or device.production_date
    return warranty.decide(
        warranty.Policy.from_settings(settings),
        request_date=request_date,
        item=item,
        purchase_date=purchase_date,
        proof=proof,
        earlier=earlier,
        production_date=production_date,
    )


# The intake look-up as the IMEI is typed, on SQLAlchemy Core with statements built once
# (each call only binds its values, so the compiled SQL is always cached), no ORM objects:
# ONE statement gives the settings' stamp (for the cached policy), the device and all its
# tickets (indexed: the IMEI / serial, then the device's tickets). A code that matches no
# device still gives one row, the stamp with empty device columns.
_DEV, _TIC, _SET = Device.__table__, Ticket.__table__, Setting.__table__
_STAMP = select(
    func.count().label("setting_count"),
    func.max(_SET.c.updated_at).label("setting_latest"),
).subquery("stamp")


def _device_jobs(match: ColumnElement[bool]) -> Select[Any]:
    return select(
        _STAMP.c.setting_count,
        _STAMP.c.setting_latest,
        _DEV.c.id,
        _DEV.c.purchase_date,
        _DEV.c.purchase_proof,
        _TIC.c.id,
        _TIC.c.ticket_no,
        _TIC.c.status,
        _TIC.c.collected_at,
        _TIC.c.warranty_until,
        _TIC.c.comeback_of_id,
        _TIC.c.warranty_code,
        _DEV.c.production_date,
    ).select_from(_STAMP.outerjoin(_DEV, match).outerjoin(_TIC, _TIC.c.device_id == _DEV.c.id))


_BY_IMEI = _device_jobs(or_(_DEV.c.imei == bindparam("code"), _DEV.c.imei2 == bindparam("code")))
_BY_SERIAL = _device_jobs(_DEV.c.serial == bindparam("code"))

# The warranty policy and time zone per database (keyed by its connection pool), with the
# settings' stamp they were made from (rows, newest updated_at): any change, here or at
# another counter, gives a new stamp, and the settings cache is asked again.
_policies: WeakKeyDictionary[Any, tuple[tuple[Any, ...], warranty.Policy, str]] = (
    WeakKeyDictionary()
)


def _policy_on(conn: Connection, stamp: tuple[Any, ...]) -> tuple[warranty.Policy, str]:
    """The store's warranty policy and time zone for the settings at ``stamp``."""
    cached = _policies.get(conn.engine.pool)
    if cached is None or cached[0] != stamp:
        settings = settings_service.load_on(conn)
        cached = (stamp, warranty.Policy.from_settings(settings), stores.zone_on(conn, None))
        _policies[conn.engine.pool] = cached
    return cached[1], cached[2]


def preview(
    db: Database,
    identifier: str,
    *,
    item: str = "handset",
    purchase_date: date | None = None,
    proof: str = "",
    production_date: date | None = None,
) -> warranty.Decision | None:
    """What intake would decide today for this IMEI (or serial), as it is typed; None when
    the identifier is not complete yet. Reads only: one statement."""
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
        conn.execution_options(one_statement=True)  # no BEGIN on SQLite: one read
        rows = conn.execute(statement, {"code": code}).all()
        policy, tz = _policy_on(conn, (rows[0][0], rows[0][1]))
        conn.rollback()
    earlier: list[warranty.EarlierJob] = []
    device_id = rows[0][2]
    if device_id is not None:
        if purchase_date is None:
            purchase_date, proof = rows[0][3], proof or rows[0][4]
        production_date = production_date or rows[0][12]
        for row in rows:
            if row[2] != device_id or row[5] is None:  # another device with this IMEI2
                continue
            local = to_local(row[8], tz)
            earlier.append(
                warranty.EarlierJob(
                    ticket_id=row[5],
                    ticket_no=row[6],
                    status=row[7],
                    collected_on=local.date() if local else None,
                    warranty_until=row[9],
                    comeback_of_id=row[10],
                    same_fault=row[11] == "comeback_same_fault",
                )
            )
    return warranty.decide(
        policy,
        request_date=local_today(tz),
        item=item,
        purchase_date=purchase_date,
        proof=proof,
        earlier=earlier,
        production_date=production_date,
    )


def store(ticket: Ticket, decision: warranty.Decision, *, settle: str | None = None) -> None:
    """Write the engine's decision onto the ticket; ``settle`` sets free/paid at once."""
    ticket.warranty_kind = decision.kind
    ticket.warranty_code = decision.code
    ticket.warranty_params = decision.params_json()
    ticket.warranty_ends = decision.ends_on
    if settle is not None:
        ticket.warranty_decision = settle
