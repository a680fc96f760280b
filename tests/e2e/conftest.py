"""The real display: an X server (Xvfb) with a window manager (openbox), the app started as its
own process, keys sent through the X server with xdotool (as a USB keyboard-wedge scanner
does). Qt's offscreen platform delivers test keys straight to a widget and cannot show how
the real window system delivers them; these tests can.

Without Xvfb/openbox/xdotool the tests are skipped on a developer's machine and FAIL under
CI=true (CI must run them). Waits poll with a deadline; nothing sleeps a fixed time to pass."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from counter_app.config import sqlite_url
from counter_app.db import Database
from counter_app.services.people import users as user_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from tests.conftest import ROOT
from tests.services.helpers import IMEI_2, take_in

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "dbus-daemon")
ATSPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi
READER = Path(__file__).with_name("atspi_reader.py")
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


def _free_displays() -> Iterator[int]:
    """The display numbers in :91-:99 that no X server holds now."""
    for number in DISPLAYS:
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            yield number


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


def _start_xvfb(number: int) -> tuple[subprocess.Popen, XServer] | None:
    """Xvfb on display ``number``, answering; None when the number was taken."""
    display = f":{number}"
    server = subprocess.Popen(
        # -noreset: Xvfb otherwise resets itself when its last client leaves (the poll's
        # xdotool), and a window manager connecting during that reset fails to start.
        ["Xvfb", display, "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    x = XServer(display)
    try:
        poll(
            lambda: (
                server.poll() is not None
                or x.xdotool("getdisplaygeometry", check=False)
                == SCREEN.rsplit("x", 1)[0].replace("x", " ")
            ),
            "Xvfb to start",
        )
    except BaseException:
        server.kill()
        server.wait()
        raise
    if server.poll() is None and _lock_holder(number) == server.pid:
        return server, x
    # It exited, or the display that answered is another run's that took the number first.
    if server.poll() is None:
        server.kill()
    server.wait()
    return None


def _lock_holder(number: int) -> int | None:
    """The process id in the X server's lock file for display ``number``."""
    try:
        return int(Path(f"/tmp/.X{number}-lock").read_text().strip())
    except (OSError, ValueError):
        return None


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _unavailable(
            f"missing {', '.join(missing)} (make system installs them: xvfb openbox xdotool x11-utils)"
        )
    # Another test run (a second pytest-xdist worker, another checkout's tests) may take the
    # same free number at the same moment: the Xvfb that loses exits, and the next is tried.
    started = next(filter(None, map(_start_xvfb, _free_displays())), None)
    if started is None:
        _unavailable("no X server could start on a free display in :91-:99")
        raise AssertionError  # unreachable
    server, x = started
    wm: subprocess.Popen | None = None
    try:
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


