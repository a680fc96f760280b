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
    first = start(path, home)  # a new PC: the shop is opened first, then the window shown
    assert list(first) == ["ready"]
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
