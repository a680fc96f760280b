"""SQLAlchemy 2 declarative models: columns, relationships and indexes only, no logic."""

from counter_app.models.appointment import (
    ACTIVE_APPOINTMENT_STATUSES,
    APPOINTMENT_KINDS,
    APPOINTMENT_STATUSES,
    Appointment,
)
from counter_app.models.base import Base, Money, UTCDateTime
from counter_app.models.device import Device
from counter_app.models.inventory import (
    MOVEMENT_KINDS,
    SELLABLE_KINDS,
    Part,
    Setting,
    StockMovement,
)
from counter_app.models.money_records import (
    DECISION_METHODS,
    LINE_KINDS,
    PAYMENT_KINDS,
    PAYMENT_METHODS,
    QUOTE_STATUSES,
    Payment,
    Quote,
    QuoteLine,
)
from counter_app.models.people import ROLES, AuditEvent, Customer, User
from counter_app.models.ticket import (
    CLOSED_STATUSES,
    EVENT_KINDS,
    OPEN_PREDICATE,
    OPEN_STATUSES,
    PRIORITIES,
    SERVICE_TYPES,
    STATUSES,
    WARRANTY_DECISIONS,
    Ticket,
    TicketCounter,
    TicketEvent,
)

__all__ = [
    "ACTIVE_APPOINTMENT_STATUSES",
    "APPOINTMENT_KINDS",
    "APPOINTMENT_STATUSES",
    "Appointment",
    "AuditEvent",
    "Base",
    "CLOSED_STATUSES",
    "Customer",
    "DECISION_METHODS",
    "Device",
    "EVENT_KINDS",
    "LINE_KINDS",
    "MOVEMENT_KINDS",
    "Money",
    "OPEN_PREDICATE",
    "OPEN_STATUSES",
    "PAYMENT_KINDS",
    "PAYMENT_METHODS",
    "PRIORITIES",
    "Part",
    "Payment",
    "QUOTE_STATUSES",
    "Quote",
    "QuoteLine",
    "ROLES",
    "SELLABLE_KINDS",
    "SERVICE_TYPES",
    "STATUSES",
    "Setting",
    "StockMovement",
    "Ticket",
    "TicketCounter",
    "TicketEvent",
    "UTCDateTime",
    "User",
    "WARRANTY_DECISIONS",
]
