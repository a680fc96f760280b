"""Running service calls off the UI thread, with results and errors delivered back on it.

    run_task(parent, fn, *args, on_done=..., on_error=..., progress=tr("Exporting…"))

``fn`` runs on the global QThreadPool; ``on_done(result)`` / ``on_error(exc)`` run on the
UI thread. With ``progress`` a cancellable progress dialog is shown; ``fn`` may accept a
``report`` keyword (``report(done, total) -> bool``, False once the user cancelled) when
``with_report=True``. An error with no ``on_error`` is logged and shown in a message box,
translated (services raise counter_app.errors). Tasks still running when the app quits
are waited for (see wait_for_tasks) so no transaction is cut off half-way.

With ``busy=True`` the mouse pointer shows the application is working (Qt's busy cursor:
still usable) until the answer is delivered: a page's reads and writes started by the user.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from counter_app import i18n

logger = logging.getLogger(__name__)
_live: set[_Task] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.cancelled = threading.Event()

    def report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # delivered to the UI thread, never lost
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collector, run on the GUI thread only.

    Left automatic, Python collects in whichever thread happens to allocate past the
    threshold: a background task's thread, which then destroys Qt objects that belong to
    the GUI thread (a task's signals, a page's lambdas caught in a cycle) and the process
    crashes (seen in CI: a segmentation fault "Garbage-collecting" in a worker while the
    ticket page loaded). So automatic collection is turned off and this collects, by the
    same generation thresholds, from a timer on the GUI thread (``check`` may also be called
    directly)."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            gc.collect(0)
            if second > self.thresholds[1]:
                gc.collect(1)
                if third > self.thresholds[2]:
                    gc.collect(2)


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """Install (once per application) the GUI-thread collector; returns it."""
    found = app.findChild(GuiThreadCollector)
    return found if found is not None else GuiThreadCollector(app)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Log and show an error in the user's language; the app keeps running."""
    from counter_app.errors import ServiceError

    if isinstance(exc, ServiceError):
        text = i18n.error_text(exc)
    else:
        logger.error("background task failed", exc_info=exc)
        text = crash_text(exc)
    QMessageBox.warning(parent, QCoreApplication.translate("operations", "Service Counter"), text)


def crash_text(value: BaseException) -> str:
    """What an unexpected error tells the clerk: the error (its kind when it has no words)
    and where the details are."""
    from counter_app.logging_setup import log_file

    text = i18n.error_text(value).strip()
    name = type(value).__name__
    text = f"{name}: {text}" if text else name
    path = log_file()
    if path is None:
        return text
    return (
        text
        + "\n\n"
        + QCoreApplication.translate("app", "The details are in the log file:\n{path}").format(
            path=path
        )
    )


def run_task(
    parent: QWidget | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    progress: str | None = None,
    with_report: bool = False,
    busy: bool = False,
    **kwargs: Any,
) -> _Task:
    task = _Task(fn, args, kwargs)
    if busy:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    if with_report:
        task.kwargs["report"] = task.report
    dialog: QProgressDialog | None = None
    if progress is not None:
        dialog = QProgressDialog(
            progress, QCoreApplication.translate("operations", "Cancel"), 0, 0, parent
        )
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.canceled.connect(task.cancelled.set)

        def _on_progress(done: int, total: int) -> None:
            if dialog is not None:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)

        task.signals.progress.connect(_on_progress)

    def _finish() -> None:
        _live.discard(task)
        if busy:
            QGuiApplication.restoreOverrideCursor()
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _gone() -> bool:
        """The widget that asked has been closed and deleted meanwhile: nobody to tell."""
        return parent is not None and not shiboken6.isValid(parent)

    @Slot(object)
    def _done(result: Any) -> None:
        _finish()
        if on_done is not None and not _gone():
            on_done(result)

    @Slot(object)
    def _failed(exc: BaseException) -> None:
        _finish()
        if _gone():
            logger.info("answer for a closed window dropped: %s", exc)
        elif on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)

    task.signals.done.connect(_done)
    task.signals.failed.connect(_failed)
    task._keep = (_done, _failed)  # type: ignore[attr-defined]
    _live.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args)`` in the background, its answer returned (its error raised) here, on the
    GUI thread, while the event loop keeps running: the window keeps drawing and hearing
    scans, the pointer shows the application is busy. For the steps of a start (opening the
    shop, signing in, the store and settings the window is built for) that must finish before
    the code after them, yet must not freeze the window while the disk or argon2 works."""
    loop = QEventLoop()
    answer: dict[str, Any] = {}

    def done(result: Any) -> None:
        answer["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        answer["error"] = exc
        loop.quit()

    run_task(None, fn, *args, on_done=done, on_error=failed, busy=True, **kwargs)
    while not answer:
        if loop.exec() == -1 and not answer:
            # The application was told to quit (its loops return at once): wait for the
            # answer with the events still delivered.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    if "error" in answer:
        raise answer["error"]
    return answer["result"]


def running() -> int:
    """How many tasks have not yet delivered their answer."""
    return len(_live)


def shows_busy() -> bool:
    """The pointer says a task started with ``busy=True`` is still running."""
    cursor = QGuiApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Let running tasks finish their transaction (called when the window closes)."""
    for task in list(_live):
        task.cancelled.set()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
