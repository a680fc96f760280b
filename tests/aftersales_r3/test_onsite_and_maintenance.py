"""On-site visits for a device under warranty (free, decided by the warranty engine), a visit
that could not fix the device, rescheduling, booking from a consultation, the customer's
address; and maintenance reminders. The time rules are checked at their boundaries with the
clock moved (faketime)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update

from counter_app.models import Ticket
from counter_app.services.aftercare import consultations
from counter_app.services.appointments import booking
from counter_app.services.outreach import maintenance
from counter_app.services.people import customers
from counter_app.services.shop import settings
from counter_app.services.tickets import jobs
from counter_app.timeutil import local_today
from tests.conftest import ROOT, CliResult, snapshot
from tests.hardening.helpers import run_main
from tests.services.helpers import IMEI, IMEI_2, take_in

TZ = "Asia/Shanghai"
DAY = local_today(TZ) + timedelta(days=2)
needs_faketime = pytest.mark.skipif(
    shutil.which("faketime") is None, reason="needs the faketime package"
)


def book(db, actor, **extra) -> booking.AppointmentInfo:
    data = dict(
        name="王芳",
        phone="13812345678",
        kind="onsite",
        at=f"{DAY.isoformat()} 10:00",
        address="上海市徐汇区漕溪北路88号",
        engineer="li",
        fault="No signal",
    )
    data.update(extra)
    return booking.add(db, actor, booking.AppointmentData(**data))


def visit(db, staff, appointment_id: int, **report) -> booking.AppointmentInfo:
    booking.confirm(db, staff.clerk, appointment_id)
    booking.arrive(db, staff.technician, appointment_id)
    return booking.done(db, staff.technician, appointment_id, booking.VisitReport(**report))


def test_a_visit_for_a_device_under_warranty_is_free(db, staff):
    take_in(
        db, staff.clerk, purchase_date=local_today(TZ) - timedelta(days=60), purchase_proof="F1"
    )
    info = book(db, staff.clerk, imei=IMEI)
    cover = booking.cover(db, info.id)
    assert cover is not None and cover.covered and cover.kind == "manufacturer"
    done = visit(db, staff, info.id, note="Antenna reseated")
    assert done.outcome == "fixed"
    ticket = jobs.detail(db, staff.clerk, done.ticket_no)
    assert ticket.warranty_decision == "free" and ticket.status == "collected"
    assert ticket.total == 0


def test_an_exclusion_makes_the_covered_visit_paid(db, staff):
    take_in(
        db, staff.clerk, purchase_date=local_today(TZ) - timedelta(days=60), purchase_proof="F1"
    )
    info = book(db, staff.clerk, imei=IMEI)
    done = visit(
        db, staff, info.id, note="Water damage", paid="120", method="cash", exclusion="liquid"
    )
    ticket = jobs.detail(db, staff.clerk, done.ticket_no)
    assert ticket.warranty_decision == "paid" and ticket.total == 120


def test_a_device_out_of_warranty_or_unknown_is_paid(db, staff):
    info = book(db, staff.clerk, imei=IMEI_2)
    cover = booking.cover(db, info.id)
    assert cover is not None and not cover.covered
    assert booking.cover(db, book(db, staff.clerk, at=f"{DAY} 14:00").id) is None
    done = visit(db, staff, info.id, note="Fixed", paid="80", method="cash")
    assert jobs.detail(db, staff.clerk, done.ticket_no).total == 80


def test_a_visit_that_could_not_fix_the_device(db, staff):
    info = book(db, staff.clerk, imei=IMEI_2)
    with pytest.raises(Exception):  # noqa: B017  no payment for a job not done
        visit(db, staff, info.id, note="Board fault", paid="50", method="cash", fixed=False)
    done = booking.done(
        db, staff.technician, info.id, booking.VisitReport(note="Board fault", fixed=False)
    )
    assert done.status == "done" and done.outcome == "not_fixed"
    ticket = jobs.detail(db, staff.clerk, done.ticket_no)
    assert ticket.status == "diagnosing"  # the job goes on
    assert any("Not fixed on site" in e.note for e in ticket.events)


def test_reschedule_keeps_the_due_day_and_warns_past_it(db, staff):
    info = book(db, staff.clerk)
    assert info.due_on is not None and not info.past_due
    booking.confirm(db, staff.clerk, info.id)
    later = info.due_on + timedelta(days=3)
    moved = booking.reschedule(db, staff.clerk, info.id, f"{later} 15:00", "Customer away")
    assert moved.due_on == info.due_on and moved.past_due and moved.status == "booked"
    assert "Customer away" in moved.notes
    with pytest.raises(Exception):  # noqa: B017  a reason is required
        booking.reschedule(db, staff.clerk, info.id, f"{later} 16:00", "")


def test_a_consultation_becomes_a_booking_and_the_address_comes_from_the_record(db, staff):
    asked = consultations.add(
        db, staff.clerk, name="陈静", phone="13700001111", question="Router keeps dropping"
    )
    info = book(db, staff.clerk, name="", phone="", fault="", consultation_id=asked.id)
    assert (info.customer_name, info.phone, info.fault) == (
        "陈静",
        "+8613700001111",
        "Router keeps dropping",
    )
    assert info.consultation_id == asked.id
    with pytest.raises(Exception):  # noqa: B017  booked once
        book(db, staff.clerk, name="", phone="", consultation_id=asked.id, at=f"{DAY} 15:00")
    take_in(db, staff.clerk)
    found = customers.find_by_phone(db, "13812345678")
    customers.update(db, staff.clerk, found.id, address="深圳市南山区科技园1号")
    again = book(db, staff.clerk, address="", at=f"{DAY} 16:00")
    assert again.address == "深圳市南山区科技园1号"


def test_appointment_cli_device_reschedule_and_from_consult(db, staff, db_path, capsys):
    base = ("--db", str(db_path), "--user", "amy")
    take_in(
        db, staff.clerk, purchase_date=local_today(TZ) - timedelta(days=60), purchase_proof="F1"
    )
    args = ("appointment", "add", "--kind", "onsite", "--engineer", "li", "--json")
    added = run_main(
        capsys,
        *args,
        "--phone",
        "13812345678",
        "--name",
        "王芳",
        "--address",
        "X路1号",
        "--at",
        f"{DAY} 10:00",
        "--imei",
        IMEI,
        *base,
    )
    assert added.code == 0, added.err
    body = json.loads(added.out)
    assert body["warranty"]["covered"] is True and body["warnings"] == []
    late = date.fromisoformat(body["due_on"]) + timedelta(days=1)
    moved = run_main(
        capsys,
        "appointment",
        "reschedule",
        str(body["id"]),
        "--at",
        f"{late} 09:00",
        "--reason",
        "Customer asked",
        "--json",
        *base,
    )
    assert moved.code == 0, moved.err
    assert json.loads(moved.out)["due_on"] == body["due_on"] and "warning" in moved.err
    before = snapshot(db_path)
    missing = run_main(capsys, *args, "--from-consult", "999", "--at", f"{DAY} 12:00", *base)
    assert missing.code == 2 and snapshot(db_path) == before


def run_at(moment: str, db_path, *args: str, user: str = "amy") -> CliResult:
    command = ["faketime", moment, sys.executable, "-m", "counter_app", *args]
    command += ["--db", str(db_path), "--user", user]
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@needs_faketime
@pytest.mark.parametrize(("day", "free"), [("2026-03-01", True), ("2026-03-02", False)])
def test_visit_on_the_last_day_of_warranty_is_free_and_a_day_later_paid(
    db, staff, db_path, day, free
):
    """Bought 2025-03-01, 12 months' handset warranty: the visit on 2026-03-01 is free."""
    take_in(db, staff.clerk, purchase_date=date(2025, 3, 1), purchase_proof="INV-1")
    moment = f"{day} 01:00:00"  # 09:00 in Shanghai
    added = run_at(
        moment,
        db_path,
        "appointment",
        "add",
        "--kind",
        "onsite",
        "--engineer",
        "li",
        "--phone",
        "13812345678",
        "--name",
        "王芳",
        "--address",
        "X路1号",
        "--at",
        f"{day} 10:00",
        "--imei",
        IMEI,
        "--json",
    )
    assert added.returncode == 0, added.stderr
    body = added.json()
    assert body["warranty"]["covered"] is free
    number = str(body["id"])
    for action in ("confirm", "arrive"):
        assert run_at(moment, db_path, "appointment", action, number).returncode == 0
    done = run_at(
        moment,
        db_path,
        "appointment",
        "done",
        number,
        "--note",
        "Fixed",
        *(() if free else ("--paid", "90", "--method", "cash")),
        "--json",
        user="li",
    )
    assert done.returncode == 0, done.stderr
    ticket = jobs.detail(db, staff.clerk, done.json()["ticket_no"])
    assert ticket.warranty_decision == ("free" if free else "undecided")
    assert ticket.total == (0 if free else 90)


