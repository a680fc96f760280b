"""Bench cases: the whole process, from exec to the main window shown, and to the window
ready for work, on the shop's file — ours (`python -m counter_app --smoke`) against a bare
PySide6 process that reads 50 open tickets from the same file with sqlite3 and shows them
in a table window.

Measured in CPU seconds of the child process (user + system, os.times()), which each child
prints itself at the moment: on a shared machine the wall clock mostly measures the other
load; what a start costs is its CPU. Ours prints it when its window is shown (drawn, the
shop not yet opened) and when it is ready (shop open, user signed in, first page built:
`COUNTER_STARTUP_PROBE`, see counter_app/ui/app.py); the bare process when its table
window is shown. The harness's warm-up run is a first start on the bench's profile (it
makes the day's automatic backup and lets the PC learn the shop's language); the timed
runs are the starts a clerk makes every day after that.
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

# The floor of the window cases (here and bench/case_window.py): a bare PySide6 window with
# 50 open tickets read by sqlite3 in a table; each case appends how it shows and ends.
BARE_TABLE = r"""
import os, sqlite3, sys
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
"""

BARE = (
    BARE_TABLE
    + r"""
window.setCentralWidget(view)
window.resize(1280, 800)
window.show()


def done():
    spent = os.times()
    print(f"startup shown cpu={spent.user + spent.system:.4f}", flush=True)
    print("main window shown" if window.isVisible() else "not shown", flush=True)
    window.close()
    app.exit(0)


QTimer.singleShot(0, done)
sys.exit(app.exec())
"""
)


_REPORTED = [0.0]  # CPU seconds the children reported, summed: the cases' clock


def reported_cpu() -> float:
    return _REPORTED[0]


def _run(command: list[str], stage: str = "shown") -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COUNTER_STARTUP_PROBE="1")
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
    lines = [line for line in proc.stdout.splitlines() if line.startswith("startup ")]
    stages = {line.split()[1]: float(line.split("cpu=")[1]) for line in lines}
    # a first start on a PC opens the shop before showing anything: shown = ready
    _REPORTED[0] += stages.get(stage, stages.get("ready", 0.0))


@case("start-up to main window (whole process)", interactive=False, repeat=7, clock=reported_cpu)
def startup(shop: Shop) -> list[int]:
    return [0]


@startup.ours
def _(shop: Shop, _: int) -> object:
    _run(OURS + [str(shop.path)], "shown")
    return None


@startup.baseline
def _(shop: Shop, _: int) -> object:
    _run([sys.executable, "-c", BARE, str(shop.path)])
    return None


@case("start-up to window ready (whole process)", interactive=False, repeat=7, clock=reported_cpu)
def startup_ready(shop: Shop) -> list[int]:
    return [0]


@startup_ready.ours
def _(shop: Shop, _: int) -> object:
    _run(OURS + [str(shop.path)], "ready")
    return None


@startup_ready.baseline
def _(shop: Shop, _: int) -> object:
    _run([sys.executable, "-c", BARE, str(shop.path)])
    return None


OURS = [sys.executable, "-m", "counter_app", "--user", "manager", "--smoke", "--db"]
