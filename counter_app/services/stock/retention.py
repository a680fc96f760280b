"""Parts of discontinued models (停产配件保留): how long they stay stocked and how many must
stay on the shelf meanwhile.

A discontinued part is kept until ``keep_until``: ``--keep-years`` when given, else
``electronic_parts_keep_years`` (default 3) for a part whose category is one of
``electronic_part_categories``, else to the end of the longest warranty the shop gives
(``warranty.keep_parts_until``). While kept, sending stock back to the supplier may not take
it below ``kept_minimum`` (its low-stock level, at least one piece).
"""

from __future__ import annotations

from datetime import date

from counter_app.errors import QT_TRANSLATE_NOOP, NotAllowed
from counter_app.models import Part
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import add_months


def is_electronic(category: str, settings: ShopSettings) -> bool:
    wanted = (category or "").strip().casefold()
    return bool(wanted) and wanted in {
        str(c).strip().casefold() for c in settings.electronic_part_categories
    }


def keep_until_for(
    category: str, settings: ShopSettings, today: date, keep_years: int | None = None
) -> date:
    """The last day a part discontinued ``today`` stays stocked."""
    if keep_years is None and is_electronic(category, settings):
        keep_years = settings.electronic_parts_keep_years
    if keep_years is not None:
        return add_months(today, 12 * keep_years)
    return warranty.keep_parts_until(today, warranty.Policy.from_settings(settings))


def is_kept(discontinued: bool, keep_until: date | None, today: date) -> bool:
    """Still to be stocked: not discontinued, or within its keep_until."""
    return not discontinued or keep_until is None or today <= keep_until


def kept_minimum(part: Part, today: date) -> int:
    """What a discontinued part still kept must keep on the shelf (0 for any other part)."""
    if not part.discontinued or not is_kept(part.discontinued, part.keep_until, today):
        return 0
    return max(int(part.low_stock_level or 0), 1)


def check_supplier_return(part: Part, on_hand: int, quantity: int, today: date) -> None:
    """Refuse a supplier return that takes a kept part's stock below its minimum."""
    minimum = kept_minimum(part, today)
    if minimum and on_hand - quantity < minimum:
        raise NotAllowed(
            QT_TRANSLATE_NOOP(
                "errors",
                "{sku} is a discontinued model's part kept until {until}: at least {minimum} "
                "must stay in stock ({have} on hand)",
            ),
            sku=part.sku,
            until=part.keep_until.isoformat() if part.keep_until else "",
            minimum=minimum,
            have=on_hand,
        )
