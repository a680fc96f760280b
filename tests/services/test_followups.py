"""Follow-up calls: the due-list rules on the store's local days (Asia/Shanghai, UTC+8) across
month and quarter ends, the consent filter, the retry rule, and a dissatisfied answer opening
exactly one complaint."""

import sqlite3
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from counter_app.errors import NotAllowed, ValidationError
from counter_app.services.aftercare import complaints, followups
from counter_app.services.people import customers
from counter_app.services.shop import settings
from tests.conftest import snapshot
from tests.services.aftercare_helpers import move_collection
from tests.services.helpers import IMEI_2, IMEI_3, collect, take_in

SHANGHAI = ZoneInfo("Asia/Shanghai")


def stamp(db_path, sql: str, moment: datetime, *params) -> None:
    conn = sqlite3.connect(db_path)
    value = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute(sql, (value, *params))
    conn.commit()
    conn.close()


def collected_on(db, db_path, staff, local: datetime, **intake) -> str:
    """A ticket taken in and collected, its intake and collection moved to ``local``."""
    ticket_no = take_in(db, staff.clerk, **intake)
    collect(db, staff.clerk, staff.technician, ticket_no)
    move_collection(db, db_path, ticket_no, local, received=True)
    return ticket_no


def due(db, staff, day: date) -> dict[str, tuple[str, date]]:
    return {c.ticket_no: (c.reason, c.due_on) for c in followups.due_list(db, staff.clerk, day)}


def test_after_collection_call_is_due_seven_local_days_later(db, db_path, staff):
    # 23:30 on 24 Jan in Shanghai is still 24 Jan there (15:30 UTC); due on 31 Jan.
    first = collected_on(db, db_path, staff, datetime(2026, 1, 24, 23, 30, tzinfo=SHANGHAI))
    second = collected_on(
        db,
        db_path,
        staff,
        datetime(2026, 1, 25, 0, 30, tzinfo=SHANGHAI),  # 24 Jan in UTC, 25 Jan locally
        imei=IMEI_2,
        phone="13912345678",
        name="李娜",
    )
    assert due(db, staff, date(2026, 1, 30)) == {}
    on_31 = followups.due_list(db, staff.clerk, date(2026, 1, 31))
    assert [(c.ticket_no, c.reason, c.due_on) for c in on_31] == [
        (first, "after_collection", date(2026, 1, 31))
    ]
    call = on_31[0]
    assert call.phone_masked == "138****5678" and call.device == "Apple iPhone 13"
    assert call.work_done == "Replace screen" and call.technician == "Li Wei"  # the quote line
    # The next day (1 Feb, a new month) the first is overdue and the second is due.
    on_feb_1 = {c.ticket_no: c for c in followups.due_list(db, staff.clerk, date(2026, 2, 1))}
    assert on_feb_1[first].overdue and not on_feb_1[second].overdue
    # Kept 30 days after its due day, then gone.
    # (both customers are new, so their first-month calls come after.)
    assert due(db, staff, date(2026, 3, 2))[first] == ("after_collection", date(2026, 1, 31))
    assert due(db, staff, date(2026, 3, 3))[first] == ("first_service", date(2026, 2, 24))


def test_first_service_call_one_month_later_clamped_at_month_end(db, db_path, staff):
    """A new customer not reached by the after-collection call gets one more call, due one
    month after the first job was collected (31 Jan + 1 month = 28 Feb in 2026)."""
    new_customer = collected_on(db, db_path, staff, datetime(2026, 1, 31, 10, tzinfo=SHANGHAI))
    for day in (date(2026, 2, 7), date(2026, 2, 8), date(2026, 2, 9)):
        followups.record_for_ticket(db, staff.clerk, new_customer, reached=False, day=day)
    assert new_customer not in due(db, staff, date(2026, 2, 27))
    assert due(db, staff, date(2026, 2, 28))[new_customer] == ("first_service", date(2026, 2, 28))
    assert due(db, staff, date(2026, 3, 30))[new_customer] == ("first_service", date(2026, 2, 28))
    assert new_customer not in due(db, staff, date(2026, 3, 31))  # kept 30 days, then gone
    result = followups.record_for_ticket(
        db, staff.clerk, new_customer, reached=True, satisfaction=5, day=date(2026, 2, 28)
    )
    assert result.reason == "first_service" and result.state == "done"
    assert new_customer not in due(db, staff, date(2026, 3, 1))


