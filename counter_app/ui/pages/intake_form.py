"""Intake: the clerk's main screen. Phone first (a known customer is filled in), IMEI
checked as typed (a known device shows its history and warranty beside the form), every
error next to its field, nothing saved until all fields are valid."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app import i18n, names
from counter_app.db import Database
from counter_app.errors import InvalidFields, ServiceError, ValidationError
from counter_app.models import PRIORITIES, SERVICE_TYPES
from counter_app.services.base.dto import Actor, CustomerInfo, IntakeResult
from counter_app.services.people import customers as customer_service
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.tickets import devices as device_service
from counter_app.services.tickets import intake as intake_service
from counter_app.services.tickets.promise import default_promise
from counter_app.services.warranty import engine as warranty
from counter_app.services.warranty import records as warranty_records
from counter_app.timeutil import utcnow
from counter_app.ui import format as fmt
from counter_app.ui.models.table_model import Column, RowsModel
from counter_app.ui.operations import run_task, show_error
from counter_app.ui.scanner import accept_scans
from counter_app.ui.table_fit import fit_columns
from counter_app.validation import (
    imei_digits,
    normalize_imei,
)

BRANDS = (
    "Apple",
    "Huawei",
    "Xiaomi",
    "OPPO",
    "vivo",
    "Honor",
    "Samsung",
    "OnePlus",
    "realme",
    "Google",
    "Lenovo",
    "Other",
)
HISTORY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("IntakeForm", "Ticket"), lambda e: e.ticket_no),
    Column(
        QT_TRANSLATE_NOOP("IntakeForm", "Received"), lambda e: fmt.local_time_text(e.received_at)
    ),
    Column(QT_TRANSLATE_NOOP("IntakeForm", "Status"), lambda e: fmt.status_text(e.status)),
    Column(QT_TRANSLATE_NOOP("IntakeForm", "Fault"), lambda e: e.fault),
    Column(
        QT_TRANSLATE_NOOP("IntakeForm", "Warranty until"),
        lambda e: fmt.local_date_text(e.warranty_until),
    ),
]


def normalize_or_none(text: str) -> str | None:
    try:
        return normalize_imei(text)
    except ValidationError:
        return None


class IntakeForm(QWidget):
    """Emits ``saved(ticket_no)`` after a successful intake."""

    saved = Signal(str)
    open_ticket = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        settings: ShopSettings | None = None,
    ) -> None:
        """``settings``: the shop's, as the window read them when the shop opened (else
        read here)."""
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.settings = settings if settings is not None else settings_service.get_all(db)
        self.errors: dict[str, QLabel] = {}
        self.busy = False  # a save is running
        self.last_result: IntakeResult | None = None
        self._build()
        self.reset()

    # -- layout -----------------------------------------------------------------------
    def _error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error-{field}")
        label.setStyleSheet("color: #c62828;")
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def _row(self, form: QFormLayout, title: str, widget: QWidget, field: str) -> None:
        widget.setAccessibleName(title)  # what a screen reader says for the field
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self._error_label(field))
        form.addRow(title, box)

    def _build(self) -> None:
        self._build_customer_and_device()
        self._build_job()
        self._build_purchase()
        left, right = self._build_forms()
        self._build_history()
        self._build_buttons()
        self._lay_out(left, right)
        self._connect()

    def _build_customer_and_device(self) -> None:
        self.phone = QLineEdit(objectName="phone")
        self.phone.setPlaceholderText(self.tr("138 1234 5678 or +852 …"))
        self.name = QLineEdit(objectName="name")
        self.email = QLineEdit(objectName="email")
        self.customer_hint = QLabel(objectName="customer_hint")
        self.customer_hint.setStyleSheet("color: #1b5e20;")
        self.imei = QLineEdit(objectName="imei")
        self.imei.setPlaceholderText(self.tr("15 digits: dial *#06#"))
        self.imei2 = QLineEdit(objectName="imei2")
        self.serial = QLineEdit(objectName="serial")
        self.serial.setPlaceholderText(self.tr("for devices without an IMEI"))
        # The scanner is meant for these: a scan fills them (never a jump elsewhere).
        accept_scans(self.imei, "imei")
        accept_scans(self.imei2, "imei")
        accept_scans(self.serial, "code")
        self.brand = QComboBox(objectName="brand")
        self.brand.setEditable(True)
        self.brand.addItems([*BRANDS[:-1], self.tr("Other")])  # brands are names
        self.model_edit = QLineEdit(objectName="model")
        self.colour = QLineEdit(objectName="colour")
        self.service = QComboBox(objectName="service_type")
        for service in SERVICE_TYPES:
            self.service.addItem(fmt.service_type_text(service), service)

    def _build_job(self) -> None:
        self.fault = QPlainTextEdit(objectName="fault")
        self.fault.setTabChangesFocus(True)
        self.fault.setFixedHeight(60)
        self.condition: dict[str, QComboBox] = {}
        self.condition_box = condition_box = QGroupBox(self.tr("Condition on intake"))
        grid = QGridLayout(condition_box)
        for index, item in enumerate(intake_service.CONDITION_ITEMS):
            combo = QComboBox(objectName=f"condition-{item}")
            for value in names.CONDITION_VALUES:
                combo.addItem(names.condition_value_text(value), value)
            self.condition[item] = combo
            grid.addWidget(QLabel(fmt.condition_text(item)), index // 2, (index % 2) * 2)
            grid.addWidget(combo, index // 2, (index % 2) * 2 + 1)
        self.accessories = QLineEdit(objectName="accessories")
        self.accessories.setPlaceholderText(self.tr("case, SIM tray, charger…"))
        self.passcode = QLineEdit(objectName="passcode")
        self.passcode.setEchoMode(QLineEdit.EchoMode.Password)
        self.priority = QComboBox(objectName="priority")
        for priority in PRIORITIES:
            self.priority.addItem(fmt.priority_text(priority), priority)
        self.priority.currentIndexChanged.connect(self._default_promise)
        self.promised = QDateTimeEdit(objectName="promised_at")
        self.promised.setCalendarPopup(True)
        self.promised.setDisplayFormat("yyyy-MM-dd HH:mm")

    def _build_purchase(self) -> None:
        """Purchase date and proof, the item the warranty is for, the price paid (returns),
        and the production date that counts without proof."""
        self.has_purchase = QCheckBox(self.tr("Known"), objectName="has_purchase")
        self.purchase_date = QDateEdit(objectName="purchase_date")
        self.purchase_date.setCalendarPopup(True)
        self.purchase_date.setDisplayFormat("yyyy-MM-dd")
        self.purchase_proof = QLineEdit(objectName="purchase_proof")
        self.purchase_proof.setPlaceholderText(self.tr("invoice or receipt number"))
        self.warranty_item = QComboBox(objectName="warranty_item")
        for item in warranty.ITEMS:
            self.warranty_item.addItem(
                QCoreApplication.translate("warranty", names.WARRANTY_ITEM_TEXT[item]), item
            )
        self.purchase_price = QLineEdit(objectName="purchase_price")
        self.purchase_price.setPlaceholderText(self.tr("price paid (returns)"))
        # No proof of purchase: the handset's warranty counts from its production date.
        self.has_production = QCheckBox(self.tr("Made on"), objectName="has_production")
        self.production_date = QDateEdit(objectName="production_date")
        self.production_date.setCalendarPopup(True)
        self.production_date.setDisplayFormat("yyyy-MM-dd")
        self.has_production.toggled.connect(self.production_date.setEnabled)
        for signal in (
            self.purchase_proof.editingFinished,
            self.purchase_date.dateChanged,
            self.has_purchase.toggled,
            self.warranty_item.currentIndexChanged,
            self.has_production.toggled,
            self.production_date.dateChanged,
        ):
            signal.connect(self._refresh_warranty_hint)

    def _build_forms(self) -> tuple[QFormLayout, QFormLayout]:
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, self.tr("Phone"), self.phone, "phone")
        self._row(left, self.tr("Name"), self.name, "name")
        left.addRow("", self.customer_hint)
        self._row(left, self.tr("Email"), self.email, "email")
        self._row(left, self.tr("IMEI"), self.imei, "imei")
        self._row(left, self.tr("Second IMEI"), self.imei2, "imei2")
        self._row(left, self.tr("Serial number"), self.serial, "serial")
        self._row(left, self.tr("Brand"), self.brand, "brand")
        self._row(left, self.tr("Model"), self.model_edit, "model")
        self._row(left, self.tr("Colour"), self.colour, "colour")
        right = QFormLayout()
        self._row(right, self.tr("Service"), self.service, "service_type")
        self._row(right, self.tr("Fault"), self.fault, "fault")
        right.addRow(self.condition_box)
        self._row(right, self.tr("Accessories left"), self.accessories, "accessories")
        self._row(right, self.tr("Passcode"), self.passcode, "passcode")
        self._row(right, self.tr("Priority"), self.priority, "priority")
        self._row(right, self.tr("Promised"), self.promised, "promised_at")
        purchase = QHBoxLayout()
        purchase.addWidget(self.has_purchase)
        purchase.addWidget(self.purchase_date)
        purchase.addWidget(self.purchase_proof, 1)
        holder = QWidget()
        holder.setLayout(purchase)
        self._row(right, self.tr("Purchase"), holder, "purchase_date")
        item_row = QHBoxLayout()
        item_row.addWidget(self.warranty_item)
        item_row.addWidget(self.purchase_price, 1)
        item_row.addWidget(self.has_production)
        item_row.addWidget(self.production_date)
        item_holder = QWidget()
        item_holder.setLayout(item_row)
        self._row(right, self.tr("Warranty for"), item_holder, "purchase_price")
        return left, right

    def _build_history(self) -> None:
        self.device_box = QGroupBox(self.tr("This device's repair history"))
        self.device_hint = QLabel(objectName="device_hint")
        self.device_hint.setWordWrap(True)
        self.history_model = RowsModel(HISTORY_COLUMNS, "IntakeForm", self)
        self.history = QTableView()
        self.history.setTabKeyNavigation(False)  # one Tab stop
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.doubleClicked.connect(
            lambda index: self.open_ticket.emit(self.history_model.row_at(index.row()).ticket_no)
        )
        side = QVBoxLayout(self.device_box)
        side.addWidget(self.device_hint)
        side.addWidget(self.history)

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self.tr("Save intake  (Ctrl+S)"), objectName="save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.result_label = QLabel(objectName="result")
        big = QFont()
        big.setPointSize(22)
        big.setBold(True)
        self.result_label.setFont(big)
        self.print_button = QPushButton(self.tr("Print label"), objectName="print_label")
        self.print_button.clicked.connect(self.print_label)
        self.print_button.hide()
        self.new_button = QPushButton(self.tr("New intake"), objectName="new_intake")
        self.new_button.clicked.connect(self.reset)
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setToolTip(
            self.tr("New intake")
            + " ("
            + self.new_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            + ")"
        )
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)

    def _lay_out(self, left: QFormLayout, right: QFormLayout) -> None:
        columns = QHBoxLayout()
        for form, stretch in ((left, 5), (right, 6)):
            holder_column = QVBoxLayout()
            holder_column.addLayout(form)
            holder_column.addStretch(1)  # rows keep their height; space goes below
            columns.addLayout(holder_column, stretch)
        columns.addWidget(self.device_box, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.result_label)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.message)
        outer.addLayout(buttons)

    def _connect(self) -> None:
        self._phone_timer = QTimer(self, singleShot=True, interval=200, timeout=self.look_up_phone)
        self.phone.textEdited.connect(lambda _: self._phone_timer.start())
        self.imei.textChanged.connect(self.check_imei)
        self.brand.currentTextChanged.connect(self._complete_models)
        self.service.currentIndexChanged.connect(self._purchase_needed)
        self.has_purchase.toggled.connect(self.purchase_date.setEnabled)
        self._complete_models(self.brand.currentText())

    # The keys handled below, for the shortcut reference (counter_app/ui/shortcuts.py).
    KEYS = (
        ("Ctrl+S", QT_TRANSLATE_NOOP("IntakeForm", "Save the intake")),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("IntakeForm", "Save the intake")),
    )

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        """Ctrl+S or Ctrl+Enter saves from any field (keys a field does not use come here)."""
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_S, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    # -- behaviour --------------------------------------------------------------------
    def reset(self) -> None:
        for widget in (
            self.phone,
            self.name,
            self.email,
            self.imei,
            self.imei2,
            self.serial,
            self.model_edit,
            self.colour,
            self.accessories,
            self.passcode,
            self.purchase_proof,
        ):
            widget.clear()
        self.fault.clear()
        self.brand.setCurrentIndex(0)
        self.service.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
        for combo in self.condition.values():
            combo.setCurrentIndex(0)
        self._default_promise()
        self.has_purchase.setChecked(False)
        self.purchase_date.setEnabled(False)
        self.purchase_date.setDate(QDate.currentDate())
        self.has_production.setChecked(False)
        self.production_date.setEnabled(False)
        self.production_date.setDate(QDate.currentDate())
        self.customer_hint.clear()
        self.device_hint.clear()
        self.history_model.set_rows([])
        self.result_label.clear()
        self.print_button.hide()
        self.message.clear()
        self.clear_errors()
        self.save_button.setEnabled(True)
        self.phone.setFocus()

    def _production_date(self) -> date | None:
        return self.production_date.date().toPython() if self.has_production.isChecked() else None

    def _default_promise(self) -> None:
        """The promised time for the priority chosen (an urgent job is promised sooner)."""
        at = default_promise(self.settings, self.priority.currentData() or "normal", utcnow())
        promised = fmt.local_datetime(at)
        assert promised is not None
        self.promised.setDateTime(
            QDateTime(promised.date(), promised.time().replace(microsecond=0))
        )

    def start_with_imei(self, imei: str) -> None:
        """An unknown device was scanned somewhere: start its intake."""
        self.reset()
        self.imei.setText(imei)
        self.phone.setFocus()

    def start_from(self, data: intake_service.IntakeData) -> None:
        """A booked drop-off arrived: start its intake with what the booking knew."""
        from counter_app.validation import format_phone

        self.reset()
        self.phone.setText(format_phone(data.phone) if data.phone.startswith("+") else data.phone)
        self.name.setText(data.name)
        if data.brand:
            self.brand.setCurrentText(data.brand)
        self.model_edit.setText(data.model)
        self.imei.setText(data.imei)
        self.serial.setText(data.serial)
        self.fault.setPlainText(data.fault)
        self.look_up_phone()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, field: str, text: str) -> None:
        label = self.errors.get(field) or self.errors.get("fault")
        assert label is not None
        label.setText(text)
        label.show()

    def _field_ok(self, field: str) -> None:
        label = self.errors.get(field)
        if label is not None:
            label.clear()
            label.hide()

    def look_up_phone(self) -> None:
        """A returning customer, looked up in the background as the phone is typed."""
        typed = self.phone.text()

        def show(found: object) -> None:
            if self.phone.text() != typed:
                return  # typed on meanwhile: a newer look-up follows
            if found is None:
                self.customer_hint.clear()
                return
            assert isinstance(found, CustomerInfo)
            if not self.name.text().strip():
                self.name.setText(found.name)
            if found.email and not self.email.text().strip():
                self.email.setText(found.email)
            self.customer_hint.setText(
                self.tr("Returning customer: {name}").format(name=found.name)
            )

        run_task(self, customer_service.find_by_phone, self.db, typed, on_done=show)

    def check_imei(self, text: str) -> None:
        digits = imei_digits(text)
        if not digits:
            self._field_ok("imei")
            return
        if len(digits) < 15:
            self._field_ok("imei")
            return
        try:
            imei = normalize_imei(text)
        except ValidationError as exc:
            self.show_error("imei", i18n.error_text(exc))
            self.device_hint.clear()
            self.history_model.set_rows([])
            return
        self._field_ok("imei")
        self.show_device(imei)

    def show_device(self, identifier: str) -> None:
        """The device's history and the warranty engine's decision beside the form, read in
        the background."""
        from counter_app.errors import NotFound

        bought = self.purchase_date.date().toPython() if self.has_purchase.isChecked() else None
        inputs = {
            "item": self.warranty_item.currentData(),
            "purchase_date": bought,
            "proof": self.purchase_proof.text(),
            "production_date": self._production_date(),
        }

        def read() -> tuple[Any, Any]:
            history = device_service.history(self.db, identifier)
            return history, warranty_records.preview(self.db, identifier, **inputs)

        def current() -> bool:
            return identifier in (normalize_or_none(self.imei.text()), self.serial.text())

        def shown(result: tuple[Any, Any]) -> None:
            if current():  # else the field changed meanwhile: a later answer is coming
                self._show_history(*result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound):
                if not current():  # an earlier IMEI's "not seen" must not cover the new one
                    return
                self.device_hint.setText(self.tr("New device: not seen before."))
                self.history_model.set_rows([])
            else:
                show_error(self, exc)

        run_task(self, read, on_done=shown, on_error=failed)

    def _show_history(self, history: Any, decision: Any) -> None:
        device = history.device
        brand_index = self.brand.findText(device.brand)
        if brand_index >= 0:
            self.brand.setCurrentIndex(brand_index)
        else:
            self.brand.setEditText(device.brand)
        if not self.model_edit.text():
            self.model_edit.setText(device.model)
        if not self.colour.text():
            self.colour.setText(device.colour)
        hints = [
            self.tr("{brand} {model} · %n earlier ticket(s)", "", len(history.entries)).format(
                brand=device.brand, model=device.model
            )
        ]
        hints.extend(self._warranty_hints(decision))
        if history.open_ticket:
            hints.append(self.tr("Still open: {ticket}").format(ticket=history.open_ticket))
        self.device_hint.setText("\n".join(hints))
        self.history_model.set_rows(history.entries)
        fit_columns(self.history)

    def _refresh_warranty_hint(self) -> None:
        identifier = normalize_or_none(self.imei.text()) or self.serial.text().strip()
        if identifier:
            self.show_device(identifier)

    def _warranty_hints(self, decision: Any) -> list[str]:
        """The warranty engine's decision for this device today, as intake would record it."""
        if decision is None:
            return []
        hints = [warranty.describe(decision, QCoreApplication.translate)]
        if decision.exchange_offered:
            hints.append(
                names.exchange_offer_text(decision.failed_repairs, QCoreApplication.translate)
            )
        return hints

    def _complete_models(self, brand: str) -> None:
        """The brand's known models complete the model field (read in the background)."""

        def show(found: list[tuple[str, str]]) -> None:
            if self.brand.currentText() == brand:  # still the brand chosen
                models = sorted({m for b, m in found})
                self.model_edit.setCompleter(QCompleter(models, self))

        run_task(self, device_service.brand_models, self.db, brand, on_done=show)

    def _purchase_needed(self) -> None:
        if self.service.currentData() in ("warranty", "return_exchange"):
            self.has_purchase.setChecked(True)

    def field_widget(self, field: str) -> QWidget:
        """The input a service error's ``field`` names (the fault box if none matches)."""
        widgets: dict[str, QWidget] = {
            "model": self.model_edit,
            "service_type": self.service,
            "promised_at": self.promised,
            "condition": next(iter(self.condition.values()), self.fault),
        }
        found = widgets.get(field, getattr(self, field, None))
        return found if isinstance(found, QWidget) else self.fault

    def show_errors(self, exc: ValidationError) -> None:
        """Every bad field the service found, each at its field; the cursor goes to the
        first one (form order) so the clerk can correct it straight away."""
        self.clear_errors()
        errors = exc.errors if isinstance(exc, InvalidFields) else (exc,)
        for error in errors:
            self.show_error(
                error.field if error.field in self.errors else "fault", i18n.error_text(error)
            )
        self.field_widget(errors[0].field).setFocus()

    def data(self) -> intake_service.IntakeData:
        promised = self.promised.dateTime().toPython()
        from counter_app.timeutil import zone

        return intake_service.IntakeData(
            name=self.name.text(),
            phone=self.phone.text(),
            brand=self.brand.currentText(),
            model=self.model_edit.text(),
            fault=self.fault.toPlainText(),
            imei=self.imei.text(),
            imei2=self.imei2.text(),
            serial=self.serial.text(),
            colour=self.colour.text(),
            service_type=self.service.currentData(),
            email=self.email.text(),
            condition={k: c.currentData() for k, c in self.condition.items() if c.currentData()},
            accessories=self.accessories.text(),
            passcode=self.passcode.text(),
            priority=self.priority.currentData(),
            promised_at=promised.replace(tzinfo=zone(fmt.time_zone())),  # the store's zone
            purchase_date=self.purchase_date.date().toPython()
            if self.has_purchase.isChecked()
            else None,
            purchase_proof=self.purchase_proof.text(),
            production_date=self._production_date(),
            item=self.warranty_item.currentData(),
            purchase_price=self.purchase_price.text().strip() or None,
        )

    def save(self) -> None:
        """Save in the background: the service checks every field (the form keeps no copy
        of the rules) and either opens the ticket or names each bad field."""
        if not self.save_button.isEnabled() or self.busy:
            return
        self.message.clear()
        self._set_busy(True)
        run_task(
            self,
            intake_service.take_in,
            self.db,
            self.actor,
            self.data(),
            on_done=self._saved,
            on_error=self._refused,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Saving…"))

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.clear()
        if isinstance(exc, ValidationError):
            self.show_errors(exc)
        elif isinstance(exc, ServiceError):
            self.message.setText(i18n.error_text(exc))
        else:
            show_error(self, exc)

    def _saved(self, result: IntakeResult) -> None:
        self._set_busy(False)
        self.clear_errors()
        self.last_result = result
        self.result_label.setText(result.ticket_no)
        self.save_button.setEnabled(False)
        notes = [self.tr("Saved. Ticket number:")]
        if result.is_comeback:
            notes.append(self.tr("Comeback of {ticket}.").format(ticket=result.comeback_of))
        self.message.setText("  ".join(notes))
        try:
            from counter_app.ui import print_actions  # noqa: F401
        except ImportError:
            self.print_button.hide()
        else:
            self.print_button.show()
            self.print_button.setFocus()
        self.saved.emit(result.ticket_no)

    def print_label(self) -> None:
        from counter_app.ui import print_actions

        if self.last_result is not None:
            print_actions.print_label(self, self.db, self.actor, self.last_result.ticket_no)
