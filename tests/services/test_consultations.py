"""Consultations: a callback on the follow-up list on the day asked, bad input refused with
nothing written, and a customer's erasure reaching their consultations."""

from datetime import timedelta

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.aftercare import consultations, followups
from counter_app.services.people import customers
from counter_app.timeutil import local_today, to_local
from tests.conftest import snapshot
from tests.services.helpers import take_in


def tomorrow_at_ten() -> str:
    day = local_today("Asia/Shanghai") + timedelta(days=1)
    return f"{day:%Y-%m-%d} 10:00"


def test_a_callback_is_on_the_list_from_the_day_asked(db, staff):
    c = consultations.add(
        db,
        staff.clerk,
        name="王先生",
        phone="139 1234 5678",
        question="How much is a battery for a Mate 40?",
        callback=tomorrow_at_ten(),
    )
    local = to_local(c.callback_at, "Asia/Shanghai")
    assert (local.hour, local.minute) == (10, 0) and c.callback_state == "due"
    assert c.phone_masked == "139****5678" and c.customer_id is None
    today = local_today("Asia/Shanghai")
    assert followups.due_list(db, staff.clerk, today) == []
    [call] = followups.due_list(db, staff.clerk, today + timedelta(days=1))
    assert (call.reason, call.customer_name, call.work_done) == (
        "callback",
        "王先生",
        "How much is a battery for a Mate 40?",
    )
    followups.record(db, staff.clerk, call.due_key, reached=True, day=today + timedelta(days=1))
    assert followups.due_list(db, staff.clerk, today + timedelta(days=1)) == []
    [shown] = consultations.recent(db, staff.clerk)
    assert shown.callback_state == "done"


@pytest.mark.parametrize(
    "bad",
    [
        dict(name=""),
        dict(phone="12345"),
        dict(question="  "),
        dict(callback="next Tuesday"),
        dict(callback="2020-01-01 10:00"),
    ],
)
def test_bad_consultations_write_nothing(db, db_path, staff, bad):
    data = dict(name="李娜", phone="13912345678", question="Open on Sunday?")
    data.update(bad)
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        consultations.add(db, staff.clerk, **data)
    assert snapshot(db_path) == before


def test_inventory_keepers_do_not_take_consultations(db, staff):
    with pytest.raises(NotAllowed):
        consultations.add(db, staff.inventory, name="A", phone="13912345678", question="q")


def test_erasing_a_customer_erases_their_consultations(db, staff):
    take_in(db, staff.clerk)  # customer 张伟, 13812345678
    matched = consultations.add(
        db,
        staff.clerk,
        name="张伟",
        phone="13812345678",
        question="Is my phone ready?",
        callback=tomorrow_at_ten(),
    )
    assert matched.customer_id is not None
    other = consultations.add(db, staff.clerk, name="李娜", phone="13912345678", question="Price?")
    customers.anonymise(db, staff.manager, customers.find_by_phone(db, "13812345678").id)
    shown = {c.id: c for c in consultations.recent(db, staff.clerk)}
    assert shown[matched.id].name.startswith("Anonymised") and shown[matched.id].phone_masked == ""
    assert shown[other.id].name == "李娜"
    tomorrow = local_today("Asia/Shanghai") + timedelta(days=1)
    assert followups.due_list(db, staff.clerk, tomorrow) == []