def test_a_reached_call_covers_the_first_month(db, db_path, staff):
    new_customer = collected_on(db, db_path, staff, datetime(2026, 1, 31, 10, tzinfo=SHANGHAI))
    followups.record_for_ticket(
        db, staff.clerk, new_customer, reached=True, satisfaction=5, day=date(2026, 2, 7)
    )
    assert due(db, staff, date(2026, 2, 28)) == {}
    # A returning customer's second job has no first-month call either.
    second = collected_on(
        db, db_path, staff, datetime(2026, 2, 1, 10, tzinfo=SHANGHAI), imei=IMEI_2
    )
    followups.record_for_ticket(db, staff.clerk, second, reached=False, day=date(2026, 2, 8))
    followups.record_for_ticket(db, staff.clerk, second, reached=False, day=date(2026, 2, 9))
    followups.record_for_ticket(db, staff.clerk, second, reached=False, day=date(2026, 2, 10))
    assert second not in due(db, staff, date(2026, 3, 1))


def test_quarterly_calls_follow_the_calendar_quarter(db, db_path, staff):
    ticket_no = collected_on(db, db_path, staff, datetime(2025, 6, 10, 10, tzinfo=SHANGHAI))
    followups.record_for_ticket(
        db, staff.clerk, ticket_no, reached=True, satisfaction=5, day=date(2025, 6, 17)
    )
    assert due(db, staff, date(2026, 3, 31)) == {}  # the shop has not turned it on
    settings.update(db, staff.manager, {"followup_quarterly": True})
    assert due(db, staff, date(2026, 3, 31)) == {ticket_no: ("quarterly", date(2026, 1, 1))}
    followups.record_for_ticket(
        db, staff.clerk, ticket_no, reached=True, satisfaction=4, day=date(2026, 3, 31)
    )
    assert due(db, staff, date(2026, 3, 31)) == {}
    # A new quarter, a new call; 12 months after the job the customer is no longer active.
    assert due(db, staff, date(2026, 4, 1)) == {ticket_no: ("quarterly", date(2026, 4, 1))}
    assert due(db, staff, date(2026, 6, 9)) == {ticket_no: ("quarterly", date(2026, 4, 1))}
    assert due(db, staff, date(2026, 7, 1)) == {}


def test_a_call_reached_earlier_in_the_quarter_counts_for_it(db, db_path, staff):
    settings.update(db, staff.manager, {"followup_quarterly": True})
    ticket_no = collected_on(db, db_path, staff, datetime(2026, 1, 5, 10, tzinfo=SHANGHAI))
    followups.record_for_ticket(
        db, staff.clerk, ticket_no, reached=True, satisfaction=5, day=date(2026, 1, 12)
    )
    stamp(
        db_path,
        "UPDATE followups SET called_at = ? WHERE reached = 1",
        datetime(2026, 1, 12, 11, tzinfo=SHANGHAI),
    )
    assert due(db, staff, date(2026, 3, 20)) == {}
    assert due(db, staff, date(2026, 4, 2)) == {ticket_no: ("quarterly", date(2026, 4, 1))}


def test_no_consent_and_erased_customers_are_never_listed(db, db_path, staff):
    settings.update(db, staff.manager, {"followup_quarterly": True})
    moment = datetime(2026, 2, 2, 10, tzinfo=SHANGHAI)
    listed = collected_on(db, db_path, staff, moment)
    no_consent = collected_on(
        db,
        db_path,
        staff,
        moment,
        imei=IMEI_2,
        phone="13912345678",
        name="李娜",
        contact_consent=False,
    )
    erased = collected_on(db, db_path, staff, moment, imei=IMEI_3, phone="13712345678", name="王芳")
    customer = customers.find_by_phone(db, "13712345678")
    customers.anonymise(db, staff.manager, customer.id)
    for day in (date(2026, 2, 9), date(2026, 3, 2), date(2026, 3, 31)):
        assert set(due(db, staff, day)) == {listed}
    with pytest.raises(ValidationError):
        followups.record_for_ticket(db, staff.clerk, no_consent, reached=True, satisfaction=5)
    assert erased not in due(db, staff, date(2026, 2, 9))


def test_one_call_per_customer_at_a_time(db, db_path, staff):
    first = collected_on(db, db_path, staff, datetime(2026, 2, 2, 10, tzinfo=SHANGHAI))
    second = collected_on(
        db, db_path, staff, datetime(2026, 2, 3, 10, tzinfo=SHANGHAI), imei=IMEI_2
    )
    assert due(db, staff, date(2026, 2, 10)) == {first: ("after_collection", date(2026, 2, 9))}
    followups.record_for_ticket(db, staff.clerk, first, reached=True, satisfaction=5)
    assert due(db, staff, date(2026, 2, 10)) == {second: ("after_collection", date(2026, 2, 10))}


