"""Bench case: what the tamper-evident chain (counter_app/audit_chain.py) costs an intake
and a payment (issue 29: under 10 % slower).

Ours is ``intake.take_in`` (and, as a case of its own, ``payments.pay``) with the chain
appending its links, as the app runs; the baseline is the very same service call on a
Database of the same shop with the chain's listeners removed. An intake takes a new device
in (its own serial); a payment pays 1.00 on a job that still owes more than 100.00, so the
shop grows by a few rows a call. Both sides commit to disk alike: the ratio is the chain's
own cost (one read of the head, one insert of the links, the hashing). The calls
alternate ours/baseline (``paired``): on a busy machine, run one side after the other, the
ratio swung by ±15 % between runs.
"""

from __future__ import annotations

from itertools import count

from bench.harness import Shop, case
from counter_app.audit_chain import unchained
from counter_app.db import Database
from counter_app.services.money import payments
from counter_app.services.tickets import intake

_serials = count(1)
_plain: dict[str, Database] = {}


def _unchained(shop: Shop) -> Database:
    """A second Database on the shop without the chain (the baseline's)."""
    key = str(shop.path)
    if key not in _plain:
        db = Database(shop.db.url)
        unchained(db._writer)
        _plain[key] = db
    return _plain[key]


def _intake(db: Database, shop: Shop) -> None:
    serial = f"CHAIN{next(_serials):08d}"
    data = intake.IntakeData(
        name="Bench",
        phone="13800000000",
        brand="Apple",
        model="iPhone 13",
        serial=serial,
        fault="Cracked screen",
    )
    intake.take_in(db, shop.actor, data)


def _payable(shop: Shop) -> list[str]:
    # Open paid jobs that still owe more than 100.00 (amounts are stored in cents).
    return shop.sample(
        "SELECT t.ticket_no FROM tickets t WHERE t.status IN ('in_repair', 'quality_check', "
        "'ready') AND t.warranty_decision != 'free' AND t.outcome IS NULL AND "
        "(SELECT COALESCE(SUM(l.line_total), 0) FROM quote_lines l JOIN quotes q "
        "ON q.id = l.quote_id WHERE q.ticket_id = t.id AND q.status = 'approved') - "
        "(SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.ticket_id = t.id) > 10000 "
        "LIMIT 5000",
        40,
    )


@case("intake with the audit chain", repeat=30, interactive=False, paired=True)
def chain_intake(shop: Shop) -> list[int]:
    return [0]


@chain_intake.ours
def _(shop: Shop, _key: int) -> object:
    _intake(shop.db, shop)
    return None


@chain_intake.baseline
def _(shop: Shop, _key: int) -> object:
    _intake(_unchained(shop), shop)
    return None


@case("payment with the audit chain", repeat=30, interactive=False, paired=True)
def chain_payment(shop: Shop) -> list[str]:
    return _payable(shop)


@chain_payment.ours
def _(shop: Shop, ticket_no: str) -> object:
    payments.pay(shop.db, shop.actor, ticket_no, "1.00", "card")
    return ticket_no


@chain_payment.baseline
def _(shop: Shop, ticket_no: str) -> object:
    payments.pay(_unchained(shop), shop.actor, ticket_no, "1.00", "card")
    return ticket_no
