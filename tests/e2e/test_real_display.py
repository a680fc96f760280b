"""Scan anywhere on a real X server: the app runs as its own process, keys come through the X
server like a keyboard-wedge scanner's, and what is open is read from the window title."""

from __future__ import annotations

import json
import time

import pytest

from tests.e2e.conftest import BARCODE, STORE, count_tickets, on_hand, poll, start_grabber
from tests.services.helpers import IMEI

pytestmark = pytest.mark.slow


def test_a_scan_on_the_job_board_opens_the_scanned_ticket_not_the_highlighted_row(start_app, shop):
    app = start_app()
    app.page(2, "Job board")
    # Highlight a row and press Enter as a person would: the highlighted ticket opens. The
    # board reads its rows in the background; until they are there, End and Enter do
    # nothing, so they are pressed again until a ticket opens.
    title = ""
    for _attempt in range(3):
        app.key("End")
        app.key("Return")
        try:
            title = app.wait_title("· Ticket", timeout=10)
            break
        except AssertionError:
            continue
    assert "· Ticket" in title
    highlighted = shop["first"] if shop["first"] in title else shop["second"]
    other = shop["second"] if highlighted == shop["first"] else shop["first"]
    assert highlighted in title
    app.page(2, "Job board")
    app.scan(other)
    app.wait_title(other, "Ticket")
    app.page(2, "Job board")  # the board kept the highlighted ticket
    app.key("Return")
    app.wait_title(highlighted, "Ticket")


def test_a_scan_with_the_focus_in_the_intake_phone_field(start_app, shop, db_path):
    app = start_app()
    assert "Intake" in app.title()  # the window opens on the intake, focus in the phone field
    app.scan(shop["first"])
    app.wait_title(shop["first"], "Ticket")
    assert count_tickets(db_path) == 2  # nothing was taken in


def test_a_scan_from_the_parts_page_and_a_part_barcode_there(start_app, shop):
    app = start_app()
    app.page(6, "Parts")
    app.scan(shop["second"])
    app.wait_title(shop["second"], "Ticket")
    app.page(6, "Parts")
    app.scan(BARCODE)  # not a ticket or IMEI: the parts search finds the part
    assert "Parts" in app.title()


def test_a_known_imei_opens_its_history_an_unknown_one_a_new_intake(start_app, shop):
    app = start_app()
    app.page(5, "Customers")
    app.scan(IMEI)
    app.wait_title(IMEI, "Device history")
    unknown = "352099001761481"
    app.scan(unknown)
    app.wait_title(unknown, "Intake")


def test_a_slowly_typed_ticket_number_is_not_a_scan(start_app, shop):
    app = start_app()
    app.page(4, "Device history")
    app.type_slowly(shop["first"])
    app.key("Return")
    # Typed by a person, Enter belongs to the field: the page looks the text up itself.
    # Had it counted as a scan, the ticket would open instead.
    app.wait_title(shop["first"], "Device history")
    assert "Ticket —" not in app.title()


def test_a_scan_into_the_receive_dialog_and_ctrl_f(start_app, shop, db_path):
    app = start_app()
    app.page(6, "Parts")
    app.key("ctrl+r")
    app.wait_title("Receive parts")
    app.scan(BARCODE)  # Enter moves on to the quantity
    app.key("ctrl+a")
    app.x.xdotool("type", "3")
    app.key("Return")
    poll(lambda: on_hand(db_path, "BAT-P60") == 3, "3 received")
    app.key("Escape")
    app.wait_title("Parts")
    app.key("ctrl+f")
    app.wait_title("Search")
    app.scan(shop["second"])  # into the search box; Enter searches
    app.wait_title(shop["second"], "Ticket")


def test_the_window_fits_a_1366x768_screen_with_its_status_bar(start_app, shop):
    app = start_app()
    window = app.x.xdotool("getactivewindow")
    info = app.x.run("xwininfo", "-id", window)
    values = dict(line.strip().split(":", 1) for line in info.splitlines() if ":" in line.strip())
    left = int(values["Absolute upper-left X"])
    top = int(values["Absolute upper-left Y"])
    width, height = int(values["Width"]), int(values["Height"])
    assert left >= 0 and top >= 0
    assert left + width <= 1366 and top + height <= 768  # the status bar is on screen


def test_the_window_comes_before_the_shop_and_a_scan_meanwhile_is_kept(start_app, shop, xserver):
    # The first start on a PC learns the shop's language (tests/e2e/test_first_start.py: its
    # window comes first too); the window is closed through the window manager (Alt+F4).
    first = start_app()
    first.key("alt+F4")
    poll(lambda: first.process.poll() is not None, "the first window to close")
    # The next start shows the window at once, before the shop is open (its title says
    # so), drawn (not a black hole waiting for its first paint); a ticket scanned while it
    # opens is not lost: the ticket opens when it is ready.
    grabber = start_grabber(xserver, "Opening the shop", 0.1)
    time.sleep(1.0)  # the grabber is watching (its PySide6 loaded) before the app starts
    again = start_app(ready=False)
    titles = []

    def opening() -> bool:
        titles.append(again.title())
        return titles[-1].startswith("Opening the shop…")

    poll(opening, "the window while the shop opens", timeout=60)
    again.scan(shop["second"])
    again.wait_title(shop["second"], "Ticket", STORE)
    assert not any(STORE in t for t in titles)  # the window came first
    out, err = grabber.communicate(timeout=60)
    seen = json.loads(out.splitlines()[-1]) if out.strip() else {"error": err}
    assert seen.get("found"), seen
    assert seen["title"].startswith("Opening the shop"), seen  # grabbed while opening
    assert seen["black"] < 0.2, seen  # the frame was drawn: page list, menus, message
