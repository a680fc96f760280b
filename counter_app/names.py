"""Names of the codes the app stores (statuses, service types, priorities, payment methods,
consent methods, roles, condition items and their values, and the after-care codes:
feedback classes, complaint channels, severities and states, follow-up reasons and
outcomes): one table each, used by the screens, the printed
papers and the Excel reports.

Qt-free, so counter_app.exporting may use it too: the tables hold English source strings
marked with QT_TRANSLATE_NOOP (lupdate collects them in the "names" context) and are
translated when asked for, by the function given to ``set_translator`` or, if none was
given, by Qt's translator when the running program has loaded Qt (the GUI, the printing
commands); otherwise the English names are returned.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

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
    "octopus": QT_TRANSLATE_NOOP("names", "Octopus"),
    "fps": QT_TRANSLATE_NOOP("names", "FPS"),
    "payme": QT_TRANSLATE_NOOP("names", "PayMe"),
    "alipay_hk": QT_TRANSLATE_NOOP("names", "AlipayHK"),
    "unionpay": QT_TRANSLATE_NOOP("names", "UnionPay"),
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

# After-care (issue 13): the six feedback classes of the monthly assessment, as the report
# keys them, and the codes of complaints and follow-up calls.
FEEDBACK_CLASSES = {
    "satisfied": QT_TRANSLATE_NOOP("names", "Satisfied"),
    "dissatisfied_at_followup": QT_TRANSLATE_NOOP("names", "Dissatisfied at follow-up"),
    "complaint_by_phone": QT_TRANSLATE_NOOP("names", "Complaint by phone"),
    "not_fixed_first_time": QT_TRANSLATE_NOOP("names", "Not fixed the first time"),
    "not_fixed_several_times": QT_TRANSLATE_NOOP("names", "Not fixed several times"),
    "staff_attitude": QT_TRANSLATE_NOOP("names", "Unhappy with staff attitude"),
}
COMPLAINT_CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("names", "Phone"),
    "counter": QT_TRANSLATE_NOOP("names", "At the counter"),
    "message": QT_TRANSLATE_NOOP("names", "Message"),
    "online_review": QT_TRANSLATE_NOOP("names", "Online review"),
}
SEVERITIES = {
    "normal": QT_TRANSLATE_NOOP("names", "Normal"),
    "serious": QT_TRANSLATE_NOOP("names", "Serious"),
}
COMPLAINT_STATES = {
    "open": QT_TRANSLATE_NOOP("names", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("names", "In progress"),
    "resolved": QT_TRANSLATE_NOOP("names", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("names", "Closed"),
}
FOLLOWUP_REASONS = {
    "after_collection": QT_TRANSLATE_NOOP("names", "After collection"),
    "first_service": QT_TRANSLATE_NOOP("names", "First month"),
    "quarterly": QT_TRANSLATE_NOOP("names", "Quarterly"),
    "callback": QT_TRANSLATE_NOOP("names", "Callback"),
}
CALLBACK_STATES = {  # a consultation's callback
    "due": QT_TRANSLATE_NOOP("names", "Callback due"),
    "retry": QT_TRANSLATE_NOOP("names", "Try again"),
    "done": QT_TRANSLATE_NOOP("names", "Called back"),
    "unreachable": QT_TRANSLATE_NOOP("names", "Unreachable"),
}
CALL_OUTCOMES = {  # a follow-up call on the ticket's timeline
    "done": QT_TRANSLATE_NOOP("names", "Reached"),
    "retry": QT_TRANSLATE_NOOP("names", "Not reached, try again"),
    "unreachable": QT_TRANSLATE_NOOP("names", "Not reached, unreachable"),
}
COMPLAINT_EVENT = QT_TRANSLATE_NOOP("names", "Complaint {id}: {state} ({kind})")
BARRIERS = {  # why a device is beyond repair (the ORDS barriers; services/tickets/outcomes.py)
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


def role_worked_as_text(role: str, worked_as: str) -> str:
    """A person's role, and the capacity a report counts them in when it is another one:
    "Manager (as Clerk)" for the manager's intakes, never "Clerk" alone."""
    if worked_as in ("", role):
        return role_text(role)
    template = translate(QT_TRANSLATE_NOOP("names", "{role} (as {capacity})"))
    return template.format(role=role_text(role), capacity=role_text(worked_as))


