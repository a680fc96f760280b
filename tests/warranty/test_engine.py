"""The warranty engine's boundaries, table-driven, on plain data (no database, no Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app import names
from counter_app.services.money.returns import choices_for
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.warranty import engine as warranty

POLICY = warranty.Policy.from_settings(ShopSettings())
BOUGHT = date(2026, 3, 1)


def decide(request: date, **kw) -> warranty.Decision:
    kw.setdefault("purchase_date", BOUGHT)
    kw.setdefault("proof", "INV-1")
    return warranty.decide(POLICY, request_date=request, **kw)


@pytest.mark.parametrize(
    ("request_day", "kind", "ends"),
    [
        (date(2026, 3, 1), "return_window", date(2026, 3, 8)),  # day 0
        (date(2026, 3, 8), "return_window", date(2026, 3, 8)),  # day 7: last return day
        (date(2026, 3, 9), "exchange_window", date(2026, 3, 16)),  # day 8
        (date(2026, 3, 16), "exchange_window", date(2026, 3, 16)),  # day 15: last exchange day
        (date(2026, 3, 17), "manufacturer", date(2027, 3, 1)),  # day 16
        (date(2027, 3, 1), "manufacturer", date(2027, 3, 1)),  # last day of 12 months
        (date(2027, 3, 2), "out_of_warranty", date(2027, 3, 1)),  # the day after
    ],
)
def test_handset_windows_from_the_purchase_day(request_day, kind, ends):
    d = decide(request_day)
    assert (d.kind, d.ends_on) == (kind, ends)
    assert d.covered == (kind != "out_of_warranty")


@pytest.mark.parametrize(
    ("item", "last_day"),
    [
        ("battery", date(2026, 9, 1)),  # 6 months
        ("charger", date(2027, 3, 1)),  # 12 months
        ("headset", date(2026, 6, 1)),  # 3 months
        ("memory_card", date(2027, 3, 1)),  # 12 months
    ],
)
def test_each_items_period_covers_its_last_day_and_not_the_next(item, last_day):
    on_last = decide(last_day, item=item)
    assert on_last.kind == "manufacturer" and on_last.ends_on == last_day
    after = decide(date.fromordinal(last_day.toordinal() + 1), item=item)
    assert after.kind == "out_of_warranty" and after.code == "warranty_ended"
    assert names.warranty_reason_text(after.code, after.params_dict()).startswith(
        f"The {names.WARRANTY_ITEM_TEXT[item]}'s warranty ended on {last_day}"
    )


def test_without_proof_the_purchase_date_alone_gives_no_warranty():
    d = decide(date(2026, 3, 2), proof="")
    assert d.kind == "out_of_warranty" and d.code == "no_proof" and not d.covered
    assert warranty.describe(d) == (
        "Out of warranty: No proof of purchase: the warranty cannot be established"
    )


def job(tid, collected, until, of=None, same=False, status="collected"):
    return warranty.EarlierJob(tid, f"T{tid}", status, collected, until, of, same)


@pytest.mark.parametrize(
    ("collected", "last_day", "day_after"),
    [
        (date(2026, 8, 31), date(2027, 2, 28), date(2027, 3, 1)),  # 31 Aug -> end of Feb
        (date(2027, 8, 31), date(2028, 2, 29), date(2028, 3, 1)),  # leap year
        (date(2028, 2, 29), date(2028, 8, 29), date(2028, 8, 30)),  # collected on 29 Feb
        (date(2026, 1, 15), date(2026, 7, 15), date(2026, 7, 16)),
    ],
)
def test_comeback_on_the_last_day_of_six_calendar_months_and_the_day_after(
    collected, last_day, day_after
):
    until = warranty.repair_warranty_end(collected, POLICY)
    assert until == last_day
    earlier = [job(1, collected, until)]
    inside = warranty.decide(POLICY, request_date=last_day, earlier=earlier)
    assert inside.kind == "repair_warranty" and inside.code == "comeback"
    assert inside.comeback_of == "T1" and inside.ends_on == last_day
    outside = warranty.decide(POLICY, request_date=day_after, earlier=earlier)
    assert not outside.is_comeback and outside.kind == "out_of_warranty"


def test_a_second_comeback_does_not_restart_the_clock():
    first_until = warranty.repair_warranty_end(date(2026, 1, 10), POLICY)  # 2026-07-10
    # The comeback, collected in May, inherited the first repair's end (workflow does this).
    earlier = [
        job(1, date(2026, 1, 10), first_until),
        job(2, date(2026, 5, 20), first_until, of=1, same=True),
    ]
    again = warranty.decide(POLICY, request_date=date(2026, 7, 10), earlier=earlier)
    assert again.is_comeback and again.comeback_of == "T2" and again.ends_on == first_until
    late = warranty.decide(POLICY, request_date=date(2026, 7, 11), earlier=earlier)
    assert not late.is_comeback


@pytest.mark.parametrize(
    ("confirmed_comebacks", "offered"),
    [(0, False), (1, True), (2, True)],
)
def test_the_nth_failed_repair_of_the_same_fault_offers_an_exchange(confirmed_comebacks, offered):
    until = date(2026, 7, 10)
    earlier = [job(1, date(2026, 1, 10), until)]
    for n in range(confirmed_comebacks):
        earlier.append(job(2 + n, date(2026, 2 + n, 1), until, of=1 + n, same=True))
    d = warranty.decide(POLICY, request_date=date(2026, 6, 1), earlier=earlier)
    # failed_repairs_for_exchange = 2: the first repair plus one confirmed comeback failed.
    assert d.failed_repairs == confirmed_comebacks + 1
    assert d.exchange_offered is offered


def test_a_comeback_with_a_different_fault_is_not_a_failed_repair():
    until = date(2026, 7, 10)
    earlier = [job(1, date(2026, 1, 10), until), job(2, date(2026, 2, 1), until, of=1, same=False)]
    d = warranty.decide(POLICY, request_date=date(2026, 6, 1), earlier=earlier)
    assert d.is_comeback and not d.exchange_offered


@pytest.mark.parametrize(
    ("request_day", "outcomes"),
    [
        (date(2026, 3, 8), ("refund", "exchange", "repair", "no_fault")),  # day 7
        (date(2026, 3, 9), ("exchange", "repair", "no_fault")),  # day 8
        (date(2026, 3, 16), ("exchange", "repair", "no_fault")),  # day 15
        (date(2026, 3, 17), ("repair", "no_fault")),  # day 16
    ],
)
def test_what_the_customer_may_choose_on_a_return(request_day, outcomes):
    assert choices_for(BOUGHT, request_day, POLICY).outcomes == outcomes


def test_parts_of_a_discontinued_model_are_kept_to_the_end_of_the_longest_warranty():
    assert warranty.keep_parts_until(date(2026, 8, 31), POLICY) == date(2027, 8, 31)


def test_settlement_wording_says_free_and_why_or_paid_and_why_not():
    assert (
        names.settlement_text(
            "free", "comeback_same_fault", {"ticket": "T1", "until": "2026-07-10"}
        )
        == "Free of charge: Comeback of T1 with the same fault: free until 2026-07-10"
    )
    assert names.settlement_text("paid", "excluded", {"exclusion": "liquid"}) == (
        "Paid repair: Not covered: liquid damage"
    )
    assert names.settlement_text("paid", "manufacturer", {}) == "Paid repair"
