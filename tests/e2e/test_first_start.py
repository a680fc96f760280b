"""A first start on a PC (nothing remembered: no language, no window settings) shows the
window's frame at once on a real X server, drawn, with the app's title, before the shop is
open; the shop then opens in it."""

from __future__ import annotations

import json
import time

import pytest

from tests.e2e.conftest import STORE, poll, start_grabber

pytestmark = pytest.mark.slow


def test_a_first_start_shows_the_window_before_the_shop_opens(start_app, shop, xserver):
    grabber = start_grabber(xserver, "Opening the shop", 0.1)
    time.sleep(1.0)  # the grabber is watching (its PySide6 loaded) before the app starts
    first = start_app(ready=False)  # a fresh home: this PC has never opened a shop
    titles: list[str] = []

    def opening() -> bool:
        titles.append(first.title())
        return titles[-1].startswith("Opening the shop…")

    poll(opening, "the window while the shop opens", timeout=60)
    assert titles[-1] == "Opening the shop… — Service Counter"  # the app's name ends it
    first.wait_title("Intake", STORE)
    assert not any(STORE in t for t in titles)  # the window came first
    out, err = grabber.communicate(timeout=60)
    seen = json.loads(out.splitlines()[-1]) if out.strip() else {"error": err}
    assert seen.get("found"), seen
    assert seen["title"].startswith("Opening the shop"), seen  # grabbed while opening
    assert seen["black"] < 0.2, seen  # the frame was drawn, not a black hole
