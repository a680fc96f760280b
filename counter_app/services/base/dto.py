"""Plain frozen dataclasses the services return; safe to keep after the session closes."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar


@dataclass(frozen=True)
class Actor:
    id: int
    username: str
    display_name: str
    role: str
    # The store this PC (or --store) acts for; None: the shop's only store (services/stores/chain.py).
    store_id: int | None = None


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    phone: str | None  # E.164
    phone_masked: str
    email: str | None
    contact_consent: bool
    anonymised: bool
    ticket_count: int = 0
    address: str = ""  # for on-site visits


@dataclass(frozen=True)
class DeviceInfo:
    id: int
    brand: str
    model: str
    colour: str
    imei: str | None
    imei2: str | None
    serial: str | None
    purchase_date: date | None
    purchase_proof: str


@dataclass(frozen=True)
class LineInfo:
    id: int
    kind: str
    sku: str | None
    description: str
    qty: int
    unit_price: Decimal
    line_total: Decimal
    used_qty: int
    exclusion: str | None = None  # not covered by the warranty: charged on a free job


@dataclass(frozen=True)
class QuoteInfo:
    id: int
    seq: int
    status: str
    created_at: datetime
    decided_at: datetime | None
    decision_method: str | None
    lines: tuple[LineInfo, ...]
    total: Decimal


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    kind: str
    method: str
    amount: Decimal
    tendered: Decimal | None
    change: Decimal | None
    refund_of_id: int | None
    reference: str
    at: datetime
    user: str


@dataclass(frozen=True)
class EventInfo:
    at: datetime
    user: str
    kind: str
    from_status: str | None
    to_status: str | None
    note: str  # as the command line prints it: typed text, or a coded note in English
    note_code: str | None = None  # a coded note (names.ticket_event_text shows it)
    note_params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TicketDetail:
    id: int
    ticket_no: str
    status: str
    service_type: str
    priority: str
    customer: CustomerInfo
    device: DeviceInfo
    fault: str
    condition: dict[str, str]
    accessories: str
    passcode: str | None  # None unless the actor may see it
    has_passcode: bool
    promised_at: datetime | None
    technician: str | None
    received_at: datetime
    completed_at: datetime | None
    collected_at: datetime | None
    warranty_decision: str
    warranty_reason: str
    warranty_until: date | None
    is_comeback: bool
    comeback_of: str | None
    purchase_date: date | None
    purchase_proof: str
    waiting_part: str | None
    quotes: tuple[QuoteInfo, ...]
    lines: tuple[LineInfo, ...]  # every line of every quote not declined
    quoted_value: Decimal  # price of those lines before any warranty
    total: Decimal  # what the customer owes in all (0 when the repair is free)
    paid: Decimal
    balance: Decimal
    payments: tuple[PaymentInfo, ...]
    events: tuple[EventInfo, ...]
    allowed_next: tuple[str, ...]
    version: int
    overdue: bool
    # The warranty engine's decision (services/warranty/engine.py), as codes to render.
    warranty_item: str = "handset"
    warranty_kind: str | None = None
    warranty_code: str = ""
    warranty_params: dict[str, str] = field(default_factory=dict)
    warranty_ends: date | None = None
    warranty_exclusion: str | None = None
    purchase_price: Decimal | None = None
    return_outcome: str | None = None
    exchange_imei: str | None = None
    exchange_offered: bool = False
    failed_repairs: int = 0
    # The store the ticket belongs to; read_only: the actor does not work there (a ticket of
    # another store of the chain is shown, never changed).
    store: str = ""
    store_name: str = ""
    read_only: bool = False
    # Beyond repair (services/tickets/outcomes.py): the outcome code, the ORDS barrier key, the fee.
    outcome: str | None = None
    outcome_barrier: str | None = None
    outcome_fee: Decimal | None = None
    # The cause the technician found (确认故障原因); the production date (no proof of purchase).
    diagnosed_cause: str | None = None
    production_date: date | None = None


@dataclass(frozen=True)
class TicketSummary:
    id: int
    ticket_no: str
    status: str
    service_type: str
    priority: str
    customer_name: str
    phone_masked: str
    brand: str
    model: str
    fault: str
    technician: str | None
    received_at: datetime
    promised_at: datetime | None
    overdue: bool
    is_comeback: bool
    version: int


@dataclass(frozen=True)
class HistoryEntry:
    ticket_no: str
    status: str
    service_type: str
    received_at: datetime
    collected_at: datetime | None
    fault: str
    parts: tuple[str, ...]
    total: Decimal
    warranty_decision: str
    warranty_until: date | None
    is_comeback: bool
    customer_name: str


@dataclass(frozen=True)
class DeviceHistory:
    device: DeviceInfo
    owner: CustomerInfo | None
    entries: tuple[HistoryEntry, ...]
    under_repair_warranty: HistoryEntry | None = None  # the ticket whose warranty still runs
    open_ticket: str | None = None
    replaced_by_imei: str | None = None  # exchanged under warranty for this device


@dataclass(frozen=True)
class IntakeResult:
    ticket_no: str
    ticket_id: int
    customer_id: int
    device_id: int
    customer_reused: bool
    device_reused: bool
    is_comeback: bool
    comeback_of: str | None
    warranty_decision: str
    warranty_reason: str
    messages: tuple[str, ...] = field(default_factory=tuple)
    warranty_kind: str | None = None
    warranty_code: str = ""
    warranty_params: dict[str, str] = field(default_factory=dict)
    warranty_ends: date | None = None
    exchange_offered: bool = False


def to_jsonable(value: Any) -> Any:
    """Dataclasses, Decimals and datetimes as JSON-friendly values (Decimal as a string)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


_D = TypeVar("_D")


def many(cls: type[_D], rows: Iterable[Sequence[Any]]) -> list[_D]:
    """Instances of the frozen dataclass ``cls`` from rows holding its fields in order, for
    bulk reads (a page of the job board): the same objects ``cls(*row)`` makes (equal,
    hashable, still frozen), without the frozen ``__init__``'s one ``object.__setattr__``
    per field (3.5 µs for 16 fields against 1 µs). Only for classes without defaults that
    compute, ``__post_init__`` or ``__slots__``."""
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    new = object.__new__
    made = []
    for row in rows:
        obj = new(cls)
        obj.__dict__.update(zip(names, row, strict=True))
        made.append(obj)
    return made
