"""Appointments: booked drop-offs and on-site visits, the engineer's day, the on-site promise.

States: booked -> confirmed -> arrived -> done, or no_show (from booked/confirmed once the
slot has begun), or cancelled (from booked/confirmed, with a reason). An on-site visit's
"done" becomes a ticket in the device's and the customer's history (through intake), its
work and parts as an approved quote, its on-site payment as the final payment; a drop-off
turns into an intake at the counter (``intake_prefill``) and is then marked done with it.

Slots are half-open intervals [starts_at, ends_at): 10:00-11:00 and 11:00-12:00 do not clash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, or_, select, update
from sqlalchemy.orm import Session, aliased

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed, NotFound, ValidationError
from counter_app.models import (
    ACTIVE_APPOINTMENT_STATUSES,
    APPOINTMENT_KINDS,
    Appointment,
    Consultation,
    Ticket,
    User,
)
from counter_app.money import parse_money
from counter_app.services.appointments.onsite_visit import VisitCover, visit_cover, visit_ticket
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.money import payments as payment_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.working_days import onsite_due
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import intake as intake_service
from counter_app.timeutil import at_local, local_day_bounds, to_local, utcnow, zone
from counter_app.validation import (
    clean_name,
    clean_text,
    mask_phone,
    normalize_imei,
    normalize_phone,
    normalize_serial,
    parse_quantity,
)

MIN_MINUTES, MAX_MINUTES = 15, 12 * 60
# The statuses from which each action may start (the state machine, in one place).
FROM_STATUSES: dict[str, tuple[str, ...]] = {
    "confirmed": ("booked",),
    "arrived": ("confirmed",),
    "done": ("arrived",),
    "no_show": ("booked", "confirmed"),
    "cancelled": ("booked", "confirmed"),
}


# -- data in and out ----------------------------------------------------------------------
@dataclass
class AppointmentData:
    """A booking as typed at the counter (raw; the service validates it)."""

    name: str
    phone: str
    kind: str
    at: str | datetime  # "YYYY-MM-DD HH:MM" in the store's zone, or an aware datetime
    minutes: object = 60
    address: str = ""
    engineer: str = ""  # username
    brand: str = ""
    model: str = ""
    imei: str = ""
    serial: str = ""
    fault: str = ""
    notes: str = ""
    consultation_id: int | None = None  # booked from this consultation (name, phone, question)


@dataclass
class VisitReport:
    """What the engineer records when an appointment is done."""

    note: str = ""  # the work done
    paid: object | None = None  # amount paid on site
    method: str = ""
    signed_by: str = ""  # the customer's name as signed
    parts: Sequence[tuple[str, object]] = field(default_factory=tuple)  # (sku, qty)
    ticket_no: str = ""  # drop-off: the ticket its intake opened
    fixed: bool = True  # on site: False records a visit that could not fix the device
    exclusion: str = ""  # on site: the warranty exclusion found (the visit is then paid)


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    kind: str
    status: str
    customer_name: str
    phone: str
    address: str
    starts_at: datetime
    ends_at: datetime
    minutes: int
    engineer: str | None  # username
    engineer_name: str | None
    brand: str
    model: str
    imei: str | None
    serial: str | None
    fault: str
    notes: str
    due_on: date | None
    arrived_at: datetime | None
    late: bool
    done_at: datetime | None
    work_done: str
    signed_by: str
    cancel_reason: str
    ticket_no: str | None
    on_time: bool | None  # on-site visits once arrived: in the slot and within the promise
    outcome: str | None = None  # on site, once done: fixed / not_fixed
    consultation_id: int | None = None
    past_due: bool = False  # on site: the slot is after the day the visit is due by

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def on_time(row: Appointment, tz_name: str) -> bool | None:
    """An on-site visit is on time when the engineer arrived within the slot and on or
    before the promised day; None until then (and for drop-offs)."""
    return _on_time(row.kind, row.arrived_at, row.late, row.due_on, tz_name)


def _on_time(
    kind: str, arrived_at: datetime | None, late: bool, due_on: date | None, tz_name: str
) -> bool | None:
    if kind != "onsite" or arrived_at is None:
        return None
    arrived = to_local(arrived_at, tz_name)
    assert arrived is not None
    return not late and (due_on is None or arrived.date() <= due_on)


_FIELDS = (
    "id",
    "kind",
    "status",
    "customer_name",
    "phone",
    "address",
    "starts_at",
    "ends_at",
    "brand",
    "model",
    "imei",
    "serial",
    "fault",
    "notes",
    "due_on",
    "arrived_at",
    "late",
    "done_at",
    "work_done",
    "signed_by",
    "cancel_reason",
    "outcome",
    "consultation_id",
)


def _info(row: Any, tz: str) -> AppointmentInfo:
    """The DTO of one row of ``_rows_query``: plain columns read by position (the week view
    builds hundreds of these; no ORM objects, no per-name lookups)."""
    values = dict(zip(_FIELDS, row, strict=False))
    engineer, engineer_name, ticket_no = tuple(row)[len(_FIELDS) :]
    starts, ends = _aware(values["starts_at"]), _aware(values["ends_at"])
    values.update(starts_at=starts, ends_at=ends)
    local_start = to_local(starts, tz)
    assert local_start is not None
    return AppointmentInfo(
        **values,
        minutes=int((ends - starts).total_seconds() // 60),
        engineer=engineer,
        engineer_name=engineer_name,
        ticket_no=ticket_no,
        on_time=_on_time(
            values["kind"], values["arrived_at"], values["late"], values["due_on"], tz
        ),
        past_due=slot_past_due(values["due_on"], local_start.date()),
    )


def slot_past_due(due_on: date | None, slot_day: date) -> bool:
    """An on-site slot on a later day than the visit is due by (a warning, not a refusal:
    the customer may choose a later day)."""
    return due_on is not None and slot_day > due_on


_Engineer = aliased(User)


def _rows_query() -> Select:
    return (
        select(
            *(Appointment.__table__.c[name] for name in _FIELDS),
            _Engineer.username,
            _Engineer.display_name,
            Ticket.ticket_no,
        )
        .outerjoin(_Engineer, _Engineer.id == Appointment.engineer_id)
        .outerjoin(Ticket, Ticket.id == Appointment.ticket_id)
    )


def _load(session: Session, appointment_id: int, tz: str) -> AppointmentInfo:
    session.flush()
    row = session.execute(_rows_query().where(Appointment.id == appointment_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No appointment {id}"), id=appointment_id)
    return _info(row, tz)


# -- validation ---------------------------------------------------------------------------
def parse_slot_start(value: str | datetime, tz_name: str) -> datetime:
    """ "YYYY-MM-DD HH:MM" in the store's zone (or an aware datetime) as an aware UTC time."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=zone(tz_name))
        return moment.astimezone(UTC)
    try:
        local = datetime.strptime((value or "").strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError(
            "at",
            QT_TRANSLATE_NOOP("errors", "Time {value}: use YYYY-MM-DD HH:MM"),
            value=value,
        ) from None
    return at_local(local, tz_name, "at").astimezone(UTC)


def _minutes(value: object) -> int:
    try:
        minutes = int(str(value).strip())
    except ValueError:
        minutes = -1
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValidationError(
            "minutes",
            QT_TRANSLATE_NOOP("errors", "Length: {low} to {high} minutes"),
            low=MIN_MINUTES,
            high=MAX_MINUTES,
        )
    return minutes


def _engineer(session: Session, username: str) -> User:
    name = (username or "").strip().lower()
    user = session.scalar(select(User).where(User.username == name))
    if user is None or user.role != "technician" or not user.active:
        raise ValidationError(
            "engineer",
            QT_TRANSLATE_NOOP("errors", "{name} is not a technician"),
            name=username.strip(),
        )
    return user


def find_clash(
    session: Session,
    engineer_id: int,
    starts_at: datetime,
    ends_at: datetime,
    exclude_id: int | None = None,
) -> Appointment | None:
    """The engineer's booking overlapping [starts_at, ends_at), if any: one range scan of
    ix_appointments_engineer_starts (no slot is longer than MAX_MINUTES)."""
    query = select(Appointment).where(
        Appointment.engineer_id == engineer_id,
        Appointment.starts_at > starts_at - timedelta(minutes=MAX_MINUTES),
        Appointment.starts_at < ends_at,
        Appointment.ends_at > starts_at,
        Appointment.status.in_(ACTIVE_APPOINTMENT_STATUSES),
    )
    if exclude_id is not None:
        query = query.where(Appointment.id != exclude_id)
    return session.scalar(query.order_by(Appointment.starts_at).limit(1))


def _refuse_clash(clash: Appointment, tz: str) -> None:
    starts = to_local(clash.starts_at, tz)
    ends = to_local(clash.ends_at, tz)
    assert starts is not None and ends is not None
    raise ValidationError(
        "at",
        QT_TRANSLATE_NOOP(
            "errors",
            "Clashes with appointment {id} ({customer}, {starts}-{ends}) of the same engineer",
        ),
        id=clash.id,
        customer=clash.customer_name,
        starts=starts.strftime("%Y-%m-%d %H:%M"),
        ends=ends.strftime("%H:%M"),
    )


# -- actions ------------------------------------------------------------------------------
def add(db: Database, actor: Actor, data: AppointmentData) -> AppointmentInfo:
    """Book an appointment. Validates name, phone, kind, the slot (not in the past, 15 min to
    12 h), the address of an on-site visit, the engineer (an active technician; required on
    site), no clash with the engineer's other bookings. Clerk or technician."""
    require_role(actor, "clerk", "technician")
    kind = (data.kind or "").strip().lower().replace("-", "")
    if kind not in APPOINTMENT_KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("errors", "Kind {value}: use onsite or dropoff"),
            value=data.kind,
        )
    with db.write() as session:
        settings = settings_service.load_all(session)
        tz = stores.local_zone(session, actor=actor)  # the booking store's
        consultation = None
        if data.consultation_id is not None:
            consultation = _open_consultation(session, data.consultation_id)
        phone = normalize_phone(
            data.phone or (consultation.phone or "" if consultation else ""),
            settings.phone_region,
            accepted=settings.phone_regions,
        )
        name = clean_name(data.name or (consultation.name if consultation else ""))
        customer = intake_service.find_customer_by_phone(session, phone)
        starts_at = parse_slot_start(data.at, tz)
        ends_at = starts_at + timedelta(minutes=_minutes(data.minutes))
        now = utcnow()
        if starts_at < now:
            raise ValidationError(
                "at", QT_TRANSLATE_NOOP("errors", "That slot is in the past; pick a later time")
            )
        # The customer's address on record when none is typed; a typed one is kept on a
        # record that has none yet.
        address = clean_text(
            data.address or (customer.address if customer is not None else ""),
            "address",
            500,
            required=kind == "onsite",
        )
        if customer is not None and address and not customer.address:
            customer.address = address
        engineer = None
        if (data.engineer or "").strip():
            engineer = _engineer(session, data.engineer)
        elif kind == "onsite":
            raise ValidationError(
                "engineer", QT_TRANSLATE_NOOP("errors", "An on-site visit needs an engineer")
            )
        imei = normalize_imei(data.imei) if (data.imei or "").strip() else None
        serial = normalize_serial(data.serial) if (data.serial or "").strip() else None
        brand = clean_text(data.brand, "brand", 50)
        model = clean_text(data.model, "model", 100)
        fault = clean_text(
            data.fault or (consultation.question if consultation else ""), "fault", 2000
        )
        notes = clean_text(data.notes, "notes", 2000)
        if engineer is not None:
            if session.get_bind().dialect.name == "postgresql":
                # Two counters booking the same engineer: the second waits, then sees the first
                # (SQLite writers are already serialised by BEGIN IMMEDIATE).
                session.execute(select(User.id).where(User.id == engineer.id).with_for_update())
            clash = find_clash(session, engineer.id, starts_at, ends_at)
            if clash is not None:
                _refuse_clash(clash, tz)
        local_now = to_local(now, tz)
        assert local_now is not None
        row = Appointment(
            kind=kind,
            status="booked",
            store_id=stores.acting_store_id(session, actor),
            customer_id=customer.id if customer else None,
            customer_name=name,
            phone=phone,
            address=address,
            starts_at=starts_at,
            ends_at=ends_at,
            engineer_id=engineer.id if engineer else None,
            brand=brand,
            model=model,
            imei=imei,
            serial=serial,
            fault=fault,
            notes=notes,
            due_on=onsite_due(local_now.date(), settings) if kind == "onsite" else None,
            late=False,
            work_done="",
            signed_by="",
            cancel_reason="",
            consultation_id=consultation.id if consultation else None,
            created_at=now,
            created_by_id=actor.id,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        audit(session, actor, "appointment_booked", "appointment", row.id, kind)
        return _load(session, row.id, tz)


def _open_consultation(session: Session, consultation_id: int) -> Consultation:
    """The consultation a booking is made from: it exists, and no booking (other than a
    cancelled one) was made from it yet."""
    consultation = session.get(Consultation, consultation_id)
    if consultation is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No consultation {id}"), id=consultation_id)
    booked = session.scalar(
        select(Appointment.id).where(
            Appointment.consultation_id == consultation.id, Appointment.status != "cancelled"
        )
    )
    if booked is not None:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors", "Consultation {id} is already booked as appointment {appointment}"
            ),
            id=consultation.id,
            appointment=booked,
        )
    return consultation


