"""Stores of a chain on one database, and which staff work at which store."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, UTCDateTime


class Store(Base):
    """One counter location. A single-PC shop has exactly one (made by the migration).
    An empty address/phone/time zone means "the shop's setting" (settings table)."""

    __tablename__ = "stores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    time_zone: Mapped[str] = mapped_column(String(60), default="")
    # Ticket numbers are prefix + local date + "-" + daily sequence: T261127-004, SZ1-261127-004.
    ticket_prefix: Mapped[str] = mapped_column(String(8), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class UserStore(Base):
    """A staff account works at this store (an account may work at several)."""

    __tablename__ = "user_stores"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), primary_key=True)
