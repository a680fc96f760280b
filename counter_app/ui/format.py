"""How values look on screen: translated names, money, local times (store time zone)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from counter_app.money import format_money
from counter_app.names import PAYMENT_METHODS as PAYMENT_METHOD_NAMES
from counter_app.names import (  # noqa: F401 - the screens' names come from one table
    condition_text,
    decision_method_text,
    payment_method_text,
    priority_text,
    role_text,
    service_type_text,
    status_text,
)
from counter_app.timeutil import to_local

_TZ = {"name": "Asia/Shanghai", "currency": "CNY"}


def configure(time_zone: str, currency: str) -> None:
    """Called once the shop's settings are known (main window start)."""
    _TZ["name"], _TZ["currency"] = time_zone, currency


_OFFERED: dict[str, tuple[str, ...]] = {"methods": ()}


def configure_methods(methods: tuple[str, ...]) -> None:
    """The payment methods the counter offers (the payment_methods setting), known once the
    shop's settings are read (main window start, settings saved)."""
    _OFFERED["methods"] = methods


def payment_methods() -> tuple[str, ...]:
    """What the screens' method lists offer: the shop's choice, else every method."""
    return _OFFERED["methods"] or tuple(PAYMENT_METHOD_NAMES)


def time_zone() -> str:
    return _TZ["name"]


def event_text(kind: str) -> str:
    names = {
        "created": QCoreApplication.translate("format", "Taken in"),
        "status": QCoreApplication.translate("format", "Status"),
        "note": QCoreApplication.translate("format", "Note"),
        "assigned": QCoreApplication.translate("format", "Assigned"),
        "quote_line": QCoreApplication.translate("format", "Quote line"),
        "quote_line_removed": QCoreApplication.translate("format", "Line removed"),
        "quote_approved": QCoreApplication.translate("format", "Quote approved"),
        "quote_declined": QCoreApplication.translate("format", "Quote declined"),
        "payment": QCoreApplication.translate("format", "Payment"),
        "refund": QCoreApplication.translate("format", "Refund"),
        "part_used": QCoreApplication.translate("format", "Part used"),
        "part_returned": QCoreApplication.translate("format", "Part returned"),
        "warranty": QCoreApplication.translate("format", "Warranty decision"),
        "comeback": QCoreApplication.translate("format", "Comeback"),
        "edited": QCoreApplication.translate("format", "Edited"),
        "followup": QCoreApplication.translate("format", "Follow-up call"),
        "complaint": QCoreApplication.translate("format", "Complaint"),
        "beyond_repair": QCoreApplication.translate("format", "Beyond repair"),
        "message": QCoreApplication.translate("format", "Message to customer"),
        "loaner": QCoreApplication.translate("format", "Loaner phone"),
        "diagnosis": QCoreApplication.translate("format", "Cause found"),
        "notice": QCoreApplication.translate("format", "Collection notice"),
    }
    return names.get(kind, kind)


def money_text(amount: Decimal | None) -> str:
    return "" if amount is None else format_money(amount, _TZ["currency"])


def local_time_text(moment: datetime | None) -> str:
    local = to_local(moment, _TZ["name"])
    return "" if local is None else local.strftime("%Y-%m-%d %H:%M")


def local_date_text(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def local_datetime(moment: datetime | None) -> datetime | None:
    return to_local(moment, _TZ["name"])


def action_text(status: str) -> str:
    """The button that moves a ticket to ``status``, as a verb."""
    names = {
        "diagnosing": QCoreApplication.translate("format", "Start diagnosis"),
        "awaiting_approval": QCoreApplication.translate("format", "Send quote to customer"),
        "in_repair": QCoreApplication.translate("format", "Start repair"),
        "waiting_parts": QCoreApplication.translate("format", "Wait for parts"),
        "quality_check": QCoreApplication.translate("format", "To quality check"),
        "ready": QCoreApplication.translate("format", "Ready for collection"),
        "collected": QCoreApplication.translate("format", "Hand over to customer"),
        "cancelled": QCoreApplication.translate("format", "Cancel ticket"),
    }
    return names.get(status, status_text(status))
