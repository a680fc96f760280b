"""Parts and the stock ledger; on-hand quantity is the sum of a part's movements."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Money, UTCDateTime

MOVEMENT_KINDS = (
    "received",  # + from a supplier, with cost
    "used",  # - consumed on a ticket
    "returned",  # + returned from a ticket (line removed, part not fitted)
    "adjusted",  # +/- stock count correction, with reason
    "supplier_return",  # - faulty part sent back to the supplier
    "faulty_recovered",  # + faulty part taken out of a customer's device: not sellable stock
    "transfer",  # -/+ sent to / received from another store of the chain (a pair)
)
# Movements that count towards sellable stock on hand.
SELLABLE_KINDS = ("received", "used", "returned", "adjusted", "supplier_return", "transfer")


class Part(Base):
    __tablename__ = "parts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(50), unique=True)
    barcode: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(50), default="")
    compatible_models: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[Decimal] = mapped_column(Money)
    price: Mapped[Decimal] = mapped_column(Money)
    supplier: Mapped[str] = mapped_column(String(100), default="")
    bin_location: Mapped[str] = mapped_column(String(30), default="")
    low_stock_level: Mapped[int] = mapped_column(Integer, default=0)
    discontinued: Mapped[bool] = mapped_column(Boolean, default=False)
    # A discontinued model's parts are kept (and still warn when low) until this day.
    keep_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        Index("ix_parts_barcode", "barcode"),
        Index("ix_parts_name", "name"),
        # SKUs are unique whatever their case: "scr-1" and "SCR-1" are one part.
        Index("uq_parts_sku_lower", text("lower(sku)"), unique=True),
    )


class StockMovement(Base):
    __tablename__ = "stock_movements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("parts.id"))
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id"), nullable=True)  # whose shelf
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)  # signed
    unit_cost: Mapped[Decimal | None] = mapped_column(Money)
    supplier: Mapped[str] = mapped_column(String(100), default="")
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    quote_line_id: Mapped[int | None] = mapped_column(ForeignKey("quote_lines.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))

    __table_args__ = (
        Index("ix_stock_movements_part_kind", "part_id", "kind", "quantity"),
        Index("ix_stock_movements_at", "at"),
        Index("ix_stock_movements_ticket_id", "ticket_id"),
        Index("ix_stock_movements_quote_line_id", "quote_line_id"),
        Index("ix_stock_movements_store_part", "store_id", "part_id", "kind", "quantity"),
    )


class Setting(Base):
    """A shop-wide setting (store name, warranty days, ...); JSON-encoded value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
