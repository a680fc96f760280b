"""Intake: customers and devices found and reused, comebacks flagged, bad input refused."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from counter_app.errors import NotAllowed, ValidationError
from counter_app.models import Ticket
from counter_app.services.shop import settings
from counter_app.services.tickets import intake, quotes
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import local_today
from tests.conftest import snapshot
from tests.services.helpers import IMEI, IMEI_2, collect, take_in


def test_intake_creates_ticket_with_first_event(db, staff):
    no = take_in(db, staff.clerk)
    detail = tickets.detail(db, staff.manager, no)
    assert detail.status == "received"
    assert detail.customer.name == "张伟"
    assert detail.customer.phone == "+8613812345678"
    assert detail.device.imei == IMEI
    assert [(e.kind, e.to_status, e.user) for e in detail.events] == [
        ("created", "received", "Amy Chen")
    ]
    assert detail.promised_at is not None and detail.promised_at > detail.received_at


def test_ticket_numbers_are_short_readable_and_sequential(db, staff):
    first = take_in(db, staff.clerk)
    second = take_in(db, staff.clerk, imei=IMEI_2)
    assert first[:1] == "T" and len(first) == len("T261124-001")
    assert first[:-3] == second[:-3]
    assert int(second[-3:]) == int(first[-3:]) + 1


def test_same_phone_and_device_are_reused(db, staff):
    first = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="张伟", phone="13812345678", brand="Apple", model="iPhone 13", imei=IMEI, fault="a"
        ),
    )
    second = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="Zhang Wei",
            phone="138-1234-5678",
            brand="Apple",
            model="iPhone 13",
            imei="4901-5420-3237-518",
            fault="b",
        ),
    )
    assert second.customer_reused and second.device_reused
    assert (second.customer_id, second.device_id) == (first.customer_id, first.device_id)
    assert not second.is_comeback  # the first was never collected


def test_device_back_within_repair_warranty_is_a_comeback_free_for_the_same_fault(db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    result = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="张伟",
            phone="13812345678",
            brand="Apple",
            model="iPhone 13",
            imei=IMEI,
            fault="Screen flickers again",
        ),
    )
    assert result.is_comeback and result.comeback_of == first
    # Free only once the technician confirms the same fault (issue 11).
    assert result.warranty_decision == "undecided"
    quotes.set_warranty(
        db, staff.technician, result.ticket_no, "free", "same fault", same_fault=True
    )
    detail = tickets.detail(db, staff.technician, result.ticket_no)
    assert detail.warranty_decision == "free" and detail.warranty_code == "comeback_same_fault"
    assert detail.is_comeback and detail.comeback_of == first
    assert any(e.kind == "comeback" for e in detail.events)


def test_device_back_after_the_warranty_is_not_a_comeback(db, staff):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    with db.write() as session:
        ticket = session.scalar(select(Ticket).where(Ticket.ticket_no == first))
        ticket.warranty_until = local_today("Asia/Shanghai") - timedelta(days=1)
    result = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="张伟", phone="13812345678", brand="Apple", model="iPhone 13", imei=IMEI, fault="x"
        ),
    )
    assert not result.is_comeback and result.warranty_decision == "undecided"


def test_warranty_service_within_handset_warranty_is_free(db, staff):
    today = local_today("Asia/Shanghai")
    result = intake.take_in(
        db,
        staff.clerk,
        intake.IntakeData(
            name="Li Na",
            phone="+852 9123 4567",
            brand="Huawei",
            model="P60",
            imei=IMEI_2,
            fault="Speaker dead",
            service_type="warranty",
            purchase_date=today - timedelta(days=100),
            purchase_proof="INV-88",
        ),
    )
    assert result.warranty_decision == "free"


def test_return_exchange_needs_proof_and_the_exchange_period(db, staff, db_path):
    today = local_today("Asia/Shanghai")
    before = snapshot(db_path)
    base = dict(
        name="Li Na",
        phone="13912345678",
        brand="Xiaomi",
        model="14",
        imei=IMEI_2,
        fault="Dead on arrival",
        service_type="return_exchange",
    )
    with pytest.raises(ValidationError) as info:
        intake.take_in(db, staff.clerk, intake.IntakeData(**base))
    assert "purchase date" in info.value.message
    with pytest.raises(ValidationError) as info:
        intake.take_in(
            db,
            staff.clerk,
            intake.IntakeData(
                **base, purchase_date=today - timedelta(days=20), purchase_proof="R1"
            ),
        )
    assert "exchange period ended on" in info.value.message
    assert snapshot(db_path) == before


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("imei", "490154203237519", "check digit"),
        ("imei", "49015420323751", "15 digits"),
        ("imei", "4901542032375180", "IMEISV"),
        ("imei", "49015420323751X", "only digits"),
        ("name", "  ", "Name"),
        ("phone", "12", "Phone"),
        ("service_type", "fixing", "service type"),
        ("fault", "", "Fault"),
    ],
)
def test_bad_intake_changes_nothing(db, staff, db_path, field, value, fragment):
    take_in(db, staff.clerk)
    before = snapshot(db_path)
    with pytest.raises(ValidationError) as info:
        take_in(db, staff.clerk, **{"imei": IMEI_2, field: value})
    assert fragment in info.value.message
    assert snapshot(db_path) == before


def test_mandatory_fields_are_a_shop_setting(db, staff):
    settings.update(db, staff.manager, {"intake_required_fields": ["fault", "accessories"]})
    with pytest.raises(ValidationError) as info:
        take_in(db, staff.clerk)
    assert info.value.field == "accessories"
    assert take_in(db, staff.clerk, accessories="case, SIM tray")


def test_technician_role_cannot_take_in(db, staff, db_path):
    before = snapshot(db_path)
    with pytest.raises(NotAllowed):
        take_in(db, staff.technician)
    assert snapshot(db_path) == before
