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

Two statements, built once at import with bound parameters, run on a Core connection (no ORM
objects): the month's calls grouped by job and caller, and its complaints in four groupings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    String,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.expression import BindParameter, CompoundSelect

from counter_app.models import FEEDBACK_CLASSES, Complaint, FollowUp, Ticket, User
from counter_app.models.base import UTCDateTime

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


def _as_role(role: str | None) -> str:
    """Whose row a person's own after-care work goes on: technicians', else the counter's."""
    return TECHNICIAN if role == TECHNICIAN else CLERK


def _done(value: Any) -> Any:
    """``value`` for a call that was made and reached the customer, else NULL."""
    return case((FollowUp.state == "done", value))


_START: BindParameter[datetime] = bindparam("start", type_=UTCDateTime)
_END: BindParameter[datetime] = bindparam("end", type_=UTCDateTime)
_NOW: BindParameter[datetime] = bindparam("now", type_=UTCDateTime)
_CALLER = aliased(User)

# The calls of the month in one grouped statement, by job (technician, clerk who took it in;
# NULL for a consultation's callback) and by who called: the range on called_at walks its
# index; "reached" is counted inside the sums, so the planner does not pick the state index.
_CALLS = (
    select(
        Ticket.technician_id,
        Ticket.created_by_id,
        FollowUp.called_by_id,
        _CALLER.role,
        func.count(_done(FollowUp.id)),
        func.count(_done(FollowUp.satisfaction)),
        func.coalesce(func.sum(_done(FollowUp.satisfaction)), 0),
        func.count(
            _done(
                case(
                    (
                        or_(
                            FollowUp.satisfaction.is_not(None),
                            FollowUp.feedback_class.is_not(None),
                        ),
                        1,
                    )
                )
            )
        ),
        func.count(_done(case((FollowUp.feedback_class == "satisfied", 1)))),
    )
    .select_from(FollowUp)
    .outerjoin(Ticket, Ticket.id == FollowUp.ticket_id)
    .outerjoin(_CALLER, _CALLER.id == FollowUp.called_by_id)
    .where(FollowUp.called_at >= _START, FollowUp.called_at < _END)
    .group_by(Ticket.technician_id, Ticket.created_by_id, FollowUp.called_by_id, _CALLER.role)
)

# The complaints recorded in the month, four groupings in one statement (kind, who, role,
# class, count): about a job ("job": technician, clerk), by class for the shop ("class"),
# against a staff member ("against"), and overdue by the person responsible ("overdue").
_RECORDED = and_(Complaint.created_at >= _START, Complaint.created_at < _END)
_OVERDUE = or_(
    Complaint.resolved_at > Complaint.due_at,
    and_(Complaint.resolved_at.is_(None), Complaint.due_at < _NOW),
)
_NAMED = aliased(User)
_NO_INT, _NO_TEXT = null().cast(Integer), null().cast(String)
_COMPLAINTS: CompoundSelect = union_all(
    select(
        literal_column("'job'"),
        Ticket.technician_id,
        Ticket.created_by_id,
        _NO_TEXT,
        Complaint.feedback_class,
        func.count(Complaint.id),
    )
    .join(Ticket, Ticket.id == Complaint.ticket_id)
    .where(_RECORDED)
    .group_by(Ticket.technician_id, Ticket.created_by_id, Complaint.feedback_class),
    select(
        literal_column("'class'"),
        _NO_INT,
        _NO_INT,
        _NO_TEXT,
        Complaint.feedback_class,
        func.count(),
    )
    .where(_RECORDED)
    .group_by(Complaint.feedback_class),
    select(
        literal_column("'against'"),
        Complaint.against_id,
        _NO_INT,
        _NAMED.role,
        _NO_TEXT,
        func.count(),
    )
    .join(_NAMED, _NAMED.id == Complaint.against_id)
    .where(_RECORDED)
    .group_by(Complaint.against_id, _NAMED.role),
    select(
        literal_column("'overdue'"),
        Complaint.responsible_id,
        _NO_INT,
        _NAMED.role,
        _NO_TEXT,
        func.count(),
    )
    .outerjoin(_NAMED, _NAMED.id == Complaint.responsible_id)
    .where(_RECORDED, _OVERDUE)
    .group_by(Complaint.responsible_id, _NAMED.role),
)


def monthly_figures(
    conn: Connection, start: datetime, end: datetime, now: datetime
) -> tuple[dict[tuple[int, str], Figures], Figures]:
    """Per (user id, "technician" | "clerk") and for the whole shop: two grouped statements;
    Python only adds up their few group rows (one per staff combination)."""
    per: dict[tuple[int, str], Figures] = {}
    shop = Figures()

    def row(uid: int | None, as_role: str) -> Figures | None:
        return None if uid is None else per.setdefault((uid, as_role), Figures())

    params = {"start": start, "end": end, "now": now}
    for tech_id, taker_id, caller_id, caller_role, *sums in conn.execute(_CALLS, params):
        calls, scored, total, answers, happy = (int(n) for n in sums)
        if not calls:  # only calls that were not reached: nobody's figures
            continue
        for figures in (shop, row(tech_id, TECHNICIAN), row(taker_id, CLERK)):
            if figures is not None:
                figures.scored += scored
                figures.score_total += total
                figures.answers += answers
                figures.satisfied += happy
        shop.followups += calls
        caller = row(caller_id, _as_role(caller_role))
        if caller is not None:
            caller.followups += calls
    for kind, uid, taker_id, role, feedback_class, count in conn.execute(_COMPLAINTS, params):
        count = int(count)
        if kind == "job":
            for figures in (row(uid, TECHNICIAN), row(taker_id, CLERK)):
                if figures is not None and feedback_class in figures.complaints:
                    figures.complaints[feedback_class] += count
        elif kind == "class":
            if feedback_class in shop.complaints:
                shop.complaints[feedback_class] += count
        elif kind == "against":
            shop.complaints_against += count
            figures = row(uid, _as_role(role))
            if figures is not None:
                figures.complaints_against += count
        else:  # overdue
            shop.overdue_complaints += count
            figures = row(uid, _as_role(role))
            if figures is not None:
                figures.overdue_complaints += count
    return per, shop
