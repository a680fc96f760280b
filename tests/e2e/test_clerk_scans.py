"""A clerk's scans on a real display (issue 25, points 1 and 2): a scan fills the field that
expects it, never edits one it does not land in, and replaces what a field held. The window
is read over AT-SPI as a screen reader reads it."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import BARCODE, poll
from tests.services.helpers import IMEI

pytestmark = pytest.mark.slow

UNKNOWN_IMEI = "352099001761481"
PHONE = "13900002222"


def fill_customer(app) -> None:  # type: ignore[no-untyped-def]
    """A person types the phone and the name, then Tabs on to the IMEI field."""
    app.type_slowly(PHONE)
    app.key("Tab")
    app.type_slowly("Lin")
    while app.focus() != "imei":
        app.key("Tab")


def test_a_scan_into_the_intake_imei_field_fills_it_and_keeps_the_form(start_app, shop):
    app = start_app()
    fill_customer(app)
    app.scan(UNKNOWN_IMEI)
    app.wait_text("imei", lambda t: t == UNKNOWN_IMEI, "the unknown IMEI in its field")
    app.wait_text("device_hint", lambda t: "New device" in t, "the new-device hint")
    assert "Intake" in app.title()
    assert app.text("phone") == PHONE and app.text("name") == "Lin"  # the form was kept
    # A known IMEI scanned into the same field replaces the first one; the page stays.
    app.scan(IMEI)
    app.wait_text("imei", lambda t: t == IMEI, "the known IMEI replacing the first")
    app.wait_text("device_hint", lambda t: "earlier ticket" in t, "the device's history hint")
    assert "Intake" in app.title() and "Device history" not in app.title()
    assert app.text("phone") == PHONE and app.text("name") == "Lin"


def test_a_scan_never_edits_the_field_it_was_typed_into(start_app, shop):
    app = start_app()
    app.type_slowly(PHONE)
    app.key("Tab")
    app.key("shift+Tab")  # the phone's text is selected
    app.scan(shop["first"])
    app.wait_title(shop["first"], "Ticket")
    app.page(1, "Intake")
    assert app.text("phone") == PHONE  # not emptied by the scan
    app.key("Home")  # the cursor not at the end
    app.scan(shop["second"])
    app.wait_title(shop["second"], "Ticket")
    app.page(1, "Intake")
    assert app.text("phone") == PHONE  # no "T2612…" left in it
    app.scan("T261207-999")  # an unknown ticket number: said so, no field touched
    app.wait_text("scan_note", lambda t: "No ticket T261207-999" in t, "the no-ticket message")
    assert app.text("phone") == PHONE and "Intake" in app.title()


def test_a_second_part_barcode_replaces_the_first(start_app, shop):
    app = start_app()
    app.page(6, "Parts")
    app.scan(BARCODE)
    app.wait_text("search", lambda t: t == BARCODE, "the barcode in the parts search")
    poll(lambda: app.shows("P60 battery"), "the part found")
    app.scan("6900000000003")
    app.wait_text("search", lambda t: t == "6900000000003", "the second barcode alone")
    poll(lambda: not app.shows("P60 battery"), "the first part and its movements gone")
