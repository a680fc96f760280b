"""Intake: find or create the customer and the device, open the ticket, flag comebacks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counter_app import names
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, InvalidFields, ValidationError
from counter_app.models import PRIORITIES, SERVICE_TYPES, Customer, Device, Store, Ticket, User
from counter_app.money import parse_money
from counter_app.services.base.common import add_event, audit, require_role, require_works_at
from counter_app.services.base.dto import Actor, IntakeResult
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.services.tickets.numbering import next_ticket_no
from counter_app.services.tickets.promise import default_promise
from counter_app.services.warranty import engine as warranty
from counter_app.services.warranty import records as warranty_records
from counter_app.timeutil import to_local, utcnow
from counter_app.validation import (
    clean_email,
    clean_name,
    clean_text,
    national_digits,
    normalize_imei,
    normalize_phone,
    normalize_serial,
)

CONDITION_ITEMS = (
    "screen",
    "back",
    "frame",
    "buttons",
    "cameras",
    "charging_port",
    "water_indicator",
    "powers_on",
)


@dataclass
class IntakeData:
    """What the clerk fills in at the counter (raw; the service validates it)."""

    name: str
    phone: str
    brand: str
    model: str
    fault: str = ""
    imei: str = ""
    imei2: str = ""
    serial: str = ""
    colour: str = ""
    service_type: str = "repair"
    email: str = ""
    condition: dict[str, str] = field(default_factory=dict)
    accessories: str = ""
    passcode: str = ""
    priority: str = "normal"
    promised_at: datetime | None = None
    purchase_date: date | None = None
    purchase_proof: str = ""
    production_date: date | None = None  # no proof of purchase: the warranty counts from it
    technician: str = ""  # username
    contact_consent: bool = True
    item: str = "handset"  # what the warranty is asked for (services/warranty/engine.py ITEMS)
    purchase_price: object | None = None


@dataclass(frozen=True)
class CleanIntake:
    name: str
    phone: str
    brand: str
    model: str
    fault: str
    imei: str | None
    imei2: str | None
    serial: str | None
    colour: str
    service_type: str
    email: str | None
    condition: dict[str, str]
    accessories: str
    passcode: str | None
    priority: str
    promised_at: datetime | None
    purchase_date: date | None
    purchase_proof: str
    production_date: date | None
    technician: str | None
    contact_consent: bool
    item: str
    purchase_price: Decimal | None


class _Errors:
    """The bad fields found so far, so every one is reported at once."""

    def __init__(self) -> None:
        self.found: list[ValidationError] = []

    def check(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except ValidationError as exc:
            self.found.append(exc)
            return None

    def add(self, field_name: str, message: str, **params: Any) -> None:
        self.found.append(ValidationError(field_name, message, **params))


def validate(
    data: IntakeData, settings: ShopSettings, today: date, *, require_identifier: bool = True
) -> CleanIntake:
    """Check every field and report every bad one at once: raises the ValidationError of
    the only bad field, or InvalidFields listing them all (in form order, the first one's
    message as its own), so a form can mark each field and a CLI print one line.
    ``require_identifier=False``: a device seen on site may have no IMEI or serial."""
    errors = _Errors()
    check = errors.check
    required = set(settings.intake_required_fields)
    phone = check(
        normalize_phone, data.phone, settings.phone_region, "phone", settings.phone_regions
    )
    name = check(clean_name, data.name)
    email = check(clean_email, data.email, "email" in required)
    imei, imei2, serial = _check_identifiers(errors, data, require_identifier)
    brand = check(clean_text, data.brand, "brand", 50, True)
    model = check(clean_text, data.model, "model", 100, True)
    colour = check(clean_text, data.colour, "colour", 50, "colour" in required)
    service_type = _check_choice(
        errors,
        data.service_type,
        "repair",
        SERVICE_TYPES,
        "service_type",
        QT_TRANSLATE_NOOP("errors", "Unknown service type {value}; use one of: {allowed}"),
    )
    fault_required = "fault" in required and service_type != "maintenance"
    fault = check(clean_text, data.fault, "fault", 2000, fault_required)
    condition = _check_condition(errors, data, required)
    accessories = check(clean_text, data.accessories, "accessories", 500, "accessories" in required)
    passcode = check(clean_text, data.passcode, "passcode", 50, "passcode" in required) or None
    priority = _check_choice(
        errors,
        data.priority,
        "normal",
        PRIORITIES,
        "priority",
        QT_TRANSLATE_NOOP("errors", "Unknown priority {value}; use one of: {allowed}"),
    )
    promised_at = data.promised_at
    if promised_at is not None and promised_at.tzinfo is None:
        errors.add("promised_at", QT_TRANSLATE_NOOP("errors", "Promised time: give a time zone"))
    if "promised_at" in required and promised_at is None:
        errors.add("promised_at", QT_TRANSLATE_NOOP("errors", "Promised time: required"))
    purchase_date, purchase_proof = _check_purchase(errors, data, settings, service_type, today)
    if data.production_date is not None and data.production_date > today:
        errors.add(
            "production_date",
            QT_TRANSLATE_NOOP("errors", "Production date: cannot be in the future"),
        )
    item = _check_choice(
        errors,
        data.item,
        "handset",
        warranty.ITEMS,
        "item",
        QT_TRANSLATE_NOOP("errors", "Unknown item {value}; use one of: {allowed}"),
    )
    purchase_price = None
    if data.purchase_price not in (None, ""):
        purchase_price = check(parse_money, data.purchase_price, "purchase_price")
    if len(errors.found) == 1:
        raise errors.found[0]
    if errors.found:
        raise InvalidFields(errors.found)
    return CleanIntake(
        name=name,
        phone=phone,
        brand=brand,
        model=model,
        fault=fault,
        imei=imei,
        imei2=imei2,
        serial=serial,
        colour=colour,
        service_type=service_type,
        email=email,
        condition=condition,
        accessories=accessories,
        passcode=passcode,
        priority=priority,
        promised_at=promised_at,
        purchase_date=purchase_date,
        purchase_proof=purchase_proof,
        production_date=data.production_date,
        technician=(data.technician or "").strip().lower() or None,
        contact_consent=data.contact_consent,
        item=item,
        purchase_price=purchase_price,
    )


def _check_choice(
    errors: _Errors,
    value: str,
    default: str,
    allowed: tuple[str, ...],
    field_name: str,
    message: str,
) -> str:
    chosen = (value or default).strip().lower()
    if chosen not in allowed:
        errors.add(field_name, message, value=value, allowed=", ".join(allowed))
    return chosen


def _check_identifiers(
    errors: _Errors, data: IntakeData, require_identifier: bool
) -> tuple[str | None, str | None, str | None]:
    imei = errors.check(normalize_imei, data.imei) if data.imei.strip() else None
    imei2 = errors.check(normalize_imei, data.imei2, "imei2") if data.imei2.strip() else None
    serial = errors.check(normalize_serial, data.serial) if data.serial.strip() else None
    if not data.imei.strip() and not data.serial.strip() and require_identifier:
        errors.add("imei", QT_TRANSLATE_NOOP("errors", "Enter the IMEI or the serial number"))
    if imei2 is not None and imei2 == imei:
        errors.add("imei2", QT_TRANSLATE_NOOP("errors", "The second IMEI repeats the first one"))
    return imei, imei2, serial


def _check_condition(errors: _Errors, data: IntakeData, required: set[str]) -> dict[str, str]:
    unknown = sorted(set(data.condition) - set(CONDITION_ITEMS))
    if unknown:
        errors.add(
            "condition",
            QT_TRANSLATE_NOOP("errors", "Unknown condition items: {items}"),
            items=", ".join(unknown),
        )
    condition = {
        k: errors.check(clean_text, v, "condition", 200) for k, v in data.condition.items()
    }
    if "condition" in required and not condition:
        errors.add("condition", QT_TRANSLATE_NOOP("errors", "Record the device's condition"))
    return condition


def _check_purchase(
    errors: _Errors,
    data: IntakeData,
    settings: ShopSettings,
    service_type: str,
    today: date,
) -> tuple[date | None, str]:
    purchase_date = data.purchase_date
    if purchase_date is not None and purchase_date > today:
        errors.add(
            "purchase_date", QT_TRANSLATE_NOOP("errors", "Purchase date: cannot be in the future")
        )
    purchase_proof = errors.check(clean_text, data.purchase_proof, "purchase_proof", 100)
    if service_type != "return_exchange":
        return purchase_date, purchase_proof
    if purchase_date is None or not purchase_proof:
        errors.add(
            "purchase_date",
            QT_TRANSLATE_NOOP(
                "errors",
                "A return or exchange needs the purchase date and the invoice or receipt number",
            ),
        )
        return purchase_date, purchase_proof
    ends = warranty.exchange_until(purchase_date, warranty.Policy.from_settings(settings))
    if today > ends:
        errors.add(
            "purchase_date",
            QT_TRANSLATE_NOOP(
                "errors",
                "Bought on {bought}: the exchange period ended on {until}; take "
                "it in as a warranty repair",
            ),
            bought=purchase_date.isoformat(),
            until=ends.isoformat(),
        )
    return purchase_date, purchase_proof


def find_device(session: Session, imei: str | None, serial: str | None) -> Device | None:
    if imei:
        device = session.scalar(
            select(Device).where(or_(Device.imei == imei, Device.imei2 == imei)).limit(1)
        )
        if device is not None:
            return device
    if serial:
        return session.scalar(select(Device).where(Device.serial == serial))
    return None


def find_customer_by_phone(session: Session, phone_e164: str) -> Customer | None:
    return session.scalar(
        select(Customer).where(Customer.phone == phone_e164).order_by(Customer.id).limit(1)
    )


def phone_reversed(phone_e164: str, national: str | None = None) -> str:
    """The national digits reversed (searched by tail); ``national`` when already known."""
    return (national if national is not None else national_digits(phone_e164))[::-1]


def take_in(db: Database, actor: Actor, data: IntakeData) -> IntakeResult:
    """Take a device in: one transaction creating (or reusing) customer and device, the
    ticket with its number and first event, and the comeback/warranty decision.

    Validates every field (ValidationError); clerk or manager only (NotAllowed).
    """
    require_role(actor, "clerk")
    with db.write() as session:
        settings = settings_service.load_all(session)
        store = stores.acting_store(session, actor)
        require_works_at(session, actor, store.id)
        now = utcnow()
        local_now = to_local(now, stores.store_time_zone(session, store))
        assert local_now is not None
        clean = validate(data, settings, local_now.date())
        technician_id = None
        if clean.technician:
            tech = session.scalar(select(User).where(User.username == clean.technician))
            if tech is None or tech.role not in ("technician", "manager"):
                raise ValidationError(
                    "technician",
                    QT_TRANSLATE_NOOP("errors", "No technician {name}"),
                    name=clean.technician,
                )
            technician_id = tech.id
        return _create(session, actor, clean, settings, now, local_now, technician_id, store)


def open_ticket_in(
    session: Session, actor: Actor, data: IntakeData, technician_id: int | None
) -> IntakeResult:
    """Intake inside the caller's transaction, for work done away from the counter (an
    on-site visit): the same validation, customer/device matching and warranty rules as
    ``take_in``, but the device may have no IMEI or serial. The caller checks permissions."""
    settings = settings_service.load_all(session)
    store = stores.acting_store(session, actor)
    require_works_at(session, actor, store.id)
    now = utcnow()
    local_now = to_local(now, stores.store_time_zone(session, store))
    assert local_now is not None
    clean = validate(data, settings, local_now.date(), require_identifier=False)
    return _create(session, actor, clean, settings, now, local_now, technician_id, store)


def _create(
    session: Session,
    actor: Actor,
    clean: CleanIntake,
    settings: ShopSettings,
    now: datetime,
    local_now: datetime,
    technician_id: int | None,
    store: Store,
) -> IntakeResult:
    messages: list[str] = []
    customer = find_customer_by_phone(session, clean.phone)
    customer_reused = customer is not None
    if customer is None:
        customer = Customer(
            name=clean.name,
            phone=clean.phone,
            phone_reversed=phone_reversed(clean.phone),
            email=clean.email,
            notes="",
            contact_consent=clean.contact_consent,
            created_at=now,
        )
        session.add(customer)
        session.flush()
        audit(session, actor, "customer_created", "customer", customer.id)
    elif clean.email and not customer.email:
        customer.email = clean.email

    device = find_device(session, clean.imei, clean.serial)
    device_reused = device is not None
    if device is None:
        device = Device(
            brand=clean.brand,
            model=clean.model,
            colour=clean.colour,
            imei=clean.imei,
            imei2=clean.imei2,
            serial=clean.serial,
            purchase_date=clean.purchase_date,
            purchase_proof=clean.purchase_proof,
            production_date=clean.production_date,
            owner_id=customer.id,
            created_at=now,
        )
        session.add(device)
        session.flush()
    else:
        device.owner_id = customer.id
        if clean.imei2 and not device.imei2:
            device.imei2 = clean.imei2
        if clean.colour and not device.colour:
            device.colour = clean.colour
        if clean.purchase_date and not device.purchase_date:
            device.purchase_date = clean.purchase_date
            device.purchase_proof = clean.purchase_proof
        if clean.production_date and not device.production_date:
            device.production_date = clean.production_date

    decision = warranty_records.decide_for_device(
        session,
        settings,
        device,
        local_now.date(),
        tz_name=str(local_now.tzinfo),
        item=clean.item,
        purchase_date=clean.purchase_date,
        proof=clean.purchase_proof,
        production_date=clean.production_date,
    )
    settle = settle_at_intake(clean.service_type, decision)
    promised_at = clean.promised_at or default_promise(settings, clean.priority, now)
    ticket = Ticket(
        ticket_no=next_ticket_no(session, local_now, store.id, store.ticket_prefix),
        store_id=store.id,
        service_type=clean.service_type,
        status="received",
        customer_id=customer.id,
        device_id=device.id,
        fault=clean.fault,
        condition=json.dumps(clean.condition, ensure_ascii=False),
        accessories=clean.accessories,
        passcode=clean.passcode,
        priority=clean.priority,
        promised_at=promised_at,
        technician_id=technician_id,
        created_by_id=actor.id,
        received_at=now,
        warranty_decision=settle,
        warranty_reason="",
        warranty_item=clean.item,
        is_comeback=decision.is_comeback,
        comeback_of_id=decision.comeback_of_id,
        purchase_date=clean.purchase_date or device.purchase_date,
        purchase_proof=clean.purchase_proof or device.purchase_proof,
        purchase_price=clean.purchase_price,
        production_date=clean.production_date or device.production_date,
        updated_at=now,
    )
    if clean.service_type == "consultation":
        ticket.warranty_code = "consultation"
    else:
        warranty_records.store(ticket, decision)
    session.add(ticket)
    session.flush()
    add_event(session, ticket, actor, "created", clean.fault, to_status="received")
    reason = warranty.describe(decision)
    if decision.is_comeback:
        coded = names.event_note(
            "warranty", kind=decision.kind, reason=decision.code, params=decision.params_dict()
        )
        add_event(session, ticket, actor, "comeback", coded)
        messages.append(reason)
    if decision.exchange_offered:
        offer = names.exchange_offer_text(decision.failed_repairs)
        add_event(
            session,
            ticket,
            actor,
            "note",
            names.event_note("exchange_offer", count=decision.failed_repairs),
        )
        messages.append(offer)
    return IntakeResult(
        ticket_no=ticket.ticket_no,
        ticket_id=ticket.id,
        customer_id=customer.id,
        device_id=device.id,
        customer_reused=customer_reused,
        device_reused=device_reused,
        is_comeback=decision.is_comeback,
        comeback_of=decision.comeback_of,
        warranty_decision=settle,
        warranty_reason=reason,
        messages=tuple(messages),
        warranty_kind=decision.kind,
        warranty_code=decision.code,
        warranty_params=decision.params_dict(),
        warranty_ends=decision.ends_on,
        exchange_offered=decision.exchange_offered,
    )


def settle_at_intake(service_type: str, decision: warranty.Decision) -> str:
    """Free / paid / undecided as the ticket starts: a warranty or return job is free when
    covered and paid when not; a comeback waits for the technician to confirm the same
    fault; other repairs are decided after diagnosis (a consultation costs nothing)."""
    if service_type == "consultation":
        return "free"
    if decision.is_comeback:
        return "undecided"
    if service_type in ("warranty", "return_exchange"):
        return "free" if decision.covered else "paid"
    return "undecided"
