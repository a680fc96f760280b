"""This PC's own settings (QSettings), declared once here with their type, default and
meaning, and read or written by declaration everywhere: the window, the printers and the
command line share one file per PC and user (the shop's own settings are in the database:
services/shop/settings.py).

QtCore only, so the command line reads them without starting a Qt application. A key with
``{…}`` in its name holds one value per document kind or label size, filled in by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from counter_app.config import APP_AUTHOR, APP_NAME

TRUE_WORDS = ("true", "1", "on", "yes")


@dataclass(frozen=True)
class PcKey:
    name: str  # the QSettings key; "{kind}" / "{size}" parts come from the caller
    kind: type  # str, int, float, bool, or bytes (kept as Qt stores it)
    default: Any
    description: str


LANGUAGE = PcKey(
    "window/language",
    str,
    "",
    "language of the shop this PC last opened: the window's frame is shown in it at once",
)
PAGE = PcKey("window/page", str, "intake", "the page the window showed when it was closed")
GEOMETRY = PcKey("window/geometry", bytes, None, "the window's size and place when closed")
STORE = PcKey("store/code", str, "", "the store this PC works for (a chain's PCs differ)")
PRINTER = PcKey(
    "printing/{kind}/printer", str, "", "the printer chosen for labels, slips, quotes, receipts"
)
PAPER = PcKey("printing/{kind}/paper", str, "", "a slip's or receipt's paper: 80mm or a4")
LABEL_SIZE = PcKey("labels/size", str, "62x29", "the label printer's label size, W x H in mm")
LABEL_DPI = PcKey("labels/dpi", int, 203, "the label printer's resolution (180, 203, 300, 600)")
LABEL_OFFSET_X = PcKey("labels/offset_x_mm", float, 0.0, "calibration: move labels right (mm)")
LABEL_OFFSET_Y = PcKey("labels/offset_y_mm", float, 0.0, "calibration: move labels down (mm)")
LABEL_MARGIN = PcKey(
    "labels/margin_mm/{size}", float, 1.5, "the printable margin of a label size (mm)"
)
RECEIPT_PRINTER = PcKey(
    "receipt_printer/uri",
    str,
    "system",
    "where receipts go: system, tcp://HOST:PORT or file:/dev/usb/lp0 (ESC/POS)",
)
RECEIPT_DPI = PcKey("receipt_printer/dpi", int, 203, "the receipt printer's resolution")
CASH_DRAWER = PcKey(
    "receipt_printer/cash_drawer", bool, False, "cash payments and the till open the drawer"
)

KEYS = (
    LANGUAGE,
    PAGE,
    GEOMETRY,
    STORE,
    PRINTER,
    PAPER,
    LABEL_SIZE,
    LABEL_DPI,
    LABEL_OFFSET_X,
    LABEL_OFFSET_Y,
    LABEL_MARGIN,
    RECEIPT_PRINTER,
    RECEIPT_DPI,
    CASH_DRAWER,
)


def _file() -> QSettings:
    """This PC's settings file, the same for the window and the command line."""
    return QSettings(APP_AUTHOR, APP_NAME)


def _typed(key: PcKey, raw: Any) -> Any:
    if raw is None or key.kind is bytes:
        return key.default if raw is None else raw
    try:
        if key.kind is bool:
            return str(raw).strip().lower() in TRUE_WORDS
        return key.kind(raw)
    except (TypeError, ValueError):  # a hand-edited file: the default, never a crash
        return key.default


def read(key: PcKey, **parts: str) -> Any:
    """The value of ``key`` on this PC (its default when unset or unreadable)."""
    return _typed(key, _file().value(key.name.format(**parts), None))


def write(key: PcKey, value: Any, **parts: str) -> None:
    """Keep ``value`` for ``key`` (``None``: forget it); written to disk at once."""
    settings = _file()
    name = key.name.format(**parts)
    if value is None:
        settings.remove(name)
    elif key.kind is bool:
        settings.setValue(name, "true" if value else "false")
    else:
        settings.setValue(name, value)
    settings.sync()
