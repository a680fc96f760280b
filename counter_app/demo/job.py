"""One demo ticket walked through the workflow: intake, warranty verdict, diagnosis, quote and
the customer's answer, parts fitted, quality check, collection or cancellation, then written
as rows (ticket, payments, events) in bulk.

The random draws happen in a fixed order, so a seed always gives the same shop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from counter_app import names
from counter_app.demo import data as catalogue
from counter_app.errors import QT_TRANSLATE_NOOP
from counter_app.models import (
    PAYMENT_METHODS,
    Payment,
    Quote,
    QuoteLine,
    StockMovement,
    Ticket,
    TicketEvent,
)
from counter_app.money import round_line
from counter_app.services.tickets.intake import CONDITION_ITEMS
from counter_app.services.warranty import engine as warranty

if TYPE_CHECKING:
    from counter_app.demo.shop import _DeviceState, _Generator

# How the demo's customers pay: mostly WeChat Pay and Alipay, some cash and card, and the
# Hong Kong methods now and then (customers from across the border).
_WEIGHTS = {"cash": 20, "card": 10, "wechat_pay": 40, "alipay": 28, "other": 2, "octopus": 2}
_WEIGHTS |= {"fps": 2, "payme": 1, "alipay_hk": 1, "unionpay": 3}
METHODS = tuple(method for method in PAYMENT_METHODS if method in _WEIGHTS)
METHOD_WEIGHTS = tuple(_WEIGHTS[method] for method in METHODS)
ZERO = Decimal("0.00")

# (at, user, kind, from status, to status, note: text or a coded note; a fixed English note
# is written as its code)
Event = tuple[datetime, int, str, str | None, str | None, str | names.EventNote]


@dataclass
class _Warranty:
    decision: str = "undecided"
    reason: str = ""
    kind: str | None = None
    code: str = ""
    params: dict[str, str] = field(default_factory=dict)
    ends: date | None = None
    exclusion: str | None = None


class Job:
    """The state one ticket's steps share while the demo walks it."""

    def __init__(self, gen: _Generator, received_at: datetime) -> None:
        rng = gen.rng
        self.gen, self.rng, self.received_at = gen, rng, received_at
        self.device: _DeviceState = gen._pick_device(received_at)
        self.ticket_id = gen.ids.next("tickets")
        self.clerk = rng.choice(gen.roles["clerk"])
        self.tech = rng.choice(gen.roles["technician"])
        roll = rng.random()
        self.service = (
            "repair"
            if roll < 0.74
            else "warranty"
            if roll < 0.84
            else "maintenance"
            if roll < 0.91
            else "consultation"
            if roll < 0.95
            else "return_exchange"
        )
        self.repair = catalogue.REPAIRS[rng.randrange(len(catalogue.REPAIRS))]
        self.fault = self.repair[3] if rng.random() < 0.85 else rng.choice(catalogue.EXTRA_FAULTS)
        if self.service == "maintenance":
            self.fault = "保养：清洁、电池检测、系统更新"
        self.comeback, self.verdict, self.w = self._warranty()
        self.events: list[Event] = []
        self.status = "received"
        self.t = received_at
        self.events.append((self.t, self.clerk, "created", None, "received", self.fault))
        if self.comeback:
            self.events.append((self.t, self.clerk, "comeback", None, None, self.w.reason))
        # Some jobs wait in a queue or for the customer: they are the open ones on the board.
        self.slow = rng.choice((0.5, 1.0, 1.0, 2.0, 4.0, 10.0))
        self.quote_id: int | None = None
        self.line_rows: list[tuple[int, Decimal, int | None]] = []
        self.total = ZERO
        self.completed_at: datetime | None = None
        self.collected_at: datetime | None = None
        self.payments: list[tuple[datetime, str, str, Decimal, Decimal | None]] = []
        self.cancelled = rng.random() < 0.03
        self.declined = self.service in ("repair", "warranty") and rng.random() < 0.07
        self.waits = rng.random() < 0.12

    # -- the warranty, as the engine decides it at intake ---------------------------------
    def _warranty(self) -> tuple[bool, warranty.Decision, _Warranty]:
        device, gen = self.device, self.gen
        earlier: tuple[warranty.EarlierJob, ...] = ()
        if device.warranty_until is not None and device.last_ticket_id is not None:
            earlier = (
                warranty.EarlierJob(
                    device.last_ticket_id, "", "collected", None, device.warranty_until, None, False
                ),
            )
        verdict = warranty.decide(
            gen.policy, request_date=self.received_at.astimezone(gen.tz).date(), earlier=earlier
        )
        w = _Warranty()
        if verdict.is_comeback:
            # The demo's comebacks are all confirmed as the same fault: free.
            w.decision, w.reason = "free", QT_TRANSLATE_NOOP("events", "Same fault")
            w.kind, w.code, w.ends = verdict.kind, "comeback_same_fault", verdict.ends_on
            w.params = verdict.params_dict()
        elif self.service == "warranty":
            free = self.rng.random() < 0.7
            w.decision = "free" if free else "paid"
            w.reason = (
                QT_TRANSLATE_NOOP("events", "Within the handset warranty")
                if free
                else QT_TRANSLATE_NOOP("events", "Liquid damage")
            )
            w.kind, w.code = ("manufacturer", "technician") if free else (None, "excluded")
            if not free:
                w.exclusion, w.params = "liquid", {"exclusion": "liquid"}
        elif self.service == "consultation":
            w.decision, w.code = "free", "consultation"
        return verdict.is_comeback, verdict, w

    # -- steps ------------------------------------------------------------------------------
    def step(self, to: str, user: int, hours: tuple[float, float], note: str = "") -> bool:
        moment = self.t + timedelta(hours=self.rng.uniform(*hours) * self.slow)
        if moment >= self.gen.now:
            return False
        self.t = moment
        self.events.append((self.t, user, "status", self.status, to, note))
        self.status = to
        return True

    def add_quote(self, at: datetime, approved: bool | None) -> None:
        gen, rng, device = self.gen, self.rng, self.device
        self.quote_id = gen.ids.next("quotes")
        part = gen.parts.get((device.model, self.repair[0]))
        lines: list[tuple[str, int | None, str, Decimal, Decimal | None]] = []
        if self.service == "maintenance":
            lines.append(("labour", None, "保养套餐 Maintenance package", Decimal("99.00"), None))
        else:
            if part is not None:
                lines.append(("part", part[0], part[3], part[1], part[2]))
            lines.append(
                ("labour", None, self.repair[2], catalogue.LABOUR[device.model_level], None)
            )
        for kind, part_id, text, price, cost in lines:
            line_id = gen.ids.next("quote_lines")
            gen.writer.add(
                QuoteLine,
                id=line_id,
                quote_id=self.quote_id,
                kind=kind,
                part_id=part_id,
                description=text,
                qty=1,
                unit_price=price,
                line_total=price,
                unit_cost=cost,
            )
            self.line_rows.append((line_id, price, part_id))
            amount = f"{price:.2f}"
            line_note = names.event_note(
                "quote_line", line=text, qty="1", price=amount, total=amount
            )
            self.events.append((at, self.tech, "quote_line", None, None, line_note))
        self.total = sum((price for _, price, _ in self.line_rows), ZERO)
        gen.writer.add(
            Quote,
            id=self.quote_id,
            ticket_id=self.ticket_id,
            seq=1,
            status="pending" if approved is None else ("approved" if approved else "declined"),
            created_at=at,
            created_by_id=self.tech,
            decided_at=None if approved is None else at + timedelta(minutes=20),
            decided_by_id=None if approved is None else self.clerk,
            decision_method=None
            if approved is None
            else rng.choice(("in_person", "phone", "message")),
        )

    def pay(self, at: datetime, kind: str, amount: Decimal) -> None:
        method = self.rng.choices(METHODS, METHOD_WEIGHTS)[0]
        tendered = None
        if method == "cash":
            tendered = ((amount // 50) + 1) * 50 if self.rng.random() < 0.6 else amount
        self.payments.append((at, kind, method, amount, tendered))

    # -- the paths through the workflow ---------------------------------------------------
    def walk(self) -> bool:
        """The job's way from intake to ready; False where it stops (not yet reached now)."""
        if self.service == "consultation":
            return self.step(
                "ready", self.tech, (0.2, 1.5), QT_TRANSLATE_NOOP("events", "Advice given")
            )
        if self.service == "maintenance":
            ok = self.step("in_repair", self.tech, (0.3, 3))
            if ok:
                self.add_quote(self.t, True)
            ok = ok and self.step("quality_check", self.tech, (0.5, 4))
            return ok and self.step("ready", self.tech, (0.2, 2))
        return self._repair_path()

    def _repair_path(self) -> bool:
        ok = self.step("diagnosing", self.tech, (0.3, 4))
        if ok and self.w.decision == "undecided":
            self.w.decision = "paid"
            self.w.reason = QT_TRANSLATE_NOOP("events", "Out of warranty")
        ok = ok and self.step(
            "awaiting_approval", self.tech, (0.5, 6), QT_TRANSLATE_NOOP("events", "Quote sent")
        )
        if not ok:
            return False
        answer = self.t + timedelta(hours=self.rng.uniform(0.3, 20) * self.slow)
        if answer >= self.gen.now or self.cancelled:
            self.add_quote(self.t, None)
            return False
        self.add_quote(self.t, not self.declined)
        deposit = (
            self.rng.random() < 0.3
            and not self.declined
            and self.w.decision != "free"
            and self.total >= 200
        )
        self.t = answer
        kind = "quote_declined" if self.declined else "quote_approved"
        self.events.append(
            (self.t, self.clerk, kind, None, None, names.event_note("decision", method="phone"))
        )
        if self.declined:
            return self._declined()
        return self._approved(deposit)

    def _declined(self) -> bool:
        self.events.append(
            (
                self.t,
                self.clerk,
                "status",
                self.status,
                "declined",
                QT_TRANSLATE_NOOP("events", "Customer declined"),
            )
        )
        self.status = "declined"
        return self.step(
            "ready", self.tech, (4, 72), QT_TRANSLATE_NOOP("events", "Reassembled, no repair")
        )

    def _approved(self, deposit: bool) -> bool:
        if deposit:
            amount = round_line((self.total / 2).quantize(Decimal("1")))
            self.pay(self.t, "deposit", amount)
            paid = names.event_note("payment_no_method", kind="deposit", amount=f"{amount:.2f}")
            self.events.append((self.t, self.clerk, "payment", None, None, paid))
        self.events.append(
            (
                self.t,
                self.clerk,
                "status",
                self.status,
                "in_repair",
                QT_TRANSLATE_NOOP("events", "approved"),
            )
        )
        self.status = "in_repair"
        self._fit_parts()
        ok = True
        if self.waits:
            ok = self.step(
                "waiting_parts", self.tech, (0.2, 3), QT_TRANSLATE_NOOP("events", "Part ordered")
            )
            ok = ok and self.step(
                "in_repair", self.tech, (20, 72), QT_TRANSLATE_NOOP("events", "Part arrived")
            )
        ok = ok and self.step("quality_check", self.tech, (0.5, 8))
        return ok and self.step(
            "ready", self.tech, (0.2, 3), QT_TRANSLATE_NOOP("events", "Tested OK")
        )

    def _fit_parts(self) -> None:
        gen = self.gen
        for line_id, _price, part_id in self.line_rows:
            if part_id is None:
                continue
            if gen.stock.get(part_id, 0) <= 2:
                gen._receive(part_id, self.rng.randrange(20, 41), self.t - timedelta(hours=2))
            gen.stock[part_id] -= 1
            gen.writer.add(
                StockMovement,
                id=gen.ids.next("stock_movements"),
                part_id=part_id,
                kind="used",
                quantity=-1,
                unit_cost=None,
                supplier="",
                ticket_id=self.ticket_id,
                quote_line_id=line_id,
                reason="",
                at=self.t,
                user_id=self.tech,
            )
            self.events.append((self.t, self.tech, "part_used", None, None, ""))

    def finish(self, path_ok: bool) -> None:
        """Collected (paid in full) when ready in time; cancelled when the customer took it."""
        if self.status == "ready":
            self.completed_at = self.t
        if path_ok and self.status == "ready" and not self.cancelled:
            self._collect()
        if self.cancelled and self.status not in ("collected",):
            moment = self.t + timedelta(hours=self.rng.uniform(0.5, 24))
            if moment < self.gen.now:
                self.t = moment
                self.events.append(
                    (
                        self.t,
                        self.gen.manager_id,
                        "status",
                        self.status,
                        "cancelled",
                        QT_TRANSLATE_NOOP("events", "Customer took the device back"),
                    )
                )
                self.status = "cancelled"

    def _collect(self) -> None:
        due = ZERO if self.w.decision == "free" or self.status == "declined" else self.total
        if self.events and any(e[4] == "declined" for e in self.events):
            due = ZERO
        paid = sum((p[3] for p in self.payments), ZERO)
        moment = self.t + timedelta(hours=self.rng.uniform(1, 60) * self.slow)
        if moment < self.gen.now:
            if due - paid > 0:
                self.pay(moment, "final", due - paid)
                final = names.event_note(
                    "payment_no_method", kind="final", amount=f"{due - paid:.2f}"
                )
                self.events.append((moment, self.clerk, "payment", None, None, final))
            self.t = moment
            self.events.append((self.t, self.clerk, "status", self.status, "collected", ""))
            self.status = "collected"
            self.collected_at = self.t

    # -- rows ---------------------------------------------------------------------------------
    def _warranty_until(self) -> date | None:
        if self.status != "collected" or self.collected_at is None:
            return None
        worked = self.service == "maintenance" or any(e[4] == "in_repair" for e in self.events)
        if self.comeback:
            return self.device.warranty_until
        if worked:
            return warranty.repair_warranty_end(
                self.collected_at.astimezone(self.gen.tz).date(), self.gen.policy
            )
        return None

    def write(self) -> None:
        gen, rng, device = self.gen, self.rng, self.device
        warranty_until = self._warranty_until()
        closed = self.status in ("collected", "cancelled")
        device.busy_until = self.t if closed else datetime.max.replace(tzinfo=UTC)
        comeback_of = device.last_ticket_id if self.comeback else None
        if closed:
            device.warranty_until = warranty_until if warranty_until else device.warranty_until
            if self.status == "collected" and not self.comeback:
                device.warranty_until = warranty_until
        device.last_ticket_id = self.ticket_id
        promised = self.received_at + timedelta(hours=rng.choice((4, 24, 48, 48, 72)))
        passcode = None
        if not closed and rng.random() < 0.6:
            passcode = f"{rng.randrange(10**6):06d}" if rng.random() < 0.7 else "图案 L 形"
        condition = {item: "ok" for item in CONDITION_ITEMS}
        if rng.random() < 0.4:
            condition[rng.choice(CONDITION_ITEMS[:3])] = rng.choice(
                ["scratched", "划痕", "cracked"]
            )
        w = self.w
        gen.writer.add(
            Ticket,
            id=self.ticket_id,
            ticket_no=gen._ticket_no(self.received_at),
            service_type=self.service,
            status=self.status,
            customer_id=device.customer_id,
            device_id=device.id,
            fault=self.fault,
            condition=json.dumps(condition, ensure_ascii=False),
            accessories=rng.choice(catalogue.ACCESSORIES),
            passcode=passcode,
            priority=rng.choices(("normal", "high", "urgent"), (85, 11, 4))[0],
            promised_at=promised,
            technician_id=self.tech
            if any(e[4] == "diagnosing" or e[4] == "in_repair" for e in self.events)
            else None,
            created_by_id=self.clerk,
            received_at=self.received_at,
            completed_at=self.completed_at,
            collected_at=self.collected_at,
            warranty_decision=w.decision,
            warranty_reason=w.reason,
            warranty_until=warranty_until,
            warranty_item="handset",
            warranty_kind=w.kind,
            warranty_code=w.code,
            warranty_params=json.dumps(w.params, ensure_ascii=False, sort_keys=True),
            warranty_ends=w.ends,
            warranty_exclusion=w.exclusion,
            is_comeback=self.comeback,
            comeback_of_id=comeback_of,
            purchase_date=None,
            purchase_proof="",
            waiting_part_id=None,
            version=len(self.events) + 1,
            updated_at=self.t,
        )
        for at, kind, method, amount, tendered in self.payments:
            gen.writer.add(
                Payment,
                id=gen.ids.next("payments"),
                ticket_id=self.ticket_id,
                kind=kind,
                method=method,
                amount=amount,
                tendered=tendered,
                refund_of_id=None,
                reference="",
                note="",
                at=at,
                user_id=self.clerk,
            )
        for at, user, kind, from_status, to_status, written in self.events:
            note = names.fixed_note(written) if isinstance(written, str) else written
            gen.writer.add(
                TicketEvent,
                id=gen.ids.next("ticket_events"),
                ticket_id=self.ticket_id,
                at=at,
                user_id=user,
                kind=kind,
                from_status=from_status,
                to_status=to_status,
                note=note if isinstance(note, str) else "",
                note_code=None if isinstance(note, str) else note.code,
                note_params=None if isinstance(note, str) else note.params_json(),
            )
