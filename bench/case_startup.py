"""Bench case: the whole process, from exec to the main window shown (and closed), on the
shop's file — ours (`python -m counter_app --smoke`) against a bare PySide6 process that
reads 50 open tickets from the same file with sqlite3 and shows them in a table window.

Measured in CPU seconds of the child process (user + system, os.times()): on a shared
machine the wall clock mostly measures the other load; what a start costs is its CPU.
Both print one line when their window is shown and close it from the event loop
(QTimer.singleShot(0)), so each is timed from exec to exit by the same code here. The first
start of the day also makes the automatic backup: the harness's warm-up run absorbs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

from bench.harness import Shop, case

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# A fresh user profile: the window opens on its first page (Intake), as on a new counter PC,
# not on whatever page someone last left open on this machine.
PROFILE = tempfile.mkdtemp(prefix="bench-startup-")

BARE = r"""
import sqlite3, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT t.ticket_no, t.status, c.name, d.brand, d.model, t.fault, t.promised_at "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id "
    "JOIN devices d ON d.id = t.device_id "
    "WHERE t.status NOT IN ('collected', 'cancelled') ORDER BY t.promised_at, t.id LIMIT 50"
).fetchall()
model = QStandardItemModel(len(rows), 7)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem(str(value)))
view = QTableView()
view.setModel(model)
window = QMainWindow()
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()


def done():
    print("main window shown" if window.isVisible() else "not shown", flush=True)
    window.close()
    app.exit(0)


QTimer.singleShot(0, done)
sys.exit(app.exec())
"""


def _run(command: list[str]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = os.path.join(PROFILE, name.lower())
    env.pop("COUNTER_LOG_DIR", None)
    env.pop("COUNTER_DB_URL", None)
    # Like an installed program, which starts from compiled bytecode (the bundle ships
    # it; pip writes it): without this, every start here would compile our sources anew.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or "main window shown" not in proc.stdout:
        raise RuntimeError(f"{command[:4]} failed: {proc.stdout} {proc.stderr}")


def children_cpu() -> float:
    """CPU seconds used by finished child processes so far."""
    times = os.times()
    return times.children_user + times.children_system


@case("start-up to main window (whole process)", interactive=False, repeat=7, clock=children_cpu)
def startup(shop: Shop) -> list[int]:
    return [0]


@startup.ours
def _(shop: Shop, _: int) -> object:
    _run(
        [sys.executable, "-m", "counter_app", "--db", str(shop.path), "--user", "manager"]
        + ["--smoke"]
    )
    return None


@startup.baseline
def _(shop: Shop, _: int) -> object:
    _run([sys.executable, "-c", BARE, str(shop.path)])
    return None
