"""Translated names of the codes the app stores (statuses, service types, payment methods,
condition items, roles...): one table each, used by the screens and the printed papers.

QtCore only, like counter_app.i18n, so both counter_app.printing and counter_app.ui use it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_text(status: str) -> str:
    names = {
        "received": QCoreApplication.translate("names", "Received"),
        "diagnosing": QCoreApplication.translate("names", "Diagnosing"),
        "awaiting_approval": QCoreApplication.translate("names", "Awaiting approval"),
        "in_repair": QCoreApplication.translate("names", "In repair"),
        "waiting_parts": QCoreApplication.translate("names", "Waiting for parts"),
        "quality_check": QCoreApplication.translate("names", "Quality check"),
        "ready": QCoreApplication.translate("names", "Ready"),
        "declined": QCoreApplication.translate("names", "Declined"),
        "collected": QCoreApplication.translate("names", "Collected"),
        "cancelled": QCoreApplication.translate("names", "Cancelled"),
    }
    return names.get(status, status)


def service_type_text(service: str) -> str:
    names = {
        "repair": QCoreApplication.translate("names", "Repair"),
        "warranty": QCoreApplication.translate("names", "Warranty repair"),
        "return_exchange": QCoreApplication.translate("names", "Return / exchange"),
        "maintenance": QCoreApplication.translate("names", "Maintenance"),
        "consultation": QCoreApplication.translate("names", "Consultation"),
    }
    return names.get(service, service)


def priority_text(priority: str) -> str:
    return {
        "normal": QCoreApplication.translate("names", "Normal"),
        "high": QCoreApplication.translate("names", "High"),
        "urgent": QCoreApplication.translate("names", "Urgent"),
    }.get(priority, priority)


def payment_method_text(method: str) -> str:
    names = {
        "cash": QCoreApplication.translate("names", "Cash"),
        "card": QCoreApplication.translate("names", "Card"),
        "wechat_pay": QCoreApplication.translate("names", "WeChat Pay"),
        "alipay": QCoreApplication.translate("names", "Alipay"),
        "other": QCoreApplication.translate("names", "Other"),
    }
    return names.get(method, method)


def decision_method_text(method: str | None) -> str:
    names = {
        "in_person": QCoreApplication.translate("names", "In person"),
        "phone": QCoreApplication.translate("names", "By phone"),
        "message": QCoreApplication.translate("names", "By message"),
    }
    return names.get(method or "", method or "")


def role_text(role: str) -> str:
    return {
        "clerk": QCoreApplication.translate("names", "Clerk"),
        "technician": QCoreApplication.translate("names", "Technician"),
        "manager": QCoreApplication.translate("names", "Manager"),
        "inventory": QCoreApplication.translate("names", "Inventory"),
    }.get(role, role)


def condition_text(item: str) -> str:
    names = {
        "screen": QCoreApplication.translate("names", "Screen"),
        "back": QCoreApplication.translate("names", "Back"),
        "frame": QCoreApplication.translate("names", "Frame"),
        "buttons": QCoreApplication.translate("names", "Buttons"),
        "cameras": QCoreApplication.translate("names", "Cameras"),
        "charging_port": QCoreApplication.translate("names", "Charging port"),
        "water_indicator": QCoreApplication.translate("names", "Water indicator"),
        "powers_on": QCoreApplication.translate("names", "Powers on"),
    }
    return names.get(item, item)
