"""Tickets (jobs) and their append-only event history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Money, UTCDateTime, partial_index

SERVICE_TYPES = ("repair", "warranty", "return_exchange", "maintenance", "consultation")
STATUSES = (
    "received",
    "diagnosing",
    "awaiting_approval",
    "in_repair",
    "waiting_parts",
    "quality_check",
    "ready",
    "declined",
    "collected",
    "cancelled",
)
CLOSED_STATUSES = ("collected", "cancelled")
OPEN_STATUSES = tuple(s for s in STATUSES if s not in CLOSED_STATUSES)
PRIORITIES = ("normal", "high", "urgent")
WARRANTY_DECISIONS = ("undecided", "free", "paid")
# How a job ended when it did not end in a repair (None: the ordinary outcome).
OUTCOMES = ("beyond_repair",)
# Why a device could not be repaired: the barriers of the Open Repair Data Standard v0.3
# (exporting/ords.py writes their ORDS wording; names.py their labels).
BARRIERS = (
    "spare_parts_not_available",
    "spare_parts_too_expensive",
    "no_way_to_open",
    "repair_information_not_available",
    "lack_of_equipment",
    "too_worn_out",
)

# The predicate of the partial "open tickets" index; queries must repeat it verbatim.
OPEN_PREDICATE = "status NOT IN ('collected', 'cancelled')"
# The job board's order (紧急情况优先): urgent, then high, then the rest, each by promised
# time. Indexed (ix_tickets_open_board) for the open tickets; queries repeat it verbatim.
BOARD_RANK = "(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END)"


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_no: Mapped[str] = mapped_column(String(20), unique=True)
    # Nullable in the schema only (SQLite cannot add a NOT NULL FK column): always set.
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), nullable=True)
    service_type: Mapped[str] = mapped_column(String(20))
    # Denormalised from the latest status event, kept in step in the same transaction.
    status: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"))
    fault: Mapped[str] = mapped_column(Text)
    condition: Mapped[str] = mapped_column(Text, default="{}")  # JSON: item -> ok/damaged/note
    accessories: Mapped[str] = mapped_column(Text, default="")
    passcode: Mapped[str | None] = mapped_column(String(50))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    promised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # reached "ready"
    collected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    warranty_decision: Mapped[str] = mapped_column(String(10), default="undecided")
    warranty_reason: Mapped[str] = mapped_column(Text, default="")
    warranty_until: Mapped[date | None] = mapped_column(Date)  # our repair warranty's end
    is_comeback: Mapped[bool] = mapped_column(Boolean, default=False)
    comeback_of_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    purchase_date: Mapped[date | None] = mapped_column(Date)
    purchase_proof: Mapped[str] = mapped_column(String(100), default="")
    # The warranty engine's decision (services/warranty/engine.py): codes, not sentences.
    warranty_item: Mapped[str] = mapped_column(String(20), default="handset")
    warranty_kind: Mapped[str | None] = mapped_column(String(20))
    warranty_code: Mapped[str] = mapped_column(String(40), default="")
    warranty_params: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    warranty_ends: Mapped[date | None] = mapped_column(Date)  # end of the cover decided
    warranty_exclusion: Mapped[str | None] = mapped_column(String(30))
    purchase_price: Mapped[Decimal | None] = mapped_column(Money)
    return_outcome: Mapped[str | None] = mapped_column(String(20))
    exchange_device_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))
    waiting_part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"))
    # Beyond repair (services/tickets/outcomes.py): the outcome, its barrier, the fee then charged.
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_barrier: Mapped[str | None] = mapped_column(String(40))
    outcome_fee: Mapped[Decimal | None] = mapped_column(Money)
    # The cause the technician found (确认故障原因), beside the customer's words in ``fault``.
    diagnosed_cause: Mapped[str | None] = mapped_column(Text)
    # No proof of purchase: the handset warranty counts from the production date.
    production_date: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}

    __table_args__ = (
        Index("ix_tickets_device_received", "device_id", "received_at"),
        Index("ix_tickets_customer_id", "customer_id"),
        Index("ix_tickets_status_promised", "status", "promised_at"),
        partial_index("ix_tickets_open_promised", "promised_at", "id", where=OPEN_PREDICATE),
        partial_index(
            "ix_tickets_open_board", text(BOARD_RANK), "promised_at", "id", where=OPEN_PREDICATE
        ),
        Index("ix_tickets_technician_status", "technician_id", "status"),
        Index("ix_tickets_received_at", "received_at"),
        Index("ix_tickets_completed_at", "completed_at"),
        Index("ix_tickets_collected_at", "collected_at"),
        Index("ix_tickets_comeback_of_id", "comeback_of_id"),
        Index("ix_tickets_store_received", "store_id", "received_at"),
    )


EVENT_KINDS = (
    "created",
    "status",
    "note",
    "assigned",
    "quote_line",
    "quote_line_removed",
    "quote_approved",
    "quote_declined",
    "payment",
    "refund",
    "part_used",
    "part_returned",
    "warranty",
    "comeback",
    "edited",
    "followup",
    "complaint",
    "promise",
    "return",
    "beyond_repair",
    "message",
    "loaner",
    "diagnosis",
    "notice",
)


class TicketEvent(Base):
    """One line of a ticket's history; never updated, never deleted."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")  # free text a person typed
    # A note the app writes: its code (names.FIXED_EVENT_NOTES, names.EVENT_NOTE_SHAPES)
    # and parameters (JSON, keys sorted); shown through names.ticket_event_text.
    note_code: Mapped[str | None] = mapped_column(String(40))
    note_params: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_ticket_events_ticket_id", "ticket_id", "id"),
        Index("ix_ticket_events_at_kind", "at", "kind"),
        Index("ix_ticket_events_user_at", "user_id", "at"),
    )


class TicketCounter(Base):
    """The last sequence number handed out per store and day key; one atomic upsert per intake."""

    __tablename__ = "ticket_counters"

    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
    day_key: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)
