"""Help > About: what a support call needs to know — the program's version, which database
this window works on, where the log file is, and the Qt and Python versions."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app import __version__
from counter_app.db import Database
from counter_app.logging_setup import log_file
from counter_app.ui.dialog_title import fit_title


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Service Counter"))
        fit_title(self)  # the title bar keeps the whole title, app name included
        self.log_path = log_file()
        log_text = (
            str(self.log_path)
            if self.log_path
            else self.tr("none (the log folder cannot be written)")
        )
        self.values: dict[str, str] = {
            "version": __version__,
            "database": db.describe(),
            "log": log_text,
            "qt": self.tr("Qt {qt} (PySide6 {pyside})").format(
                qt=qVersion(), pyside=PySide6.__version__
            ),
            "python": f"Python {platform.python_version()} ({platform.system()} {platform.machine()})",
        }
        labels = {
            "version": self.tr("Version"),
            "database": self.tr("Database"),
            "log": self.tr("Log file"),
            "qt": self.tr("Qt"),
            "python": self.tr("Python"),
        }
        title = QLabel(self.tr("<b>Service Counter</b> — after-sales and repair desk"))
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, value in self.values.items():
            field = QLabel(value)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setWordWrap(True)
            self.fields[key] = field
            form.addRow(labels[key], field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_log = QPushButton(self.tr("Open log folder"))
        self.open_log.setEnabled(self.log_path is not None)
        self.open_log.clicked.connect(self.open_log_folder)
        buttons.addButton(self.open_log, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> str:
        """The same facts as plain text, to paste into a support message."""
        return "\n".join(f"{key}: {value}" for key, value in self.values.items())

    def copy_details(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details())

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
