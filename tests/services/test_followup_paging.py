"""The clerk's call list read a page at a time: the same calls in the same order as the whole
list, one per customer (the most urgent) even when a customer's calls straddle a page
boundary, the total count, and the consent filter (on SQLite and PostgreSQL)."""

from datetime import date, timedelta

import pytest

from counter_app.errors import ValidationError
from counter_app.models import Customer, FollowUp
from counter_app.services.aftercare import consultations, followups
from counter_app.services.shop import settings
from counter_app.timeutil import local_today, utcnow

REASONS = ("after_collection", "first_service", "callback")


def add_calls(db, day: date) -> dict[int, tuple[date, int, str]]:
    """30 customers with 1-3 open calls each over the last five days (keys numbered so that
    text order and number order differ), one who refused contact; the most urgent call
    expected for each customer."""
    expected: dict[int, tuple[date, int, str]] = {}
    with db.write() as session:
        for n in range(30):
            customer = Customer(
                name=f"客户{n}",
                phone=f"+86139{n:08d}",
                phone_reversed=f"{n:08d}931"[::-1],
                contact_consent=n != 7,
                created_at=utcnow(),
            )
            session.add(customer)
            session.flush()
            for k in range(1 + n % 3):
                reason = REASONS[(n + k) % 2]
                due_on = day - timedelta(days=(n * 7 + k * 3) % 5)
                key = f"{reason}:{n * 3 + k + 5}"
                session.add(
                    FollowUp(
                        **followups.due_row(key, reason, due_on, utcnow(), customer_id=customer.id)
                    )
                )
                if customer.contact_consent:
                    urgent = (due_on, followups.REASON_ORDER.index(reason), key)
                    expected[customer.id] = min(expected.get(customer.id, urgent), urgent)
    return expected


@pytest.mark.parametrize("quarterly", [False, True])
def test_pages_give_the_whole_list_one_call_per_customer(db, staff, quarterly):
    settings.update(db, staff.manager, {"followup_quarterly": quarterly})
    today = local_today(settings.get_all(db).time_zone)
    day = today + timedelta(days=1)
    expected = add_calls(db, day)
    for caller in ("王芳", "赵强"):  # callbacks of callers who are not customers yet
        consultations.add(
            db,
            staff.clerk,
            name=caller,
            phone="13700001111" if caller == "王芳" else "13700002222",
            question="屏幕多少钱?",
            callback=f"{day.isoformat()} 10:00",
        )
    whole = followups.due_list(db, staff.clerk, day)
    shown = {
        c.customer_id: (c.due_on, followups.REASON_ORDER.index(c.reason), c.due_key) for c in whole
    }
    assert {k: v for k, v in shown.items() if k is not None} == expected
    assert [c.customer_name for c in whole if c.customer_id is None] == ["王芳", "赵强"]
    assert len(whole) == len(expected) + 2

    pages, after = [], None
    while True:
        page = followups.due_page(db, staff.clerk, day, limit=7, after=after)
        assert page.total == len(whole)
        assert page.overdue == sum(1 for c in whole if c.overdue) > 0
        pages.append(page.calls)
        after = page.next_after
        if after is None:
            break
    assert len(pages) == 5  # 31 calls: 7+7+7+7+3
    assert [c for calls in pages for c in calls] == whole
    assert [c.due_on for c in whole] == sorted(c.due_on for c in whole)


def test_a_page_the_size_of_the_list_says_there_is_no_more(db, staff):
    today = local_today(settings.get_all(db).time_zone)
    expected = add_calls(db, today)
    first = followups.due_page(db, staff.clerk, today, limit=len(expected))
    assert len(first.calls) == len(expected) == first.total
    last = followups.due_page(db, staff.clerk, today, limit=len(expected), after=first.next_after)
    assert last.calls == [] and last.next_after is None and last.total == len(expected)


def test_a_bad_page_request_is_refused(db, staff):
    with pytest.raises(ValidationError):
        followups.due_page(db, staff.clerk, limit=0)
    with pytest.raises(ValidationError):
        followups.due_page(db, staff.clerk, after="not a cursor")
