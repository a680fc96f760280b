"""Starting the GUI: Qt application, language, database (or a fresh demo shop), sign-in,
main window. Errors in the event loop are logged and shown, never swallowed.

The window comes first: when this PC has opened a shop before, it remembers the shop's
language (QSettings ``window/language``), so the window's frame is shown, in that
language, before the database layer is even imported; the shop is then opened, the user
signed in and the first page built in the shown window (a scan made meanwhile is heard
by the frame and looked up once the shop is open). The first start on a PC shows the frame
at once too, in the system's language (a new shop's); a shop in another language, or whose
language changed since, gets the window redrawn in it. The shop is opened (or made, or the
demo filled) on a worker thread while the frame is drawn and answers.
``COUNTER_STARTUP_PROBE=1`` prints the process's CPU seconds when the window is shown and
when it is ready (the bench's start-up case reads them)."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from counter_app import i18n, pc_settings
from counter_app.config import data_dir, resolve_db_url, sqlite_path, sqlite_url
from counter_app.errors import DatabaseError, ServiceError
from counter_app.printing.qt import name_application

if TYPE_CHECKING:
    from counter_app.db import Database
    from counter_app.ui.main_window import MainWindow

logger = logging.getLogger(__name__)
ICONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
DEMO_TICKETS = 600
STYLE = """
QListWidget#navigation { font-size: 15px; border: none; background: #263238; color: #eceff1;
    padding-top: 8px; }
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #1e88e5; color: white; }
QPushButton { padding: 5px 12px; }
QPushButton#save { background: #1e88e5; color: white; font-weight: bold; padding: 7px 18px; }
QPushButton#save:disabled { background: #90a4ae; }
QGroupBox { font-weight: bold; }
QTableView { gridline-color: #e0e0e0; selection-background-color: #bbdefb;
    selection-color: black; }
