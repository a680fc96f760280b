"""Small dialogs wide enough for their title: a window manager cuts a title that does not
fit beside its buttons ("Faulty part rec…")."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

TITLE_BUTTONS = 120  # px for the window manager's icon, close/maximise buttons and margins


def fit_title(dialog: QDialog) -> None:
    """At least as wide as the dialog's title needs; call after setWindowTitle."""
    need = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BUTTONS
    dialog.setMinimumWidth(max(dialog.minimumWidth(), need))
