"""Bench cases: a label and a receipt to PDF, and opening the main window — ours against
bare Qt doing the same drawing (QPdfWriter + QPainter / QTextDocument, a bare window)."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QMarginsF, QRect, QSizeF  # noqa: E402
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from bench.harness import Shop, case  # noqa: E402
from counter_app.printing import barcode  # noqa: E402
from counter_app.printing.output import Options, write_pdf  # noqa: E402

_tmp = Path(tempfile.mkdtemp(prefix="bench-print-"))
_app = QApplication.instance() or QApplication(["bench"])


def _paid_ticket(shop: Shop) -> list[str]:
    return [
        shop.raw.execute(
            "SELECT t.ticket_no FROM tickets t WHERE t.status = 'collected' AND EXISTS "
            "(SELECT 1 FROM payments p WHERE p.ticket_id = t.id) ORDER BY t.id DESC LIMIT 1"
        ).fetchone()[0]
    ]


@case("render a label to PDF", interactive=False, repeat=10)
def label_pdf(shop: Shop) -> list[str]:
    return _paid_ticket(shop)


@label_pdf.ours
def _(shop: Shop, ticket_no: str) -> object:
    return write_pdf(
        shop.db,
        shop.actor,
        "label",
        ticket_no,
        _tmp / "ours-label.pdf",
        Options(size="62x29", dpi=203),
    )


@label_pdf.baseline
def _(shop: Shop, ticket_no: str) -> object:
    row = shop.raw.execute(
        "SELECT t.fault, c.name, d.brand, d.model FROM tickets t JOIN customers c ON "
        "c.id = t.customer_id JOIN devices d ON d.id = t.device_id WHERE t.ticket_no = ?",
        (ticket_no,),
    ).fetchone()
    writer = QPdfWriter(str(_tmp / "raw-label.pdf"))
    writer.setResolution(203)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(62, 29), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter(writer)
    geometry = barcode.fit(ticket_no, 472)
    barcode.paint(painter, geometry, 12, 10, 70)
    for index, text in enumerate((ticket_no, f"{row[2]} {row[3]}", row[1], row[0])):
        painter.drawText(QRect(12, 85 + index * 30, 460, 28), 0, text)
    painter.end()
    return None


@case("render a receipt to PDF", interactive=False, repeat=10)
def receipt_pdf(shop: Shop) -> list[str]:
    return _paid_ticket(shop)


@receipt_pdf.ours
def _(shop: Shop, ticket_no: str) -> object:
    return write_pdf(
        shop.db, shop.actor, "receipt", ticket_no, _tmp / "ours-receipt.pdf", Options(paper="80mm")
    )


@receipt_pdf.baseline
def _(shop: Shop, ticket_no: str) -> object:
    raw = shop.raw
    t = raw.execute("SELECT id, fault FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()
    lines = raw.execute(
        "SELECT l.description, l.qty, l.unit_price, l.line_total FROM quote_lines l JOIN quotes q "
        "ON q.id = l.quote_id WHERE q.ticket_id = ?",
        (t[0],),
    ).fetchall()
    pays = raw.execute(
        "SELECT method, amount FROM payments WHERE ticket_id = ?", (t[0],)
    ).fetchall()
    html = "<h1>Receipt {}</h1><table>{}</table><table>{}</table>".format(
        ticket_no,
        "".join(
            f"<tr><td>{d}</td><td>{q}</td><td>{p / 100:.2f}</td><td>{s / 100:.2f}</td></tr>"
            for d, q, p, s in lines
        ),
        "".join(f"<tr><td>{m}</td><td>{a / 100:.2f}</td></tr>" for m, a in pays),
    )
    writer = QPdfWriter(str(_tmp / "raw-receipt.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(80, 120), QPageSize.Unit.Millimeter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(4, 4, 4, 4),
        )
    )
    document = QTextDocument()
    document.setHtml(html)
    painter = QPainter(writer)
    document.drawContents(painter)
    painter.end()
    return None


@case("open the main window", interactive=False, repeat=3)
def main_window(shop: Shop) -> list[int]:
    return [0]


@main_window.ours
def _(shop: Shop, _: int) -> object:
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(shop.db, shop.actor)
    window.board.poll.stop()
    window.show()
    _app.processEvents()
    window.close()
    window.deleteLater()
    _app.processEvents()
    return None


@main_window.baseline
def _(shop: Shop, _: int) -> object:
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 800)
    window.show()
    _app.processEvents()
    window.close()
    window.deleteLater()
    _app.processEvents()
    return None


# ---------------------------------------------------------------- the cash drawer


class _LoopbackPrinter:
    """A network receipt printer on 127.0.0.1 that only swallows what it is sent."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.uri = f"tcp://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            conn, _ = self.server.accept()
            with conn:
                while conn.recv(4096):
                    pass


