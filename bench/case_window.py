"""Bench cases: the window as a clerk waits for it, in wall time on a real display (Xvfb
with the openbox window manager: `bench/xdisplay.py`), from exec to

- **frame**: the program's first top-level window mapped (the window manager takes it on
  and lists it in ``_NET_CLIENT_LIST``): ours shows its frame there (page list, menus,
  "Opening the shop…"), painted before the shop is opened;
- **ready**: its title naming the page ("Intake — <shop> — Service Counter"), which
  ``MainWindow.update_title`` sets once the shop is open, the user signed in and the first
  page built — from then on a scan or a keystroke is answered;

ours (``python -m counter_app --user manager --smoke --db <shop>``, a separate process
as a clerk starts it) against the floor: a bare PySide6 process that reads 50 open
tickets from the same file with ``sqlite3`` and shows them in a table window, ready when
mapped (its table is in it before it is shown).

Wall time, measured by this process (the X server's news read by ``xprop -spy``, stamped
with ``time.monotonic()``): the median of 5 starts after one warm-up start, which is the
PC's first (it learns the shop's language and makes the day's backup); the 5 are a
clerk's every-day starts. On a shared machine the other load is in these figures; run
them on a quiet one. Needs Xvfb, openbox, x11-utils (xprop), xdotool; without them the
cases fail with a message saying what is missing.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from typing import Any

from bench.case_startup import BARE_TABLE
from bench.harness import Shop, case
from bench.xdisplay import Display, missing_tools, start_and_watch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROFILE = tempfile.mkdtemp(prefix="bench-window-")  # a fresh PC: see the module's doc
STARTS = 5  # the median of 5 starts (after a warm-up)

BARE = (
    BARE_TABLE
    + r"""
window.setWindowTitle("Open tickets")
window.setCentralWidget(view)
window.resize(1280, 720)
window.show()


QTimer.singleShot(60_000, app.quit)  # the bench ends it once it has seen the window
sys.exit(app.exec())
"""
)

OURS = [sys.executable, "-m", "counter_app", "--user", "manager", "--smoke", "--db"]

_display: list[Display] = []
_WALL = [0.0]  # wall seconds of the starts measured, summed: the cases' clock


def measured_wall() -> float:
    return _WALL[0]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = os.path.join(PROFILE, name.lower())
    for name in ("COUNTER_LOG_DIR", "COUNTER_DB_URL", "COUNTER_STARTUP_PROBE", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    # Like an installed program, which starts from compiled bytecode (see case_startup).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _start(command: list[str], stage: str, ready: str = "") -> None:
    """One start on the display; adds its frame or ready wall time to the clock."""
    if not _display:
        _display.append(Display())

    def is_ready(title: str) -> bool:
        return not ready or ready not in title

    frame, shown, done = start_and_watch(
        _display[0], command, _env(), is_ready, cwd=ROOT, end=not ready
    )
    if done.returncode != 0 and (ready or done.returncode != -15):
        raise RuntimeError(f"{command[:4]} failed: {done.stdout} {done.stderr}")
    _WALL[0] += frame if stage == "frame" else shown


MISSING = missing_tools()
if MISSING:  # a machine without them runs every other case
    print(
        f"window cases left out: missing {', '.join(MISSING)} "
        "(apt: xvfb openbox x11-utils xdotool coreutils)",
        file=sys.stderr,
    )


def _case(name: str, **options: Any) -> Callable[[Callable[[Shop], Any]], Any]:
    """``case`` where the display's tools are present; else a decorator that registers
    nothing."""
    if not MISSING:
        return case(name, **options)

    def unregistered(prepare: Callable[[Shop], Any]) -> Any:
        prepare.ours = prepare.baseline = lambda fn: fn  # type: ignore[attr-defined]
        return prepare

    return unregistered


# The frame's title until the shop is open (MainWindow; English on the bench's shop).
OPENING = "Opening the shop"


@_case(
    "window frame, wall (real display)",
    interactive=False,
    repeat=STARTS,
    rounds=1,
    clock=measured_wall,
)
def window_frame(shop: Shop) -> list[int]:
    return [0]


@window_frame.ours
def _(shop: Shop, _: int) -> object:
    _start(OURS + [str(shop.path)], "frame", OPENING)
    return None


@window_frame.baseline
def _(shop: Shop, _: int) -> object:
    _start([sys.executable, "-c", BARE, str(shop.path)], "frame")
    return None


@_case(
    "window ready, wall (real display)",
    interactive=False,
    repeat=STARTS,
    rounds=1,
    clock=measured_wall,
)
def window_ready(shop: Shop) -> list[int]:
    return [0]


@window_ready.ours
def _(shop: Shop, _: int) -> object:
    _start(OURS + [str(shop.path)], "ready", OPENING)
    return None


@window_ready.baseline
def _(shop: Shop, _: int) -> object:
    # the bare window is ready when it is mapped: its table is filled before it is shown
    _start([sys.executable, "-c", BARE, str(shop.path)], "frame")
    return None
