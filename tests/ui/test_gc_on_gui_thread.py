"""Python's garbage collector never runs in a background task's thread: there it would
destroy Qt objects of the GUI thread and crash the app (a segmentation fault seen in CI,
"Garbage-collecting" in a worker while the ticket page loaded)."""

from __future__ import annotations

import gc
import threading

from counter_app.ui.operations import collect_on_gui_thread, run_task


class Cycle:
    def __init__(self) -> None:
        self.me = self


def make_garbage(rounds: int) -> int:
    """A background task that leaves plenty of cyclic garbage behind."""
    for _ in range(rounds):
        Cycle()
    return rounds


def test_collections_happen_on_the_gui_thread_only(qtbot, qapp):
    collector = collect_on_gui_thread(qapp)
    assert collector is collect_on_gui_thread(qapp)  # one per application
    threads: list[str] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        results: list[int] = []
        rounds = gc.get_threshold()[0] * 50  # far past the threshold, in the worker
        run_task(None, make_garbage, rounds, on_done=results.append)
        qtbot.waitUntil(lambda: results == [rounds])
        qtbot.waitUntil(lambda: bool(threads), timeout=3000)  # the GUI thread's timer
    finally:
        gc.callbacks.remove(seen)
    assert set(threads) == {threading.main_thread().name}
    assert not gc.isenabled()  # no automatic collection, in any thread
