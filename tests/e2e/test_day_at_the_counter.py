"""A day at the counter in 简体中文 (issue 25): ten customers from intake to collection, by
keyboard and scanner only, on a real display; the window is read over AT-SPI as a screen
reader reads it. The steps are found by their keys (Alt+1 …), the tabs by Alt+Q / Alt+P."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.services.people import users as user_service
from counter_app.services.shop import settings as settings_service
from tests.e2e.conftest import STORE, RunningApp, poll

pytestmark = pytest.mark.slow

CUSTOMERS = 10
HUMAN_DELAY_MS = 90  # a quick typist, still far slower than a scanner
STEP_NAMES = ("approve", "decline", "beyond_repair")


def luhn_imei(body: str) -> str:
    """``body`` (14 digits) with its Luhn check digit."""
    total = 0
    for index, char in enumerate(reversed(body)):
        digit = int(char) * (2 if index % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return body + str((10 - total % 10) % 10)


def status_of(db_path: Path, ticket_no: str) -> str:
    db = Database(sqlite_url(db_path))
    try:
        with db.engine.connect() as conn:
            return str(
                conn.exec_driver_sql(
                    "SELECT status FROM tickets WHERE ticket_no = ?", (ticket_no,)
                ).scalar_one()
            )
    finally:
        db.close()


def newest_ticket(db_path: Path, count: int) -> str | None:
    db = Database(sqlite_url(db_path))
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT ticket_no FROM tickets ORDER BY id").all()
    finally:
        db.close()
    return rows[-1][0] if len(rows) == count else None


PAYMENTS = "SELECT count(*) FROM payments JOIN tickets ON tickets.id = payments.ticket_id"
LINES = (
    "SELECT count(*) FROM quote_lines JOIN quotes ON quotes.id = quote_lines.quote_id"
    " JOIN tickets ON tickets.id = quotes.ticket_id"
)


def count_of(db_path: Path, query: str, ticket_no: str) -> int:
    db = Database(sqlite_url(db_path))
    try:
        with db.engine.connect() as conn:
            sql = query + " WHERE tickets.ticket_no = ?"
            return int(conn.exec_driver_sql(sql, (ticket_no,)).scalar_one())
    finally:
        db.close()


class Clerk:
    """The clerk's hands: keys and scans, and eyes: the window read over AT-SPI."""

    def __init__(self, app: RunningApp, db_path: Path) -> None:
        self.app, self.db_path = app, db_path
        self.steps: dict[str, list[str]] = {}  # status -> its step buttons, left to right
        self.tabs: dict[str, int] = {}  # field -> Tabs to it from where the clerk was
        self.till_open = False  # the first cash of the day opens the till

    def type(self, text: str) -> None:
        self.app.x.xdotool("type", "--delay", str(HUMAN_DELAY_MS), text)

    def tab_to(self, name: str, limit: int = 20) -> None:
        """Tab until ``name`` has the focus, read over AT-SPI the first time; the same way
        is then taken by its number of Tabs (the order does not change between customers)."""
        if name in self.tabs:
            for _ in range(self.tabs[name]):
                self.app.key("Tab")
            return
        for count in range(limit):
            if self.app.focused_in(name):
                self.tabs[name] = count
                return
            self.app.key("Tab")
        raise AssertionError(f"Tab never reached {name}; the focus is on {self.app.focus()}")

    def step(self, ticket_no: str, status: str, target: str) -> None:
        """Press the key of the step button ``target`` (e.g. "to-diagnosing")."""
        if status not in self.steps:
            buttons = [
                w["id"].rsplit(".", 1)[-1]
                for w in self.app.read()["widgets"]
                if "TicketPage" in w["id"]
                and (w["id"].rsplit(".", 1)[-1].startswith("to-") or w["id"].endswith(STEP_NAMES))
            ]
            self.steps[status] = buttons
        number = self.steps[status].index(target) + 1
        want = "in_repair" if target == "approve" else target.removeprefix("to-")
        for _attempt in range(6):  # the key does nothing while the page is still busy
            self.app.key(f"alt+{number}")
            try:
                poll(lambda: status_of(self.db_path, ticket_no) == want, want, timeout=5)
                return
            except AssertionError:
                assert status_of(self.db_path, ticket_no) == status  # no other step taken
        raise AssertionError(f"{ticket_no} never became {want}")

    def take_in(self, number: int, imei: str) -> str:
        app = self.app
        app.page(1, "受理")
        app.key("ctrl+n")  # New intake: the cursor in the phone field
        poll(lambda: app.focused_in("phone"), "the cursor in the phone field")
        self.type(f"1390000{number:04d}")
        app.key("Tab")
        self.type(f"Kunde {number}")
        self.tab_to("imei")
        app.scan(imei)  # the scanner fills the IMEI field, the form stays
        if number == 1:
            app.wait_text("imei", lambda t: t == imei, "the scanned IMEI")
        self.tab_to("model")
        self.type("P60")
        app.key("Escape")  # the model completer's list, from the earlier customers
        self.tab_to("fault")
        self.type("Screen cracked")
        app.key("ctrl+s")
        try:
            ticket_no = str(poll(lambda: newest_ticket(self.db_path, number), f"ticket {number}"))
        except AssertionError:
            shown = [w for w in app.read()["widgets"] if "error-" in w["id"] and w["name"]]
            raise AssertionError(f"ticket {number} not saved: {shown}") from None
        app.wait_text("result", lambda t: t == ticket_no, "the ticket number shown big")
        return ticket_no

    def repair_and_hand_over(self, ticket_no: str) -> None:
        app = self.app
        for _attempt in range(3):  # the label's barcode opens the ticket
            app.scan(ticket_no)
            try:
                app.wait_title(ticket_no, timeout=15)
                break
            except AssertionError:
                note = app.text("scan_note")
                assert not note or "T" not in note, note  # said "no ticket": a real failure
        app.wait_title(ticket_no)
        self.step(ticket_no, "received", "to-diagnosing")
        app.key("alt+q")  # the Quote tab, cursor in its first field
        self.tab_to("line_text")
        self.type("Replace screen")
        self.tab_to("line_price")
        self.type("300")
        app.key("Return")  # Enter adds the line
        poll(lambda: count_of(self.db_path, LINES, ticket_no) == 1, f"{ticket_no}'s quote line")
        self.step(ticket_no, "diagnosing", "to-awaiting_approval")
        self.step(ticket_no, "awaiting_approval", "approve")
        self.step(ticket_no, "in_repair", "to-quality_check")
        self.step(ticket_no, "quality_check", "to-ready")
        app.key("alt+p")  # Payments: the amount starts at the balance
        app.wait_text("pay_amount", lambda t: t == "300.00", "the balance as the amount")
        app.key("Return")  # Enter takes the payment
        if not self.till_open:  # the day's first cash: the window offers to open the till
            self.open_the_till()
        poll(lambda: count_of(self.db_path, PAYMENTS, ticket_no) == 1, f"{ticket_no} paid")
        self.step(ticket_no, "ready", "to-collected")

    def open_the_till(self) -> None:
        """Enter on the offer's default "Open the till…", the float typed, Enter, Escape:
        the payment then goes into that till."""
        app = self.app
        poll(lambda: app.focused_in("till_offer_open"), "the till offer, Open focused")
        app.key("Return")
        poll(lambda: app.focused_in("float_amount"), "the cursor in the till's float")
        self.type("500")
        app.key("Return")  # Enter opens the till
        app.wait_text("till_state", lambda t: "500.00" in t, "the till open with its float")
        app.key("Escape")
        self.till_open = True


@pytest.fixture
def chinese_shop(db_path):
    db = Database(sqlite_url(db_path))
    manager = user_service.get_actor(db, "manager")
    settings_service.update(db, manager, {"store_name": STORE, "language": "zh_CN"})
    db.close()


def test_ten_customers_from_intake_to_collection_by_keyboard_and_scanner(
    start_app, chinese_shop, db_path
):
    app = start_app(language="zh_CN")
    clerk = Clerk(app, db_path)
    for number in range(1, CUSTOMERS + 1):
        ticket_no = clerk.take_in(number, luhn_imei(f"35209900{number:06d}"))
        clerk.repair_and_hand_over(ticket_no)
        assert status_of(db_path, ticket_no) == "collected"
    title = app.title()
    assert title.endswith("维修服务台") and "Service Counter" not in title
    # Every payment went into the till opened at the first cash: float 500 + 10 × 300.
    db = Database(sqlite_url(db_path))
    try:
        with db.engine.connect() as conn:
            till_ids = conn.exec_driver_sql("SELECT DISTINCT till_session_id FROM payments").all()
    finally:
        db.close()
    assert len(till_ids) == 1 and till_ids[0][0] is not None
