"""The demo shop's after-care: follow-up calls after collection (most reached, some tried
again, a few unreachable), the complaints that dissatisfied answers opened and some made at
the counter, by message or in online reviews, in every state, and phone consultations, some
asking for a callback, spread over the demo's days. Calls due in the last days are left
for the clerk, so the After-care page and the monthly assessment both show data.

The rows obey the services' rules (services/aftercare/followups.py and complaints.py): a call falls due
``followup_days`` after collection, only for customers who consented; not reached means a
try the next day, three at most; a score of 1-2 opens exactly one complaint; a complaint is
due by its severity and is resolved before it is closed. Rows are written in bulk with ids
assigned here, like demo/shop.py.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import Session, aliased

from counter_app import names
from counter_app.demo import data as catalogue
from counter_app.models import (
    Complaint,
    ComplaintEvent,
    Consultation,
    Customer,
    FollowUp,
    Ticket,
    TicketEvent,
)
from counter_app.services.aftercare import followups
from counter_app.services.aftercare.complaints import COMPLAINT_CLASSES, opened_row
from counter_app.services.aftercare.followups import due_row, max_tries, opens_complaint
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.timeutil import zone

BATCH = 20_000
SCORES = (5, 4, 3, 2, 1)
SCORE_WEIGHTS = (55, 28, 9, 5, 3)
COMMENTS = {
    5: ("很满意，修得很快", "师傅很专业", "", ""),
    4: ("还不错", "等的时间有点长", ""),
    3: ("一般", "价格有点贵", ""),
    2: ("屏幕偶尔还会闪", "电池还是掉电快", "取机时等了很久"),
    1: ("修完第二天又坏了", "态度很差", "充电口还是接触不良"),
}
QUESTIONS = (
    ("iPhone 13 换电池多少钱？", "原装电池 399 元，约一小时可取"),
    ("手机进水了还能修吗？", "请尽快关机送来检测，检测免费"),
    ("屏幕碎了，今天能修好吗？", "常见机型有现货，两小时左右"),
    ("保修期内维修收费吗？", "质量问题免费，人为损坏除外"),
    ("你们周末营业吗？", "每天 9:00-21:00 营业"),
    ("华为 Mate 40 充电口松了怎么办？", "可更换尾插，约 150 元"),
    ("数据能保留吗？", "一般维修不影响数据，建议先备份"),
    ("旧手机可以回收吗？", "可以到店评估"),
)
CHANNELS = ("counter", "message", "online_review", "phone")


class _Writer:
    """Rows per table with ids handed out here, inserted in batches, parents first."""

    ORDER = (Consultation, FollowUp, Complaint, ComplaintEvent, TicketEvent)

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[Any, list[dict[str, Any]]] = {model: [] for model in self.ORDER}
        self.next_id = {
            model: int(session.scalar(select(func.coalesce(func.max(model.id), 0))) or 0)
            for model in self.ORDER
        }

    def add(self, model: Any, **row: Any) -> int:
        self.next_id[model] += 1
        row["id"] = self.next_id[model]
        self.rows[model].append(row)
        return row["id"]

    def timeline(self, ticket_id: int, at: datetime, user_id: int, kind: str, data: Any) -> None:
        """A follow-up or complaint line on the ticket's timeline, stored as the services
        store it (services/aftercare_common.timeline_note)."""
        self.add(
            TicketEvent,
            ticket_id=ticket_id,
            at=at,
            user_id=user_id,
            kind=kind,
            from_status=None,
            to_status=None,
            note="",
            note_code=kind,
            note_params=names.EventNote(kind, data).params_json(),
        )

    def flush(self) -> dict[str, int]:
        counts = {}
        for model in self.ORDER:
            rows = self.rows[model]
            for start in range(0, len(rows), BATCH):
                self.session.execute(insert(model), rows[start : start + BATCH])
            counts[model.__tablename__] = len(rows)
        return counts


class _AfterCare:
    """The demo's after-care for one store, written through one bulk writer."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        settings: ShopSettings,
        roles: dict[str, list[int]],
        now: datetime,
        store_id: int | None,
    ) -> None:
        self.session, self.rng, self.settings, self.roles = session, rng, settings, roles
        self.now, self.store_id = now, store_id
        self.tz = zone(stores.local_zone(session, store_id=store_id))
        self.after_days = settings.followup_days
        self.most_tries = max_tries(settings)
        self.today = now.astimezone(self.tz).date()
        self.counter_staff = roles["clerk"] + roles["manager"]
        self.writer = _Writer(session)

    def local_moment(self, day: date, earliest: datetime) -> datetime:
        moment = datetime.combine(
            day, time(self.rng.randrange(10, 19), self.rng.randrange(60)), self.tz
        )
        return min(max(moment, earliest + timedelta(minutes=5)), self.now - timedelta(minutes=1))

    def complaint(
        self,
        *,
        customer_id: int,
        ticket_id: int | None,
        followup_id: int | None,
        at: datetime,
        feedback_class: str,
        channel: str,
        description: str,
        against_id: int | None,
    ) -> None:
        severity = "serious" if self.rng.random() < 0.15 else "normal"
        responsible = self.rng.choice(self.counter_staff)
        age = self.now - at
        roll = self.rng.random()
        events: list[tuple[str, str | None, str, datetime, int]] = [
            ("opened", None, "open", at, self.rng.choice(self.counter_staff))
        ]
        state, resolved_at, closed_at, told, resolution = "open", None, None, False, ""
        if age > timedelta(hours=4) and roll < 0.9:
            assigned_at = at + timedelta(minutes=self.rng.randrange(20, 240))
            events.append(
                ("assigned", "open", "in_progress", assigned_at, self.roles["manager"][0])
            )
            state = "in_progress"
            # Most are resolved in time; some late (the assessment counts them).
            hours = (
                self.rng.uniform(2, 30) if self.rng.random() < 0.85 else self.rng.uniform(30, 120)
            )
            if severity == "normal":
                hours *= 2
            resolved = assigned_at + timedelta(hours=hours)
            if resolved < self.now and roll < 0.8:
                state, resolved_at, told = "resolved", resolved, self.rng.random() < 0.9
                resolution = self.rng.choice(
                    ("免费返修并致歉", "退还人工费", "赠送钢化膜并致歉", "已电话解释并获客户认可")
                )
                events.append(("resolved", "in_progress", "resolved", resolved, responsible))
                closed = resolved + timedelta(hours=self.rng.uniform(1, 48))
                if closed < self.now and roll < 0.7 and told:  # closed once the customer was told
                    state, closed_at = "closed", closed
                    events.append(
                        ("closed", "resolved", "closed", closed, self.roles["manager"][0])
                    )
        opened = opened_row(
            self.settings,
            events[0][4],
            at,
            customer_id=customer_id,
            ticket_id=ticket_id,
            followup_id=followup_id,
            channel=channel,
            feedback_class=feedback_class,
            severity=severity,
            description=description,
            against_id=against_id,
        )
        opened.update(  # and what happened to it since
            responsible_id=responsible if len(events) > 1 else None,
            state=state,
            resolution=resolution,
            customer_told=told,
            resolved_at=resolved_at,
            closed_at=closed_at,
        )
        complaint_id = self.writer.add(Complaint, **opened)
        for kind, before, after, moment, user_id in events:
            self.writer.add(
                ComplaintEvent,
                complaint_id=complaint_id,
                at=moment,
                user_id=user_id,
                kind=kind,
                from_state=before,
                to_state=after,
                note="",
            )
            if ticket_id is not None:
                self.writer.timeline(
                    ticket_id,
                    moment,
                    user_id,
                    "complaint",
                    {"id": complaint_id, "kind": kind, "state": after, "class": feedback_class},
                )

    def add_due(self, reason: str, ticket_id: int, customer_id: int, due_on: date) -> None:
        """A call written ahead, as followups.schedule does at collection."""
        self.writer.add(
            FollowUp,
            **due_row(
                f"{reason}:{ticket_id}",
                reason,
                due_on,
                min(self.now, datetime.combine(due_on, time(8), self.tz)),
                customer_id=customer_id,
                ticket_id=ticket_id,
                consultation_id=None,
                satisfaction=None,
                feedback_class=None,
                called_by_id=None,
                called_at=None,
            ),
        )

    def calls(self, days: int) -> None:
        """Follow-up calls for the collected tickets: made, retried, still due; the complaints some bring."""
        start = self.now - timedelta(days=days + 60)  # every collection of the demo's tickets
        earlier = aliased(Ticket)

        collected = self.session.execute(
            select(
                Ticket.id,
                Ticket.customer_id,
                Ticket.technician_id,
                Ticket.collected_at,
                Customer.contact_consent,
                ~exists().where(earlier.customer_id == Ticket.customer_id, earlier.id < Ticket.id),
            )
            .join(Customer, Customer.id == Ticket.customer_id)
            .where(Ticket.status == "collected", Ticket.collected_at >= start)
            .where(Customer.anonymised_at.is_(None))
            .where(
                Ticket.store_id == self.store_id
                if self.store_id is not None
                else Ticket.id.isnot(None)
            )
            .order_by(Ticket.collected_at)
        ).all()
        # Yesterday's calls: about one in five was not answered, so self.today's list has calls to
        # try again (chosen by quota, not by chance, so a small demo always shows some).
        yesterday = [
            row[0]
            for row in collected
            if row[4]
            and row[3] is not None
            and dict(
                followups.calls_after_collection(
                    row[3].astimezone(self.tz).date(), False, self.after_days
                )
            )["after_collection"]
            == self.today - timedelta(days=1)
        ]
        unanswered = set(self.rng.sample(yesterday, -(-len(yesterday) // 5)))
        for ticket_id, customer_id, tech_id, collected_moment, consent, first in collected:
            assert collected_moment is not None  # collected tickets have the time
            collected_at: datetime = collected_moment
            if self.rng.random() < 0.01:  # complaints made without a call
                made = collected_at + timedelta(hours=self.rng.uniform(2, 24 * 6))
                if made < self.now:
                    made_class = self.rng.choice(COMPLAINT_CLASSES[1:])
                    self.complaint(
                        customer_id=customer_id,
                        ticket_id=ticket_id,
                        followup_id=None,
                        at=made,
                        feedback_class=made_class,
                        channel=self.rng.choice(CHANNELS),
                        description=self.rng.choice(COMMENTS[1] + COMMENTS[2]),
                        against_id=tech_id if made_class == "staff_attitude" else None,
                    )
            if not consent:
                continue
            collected_day = collected_at.astimezone(self.tz).date()
            calls = dict(
                followups.calls_after_collection(collected_day, bool(first), self.after_days)
            )
            due_on = calls["after_collection"]
            if ticket_id in unanswered:
                tries, reached, last_day = 1, False, due_on  # tried yesterday, again self.today
            elif due_on >= self.today or self.rng.random() < 0.08:
                self.add_due("after_collection", ticket_id, customer_id, due_on)
                if first:  # the first-month call, until a call reaches them
                    self.add_due("first_service", ticket_id, customer_id, calls["first_service"])
                continue  # due self.today or later, or still waiting on the list
            else:
                attempt_roll = self.rng.random()
                tries = 1 if attempt_roll < 0.8 else 2 if attempt_roll < 0.92 else self.most_tries
                reached = attempt_roll < 0.92
                last_day = due_on + timedelta(days=tries - 1)
            if last_day >= self.today:
                # Tried and not reached yet: on the list again self.today.
                tries, reached, last_day = (
                    (self.today - due_on).days,
                    False,
                    self.today - timedelta(days=1),
                )
                if tries < 1:
                    continue
            called_at = self.local_moment(last_day, collected_at)
            clerk = self.rng.choice(self.counter_staff)
            score = self.rng.choices(SCORES, SCORE_WEIGHTS)[0] if reached else None
            feedback_class: str | None = None
            if score is not None:
                feedback_class = (
                    "satisfied"
                    if score >= 4
                    else self.rng.choice(
                        ("dissatisfied_at_followup", "not_fixed_first_time", "staff_attitude")
                    )
                    if score <= 2
                    else None
                )
            comment = self.rng.choice(COMMENTS[score]) if score is not None else ""
            state = "done" if reached else "unreachable" if tries >= self.most_tries else "retry"
            followup_id = self.writer.add(
                FollowUp,
                due_key=f"after_collection:{ticket_id}",
                reason="after_collection",
                customer_id=customer_id,
                ticket_id=ticket_id,
                consultation_id=None,
                period="",
                due_on=due_on,
                state=state,
                attempts=tries,
                next_try_on=self.today if state == "retry" else None,
                reached=reached,
                satisfaction=score,
                feedback_class=feedback_class,
                comment=comment,
                called_by_id=clerk,
                called_at=called_at,
                created_at=self.local_moment(due_on, collected_at),
            )
            self.writer.timeline(
                ticket_id,
                called_at,
                clerk,
                "followup",
                {
                    "reason": "after_collection",
                    "state": state,
                    "attempt": tries,
                    "satisfaction": score,
                    "class": feedback_class,
                    "comment": comment,
                },
            )
            if first and not reached:  # the first-month call, until a call reaches them
                self.add_due("first_service", ticket_id, customer_id, calls["first_service"])
            if reached and opens_complaint(score, feedback_class):
                self.complaint(
                    customer_id=customer_id,
                    ticket_id=ticket_id,
                    followup_id=followup_id,
                    at=called_at,
                    feedback_class=feedback_class or "dissatisfied_at_followup",
                    channel="phone",
                    description=comment,
                    against_id=tech_id if feedback_class == "staff_attitude" else None,
                )

    def consultations(self, days: int) -> None:
        """Consultations: a few a day, some asking for a callback."""
        # Consultations: a few a day, some asking for a callback.
        for offset in range(days, -1, -1):
            day = self.today - timedelta(days=offset)
            for _ in range(self.rng.randrange(0, 4)):
                at = datetime.combine(
                    day, time(self.rng.randrange(9, 21), self.rng.randrange(60)), self.tz
                )
                if at >= self.now:
                    continue
                question, answer = self.rng.choice(QUESTIONS)
                phone, _reversed = catalogue.phone(self.rng)
                callback_at = None
                if self.rng.random() < 0.3:
                    callback_at = at + timedelta(hours=self.rng.choice((2, 4, 20, 24)))
                    answer = ""
                clerk = self.rng.choice(self.counter_staff)
                consultation_id = self.writer.add(
                    Consultation,
                    name=catalogue.person_name(self.rng),
                    phone=phone,
                    customer_id=None,
                    question=question,
                    answer=answer,
                    callback_at=callback_at,
                    created_by_id=clerk,
                    created_at=at,
                )
                if callback_at is not None:
                    called_back = callback_at.astimezone(self.tz).date() < self.today
                    self.writer.add(
                        FollowUp,
                        due_key=f"callback:{consultation_id}",
                        reason="callback",
                        customer_id=None,
                        ticket_id=None,
                        consultation_id=consultation_id,
                        period="",
                        due_on=callback_at.astimezone(self.tz).date(),
                        state="done" if called_back else "due",
                        attempts=1 if called_back else 0,
                        next_try_on=None if called_back else callback_at.astimezone(self.tz).date(),
                        reached=called_back,
                        satisfaction=None,
                        feedback_class=None,
                        comment="",
                        called_by_id=clerk if called_back else None,
                        called_at=callback_at if called_back else None,
                        created_at=at,
                    )


def fill(
    session: Session,
    rng: random.Random,
    settings: ShopSettings,
    roles: dict[str, list[int]],
    now: datetime,
    days: int,
    store_id: int | None = None,
) -> dict[str, int]:
    """Add calls, complaints and consultations for the tickets collected in the last
    ``days`` (inside the demo's transaction); returns rows added per table."""
    care = _AfterCare(session, rng, settings, roles, now, store_id)
    care.calls(days)
    care.consultations(days)
    counts = care.writer.flush()
    return {
        "followups": counts["followups"],
        "complaints": counts["complaints"],
        "consultations": counts["consultations"],
    }
