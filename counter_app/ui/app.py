"""Starting the GUI: Qt application, language, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableView

from counter_app import i18n
from counter_app.config import data_dir, resolve_db_url, sqlite_url
from counter_app.db import Database
from counter_app.errors import DatabaseError
from counter_app.printing.qt import name_application
from counter_app.services import settings as settings_service
from counter_app.services import tickets as ticket_service
from counter_app.services import users as user_service


class OpenTicketsModel(QAbstractTableModel):
    """The open tickets, first page (placeholder until the job board lands)."""

    HEADERS = ("Ticket", "Status", "Customer", "Device", "Fault")

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._rows = ticket_service.job_board(db, limit=500)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        return (
            row.ticket_no,
            row.status,
            row.customer_name,
            f"{row.brand} {row.model}",
            row.fault,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # type: ignore[no-untyped-def]  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None


def open_database(url: str | None, demo: bool) -> Database:
    if demo:
        from counter_app.services import demo as demo_service

        path = data_dir() / "demo.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        db = Database(sqlite_url(path))
        demo_service.fill(db, tickets=600, seed=7)
        return db
    db = Database(resolve_db_url(url))
    user_service.ensure_default_manager(db)
    return db


def run_gui(db_url: str | None = None, demo: bool = False, user: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    name_application(app)
    app.setApplicationDisplayName("Service Counter")
    try:
        db = open_database(db_url, demo)
    except DatabaseError as exc:
        QMessageBox.critical(None, "Service Counter", i18n.error_text(exc))
        return 1
    i18n.install(i18n.pick_language(settings_service.get_all(db)["language"]))
    window = QMainWindow()
    window.setWindowTitle(settings_service.get_all(db)["store_name"])
    view = QTableView()
    view.setModel(OpenTicketsModel(db))
    window.setCentralWidget(view)
    window.resize(1100, 700)
    window.show()
    return app.exec()
