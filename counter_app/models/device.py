"""Devices: identified by IMEI (and a second IMEI for dual-SIM) or a serial number."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, UTCDateTime, partial_index


class Device(Base):
    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    brand: Mapped[str] = mapped_column(String(50))
    model: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(50), default="")
    imei: Mapped[str | None] = mapped_column(String(15), unique=True)
    imei2: Mapped[str | None] = mapped_column(String(15))
    serial: Mapped[str | None] = mapped_column(String(30), unique=True)
    purchase_date: Mapped[date | None] = mapped_column(Date)
    purchase_proof: Mapped[str] = mapped_column(String(100), default="")
    production_date: Mapped[date | None] = mapped_column(Date)  # from the label or the maker
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    # Exchanged under warranty: the device the customer got instead.
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("devices.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        # Partial: most devices have no second IMEI, and with every NULL in the index the
        # planner's statistics (ANALYZE) make it scan the table for "imei = ? OR imei2 = ?".
        partial_index("ix_devices_imei2", "imei2", where="imei2 IS NOT NULL"),
        Index("ix_devices_owner_id", "owner_id"),
        Index("ix_devices_brand_model", "brand", "model"),
    )
