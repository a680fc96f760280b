"""The Qt application printing needs (QtGui only): a GUI app if one runs, else an offscreen one."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def ensure_gui_app() -> QCoreApplication:
    """Printing renders with QtGui, which needs a QGuiApplication. The CLI has none: make
    one on the offscreen platform so it works on a server or over SSH with no display."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QGuiApplication(["counter-app"])
    name_application(app)
    return app


def name_application(app: QCoreApplication) -> None:
    """The names QSettings files are kept under: the same for the GUI and the CLI, so per-PC
    settings such as the label printer calibration apply to both."""
    from counter_app.config import APP_AUTHOR, APP_NAME

    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