QHeaderView::section { background: #eceff1; padding: 4px; border: none;
    border-bottom: 1px solid #cfd8dc; font-weight: bold; }
"""


def open_database(url: str | None, demo: bool) -> Database:
    """The shop's database (asking first before a new, empty shop is made)."""
    resolved, missing = locate_shop(url, demo)
    if missing is not None and not ask_to_create(missing):
        raise NoShop()
    return connect_shop(resolved, demo)


def locate_shop(url: str | None, demo: bool) -> tuple[str, Path | None]:
    """The shop's URL, and its file when that does not exist yet (or is empty). Touches the
    disk: run off the GUI thread at a start."""
    if demo:
        return "", None
    resolved = resolve_db_url(url)
    path = sqlite_path(resolved)
    missing = path is not None and (not path.exists() or path.stat().st_size == 0)
    return resolved, path if missing else None


def connect_shop(resolved: str, demo: bool) -> Database:
    """The database at ``resolved`` opened (schema checked, migrated), or the demo shop
    made afresh. Off the GUI thread at a start."""
    from counter_app.db import Database
    from counter_app.services.people import users as user_service

    if demo:
        from counter_app.demo import shop as demo_service

        path = data_dir() / "demo.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        db = Database(sqlite_url(path))
        demo_service.fill(db, tickets=DEMO_TICKETS, seed=7)
        return db
    db = Database(resolved)
    user_service.default_username(db)  # writes only on a shop without any account yet
    return db


def _open_shop(resolved: str, demo: bool) -> tuple[Database, str]:
    """The start's background step: the shop opened and its language setting read."""
    from counter_app.services.shop import settings as settings_service

    db = connect_shop(resolved, demo)
    try:
        return db, settings_service.get_all(db).language
    except BaseException:
        db.close()
        raise


# A window left open for days (the chain's backup PC) still makes each day's backup.
BACKUP_CHECK_MS = 3600 * 1000


def _start_daily_backup(window: QWidget, db: Database) -> QTimer:
    """The daily backup (SQLite: on every PC; a shared PostgreSQL database: on the PC named
    by the setting backup_pc) in the background, now and then every hour (it is made once
    the newest is a day old): a big shop's copy or a chain's dump takes a while. A failure
    is shown, never silent, and the same failure once (an unplugged drive is not repeated
    every hour)."""
    from counter_app.services.data_io import backup
    from counter_app.ui.operations import run_task

    told: set[str] = set()

    def failed(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            logger.error("automatic backup failed: %s", exc)
            text = QCoreApplication.translate(
                "app", "The daily backup could not be written: {detail}"
            ).format(detail=f"{exc.strerror or exc} {exc.filename or ''}".strip())
        else:  # a damaged copy was deleted, a dump failed: say so
            logger.error("automatic backup refused: %s", exc)
            text = i18n.error_text(exc)
        if text not in told:
            told.add(text)
            QMessageBox.warning(window, "Service Counter", text)

    def start() -> None:
        run_task(window, backup.daily_backup, db, on_error=failed)

    start()
    timer = QTimer(window, interval=BACKUP_CHECK_MS)
    timer.timeout.connect(start)
    timer.start()
    return timer


class NoShop(Exception):
    """The user chose not to create a new shop database."""


def ask_to_create(path: Path, parent: QWidget | None = None) -> bool:
    """Only after asking does the GUI make a new, empty shop (a mistyped --db is not one)."""
    answer = QMessageBox.question(
        parent,
        "Service Counter",
        QCoreApplication.translate(
            "app", "There is no shop database at {path}. Create a new, empty shop there?"
        ).format(path=path),
    )
    return answer == QMessageBox.StandardButton.Yes


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
    icon = QIcon()
    for png in sorted(ICONS_DIR.glob("service-counter-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)


def install_language(language: str) -> None:
    """The window's language, and the app's name that Qt ends every window title with in
    it ("… — 维修服务台" as About calls the app, not "— Service Counter")."""
    i18n.install(language)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setApplicationDisplayName(QCoreApplication.translate("operations", "Service Counter"))


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    logger.error("uncaught exception", exc_info=(kind, value, tb))
    if QApplication.instance() is not None:
        from counter_app.ui.operations import crash_text

        QMessageBox.critical(None, "Service Counter", crash_text(value))


def _close_smoke(window: QWidget) -> None:
    shown = window.isVisible() and window.windowHandle() is not None
    print("main window shown" if shown else "main window NOT shown", flush=True)
    window.close()
    QApplication.exit(0 if shown else 1)


def _probe(stage: str) -> None:
    """With COUNTER_STARTUP_PROBE set: this process's CPU seconds so far, on stdout."""
    if os.environ.get("COUNTER_STARTUP_PROBE"):
        spent = os.times()
        print(f"startup {stage} cpu={spent.user + spent.system:.4f}", flush=True)


def _show_frame(app: QApplication, language: str) -> MainWindow:
    """The window's frame in ``language``, shown and drawn before the shop is opened."""
    from counter_app.ui.main_window import MainWindow

    install_language(language)
    window = MainWindow()
    window.show()
    # The window system maps it (a window manager reparents and decorates it first) and
    # asks for it to be drawn, maybe more than once: events are handled until it has been
    # exposed and then quiet for a moment, so the frame is drawn before the shop is opened
    # (a window left waiting for its first paint shows black on a real display).
    start = time.monotonic()
    exposed_at: float | None = None
    while time.monotonic() - start < 1.0:
        app.processEvents()
        handle = window.windowHandle()
        if exposed_at is None and handle is not None and handle.isExposed():
            exposed_at = time.monotonic()
        if exposed_at is not None and time.monotonic() - exposed_at > 0.02:
            break
        time.sleep(0.005)
    app.processEvents()
    return window


def run_gui(
    db_url: str | None = None, demo: bool = False, user: str | None = None, smoke: bool = False
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_application(app)
    app.setApplicationDisplayName("Service Counter")
    apply_style(app)
    sys.excepthook = _excepthook
    from counter_app.ui.operations import collect_on_gui_thread

    collect_on_gui_thread(app)  # never in a background task's thread (see there)
    remembered = pc_settings.read(pc_settings.LANGUAGE)
    # A first start on this PC: the frame in the system's language (a new shop's too).
    guess = remembered if remembered in i18n.LANGUAGES else i18n.pick_language(None)
    window = _show_frame(app, guess)
    _probe("shown")
    try:
        code = _open_and_run(app, window, guess, remembered, db_url, demo, user, smoke)
    finally:
        if not window.attached:
            window.close()  # the shop did not open (or nobody signed in): nothing to show
    return code


def _open_and_run(
    app: QApplication,
    window: MainWindow | None,
    shown_in: str,
    remembered: str,
    db_url: str | None,
    demo: bool,
    user: str | None,
    smoke: bool,
) -> int:
    from counter_app.ui.operations import wait_for

    # The disk, the schema check, the settings and argon2 run in the background; the
    # window's frame (when shown) keeps drawing, busy, meanwhile. A new shop is asked for
    # here, on the GUI thread, over the frame.
    try:
        resolved, missing = wait_for(locate_shop, db_url, demo)
        if missing is not None and not ask_to_create(missing, window):
            return 1
        db, setting = wait_for(_open_shop, resolved, demo)
    except (DatabaseError, ServiceError) as exc:
        QMessageBox.critical(window, "Service Counter", i18n.error_text(exc))
        return 1
    if window is not None and not window.isVisible():
        db.close()  # the frame was closed while the shop opened
        return 0
    language = i18n.pick_language(setting)
    if language != remembered:
        pc_settings.write(pc_settings.LANGUAGE, language)  # kept even if this start ends badly
    if language != shown_in:  # the shop's language is not the one the frame was drawn in
        if window is not None:
            window.close()
            window = None
        install_language(language)
    try:
        from counter_app.ui.dialogs.sign_in import SignInDialog, direct_actor

        actor = wait_for(direct_actor, db, user, demo)  # argon2: a moment of CPU
        if actor is None:
            # --user only preselects an account that has a password; it is never skipped.
            dialog = SignInDialog(db, window, preselect=user)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
                db.close()
                return 0
            actor = dialog.actor
    except ServiceError as exc:
        QMessageBox.critical(window, "Service Counter", i18n.error_text(exc))
        db.close()
        return 1
    from counter_app.ui.main_window import MainWindow

    if window is None:
        window = MainWindow(db, actor)
    else:
        window.attach(db, actor)
    if not demo:
        from counter_app.ui.dialogs.sign_in import remind_to_set_password

        remind_to_set_password(db, actor, window)
    window.show()
    if not demo:
        _start_daily_backup(window, db)
    _probe("ready")
    if smoke:  # an install check: the window opened, then it closes by itself
        QTimer.singleShot(0, lambda: _close_smoke(window))
    code = app.exec()
    db.close()
    return code
