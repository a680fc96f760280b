"""Round 3 after-sales records: messages sent to customers, loaner phones lent during a
repair, and claims back to a supplier or maker for parts that failed under warranty."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Money, UTCDateTime

MESSAGE_KINDS = ("ready", "quote", "uncollected", "followup", "maintenance")
MESSAGE_OUTCOMES = ("sent", "failed")
CLAIM_STATES = ("open", "sent", "accepted", "rejected", "credited")


class CustomerMessage(Base):
    """One message handed to the shop's sender (an SMS gateway, a WeChat Work script)."""

    __tablename__ = "customer_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(100))  # the sender program's name
    phone: Mapped[str] = mapped_column(String(20))  # E.164, as sent
    text: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(10))
    detail: Mapped[str] = mapped_column(Text, default="")  # the sender's error, if any
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_customer_messages_ticket_id", "ticket_id"),
        Index("ix_customer_messages_at", "at"),
    )


class Loaner(Base):
    """A shop phone lent to the customer while theirs is repaired (备用机)."""

    __tablename__ = "loaners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    imei: Mapped[str] = mapped_column(String(15))
    deposit: Mapped[Decimal] = mapped_column(Money)
    out_at: Mapped[datetime] = mapped_column(UTCDateTime)
    out_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    back_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    back_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_loaners_ticket_id", "ticket_id"),
        Index("ix_loaners_imei", "imei"),
        Index("ix_loaners_out_at", "out_at"),
    )


class PartClaim(Base):
    """A part that failed under warranty, claimed back from its supplier or maker after the
    shop repaired the customer's device first (先行负责再追偿)."""

    __tablename__ = "part_claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    supplier: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_part_claims_part_id", "part_id"),
        Index("ix_part_claims_ticket_id", "ticket_id"),
    )
