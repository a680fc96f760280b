"""Shop-wide settings (manager): built from the settings declared in services/settings.py,
so a new setting appears here without touching this dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.errors import ServiceError
from counter_app.services import settings as settings_service
from counter_app.services.dto import Actor

LONG_TEXT = ("intake_terms", "receipt_terms")


class SettingsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Shop settings"))
        values = settings_service.get_all(db)
        self.editors: dict[str, Any] = {}
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        for spec in settings_service.SPECS:
            value = values[spec.key]
            if spec.key == "language":
                editor: Any = QComboBox()
                editor.addItem(self.tr("System language"), "")
                for code, name in i18n.LANGUAGES.items():
                    editor.addItem(name, code)
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif spec.kind is bool:
                editor = QCheckBox()
                editor.setChecked(bool(value))
            elif spec.kind is int:
                editor = QSpinBox()
                editor.setRange(0, settings_service.int_maximum(spec.key))
                editor.setValue(int(value))
            elif spec.key in LONG_TEXT:
                editor = QPlainTextEdit(str(value))
                editor.setFixedHeight(70)
            elif spec.kind is list:
                editor = QLineEdit(", ".join(value))
            else:
                editor = QLineEdit(str(value))
            editor.setObjectName(spec.key)
            editor.setToolTip(spec.key)
            self.editors[spec.key] = editor
            form.addRow(QCoreApplication.translate("settings", spec.description), editor)
        scroll = QScrollArea()
        scroll.setWidget(form_holder)
        scroll.setWidgetResizable(True)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Changes apply to every counter; the language at the next start."))
        )
        layout.addWidget(scroll)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                out[key] = editor.currentData()
            elif isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QSpinBox):
                out[key] = editor.value()
            elif isinstance(editor, QPlainTextEdit):
                out[key] = editor.toPlainText()
            else:
                out[key] = editor.text()
        return out

    def save(self) -> None:
        try:
            settings_service.update(self.db, self.actor, self.values())
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))
            return
        self.accept()
