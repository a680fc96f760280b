"""Migration 0019_event_note_codes: the notes the services wrote as English text (every shape
counter_app/event_notes.py used to parse back) become a code and its parameters; they read
the same on the command line and on the screens in English, Simplified and Traditional
Chinese as they did; typed text stays as typed; the audit chain stays intact; the revision
downgrades (the English back in the note). On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from sqlalchemy import select

from counter_app import i18n, names
from counter_app.db import Database, alembic_config
from counter_app.models import Ticket, TicketEvent
from counter_app.models.base import UTCDateTime
from counter_app.services.money import audit, payments
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import loaners, outcomes, quotes
from tests.services.helpers import IMEI_2, IMEI_3, take_in, to_awaiting_approval

COMEBACK = (
    "Our repair warranty: Comeback of T261101-001: under our repair warranty until 2026-12-01; "
    "free if the technician confirms the same fault"
)
BOUGHT = "Manufacturer warranty: Bought on 2026-01-05: the phone is under warranty until 2027-01-05"
# the after-care lines stored their dict as JSON, in its order (not sorted)
FOLLOWUP = (
    '{"reason": "after_collection", "state": "done", "attempt": 1, "satisfaction": 5, '
    '"class": "satisfied", "comment": "很好"}'
)
COMPLAINT = '{"id": 3, "kind": "counter", "state": "open", "class": "complaint_by_phone"}'
OFFER = "2 failed repairs of the same fault under warranty: offer an exchange"
# (event kind, the note as written before, code, parameters, shown in en, zh_CN, zh_TW as
# counter_app/event_notes.py showed it before this revision)
OLD = [
    ("status", "Quote sent", "quote_sent", {}, "Quote sent", "已发送报价", "已傳送報價"),
    ("status", "approved", "approved", {}, "approved", "客户已同意", "客戶已同意"),
    ("status", "On site", "on_site", {}, "On site", "上门服务", "上門服務"),
    (
        "return",
        "repair under warranty",
        "return_repair",
        {},
        "repair under warranty",
        "按保修维修",
        "按保修維修",
    ),
    (
        "return",
        "no fault found: returned as is",
        "return_no_fault",
        {},
        "no fault found: returned as is",
        "未发现故障：原样退回",
        "未發現故障：原樣退回",
    ),
    (
        "quote_approved",
        "in_person (on site)",
        "consent_on_site",
        {},
        "in_person (on site)",
        "当面（上门）",
        "當面（上門）",
    ),
    ("comeback", "Same fault", "same_fault", {}, "Same fault", "同一故障", "同一故障"),
    ("quote_approved", "phone", "decision", {"method": "phone"}, "By phone", "电话", "電話"),
    (
        "payment",
        "deposit cash 100.00",
        "payment",
        {"kind": "deposit", "method": "cash", "amount": "100.00"},
        "Deposit, Cash: 100.00",
        "定金，现金：100.00",
        "定金，現金：100.00",
    ),
    (
        "payment",
        "final 900.00",
        "payment_no_method",
        {"kind": "final", "amount": "900.00"},
        "Final payment: 900.00",
        "尾款：900.00",
        "尾款：900.00",
    ),
    (
        "refund",
        "card -50.00: customer changed mind",
        "refund",
        {"method": "card", "amount": "-50.00", "reason": "customer changed mind"},
        "Refund -50.00, Card: customer changed mind",
        "退款 -50.00，银行卡：customer changed mind",
        "退款 -50.00，銀行卡：customer changed mind",
    ),
    (
        "return",
        "refund cash -3999.00",
        "return_refund",
        {"method": "cash", "amount": "-3999.00"},
        "Refund -3999.00, Cash",
        "退款 -3999.00，现金",
        "退款 -3999.00，現金",
    ),
    (
        "return",
        "exchange -> 356938035643809",
        "return_exchange",
        {"imei": "356938035643809"},
        "Exchanged for the device 356938035643809",
        "已换为设备 356938035643809",
        "已換為裝置 356938035643809",
    ),
    (
        "warranty",
        "Screen: paid (liquid): water inside",
        "line_paid",
        {"line": "Screen", "exclusion": "liquid", "reason": "water inside"},
        "Screen: paid (liquid damage): water inside",
        "Screen：收费（进液损坏）：water inside",
        "Screen：收費（進液損壞）：water inside",
    ),
    (
        "warranty",
        "free: Same fault",
        "settlement",
        {"decision": "free", "reason": "Same fault"},
        "Free of charge: Same fault",
        "免费: 同一故障",
        "免費: 同一故障",
    ),
    (
        "warranty",
        "paid (drop_impact): cracked",
        "settlement_excluded",
        {"decision": "paid", "exclusion": "drop_impact", "reason": "cracked"},
        "Paid repair (drop or impact damage): cracked",
        "收费维修（摔落或撞击损坏）: cracked",
        "收費維修（摔落或撞擊損壞）: cracked",
    ),
    (
        "note",
        "faulty Screen ×1 recovered",
        "recovered",
        {"part": "Screen", "qty": "1"},
        "Faulty part recovered: Screen ×1",
        "已回收故障件：Screen ×1",
        "已回收故障件：Screen ×1",
    ),
    (
        "comeback",
        COMEBACK,
        "warranty",
        {
            "kind": "repair_warranty",
            "reason": "comeback",
            "params": {"ticket": "T261101-001", "until": "2026-12-01"},
        },
        COMEBACK,
        "本店维修保修: T261101-001 的返修：本店维修保修至 2026-12-01；技术员确认为同一故障则免费",
        "本店維修保修: T261101-001 的返修：本店維修保修至 2026-12-01；技術員確認為同一故障則免費",
    ),
    (
        "comeback",
        BOUGHT,
        "warranty",
        {
            "kind": "manufacturer",
            "reason": "manufacturer",
            "params": {"bought": "2026-01-05", "item": "handset", "until": "2027-01-05"},
        },
        BOUGHT,
        "厂家保修: 购买日期 2026-01-05：手机保修至 2027-01-05",
        "廠家保修: 購買日期 2026-01-05：手機保修至 2027-01-05",
    ),
    (
        "note",
        OFFER,
        "exchange_offer",
        {"count": 2},
        OFFER,
        "保修期内同一故障已维修 2 次未修好：可为客户换机",
        "保修期內同一故障已維修 2 次未修好：可為客戶換機",
    ),
    (
        "status",
        "Not fixed on site",
        "not_fixed_on_site",
        {},
        "Not fixed on site",
        "上门未修好",
        "上門未修好",
    ),
    (
        "message",
        "ready · sms-send · sent",
        "message",
        {"kind": "ready", "channel": "sms-send", "outcome": "sent"},
        "Message “Ready for pickup” by sms-send: Sent",
        "消息“可取机”（sms-send）：已发送",
        "訊息“可取機”（sms-send）：已傳送",
    ),
    (
        "notice",
        "message · sms-send",
        "notice_message",
        {"channel": "sms-send"},
        "Notice sent as a message (sms-send)",
        "已通过消息发出取机提醒（sms-send）",
        "已透過訊息發出取機提醒（sms-send）",
    ),
    (
        "loaner",
        "out 356938035643809 · 200.00",
        "loaner_out",
        {"imei": "356938035643809", "deposit": "200.00"},
        "Loaner 356938035643809 lent, deposit 200.00",
        "备用机 356938035643809 已借出，押金 200.00",
        "備用機 356938035643809 已借出，押金 200.00",
    ),
    (
        "loaner",
        "back 356938035643809",
        "loaner_back",
        {"imei": "356938035643809"},
        "Loaner 356938035643809 returned",
        "备用机 356938035643809 已归还",
        "備用機 356938035643809 已歸還",
    ),
    (
        "promise",
        "2026-12-01 18:00 -> 2026-12-02 12:00: part late",
        "promise",
        {"before": "2026-12-01 18:00", "after": "2026-12-02 12:00", "reason": "part late"},
        "Promised time 2026-12-01 18:00 → 2026-12-02 12:00: part late",
        "承诺时间 2026-12-01 18:00 → 2026-12-02 12:00：part late",
        "承諾時間 2026-12-01 18:00 → 2026-12-02 12:00：part late",
    ),
    (
        "promise",
        "— -> 2026-12-02 12:00: asked",
        "promise",
        {"before": "—", "after": "2026-12-02 12:00", "reason": "asked"},
        "Promised time — → 2026-12-02 12:00: asked",
        "承诺时间 — → 2026-12-02 12:00：asked",
        "承諾時間 — → 2026-12-02 12:00：asked",
    ),
    (
        "note",
        "claim 7: SCR-IP12 -> Acme Parts",
        "claim",
        {"id": "7", "sku": "SCR-IP12", "supplier": "Acme Parts"},
        "Supplier claim 7: SCR-IP12 → Acme Parts",
        "供应商索赔 7：SCR-IP12 → Acme Parts",
        "供應商索賠 7：SCR-IP12 → Acme Parts",
    ),
    (
        "part_used",
        "SCR-IP12 iPhone 12 screen ×2",
        "part_qty",
        {"sku": "SCR-IP12", "name": "iPhone 12 screen", "qty": "2"},
        *["SCR-IP12 iPhone 12 screen ×2"] * 3,
    ),
    (
        "part_returned",
        "SCR-IP12 iPhone 12 screen ×1",
        "part_qty",
        {"sku": "SCR-IP12", "name": "iPhone 12 screen", "qty": "1"},
        *["SCR-IP12 iPhone 12 screen ×1"] * 3,
    ),
    (
        "quote_line",
        "Screen × 1 @ 900.00 = 900.00",
        "quote_line",
        {"line": "Screen", "qty": "1", "price": "900.00", "total": "900.00"},
        *["Screen × 1 @ 900.00 = 900.00"] * 3,
    ),
    (
        "quote_line",
        "iPhone 12 screen (SCR-IP12) × 1",
        "quote_line_qty",
        {"line": "iPhone 12 screen (SCR-IP12)", "qty": "1"},
        *["iPhone 12 screen (SCR-IP12) × 1"] * 3,
    ),
    (
        "quote_line",
        "On-site service @ 150.00",
        "quote_line_price",
        {"line": "On-site service", "price": "150.00"},
        *["On-site service @ 150.00"] * 3,
    ),
    (
        "note",
        "Not fixed on site: needs a board",
        "not_fixed",
        {"note": "needs a board"},
        "Not fixed on site: needs a board",
        "上门未修好：needs a board",
        "上門未修好：needs a board",
    ),
    (
        "note",
        "Not fixed on site:",
        "not_fixed",
        {"note": ""},
        "Not fixed on site",
        "上门未修好",
        "上門未修好",
    ),
    (
        "warranty",
        "paid: liquid",
        "paid_excluded",
        {"exclusion": "liquid"},
        "Paid: liquid damage",
        "收费：进液损坏",
        "收費：進液損壞",
    ),
    (
        "beyond_repair",
        "spare_parts_too_expensive",
        "barrier",
        {"key": "spare_parts_too_expensive"},
        "Repair too expensive",
        "维修费用过高",
        "維修費用過高",
    ),
    (
        "followup",
        FOLLOWUP,
        "followup",
        json.loads(FOLLOWUP),
        "After collection · Reached · 5/5 · Satisfied · 很好",
        "取机后回访 · 已接通 · 5/5 · 满意 · 很好",
        "取機後回訪 · 已接通 · 5/5 · 滿意 · 很好",
    ),
    (
        "complaint",
        COMPLAINT,
        "complaint",
        json.loads(COMPLAINT),
        "Complaint 3: Open (Complaint by phone)",
        "投诉 3：待处理（来电投诉）",
        "投訴 3：待處理（來電投訴）",
    ),
    # typed text (even when it looks like a code elsewhere) and codes already: unchanged
    ("note", "final 900.00", None, {}, "final 900.00", "final 900.00", "final 900.00"),
    ("status", "屏幕已换好", None, {}, "屏幕已换好", "屏幕已换好", "屏幕已换好"),
    ("payment", "deposit bitcoin 5", None, {}, *["deposit bitcoin 5"] * 3),
    ("loaner", "lent to the neighbour", None, {}, *["lent to the neighbour"] * 3),
    ("followup", "not json", None, {}, *["not json"] * 3),
]

_EVENTS = sa.table(
    "ticket_events",
    sa.column("ticket_id", sa.Integer),
    sa.column("at", UTCDateTime),
    sa.column("user_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("note", sa.Text),
)


def _migrate(db: Database, revision: str, *, down: bool) -> None:
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def test_old_english_notes_become_codes_that_read_the_same(db, staff, qapp):
    no = take_in(db, staff.clerk)
    to_awaiting_approval(db, staff.technician, no)
    payments.pay(db, staff.clerk, no, "100", "cash")  # written as codes (chained)
    quotes.decide(db, staff.clerk, no, True, "phone")
    loaners.lend(db, staff.clerk, no, IMEI_2, "500")
    other = take_in(db, staff.clerk, imei=IMEI_3, phone="13912345678")
    to_awaiting_approval(db, staff.technician, other)
    quotes.decide(db, staff.clerk, other, True, "in_person")
    outcomes.declare_beyond_repair(db, staff.technician, other, "spare_parts_not_available")
    before = [(e.kind, e.note) for e in tickets.detail(db, staff.clerk, no).events]
    assert ("payment", "deposit cash 100.00") in before and ("quote_approved", "phone") in before
    assert ("loaner", f"out {IMEI_2} · 500.00") in before
    assert ("quote_line", "Replace screen × 1 @ 300.00 = 300.00") in before
    other_before = [(e.kind, e.note) for e in tickets.detail(db, staff.clerk, other).events]
    assert ("beyond_repair", "spare_parts_not_available") in other_before

    _migrate(db, "0018_r3_messages", down=True)  # the English back in the note
    with db.engine.begin() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("ticket_events")}
        assert "note_code" not in columns
        ticket_id = conn.scalar(select(Ticket.id).where(Ticket.ticket_no == no))
        notes = conn.execute(
            sa.text("SELECT kind, note FROM ticket_events WHERE ticket_id = :t ORDER BY id"),
            {"t": ticket_id},
        ).all()
        assert [tuple(row) for row in notes] == before
        at = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
        conn.execute(  # rows the program wrote at 0018, in every shape it wrote
            sa.insert(_EVENTS),
            [
                dict(ticket_id=ticket_id, at=at, user_id=staff.clerk.id, kind=kind, note=note)
                for kind, note, *_ in OLD
            ],
        )
    _migrate(db, "head", down=False)  # what `counter-app upgrade` runs
    try:
        with db.read() as session:
            rows = session.execute(
                select(
                    TicketEvent.kind,
                    TicketEvent.note,
                    TicketEvent.note_code,
                    TicketEvent.note_params,
                )
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
                .offset(len(before))
            ).all()
        stored = [
            (kind, note, code, json.loads(params or "{}")) for kind, note, code, params in rows
        ]
        assert stored == [
            (kind, "" if code else note, code, params) for kind, note, code, params, *_ in OLD
        ]
        # the command line and the JSON print what they printed before, word for word
        events = tickets.detail(db, staff.clerk, no).events
        assert [(e.kind, e.note) for e in events] == before + [(k, n) for k, n, *_ in OLD]
        shown_other = [(e.kind, e.note) for e in tickets.detail(db, staff.clerk, other).events]
        assert shown_other == other_before
        assert audit.verify(db, staff.manager).intact
        for index, language in enumerate(("en", "zh_CN", "zh_TW")):
            try:
                i18n.install(language)
                shown = [
                    names.ticket_event_text(e.kind, e.note, e.note_code, e.note_params)
                    for e in events[len(before) :]
                ]
            finally:
                i18n.install("en")
            assert shown == [expected[4 + index] for expected in OLD], language

        payments.pay(db, staff.clerk, no, "50", "card")  # written as a code after the upgrade
        with db.read() as session:
            last = session.execute(
                select(TicketEvent.note, TicketEvent.note_code).order_by(TicketEvent.id.desc())
            ).first()
        assert tuple(last) == ("", "payment")
        assert tickets.detail(db, staff.clerk, no).events[-1].note == "deposit card 50.00"
        assert audit.verify(db, staff.manager).intact

        _migrate(db, "0018_r3_messages", down=True)
        with db.engine.begin() as conn:
            notes = conn.execute(sa.text("SELECT kind, note FROM ticket_events ORDER BY id")).all()
        assert [tuple(row) for row in notes][-1] == ("payment", "deposit card 50.00")
        _migrate(db, "head", down=False)
        assert audit.verify(db, staff.manager).intact
    finally:
        i18n.install("en")