def reschedule(
    db: Database, actor: Actor, appointment_id: int, at: str | datetime, reason: str
) -> AppointmentInfo:
    """Move a booked or confirmed appointment to a new slot of the same length (it needs
    confirming again). The day the visit is due by stays the original one, so the on-time
    figure counts against the first promise. Refused: no reason, a past slot, a clash."""
    require_role(actor, "clerk", "technician")
    text = clean_text(reason, "reason", 500, required=True)
    with db.write() as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No appointment {id}"), id=appointment_id)
        if row.status not in ("booked", "confirmed"):
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors", "Appointment {id} is {current}: only a booking can be moved"
                ),
                id=row.id,
                current=row.status,
            )
        tz = stores.local_zone(session, store_id=row.store_id)
        starts_at = parse_slot_start(at, tz)
        if starts_at < utcnow():
            raise ValidationError(
                "at", QT_TRANSLATE_NOOP("errors", "That slot is in the past; pick a later time")
            )
        ends_at = starts_at + (_aware(row.ends_at) - _aware(row.starts_at))
        if row.engineer_id is not None:
            if session.get_bind().dialect.name == "postgresql":
                session.execute(select(User.id).where(User.id == row.engineer_id).with_for_update())
            clash = find_clash(session, row.engineer_id, starts_at, ends_at, exclude_id=row.id)
            if clash is not None:
                _refuse_clash(clash, tz)
        before = to_local(row.starts_at, tz)
        assert before is not None
        row.starts_at, row.ends_at = starts_at, ends_at
        row.status = "booked"
        row.notes = f"{row.notes}\n{before:%Y-%m-%d %H:%M} -> {text}".strip()[:2000]
        row.updated_at = utcnow()
        audit(session, actor, "appointment_rescheduled", "appointment", row.id, text)
        return _load(session, row.id, tz)