def condition_text(item: str) -> str:
    return _name(CONDITION_ITEMS, item)


def condition_value_text(value: str) -> str:
    return _name(CONDITION_VALUES, value)


def movement_kind_text(kind: str) -> str:
    return _name(MOVEMENT_KINDS, kind)


def feedback_class_text(name: str | None) -> str:
    return _name(FEEDBACK_CLASSES, name)


def channel_text(channel: str) -> str:
    return _name(COMPLAINT_CHANNELS, channel)


def severity_text(severity: str) -> str:
    return _name(SEVERITIES, severity)


def complaint_state_text(state: str) -> str:
    return _name(COMPLAINT_STATES, state)


def followup_reason_text(reason: str) -> str:
    return _name(FOLLOWUP_REASONS, reason)


def callback_state_text(state: str | None) -> str:
    return _name(CALLBACK_STATES, state)


def aftercare_note_text(kind: str, note: str) -> str:
    """A ticket timeline's follow-up or complaint line in words (the services store JSON)."""
    try:
        data = json.loads(note)
    except ValueError:
        return note
    if not isinstance(data, dict):
        return note
    if kind == "followup":
        parts = [
            followup_reason_text(data.get("reason", "")),
            _name(CALL_OUTCOMES, data.get("state", "")),
        ]
        if data.get("satisfaction"):
            parts.append(f"{data['satisfaction']}/5")
        if data.get("class"):
            parts.append(feedback_class_text(data["class"]))
        if data.get("comment"):
            parts.append(data["comment"])
        return " · ".join(p for p in parts if p)
    if kind == "complaint":
        return translate(COMPLAINT_EVENT).format(
            id=data.get("id", ""),
            state=complaint_state_text(data.get("state", "")),
            kind=feedback_class_text(data.get("class")),
        )
    return note


def barrier_text(barrier: str | None) -> str:
    return _name(BARRIERS, barrier)


def outcome_text(outcome: str | None) -> str:
    return _name(OUTCOMES, outcome)


# --- The warranty engine's words: codes to English source strings (context "warranty"),
# translated by the caller's ``tr`` (QCoreApplication.translate) or left English.

