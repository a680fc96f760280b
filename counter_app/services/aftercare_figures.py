"""The after-care columns of the monthly staff assessment, as SQL aggregates over a month.

For a staff member, as technician (the jobs assigned to them) or as clerk (the jobs they
took in), in the month:

- followups: follow-up calls that reached the customer, made by them;
- satisfaction: the average score (1–5) of the reached calls about their jobs;
- satisfied_share: of the answers about their jobs (a score or a class), the share classed
  "satisfied";
- complaints: feedback by the six classes: "satisfied" counts satisfied answers about their
  jobs, the other five count complaints recorded about their jobs;
- complaints_against: complaints recorded naming them as the staff member complained about;
- overdue_complaints: complaints recorded in the month they were responsible for that were
  resolved after their due time or are still unresolved past it.

The shop's total counts every call and complaint of the month (also those without a ticket).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.models import FEEDBACK_CLASSES, Complaint, FollowUp, Ticket, User

TECHNICIAN, CLERK = "technician", "clerk"


@dataclass
class Figures:
    followups: int = 0
    scored: int = 0
    score_total: int = 0
    answers: int = 0
    satisfied: int = 0
    complaints: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FEEDBACK_CLASSES, 0))
    complaints_against: int = 0
    overdue_complaints: int = 0

    @property
    def satisfaction(self) -> float | None:
        return round(self.score_total / self.scored, 2) if self.scored else None

    @property
    def satisfied_share(self) -> float | None:
        return round(self.satisfied / self.answers, 4) if self.answers else None

    def feedback(self) -> dict[str, int]:
        return {**self.complaints, "satisfied": self.satisfied}


def _as_role(roles: dict[int, str], uid: int | None) -> str:
    """Whose row a person's own after-care work goes on: technicians', else the counter's."""
    return TECHNICIAN if uid is not None and roles.get(uid) == TECHNICIAN else CLERK


def _overdue(now: datetime) -> Any:
    return or_(
        Complaint.resolved_at > Complaint.due_at,
        and_(Complaint.resolved_at.is_(None), Complaint.due_at < now),
    )


def monthly_figures(
    session: Session, start: datetime, end: datetime, now: datetime
) -> tuple[dict[tuple[int, str], Figures], Figures]:
    """Per (user id, "technician" | "clerk") and for the whole shop."""
    per: dict[tuple[int, str], Figures] = {}
    shop = Figures()

    def row(uid: int | None, as_role: str) -> Figures | None:
        if uid is None:
            return None
        return per.setdefault((uid, as_role), Figures())

    roles = dict(session.execute(select(User.id, User.role)).all())

    in_month = and_(FollowUp.state == "done", FollowUp.called_at >= start, FollowUp.called_at < end)
    answered = case(
        (or_(FollowUp.satisfaction.is_not(None), FollowUp.feedback_class.is_not(None)), 1),
        else_=0,
    )
    satisfied = case((FollowUp.feedback_class == "satisfied", 1), else_=0)
    call_sums = (
        func.count(FollowUp.satisfaction),
        func.coalesce(func.sum(FollowUp.satisfaction), 0),
        func.coalesce(func.sum(answered), 0),
        func.coalesce(func.sum(satisfied), 0),
    )
    for tech_id, taker_id, scored, total, answers, happy in session.execute(
        select(Ticket.technician_id, Ticket.created_by_id, *call_sums)
        .join(Ticket, Ticket.id == FollowUp.ticket_id)
        .where(in_month)
        .group_by(Ticket.technician_id, Ticket.created_by_id)
    ):
        for figures in (row(tech_id, TECHNICIAN), row(taker_id, CLERK)):
            if figures is not None:
                figures.scored += int(scored)
                figures.score_total += int(total)
                figures.answers += int(answers)
                figures.satisfied += int(happy)
    calls, scored, total, answers, happy = session.execute(
        select(func.count(FollowUp.id), *call_sums).where(in_month)
    ).one()
    shop.followups, shop.scored, shop.score_total = int(calls), int(scored), int(total)
    shop.answers, shop.satisfied = int(answers), int(happy)

    for uid, calls in session.execute(
        select(FollowUp.called_by_id, func.count(FollowUp.id))
        .where(in_month)
        .group_by(FollowUp.called_by_id)
    ):
        figures = row(uid, _as_role(roles, uid))
        if figures is not None:
            figures.followups += int(calls)

    recorded = and_(Complaint.created_at >= start, Complaint.created_at < end)
    for tech_id, taker_id, feedback_class, count in session.execute(
        select(
            Ticket.technician_id,
            Ticket.created_by_id,
            Complaint.feedback_class,
            func.count(Complaint.id),
        )
        .join(Ticket, Ticket.id == Complaint.ticket_id)
        .where(recorded)
        .group_by(Ticket.technician_id, Ticket.created_by_id, Complaint.feedback_class)
    ):
        for figures in (row(tech_id, TECHNICIAN), row(taker_id, CLERK)):
            if figures is not None and feedback_class in figures.complaints:
                figures.complaints[feedback_class] += int(count)
    for feedback_class, count in session.execute(
        select(Complaint.feedback_class, func.count(Complaint.id))
        .where(recorded)
        .group_by(Complaint.feedback_class)
    ):
        if feedback_class in shop.complaints:
            shop.complaints[feedback_class] += int(count)
    for uid, count in session.execute(
        select(Complaint.against_id, func.count(Complaint.id))
        .where(recorded, Complaint.against_id.is_not(None))
        .group_by(Complaint.against_id)
    ):
        figures = row(uid, _as_role(roles, uid))
        if figures is not None:
            figures.complaints_against += int(count)
            shop.complaints_against += int(count)
    for uid, count in session.execute(
        select(Complaint.responsible_id, func.count(Complaint.id))
        .where(recorded, _overdue(now))
        .group_by(Complaint.responsible_id)
    ):
        shop.overdue_complaints += int(count)
        figures = row(uid, _as_role(roles, uid))
        if figures is not None:
            figures.overdue_complaints += int(count)
    return per, shop