def _get_for(session: Session, appointment_id: int, to_status: str) -> Appointment:
    row = session.get(Appointment, appointment_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No appointment {id}"), id=appointment_id)
    allowed = FROM_STATUSES[to_status]
    if row.status not in allowed:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "errors",
                "Appointment {id} is {current}: it cannot become {status} (only from {allowed})",
            ),
            id=row.id,
            current=row.status,
            status=to_status,
            allowed=", ".join(allowed),
        )
    return row


def _move(
    db: Database, actor: Actor, appointment_id: int, to_status: str, reason: str = ""
) -> AppointmentInfo:
    require_role(actor, "clerk", "technician")
    with db.write() as session:
        row = _get_for(session, appointment_id, to_status)
        tz = stores.local_zone(session, store_id=row.store_id)
        now = utcnow()
        if to_status == "no_show" and now < _aware(row.starts_at):
            raise ValidationError(
                "status",
                QT_TRANSLATE_NOOP(
                    "errors", "Appointment {id} has not begun yet: it cannot be a no-show"
                ),
                id=row.id,
            )
        if to_status == "cancelled":
            row.cancel_reason = clean_text(reason, "reason", 500, required=True)
        if to_status == "arrived":
            row.arrived_at = now
            row.late = now > _aware(row.ends_at)  # later than the slot's end
        row.status = to_status
        row.updated_at = now
        audit(session, actor, f"appointment_{to_status}", "appointment", row.id, reason)
        return _load(session, row.id, tz)