def test_not_reached_is_tried_again_tomorrow_three_times_then_unreachable(db, db_path, staff):
    ticket_no = collected_on(db, db_path, staff, datetime(2026, 3, 24, 10, tzinfo=SHANGHAI))
    for attempt, day in enumerate((date(2026, 3, 31), date(2026, 4, 1), date(2026, 4, 2)), 1):
        [call] = followups.due_list(db, staff.clerk, day)
        assert call.ticket_no == ticket_no and call.attempts == attempt - 1
        result = followups.record(db, staff.clerk, call.due_key, reached=False, day=day)
        assert result.attempts == attempt
        if attempt < 3:
            assert result.state == "retry" and result.next_try_on == date(2026, 4, attempt)
            assert due(db, staff, day) == {}  # not again the same day
        else:
            assert result.state == "unreachable" and result.next_try_on is None
    assert due(db, staff, date(2026, 4, 3)) == {}
    with pytest.raises(ValidationError, match="already been recorded"):
        followups.record_for_ticket(db, staff.clerk, ticket_no, reached=True, satisfaction=5)


def test_a_dissatisfied_score_opens_exactly_one_complaint(db, db_path, staff):
    ticket_no = collected_on(db, db_path, staff, datetime(2026, 3, 1, 10, tzinfo=SHANGHAI))
    result = followups.record_for_ticket(
        db, staff.clerk, ticket_no, reached=True, satisfaction=2, comment="Screen flickers"
    )
    assert result.state == "done" and result.feedback_class == "dissatisfied_at_followup"
    [complaint] = complaints.list_complaints(db, staff.manager)
    assert complaint.id == result.complaint_id and complaint.ticket_no == ticket_no
    assert complaint.from_call and complaint.channel == "phone"
    assert complaint.feedback_class == "dissatisfied_at_followup"
    assert complaint.description == "Screen flickers" and complaint.state == "open"
    with pytest.raises(ValidationError, match="already been recorded"):
        followups.record_for_ticket(db, staff.clerk, ticket_no, reached=True, satisfaction=1)
    assert len(complaints.list_complaints(db, staff.manager)) == 1


def test_satisfied_and_middling_answers_open_no_complaint(db, db_path, staff):
    a = collected_on(db, db_path, staff, datetime(2026, 3, 1, 10, tzinfo=SHANGHAI))
    b = collected_on(db, db_path, staff, datetime(2026, 3, 1, 10, tzinfo=SHANGHAI), imei=IMEI_2)
    assert followups.record_for_ticket(db, staff.clerk, a, reached=True, satisfaction=3)
    done = followups.record_for_ticket(db, staff.clerk, b, reached=True, satisfaction=5)
    assert done.feedback_class == "satisfied" and done.complaint_id is None
    assert complaints.list_complaints(db, staff.manager) == []


@pytest.mark.parametrize(
    "answer",
    [
        dict(reached=True, satisfaction=0),
        dict(reached=True, satisfaction=6),
        dict(reached=True, feedback_class="angry"),
        dict(reached=True, satisfaction=1, feedback_class="satisfied"),
        dict(reached=False, satisfaction=4),
    ],
)
def test_bad_answers_write_nothing(db, db_path, staff, answer):
    ticket_no = collected_on(db, db_path, staff, datetime(2026, 3, 1, 10, tzinfo=SHANGHAI))
    before = snapshot(db_path)
    with pytest.raises(ValidationError):
        followups.record_for_ticket(db, staff.clerk, ticket_no, **answer)
    assert snapshot(db_path) == before


def test_a_ticket_not_collected_has_no_call(db, staff):
    ticket_no = take_in(db, staff.clerk)
    with pytest.raises(ValidationError, match="not collected"):
        followups.record_for_ticket(db, staff.clerk, ticket_no, reached=True, satisfaction=5)


def test_technicians_do_not_make_calls_and_the_full_number_is_audited(db, db_path, staff):
    collected_on(db, db_path, staff, datetime(2026, 3, 1, 10, tzinfo=SHANGHAI))
    with pytest.raises(NotAllowed):
        followups.due_list(db, staff.technician, date(2026, 3, 8))
    [call] = followups.due_list(db, staff.clerk, date(2026, 3, 8))
    with pytest.raises(NotAllowed):
        followups.reveal_phone(db, staff.technician, call.due_key)
    assert followups.reveal_phone(db, staff.clerk, call.due_key) == "+8613812345678"
    conn = sqlite3.connect(db_path)
    assert (
        conn.execute("SELECT count(*) FROM audit_events WHERE action='phone_shown'").fetchone()[0]
        == 1
    )
    conn.close()


def test_the_number_of_tries_is_a_shop_setting(db, db_path, staff):
    settings.update(db, staff.manager, {"followup_tries": 2})
    ticket_no = collected_on(db, db_path, staff, datetime(2026, 3, 24, 10, tzinfo=SHANGHAI))
    first = followups.record_for_ticket(
        db, staff.clerk, ticket_no, reached=False, day=date(2026, 3, 31)
    )
    assert first.state == "retry"
    second = followups.record_for_ticket(
        db, staff.clerk, ticket_no, reached=False, day=date(2026, 4, 1)
    )
    assert second.state == "unreachable" and second.attempts == 2