WARRANTY_CONTEXT = "warranty"
WARRANTY_KIND_TEXT = {
    "return_window": QT_TRANSLATE_NOOP("warranty", "Return period"),
    "exchange_window": QT_TRANSLATE_NOOP("warranty", "Exchange period"),
    "manufacturer": QT_TRANSLATE_NOOP("warranty", "Manufacturer warranty"),
    "repair_warranty": QT_TRANSLATE_NOOP("warranty", "Our repair warranty"),
    "out_of_warranty": QT_TRANSLATE_NOOP("warranty", "Out of warranty"),
}
WARRANTY_REASON_TEXT = {
    "return_window": QT_TRANSLATE_NOOP(
        "warranty", "Bought on {bought}: return, exchange or repair until {until}"
    ),
    "exchange_window": QT_TRANSLATE_NOOP(
        "warranty", "Bought on {bought}: exchange or repair until {until}"
    ),
    "manufacturer": QT_TRANSLATE_NOOP(
        "warranty", "Bought on {bought}: the {item} is under warranty until {until}"
    ),
    "comeback": QT_TRANSLATE_NOOP(
        "warranty",
        "Comeback of {ticket}: under our repair warranty until {until}; free if the "
        "technician confirms the same fault",
    ),
    "comeback_same_fault": QT_TRANSLATE_NOOP(
        "warranty", "Comeback of {ticket} with the same fault: free until {until}"
    ),
    "comeback_other_fault": QT_TRANSLATE_NOOP(
        "warranty", "Comeback of {ticket} with a different fault: a paid repair"
    ),
    "warranty_ended": QT_TRANSLATE_NOOP("warranty", "The {item}'s warranty ended on {until}"),
    "no_proof": QT_TRANSLATE_NOOP(
        "warranty", "No proof of purchase: the warranty cannot be established"
    ),
    "no_purchase_date": QT_TRANSLATE_NOOP("warranty", "No purchase date: paid unless decided"),
    "production_date": QT_TRANSLATE_NOOP(
        "warranty",
        "No proof of purchase: made on {made}, the {item} is under warranty from {from} "
        "until {until}",
    ),
    "production_ended": QT_TRANSLATE_NOOP(
        "warranty",
        "No proof of purchase: made on {made}, the {item}'s warranty counted from {from} "
        "ended on {until}",
    ),
    "excluded": QT_TRANSLATE_NOOP("warranty", "Not covered: {exclusion}"),
    "technician": QT_TRANSLATE_NOOP("warranty", "Decided by the technician"),
    "consultation": QT_TRANSLATE_NOOP("warranty", "Consultation: no charge"),
}
WARRANTY_ITEM_TEXT = {
    "handset": QT_TRANSLATE_NOOP("warranty", "phone"),
    "battery": QT_TRANSLATE_NOOP("warranty", "battery"),
    "charger": QT_TRANSLATE_NOOP("warranty", "charger"),
    "headset": QT_TRANSLATE_NOOP("warranty", "wired headset"),
    "memory_card": QT_TRANSLATE_NOOP("warranty", "memory card"),
}
EXCLUSION_TEXT = {
    "drop_impact": QT_TRANSLATE_NOOP("warranty", "drop or impact damage"),
    "liquid": QT_TRANSLATE_NOOP("warranty", "liquid damage"),
    "opened_elsewhere": QT_TRANSLATE_NOOP("warranty", "opened or modified elsewhere"),
    "seal_tampered": QT_TRANSLATE_NOOP("warranty", "seal or label tampered"),
    "non_original_part": QT_TRANSLATE_NOOP("warranty", "non-original part"),
    "no_proof": QT_TRANSLATE_NOOP("warranty", "no proof of purchase"),
    "other": QT_TRANSLATE_NOOP("warranty", "other"),
}
EXCHANGE_OFFER_TEXT = QT_TRANSLATE_NOOP(
    "warranty", "{count} failed repairs of the same fault under warranty: offer an exchange"
)


def untranslated(context: str, text: str) -> str:
    return text


def warranty_kind_text(kind: str, tr: Translate = untranslated) -> str:
    return tr(WARRANTY_CONTEXT, WARRANTY_KIND_TEXT.get(kind, kind))


def exclusion_text(kind: str, tr: Translate = untranslated) -> str:
    return tr(WARRANTY_CONTEXT, EXCLUSION_TEXT.get(kind, kind))


def warranty_reason_text(code: str, params: dict[str, str], tr: Translate = untranslated) -> str:
    """A reason code with its parameters, in words (English unless ``tr`` translates)."""
    template = WARRANTY_REASON_TEXT.get(code)
    if template is None:
        return code
    values = dict(params)
    if "item" in values:
        values["item"] = tr(
            WARRANTY_CONTEXT, WARRANTY_ITEM_TEXT.get(values["item"], values["item"])
        )
    if "exclusion" in values:
        values["exclusion"] = exclusion_text(values["exclusion"], tr)
    try:
        return tr(WARRANTY_CONTEXT, template).format(**values)
    except (KeyError, IndexError):
        return tr(WARRANTY_CONTEXT, template)