def confirm(db: Database, actor: Actor, appointment_id: int) -> AppointmentInfo:
    """booked -> confirmed (the customer confirmed the time)."""
    return _move(db, actor, appointment_id, "confirmed")


def arrive(db: Database, actor: Actor, appointment_id: int) -> AppointmentInfo:
    """confirmed -> arrived, now; flagged late after the slot's end."""
    return _move(db, actor, appointment_id, "arrived")


def no_show(db: Database, actor: Actor, appointment_id: int) -> AppointmentInfo:
    """booked/confirmed -> no_show, once the slot has begun."""
    return _move(db, actor, appointment_id, "no_show")


def cancel(db: Database, actor: Actor, appointment_id: int, reason: str) -> AppointmentInfo:
    """booked/confirmed -> cancelled; the reason is required."""
    return _move(db, actor, appointment_id, "cancelled", reason)


def done(db: Database, actor: Actor, appointment_id: int, report: VisitReport) -> AppointmentInfo:
    """arrived -> done. On site: one transaction opens the ticket (intake rules: customer and
    device matched, comeback warranty), records the work and the parts used (stock) as an
    approved quote, takes the on-site payment and hands the job over (warranty starts).
    The amount paid must cover the parts and stay within what is owed (nothing under a free
    warranty). A drop-off is linked to the ticket its intake opened, if given."""
    require_role(actor, "clerk", "technician")
    signed_by = clean_text(report.signed_by, "signed_by", 100)
    note = clean_text(report.note, "note", 2000)
    paid = parse_money(report.paid, "amount") if report.paid not in (None, "") else None
    method = payment_service._check_method(report.method) if paid else ""
    parts = [(sku, parse_quantity(qty)) for sku, qty in report.parts]
    with db.write() as session:
        row = _get_for(session, appointment_id, "done")
        tz = stores.local_zone(session, store_id=row.store_id)
        now = utcnow()
        if row.kind == "onsite":
            row.ticket_id = visit_ticket(
                session,
                actor,
                row,
                note,
                paid,
                method,
                parts,
                fixed=report.fixed,
                exclusion=report.exclusion,
            )
            row.outcome = "fixed" if report.fixed else "not_fixed"
        else:
            if paid or parts:
                raise ValidationError(
                    "amount",
                    QT_TRANSLATE_NOOP(
                        "errors", "A drop-off is paid and repaired on its ticket, not here"
                    ),
                )
            if report.ticket_no.strip():
                ticket = session.scalar(
                    select(Ticket).where(Ticket.ticket_no == report.ticket_no.strip().upper())
                )
                if ticket is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP("errors", "No ticket {ticket_no}"),
                        ticket_no=report.ticket_no.strip(),
                    )
                row.ticket_id = ticket.id
        row.status = "done"
        row.done_at = now
        row.work_done = note
        row.signed_by = signed_by
        row.updated_at = now
        audit(session, actor, "appointment_done", "appointment", row.id, note)
        return _load(session, row.id, tz)


