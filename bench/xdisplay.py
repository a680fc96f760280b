"""A real display for the bench's window cases: Xvfb with a window manager (openbox), as
`tests/e2e/conftest.py` starts it for the end-to-end tests, and a watch on the X server
that tells, in the parent's wall clock (``time.monotonic``), when a new top-level window
is mapped and when its title changes.

The watch is the X server's own news, read by ``xprop -spy`` (no Python X library is
needed): on the root window, ``_NET_CLIENT_LIST`` gains a window when the window manager
takes it on (the client asked for it to be mapped: MapRequest, managed, MapNotify); on
that window, ``_NET_WM_NAME`` changes when its title does."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

TOOLS = ("Xvfb", "openbox", "xprop", "xdotool", "stdbuf")
DISPLAYS = range(80, 91)  # the end-to-end tests use :91-:99
SCREEN = "1366x768x24"  # the most common shop-PC screen
WAIT = 120.0  # seconds: a deadline for polls (a first start on a loaded machine), not a sleep


def missing_tools() -> list[str]:
    """The programs a real display needs that this machine lacks."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class NoDisplay(RuntimeError):
    """Xvfb, openbox or the X tools are missing, or the server did not start."""


def _poll(check: Callable[[], object], what: str, timeout: float = WAIT) -> object:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise NoDisplay(f"timed out waiting for {what}")
        time.sleep(0.02)


class Display:
    """Xvfb :N with openbox on it; ``env`` is the environment a client runs in."""

    def __init__(self) -> None:
        missing = missing_tools()
        if missing:
            raise NoDisplay(f"missing {', '.join(missing)} (apt: xvfb openbox x11-utils xdotool)")
        number = next(
            (
                n
                for n in DISPLAYS
                if not Path(f"/tmp/.X{n}-lock").exists()
                and not Path(f"/tmp/.X11-unix/X{n}").exists()
            ),
            None,
        )
        if number is None:
            raise NoDisplay("no free X display number in :80-:90")
        self.display = f":{number}"
        self.env = {**os.environ, "DISPLAY": self.display}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.env.pop("QT_QPA_PLATFORM", None)
        self._processes: list[subprocess.Popen[bytes]] = []
        # -noreset: Xvfb otherwise resets when its last client leaves (see tests/e2e).
        self._start(["Xvfb", self.display, "-screen", "0", SCREEN, "-nolisten", "tcp", "-noreset"])
        geometry = SCREEN.rsplit("x", 1)[0].replace("x", " ")
        _poll(lambda: self._xdotool("getdisplaygeometry") == geometry, "Xvfb to start")
        self._start(["openbox", "--sm-disable"])
        _poll(lambda: self._xdotool("get_num_desktops") not in ("", "0"), "openbox to start")
        atexit.register(self.close)

    def _start(self, command: list[str]) -> None:
        self._processes.append(
            subprocess.Popen(
                command, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )

    def _xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    def close(self) -> None:
        for process in reversed(self._processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self._processes.clear()


_IDS = re.compile(r"0x[0-9a-f]+")
_TITLE = re.compile(r'= "(.*)"$')


class _Spy:
    """``xprop -spy`` on one window (or the root): each line it prints, with the parent's
    ``time.monotonic()`` when it arrived."""

    def __init__(self, display: Display, *args: str) -> None:
        self.lines: list[tuple[float, str]] = []
        self.changed = threading.Condition()
        self.process = subprocess.Popen(
            ["stdbuf", "-oL", "xprop", "-spy", *args],
            env=display.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            at = time.monotonic()
            with self.changed:
                self.lines.append((at, line.rstrip("\n")))
                self.changed.notify_all()
        with self.changed:
            self.lines.append((time.monotonic(), ""))  # ended
            self.changed.notify_all()

    def wait(self, test: Callable[[str], bool], timeout: float = WAIT) -> tuple[float, str]:
        """The first line (and when it arrived) that passes ``test``."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self.changed:
            while True:
                for at, line in self.lines[seen:]:
                    if line and test(line):
                        return at, line
                seen = len(self.lines)
                if self.lines and self.lines[-1][1] == "":
                    raise RuntimeError("xprop ended before the awaited change")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise RuntimeError("timed out watching the X server")
                self.changed.wait(left)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self._reader.join(10)  # it reads to the end of the pipe, then the pipe is closed
        if self.process.stdout is not None:
            self.process.stdout.close()


def start_and_watch(
    display: Display,
    command: list[str],
    env: dict[str, str],
    ready: Callable[[str], bool],
    cwd: str | None = None,
    end: bool = False,
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Run ``command`` on the display; seconds of wall time from exec to its first
    top-level window being mapped (taken on by the window manager), and to that window's
    title first passing ``ready`` (the title as the window manager reads it, e.g.
    "Intake — Shop — Service Counter"). ``end``: the program waits to be ended (SIGTERM)
    once that has been seen, so its window outlives the watch."""
    clients = _Spy(display, "-root", "_NET_CLIENT_LIST")
    try:
        clients.wait(lambda line: line.startswith("_NET_CLIENT_LIST"))  # its current value
        # A new window: an id that the list's previous state lacked (X reuses a closed
        # program's ids for the next one, so the first list may still hold it).
        before = [set(_IDS.findall(clients.lines[-1][1]))]

        def added(line: str) -> bool:
            ids = set(_IDS.findall(line))
            new, before[0] = ids - before[0], ids
            if new:
                before.append(new)
            return bool(new)

        started = time.monotonic()
        process = subprocess.Popen(
            command,
            env={**env, "DISPLAY": display.display},
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            mapped, _line = clients.wait(added)
            window = sorted(before[-1])[0]
            titles = _Spy(display, "-id", window, "_NET_WM_NAME")
            try:
                shown, _title = titles.wait(
                    lambda line: (
                        (match := _TITLE.search(line)) is not None and ready(match.group(1))
                    )
                )
            finally:
                titles.close()
            if end:
                process.terminate()
            out, err = process.communicate(timeout=WAIT * 4)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    finally:
        clients.close()
    done = subprocess.CompletedProcess(command, process.returncode, out, err)
    return mapped - started, shown - started, done