def exchange_offer_text(count: int, tr: Translate = untranslated) -> str:
    return tr(WARRANTY_CONTEXT, EXCHANGE_OFFER_TEXT).format(count=count)


SETTLEMENT_TEXT = {
    "free": QT_TRANSLATE_NOOP("warranty", "Free of charge"),
    "paid": QT_TRANSLATE_NOOP("warranty", "Paid repair"),
    "undecided": QT_TRANSLATE_NOOP("warranty", "Warranty to be decided after diagnosis"),
}
# Codes that say why a paid job is not covered (shown after "Paid repair").
# The handset's cover counted from its production date (no proof of purchase).
PRODUCTION_CODES = ("production_date", "production_ended")
NOT_COVERED_CODES = (
    "excluded",
    "comeback_other_fault",
    "warranty_ended",
    "no_proof",
    "production_ended",
)


def settlement_text(
    decision: str, code: str, params: dict[str, str], tr: Translate = untranslated
) -> str:
    """The line screens and papers print: free and why, or paid (and why not covered)."""
    head = tr(WARRANTY_CONTEXT, SETTLEMENT_TEXT.get(decision, decision))
    if decision == "free" and code:
        return f"{head}: {warranty_reason_text(code, params, tr)}"
    if decision == "paid" and code in NOT_COVERED_CODES:
        return f"{head}: {warranty_reason_text(code, params, tr)}"
    return head


def warranty_text(
    kind: str, code: str, params: dict[str, str], tr: Translate = untranslated
) -> str:
    """ "Kind: reason" for screens and papers."""
    return f"{warranty_kind_text(kind, tr)}: {warranty_reason_text(code, params, tr)}"


# --- A ticket event's note: a code and its parameters (ticket_events.note_code and
# .note_params, JSON), or free text a person typed (ticket_events.note). The English a code
# reads on the command line and in the JSON (``event_note_plain``) is what the services
# wrote as text before the codes; the screens and the papers show ``event_note_text``: the
# words of the "events" context (or the warranty's) in the reader's language.

