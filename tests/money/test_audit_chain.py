"""The tamper-evident chain: intact after ordinary work (and on a demo shop), and catching
an edited payment, a deleted event, reordered records and a cut tail (with the head a daily
report printed), on SQLite and PostgreSQL, with four writers at once."""

from __future__ import annotations

import multiprocessing

from sqlalchemy import func, select, text

from counter_app.models import ChainLink, Payment, TicketEvent
from counter_app.services.money import audit, payments
from counter_app.services.tickets import quotes
from tests.services.helpers import IMEI_2, take_in, to_awaiting_approval, to_ready
from tests.stores import concurrency_worker


def _paid_ticket(db, staff, **overrides) -> str:
    no = take_in(db, staff.clerk, **overrides)
    to_ready(db, staff.clerk, staff.technician, no, "300")
    payments.pay(db, staff.clerk, no, "120", "cash")
    payments.pay(db, staff.clerk, no, "180", "octopus")
    return no


def _sql(db, statement: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_ordinary_work_leaves_an_intact_chain(db, staff):
    _paid_ticket(db, staff)
    check = audit.verify(db, staff.manager)
    assert check.intact and check.records > 5
    assert check.head == audit.head_hash(db) and len(check.head) == 64


def test_an_edited_payment_is_named_with_its_ticket(db, staff):
    no = _paid_ticket(db, staff)
    with db.read() as session:
        paid = session.scalar(select(func.max(Payment.id)))
    _sql(db, "UPDATE payments SET amount = 100 WHERE id = :id", id=paid)
    check = audit.verify(db, staff.manager)
    assert not check.intact
    assert (check.table, check.record_id, check.ticket_no, check.problem) == (
        "payments",
        paid,
        no,
        "changed",
    )


def test_a_deleted_event_is_caught(db, staff):
    no = _paid_ticket(db, staff)
    with db.read() as session:
        note = session.scalar(select(TicketEvent.id).where(TicketEvent.kind == "payment").limit(1))
    _sql(db, "DELETE FROM ticket_events WHERE id = :id", id=note)
    check = audit.verify(db, staff.manager)
    assert (check.intact, check.table, check.record_id, check.problem) == (
        False,
        "ticket_events",
        note,
        "deleted",
    )
    assert check.ticket_no == no


def test_reordered_records_are_caught(db, staff):
    _paid_ticket(db, staff)
    with db.read() as session:
        last = session.scalar(select(func.max(ChainLink.seq)))
    # Swap the last two links (their places in the chain).
    _sql(db, "UPDATE audit_chain SET seq = -1 WHERE seq = :a", a=last)
    _sql(db, "UPDATE audit_chain SET seq = :a WHERE seq = :b", a=last, b=last - 1)
    _sql(db, "UPDATE audit_chain SET seq = :b WHERE seq = -1", b=last - 1)
    check = audit.verify(db, staff.manager)
    assert not check.intact and check.problem == "link" and check.broken_seq == last - 1


def test_a_cut_tail_is_caught_against_the_printed_head(db, staff):
    _paid_ticket(db, staff)
    no = _paid_ticket(db, staff, imei=IMEI_2, phone="13912345678")
    printed = audit.head_hash(db)  # the daily report prints it
    with db.read() as session:
        last_payment = session.scalar(select(func.max(Payment.id)))
        cut_from = session.scalar(
            select(func.min(ChainLink.seq)).where(
                ChainLink.table_name == "payments", ChainLink.row_id == last_payment
            )
        )
    # Someone removes the last payment, its history and every link from it on.
    _sql(db, "DELETE FROM audit_chain WHERE seq >= :s", s=cut_from)
    _sql(db, "DELETE FROM payments WHERE id = :id", id=last_payment)
    _sql(
        db,
        "DELETE FROM ticket_events WHERE kind = 'payment' AND id = "
        "(SELECT MAX(id) FROM ticket_events WHERE kind = 'payment')",
    )
    assert audit.verify(db, staff.manager).intact  # consistent on its own...
    check = audit.verify(db, staff.manager, printed)
    assert not check.intact and check.problem == "truncated"  # ...but not the printed head
    assert no


def test_four_writers_at_once_never_fork_the_chain(db, staff):
    ticket_nos = [
        take_in(db, staff.manager),
        take_in(db, staff.manager, imei=IMEI_2, phone="13912345678"),
    ]
    for no in ticket_nos:  # in repair: the workers pay, add notes and toggle quality check
        to_awaiting_approval(db, staff.manager, no, "99999")
        quotes.decide(db, staff.manager, no, True, "in_person")
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(4) as pool:
        pool.starmap(
            concurrency_worker.change_tickets, [(db.url, ticket_nos, 30, seed) for seed in range(4)]
        )
    check = audit.verify(db, staff.manager)
    assert check.intact, check
    with db.read() as session:
        links = session.scalar(select(func.count(ChainLink.seq)))
        prevs = session.scalar(select(func.count(func.distinct(ChainLink.prev_hash))))
    assert check.records == links == prevs  # one chain: no two links share a parent


def test_audit_verify_on_the_command_line(cli, db_path):
    assert cli("demo", "--tickets", "30").returncode == 0
    intact = cli("audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert " records, intact, head " in intact.stdout
    head = intact.stdout.split()[-1]
    assert cli("audit", "verify", "--head", head, "--json").json()["intact"] is True
    wrong = cli("audit", "verify", "--head", "ab" * 32)
    assert wrong.returncode == 1 and "removed" in wrong.stderr
    assert cli("audit", "verify", user="amy").returncode == 2  # the manager's


def test_a_demo_shops_records_are_chained_and_an_edited_one_is_caught(db, staff):
    """The demo writes by bulk inserts: its payments, quotes, events and stock are linked
    too, so editing a demo payment is caught like any other."""
    from counter_app.demo import shop as demo

    demo.fill(db, tickets=40, seed=3)
    check = audit.verify(db, staff.manager)
    with db.read() as session:
        paid = session.scalar(select(func.min(Payment.id)))
        events = session.scalar(select(func.count(TicketEvent.id)))
    assert check.intact and check.records >= events > 40
    _sql(db, "UPDATE payments SET amount = amount + 100 WHERE id = :id", id=paid)
    check = audit.verify(db, staff.manager)
    assert (check.intact, check.table, check.record_id, check.problem) == (
        False,
        "payments",
        paid,
        "changed",
    )


def test_imported_repairs_are_chained(db, staff):
    from datetime import date

    from counter_app.services.data_io import importing
    from tests.services.test_import_followups import _row, _table

    rows = [_row(n, date(2026, 3, n), date(2026, 3, n + 2), f"客户{n}") for n in range(1, 4)]
    assert importing.apply(db, staff.manager, "repairs", _table(rows))["tickets_created"] == 3
    assert audit.verify(db, staff.manager).intact
    with db.read() as session:
        imported = session.scalar(select(func.max(Payment.id)))
        event = session.scalar(select(func.max(TicketEvent.id)))
    _sql(db, "UPDATE payments SET method = 'card' WHERE id = :id", id=imported)
    check = audit.verify(db, staff.manager)
    assert (check.intact, check.table, check.record_id) == (False, "payments", imported)
    _sql(db, "UPDATE payments SET method = 'cash' WHERE id = :id", id=imported)
    assert audit.verify(db, staff.manager).intact  # as imported again
    _sql(db, "DELETE FROM ticket_events WHERE id = :id", id=event)
    check = audit.verify(db, staff.manager)
    assert (check.intact, check.table, check.problem) == (False, "ticket_events", "deleted")
