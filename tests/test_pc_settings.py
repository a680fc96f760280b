"""This PC's settings are declared once (counter_app/pc_settings.py) and read by declaration:
no other module opens QSettings, and a hand-edited value never crashes a read."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from counter_app import pc_settings
from counter_app.config import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parent.parent


def test_only_pc_settings_opens_this_pcs_settings_file():
    opened = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "counter_app").rglob("*.py")
        if path.name != "pc_settings.py" and re.search(r"\bQSettings\(", path.read_text())
    ]
    assert opened == []


def test_typed_reads_and_a_hand_edited_value_falls_back_to_the_default():
    raw = QSettings(APP_AUTHOR, APP_NAME)
    try:
        pc_settings.write(pc_settings.LABEL_DPI, 300)
        pc_settings.write(pc_settings.CASH_DRAWER, True)
        pc_settings.write(pc_settings.LABEL_MARGIN, 2.5, size="57x32")
        assert pc_settings.read(pc_settings.LABEL_DPI) == 300
        assert pc_settings.read(pc_settings.CASH_DRAWER) is True
        assert pc_settings.read(pc_settings.LABEL_MARGIN, size="57x32") == 2.5
        assert pc_settings.read(pc_settings.LABEL_MARGIN, size="62x29") == 1.5
        raw.setValue(pc_settings.LABEL_DPI.name, "three hundred")
        raw.sync()
        assert pc_settings.read(pc_settings.LABEL_DPI) == 203
    finally:
        for key in ("labels", "receipt_printer"):
            raw.remove(key)
        raw.sync()
