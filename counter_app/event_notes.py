"""A ticket history line's note in the reader's language.

The services (and the demo) write a ticket event's note either as free text the user typed,
which is shown as typed, or as one of the fixed English source strings below, marked with
``QT_TRANSLATE_NOOP("events", ...)``, or in one of a few fixed shapes made of codes
("deposit cash 100.00"). The note is stored as written, so the CLI and the JSON keep their
English; the timeline, the history and the papers call ``note_text`` which translates a
fixed note by its source text and spells a coded one out in words. Rows written before
this module existed read translated too: nothing is migrated.

Qt-free (the printed papers and the exports may use it): like ``counter_app.names`` it
translates with Qt's translator when the running program has loaded Qt, else reads English.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from functools import cache

from counter_app import names
from counter_app.errors import QT_TRANSLATE_NOOP
from counter_app.names import DECISION_METHODS, PAYMENT_METHODS

CONTEXT = "events"

# Notes the services and the demo write word for word.
FIXED_NOTES = frozenset(
    {
        # status changes
        QT_TRANSLATE_NOOP("events", "approved"),
        QT_TRANSLATE_NOOP("events", "Advice given"),
        QT_TRANSLATE_NOOP("events", "Quote sent"),
        QT_TRANSLATE_NOOP("events", "Customer declined"),
        QT_TRANSLATE_NOOP("events", "Reassembled, no repair"),
        QT_TRANSLATE_NOOP("events", "Part ordered"),
        QT_TRANSLATE_NOOP("events", "Part arrived"),
        QT_TRANSLATE_NOOP("events", "Tested OK"),
        QT_TRANSLATE_NOOP("events", "Customer took the device back"),
        QT_TRANSLATE_NOOP("events", "Refunded: the device stays"),
        QT_TRANSLATE_NOOP("events", "Exchanged for a new device"),
        QT_TRANSLATE_NOOP("events", "No fault found"),
        QT_TRANSLATE_NOOP("events", "On site"),
        # returns
        QT_TRANSLATE_NOOP("events", "repair under warranty"),
        QT_TRANSLATE_NOOP("events", "no fault found: returned as is"),
        # consent given at an on-site visit
        QT_TRANSLATE_NOOP("events", "in_person (on site)"),
        # warranty reasons (comeback notes and the ticket's reason)
        QT_TRANSLATE_NOOP("events", "Same fault"),
        QT_TRANSLATE_NOOP("events", "Within the handset warranty"),
        QT_TRANSLATE_NOOP("events", "Liquid damage"),
        QT_TRANSLATE_NOOP("events", "Out of warranty"),
    }
)

PAYMENT_KINDS = {
    "deposit": QT_TRANSLATE_NOOP("events", "Deposit"),
    "final": QT_TRANSLATE_NOOP("events", "Final payment"),
    "refund": QT_TRANSLATE_NOOP("events", "Refund"),
}
# Settlements and exclusions are named by the warranty's words (names.py, context "warranty").
SETTLEMENTS = names.SETTLEMENT_TEXT
EXCLUSIONS = names.EXCLUSION_TEXT

QUOTE_STATUSES = {  # a quote's answer (shown beside its lines)
    "pending": QT_TRANSLATE_NOOP("events", "Awaiting the customer's answer"),
    "approved": QT_TRANSLATE_NOOP("events", "Approved"),
    "declined": QT_TRANSLATE_NOOP("events", "Declined"),
}

_AMOUNT = r"-?\d+(?:\.\d+)?"
_METHOD = "|".join(PAYMENT_METHODS)
_PAY_KIND = "|".join(PAYMENT_KINDS)
_SETTLE = "|".join(SETTLEMENTS)
_EXCLUDE = "|".join(EXCLUSIONS)


def translated(source: str, context: str = CONTEXT) -> str:
    """``source`` in the current language (the "events" context unless told)."""
    qt = sys.modules.get("PySide6.QtCore")  # never imported from here: exports stay Qt-free
    if qt is not None:
        return str(qt.QCoreApplication.translate(context, source))
    return source


def _in_context(context: str, source: str) -> str:
    return translated(source, context)


def _template_pattern(template: str) -> str:
    """A warranty wording template as a pattern: its {item} and {exclusion} match their
    English names, any other parameter some text."""
    parts = re.split(r"\{(\w+)\}", template)
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(re.escape(part))
        elif part == "item":
            out.append(
                "(?P<item>" + "|".join(map(re.escape, names.WARRANTY_ITEM_TEXT.values())) + ")"
            )
        elif part == "exclusion":
            names_ = names.EXCLUSION_TEXT.values()
            out.append("(?P<exclusion>" + "|".join(map(re.escape, names_)) + ")")
        else:
            out.append(f"(?P<{part}>.+?)")
    return "".join(out)


@cache
def _warranty_sentences() -> list[tuple[re.Pattern[str], str | None, str]]:
    """(pattern, kind code or None, reason code) for "Kind: reason" (a comeback's note) and
    for the exchange offer, as the warranty engine words them in English."""
    found: list[tuple[re.Pattern[str], str | None, str]] = []
    for code, template in names.WARRANTY_REASON_TEXT.items():
        for kind, kind_source in names.WARRANTY_KIND_TEXT.items():
            pattern = re.escape(kind_source) + ": " + _template_pattern(template)
            found.append((re.compile(pattern, re.S), kind, code))
    return found


def _warranty_sentence(text: str) -> str | None:
    offer = re.fullmatch(
        _template_pattern(names.EXCHANGE_OFFER_TEXT).replace("(?P<count>.+?)", r"(?P<count>\d+)"),
        text,
    )
    if offer:
        return names.exchange_offer_text(int(offer["count"]), _in_context)
    for pattern, kind, code in _warranty_sentences():
        match = pattern.fullmatch(text)
        if match:
            params = match.groupdict()
            if params.get("item"):
                params["item"] = _code_of(names.WARRANTY_ITEM_TEXT, params["item"])
            if params.get("exclusion"):
                params["exclusion"] = _code_of(names.EXCLUSION_TEXT, params["exclusion"])
            reason = names.warranty_reason_text(code, params, _in_context)
            return f"{names.warranty_kind_text(kind or '', _in_context)}: {reason}"
    return None


def _code_of(table: dict[str, str], english: str) -> str:
    return next((code for code, name in table.items() if name == english), english)


def payment_kind_text(kind: str) -> str:
    source = PAYMENT_KINDS.get(kind)
    return translated(source) if source else kind


def quote_status_text(status: str) -> str:
    source = QUOTE_STATUSES.get(status)
    return translated(source) if source else status


def _payment(m: re.Match[str]) -> str:
    if m["method"]:
        return translated(QT_TRANSLATE_NOOP("events", "{kind}, {method}: {amount}")).format(
            kind=payment_kind_text(m["kind"]),
            method=names.payment_method_text(m["method"]),
            amount=m["amount"],
        )
    return translated(QT_TRANSLATE_NOOP("events", "{kind}: {amount}")).format(
        kind=payment_kind_text(m["kind"]), amount=m["amount"]
    )


def _refund(m: re.Match[str]) -> str:
    return translated(QT_TRANSLATE_NOOP("events", "Refund {amount}, {method}: {reason}")).format(
        amount=m["amount"], method=names.payment_method_text(m["method"]), reason=m["rest"]
    )


def _return_refund(m: re.Match[str]) -> str:
    return translated(QT_TRANSLATE_NOOP("events", "Refund {amount}, {method}")).format(
        amount=m["amount"], method=names.payment_method_text(m["method"])
    )


def _exchange(m: re.Match[str]) -> str:
    return translated(QT_TRANSLATE_NOOP("events", "Exchanged for the device {imei}")).format(
        imei=m["imei"]
    )


def _settlement(code: str, exclusion: str | None) -> str:
    text = translated(SETTLEMENTS[code], names.WARRANTY_CONTEXT)
    if exclusion:
        text = translated(QT_TRANSLATE_NOOP("events", "{decision} ({exclusion})")).format(
            decision=text, exclusion=translated(EXCLUSIONS[exclusion], names.WARRANTY_CONTEXT)
        )
    return text


def _warranty(m: re.Match[str]) -> str:
    return f"{_settlement(m['decision'], m['exclusion'])}: {note_text('', m['rest'])}"


def _line_warranty(m: re.Match[str]) -> str:
    return translated(QT_TRANSLATE_NOOP("events", "{line}: paid ({exclusion}): {reason}")).format(
        line=m["line"],
        exclusion=translated(EXCLUSIONS[m["exclusion"]], names.WARRANTY_CONTEXT),
        reason=m["rest"],
    )


def _recovered(m: re.Match[str]) -> str:
    return translated(QT_TRANSLATE_NOOP("events", "Faulty part recovered: {part} ×{qty}")).format(
        part=m["part"], qty=m["qty"]
    )


# (event kind, the shape a service writes, how it reads)
SHAPES: list[tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        "payment",
        re.compile(rf"(?P<kind>{_PAY_KIND})(?: (?P<method>{_METHOD}))? (?P<amount>{_AMOUNT})"),
        _payment,
    ),
    (
        "refund",
        re.compile(rf"(?P<method>{_METHOD}) (?P<amount>{_AMOUNT}): (?P<rest>.*)", re.S),
        _refund,
    ),
    ("return", re.compile(rf"refund (?P<method>{_METHOD}) (?P<amount>{_AMOUNT})"), _return_refund),
    ("return", re.compile(r"exchange -> (?P<imei>\S+)"), _exchange),
    (
        "warranty",
        re.compile(
            rf"(?P<line>.+): paid \((?P<exclusion>{_EXCLUDE})\): (?P<rest>.*)",
            re.S,
        ),
        _line_warranty,
    ),
    (
        "warranty",
        re.compile(
            rf"(?P<decision>{_SETTLE})(?: \((?P<exclusion>{_EXCLUDE})\))?: (?P<rest>.*)",
            re.S,
        ),
        _warranty,
    ),
    (
        "note",
        re.compile(r"faulty (?P<part>.+) ×(?P<qty>\d+) recovered", re.S),
        _recovered,
    ),
]


def note_text(kind: str, note: str | None) -> str:
    """The note of a ticket event of ``kind`` as the reader should see it: a fixed note or a
    coded one in words of the current language, anything else (what a user typed) as is."""
    text = note or ""
    if kind in ("followup", "complaint"):  # the after-care services store these as JSON
        return names.event_note_text(kind, text)
    if kind == "beyond_repair":  # the barrier's key: its name
        return names.barrier_text(text)
    if text in FIXED_NOTES:
        return translated(text)
    if text in DECISION_METHODS:  # how the customer consented ("phone")
        return names.decision_method_text(text)
    if kind in ("comeback", "note", "") and ": " in text:
        sentence = _warranty_sentence(text)
        if sentence is not None:
            return sentence
    for shape_kind, pattern, spell in SHAPES:
        if shape_kind == kind:
            match = pattern.fullmatch(text)
            if match:
                return spell(match)
    return text
