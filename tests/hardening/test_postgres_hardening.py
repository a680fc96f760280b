"""The hardening rules on PostgreSQL: bad input bounded before the server sees it, errors
as one line without SQL or passcode, reads not blocked by a writer, and the blind
concurrent change message. The server is started by tests/pg.py (never skipped)."""

from __future__ import annotations

import logging

import psycopg
import pytest
from sqlalchemy import select, text, update

from counter_app.db import Database
from counter_app.errors import Conflict
from counter_app.models import Ticket
from tests.hardening.helpers import INTAKE, run_main
from tests.pg import pg_snapshot, pg_url, postgres_server  # noqa: F401  (fixtures)


@pytest.fixture
def pg_shop(capsys, pg_url):  # noqa: F811
    assert run_main(capsys, "init", "--db", pg_url).code == 0
    made = run_main(capsys, *INTAKE, "--db", pg_url)
    assert made.code == 0, made.err
    return pg_url, made.out.strip()


def test_bad_numbers_and_text_exit_2_and_write_nothing_on_postgres(capsys, pg_shop):
    url, no = pg_shop
    before = pg_snapshot(url)
    for args in (
        ["quote", no, "--other", "Screws", "--price", "0.01", "--qty", "10001"],
        ["quote", no, "--labour", "Board", "--price", "1000000.01"],
        ["pay", no, "--amount", "1,50", "--method", "cash"],
        ["pay", no, "--amount", "1" + "0" * 27, "--method", "cash"],
        [
            "parts",
            "add",
            "P-1",
            "--name",
            "N",
            "--cost",
            "1",
            "--price",
            "2",
            "--low",
            "2147483648",
        ],
        ["refund", no, "--payment", "2147483648", "--reason", "x"],
        ["ticket", "status", no, "diagnosing", "--note", "n" * 2001],
        ["ticket", "note", no, "nul\x00byte"],  # PostgreSQL text cannot even hold NUL
        ["report", "daily", "--date", "9999-12-31"],
    ):
        result = run_main(capsys, *args, "--db", url)
        assert result.code == 2 and result.err.count("\n") == 1, (args, result.err)
    assert pg_snapshot(url) == before


def test_a_database_error_is_one_line_without_sql_or_passcode_on_postgres(capsys, pg_shop, caplog):
    url, _ = pg_shop
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
        conn.execute(
            "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'refused by test'; END $$ LANGUAGE plpgsql"
        )
        conn.execute(
            "CREATE TRIGGER refuse_tickets BEFORE INSERT ON tickets "
            "FOR EACH ROW EXECUTE FUNCTION refuse()"
        )
    before = pg_snapshot(url)
    with caplog.at_level(logging.INFO):
        result = run_main(capsys, *INTAKE, "--passcode", "731906", "--db", url)
    assert result.code == 1
    assert result.err == (
        "counter-app: The database refused the change; nothing was saved (details in the log).\n"
    )
    logged = caplog.text
    assert "database error" in logged and "INSERT INTO tickets" in logged
    assert "731906" not in logged and "13912345678" not in logged
    assert pg_snapshot(url) == before


def test_reads_are_not_blocked_by_an_open_write_on_postgres(capsys, pg_shop):
    url, no = pg_shop
    with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as writer:
        writer.execute("UPDATE tickets SET fault = 'being edited' WHERE ticket_no = %s", (no,))
        writer.execute("LOCK TABLE users IN ROW EXCLUSIVE MODE")
        shown = run_main(capsys, "ticket", "show", no, "--json", "--db", url)
        writer.rollback()
    assert shown.code == 0, shown.err
    assert '"No sound"' in shown.out  # the committed value, not the uncommitted edit


def test_a_blind_concurrent_change_says_nothing_was_saved_on_postgres(pg_shop):
    url, no = pg_shop
    db = Database(url)
    try:
        with pytest.raises(Conflict) as caught, db.write() as session:
            ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == no))
            with db.engine.begin() as other_counter:  # commits in between
                other_counter.execute(
                    update(Ticket).where(Ticket.id == ticket.id).values(version=Ticket.version + 1)
                )
            ticket.fault = "overwrite"
        assert caught.value.message == (
            "Changed at the same time by another counter; nothing was saved."
        )
        with db.read() as session:
            fault = session.execute(text("SELECT fault FROM tickets")).scalar_one()
        assert fault == "No sound"
    finally:
        db.close()
