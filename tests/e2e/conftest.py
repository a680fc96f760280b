"""The real display: an X server (Xvfb) with a window manager (openbox), the app started as its
own process, keys sent through the X server with xdotool (as a USB keyboard-wedge scanner
does). Qt's offscreen platform delivers test keys straight to a widget and cannot show how
the real window system delivers them; these tests can.

Without Xvfb/openbox/xdotool the tests are skipped on a developer's machine and FAIL under
CI=true (CI must run them). Waits poll with a deadline; nothing sleeps a fixed time to pass."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo")
DISPLAYS = range(91, 100)  # the display numbers these tests may use
SCREEN = "1366x768x24"  # the most common shop-PC screen
WAIT = 30.0  # seconds: a deadline for polls, not a sleep
SCAN_DELAY_MS = 4  # a scanner types a key every few ms
SLOW_DELAY_MS = 180  # a person types much slower


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"real-display tests cannot run under CI: {reason}")
    pytest.skip(reason)


def poll(check: Callable[[], object], what: str, timeout: float = WAIT) -> object:
    """Call ``check`` until it returns something truthy; fail with ``what`` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)  # between polls only


def _free_display() -> int:
    for number in DISPLAYS:
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            return number
    _unavailable("no free X display number in :91-:99")
    raise AssertionError  # unreachable


