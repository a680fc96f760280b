"""Small dialogs wide enough for their title: a window manager cuts a title that does not
fit beside its buttons ("Faulty part rec…")."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

TITLE_BUTTONS = 120  # px for the window manager's icon, close/maximise buttons and margins


def title_bar_text(window: QWidget) -> str:
    """The text of the window's title bar: Qt ends it with the app's name ("— 维修服务台")."""
    title = window.windowTitle()
    app_name = QGuiApplication.applicationDisplayName()
    if app_name and not title.endswith(app_name):
        title += f" \u2014 {app_name}"
    return title


def fit_title(dialog: QDialog) -> None:
    """At least as wide as the dialog's title bar needs; call after setWindowTitle."""
    need = dialog.fontMetrics().horizontalAdvance(title_bar_text(dialog)) + TITLE_BUTTONS
    dialog.setMinimumWidth(max(dialog.minimumWidth(), need))


def fit_height(window: QWidget) -> None:
    """Taller, if need be, for what its word-wrapped labels now say: Qt sizes a window once,
    and a label whose text grew onto a second line is cut ("…时间冲") until it is resized."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(window.width())
    else:
        need = layout.totalSizeHint().height()
    screen = window.screen()
    if screen is not None:
        need = min(need, screen.availableGeometry().height())
    if need > window.height():
        window.resize(window.width(), need)
