"""What kind of device a brand and model name is (phone, tablet, laptop...): one rule for
every screen and export that needs the device type."""

from __future__ import annotations

import re

DEVICE_TYPES = ("phone", "tablet", "laptop", "headphones", "watch", "charger", "other")

# Checked in this order; the first match wins (a "Watch" is not a phone, a "Pad" not a phone).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("charger", re.compile(r"charger|adapter|power ?bank|充电|充電|适配器|電源|移动电源", re.I)),
    (
        "headphones",
        re.compile(r"airpods|buds|earphone|headphone|headset|freebuds|耳机|耳機", re.I),
    ),
    ("watch", re.compile(r"watch|band\b|手表|手錶|手环|手環", re.I)),
    (
        "laptop",
        re.compile(r"macbook|laptop|notebook|thinkpad|matebook|redmibook|笔记本|筆記本|電腦", re.I),
    ),
    ("tablet", re.compile(r"ipad|\bpad\b|matepad|tab\b|tablet|kindle|平板", re.I)),
)
_NOT_PHONES = re.compile(r"camera|console|switch|speaker|音箱|相机|相機", re.I)


def device_type(brand: str, model: str) -> str:
    """The device type of ``brand`` ``model``; a name that matches nothing else is a phone
    (the shop's main trade) unless it names some other kind of thing ("other")."""
    text = f"{brand} {model}"
    for kind, pattern in _PATTERNS:
        if pattern.search(text):
            return kind
    if _NOT_PHONES.search(text):
        return "other"
    return "phone"
