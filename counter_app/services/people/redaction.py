"""Personal data out of free text: the names, phones, e-mails, IMEIs and serials a shop
holds, in any spelling (separators, full-width, Chinese numerals, case, spacing), plus
generic patterns; and text cells that a spreadsheet would run as a formula."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from counter_app.models import (
    Appointment,
    AuditEvent,
    Complaint,
    ComplaintEvent,
    Consultation,
    Customer,
    CustomerMessage,
    Device,
    FollowUp,
    Payment,
    Quote,
    QuoteLine,
    Ticket,
    TicketEvent,
)

REMOVED = "[removed]"
FORMULA_STARTS = ("=", "+", "-", "@")

# Chinese numerals as digits, one character for one (spans stay aligned with the text).
_CHINESE_DIGITS = str.maketrans(
    "〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖两", "001234567891234567892"
)
_EMAIL = re.compile(r"[\w.+-]+\s*@\s*[\w-]+(?:\s*\.\s*[\w-]+)+")
# Seven or more digits with any separators people type between them: a phone, an IMEI.
_DIGIT_RUN = re.compile(r"\+?\d(?:[\s\-.()/,、·_*#]*\d){6,}")


def defuse_formula(text: str) -> str:
    """Text a spreadsheet would run as a formula (=, +, -, @ first, also after a tab,
    carriage return or spaces) gets a leading apostrophe: it is shown, never evaluated."""
    if text[:1] in ("\t", "\r") or text.lstrip(" \t\r\n").startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _squashed(text: str) -> tuple[str, list[int]]:
    """``text`` case-folded without its spaces, and where each remaining character was."""
    chars: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if not char.isspace():
            folded = char.casefold()
            chars.append(folded)
            where.extend([index] * len(folded))
    return "".join(chars), where


def _word_edge(char: str) -> bool:
    return char.isascii() and char.isalnum()


@dataclass(frozen=True)
class Scrubber:
    """Removes the given personal values (whatever their case and spacing: CHEN JIE,
    Chen  Jie, chenjie) and, with ``generic``, any e-mail address and any run of 7+ digits.
    Built once for a whole export or erase; a text costs one set look-up per position and
    value length, however many values the shop holds."""

    values: frozenset[str]
    lengths: tuple[int, ...]  # longest first
    generic: bool = True

    @classmethod
    def of(cls, values: Iterable[str | None], generic: bool = True) -> Scrubber:
        words = {_squashed(unicodedata.normalize("NFKC", v))[0] for v in values if v}
        words = {w for w in words if len(w) >= 2}
        return cls(frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True)), generic)

    def _value_spans(self, plain: str) -> list[tuple[int, int]]:
        squashed, where = _squashed(plain)
        spans = []
        position = 0
        while position < len(squashed):
            for length in self.lengths:
                word = squashed[position : position + length]
                if len(word) < length or word not in self.values:
                    continue
                start, end = where[position], where[position + length - 1] + 1
                if _word_edge(word[0]) and start > 0 and _word_edge(plain[start - 1]):
                    continue  # "li" inside "Lisa" is not Li
                if _word_edge(word[-1]) and end < len(plain) and _word_edge(plain[end]):
                    continue
                spans.append((start, end))
                position += length - 1
                break
            position += 1
        return spans

    def scrub(self, text: str | None) -> str:
        """``text`` with every match replaced by [removed] (unchanged when nothing matched)."""
        if not text:
            return text or ""
        plain = unicodedata.normalize("NFKC", text)
        spans: list[tuple[int, int]] = []
        if self.generic:
            spans += [m.span() for m in _EMAIL.finditer(plain)]
            spans += [m.span() for m in _DIGIT_RUN.finditer(plain.translate(_CHINESE_DIGITS))]
        if self.values:
            spans += self._value_spans(plain)
        if not spans:
            return text
        out, at = [], 0
        for start, end in sorted(spans):
            if end <= at:
                continue
            out.append(plain[at : max(start, at)])
            if start >= at:
                out.append(REMOVED)
            at = end
        out.append(plain[at:])
        return "".join(out)


def shop_scrubber(session: Session) -> Scrubber:
    """Every name, e-mail, IMEI, serial and passcode the shop holds, plus the generic
    patterns (which take every phone number, in any spelling, as a run of digits)."""
    values: list[str | None] = []
    for name, email in session.execute(
        select(Customer.name, Customer.email).where(Customer.anonymised_at.is_(None))
    ):
        values += [name, email]
    values += session.scalars(select(Consultation.name))
    for name, imei, serial in session.execute(
        select(Appointment.customer_name, Appointment.imei, Appointment.serial)
    ):
        values += [name, imei, serial]
    for imei, imei2, serial in session.execute(select(Device.imei, Device.imei2, Device.serial)):
        values += [imei, imei2, serial]
    # Device passcodes still on record (erased at collection), the short ones aside.
    values += [
        code
        for code in session.scalars(select(Ticket.passcode).where(Ticket.passcode.is_not(None)))
        if code and len(code) >= 4
    ]
    return Scrubber.of(values)


def _linked_texts(customer_id: int, phone: str | None) -> list[tuple[Any, tuple[str, ...], Any]]:
    """Every free-text field the shop keeps about a customer: (model, columns, rows)."""
    tickets = select(Ticket.id).where(Ticket.customer_id == customer_id)
    complaints = select(Complaint.id).where(Complaint.customer_id == customer_id)
    booked = Appointment.customer_id == customer_id
    if phone:
        booked = or_(booked, Appointment.phone == phone)
    consulted = Consultation.customer_id == customer_id
    if phone:
        consulted = or_(consulted, Consultation.phone == phone)
    return [
        (Ticket, ("fault", "accessories", "purchase_proof"), Ticket.customer_id == customer_id),
        (TicketEvent, ("note", "note_params"), TicketEvent.ticket_id.in_(tickets)),
        (Payment, ("note", "reference"), Payment.ticket_id.in_(tickets)),
        (
            QuoteLine,
            ("description",),
            QuoteLine.quote_id.in_(select(Quote.id).where(Quote.ticket_id.in_(tickets))),
        ),
        (Complaint, ("description", "resolution"), Complaint.customer_id == customer_id),
        (ComplaintEvent, ("note",), ComplaintEvent.complaint_id.in_(complaints)),
        (
            FollowUp,
            ("comment",),
            or_(FollowUp.customer_id == customer_id, FollowUp.ticket_id.in_(tickets)),
        ),
        (Consultation, ("question", "answer"), consulted),
        (Appointment, ("fault", "notes", "work_done"), booked),
        # Messages sent to them keep their wording and number as sent: scrubbed too.
        (CustomerMessage, ("text", "phone"), CustomerMessage.ticket_id.in_(tickets)),
        (
            AuditEvent,
            ("detail",),
            (AuditEvent.entity == "customer") & (AuditEvent.entity_id == str(customer_id)),
        ),
    ]


def scrub_customer_texts(
    session: Session, customer_id: int, phone: str | None, scrubber: Scrubber
) -> int:
    """Remove the customer's values from every free-text field linked to them (inside the
    erasure's transaction, before their phone is cleared); how many fields changed."""
    changed = 0
    for model, columns, linked in _linked_texts(customer_id, phone):
        for row in session.scalars(select(model).where(linked)):
            for column in columns:
                before = getattr(row, column)
                after = scrubber.scrub(before)
                if after != (before or ""):
                    setattr(row, column, after)
                    changed += 1
    return changed
