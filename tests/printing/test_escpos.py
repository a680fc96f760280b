"""Raw ESC/POS receipts and the cash drawer, received by a loopback TCP "printer" (127.0.0.1
only): the raster decoded back to an image, its barcode found and measured dot by dot, the
cut at the end, the drawer pulse after a cash payment, and failures that keep the payment."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from decimal import Decimal

import pytest

from counter_app import pc_settings
from counter_app.printing import escpos, receipt_printer
from counter_app.services.money import payments
from counter_app.services.tickets import quotes
from tests.hardening.helpers import INTAKE, run_main
from tests.printing.raster import Raster, measure
from tests.services.helpers import take_in, to_awaiting_approval

READY, PAPER_OUT = 0x12, 0x72  # DLE EOT 4 answers: fixed bits; with "roll end" bits


class LoopbackPrinter:
    """A network receipt printer on 127.0.0.1: keeps every job's bytes, answers the paper
    status query (DLE EOT 4) with ``status``."""

    def __init__(self, status: int | None = READY) -> None:
        self.status = status
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                data = bytearray()
                answered = False
                while chunk := conn.recv(65536):
                    data += chunk
                    if not answered and escpos.PAPER_STATUS in data and self.status is not None:
                        conn.sendall(bytes((self.status,)))
                        answered = True
                self.jobs.append(bytes(data))
                self.done.set()

    def wait_job(self) -> bytes:
        assert self.done.wait(30), "the printer received nothing"
        self.done.clear()
        return self.jobs[-1]

    def close(self) -> None:
        """Switch the printer off: nothing listens on its port any more."""
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the accept() in the thread
        self.server.close()
        self.thread.join(10)


@pytest.fixture
def printer():
    found = LoopbackPrinter()
    yield found
    found.close()


@pytest.fixture(autouse=True)
def fresh_receipt_setup():
    """Every test starts from this PC's defaults (system printer, no drawer) and leaves them."""
    for key in (pc_settings.RECEIPT_PRINTER, pc_settings.RECEIPT_DPI, pc_settings.CASH_DRAWER):
        pc_settings.write(key, None)
    yield
    for key in (pc_settings.RECEIPT_PRINTER, pc_settings.RECEIPT_DPI, pc_settings.CASH_DRAWER):
        pc_settings.write(key, None)


def decode(job: bytes) -> tuple[Raster, bytes]:
    """The job's GS v 0 bands as one image (grey bytes, 0 = dot) and what follows them."""
    assert job.startswith(escpos.PAPER_STATUS + escpos.INIT)
    at = len(escpos.PAPER_STATUS + escpos.INIT)
    rows: list[bytes] = []
    width = 0
    while job[at : at + 4] == b"\x1dv0\x00":
        row_bytes = job[at + 4] | job[at + 5] << 8
        count = job[at + 6] | job[at + 7] << 8
        at += 8
        width = row_bytes * 8
        for _ in range(count):
            packed = job[at : at + row_bytes]
            at += row_bytes
            rows.append(bytes(0 if b & (0x80 >> bit) else 255 for b in packed for bit in range(8)))
    return Raster(width, len(rows), rows, 0), job[at:]


@pytest.fixture
def paid_ticket(db, staff):
    no = take_in(db, staff.clerk, name="黄嘉明")
    to_awaiting_approval(db, staff.technician, no, "450.00")
    quotes.decide(db, staff.clerk, no, True, "in_person")
    payments.pay(db, staff.clerk, no, "200", "wechat_pay")
    return no


@pytest.mark.parametrize("dpi", [180, 203])
def test_a_receipt_reaches_the_printer_as_dots_with_its_barcode_and_a_cut(
    db, staff, paid_ticket, printer, dpi
):
    escpos.print_document(db, staff.clerk, "receipt", paid_ticket, printer.uri, dpi)
    image, rest = decode(printer.wait_job())
    assert image.width == escpos.head_dots(dpi) == {180: 512, 203: 576}[dpi]
    assert rest == escpos.CUT  # fed to the cutter and cut, after the whole receipt
    image = Raster(image.width, image.height, image.rows, dpi)
    [code] = image.barcodes()
    bars = measure(image, code)
    assert code.text == paid_ticket
    assert bars.module == 2 and bars.whole_modules and bars.pattern_matches
    assert image.height > image.px(60)  # a whole receipt, not a stub


def test_print_receipt_to_a_printer_from_the_command_line(capsys, db_path, printer, tmp_path):
    db = ["--db", str(db_path)]
    made = run_main(capsys, *INTAKE, "--json", *db, "--user", "amy")
    no = json.loads(made.out)["ticket_no"]
    sent = run_main(
        capsys, "print", "intake", no, "--to", printer.uri, "--dpi", "180", "--json", *db,
        "--user", "amy",
    )  # fmt: skip
    assert sent.code == 0, sent.err
    assert json.loads(sent.out) == {"to": printer.uri, "kind": "intake", "ticket_no": no}
    image, rest = decode(printer.wait_job())
    assert rest == escpos.CUT and image.width == 512
    bad = run_main(capsys, "print", "intake", no, "--to", "lpt1", *db, "--user", "amy")
    assert bad.code == 2 and "tcp://HOST:PORT" in bad.err