EVENTS_CONTEXT = "events"
# Fixed notes: the code and its English source (also what the command line prints).
FIXED_EVENT_NOTES = {
    # status changes
    "approved": QT_TRANSLATE_NOOP("events", "approved"),
    "advice_given": QT_TRANSLATE_NOOP("events", "Advice given"),
    "quote_sent": QT_TRANSLATE_NOOP("events", "Quote sent"),
    "customer_declined": QT_TRANSLATE_NOOP("events", "Customer declined"),
    "reassembled": QT_TRANSLATE_NOOP("events", "Reassembled, no repair"),
    "part_ordered": QT_TRANSLATE_NOOP("events", "Part ordered"),
    "part_arrived": QT_TRANSLATE_NOOP("events", "Part arrived"),
    "tested_ok": QT_TRANSLATE_NOOP("events", "Tested OK"),
    "taken_back": QT_TRANSLATE_NOOP("events", "Customer took the device back"),
    "refunded_kept": QT_TRANSLATE_NOOP("events", "Refunded: the device stays"),
    "exchanged_new": QT_TRANSLATE_NOOP("events", "Exchanged for a new device"),
    "no_fault_found": QT_TRANSLATE_NOOP("events", "No fault found"),
    "on_site": QT_TRANSLATE_NOOP("events", "On site"),
    # returns
    "return_repair": QT_TRANSLATE_NOOP("events", "repair under warranty"),
    "return_no_fault": QT_TRANSLATE_NOOP("events", "no fault found: returned as is"),
    # consent given at an on-site visit
    "consent_on_site": QT_TRANSLATE_NOOP("events", "in_person (on site)"),
    # warranty reasons (comeback notes and the ticket's reason)
    "same_fault": QT_TRANSLATE_NOOP("events", "Same fault"),
    "handset_warranty": QT_TRANSLATE_NOOP("events", "Within the handset warranty"),
    "liquid_damage": QT_TRANSLATE_NOOP("events", "Liquid damage"),
    "out_of_warranty": QT_TRANSLATE_NOOP("events", "Out of warranty"),
    # an on-site visit that did not fix the device (the status change)
    "not_fixed_on_site": QT_TRANSLATE_NOOP("events", "Not fixed on site"),
}
_FIXED_BY_TEXT = {text: code for code, text in FIXED_EVENT_NOTES.items()}
PAYMENT_KINDS = {
    "deposit": QT_TRANSLATE_NOOP("events", "Deposit"),
    "final": QT_TRANSLATE_NOOP("events", "Final payment"),
    "refund": QT_TRANSLATE_NOOP("events", "Refund"),
}
QUOTE_STATUSES = {  # a quote's answer (shown beside its lines)
    "pending": QT_TRANSLATE_NOOP("events", "Awaiting the customer's answer"),
    "approved": QT_TRANSLATE_NOOP("events", "Approved"),
    "declined": QT_TRANSLATE_NOOP("events", "Declined"),
}
# Coded notes with parameters: code -> (English as the command line prints it, the words
# shown on the screens; None: spelled out below).
EVENT_NOTE_SHAPES: dict[str, tuple[str, str | None]] = {
    "payment": (
        "{kind} {method} {amount}",
        QT_TRANSLATE_NOOP("events", "{kind}, {method}: {amount}"),
    ),
    "payment_no_method": ("{kind} {amount}", QT_TRANSLATE_NOOP("events", "{kind}: {amount}")),
    "refund": (
        "{method} {amount}: {reason}",
        QT_TRANSLATE_NOOP("events", "Refund {amount}, {method}: {reason}"),
    ),
    "return_refund": (
        "refund {method} {amount}",
        QT_TRANSLATE_NOOP("events", "Refund {amount}, {method}"),
    ),
    "return_exchange": (
        "exchange -> {imei}",
        QT_TRANSLATE_NOOP("events", "Exchanged for the device {imei}"),
    ),
    "line_paid": (
        "{line}: paid ({exclusion}): {reason}",
        QT_TRANSLATE_NOOP("events", "{line}: paid ({exclusion}): {reason}"),
    ),
    "settlement": ("{decision}: {reason}", None),
    "settlement_excluded": ("{decision} ({exclusion}): {reason}", None),
    "recovered": (
        "faulty {part} ×{qty} recovered",
        QT_TRANSLATE_NOOP("events", "Faulty part recovered: {part} ×{qty}"),
    ),
    "decision": ("{method}", None),  # how the customer consented ("phone")
    "message": (  # a message sent to the customer (kind, channel, outcome: codes)
        "{kind} · {channel} · {outcome}",
        QT_TRANSLATE_NOOP("events", "Message “{kind}” by {channel}: {outcome}"),
    ),
    "notice_message": (  # a message counted as a notice that the device waits
        "message · {channel}",
        QT_TRANSLATE_NOOP("events", "Notice sent as a message ({channel})"),
    ),
    "loaner_out": (
        "out {imei} · {deposit}",
        QT_TRANSLATE_NOOP("events", "Loaner {imei} lent, deposit {deposit}"),
    ),
    "loaner_back": ("back {imei}", QT_TRANSLATE_NOOP("events", "Loaner {imei} returned")),
    "promise": (  # before: local "YYYY-MM-DD HH:MM" or "—"; reason: typed
        "{before} -> {after}: {reason}",
        QT_TRANSLATE_NOOP("events", "Promised time {before} → {after}: {reason}"),
    ),
    "claim": (
        "claim {id}: {sku} -> {supplier}",
        QT_TRANSLATE_NOOP("events", "Supplier claim {id}: {sku} → {supplier}"),
    ),
    "part_qty": ("{sku} {name} ×{qty}", None),  # a part used on (returned from) the ticket
    "quote_line_qty": ("{line} × {qty}", None),  # lines an on-site visit wrote
    "quote_line_price": ("{line} @ {price}", None),
    "quote_line": ("{line} × {qty} @ {price} = {total}", None),
    "not_fixed": (  # typed: the engineer's note ("" reads "Not fixed on site:")
        "Not fixed on site: {note}",
        QT_TRANSLATE_NOOP("events", "Not fixed on site: {note}"),
    ),
    "paid_excluded": ("paid: {exclusion}", QT_TRANSLATE_NOOP("events", "Paid: {exclusion}")),
    "barrier": ("{key}", None),  # why a device is beyond repair (names.BARRIERS)
    # the after-care lines (params: the services' dict, in its order; the command line
    # prints it as JSON, as they stored it before the codes)
    "followup": ("", None),
    "complaint": ("", None),
    "warranty": ("", None),  # the warranty engine's "Kind: reason" (params: kind, reason, params)
    "exchange_offer": ("", None),  # the engine's exchange offer (params: count)
}
_SETTLEMENT_EXCLUDED = QT_TRANSLATE_NOOP("events", "{decision} ({exclusion})")
AFTERCARE_CODES = ("followup", "complaint")
MESSAGE_KIND_NAMES = {  # the message screen's names for them (ui/pages/customer_reach.py)
    "ready": QT_TRANSLATE_NOOP("CustomerReach", "Ready for pickup"),
    "quote": QT_TRANSLATE_NOOP("CustomerReach", "Quote to approve"),
    "uncollected": QT_TRANSLATE_NOOP("CustomerReach", "Uncollected notice"),
    "followup": QT_TRANSLATE_NOOP("CustomerReach", "Follow-up"),
    "maintenance": QT_TRANSLATE_NOOP("CustomerReach", "Maintenance reminder"),
}
MESSAGE_OUTCOME_NAMES = {
    "sent": QT_TRANSLATE_NOOP("events", "Sent"),
    "failed": QT_TRANSLATE_NOOP("events", "Failed"),
}