def _maintained(db, staff, collected: datetime, **intake) -> str:
    """A maintenance job collected at ``collected`` (its workflow is not what is tested)."""
    no = take_in(db, staff.clerk, service_type="maintenance", **intake)
    with db.write() as session:
        session.execute(
            update(Ticket)
            .where(Ticket.ticket_no == no)
            .values(status="collected", collected_at=collected)
        )
    return no


def test_maintenance_due_after_the_interval_consent_only(db, staff):
    settings.update(db, staff.manager, {"maintenance_interval_months": 6})
    collected = datetime(2026, 1, 15, 4, 0, tzinfo=UTC)  # 12:00 in Shanghai
    no = _maintained(db, staff, collected)
    assert maintenance.due(db, staff.clerk, date(2026, 7, 14)) == []
    due = maintenance.due(db, staff.clerk, date(2026, 7, 15))
    assert [(d.ticket_no, d.last_maintenance, d.due_on) for d in due] == [
        (no, date(2026, 1, 15), date(2026, 7, 15))
    ]
    found = customers.find_by_phone(db, "13812345678")
    customers.update(db, staff.clerk, found.id, contact_consent=False)
    assert maintenance.due(db, staff.clerk, date(2026, 7, 15)) == []


@needs_faketime
@pytest.mark.parametrize(
    ("moment", "listed"), [("2027-01-14 15:59:00", False), ("2027-01-14 16:00:00", True)]
)
def test_maintenance_due_at_local_midnight_with_the_clock_moved(db, staff, db_path, moment, listed):
    """Collected 2026-01-15 (Shanghai), 12 months: due from 00:00 on 2027-01-15 in Shanghai
    (16:00 UTC the day before)."""
    _maintained(db, staff, datetime(2026, 1, 15, 4, 0, tzinfo=UTC))
    result = run_at(moment, db_path, "maintenance", "due", "--json")
    assert result.returncode == 0, result.stderr
    devices = result.json()["devices"]
    assert [d["imei"] for d in devices] == ([IMEI] if listed else [])
    if listed:
        assert devices[0]["due_on"] == "2027-01-15" and devices[0]["phone"] == "+8613812345678"


def test_a_slot_on_the_due_day_is_not_past_due_and_the_next_day_is(db, staff):
    info = book(db, staff.clerk)
    on_the_day = booking.reschedule(db, staff.clerk, info.id, f"{info.due_on} 17:00", "later")
    assert not on_the_day.past_due
    next_day = info.due_on + timedelta(days=1)
    assert booking.reschedule(db, staff.clerk, info.id, f"{next_day} 09:00", "later").past_due
