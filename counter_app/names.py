"""Names of the codes the app stores (statuses, service types, priorities, payment methods,
consent methods, roles, condition items and their values): one table each, used by the screens, the printed
papers and the Excel reports.

Qt-free, so counter_app.exporting may use it too: the tables hold English source strings
marked with QT_TRANSLATE_NOOP (lupdate collects them in the "names" context) and are
translated when asked for, by the function given to ``set_translator`` or, if none was
given, by Qt's translator when the running program has loaded Qt (the GUI, the printing
commands); otherwise the English names are returned.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

from counter_app.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
CONTEXT = "names"
_translator: Translate | None = None

STATUSES = {
    "received": QT_TRANSLATE_NOOP("names", "Received"),
    "diagnosing": QT_TRANSLATE_NOOP("names", "Diagnosing"),
    "awaiting_approval": QT_TRANSLATE_NOOP("names", "Awaiting approval"),
    "in_repair": QT_TRANSLATE_NOOP("names", "In repair"),
    "waiting_parts": QT_TRANSLATE_NOOP("names", "Waiting for parts"),
    "quality_check": QT_TRANSLATE_NOOP("names", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("names", "Ready"),
    "declined": QT_TRANSLATE_NOOP("names", "Declined"),
    "collected": QT_TRANSLATE_NOOP("names", "Collected"),
    "cancelled": QT_TRANSLATE_NOOP("names", "Cancelled"),
}
SERVICE_TYPES = {
    "repair": QT_TRANSLATE_NOOP("names", "Repair"),
    "warranty": QT_TRANSLATE_NOOP("names", "Warranty repair"),
    "return_exchange": QT_TRANSLATE_NOOP("names", "Return / exchange"),
    "maintenance": QT_TRANSLATE_NOOP("names", "Maintenance"),
    "consultation": QT_TRANSLATE_NOOP("names", "Consultation"),
}
PRIORITIES = {
    "normal": QT_TRANSLATE_NOOP("names", "Normal"),
    "high": QT_TRANSLATE_NOOP("names", "High"),
    "urgent": QT_TRANSLATE_NOOP("names", "Urgent"),
}
PAYMENT_METHODS = {
    "cash": QT_TRANSLATE_NOOP("names", "Cash"),
    "card": QT_TRANSLATE_NOOP("names", "Card"),
    "wechat_pay": QT_TRANSLATE_NOOP("names", "WeChat Pay"),
    "alipay": QT_TRANSLATE_NOOP("names", "Alipay"),
    "other": QT_TRANSLATE_NOOP("names", "Other"),
}
DECISION_METHODS = {
    "in_person": QT_TRANSLATE_NOOP("names", "In person"),
    "phone": QT_TRANSLATE_NOOP("names", "By phone"),
    "message": QT_TRANSLATE_NOOP("names", "By message"),
}
ROLES = {
    "clerk": QT_TRANSLATE_NOOP("names", "Clerk"),
    "technician": QT_TRANSLATE_NOOP("names", "Technician"),
    "manager": QT_TRANSLATE_NOOP("names", "Manager"),
    "inventory": QT_TRANSLATE_NOOP("names", "Inventory"),
}
CONDITION_ITEMS = {
    "screen": QT_TRANSLATE_NOOP("names", "Screen"),
    "back": QT_TRANSLATE_NOOP("names", "Back"),
    "frame": QT_TRANSLATE_NOOP("names", "Frame"),
    "buttons": QT_TRANSLATE_NOOP("names", "Buttons"),
    "cameras": QT_TRANSLATE_NOOP("names", "Cameras"),
    "charging_port": QT_TRANSLATE_NOOP("names", "Charging port"),
    "water_indicator": QT_TRANSLATE_NOOP("names", "Water indicator"),
    "powers_on": QT_TRANSLATE_NOOP("names", "Powers on"),
}

CONDITION_VALUES = {  # what the clerk found, per condition item ("" = not checked)
    "": QT_TRANSLATE_NOOP("names", "Not checked"),
    "ok": QT_TRANSLATE_NOOP("names", "OK"),
    "scratched": QT_TRANSLATE_NOOP("names", "Scratched"),
    "cracked": QT_TRANSLATE_NOOP("names", "Cracked"),
    "dented": QT_TRANSLATE_NOOP("names", "Dented"),
    "not working": QT_TRANSLATE_NOOP("names", "Not working"),
}

MOVEMENT_KINDS = {  # stock movements of a part
    "received": QT_TRANSLATE_NOOP("names", "Received from supplier"),
    "used": QT_TRANSLATE_NOOP("names", "Used on a ticket"),
    "returned": QT_TRANSLATE_NOOP("names", "Returned from a ticket"),
    "adjusted": QT_TRANSLATE_NOOP("names", "Stock count adjusted"),
    "supplier_return": QT_TRANSLATE_NOOP("names", "Sent back to supplier"),
    "faulty_recovered": QT_TRANSLATE_NOOP("names", "Faulty part recovered"),
    "transfer": QT_TRANSLATE_NOOP("names", "Moved between stores"),
}

BARRIERS = {  # why a device is beyond repair (the ORDS barriers; services/outcomes.py)
    "spare_parts_not_available": QT_TRANSLATE_NOOP("names", "Spare parts not available"),
    "spare_parts_too_expensive": QT_TRANSLATE_NOOP("names", "Repair too expensive"),
    "no_way_to_open": QT_TRANSLATE_NOOP("names", "No way to open the device"),
    "repair_information_not_available": QT_TRANSLATE_NOOP(
        "names", "Repair information not available"
    ),
    "lack_of_equipment": QT_TRANSLATE_NOOP("names", "Lack of equipment"),
    "too_worn_out": QT_TRANSLATE_NOOP("names", "Device too worn out"),
}
OUTCOMES = {"beyond_repair": QT_TRANSLATE_NOOP("names", "Beyond repair")}


def set_translator(translate: Translate | None) -> None:
    """Use ``translate(context, source)`` for every name from now on (None: the default)."""
    global _translator
    _translator = translate


def translate(source: str) -> str:
    if _translator is not None:
        return _translator(CONTEXT, source)
    qt = sys.modules.get("PySide6.QtCore")  # never imported from here: exports stay Qt-free
    if qt is not None:
        return str(qt.QCoreApplication.translate(CONTEXT, source))
    return source


def _name(table: Mapping[str, str], code: str | None) -> str:
    source = table.get(code or "")
    return translate(source) if source is not None else (code or "")


def status_text(status: str) -> str:
    return _name(STATUSES, status)


def service_type_text(service: str) -> str:
    return _name(SERVICE_TYPES, service)


def priority_text(priority: str) -> str:
    return _name(PRIORITIES, priority)


def payment_method_text(method: str) -> str:
    return _name(PAYMENT_METHODS, method)


def decision_method_text(method: str | None) -> str:
    return _name(DECISION_METHODS, method)


def role_text(role: str) -> str:
    return _name(ROLES, role)


def condition_text(item: str) -> str:
    return _name(CONDITION_ITEMS, item)


def condition_value_text(value: str) -> str:
    return _name(CONDITION_VALUES, value)


def movement_kind_text(kind: str) -> str:
    return _name(MOVEMENT_KINDS, kind)


def barrier_text(barrier: str | None) -> str:
    return _name(BARRIERS, barrier)


def outcome_text(outcome: str | None) -> str:
    return _name(OUTCOMES, outcome)
