"""Device history, customer search, settings, users."""

import pytest

from counter_app.errors import NotFound, ValidationError
from counter_app.services.people import customers, lookup, users
from counter_app.services.shop import settings
from counter_app.services.tickets import devices
from tests.services.helpers import IMEI, IMEI_2, collect, take_in


def test_history_newest_first_with_warranty(db, staff):
    first = take_in(db, staff.clerk, fault="Battery drains")
    collect(db, staff.clerk, staff.technician, first, "120")
    second = take_in(db, staff.clerk, fault="Screen flickers")
    history = devices.history(db, "4901-5420-3237-518")
    assert [e.ticket_no for e in history.entries] == [second, first]
    assert history.entries[1].warranty_until is not None
    assert history.under_repair_warranty.ticket_no == first
    assert history.open_ticket == second
    assert history.entries[0].is_comeback


def test_history_of_unknown_or_invalid_device(db, staff):
    with pytest.raises(NotFound):
        devices.history(db, IMEI_2)
    with pytest.raises(ValidationError):
        devices.history(db, "490154203237519")


def test_serial_number_devices(db, staff):
    no = take_in(
        db, staff.clerk, imei="", serial="c02xk1abjgh5", brand="Apple", model="MacBook Air"
    )
    assert devices.history(db, "C02XK1ABJGH5").entries[0].ticket_no == no


def test_customer_search_by_phone_tail_and_name(db, staff):
    take_in(db, staff.clerk)
    take_in(db, staff.clerk, name="Mary Wong", phone="+852 9123 4567", imei=IMEI_2)
    assert [c.name for c in customers.search(db, "5678")] == ["张伟"]
    assert [c.name for c in customers.search(db, "234567")] == ["Mary Wong"]
    assert [c.name for c in customers.search(db, "mary")] == ["Mary Wong"]
    assert customers.search(db, "0000") == []


def test_lookup_classifies_what_was_scanned(db, staff):
    no = take_in(db, staff.clerk)
    assert lookup.resolve(db, no.lower()).ticket_no == no
    assert lookup.resolve(db, IMEI).kind == "device"
    assert lookup.resolve(db, IMEI_2).kind == "new_device"
    assert lookup.resolve(db, "5678").kind == "customers"
    assert lookup.resolve(db, "zzzz").kind == "none"


def test_anonymise_keeps_the_record_erases_the_person(db, staff):
    no = take_in(db, staff.clerk)
    customer = customers.search(db, "5678")[0]
    customers.anonymise(db, staff.manager, customer.id)
    assert customers.search(db, "5678") == []
    history = devices.history(db, IMEI)
    assert history.entries[0].ticket_no == no
    assert history.entries[0].customer_name.startswith("Anonymised")


def test_settings_validated_and_manager_only(db, staff):
    from counter_app.errors import NotAllowed

    with pytest.raises(NotAllowed):
        settings.update(db, staff.clerk, {"store_name": "x"})
    with pytest.raises(ValidationError):
        settings.update(db, staff.manager, {"repair_warranty_months": "-3"})
    with pytest.raises(ValidationError):
        settings.update(db, staff.manager, {"time_zone": "Mars/Olympus"})
    new = settings.update(
        db, staff.manager, {"repair_warranty_months": "3", "store_name": "小米之家维修"}
    )
    assert new.repair_warranty_months == 3 and new.store_name == "小米之家维修"


def test_passwords_are_argon2_hashed(db, staff):
    users.create_user(db, staff.manager, "bo", "Bo", "clerk", "s3cret!")
    assert users.sign_in(db, "bo", "s3cret!").role == "clerk"
    from counter_app.errors import NotAllowed

    with pytest.raises(NotAllowed):
        users.sign_in(db, "bo", "wrong")
    with db.read() as session:
        from sqlalchemy import select

        from counter_app.models import User

        stored = session.scalar(select(User.password_hash).where(User.username == "bo"))
    assert stored.startswith("$argon2id$")


def test_the_lockout_names_the_person_not_the_login(db, staff):
    from counter_app.errors import NotAllowed

    users.create_user(db, staff.manager, "chenjie", "陈杰", "clerk", "s3cret!")
    for _ in range(5):
        with pytest.raises(NotAllowed):
            users.sign_in(db, "chenjie", "wrong")
    with pytest.raises(NotAllowed) as locked:
        users.sign_in(db, "chenjie", "s3cret!")
    assert "陈杰" in locked.value.message and "chenjie" not in locked.value.message
