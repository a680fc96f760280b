"""`python -m counter_app.ui.screenshots DIR`: PNGs of every page, in English and Simplified
Chinese, on a fresh demo shop (what the README shows)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from counter_app import i18n
from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.demo import shop as demo
from counter_app.printing.qt import name_application
from counter_app.services.people import users
from counter_app.services.tickets import jobs as ticket_service
from counter_app.timeutil import local_today
from counter_app.ui import operations
from counter_app.ui.app import apply_style
from counter_app.ui.main_window import TITLE_BAR, MainWindow
from counter_app.validation import format_phone

SIZE = (1366, 768)  # the most common shop-PC screen
PAGES = (
    "intake",
    "board",
    "ticket",
    "device",
    "customers",
    "parts",
    "reports",
    "aftercare",
    "schedule",
)


def _shop_screen() -> None:
    """Qt's offscreen platform pretends an 800×800 screen; give it the shop PC's instead,
    less the window manager's title bar: what a maximised window really gets."""
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen" or QApplication.instance():
        return
    config = Path(tempfile.mkdtemp(prefix="counter-screen-")) / "screen.json"
    screen = {"name": "shop", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1] - TITLE_BAR}
    config.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(app: QApplication, seconds: float = 30) -> None:
    """Let the pages' background reads arrive before the picture is taken."""
    deadline = time.monotonic() + seconds
    app.processEvents()
    while operations.running() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents()


def _dialogs(db: Database, actor, window: MainWindow, detail) -> list:  # type: ignore[no-untyped-def]
    """The main dialogs a clerk meets, as each page opens them."""
    from counter_app.services.people import customers
    from counter_app.ui.dialogs.appointment_dialogs import BookDialog
    from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog
    from counter_app.ui.dialogs.customer_edit_dialog import CustomerEditDialog
    from counter_app.ui.dialogs.import_wizard import ImportWizard
    from counter_app.ui.dialogs.parts_recovery_dialog import PartsRecoveryDialog
    from counter_app.ui.dialogs.settings_dialog import SettingsDialog
    from counter_app.ui.dialogs.sign_in import SignInDialog
    from counter_app.ui.pages.parts_page import ReceiveDialog

    engineers = [(u.username, u.display_name) for u in users.list_users(db, "technician")]
    made = [
        ("sign_in", SignInDialog(db, window)),
        ("settings", SettingsDialog(db, actor, window)),
        ("receive_parts", ReceiveDialog(db, actor, window)),
        ("faulty_part", PartsRecoveryDialog(db, actor, "faulty", parent=window)),
        ("book_appointment", BookDialog(db, actor, engineers, parent=window)),
        ("complaint", ComplaintDialog(db, actor, window, ticket_no=detail.ticket_no)),
        ("import", ImportWizard(db, actor, window)),
    ]
    customer = customers.find_by_phone(db, detail.customer.phone)
    if customer is not None:
        made.append(("edit_customer", CustomerEditDialog(db, actor, customer, window)))
    return made


def take(folder: Path, languages: tuple[str, ...] = ("en", "zh_CN")) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    _shop_screen()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_application(app)
    apply_style(app)  # type: ignore[arg-type]
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(sqlite_url(Path(tmp) / "demo.sqlite3"))
        demo.fill(db, tickets=600, seed=7)
        actor = users.get_actor(db, "manager")
        board = ticket_service.job_board(db, limit=40)
        details = [ticket_service.detail(db, actor, t.ticket_no) for t in board]
        phones = [d for d in details if d.device.imei] or details
        detail = next((d for d in phones if d.status == "in_repair"), phones[0])
        ticket_no = detail.ticket_no
        imei = detail.device.imei or detail.device.serial or ""
        for language in languages:
            i18n.install(language)
            window = MainWindow(db, actor)
            window.board.poll.stop()
            window.setWindowState(Qt.WindowState.WindowMaximized)
            window.show()
            intake = window.intake
            intake.phone.setText(format_phone(detail.customer.phone))
            intake.look_up_phone()
            intake.imei.setText(imei)
            window.open_ticket(ticket_no)
            ticket_page = window.pages["ticket"]
            deadline = time.monotonic() + 30
            while not ticket_page.idle() and time.monotonic() < deadline:  # type: ignore[attr-defined]
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            window.open_device(imei)
            surname = detail.customer.name[:1]
            window.pages["customers"].search.setText(surname)  # type: ignore[attr-defined]
            window.pages["customers"].refresh()  # type: ignore[attr-defined]
            reports_page = window.pages["reports"]
            from counter_app.services.reporting import reports

            yesterday = local_today("Asia/Shanghai") - timedelta(days=1)
            reports_page.day.setDate(yesterday)  # type: ignore[attr-defined]
            reports_page.show_daily(reports.daily(db, actor, yesterday))  # type: ignore[attr-defined]
            schedule = window.pages["schedule"]
            schedule.mode.setCurrentIndex(schedule.mode.findData("week"))  # type: ignore[attr-defined]
            coming = local_today("Asia/Shanghai") + timedelta(days=3)  # a week with bookings
            schedule.day.setDate(coming)  # type: ignore[attr-defined]
            for page in PAGES:
                window.show_page(page)
                if page == "customers":
                    window.pages["customers"].refresh()  # type: ignore[attr-defined]
                settle(app)
                QThreadPool.globalInstance().waitForDone(10000)  # lists that load off-thread
                app.processEvents()
                path = folder / f"{page}-{language}.png"
                window.grab().save(str(path))
                written.append(path)
            window.show_page("aftercare")
            tabs = window.pages["aftercare"].tabs  # type: ignore[attr-defined]
            for index in range(tabs.count()):
                if tabs.widget(index).findChild(QWidget, "state_filter") is not None:  # complaints
                    tabs.setCurrentIndex(index)
                    settle(app)
                    path = folder / f"complaints-{language}.png"
                    window.grab().save(str(path))
                    written.append(path)
            for name, dialog in _dialogs(db, actor, window, detail):
                dialog.show()
                settle(app)
                path = folder / f"dialog-{name}-{language}.png"
                dialog.grab().save(str(path))
                written.append(path)
                dialog.reject()
            window.close()
        db.close()
    i18n.install("en")
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    for path in take(target):
        print(path)