def test_a_cash_payment_opens_the_drawer_and_a_printer_failure_keeps_the_payment(
    capsys, db_path, db, paid_ticket, printer
):
    where = ["--db", str(db_path)]
    setup = run_main(
        capsys, "print", "receipt-printer", "--to", printer.uri, "--dpi", "180",
        "--cash-drawer", "on", "--json", *where, "--user", "amy",
    )  # fmt: skip
    assert setup.code == 0, setup.err
    assert json.loads(setup.out) == {
        "receipt_printer": printer.uri,
        "dpi": 180,
        "cash_drawer": True,
    }
    pay = ["pay", paid_ticket, "--amount", "50", *where, "--user", "amy", "--json"]
    paid = run_main(capsys, *pay, "--method", "cash")
    assert paid.code == 0, paid.err
    assert printer.wait_job() == escpos.INIT + escpos.DRAWER_PULSE
    assert run_main(capsys, *pay, "--method", "card").code == 0
    assert len(printer.jobs) == 1  # a card payment leaves the drawer shut

    printer.close()  # the printer is switched off
    off = run_main(capsys, *pay, "--method", "cash")
    assert off.code == 0 and json.loads(off.out)["balance"] in ("100.00", 100)
    assert len(off.err.strip().splitlines()) == 1 and printer.uri in off.err


def test_paper_out_is_one_line_and_nothing_is_printed(db, staff, paid_ticket):
    empty = LoopbackPrinter(status=PAPER_OUT)
    try:
        with pytest.raises(escpos.PrinterError) as refused:
            escpos.print_document(db, staff.clerk, "receipt", paid_ticket, empty.uri, 203)
        assert "out of paper" in refused.value.message
        assert empty.wait_job() == escpos.PAPER_STATUS  # asked, then nothing sent
    finally:
        empty.close()


def test_taking_cash_at_the_counter_opens_the_drawer_and_a_dead_printer_keeps_it(
    qtbot, db, staff, paid_ticket, printer
):
    from counter_app.services.money import till
    from tests.ui.test_ticket_page import page_for, settle

    receipt_printer.save(printer.uri, 180, cash_drawer=True)
    till.open_till(db, staff.clerk, "0")  # opened in the morning: cash is taken at once
    page = page_for(qtbot, db, staff.clerk, paid_ticket)
    page.pay_amount.setText("50")
    page.pay_method.setCurrentIndex(page.pay_method.findData("cash"))
    page.pay()
    settle(qtbot, page)
    assert printer.wait_job() == escpos.INIT + escpos.DRAWER_PULSE
    assert page.detail.balance == Decimal("200.00")
    printer.close()
    page.pay()
    settle(qtbot, page)
    assert page.detail.balance == Decimal("150.00")  # the payment stands
    qtbot.waitUntil(lambda: printer.uri in page.message.text())


def test_print_receipt_in_the_gui_goes_to_the_counters_escpos_printer(
    qtbot, db, staff, paid_ticket, printer
):
    from counter_app.ui import print_actions

    receipt_printer.save(printer.uri, 203)
    assert print_actions.print_dialog(None, db, staff.clerk, "receipt", paid_ticket)
    image, rest = decode(printer.wait_job())
    assert rest == escpos.CUT and image.width == 576


def test_a_usb_or_serial_printer_is_a_device_file(db, staff, paid_ticket, tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")  # the device node exists; nothing is created in its place
    escpos.print_document(db, staff.clerk, "receipt", paid_ticket, f"file:{device}", 203)
    image, rest = decode(escpos.PAPER_STATUS + device.read_bytes())  # no status query
    image = Raster(image.width, image.height, image.rows, 203)
    assert rest == escpos.CUT and [code.text for code in image.barcodes()] == [paid_ticket]
    missing = tmp_path / "lp9"
    with pytest.raises(escpos.PrinterError) as unplugged:
        escpos.open_drawer(f"file:{missing}")
    assert str(missing) in unplugged.value.message and not missing.exists()


def test_opening_the_till_and_a_payout_open_the_drawer_and_a_dead_printer_keeps_them(
    capsys, db_path, printer
):
    """The float goes in and petty cash comes out through the drawer: each pulses it, after
    the till is recorded; a printer that is off is one line and the till stands."""
    where = ["--db", str(db_path), "--user", "amy"]
    setup = run_main(
        capsys, "print", "receipt-printer", "--to", printer.uri, "--cash-drawer", "on", *where
    )
    assert setup.code == 0, setup.err
    opened = run_main(capsys, "till", "open", "--float", "200", *where)
    assert opened.code == 0, opened.err
    assert printer.wait_job() == escpos.INIT + escpos.DRAWER_PULSE
    printer.close()
    paid_out = run_main(capsys, "till", "payout", "--amount", "20", "--reason", "stamps", *where)
    assert paid_out.code == 0 and len(paid_out.err.strip().splitlines()) == 1
    status = run_main(capsys, "till", "status", "--json", *where)
    assert "180.00" in status.out  # float 200 less the payout: recorded though the drawer failed
