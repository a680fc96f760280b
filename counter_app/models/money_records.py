"""Quotes with their lines, and payments (a refund is a negative payment)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Money, UTCDateTime

QUOTE_STATUSES = ("pending", "approved", "declined")
DECISION_METHODS = ("in_person", "phone", "message")
LINE_KINDS = ("part", "labour", "other")
PAYMENT_KINDS = ("deposit", "final", "refund")
PAYMENT_METHODS = (
    "cash",
    "card",
    "wechat_pay",
    "alipay",
    "other",
    # Hong Kong's local ways to pay: 八达通, 转数快, PayMe, AlipayHK, 银联.
    "octopus",
    "fps",
    "payme",
    "alipay_hk",
    "unionpay",
)


class Quote(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    seq: Mapped[int] = mapped_column(Integer)  # 1 = first quote, 2.. = supplementary
    status: Mapped[str] = mapped_column(String(10), default="pending")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_method: Mapped[str | None] = mapped_column(String(10))

    __table_args__ = (Index("ix_quotes_ticket_id", "ticket_id", "seq", unique=True),)


class QuoteLine(Base):
    __tablename__ = "quote_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id"))
    kind: Mapped[str] = mapped_column(String(10))
    part_id: Mapped[int | None] = mapped_column(ForeignKey("parts.id"))
    description: Mapped[str] = mapped_column(String(200))
    qty: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    line_total: Mapped[Decimal] = mapped_column(Money)
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)  # parts: cost when quoted
    # Not covered by the warranty (services/warranty/engine.py EXCLUSIONS): charged on a free job.
    exclusion: Mapped[str | None] = mapped_column(String(30))

    __table_args__ = (
        Index("ix_quote_lines_quote_id", "quote_id"),
        Index("ix_quote_lines_part_id", "part_id"),
    )


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    # The ticket's store. Nullable in the schema only (migration 0010_stores): always set.
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(10))
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money)  # negative for a refund
    tendered: Mapped[Decimal | None] = mapped_column(Money)  # cash handed over, for change
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
    reference: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # Cash into (or out of) the drawer of this till session; None: no till was open.
    till_session_id: Mapped[int | None] = mapped_column(ForeignKey("till_sessions.id"))

    __table_args__ = (
        Index("ix_payments_ticket_id", "ticket_id"),
        Index("ix_payments_till_session_id", "till_session_id"),
        Index("ix_payments_at", "at"),
        Index("ix_payments_refund_of_id", "refund_of_id"),
        Index("ix_payments_store_at", "store_id", "at"),
    )
