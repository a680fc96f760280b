"""Appointments: working days, clashes at the slot edges, the state machine and its refusals,
an on-site visit becoming a ticket whose payment lands in the day's report."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from counter_app.errors import NotAllowed, NotFound, ValidationError
from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentData, VisitReport
from counter_app.services.reporting import reports
from counter_app.services.shop import settings
from counter_app.services.shop.working_days import add_working_days, onsite_due
from counter_app.services.stock import inventory
from counter_app.services.tickets import devices
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import local_today, zone
from tests.conftest import snapshot

TZ = "Asia/Shanghai"


# Fixed once: a test running across the store's midnight still books one day.
DAY = local_today(TZ) + timedelta(days=3)


def slot(hour: int = 10, minute: int = 0) -> str:
    return f"{DAY.isoformat()} {hour:02d}:{minute:02d}"


def book(db, actor, **overrides):  # type: ignore[no-untyped-def]
    data = dict(
        name="王芳",
        phone="13912345678",
        kind="onsite",
        at=slot(),
        minutes=60,
        address="上海市徐汇区漕溪北路 88 号 12 楼",
        engineer="li",
        fault="Smart lock does not pair",
    )
    data.update(overrides)
    return appointments.add(db, actor, AppointmentData(**data))


def move_clock(monkeypatch, moment: datetime) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(appointments, "utcnow", lambda: moment)


# -- working days -------------------------------------------------------------------------
def test_working_days_skip_the_weekend():
    friday = date(2026, 11, 27)
    assert friday.weekday() == 4
    assert add_working_days(friday, 1, ()) == date(2026, 11, 30)  # Monday
    assert add_working_days(friday, 7, ()) == date(2026, 12, 8)  # Mon..Fri + Mon, Tue


def test_working_days_skip_a_holiday_and_the_weekend_around_it():
    # National Day week: 1-7 October 2026 are holidays; 3-4 are also the weekend.
    holidays = [date(2026, 10, d) for d in range(1, 8)]
    assert add_working_days(date(2026, 9, 30), 1, holidays) == date(2026, 10, 8)
    assert add_working_days(date(2026, 9, 30), 3, holidays) == date(2026, 10, 12)


def test_onsite_promise_uses_the_settings(db, staff):
    settings.update(db, staff.manager, {"onsite_days": "2", "shop_holidays": "2030-01-02"})
    rules = settings.get_all(db)
    assert rules.shop_holidays == ("2030-01-02",)
    # Tue 1 Jan 2030 + 2 working days, the 2nd a holiday: Thu 3, Fri 4.
    assert onsite_due(date(2030, 1, 1), rules) == date(2030, 1, 4)
    with pytest.raises(ValidationError):
        settings.update(db, staff.manager, {"shop_holidays": "2030-02-30"})


def test_booking_records_the_due_day(db, staff):
    before = local_today(TZ)
    info = book(db, staff.clerk)
    rules = settings.get_all(db)
    assert info.due_on in (onsite_due(before, rules), onsite_due(local_today(TZ), rules))
    assert info.status == "booked" and info.engineer == "li" and info.minutes == 60


# -- clashes ------------------------------------------------------------------------------
def test_back_to_back_slots_do_not_clash_but_an_overlap_does(db, staff, db_path):
    first = book(db, staff.clerk, at=slot(hour=10))
    book(db, staff.clerk, at=slot(hour=11), phone="13700001111")  # 11:00 right at 10-11's end
    book(db, staff.clerk, at=slot(hour=9), phone="13700002222")  # 09:00-10:00 ends at its start
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as caught:
        book(db, staff.clerk, at=slot(hour=10, minute=30), minutes=15, phone="13700003333")
    assert f"appointment {first.id}" in caught.value.message
    assert "王芳" in caught.value.message
    assert snapshot(db_path) == before
    # Another engineer is free at the same time; a cancelled booking frees its slot.
    book(db, staff.clerk, at=slot(hour=10, minute=30), engineer="zhao", phone="13700003333")
    appointments.cancel(db, staff.clerk, first.id, "Customer travelling")
    book(db, staff.clerk, at=slot(hour=10, minute=0), phone="13700004444")


@pytest.mark.sqlite_only  # reads SQLite's own catalogue / file
def test_clash_detection_is_one_indexed_query(db, staff):
    book(db, staff.clerk)
    with db.read() as session:
        sql = "EXPLAIN QUERY PLAN SELECT id FROM appointments WHERE engineer_id = 1 AND starts_at > '2026-01-01' AND starts_at < '2026-01-02' AND ends_at > '2026-01-01'"
        plan = " ".join(str(r) for r in session.connection().exec_driver_sql(sql))
    assert "ix_appointments_engineer_starts" in plan


# -- refusals: nothing written ------------------------------------------------------------
@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"at": "2020-01-06 10:00"}, "at"),
        ({"at": "tomorrow at ten"}, "at"),
        ({"engineer": "amy"}, "engineer"),  # a clerk, not a technician
        ({"engineer": "nobody"}, "engineer"),
        ({"address": "  "}, "address"),
        ({"engineer": ""}, "engineer"),
        ({"kind": "pigeon"}, "kind"),
        ({"minutes": "0"}, "minutes"),
        ({"phone": "12"}, "phone"),
    ],
)
def test_bad_bookings_are_refused_and_nothing_is_written(db, staff, db_path, overrides, field):
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as caught:
        book(db, staff.clerk, **overrides)
    assert caught.value.field == field
    assert snapshot(db_path) == before


def test_a_dropoff_needs_no_address_or_engineer(db, staff):
    info = book(db, staff.clerk, kind="dropoff", address="", engineer="")
    assert info.kind == "dropoff" and info.due_on is None and info.engineer is None


def test_inventory_keeper_may_not_book(db, staff):
    with pytest.raises(NotAllowed):
        book(db, staff.inventory)


# -- the state machine --------------------------------------------------------------------
def test_each_state_change_and_its_refusals(db, staff, db_path, monkeypatch):
    info = book(db, staff.clerk)
    before = snapshot(db_path)
    with pytest.raises(ValidationError, match="only from confirmed"):
        appointments.arrive(db, staff.technician, info.id)  # arriving before confirming
    with pytest.raises(ValidationError, match="has not begun"):
        appointments.no_show(db, staff.clerk, info.id)
    with pytest.raises(ValidationError):
        appointments.done(db, staff.technician, info.id, VisitReport())
    with pytest.raises(ValidationError):
        appointments.cancel(db, staff.clerk, info.id, "  ")  # a reason is required
    with pytest.raises(NotFound):
        appointments.confirm(db, staff.clerk, 999)
    assert snapshot(db_path) == before

    assert appointments.confirm(db, staff.clerk, info.id).status == "confirmed"
    with pytest.raises(ValidationError):
        appointments.confirm(db, staff.clerk, info.id)  # twice
    # The engineer arrives 5 minutes into the slot: on time.
    move_clock(monkeypatch, info.starts_at + timedelta(minutes=5))
    arrived = appointments.arrive(db, staff.technician, info.id)
    assert arrived.status == "arrived" and not arrived.late and arrived.on_time
    assert arrived.arrived_at == info.starts_at + timedelta(minutes=5)
    with pytest.raises(ValidationError):
        appointments.cancel(db, staff.clerk, info.id, "Too late to cancel")
    finished = appointments.done(
        db, staff.technician, info.id, VisitReport(note="Re-paired the lock", signed_by="王芳")
    )
    assert finished.status == "done" and finished.signed_by == "王芳"
    before = snapshot(db_path)
    with pytest.raises(ValidationError, match="is done"):
        appointments.done(db, staff.technician, info.id, VisitReport(note="again"))  # done twice
    assert snapshot(db_path) == before


def test_arrival_after_the_slot_end_is_late(db, staff, monkeypatch):
    info = book(db, staff.clerk)
    appointments.confirm(db, staff.clerk, info.id)
    move_clock(monkeypatch, info.ends_at + timedelta(minutes=1))
    arrived = appointments.arrive(db, staff.technician, info.id)
    assert arrived.late and arrived.on_time is False


def test_arrival_at_the_slot_end_is_not_late(db, staff, monkeypatch):
    info = book(db, staff.clerk)
    appointments.confirm(db, staff.clerk, info.id)
    move_clock(monkeypatch, info.ends_at)
    assert not appointments.arrive(db, staff.technician, info.id).late


def test_no_show_once_the_slot_has_begun_and_cancel_with_reason(db, staff, monkeypatch):
    first = book(db, staff.clerk)
    second = book(db, staff.clerk, at=slot(hour=14), phone="13700001111")
    move_clock(monkeypatch, first.starts_at + timedelta(minutes=1))
    assert appointments.no_show(db, staff.clerk, first.id).status == "no_show"
    cancelled = appointments.cancel(db, staff.clerk, second.id, "Fixed it himself")
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "Fixed it himself"
    with pytest.raises(ValidationError):
        appointments.confirm(db, staff.clerk, second.id)


# -- an on-site visit becomes a ticket ----------------------------------------------------
def _arrived(db, staff, monkeypatch, **overrides):  # type: ignore[no-untyped-def]
    info = book(db, staff.clerk, **overrides)
    appointments.confirm(db, staff.clerk, info.id)
    move_clock(monkeypatch, info.starts_at + timedelta(minutes=10))
    appointments.arrive(db, staff.technician, info.id)
    return info


def test_onsite_visit_becomes_a_collected_ticket_with_parts_and_payment_in_the_days_report(
    db, staff, monkeypatch
):
    part = inventory.create_part(
        db,
        staff.manager,
        inventory.PartData(sku="LOCK-BAT", name="Lock battery pack", cost="20", price="45"),
    )
    inventory.receive(db, staff.inventory, part.sku, 3)
    info = _arrived(
        db, staff, monkeypatch, brand="Xiaomi", model="Smart Lock Pro", serial="XMLOCK12345"
    )
    finished = appointments.done(
        db,
        staff.technician,
        info.id,
        VisitReport(
            note="Replaced the battery pack, re-paired",
            paid="145.00",
            method="wechat",
            signed_by="王芳",
            parts=[("LOCK-BAT", 1)],
        ),
    )
    assert finished.ticket_no
    ticket = tickets.detail(db, staff.manager, finished.ticket_no)
    assert ticket.status == "collected"
    assert ticket.customer.name == "王芳" and ticket.device.serial == "XMLOCK12345"
    assert ticket.technician == "Li Wei"
    assert ticket.total == Decimal("145.00") and ticket.paid == Decimal("145.00")
    assert [(line.kind, line.line_total) for line in ticket.lines] == [
        ("part", Decimal("45.00")),
        ("labour", Decimal("100.00")),
    ]
    assert ticket.warranty_until is not None  # the repair warranty runs from today
    assert inventory.get_part(db, "LOCK-BAT").on_hand == 2
    # The same history: the device's record lists the visit.
    history = devices.history(db, "XMLOCK12345")
    assert [e.ticket_no for e in history.entries] == [finished.ticket_no]
    # The payment shows in the day's report.
    today = local_today(TZ)
    report = reports.daily(db, staff.manager, today)
    wechat = [t for t in report.takings if t.method == "wechat_pay"]
    assert wechat and wechat[0].finals == Decimal("145.00")
    assert report.collected == 1


def test_paid_less_than_the_parts_is_refused_and_nothing_is_written(
    db, staff, db_path, monkeypatch
):
    inventory.create_part(
        db, staff.manager, inventory.PartData(sku="P1", name="Sensor", cost="10", price="80")
    )
    inventory.receive(db, staff.inventory, "P1", 1)
    info = _arrived(db, staff, monkeypatch)
    before = snapshot(db_path)
    with pytest.raises(ValidationError, match="cover them"):
        appointments.done(
            db,
            staff.technician,
            info.id,
            VisitReport(note="Sensor", paid="50", method="cash", parts=[("P1", 1)]),
        )
    with pytest.raises(ValidationError, match="Record what the customer paid"):
        appointments.done(db, staff.technician, info.id, VisitReport(parts=[("P1", 1)]))
    with pytest.raises(ValidationError):
        appointments.done(db, staff.technician, info.id, VisitReport(paid="50", method="banknotes"))
    assert snapshot(db_path) == before


def test_monthly_assessment_counts_visits_and_on_time(db, staff, monkeypatch, tmp_path):
    on_time = _arrived(db, staff, monkeypatch)
    late = book(db, staff.clerk, at=slot(hour=15), phone="13700001111")
    appointments.confirm(db, staff.clerk, late.id)
    move_clock(monkeypatch, late.ends_at + timedelta(minutes=30))
    appointments.arrive(db, staff.technician, late.id)
    local = on_time.starts_at.astimezone(zone(TZ))
    report = reports.monthly(db, staff.manager, local.year, local.month)
    li = next(s for s in report.staff if s.user == "Li Wei")
    assert li.visits == 2 and li.visits_on_time_pct == 50.0
    # the printed and the Excel assessment show the same figures
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from counter_app.exporting import report_excel
    from counter_app.printing import report_doc

    pdf, xlsx = tmp_path / "month.pdf", tmp_path / "month.xlsx"
    report_doc.write_pdf(report, pdf)
    report_excel.monthly(report, xlsx)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "On-site service" in text and "50.0%" in text
    sheet = load_workbook(xlsx)["Staff"]
    heads = [c.value for c in sheet[1]]
    row = next(
        dict(zip(heads, [c.value for c in r], strict=True))
        for r in sheet.iter_rows(2)
        if r[0].value == "Li Wei"
    )
    assert row["On-site visits"] == 2 and row["On time %"] == 50.0


def test_the_demo_shop_has_appointments_past_and_coming(db, staff):
    from counter_app.demo import shop as demo

    summary = demo.fill(db, tickets=400, seed=3)
    assert summary["appointments"] > 20
    today = local_today(TZ)
    coming = appointments.between(
        db,
        datetime.combine(today, datetime.min.time(), tzinfo=zone(TZ)),
        datetime.combine(today + timedelta(days=9), datetime.min.time(), tzinfo=zone(TZ)),
    )
    assert coming and all(a.status in ("booked", "confirmed") for a in coming)
    assert all(a.address for a in coming if a.kind == "onsite")
    # No engineer is double-booked, in the past or the coming week.
    with db.read() as session:
        from sqlalchemy import select

        from counter_app.models import Appointment

        rows = session.scalars(select(Appointment)).all()
        for row in rows:
            if row.engineer_id is None or row.status in ("cancelled", "no_show"):
                continue
            assert (
                appointments.find_clash(
                    session, row.engineer_id, row.starts_at, row.ends_at, exclude_id=row.id
                )
                is None
            )
        done_onsite = [r.ticket_id for r in rows if r.kind == "onsite" and r.status == "done"]
    assert done_onsite and None not in done_onsite


def test_monthly_assessment_shows_visits_on_the_reports_page(qtbot, db, staff, monkeypatch):
    from counter_app.ui.pages.reports_page import STAFF

    info = _arrived(db, staff, monkeypatch)
    local = info.starts_at.astimezone(zone(TZ))
    report = reports.monthly(db, staff.manager, local.year, local.month)
    li = next(s for s in report.staff if s.user == "Li Wei")
    headers = [c.header for c in STAFF]
    values = {h: c.value(li) for h, c in zip(headers, STAFF, strict=True)}
    assert values["On-site visits"] == 1 and values["On time"] == "100.0%"


def test_erasing_the_customer_erases_their_bookings_copy_of_name_phone_and_address(
    db, staff, db_path
):
    from counter_app.services.people import customers
    from tests.services.helpers import take_in

    take_in(db, staff.clerk, name="王芳", phone="13912345678")  # a customer of the shop
    booked = book(db, staff.clerk)
    [customer] = customers.search(db, "5678")
    customers.anonymise(db, staff.manager, customer.id)
    conn = sqlite3.connect(db_path)
    try:
        row = conn.execute(
            "SELECT customer_name, phone, address, fault FROM appointments WHERE id = ?",
            (booked.id,),
        ).fetchone()
    finally:
        conn.close()
    assert row == (f"Anonymised #{customer.id}", "", "", "Smart lock does not pair")
