"""Ticket history notes written by the services read in the clerk's language: the services
store a code and its parameters ("payment", deposit, cash, 100.00), spelled out in Chinese on
the ticket page and in the English they always had on the command line; what a user typed
is shown as typed."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from counter_app import i18n, names
from counter_app.models import TicketEvent
from counter_app.services.aftercare import complaints
from counter_app.services.money import payments, returns
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import loaners, promise, quotes, workflow
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import IMEI_2, take_in, to_awaiting_approval
from tests.warranty.test_warranty_services import return_ticket


def _column(model, title: str) -> list[str]:
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = heads.index(title)
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def test_the_timeline_reads_service_notes_in_chinese(qtbot, db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    payments.pay(db, staff.clerk, no, "100", "cash")  # a deposit
    quotes.decide(db, staff.clerk, no, True, "phone")
    workflow.change_status(db, staff.technician, no, "quality_check", "屏幕已换好 tested")
    back = return_ticket(db, staff.clerk, days_ago=7)
    workflow.change_status(db, staff.technician, back, "diagnosing")
    returns.record_return(db, staff.manager, back, "refund", amount="3999", method="cash")
    try:
        i18n.install("zh_CN")
        window = MainWindow(db, staff.manager)
        qtbot.addWidget(window)
        window.board.poll.stop()
        window.show()
        window.open_ticket(no)
        page = window.pages["ticket"]
        qtbot.waitUntil(lambda: page.idle() and page.events_model.rowCount() > 0)
        details = _column(page.events_model, "详情")
        assert "定金，现金：100.00" in details
        assert "电话" in " ".join(details)  # consent by phone, in words
        assert "屏幕已换好 tested" in details  # the user's own words pass through unchanged
        assert not any("deposit" in d or d == "phone" for d in details)
        assert _column(page.payments_model, "类型") == ["定金"]
        window.open_ticket(back)
        qtbot.waitUntil(lambda: page.idle() and page.detail.ticket_no == back)
        details = _column(page.events_model, "详情")
        assert "退款 -3999.00，现金" in details
        assert "已退款：设备留在店内" in details
    finally:
        i18n.install("en")


def _shown(event_kind: str, code: str, **params) -> str:
    return names.ticket_event_text(event_kind, "", code, params)


def test_coded_notes_read_in_the_readers_language(qapp):
    """A coded note (what the services store) is spelled out from its code and parameters;
    typed text is shown as typed, even when it looks like a code."""
    comeback = {
        "kind": "repair_warranty",
        "reason": "comeback",
        "params": {"ticket": "T261101-001", "until": "2026-12-01"},
    }
    try:
        i18n.install("zh_TW")
        assert _shown("status", "quote_sent") == "已傳送報價"
        assert _shown("status", "approved") == "客戶已同意"
        assert (
            _shown("payment", "payment_no_method", kind="final", amount="900.00") == "尾款：900.00"
        )
        assert _shown("comeback", "out_of_warranty") == "已過保修期"
        recovered = _shown("note", "recovered", part="屏幕", qty="1")
        assert recovered == "已回收故障件：屏幕 ×1"
        assert names.ticket_event_text("note", "final 900.00", None, {}) == "final 900.00"
        shown = _shown("comeback", "warranty", **comeback)
        assert "T261101-001" in shown and not re.search(r"[a-z]{3,}", shown), shown
        shown = _shown("note", "exchange_offer", count=2)
        assert "2" in shown and not re.search(r"[a-z]{3,}", shown), shown
    finally:
        i18n.install("en")
    assert _shown("payment", "payment", kind="deposit", method="card", amount="50.00") == (
        "Deposit, Card: 50.00"
    )
    assert _shown("status", "quote_sent") == "Quote sent"


def test_the_cli_and_json_keep_the_stored_english(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    payments.pay(db, staff.clerk, no, "100", "cash")
    notes = [e.note for e in tickets.detail(db, staff.clerk, no).events]
    assert "deposit cash 100.00" in notes
    with db.read() as session:
        stored = session.execute(
            select(TicketEvent.note, TicketEvent.note_code, TicketEvent.note_params).where(
                TicketEvent.kind == "payment"
            )
        ).one()
    assert tuple(stored) == (
        "",
        "payment",
        '{"amount": "100.00", "kind": "deposit", "method": "cash"}',
    )


def test_every_note_the_services_write_is_a_code(db, staff, qapp):
    """A quote line, a loaner out and back, a promise changed: stored as codes (no English in
    ``note``), printed by the command line as the English it always printed, shown in
    Chinese on the screens."""
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)  # a labour line "Replace screen"
    loaners.lend(db, staff.clerk, no, IMEI_2, "500")
    loaners.give_back(db, staff.clerk, no)
    later = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=3)
    promise.change_promise(db, staff.clerk, no, later, "part late")
    complaint = complaints.add(
        db,
        staff.clerk,
        feedback_class="not_fixed_first_time",
        channel="counter",
        severity="normal",
        description="Screen still flickers",
        ticket_no=no,
        phone=None,
    )
    with db.read() as session:
        stored = session.execute(
            select(TicketEvent.kind, TicketEvent.note, TicketEvent.note_code).where(
                TicketEvent.kind.in_(("quote_line", "loaner", "promise", "complaint"))
            )
        ).all()
    assert [tuple(row) for row in stored] == [
        ("quote_line", "", "quote_line"),
        ("loaner", "", "loaner_out"),
        ("loaner", "", "loaner_back"),
        ("promise", "", "promise"),
        ("complaint", "", "complaint"),
    ]
    complained = [e for e in tickets.detail(db, staff.clerk, no).events if e.kind == "complaint"]
    assert [e.note for e in complained] == [  # the JSON the command line always printed
        f'{{"id": {complaint.id}, "kind": "opened", "state": "open", '
        '"class": "not_fixed_first_time"}'
    ]
    events = [
        e for e in tickets.detail(db, staff.clerk, no).events if e.kind in ("loaner", "quote_line")
    ]
    assert [e.note for e in events] == [
        "Replace screen × 1 @ 300.00 = 300.00",
        f"out {IMEI_2} · 500.00",
        f"back {IMEI_2}",
    ]
    try:
        i18n.install("zh_CN")
        shown = [
            names.ticket_event_text(e.kind, e.note, e.note_code, e.note_params) for e in events
        ]
    finally:
        i18n.install("en")
    assert shown[1:] == [f"备用机 {IMEI_2} 已借出，押金 500.00", f"备用机 {IMEI_2} 已归还"]