def intake_prefill(info: AppointmentInfo) -> intake_service.IntakeData:
    """A drop-off's booking as the intake form's starting values."""
    return intake_service.IntakeData(
        name=info.customer_name,
        phone=info.phone,
        brand=info.brand,
        model=info.model,
        fault=info.fault,
        imei=info.imei or "",
        serial=info.serial or "",
        technician=info.engineer or "",
    )


# -- queries ------------------------------------------------------------------------------
def cover(db: Database, appointment_id: int) -> VisitCover | None:
    """The warranty cover of the booked device on the visit's day (None: no device given),
    decided by the warranty engine as intake will decide it when the visit is done."""
    with db.read() as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No appointment {id}"), id=appointment_id)
        tz = stores.local_zone(session, store_id=row.store_id)
        day = to_local(row.starts_at, tz)
        assert day is not None
        return visit_cover(session, row.imei, row.serial, day.date(), tz)


def get(db: Database, appointment_id: int) -> AppointmentInfo:
    with db.read() as session:
        row = session.get(Appointment, appointment_id)
        tz = stores.local_zone(session, store_id=row.store_id if row is not None else None)
        return _load(session, appointment_id, tz)


def _between(
    session: Session,
    tz: str,
    start: datetime,
    end: datetime,
    engineer: str | None,
    active_only: bool,
) -> list[AppointmentInfo]:
    query = _rows_query().where(Appointment.starts_at >= start, Appointment.starts_at < end)
    if engineer:
        user = session.scalar(select(User).where(User.username == engineer.strip().lower()))
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No user {name}"), name=engineer)
        query = query.where(Appointment.engineer_id == user.id)
    if active_only:
        query = query.where(Appointment.status.in_(ACTIVE_APPOINTMENT_STATUSES))
    rows = session.execute(query.order_by(Appointment.starts_at, Appointment.id)).all()
    return [_info(r, tz) for r in rows]