@dataclass(frozen=True)
class EventNote:
    """A coded note for ``add_event``: ``code`` (FIXED_EVENT_NOTES or EVENT_NOTE_SHAPES) and
    its parameters (JSON-able; amounts as the text printed, "900.00")."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def params_json(self) -> str | None:
        if not self.params:
            return None
        ordered = self.code in AFTERCARE_CODES  # printed as this JSON: keeps its order
        return json.dumps(dict(self.params), ensure_ascii=False, sort_keys=not ordered)


def event_note(code: str, **params: Any) -> EventNote:
    if code not in FIXED_EVENT_NOTES and code not in EVENT_NOTE_SHAPES:
        raise KeyError(code)
    return EventNote(code, params)


def fixed_note(text: str) -> EventNote | str:
    """A fixed English note (``QT_TRANSLATE_NOOP("events", ...)`` above) as its code; any
    other text as is."""
    code = _FIXED_BY_TEXT.get(text)
    return EventNote(code) if code is not None else text


def _tr(context: str, source: str) -> str:
    if _translator is not None:
        return _translator(context, source)
    qt = sys.modules.get("PySide6.QtCore")  # never imported from here: exports stay Qt-free
    if qt is not None:
        return str(qt.QCoreApplication.translate(context, source))
    return source


def event_text(source: str) -> str:
    """A fixed note's English source in the reader's language; other text as is."""
    return _tr(EVENTS_CONTEXT, source) if source in _FIXED_BY_TEXT else source


def payment_kind_text(kind: str) -> str:
    source = PAYMENT_KINDS.get(kind)
    return _tr(EVENTS_CONTEXT, source) if source else kind


def quote_status_text(status: str) -> str:
    source = QUOTE_STATUSES.get(status)
    return _tr(EVENTS_CONTEXT, source) if source else status


def load_note_params(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def event_note_plain(code: str, params: Mapping[str, Any]) -> str:
    """A coded note in the English the command line and the JSON print."""
    if code in FIXED_EVENT_NOTES:
        return FIXED_EVENT_NOTES[code]
    if code == "warranty":
        return warranty_text(
            params.get("kind", ""), params.get("reason", ""), params.get("params") or {}
        )
    if code == "exchange_offer":
        return exchange_offer_text(int(params.get("count", 0)))
    if code in AFTERCARE_CODES:
        return json.dumps(dict(params), ensure_ascii=False)
    if code == "not_fixed":
        return f"Not fixed on site: {params.get('note', '')}".strip()[:2000]
    shape = EVENT_NOTE_SHAPES.get(code)
    if shape is None:
        return code
    try:
        return shape[0].format(**params)
    except (KeyError, IndexError):
        return code


def event_note_text(code: str, params: Mapping[str, Any]) -> str:
    """A coded note in the reader's language (the screens, the papers)."""
    if code in FIXED_EVENT_NOTES:
        return _tr(EVENTS_CONTEXT, FIXED_EVENT_NOTES[code])
    if code == "decision":
        return decision_method_text(params.get("method"))
    if code == "warranty":
        reason = params.get("params") or {}
        return warranty_text(params.get("kind", ""), params.get("reason", ""), reason, _tr)
    if code == "exchange_offer":
        return exchange_offer_text(int(params.get("count", 0)), _tr)
    if code in AFTERCARE_CODES:
        return aftercare_note_text(code, json.dumps(dict(params), ensure_ascii=False))
    if code == "barrier":
        return barrier_text(str(params.get("key", "")))
    if code == "not_fixed" and not params.get("note"):
        return _tr(EVENTS_CONTEXT, FIXED_EVENT_NOTES["not_fixed_on_site"])
    if code == "message":
        kind, outcome = str(params.get("kind", "")), str(params.get("outcome", ""))
        kind_name = MESSAGE_KIND_NAMES.get(kind)
        outcome_name = MESSAGE_OUTCOME_NAMES.get(outcome)
        return _tr(EVENTS_CONTEXT, EVENT_NOTE_SHAPES["message"][1] or "").format(
            kind=_tr("CustomerReach", kind_name) if kind_name else kind,
            channel=params.get("channel", ""),
            outcome=_tr(EVENTS_CONTEXT, outcome_name) if outcome_name else outcome,
        )
    values = dict(params)
    if "kind" in values:
        values["kind"] = payment_kind_text(values["kind"])
    if "method" in values:
        values["method"] = payment_method_text(values["method"])
    if code in ("settlement", "settlement_excluded"):
        head = _tr(WARRANTY_CONTEXT, SETTLEMENT_TEXT.get(values["decision"], values["decision"]))
        if code == "settlement_excluded":
            head = _tr(EVENTS_CONTEXT, _SETTLEMENT_EXCLUDED).format(
                decision=head, exclusion=exclusion_text(values.get("exclusion", ""), _tr)
            )
        return f"{head}: {event_text(str(values.get('reason', '')))}"
    if "exclusion" in values:
        values["exclusion"] = exclusion_text(values["exclusion"], _tr)
    shape = EVENT_NOTE_SHAPES.get(code)
    if shape is None or shape[1] is None:
        return event_note_plain(code, params)
    try:
        return _tr(EVENTS_CONTEXT, shape[1]).format(**values)
    except (KeyError, IndexError):
        return event_note_plain(code, params)


def ticket_event_text(kind: str, note: str, code: str | None, params: Mapping[str, Any]) -> str:
    """A ticket history line's note as the reader should see it: a coded note in words,
    the after-care lines (JSON) and a barrier (its key) by their names, typed text as is."""
    if code:
        return event_note_text(code, params)
    if kind in ("followup", "complaint"):  # the after-care services store these as JSON
        return aftercare_note_text(kind, note)
    if kind == "beyond_repair":  # the barrier's key: its name
        return barrier_text(note)
    return note
