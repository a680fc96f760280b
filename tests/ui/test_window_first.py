"""A start shows the window before the shop is opened, once the PC knows the shop's language:
the frame is drawn without the database layer loaded, then the shop opens in it. The first
start on a PC, and a start after the shop's language changed, end in the shop's language."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, run_cli

# Runs one window start (--smoke closes it once ready) and reports, at each stage the app
# announces (shown: the frame drawn; ready: shop open, first page built), whether the
# database layer was loaded and what the window showed.
PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
import counter_app.ui.app as start
from counter_app.cli import main

seen = []


def probe(stage):
    from counter_app.ui.main_window import MainWindow

    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                and w.isVisible()]
    seen.append({
        "stage": stage,
        "database_loaded": "sqlalchemy" in sys.modules or "counter_app.db" in sys.modules,
        "title": window.windowTitle(),
        "pages": [window.nav.item(i).text() for i in range(window.nav.count())],
        "list_enabled": window.nav.isEnabled(),
    })


start._probe = probe
code = main(["--db", sys.argv[1], "--user", "manager", "--smoke"])
print(json.dumps({"code": code, "seen": seen}))
"""


def start(path, home) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "main window shown" in proc.stdout
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["code"] == 0
    return {s["stage"]: s for s in result["seen"]}


def test_the_second_start_shows_the_window_before_opening_the_shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    assert run_cli("init", db_path=path).returncode == 0
    assert run_cli("settings", "set", "language", "en", db_path=path).returncode == 0
    home = tmp_path / "config"
    first = start(path, home)  # a new PC: the frame at once too, in the system's language
    assert list(first) == ["shown", "ready"]
    assert not first["shown"]["database_loaded"]
    second = start(path, home)
    assert list(second) == ["shown", "ready"]
    shown, ready = second["shown"], second["ready"]
    assert not shown["database_loaded"]
    assert shown["title"] == "Opening the shop…" and not shown["list_enabled"]
    assert shown["pages"][:2] == ["Intake", "Job board"]  # the whole list, at once
    assert ready["database_loaded"] and ready["list_enabled"]
    assert ready["title"].startswith("Intake — ")
    assert ready["pages"] == shown["pages"]


def test_a_changed_shop_language_is_followed_on_the_next_start(tmp_path):
    path = tmp_path / "shop.sqlite3"
    assert run_cli("init", db_path=path).returncode == 0
    assert run_cli("settings", "set", "language", "en", db_path=path).returncode == 0
    home = tmp_path / "config"
    start(path, home)
    # Another counter switches the shop to Simplified Chinese.
    assert run_cli("settings", "set", "language", "zh_CN", db_path=path).returncode == 0
    changed = start(path, home)
    assert changed["shown"]["pages"][0] == "Intake"  # the frame: what this PC last knew
    assert changed["ready"]["pages"][0] == "受理"  # the window: the shop's language
    assert "受理" in changed["ready"]["title"]
    again = start(path, home)  # and the PC has learnt it
    assert again["shown"]["pages"][0] == "受理"
    assert again["shown"]["title"] == "正在打开店铺…"


def test_a_scan_into_the_frame_is_looked_up_once_the_shop_is_open(qtbot, db, staff):
    # The frame is shown before the shop opens; a ticket scanned then opens when it is.
    from PySide6.QtCore import Qt

    from counter_app.ui.main_window import MainWindow
    from tests.services.helpers import take_in
    from tests.ui.conftest import FakeClock

    no = take_in(db, staff.clerk)
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    frame.scanner.clock = FakeClock()
    qtbot.keyClicks(frame, no)
    qtbot.keyClick(frame, Qt.Key.Key_Return)
    assert frame.windowTitle() == "Opening the shop…" and not frame.nav.isEnabled()
    frame.attach(db, staff.manager)
    qtbot.waitUntil(lambda: frame.current_page() == "ticket")
    qtbot.waitUntil(frame.pages["ticket"].idle)
    assert frame.pages["ticket"].detail.ticket_no == no
    assert frame.windowTitle().startswith(f"{no} · Ticket — ")


# A first start on a new PC with no shop yet: the new shop is made (the slow part: the
# database layer loaded, the schema migrated) on a worker thread while the frame, shown
# first, keeps answering: its timer ticks while the shop is being made.
FIRST = """
import json, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
import counter_app.ui.app as start
from counter_app.cli import main
from counter_app.ui.dialog_title import title_bar_text
from pathlib import Path

shop = Path(sys.argv[1])
events = []
ticks = [0]
timers = []


def probe(stage):
    from counter_app.ui.main_window import MainWindow

    [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)
                and w.isVisible()]
    if stage == "shown":
        timer = QTimer(interval=5)
        timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
        timer.start()
        timers.append(timer)
    events.append({
        "stage": stage,
        "title_bar": title_bar_text(window),
        "database_loaded": "sqlalchemy" in sys.modules or "counter_app.db" in sys.modules,
        "shop_exists": shop.exists(),
        "gui_thread": threading.current_thread() is threading.main_thread(),
    })


def asked(parent, title, text, *args):
    events.append({"stage": "asked", "over_the_frame": parent is not None})
    return QMessageBox.StandardButton.Yes


slow = start._open_shop


def opening(url, demo):
    begun = ticks[0]
    for _ in range(6000):  # the frame's timer ticks meanwhile (at most a minute)
        if ticks[0] > begun + 3:
            break
        threading.Event().wait(0.01)
    events.append({
        "stage": "opening",
        "gui_thread": threading.current_thread() is threading.main_thread(),
        "frame_answered": ticks[0] > begun + 3,
        "shop_exists": shop.exists(),
    })
    return slow(url, demo)


start._probe = probe
start._open_shop = opening
QMessageBox.question = asked
code = main(["--db", str(shop), "--user", "manager", "--smoke"])
print(json.dumps({"code": code, "events": events}))
"""


def test_a_first_start_shows_the_frame_before_the_new_shop_is_made(tmp_path):
    shop = tmp_path / "new" / "shop.sqlite3"  # nothing remembered, no shop yet
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    proc = subprocess.run(
        [sys.executable, "-c", FIRST, str(shop)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    assert "main window shown" in proc.stdout
    result = json.loads(proc.stdout.splitlines()[-1])
    assert result["code"] == 0
    events = result["events"]
    assert [e["stage"] for e in events] == ["shown", "asked", "opening", "ready"]
    shown, asked, opening, ready = events
    # The frame, with the app's title, before anything of the shop was loaded or made.
    assert shown["title_bar"] == "Opening the shop… — Service Counter"
    assert not shown["database_loaded"] and not shown["shop_exists"]
    assert asked["over_the_frame"]
    # The new shop is made on a worker thread while the frame keeps answering.
    assert not opening["gui_thread"] and opening["frame_answered"]
    assert not opening["shop_exists"]
    assert ready["title_bar"].startswith("Intake — ") and ready["shop_exists"]
