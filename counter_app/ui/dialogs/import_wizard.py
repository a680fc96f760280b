"""Import wizard (manager): pick a file and what it holds -> preview every row with the bad
ones highlighted and named -> import it all in the background, or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n
from counter_app.db import Database
from counter_app.exporting import tabular
from counter_app.services.base.dto import Actor
from counter_app.services.data_io import importing
from counter_app.ui import file_dialogs
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task
from counter_app.ui.table_fit import fit_columns

PREVIEW_LIMIT = 1000  # rows shown besides the bad ones (a big file is checked in full)
BAD = QColor("#f8d7da")
KIND_NAMES = {
    "customers": QT_TRANSLATE_NOOP("ImportWizard", "Customers"),
    "devices": QT_TRANSLATE_NOOP("ImportWizard", "Devices"),
    "repairs": QT_TRANSLATE_NOOP("ImportWizard", "Past repairs"),
}


@dataclass(frozen=True)
class PreviewRow:
    line: int
    problem: str  # translated; "" for a good row
    values: tuple[str, ...]


@dataclass(frozen=True)
class Checked:
    table: importing.SourceTable
    plan: importing.ImportPlan


def check_file(
    db: Database,
    kind: str,
    path: Path,
    mapping_text: str,
    report: Callable[[int, int], object] | None = None,
) -> Checked:
    """Read and validate the file (background): nothing is written."""
    mapping = importing.parse_mapping(mapping_text, kind)
    table = tabular.read_table(path, sheet=kind)
    return Checked(table, importing.plan(db, kind, table, mapping, report))


def _problem_colour(row: PreviewRow) -> QColor | None:
    return BAD if row.problem else None


class ImportWizard(QDialog):
    imported = Signal(dict)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.checked: Checked | None = None
        self.setWindowTitle(self.tr("Import records"))
        self.resize(900, 600)
        self.kind = QComboBox(objectName="kind")
        for key, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(name), key)
        self.kind.currentIndexChanged.connect(self._reset)
        self.path = QLineEdit(objectName="path")
        self.path.setPlaceholderText(self.tr(".xlsx or .csv (UTF-8 or GB18030)"))
        self.path.textChanged.connect(self._reset)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        self.mapping = QLineEdit(objectName="mapping")
        self.mapping.setPlaceholderText(self.tr("Optional: Column=field, …"))
        self.mapping.textChanged.connect(self._reset)
        template = QPushButton(self.tr("Save a template…"))
        template.clicked.connect(self.save_template)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("The file holds"), self.kind)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Column names"), self.mapping)
        self.check_button = QPushButton(self.tr("Check the file"), objectName="check")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"), objectName="import")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        self.summary = QLabel(objectName="summary")
        self.summary.setWordWrap(True)
        self.model = RowsModel([], "ImportWizard", self)
        self.view = QTableView(objectName="preview")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        buttons = QHBoxLayout()
        buttons.addWidget(template)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _reset(self) -> None:
        self.checked = None
        self.import_button.setEnabled(False)

    def choose_file(self) -> None:
        name = file_dialogs.open_file_name(
            self, self.tr("Import records"), "", self.tr("Records (*.xlsx *.csv *.txt)")
        )
        if name:
            self.path.setText(name)

    def save_template(self) -> None:
        name = file_dialogs.save_file_name(
            self, self.tr("Save a template…"), "import-template.xlsx", "Excel (*.xlsx)"
        )
        if name:
            run_task(
                self,
                tabular.write_template,
                Path(name),
                on_done=lambda _: self.summary.setText(
                    self.tr("Template saved: {file}").format(file=name)
                ),  # fmt: skip
            )

    def check(self) -> None:
        self._reset()
        self.summary.setText(self.tr("Checking…"))
        self.check_button.setEnabled(False)
        run_task(
            self,
            check_file,
            self.db,
            self.current_kind(),
            Path(self.path.text().strip()),
            self.mapping.text(),
            on_done=self._checked,
            on_error=self._failed,
            progress=self.tr("Checking the file…"),
            with_report=True,
        )

    def _failed(self, exc: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.summary.setText(i18n.error_text(exc))
        self.model.set_rows([])

    def _checked(self, checked: Checked) -> None:
        self.check_button.setEnabled(True)
        self.checked = checked
        table, plan = checked.table, checked.plan
        problems = {e.line: i18n.error_text(e.error) for e in plan.errors}
        bad = [PreviewRow(line, problems[line], _cells(v)) for line, v in table.rows if line in problems]  # fmt: skip
        good = [
            PreviewRow(line, "", _cells(values))
            for line, values in table.rows[: PREVIEW_LIMIT + len(bad)]
            if line not in problems
        ][:PREVIEW_LIMIT]
        columns = [
            Column(QT_TRANSLATE_NOOP("ImportWizard", "Line"), lambda r: r.line, right=True),
            Column(
                QT_TRANSLATE_NOOP("ImportWizard", "Problem"),
                lambda r: r.problem,
                background=_problem_colour,
            ),
        ]
        for index, title in enumerate(table.headers):
            columns.append(
                Column(title, lambda r, i=index: r.values[i] if i < len(r.values) else "")
            )
        self.model.columns = columns
        self.model.set_rows(bad + good)
        fit_columns(self.view)
        summary = plan.summary()
        if plan.ok:
            self.summary.setText(self._plan_text(summary, self.tr("Ready to import")))
            self.import_button.setEnabled(True)
        else:
            self.summary.setText(
                self.tr(
                    "%n bad row(s) (highlighted): fix them and check again. Nothing was imported.",
                    "",
                    len(plan.errors),
                )
            )

    def _plan_text(self, summary: dict[str, Any], heading: str) -> str:
        return self.tr(
            "{heading}: %n row(s); customers {new_customers} new, {old_customers} matched; "
            "devices {new_devices} new, {old_devices} matched; past repairs: {tickets}, "
            "comebacks: {comebacks}",
            "",
            summary["rows"],
        ).format(
            heading=heading,
            new_customers=summary["customers_created"],
            old_customers=summary["customers_matched"],
            new_devices=summary["devices_created"],
            old_devices=summary["devices_matched"],
            tickets=summary["tickets_created"],
            comebacks=summary["comebacks"],
        )

    def run_import(self) -> None:
        if self.checked is None:
            return
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        mapping = importing.parse_mapping(self.mapping.text(), self.current_kind())
        run_task(
            self,
            importing.apply,
            self.db,
            self.actor,
            self.current_kind(),
            self.checked.table,
            mapping,
            on_done=self._imported,
            on_error=self._failed,
            progress=self.tr("Importing…"),
            with_report=True,
        )

    def _imported(self, summary: dict[str, Any]) -> None:
        self.check_button.setEnabled(True)
        self.checked = None
        self.summary.setText(self._plan_text(summary, self.tr("Imported")))
        self.imported.emit(summary)


def _cells(values: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple("=…" if v == importing.FORMULA else ("" if v is None else str(v)) for v in values)
