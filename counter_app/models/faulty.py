"""The disposal of a faulty part recovered from a customer's device (issue 11): the
recovery itself is a ``faulty_recovered`` stock movement; its disposal is recorded once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, UTCDateTime

DISPOSAL_METHODS = (
    "scrap",  # destroyed / thrown away as waste
    "return_supplier",  # sent back to the supplier (warranty claim on the part)
    "recycle",  # handed to a recycler
)


class FaultyDisposal(Base):
    __tablename__ = "faulty_disposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The recovery (a faulty_recovered movement); unique: a part is disposed of once.
    movement_id: Mapped[int] = mapped_column(ForeignKey("stock_movements.id"), unique=True)
    method: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
