"""The texts of the messages sent to customers: built-in templates per kind and language,
the placeholders they may use, and the check a shop's own template passes (settings
``message_template_<kind>``). Plain data: the settings and the messages service both read it."""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError

if TYPE_CHECKING:  # the settings module reads this one
    from counter_app.services.shop.settings import ShopSettings

KINDS = ("ready", "quote", "uncollected", "followup", "maintenance")
TEMPLATE_PREFIX = "message_template_"
# {placeholder}: what it stands for (the settings dialog's hint and the README list them).
PLACEHOLDERS = {
    "shop": "the store's name",
    "ticket": "the ticket number",
    "device": "brand and model",
    "amount_due": "what the customer still owes",
    "opening_hours": "the shop's opening hours (setting opening_hours)",
    "customer": "the customer's name",
    "disposal_days": "days after which an uncollected device may be disposed of",
}
LANGUAGES = ("zh_CN", "zh_TW", "en")

BUILT_IN: dict[str, dict[str, str]] = {
    "ready": {
        "en": "{shop}: your {device} (ticket {ticket}) is ready for pickup. Amount due: "
        "{amount_due}. Opening hours: {opening_hours}.",
        "zh_CN": "{shop}：您的{device}（单号{ticket}）已修好，可以取机。应付金额：{amount_due}。"
        "营业时间：{opening_hours}。",
        "zh_TW": "{shop}：您的{device}（單號{ticket}）已修好，可以取機。應付金額：{amount_due}。"
        "營業時間：{opening_hours}。",
    },
    "quote": {
        "en": "{shop}: the repair of your {device} (ticket {ticket}) is quoted at "
        "{amount_due}. Please reply or call us to approve it.",
        "zh_CN": "{shop}：您的{device}（单号{ticket}）维修报价{amount_due}，请回复或致电确认是否维修。",
        "zh_TW": "{shop}：您的{device}（單號{ticket}）維修報價{amount_due}，請回覆或致電確認是否維修。",
    },
    "uncollected": {
        "en": "{shop}: your {device} (ticket {ticket}) is still waiting for you. Devices not "
        "collected within {disposal_days} days may be disposed of. Opening hours: {opening_hours}.",
        "zh_CN": "{shop}：您的{device}（单号{ticket}）仍未取回。逾期{disposal_days}天未取的设备可能被处理。"
        "营业时间：{opening_hours}。",
        "zh_TW": "{shop}：您的{device}（單號{ticket}）仍未取回。逾期{disposal_days}天未取的設備可能被處理。"
        "營業時間：{opening_hours}。",
    },
    "followup": {
        "en": "{shop}: thank you for choosing us for your {device} (ticket {ticket}). Is "
        "everything working well? Reply to tell us.",
        "zh_CN": "{shop}：感谢您选择我们维修{device}（单号{ticket}）。使用是否正常？欢迎回复告诉我们。",
        "zh_TW": "{shop}：感謝您選擇我們維修{device}（單號{ticket}）。使用是否正常？歡迎回覆告訴我們。",
    },
    "maintenance": {
        "en": "{shop}: your {device} is due for its regular maintenance (cleaning, battery "
        "check). Opening hours: {opening_hours}.",
        "zh_CN": "{shop}：您的{device}该做定期保养了（清洁、电池检测）。营业时间：{opening_hours}。",
        "zh_TW": "{shop}：您的{device}該做定期保養了（清潔、電池檢測）。營業時間：{opening_hours}。",
    },
}


def check_template(key: str, text: str) -> str:
    """A shop's template: only the known {placeholders}, braces balanced. Raises
    ValidationError naming the setting."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("errors", "{key}: unbalanced braces { }"), key=key
        ) from None
    unknown = sorted({name for name in fields if name not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{key}: unknown placeholders {names}; use {allowed}"),
            key=key,
            names=", ".join("{" + name + "}" for name in unknown),
            allowed=", ".join("{" + name + "}" for name in PLACEHOLDERS),
        )
    return text


def template_for(kind: str, language: str, settings: ShopSettings) -> str:
    """The shop's own template for ``kind`` if set, else the built-in one in ``language``."""
    own = settings.message_template(kind).strip()
    if own:
        return own
    texts = BUILT_IN[kind]
    return texts.get(language) or texts["zh_CN"]


def render(template: str, values: dict[str, str]) -> str:
    return template.format_map({name: values.get(name, "") for name in PLACEHOLDERS})
