"""After-care: follow-up calls (回访), complaints (投诉) and their history, consultations (咨询)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, UTCDateTime

# The six feedback classes of the monthly assessment (AFTERSALES.md), as the report keys them.
FEEDBACK_CLASSES = (
    "satisfied",
    "dissatisfied_at_followup",
    "complaint_by_phone",
    "not_fixed_first_time",
    "not_fixed_several_times",
    "staff_attitude",
)
FOLLOWUP_REASONS = ("after_collection", "first_service", "quarterly", "callback")
FOLLOWUP_STATES = ("due", "retry", "done", "unreachable")
COMPLAINT_CHANNELS = ("phone", "counter", "message", "online_review")
COMPLAINT_SEVERITIES = ("normal", "serious")
COMPLAINT_STATES = ("open", "in_progress", "resolved", "closed")
COMPLAINT_EVENT_KINDS = ("opened", "assigned", "resolved", "closed", "reopened")


class FollowUp(Base):
    """One due call: written ahead ("due") when a job is collected or a callback asked for
    (a quarterly call when it is first tried), then tried, then done or unreachable.
    ``due_key`` names the due item (reason + ticket, customer and quarter, or consultation),
    so it is recorded only once. ``next_try_on`` is the day it is (next) on the list."""

    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_key: Mapped[str] = mapped_column(String(80), unique=True)
    reason: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultations.id"))
    period: Mapped[str] = mapped_column(String(10), default="")  # quarterly: "2026Q4"
    due_on: Mapped[date] = mapped_column(Date)  # the store's local day it fell due
    state: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_on: Mapped[date | None] = mapped_column(Date)
    reached: Mapped[bool] = mapped_column(Boolean, default=False)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    feedback_class: Mapped[str | None] = mapped_column(String(30))
    comment: Mapped[str] = mapped_column(Text, default="")
    called_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_followups_ticket_reason", "ticket_id", "reason"),
        Index("ix_followups_customer_reason", "customer_id", "reason", "period"),
        Index("ix_followups_state_next_try", "state", "next_try_on"),
        Index("ix_followups_called_at", "called_at"),
        Index("ix_followups_consultation_id", "consultation_id"),
    )


class Complaint(Base):
    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    followup_id: Mapped[int | None] = mapped_column(ForeignKey("followups.id"), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    feedback_class: Mapped[str] = mapped_column(String(30))
    severity: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text)
    against_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(12))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolution: Mapped[str] = mapped_column(Text, default="")
    customer_told: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_complaints_state_due", "state", "due_at"),
        Index("ix_complaints_created_at", "created_at"),
        Index("ix_complaints_ticket_id", "ticket_id"),
        Index("ix_complaints_customer_id", "customer_id"),
        Index("ix_complaints_against_id", "against_id"),
        Index("ix_complaints_responsible_id", "responsible_id"),
    )


class ComplaintEvent(Base):
    """One line of a complaint's history; never updated, never deleted."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    from_state: Mapped[str | None] = mapped_column(String(12))
    to_state: Mapped[str | None] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_complaint_events_complaint_id", "complaint_id", "id"),)


class Consultation(Base):
    """Advice by phone or at the counter without a device; may ask for a callback."""

    __tablename__ = "consultations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164; None once erased
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    callback_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_consultations_created_at", "created_at"),
        Index("ix_consultations_callback_at", "callback_at"),
    )
