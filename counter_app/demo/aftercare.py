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

import json
import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, func, insert, select
from sqlalchemy.orm import Session, aliased

from counter_app.models import (
    Complaint,
    ComplaintEvent,
    Consultation,
    Customer,
    FollowUp,
    Ticket,
    TicketEvent,
)
from counter_app.services.aftercare.complaints import COMPLAINT_CLASSES, opened_row
from counter_app.services.aftercare.followups import due_row, max_tries, opens_complaint
from counter_app.timeutil import add_months, zone

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
            note=json.dumps(data, ensure_ascii=False),
        )

    def flush(self) -> dict[str, int]:
        counts = {}
        for model in self.ORDER:
            rows = self.rows[model]
            for start in range(0, len(rows), BATCH):
                self.session.execute(insert(model), rows[start : start + BATCH])
            counts[model.__tablename__] = len(rows)
        return counts


def fill(
    session: Session,
    rng: random.Random,
    settings: dict[str, Any],
    roles: dict[str, list[int]],
    now: datetime,
    days: int,
    store_id: int | None = None,
) -> dict[str, int]:
    """Add calls, complaints and consultations for the tickets collected in the last
    ``days`` (inside the demo's transaction); returns rows added per table."""
    from counter_app.demo.shop import _name, _phone  # the demo's people, not a cycle at import

    tz = zone(settings["time_zone"])
    after_days = int(settings["followup_days"])
    most_tries = max_tries(settings)
    today = now.astimezone(tz).date()
    counter_staff = roles["clerk"] + roles["manager"]
    writer = _Writer(session)

    def local_moment(day: date, earliest: datetime) -> datetime:
        moment = datetime.combine(day, time(rng.randrange(10, 19), rng.randrange(60)), tz)
        return min(max(moment, earliest + timedelta(minutes=5)), now - timedelta(minutes=1))

    def complaint(
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
        severity = "serious" if rng.random() < 0.15 else "normal"
        responsible = rng.choice(counter_staff)
        age = now - at
        roll = rng.random()
        events: list[tuple[str, str | None, str, datetime, int]] = [
            ("opened", None, "open", at, rng.choice(counter_staff))
        ]
        state, resolved_at, closed_at, told, resolution = "open", None, None, False, ""
        if age > timedelta(hours=4) and roll < 0.9:
            assigned_at = at + timedelta(minutes=rng.randrange(20, 240))
            events.append(("assigned", "open", "in_progress", assigned_at, roles["manager"][0]))
            state = "in_progress"
            # Most are resolved in time; some late (the assessment counts them).
            hours = rng.uniform(2, 30) if rng.random() < 0.85 else rng.uniform(30, 120)
            if severity == "normal":
                hours *= 2
            resolved = assigned_at + timedelta(hours=hours)
            if resolved < now and roll < 0.8:
                state, resolved_at, told = "resolved", resolved, rng.random() < 0.9
                resolution = rng.choice(
                    ("免费返修并致歉", "退还人工费", "赠送钢化膜并致歉", "已电话解释并获客户认可")
                )
                events.append(("resolved", "in_progress", "resolved", resolved, responsible))
                closed = resolved + timedelta(hours=rng.uniform(1, 48))
                if closed < now and roll < 0.7 and told:  # closed once the customer was told
                    state, closed_at = "closed", closed
                    events.append(("closed", "resolved", "closed", closed, roles["manager"][0]))
        opened = opened_row(
            settings,
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
        complaint_id = writer.add(Complaint, **opened)
        for kind, before, after, moment, user_id in events:
            writer.add(
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
                writer.timeline(
                    ticket_id,
                    moment,
                    user_id,
                    "complaint",
                    {"id": complaint_id, "kind": kind, "state": after, "class": feedback_class},
                )

    start = now - timedelta(days=days + 60)  # every collection of the demo's tickets
    earlier = aliased(Ticket)

    def add_due(reason: str, ticket_id: int, customer_id: int, due_on: date) -> None:
        """A call written ahead, as followups.schedule does at collection."""
        writer.add(
            FollowUp,
            **due_row(
                f"{reason}:{ticket_id}",
                reason,
                due_on,
                min(now, datetime.combine(due_on, time(8), tz)),
                customer_id=customer_id,
                ticket_id=ticket_id,
                consultation_id=None,
                satisfaction=None,
                feedback_class=None,
                called_by_id=None,
                called_at=None,
            ),
        )

    collected = session.execute(
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
        .where(Ticket.store_id == store_id if store_id is not None else Ticket.id.isnot(None))
        .order_by(Ticket.collected_at)
    ).all()
    # Yesterday's calls: about one in five was not answered, so today's list has calls to
    # try again (chosen by quota, not by chance, so a small demo always shows some).
    yesterday = [
        row[0]
        for row in collected
        if row[4]
        and row[3] is not None
        and row[3].astimezone(tz).date() + timedelta(days=after_days) == today - timedelta(days=1)
    ]
    unanswered = set(rng.sample(yesterday, -(-len(yesterday) // 5)))
    for ticket_id, customer_id, tech_id, collected_moment, consent, first in collected:
        assert collected_moment is not None  # collected tickets have the time
        collected_at: datetime = collected_moment
        if rng.random() < 0.01:  # complaints made without a call
            made = collected_at + timedelta(hours=rng.uniform(2, 24 * 6))
            if made < now:
                made_class = rng.choice(COMPLAINT_CLASSES[1:])
                complaint(
                    customer_id=customer_id,
                    ticket_id=ticket_id,
                    followup_id=None,
                    at=made,
                    feedback_class=made_class,
                    channel=rng.choice(CHANNELS),
                    description=rng.choice(COMMENTS[1] + COMMENTS[2]),
                    against_id=tech_id if made_class == "staff_attitude" else None,
                )
        if not consent:
            continue
        collected_day = collected_at.astimezone(tz).date()
        due_on = collected_day + timedelta(days=after_days)
        if ticket_id in unanswered:
            tries, reached, last_day = 1, False, due_on  # tried yesterday, again today
        elif due_on >= today or rng.random() < 0.08:
            add_due("after_collection", ticket_id, customer_id, due_on)
            if first:  # the first-month call, until a call reaches them
                add_due("first_service", ticket_id, customer_id, add_months(collected_day, 1))
            continue  # due today or later, or still waiting on the list
        else:
            attempt_roll = rng.random()
            tries = 1 if attempt_roll < 0.8 else 2 if attempt_roll < 0.92 else most_tries
            reached = attempt_roll < 0.92
            last_day = due_on + timedelta(days=tries - 1)
        if last_day >= today:
            # Tried and not reached yet: on the list again today.
            tries, reached, last_day = (today - due_on).days, False, today - timedelta(days=1)
            if tries < 1:
                continue
        called_at = local_moment(last_day, collected_at)
        clerk = rng.choice(counter_staff)
        score = rng.choices(SCORES, SCORE_WEIGHTS)[0] if reached else None
        feedback_class: str | None = None
        if score is not None:
            feedback_class = (
                "satisfied"
                if score >= 4
                else rng.choice(
                    ("dissatisfied_at_followup", "not_fixed_first_time", "staff_attitude")
                )
                if score <= 2
                else None
            )
        comment = rng.choice(COMMENTS[score]) if score is not None else ""
        state = "done" if reached else "unreachable" if tries >= most_tries else "retry"
        followup_id = writer.add(
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
            next_try_on=today if state == "retry" else None,
            reached=reached,
            satisfaction=score,
            feedback_class=feedback_class,
            comment=comment,
            called_by_id=clerk,
            called_at=called_at,
            created_at=local_moment(due_on, collected_at),
        )
        writer.timeline(
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
            add_due("first_service", ticket_id, customer_id, add_months(collected_day, 1))
        if reached and opens_complaint(score, feedback_class):
            complaint(
                customer_id=customer_id,
                ticket_id=ticket_id,
                followup_id=followup_id,
                at=called_at,
                feedback_class=feedback_class or "dissatisfied_at_followup",
                channel="phone",
                description=comment,
                against_id=tech_id if feedback_class == "staff_attitude" else None,
            )

    # Consultations: a few a day, some asking for a callback.
    for offset in range(days, -1, -1):
        day = today - timedelta(days=offset)
        for _ in range(rng.randrange(0, 4)):
            at = datetime.combine(day, time(rng.randrange(9, 21), rng.randrange(60)), tz)
            if at >= now:
                continue
            question, answer = rng.choice(QUESTIONS)
            phone, _reversed = _phone(rng)
            callback_at = None
            if rng.random() < 0.3:
                callback_at = at + timedelta(hours=rng.choice((2, 4, 20, 24)))
                answer = ""
            clerk = rng.choice(counter_staff)
            consultation_id = writer.add(
                Consultation,
                name=_name(rng),
                phone=phone,
                customer_id=None,
                question=question,
                answer=answer,
                callback_at=callback_at,
                created_by_id=clerk,
                created_at=at,
            )
            if callback_at is not None:
                called_back = callback_at.astimezone(tz).date() < today
                writer.add(
                    FollowUp,
                    due_key=f"callback:{consultation_id}",
                    reason="callback",
                    customer_id=None,
                    ticket_id=None,
                    consultation_id=consultation_id,
                    period="",
                    due_on=callback_at.astimezone(tz).date(),
                    state="done" if called_back else "due",
                    attempts=1 if called_back else 0,
                    next_try_on=None if called_back else callback_at.astimezone(tz).date(),
                    reached=called_back,
                    satisfaction=None,
                    feedback_class=None,
                    comment="",
                    called_by_id=clerk if called_back else None,
                    called_at=callback_at if called_back else None,
                    created_at=at,
                )
    counts = writer.flush()
    return {
        "followups": counts["followups"],
        "complaints": counts["complaints"],
        "consultations": counts["consultations"],
    }
