"""Small builders for service tests: a ticket taken in and walked along the workflow."""

from __future__ import annotations

from counter_app.db import Database
from counter_app.services.base.dto import Actor
from counter_app.services.money import payments
from counter_app.services.tickets import intake, quotes, workflow

IMEI = "490154203237518"
IMEI_2 = "356938035643809"
IMEI_3 = "352099001761481"


def take_in(db: Database, clerk: Actor, **overrides) -> str:
    data = dict(
        name="张伟",
        phone="13812345678",
        brand="Apple",
        model="iPhone 13",
        imei=IMEI,
        fault="Cracked screen",
        passcode="1234",
    )
    data.update(overrides)
    return intake.take_in(db, clerk, intake.IntakeData(**data)).ticket_no


def to_awaiting_approval(db: Database, tech: Actor, ticket_no: str, price: str = "300.00") -> None:
    workflow.change_status(db, tech, ticket_no, "diagnosing")
    quotes.add_line(db, tech, ticket_no, kind="labour", description="Replace screen", price=price)
    workflow.change_status(db, tech, ticket_no, "awaiting_approval")


def to_ready(
    db: Database, clerk: Actor, tech: Actor, ticket_no: str, price: str = "300.00"
) -> None:
    to_awaiting_approval(db, tech, ticket_no, price)
    quotes.decide(db, clerk, ticket_no, True, "in_person")
    workflow.change_status(db, tech, ticket_no, "quality_check")
    workflow.change_status(db, tech, ticket_no, "ready")


def collect(db: Database, clerk: Actor, tech: Actor, ticket_no: str, price: str = "300.00") -> None:
    to_ready(db, clerk, tech, ticket_no, price)
    payments.pay(db, clerk, ticket_no, price, "cash")
    workflow.change_status(db, clerk, ticket_no, "collected")
