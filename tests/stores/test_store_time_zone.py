"""Each store lives in its own time zone: a Hong Kong store beside a London one shows its own
local day for follow-ups due, appointments and promised times (stores.local_zone is the one
home of that rule). Runs on SQLite and on PostgreSQL (the `db` fixture)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from counter_app.models import FollowUp, Ticket
from counter_app.services.aftercare import followups
from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentData
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores import chain as stores
from counter_app.services.tickets import jobs as tickets
from counter_app.services.tickets import promise
from tests.services.helpers import IMEI, IMEI_2, take_in

# 17:00 on 1 March in London is already 01:00 on 2 March in Hong Kong.
EVENING_UTC = datetime(2027, 3, 1, 17, 0, tzinfo=UTC)


@pytest.fixture
def two_zones(db, staff):
    """MAIN follows the shop's zone, set to London; HK has its own, Asia/Hong_Kong."""
    with db.write() as session:
        settings_service.save(session, "time_zone", "Europe/London")
    stores.add_store(db, staff.manager, "HK", "Mong Kok", "HK", time_zone="Asia/Hong_Kong")
    for name in ("amy", "li"):
        stores.assign_staff(db, staff.manager, "HK", name)
    ids = {s.code: s.id for s in stores.list_stores(db)}
    return {
        code: dataclasses.replace(staff.clerk, store_id=store_id) for code, store_id in ids.items()
    } | {"ids": ids}


def test_the_zone_is_the_stores_own_else_the_shops(db, two_zones):
    with db.read() as session:
        assert stores.local_zone(session, store_id=two_zones["ids"]["HK"]) == "Asia/Hong_Kong"
        assert stores.local_zone(session, store_id=two_zones["ids"]["MAIN"]) == "Europe/London"
        assert stores.local_zone(session, actor=two_zones["HK"]) == "Asia/Hong_Kong"
        assert stores.local_zone(session) == "Europe/London"  # a chain, no store named


def test_a_promise_is_written_in_the_tickets_store_time(db, two_zones):
    at_hk = take_in(db, two_zones["HK"], imei=IMEI_2, phone="13912345678")
    at_london = take_in(db, two_zones["MAIN"], imei=IMEI)
    for ticket_no, actor in ((at_hk, two_zones["HK"]), (at_london, two_zones["MAIN"])):
        promise.change_promise(db, actor, ticket_no, EVENING_UTC, "part arrives late")
    notes = {  # as the command line prints them
        ticket_no: next(
            e.note for e in tickets.detail(db, actor, ticket_no).events if e.kind == "promise"
        )
        for ticket_no, actor in ((at_hk, two_zones["HK"]), (at_london, two_zones["MAIN"]))
    }
    assert "2027-03-02 01:00: part arrives late" in notes[at_hk]
    assert "2027-03-01 17:00: part arrives late" in notes[at_london]


def test_an_appointment_falls_on_its_stores_local_day(db, two_zones):
    booked = appointments.add(
        db,
        two_zones["HK"],
        AppointmentData(
            name="Chan", phone="13912345678", kind="dropoff", at="2027-03-02 01:00", minutes=30
        ),
    )
    assert booked.starts_at.astimezone(UTC) == EVENING_UTC  # typed in Hong Kong time
    hk_day = appointments.day(db, date(2027, 3, 2), actor=two_zones["HK"])
    assert [a.id for a in hk_day] == [booked.id]
    assert appointments.day(db, date(2027, 3, 2), actor=two_zones["MAIN"]) == []
    london_day = appointments.day(db, date(2027, 3, 1), actor=two_zones["MAIN"])
    assert [a.id for a in london_day] == [booked.id]


def test_a_follow_up_is_due_from_the_stores_local_collection_day(db, two_zones):
    at_hk = take_in(db, two_zones["HK"], imei=IMEI_2, phone="13912345678")
    at_london = take_in(db, two_zones["MAIN"], imei=IMEI)
    with db.write() as session:
        settings = settings_service.load_all(session)
        for ticket_no in (at_hk, at_london):
            ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == ticket_no))
            assert ticket is not None
            ticket.collected_at = EVENING_UTC
            followups.schedule(session, ticket, settings)
    days = settings.followup_days
    with db.read() as session:
        due = dict(
            session.execute(
                select(Ticket.ticket_no, FollowUp.due_on)
                .join(Ticket, Ticket.id == FollowUp.ticket_id)
                .where(FollowUp.reason == "after_collection")
            ).all()
        )
    assert (due[at_hk] - date(2027, 3, 2)).days == days
    assert (due[at_london] - date(2027, 3, 1)).days == days