@pytest.fixture(scope="session")
def accessibility(xserver: XServer) -> Iterator[dict[str, str]]:
    """A D-Bus session with the AT-SPI bus, as a desktop has for screen readers: the
    environment an app needs to publish its widgets there."""
    if (
        not Path(ATSPI_LAUNCHER).exists()
        or subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode
    ):
        _unavailable("AT-SPI missing (make system installs at-spi2-core python3-pyatspi)")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        env=xserver.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    launcher: subprocess.Popen | None = None
    try:
        address = bus.stdout.readline().strip() if bus.stdout else ""
        if not address:
            _unavailable("the D-Bus session did not start")
        env = {"DBUS_SESSION_BUS_ADDRESS": address}
        launcher = subprocess.Popen(
            [ATSPI_LAUNCHER, "--launch-immediately"],
            env={**xserver.env, **env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        yield env
    finally:
        for process in (launcher, bus):
            if process is not None and process.poll() is None:
                process.terminate()
                process.wait(10)
        if bus.stdout is not None:
            bus.stdout.close()


class RunningApp:
    """The app as its own process on the X server; what is open is read from the title of
    the active window, which names the record (e.g. "T261127-019 · Ticket — <store>")."""

    def __init__(
        self, x: XServer, process: subprocess.Popen, log: Path, bus: dict[str, str]
    ) -> None:
        self.x, self.process, self.log, self.bus = x, process, log, bus

    def read(self) -> dict:
        """The active window as a screen reader sees it: {"title", "focus", "widgets"}."""
        self.check_alive()
        done = subprocess.run(
            [SYSTEM_PYTHON, str(READER), str(self.process.pid)],
            env={**self.x.env, **self.bus},
            capture_output=True,
            text=True,
            timeout=60,
        )
        if done.returncode != 0:
            raise AssertionError(f"reading the window failed: {done.stderr.strip()}")
        return json.loads(done.stdout)

    def text(self, name: str) -> str | None:
        """The text of the showing widget whose objectName is ``name`` (None: not shown)."""
        for widget in self.read()["widgets"]:
            if widget["id"].rsplit(".", 1)[-1] == name:
                return str(widget["text"] or widget["name"])
        return None

    def focus(self) -> str:
        """The objectName of the focused widget ("" when none)."""
        focus = self.read()["focus"]
        return focus["id"].rsplit(".", 1)[-1] if focus else ""

    def focused_in(self, name: str) -> bool:
        """Whether the focus is in the widget named ``name`` (or a part of it, e.g. the
        viewport of a text box)."""
        focus = self.read()["focus"]
        return bool(focus) and name in focus["id"].split(".")

    def wait_text(self, name: str, check: Callable[[str], bool], what: str) -> str:
        """Wait until widget ``name`` shows a text that passes ``check``."""
        seen: list[str | None] = []

        def ready() -> str | None:
            seen.append(self.text(name))
            return seen[-1] if seen[-1] is not None and check(seen[-1]) else None

        try:
            return str(poll(ready, what))
        except AssertionError as exc:
            raise AssertionError(f"{exc}; {name} shows {seen[-1:]}") from None

    def shows(self, words: str) -> bool:
        """Whether any showing widget's text or name contains ``words``."""
        return any(
            words in (w["text"] or "") or words in (w["name"] or "") for w in self.read()["widgets"]
        )

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
BARCODE = "6901234567892"


@pytest.fixture
def shop(db_path: Path) -> dict[str, str]:
    """Two open tickets and a part with a barcode."""
    db = Database(sqlite_url(db_path))
    manager = user_service.get_actor(db, "manager")
    clerk = user_service.get_actor(db, "amy")
    settings_service.update(db, manager, {"store_name": STORE, "language": "en"})
    first = take_in(db, clerk)
    second = take_in(
        db, clerk, imei=IMEI_2, phone="13900001111", name="王芳", fault="Battery drains"
    )
    inventory.create_part(
        db,
        user_service.get_actor(db, "kai"),
        PartData(sku="BAT-P60", name="P60 battery", cost="80", price="199", barcode=BARCODE),
    )
    db.close()
    return {"first": first, "second": second}


def on_hand(db_path: Path, sku: str) -> int:
    db = Database(sqlite_url(db_path))
    try:
        return inventory.get_part(db, sku).on_hand
    finally:
        db.close()


def count_tickets(db_path: Path) -> int:
    db = Database(sqlite_url(db_path))
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM tickets").scalar_one()
    finally:
        db.close()


@pytest.fixture
def start_app(
    xserver: XServer, accessibility: dict[str, str], db_path: Path, tmp_path: Path
) -> Iterator[Callable[..., RunningApp]]:
    """Returns a function that starts the app on ``db_path`` (fill the database first)."""
    started: list[RunningApp] = []

    def start(ready: bool = True, language: str = "en", user: str = "manager") -> RunningApp:
        """``ready=False``: return as soon as the process runs (the caller watches it come
        up); the same home each time, so a second start is a PC that knows the shop."""
        home = tmp_path / "home"
        env = {
            **xserver.env,
            **accessibility,
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # widgets on AT-SPI, as for a screen reader
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "zh_CN.UTF-8" if language == "zh_CN" else "en_US.UTF-8",
            "LANGUAGE": language,
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "COUNTER_LOG_DIR": str(home / "log"),
        }
        log = tmp_path / "app.log"
        with log.open("w") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "counter_app", "--db", str(db_path), "--user", user],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        app = RunningApp(xserver, process, log, accessibility)
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