class XServer:
    def __init__(self, display: str) -> None:
        self.display = display
        self.env = {**os.environ, "DISPLAY": display}
        self.env.pop("WAYLAND_DISPLAY", None)

    def xdotool(self, *args: str, check: bool = True) -> str:
        return self.run("xdotool", *args, check=check)

    def run(self, *command: str, check: bool = True) -> str:
        done = subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise AssertionError(f"{' '.join(command)}: {done.stderr.strip()}")
        return done.stdout.strip()


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _unavailable(
            f"missing {', '.join(missing)} (make system installs them: xvfb openbox xdotool x11-utils)"
        )
    number = _free_display()
    display = f":{number}"
    server = subprocess.Popen(
        # -noreset: Xvfb otherwise resets itself when its last client leaves (the poll's
        # xdotool), and a window manager connecting during that reset fails to start.
        ["Xvfb", display, "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    x = XServer(display)
    wm: subprocess.Popen | None = None
    try:
        ok = poll(
            lambda: (
                server.poll() is not None
                or x.xdotool("getdisplaygeometry", check=False)
                == SCREEN.rsplit("x", 1)[0].replace("x", " ")
            ),
            "Xvfb to start",
        )
        if server.poll() is not None or not ok:
            _unavailable(f"Xvfb {display} did not start")
        wm = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env=x.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # An EWMH window manager sets the desktop count; xdotool reads it.
        poll(lambda: x.xdotool("get_num_desktops", check=False) not in ("", "0"), "openbox")
        yield x
    finally:
        for process in (wm, server):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


class RunningApp:
    """The app as its own process on the X server; what is open is read from the title of
    the active window, which names the record (e.g. "T261127-019 · Ticket — <store>")."""

    def __init__(self, x: XServer, process: subprocess.Popen, log: Path) -> None:
        self.x, self.process, self.log = x, process, log

    def title(self) -> str:
        self.check_alive()
        return self.x.xdotool("getactivewindow", "getwindowname", check=False)

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise AssertionError(f"the app exited:\n{self.log.read_text(errors='replace')}")

    def wait_title(self, *parts: str, timeout: float = WAIT) -> str:
        """Wait until the active window's title contains every one of ``parts``."""
        try:
            return str(
                poll(
                    lambda: (t := self.title()) and all(p in t for p in parts) and t,
                    f"a window titled with {parts}",
                    timeout,
                )
            )
        except AssertionError as exc:
            raise AssertionError(f"{exc}; the title is {self.title()!r}") from None

    def key(self, *keys: str) -> None:
        self.x.xdotool("key", "--clearmodifiers", *keys)

    def scan(self, text: str) -> None:
        """What a keyboard-wedge scanner does: the code as a fast burst, then Enter."""
        self.x.xdotool("type", "--delay", str(SCAN_DELAY_MS), text)
        self.x.xdotool("key", "Return")

    def type_slowly(self, text: str) -> None:
        self.x.xdotool("type", "--delay", str(SLOW_DELAY_MS), text)

    def page(self, number: int, title: str) -> None:
        """Go to a page with its Ctrl+<number> shortcut and wait until it is shown. The key is
        sent again if the page does not come (pressing it twice is harmless): a window that
        was just mapped may get the keyboard focus from the window manager a moment later."""
        for _attempt in range(3):
            self.key(f"ctrl+{number}")
            try:
                self.wait_title(title, timeout=WAIT / 3)
                return
            except AssertionError:
                continue
        self.wait_title(title, timeout=1)

    def wait_focused(self) -> None:
        """Wait until the X keyboard focus is in the app's active window."""

        def focused() -> bool:
            active = self.x.xdotool("getactivewindow", check=False)
            focus = self.x.xdotool("getwindowfocus", "-f", check=False)
            return bool(active) and active == focus

        poll(focused, "the keyboard focus in the app's window")


STORE = "Harbour Phone Repair"


@pytest.fixture
def start_app(
    xserver: XServer, db_path: Path, tmp_path: Path
) -> Iterator[Callable[[], RunningApp]]:
    """Returns a function that starts the app on ``db_path`` (fill the database first)."""
    started: list[RunningApp] = []

    def start(ready: bool = True) -> RunningApp:
        """``ready=False``: return as soon as the process runs (the caller watches it come
        up); the same home each time, so a second start is a PC that knows the shop."""
        home = tmp_path / "home"
        env = {
            **xserver.env,
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "en_US.UTF-8",
            "LANGUAGE": "en",
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "COUNTER_LOG_DIR": str(home / "log"),
        }
        log = tmp_path / "app.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "counter_app", "--db", str(db_path), "--user", "manager"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        app = RunningApp(xserver, process, log)
        started.append(app)
        if ready:
            app.wait_title(STORE)
            app.wait_focused()
        return app

    yield start
    for app in started:
        if app.process.poll() is None:
            app.process.terminate()
            try:
                app.process.wait(15)
            except subprocess.TimeoutExpired:
                app.process.kill()
                app.process.wait()


# Run on the X server in a process of its own (PySide6 already imported): waits for a window
# whose title starts with argv[1], waits argv[2] seconds, grabs it and prints what it showed:
# the share of pure black pixels and the title right after the grab.
GRABBER = r"""
import json, subprocess, sys, time
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
deadline = time.monotonic() + 60
wid = ""
while not wid and time.monotonic() < deadline:
    found = subprocess.run(["xdotool", "search", "--name", "^" + sys.argv[1]],
                           capture_output=True, text=True).stdout.split()
    wid = found[0] if found else ""
    time.sleep(0.01)
if not wid:
    print(json.dumps({"found": False}))
    sys.exit(0)
time.sleep(float(sys.argv[2]))
image = QGuiApplication.primaryScreen().grabWindow(int(wid)).toImage()
title = subprocess.run(["xdotool", "getwindowname", wid], capture_output=True, text=True).stdout
w, h = image.width(), image.height()
samples = [image.pixelColor(x, y) for x in range(0, w, 8) for y in range(0, h, 8)]
black = sum(1 for c in samples if c.red() < 8 and c.green() < 8 and c.blue() < 8)
print(json.dumps({"found": True, "black": black / max(1, len(samples)), "title": title.strip(),
                  "size": [w, h]}))
"""


def start_grabber(x: XServer, title: str, wait: float) -> subprocess.Popen:
    """Starts watching for a window titled ``title…``; read its result with ``.communicate()``."""
    return subprocess.Popen(
        [sys.executable, "-c", GRABBER, title, str(wait)],
        env={**x.env, "QT_QPA_PLATFORM": "xcb"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
