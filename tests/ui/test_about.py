"""Help > About tells support what they ask first; an unexpected error names the log file."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from counter_app import __version__
from counter_app.logging_setup import log_file, setup_logging
from counter_app.ui import app as app_module
from counter_app.ui.dialogs.about_dialog import AboutDialog


def test_about_shows_version_database_log_and_versions(qtbot, db):
    setup_logging()
    dialog = AboutDialog(db)
    qtbot.addWidget(dialog)
    shown = {key: label.text() for key, label in dialog.fields.items()}
    assert shown["version"] == __version__
    assert shown["database"] == str(db.path) and str(db.path).endswith("shop.sqlite3")
    assert shown["log"] == str(log_file()) and shown["log"].endswith("counter-app.log")
    assert qVersion() in shown["qt"] and PySide6.__version__ in shown["qt"]
    assert platform.python_version() in shown["python"]
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert f"version: {__version__}" in copied and str(db.path) in copied


def test_the_help_menu_opens_about(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert "&Help" in menus
    [about] = [a for a in menus["&Help"].actions() if a.text().startswith("About")]
    about.trigger()
    assert len(opened) == 1 and opened[0].fields["database"].text() == str(window.db.path)


def test_an_uncaught_error_in_the_window_shows_the_log_file(qtbot, monkeypatch):
    setup_logging()
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    try:
        raise RuntimeError("printer on fire")
    except RuntimeError as exc:
        app_module._excepthook(RuntimeError, exc, exc.__traceback__)
    assert len(shown) == 1
    assert "printer on fire" in shown[0] and str(log_file()) in shown[0]
    assert "printer on fire" in log_file().read_text(encoding="utf-8")
