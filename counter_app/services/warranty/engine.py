"""The warranty engine: one decision (return / exchange window, manufacturer warranty, our
repair warranty, out of warranty) from plain data, and its wording as a code table.

Every caller (intake, the ticket page, documents, the CLI, the demo generator, the bench)
asks ``decide`` and renders the result with ``describe``: there is no second copy of the rule.

Counting rules (AFTERSALES.md, the "three guarantees"):
- days are the store's local calendar days; the purchase day is day 0, so with
  ``return_days`` = 7 a phone bought on 1 March may be returned up to and including 8 March;
- months are calendar months (``timeutil.add_months``: 31 Aug + 6 months = 28/29 Feb), and a
  period covers its last day;
- our repair warranty runs ``repair_warranty_months`` from the collection of the first repair;
  a comeback inherits that end date (the clock is never restarted);
- no proof of purchase (无购买凭证): a handset's warranty counts from its production date plus
  ``production_grace_days`` (按生产日期计算), when the production date is known.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from counter_app import names
from counter_app.names import Translate, untranslated
from counter_app.services.shop.settings import ShopSettings
from counter_app.timeutil import add_months

ITEMS = ("handset", "battery", "charger", "headset", "memory_card")
KINDS = ("return_window", "exchange_window", "manufacturer", "repair_warranty", "out_of_warranty")
# Kinds under which the job is covered (free unless the technician records an exclusion).
COVERED_KINDS = ("return_window", "exchange_window", "manufacturer", "repair_warranty")
EXCLUSIONS = (
    "drop_impact",
    "liquid",
    "opened_elsewhere",
    "seal_tampered",
    "non_original_part",
    "no_proof",
    "other",
)
RETURN_OUTCOMES = ("refund", "exchange", "repair", "no_fault")

# The setting that holds each item's manufacturer period, in months.
ITEM_SETTING = {
    "handset": "handset_warranty_months",
    "battery": "battery_warranty_months",
    "charger": "charger_warranty_months",
    "headset": "headset_warranty_months",
    "memory_card": "memory_card_warranty_months",
}


@dataclass(frozen=True)
class Policy:
    """The store's warranty settings, read once (settings are the only source of numbers)."""

    item_months: tuple[tuple[str, int], ...]
    repair_months: int
    return_days: int
    exchange_days: int
    failed_repairs_for_exchange: int
    production_grace_days: int = 90

    @classmethod
    def from_settings(cls, settings: ShopSettings) -> Policy:
        return cls(
            item_months=(  # in ITEM_SETTING's order
                ("handset", settings.handset_warranty_months),
                ("battery", settings.battery_warranty_months),
                ("charger", settings.charger_warranty_months),
                ("headset", settings.headset_warranty_months),
                ("memory_card", settings.memory_card_warranty_months),
            ),
            repair_months=settings.repair_warranty_months,
            return_days=settings.return_days,
            exchange_days=settings.exchange_days,
            failed_repairs_for_exchange=settings.failed_repairs_for_exchange,
            production_grace_days=settings.production_grace_days,
        )

    def months_for(self, item: str) -> int:
        return dict(self.item_months)[item]

    def longest_months(self) -> int:
        return max([self.repair_months, *(m for _, m in self.item_months)])


@dataclass(frozen=True)
class EarlierJob:
    """One earlier ticket of the device, as the engine needs it."""

    ticket_id: int
    ticket_no: str
    status: str
    collected_on: date | None  # the store's local day of collection
    warranty_until: date | None  # our repair warranty's end, set at collection
    comeback_of_id: int | None
    same_fault: bool  # a comeback the technician confirmed as the same fault (free)


@dataclass(frozen=True)
class Decision:
    """The warranty decision: kind, reason code with parameters, end date of the cover."""

    kind: str
    code: str
    params: tuple[tuple[str, str], ...]
    ends_on: date | None
    comeback_of_id: int | None = None
    comeback_of: str | None = None
    failed_repairs: int = 0
    exchange_offered: bool = False

    @property
    def covered(self) -> bool:
        return self.kind in COVERED_KINDS

    @property
    def is_comeback(self) -> bool:
        return self.comeback_of_id is not None

    def params_dict(self) -> dict[str, str]:
        return dict(self.params)

    def params_json(self) -> str:
        return json.dumps(dict(self.params), ensure_ascii=False, sort_keys=True)


def repair_warranty_end(collected_on: date, policy: Policy) -> date:
    """Our repair warranty's last day for a repair collected on ``collected_on``."""
    return add_months(collected_on, policy.repair_months)


def item_warranty_end(purchase_date: date, item: str, policy: Policy) -> date:
    return add_months(purchase_date, policy.months_for(item))


def production_warranty_start(production_date: date, policy: Policy) -> date:
    """Without proof of purchase, the day a handset's warranty is counted from."""
    return production_date + timedelta(days=policy.production_grace_days)


def return_until(purchase_date: date, policy: Policy) -> date:
    return purchase_date + timedelta(days=policy.return_days)