_printer: _LoopbackPrinter | None = None


def _drawer() -> _LoopbackPrinter:
    global _printer
    if _printer is None:
        _printer = _LoopbackPrinter()
    return _printer


@case("take a cash payment to the drawer pulse", interactive=False, repeat=10)
def cash_to_drawer(shop: Shop) -> list[str]:
    """A ticket with at least 1.00 left to pay (a cent a call)."""
    from decimal import Decimal

    from counter_app.services.tickets import jobs

    _drawer()
    candidates = shop.raw.execute(
        "SELECT ticket_no FROM tickets WHERE status IN ('in_repair', 'quality_check', 'ready') "
        "ORDER BY id DESC LIMIT 200"
    ).fetchall()
    for (ticket_no,) in candidates:
        if jobs.detail(shop.db, shop.actor, ticket_no).balance >= Decimal("1"):
            return [ticket_no]
    return [_owing_job(shop)]


def _owing_job(shop: Shop) -> str:
    """A small shop may have no open job owing money (the other cases pay too): one taken
    in and quoted through the services, approved, nothing paid yet."""
    from counter_app.services.tickets import intake, quotes, workflow

    ticket_no = intake.take_in(
        shop.db,
        shop.actor,
        intake.IntakeData(
            name="Bench",
            phone="13800000000",
            brand="Apple",
            model="iPhone 13",
            serial=f"DRAWER{shop.scale}",
            fault="Cracked screen",
        ),
    ).ticket_no
    workflow.change_status(shop.db, shop.actor, ticket_no, "diagnosing")
    quotes.add_line(
        shop.db, shop.actor, ticket_no, kind="labour", description="Screen", price="300.00"
    )
    workflow.change_status(shop.db, shop.actor, ticket_no, "awaiting_approval")
    quotes.decide(shop.db, shop.actor, ticket_no, True, "in_person")
    return ticket_no


@cash_to_drawer.ours
def _(shop: Shop, ticket_no: str) -> object:
    """What "Take payment" does: the payment committed, then the pulse on the socket."""
    from counter_app.printing import escpos
    from counter_app.services.money import payments

    payments.pay(shop.db, shop.actor, ticket_no, "0.01", "cash")
    escpos.open_drawer(_drawer().uri)
    return None


@cash_to_drawer.baseline
def _(shop: Shop, ticket_no: str) -> object:
    raw = shop.raw
    ticket = raw.execute("SELECT id FROM tickets WHERE ticket_no = ?", (ticket_no,)).fetchone()
    raw.execute(
        "INSERT INTO payments (ticket_id, kind, method, amount, reference, note, at, user_id) "
        "VALUES (?, 'final', 'cash', 1, '', '', CURRENT_TIMESTAMP, 1)",
        (ticket[0],),
    )
    raw.commit()
    with socket.create_connection(("127.0.0.1", _drawer().server.getsockname()[1])) as sock:
        sock.sendall(b"\x1b@\x1bp\x00\x19\xfa")
    return None
