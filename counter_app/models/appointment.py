"""Appointments: booked drop-offs at the counter and on-site visits (上门服务)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, UTCDateTime

APPOINTMENT_KINDS = ("onsite", "dropoff")
APPOINTMENT_STATUSES = ("booked", "confirmed", "arrived", "done", "no_show", "cancelled")
# Appointments that still hold their slot in the engineer's day (clash detection).
ACTIVE_APPOINTMENT_STATUSES = ("booked", "confirmed", "arrived", "done")
VISIT_OUTCOMES = ("fixed", "not_fixed")


class Appointment(Base):
    __tablename__ = "appointments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), nullable=True)
    # The customer as booked; linked to the customer record when the phone is known.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    customer_name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(20))  # E.164
    address: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    brand: Mapped[str] = mapped_column(String(50), default="")
    model: Mapped[str] = mapped_column(String(100), default="")
    imei: Mapped[str | None] = mapped_column(String(15))
    serial: Mapped[str | None] = mapped_column(String(30))
    fault: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # On-site: the last local day the visit is due by (onsite_days working days after the request).
    due_on: Mapped[date | None] = mapped_column(Date)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    late: Mapped[bool] = mapped_column(Boolean, default=False)  # arrived after the slot's end
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    work_done: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(100), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    # On site, once done: "fixed", or "not_fixed" (the job goes on on its ticket).
    outcome: Mapped[str | None] = mapped_column(String(10))
    # The consultation this booking was made from, if any.
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultations.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # Clash detection and an engineer's day/week: one range scan of this index.
        Index("ix_appointments_engineer_starts", "engineer_id", "starts_at"),
        Index("ix_appointments_starts_at", "starts_at"),
        Index("ix_appointments_customer_id", "customer_id"),
        Index("ix_appointments_ticket_id", "ticket_id"),
        Index("ix_appointments_store_starts", "store_id", "starts_at"),
    )
