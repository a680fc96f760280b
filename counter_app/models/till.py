"""The till (cash drawer): a session per store and PC from its float to its count, with
its petty-cash payouts; and the tamper-evident chain over the money records."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Money, UTCDateTime


class TillSession(Base):
    """One drawer from opening (the float counted in) to closing (the cash counted out)."""

    __tablename__ = "till_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"))
    station: Mapped[str] = mapped_column(String(100))  # the PC (host name or COUNTER_STATION)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    float_amount: Mapped[Decimal] = mapped_column(Money)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    expected: Mapped[Decimal | None] = mapped_column(Money)
    counted: Mapped[Decimal | None] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_till_sessions_store_station", "store_id", "station", "closed_at"),
        Index("ix_till_sessions_opened_at", "opened_at"),
    )


class TillPayout(Base):
    """Petty cash taken out of an open drawer, with the reason."""

    __tablename__ = "till_payouts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("till_sessions.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (Index("ix_till_payouts_session_id", "session_id"),)


class ChainLink(Base):
    """One link of the audit chain (services/money/audit.py): which record was written
    (inserted, changed or deleted), the SHA-256 of its content, and the hash of this link
    over the one before it."""

    __tablename__ = "audit_chain"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    ticket_id: Mapped[int | None] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(6))  # insert, update, delete
    row_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # No index but the key: verify walks the links in order, nothing looks one up by its
    # record, and every index is one more page each write transaction commits.