def between(
    db: Database,
    start: datetime,
    end: datetime,
    engineer: str | None = None,
    *,
    active_only: bool = False,
    actor: Actor | None = None,
) -> list[AppointmentInfo]:
    """Appointments starting in [start, end), by time (a range of ix_appointments_starts_at,
    or of ix_appointments_engineer_starts for one engineer); times in the actor's store's
    zone."""
    with db.read() as session:
        tz = stores.local_zone(session, actor=actor)
        return _between(session, tz, start, end, engineer, active_only)


def day(
    db: Database,
    on: date,
    engineer: str | None = None,
    *,
    active_only: bool = False,
    actor: Actor | None = None,
) -> list[AppointmentInfo]:
    """One local business day's appointments (every engineer's, or one's): the day of the
    actor's store (its time zone; the shop's without an actor)."""
    with db.read() as session:
        tz = stores.local_zone(session, actor=actor)
        start, end = local_day_bounds(on, tz)
        return _between(session, tz, start, end, engineer, active_only)


def week(
    db: Database, monday: date, engineer: str | None = None, *, actor: Actor | None = None
) -> list[AppointmentInfo]:
    """Seven local days (of the actor's store) from ``monday``."""
    with db.read() as session:
        tz = stores.local_zone(session, actor=actor)
        start, _ = local_day_bounds(monday, tz)
        _, end = local_day_bounds(monday + timedelta(days=6), tz)
        return _between(session, tz, start, end, engineer, False)


def engineers(db: Database) -> list[tuple[str, str]]:
    """(username, display name) of every active technician, by name."""
    with db.read() as session:
        rows = session.execute(
            select(User.username, User.display_name)
            .where(User.role == "technician", User.active.is_(True))
            .order_by(User.display_name)
        ).all()
        return [(r[0], r[1]) for r in rows]


# -- assessment ---------------------------------------------------------------------------
@dataclass(frozen=True)
class VisitFigures:
    visits: int  # on-site visits the engineer arrived at in the period
    on_time: int

    @property
    def on_time_pct(self) -> float | None:
        return round(100.0 * self.on_time / self.visits, 1) if self.visits else None


def visit_figures(
    session: Session, start: datetime, end: datetime, tz_name: str
) -> dict[int, VisitFigures]:
    """Per engineer id: on-site visits arrived at in [start, end) and how many were on time."""
    rows = session.scalars(
        select(Appointment).where(
            Appointment.kind == "onsite",
            Appointment.arrived_at >= start,
            Appointment.arrived_at < end,
            Appointment.engineer_id.is_not(None),
        )
    ).all()
    counts: dict[int, list[int]] = {}
    for row in rows:
        assert row.engineer_id is not None
        entry = counts.setdefault(row.engineer_id, [0, 0])
        entry[0] += 1
        entry[1] += 1 if on_time(row, tz_name) else 0
    return {key: VisitFigures(v[0], v[1]) for key, v in counts.items()}


def erase_customer(session: Session, customer_id: int, phone: str | None) -> None:
    """A customer's erasure reaches their bookings: the name, phone, address and signature
    each booking keeps its own copy of (the work and times stay, anonymous). Called inside
    customers.anonymise's transaction."""
    match = Appointment.customer_id == customer_id
    if phone:
        match = or_(match, Appointment.phone == phone)
    session.execute(
        update(Appointment)
        .where(match)
        .values(
            customer_name=f"Anonymised #{customer_id}",
            phone="",
            address="",
            signed_by="",
            updated_at=utcnow(),
        )
    )
