"""Ticket history notes written by the services read in the clerk's language: fixed notes
("Quote sent", "approved") and coded ones ("deposit cash 100.00") are spelled out in Chinese
on the ticket page; what a user typed is shown as typed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from counter_app import event_notes, i18n
from counter_app.services.money import payments, returns
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import quotes, workflow
from counter_app.ui.main_window import MainWindow
from tests.services.helpers import take_in, to_awaiting_approval
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


def test_notes_of_existing_rows_translate_by_their_english_text(qapp):
    """Rows the demo wrote before (plain English) read translated: no migration needed."""
    try:
        i18n.install("zh_TW")
        assert event_notes.note_text("status", "Quote sent") == "已傳送報價"
        assert event_notes.note_text("status", "approved") == "客戶已同意"
        assert event_notes.note_text("payment", "final 900.00") == "尾款：900.00"
        assert event_notes.note_text("comeback", "Out of warranty") == "已過保修期"
        assert event_notes.note_text("note", "faulty 屏幕 ×1 recovered") == "已回收故障件：屏幕 ×1"
        assert event_notes.note_text("note", "final 900.00") == "final 900.00"  # a user's note
        # what the warranty engine wrote in English on a comeback or an exchange offer
        comeback = (
            "Our repair warranty: Comeback of T261101-001: under our repair warranty until "
            "2026-12-01; free if the technician confirms the same fault"
        )
        offer = "2 failed repairs of the same fault under warranty: offer an exchange"
        for kind, note in (("comeback", comeback), ("note", offer)):
            shown = event_notes.note_text(kind, note)
            assert shown != note and not re.search(r"[a-z]{3,}", shown), shown
        assert "T261101-001" in event_notes.note_text("comeback", comeback)
    finally:
        i18n.install("en")
    assert event_notes.note_text("payment", "deposit card 50.00") == "Deposit, Card: 50.00"
    assert event_notes.note_text("status", "Quote sent") == "Quote sent"


def test_the_cli_and_json_keep_the_stored_english(db, staff):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    payments.pay(db, staff.clerk, no, "100", "cash")
    notes = [e.note for e in tickets.detail(db, staff.clerk, no).events]
    assert "deposit cash 100.00" in notes
