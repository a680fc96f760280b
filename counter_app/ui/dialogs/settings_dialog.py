"""Shop-wide settings (manager): built from the settings declared in services/shop/settings.py,
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
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.ui.operations import run_task, show_error

LONG_TEXT = ("intake_terms", "receipt_terms")


class SettingsDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(self.tr("Shop settings"))
        self.saved: settings_service.ShopSettings | None = None  # as saved (after Save)
        self.loaded = False  # the shop's values are read in the background
        self.busy = False  # a save is running
        self.editors: dict[str, Any] = {}
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        for spec in settings_service.SPECS:
            if spec.key == "language":
                editor: Any = QComboBox()
                editor.addItem(self.tr("System language"), "")
                for code, name in i18n.LANGUAGES.items():
                    editor.addItem(name, code)
            elif spec.kind is bool:
                editor = QCheckBox()
            elif spec.kind is int:
                editor = QSpinBox()
                editor.setRange(0, settings_service.int_maximum(spec.key))
            elif spec.key in LONG_TEXT:
                editor = QPlainTextEdit()
                editor.setFixedHeight(70)
            else:
                editor = QLineEdit()
            editor.setObjectName(spec.key)
            editor.setToolTip(spec.key)
            self.editors[spec.key] = editor
            form.addRow(QCoreApplication.translate("settings", spec.description), editor)
        self.form_holder = form_holder
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
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Changes apply to every counter; the language at the next start."))
        )
        layout.addWidget(scroll)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 640)
        self._set_busy(True)  # nothing to edit or save before the values are shown
        run_task(self, settings_service.get_all, db, on_done=self.show_values, busy=True)

    def show_values(self, settings: settings_service.ShopSettings) -> None:
        """The shop's settings, read in the background, in the editors."""
        values = settings.as_dict()  # by key, as stored (lists, whole numbers)
        for key, editor in self.editors.items():
            value = values[key]
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(str(value))
            elif isinstance(value, list):
                editor.setText(", ".join(value))
            else:
                editor.setText(str(value))
        self.loaded = True
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        """While the values load or a save runs, nothing can be changed or saved again."""
        self.busy = busy
        self.form_holder.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def idle(self) -> bool:
        """The values are shown and no save is running."""
        return self.loaded and not self.busy

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
        """Saved in the background; the dialog closes once it is saved, or says why not."""
        if not self.loaded or self.busy:
            return
        self._set_busy(True)
        run_task(
            self,
            settings_service.update,
            self.db,
            self.actor,
            self.values(),
            on_done=self._saved,
            on_error=self._refused,
            busy=True,
        )

    def _saved(self, values: settings_service.ShopSettings) -> None:
        self._set_busy(False)
        self.saved = values
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, ServiceError):
            show_error(self, exc)
            return
        self.error.setText(i18n.error_text(exc))
