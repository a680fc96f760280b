"""How values look on screen: translated names, money, local times (store time zone)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from counter_app.money import format_money
from counter_app.timeutil import to_local

_TZ = {"name": "Asia/Shanghai", "currency": "CNY"}


def configure(time_zone: str, currency: str) -> None:
    """Called once the shop's settings are known (main window start)."""
    _TZ["name"], _TZ["currency"] = time_zone, currency


def _t(text: str) -> str:
    return QCoreApplication.translate("format", text)


def status_text(status: str) -> str:
    names = {
        "received": _t("Received"),
        "diagnosing": _t("Diagnosing"),
        "awaiting_approval": _t("Awaiting approval"),
        "in_repair": _t("In repair"),
        "waiting_parts": _t("Waiting for parts"),
        "quality_check": _t("Quality check"),
        "ready": _t("Ready"),
        "declined": _t("Declined"),
        "collected": _t("Collected"),
        "cancelled": _t("Cancelled"),
    }
    return names.get(status, status)


def service_type_text(service: str) -> str:
    names = {
        "repair": _t("Repair"),
        "warranty": _t("Warranty repair"),
        "return_exchange": _t("Return / exchange"),
        "maintenance": _t("Maintenance"),
        "consultation": _t("Consultation"),
    }
    return names.get(service, service)


def priority_text(priority: str) -> str:
    return {"normal": _t("Normal"), "high": _t("High"), "urgent": _t("Urgent")}.get(
        priority, priority
    )


def payment_method_text(method: str) -> str:
    names = {
        "cash": _t("Cash"),
        "card": _t("Card"),
        "wechat_pay": _t("WeChat Pay"),
        "alipay": _t("Alipay"),
        "other": _t("Other"),
    }
    return names.get(method, method)


def decision_method_text(method: str | None) -> str:
    names = {"in_person": _t("In person"), "phone": _t("By phone"), "message": _t("By message")}
    return names.get(method or "", method or "")


def event_text(kind: str) -> str:
    names = {
        "created": _t("Taken in"),
        "status": _t("Status"),
        "note": _t("Note"),
        "assigned": _t("Assigned"),
        "quote_line": _t("Quote line"),
        "quote_line_removed": _t("Line removed"),
        "quote_approved": _t("Quote approved"),
        "quote_declined": _t("Quote declined"),
        "payment": _t("Payment"),
        "refund": _t("Refund"),
        "part_used": _t("Part used"),
        "part_returned": _t("Part returned"),
        "warranty": _t("Warranty decision"),
        "comeback": _t("Comeback"),
        "edited": _t("Edited"),
    }
    return names.get(kind, kind)


def warranty_text(decision: str) -> str:
    return {
        "free": _t("Free (warranty)"),
        "paid": _t("Paid"),
        "undecided": _t("To be decided"),
    }.get(decision, decision)


def role_text(role: str) -> str:
    return {
        "clerk": _t("Clerk"),
        "technician": _t("Technician"),
        "manager": _t("Manager"),
        "inventory": _t("Inventory"),
    }.get(role, role)


def money_text(amount: Decimal | None) -> str:
    return "" if amount is None else format_money(amount, _TZ["currency"])


def local_time_text(moment: datetime | None) -> str:
    local = to_local(moment, _TZ["name"])
    return "" if local is None else local.strftime("%Y-%m-%d %H:%M")


def local_date_text(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def local_datetime(moment: datetime | None) -> datetime | None:
    return to_local(moment, _TZ["name"])
