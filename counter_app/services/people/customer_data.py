"""A customer's own data, on request (privacy): every stored row that is about them.

Found through the schema, not a fixed list: every table with a ``customer_id`` column, then
every table with a ``ticket_id`` or ``device_id`` column for their tickets and devices, so
tables added later (calls, complaints, appointments...) are included without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, NotFound
from counter_app.models import AuditEvent, Base, Customer, Device, Ticket
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.timeutil import utcnow
from counter_app.validation import normalize_phone

# Secrets that are never handed out, whoever asks (a device passcode is needed only while
# the device is in the shop; a full export is a file that outlives that).
WITHHELD_COLUMNS = {"password_hash", "passcode"}
# The shop's own business, not the customer's data: left out of a customer's export.
SHOP_ONLY_COLUMNS = {"unit_cost", "cost"}


@dataclass(frozen=True)
class CustomerData:
    customer_id: int
    phone: str
    exported_at: datetime
    tables: dict[str, list[dict[str, Any]]]  # table name -> rows (column -> JSON value)

    @property
    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _rows(session: Session, table: Table, clause: Any) -> list[dict[str, Any]]:
    columns = [c for c in table.columns if c.name not in WITHHELD_COLUMNS | SHOP_ONLY_COLUMNS]
    query = select(*columns).where(clause)
    if "id" in table.c:
        query = query.order_by(table.c.id)
    return [
        {name: _plain(value) for name, value in row._mapping.items()}
        for row in session.execute(query)
    ]


def customer_data(db: Database, actor: Actor, phone: str) -> CustomerData:
    """Everything stored about the customer with ``phone`` (manager only: it is personal
    data). Raises ValidationError for a bad number, NotFound for an unknown customer."""
    require_role(actor, "manager")
    with db.write() as session:
        region = settings_service.load_all(session).phone_region
        e164 = normalize_phone(phone, region)
        customer_ids = list(session.scalars(select(Customer.id).where(Customer.phone == e164)))
        if not customer_ids:
            raise NotFound(
                QT_TRANSLATE_NOOP("errors", "No customer with phone {phone}"), phone=phone.strip()
            )
        ticket_ids = list(
            session.scalars(select(Ticket.id).where(Ticket.customer_id.in_(customer_ids)))
        )
        device_ids = list(
            session.scalars(
                select(Device.id).where(
                    or_(
                        Device.owner_id.in_(customer_ids),
                        Device.id.in_(
                            select(Ticket.device_id).where(Ticket.customer_id.in_(customer_ids))
                        ),
                    )
                )
            )
        )
        tables: dict[str, list[dict[str, Any]]] = {}
        for table in Base.metadata.sorted_tables:
            clause: Any
            if table.name == "customers":
                clause = table.c.id.in_(customer_ids)
            elif table.name == "devices":
                clause = table.c.id.in_(device_ids)
            elif table.name == "tickets":
                clause = table.c.id.in_(ticket_ids)
            elif table.name == "audit_events":
                clause = (AuditEvent.entity == "customer") & AuditEvent.entity_id.in_(
                    [str(i) for i in customer_ids]
                )
            elif "customer_id" in table.c:
                clause = table.c.customer_id.in_(customer_ids)
            elif "ticket_id" in table.c and table.name != "stock_movements":
                clause = table.c.ticket_id.in_(ticket_ids)
            elif "device_id" in table.c:
                clause = table.c.device_id.in_(device_ids)
            else:
                continue
            tables[table.name] = _rows(session, table, clause)
        # Quote lines hang off quotes, not tickets.
        quote_ids = [q["id"] for q in tables.get("quotes", [])]
        lines = Base.metadata.tables["quote_lines"]
        tables["quote_lines"] = _rows(session, lines, lines.c.quote_id.in_(quote_ids))
        for customer_id in customer_ids:
            audit(session, actor, "customer_data_exported", "customer", customer_id)
        return CustomerData(
            customer_id=customer_ids[0], phone=e164, exported_at=utcnow(), tables=tables
        )