def exchange_until(purchase_date: date, policy: Policy) -> date:
    return purchase_date + timedelta(days=policy.exchange_days)


def keep_parts_until(discontinued_on: date, policy: Policy) -> date:
    """Parts of a discontinued model stay stocked to the end of the longest warranty."""
    return add_months(discontinued_on, policy.longest_months())


def running_repair_warranty(earlier: Sequence[EarlierJob], today: date) -> EarlierJob | None:
    """The latest collected job whose repair warranty still runs on ``today``."""
    running = [
        job
        for job in earlier
        if job.status == "collected"
        and job.warranty_until is not None
        and today <= job.warranty_until
    ]
    if not running:
        return None
    return max(running, key=lambda job: (job.collected_on or date.min, job.ticket_id))


def failed_repairs(earlier: Sequence[EarlierJob], job: EarlierJob) -> int:
    """Repairs of one fault the device came back from: the first repair and every
    confirmed same-fault comeback in its chain (the device is back again now)."""
    by_id = {j.ticket_id: j for j in earlier}
    root = job
    while root.comeback_of_id is not None and root.comeback_of_id in by_id and root.same_fault:
        root = by_id[root.comeback_of_id]
    chain = {root.ticket_id}
    grew = True
    while grew:
        grew = False
        for j in earlier:
            if j.ticket_id not in chain and j.comeback_of_id in chain and j.same_fault:
                chain.add(j.ticket_id)
                grew = True
    return sum(1 for j in earlier if j.ticket_id in chain and j.status == "collected")


def decide(
    policy: Policy,
    *,
    request_date: date,
    item: str = "handset",
    purchase_date: date | None = None,
    proof: str = "",
    earlier: Sequence[EarlierJob] = (),
    production_date: date | None = None,
) -> Decision:
    """The one warranty decision for a request made on ``request_date`` (a local day).
    ``production_date`` counts only for a handset without proof of purchase."""
    comeback = running_repair_warranty(earlier, request_date)
    has_proof = purchase_date is not None and bool(proof.strip())
    if has_proof and purchase_date is not None:
        bought = purchase_date.isoformat()
        if request_date <= return_until(purchase_date, policy):
            ends = return_until(purchase_date, policy)
            return _with_comeback(
                Decision(
                    "return_window",
                    "return_window",
                    (("bought", bought), ("until", ends.isoformat())),
                    ends,
                ),
                comeback,
                earlier,
                policy,
            )
        if request_date <= exchange_until(purchase_date, policy):
            ends = exchange_until(purchase_date, policy)
            return _with_comeback(
                Decision(
                    "exchange_window",
                    "exchange_window",
                    (("bought", bought), ("until", ends.isoformat())),
                    ends,
                ),
                comeback,
                earlier,
                policy,
            )
    if comeback is not None and comeback.warranty_until is not None:
        return _with_comeback(
            Decision(
                "repair_warranty",
                "comeback",
                (("ticket", comeback.ticket_no), ("until", comeback.warranty_until.isoformat())),
                comeback.warranty_until,
            ),
            comeback,
            earlier,
            policy,
        )
    if not has_proof and production_date is not None and item == "handset":
        return _from_production(production_date, request_date, policy)
    if purchase_date is None:
        return Decision("out_of_warranty", "no_purchase_date", (), None)
    ends = item_warranty_end(purchase_date, item, policy)
    params = (("item", item), ("bought", purchase_date.isoformat()), ("until", ends.isoformat()))
    if not has_proof:
        return Decision("out_of_warranty", "no_proof", params, None)
    if request_date <= ends:
        return Decision("manufacturer", "manufacturer", params, ends)
    return Decision("out_of_warranty", "warranty_ended", params, ends)


def _from_production(production_date: date, request_date: date, policy: Policy) -> Decision:
    start = production_warranty_start(production_date, policy)
    ends = item_warranty_end(start, "handset", policy)
    params = (
        ("item", "handset"),
        ("made", production_date.isoformat()),
        ("from", start.isoformat()),
        ("until", ends.isoformat()),
    )
    if request_date <= ends:
        return Decision("manufacturer", "production_date", params, ends)
    return Decision("out_of_warranty", "production_ended", params, ends)


def _with_comeback(
    decision: Decision, comeback: EarlierJob | None, earlier: Sequence[EarlierJob], policy: Policy
) -> Decision:
    if comeback is None:
        return decision
    failed = failed_repairs(earlier, comeback)
    return Decision(
        decision.kind,
        decision.code,
        decision.params,
        decision.ends_on,
        comeback_of_id=comeback.ticket_id,
        comeback_of=comeback.ticket_no,
        failed_repairs=failed,
        exchange_offered=failed >= policy.failed_repairs_for_exchange > 0,
    )


# --- Wording lives in counter_app/names.py (the one label registry) -------------------------


def describe(decision: Decision, tr: Translate = untranslated) -> str:
    """ "Kind: reason" for screens and papers."""
    return names.warranty_text(decision.kind, decision.code, decision.params_dict(), tr)


def load_params(raw: str | None) -> dict[str, str]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
