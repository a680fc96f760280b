"""Import of a shop's existing records (customers, devices, past repairs): validate every row
with the intake rules, then write everything in one bulk transaction, or nothing.

The file is read by ``counter_app.exporting.tabular`` into a ``SourceTable``; this module maps
its headers (English or Chinese, or the user's ``--map``) to fields, validates each row with
the same validators as intake (``counter_app.validation``, ``money.parse_money``), and plans
what would be created and matched. Past repairs become collected tickets with their own
dates, amount and repair warranty, so history and comebacks work from the first day.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import (
    QT_TRANSLATE_NOOP,
    NotFound,
    RowProblems,
    ServiceError,
    ValidationError,
)
from counter_app.models import (
    PAYMENT_METHODS,
    Customer,
    Device,
    Ticket,
)
from counter_app.money import ZERO, parse_money
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.shop.settings import ShopSettings
from counter_app.services.stores import chain as stores
from counter_app.services.warranty import engine as warranty
from counter_app.timeutil import local_today, to_local
from counter_app.validation import (
    clean_name,
    clean_text,
    normalize_imei,
    normalize_serial,
    phone_and_national,
)

KINDS = ("customers", "devices", "repairs")

# Field names of each kind, in template order; the first ones named are required.
FIELDS: dict[str, tuple[str, ...]] = {
    "customers": ("name", "phone", "email"),
    "devices": ("phone", "brand", "model", "imei", "serial", "purchase_date"),
    "repairs": (
        "phone",
        "name",
        "brand",
        "model",
        "imei",
        "serial",
        "fault",
        "received_date",
        "collected_date",
        "amount",
        "method",
    ),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "customers": ("name", "phone"),
    "devices": ("phone", "brand", "model"),
    "repairs": (
        "phone",
        "name",
        "brand",
        "model",
        "fault",
        "received_date",
        "collected_date",
        "amount",
    ),
}
# The header the template writes for each field: English and Simplified Chinese.
CHINESE_HEADERS = {
    "name": "姓名",
    "phone": "电话",
    "email": "邮箱",
    "brand": "品牌",
    "model": "型号",
    "imei": "串号",
    "serial": "序列号",
    "purchase_date": "购买日期",
    "fault": "故障",
    "received_date": "送修日期",
    "collected_date": "取机日期",
    "amount": "金额",
    "method": "付款方式",
}
# Other headers people use for the same fields (Simplified and Traditional Chinese, English).
ALIASES = {
    "name": ("客户", "客户姓名", "顾客", "名字", "客戶", "客戶姓名", "customer", "customer_name"),
    "phone": ("手机", "手机号", "联系电话", "電話", "手機", "手機號", "聯絡電話", "mobile", "tel"),
    "email": ("电子邮件", "郵箱", "電子郵件", "e-mail", "mail"),
    "brand": ("品牌",),
    "model": ("机型", "型號", "機型"),
    "imei": ("imei号", "imei1", "串號"),
    "serial": ("sn", "序列號", "serial_number", "serial_no"),
    "purchase_date": ("购机日期", "購買日期", "購機日期", "bought"),
    "fault": ("故障描述", "故障现象", "故障描述", "問題", "故障現象", "problem"),
    "received_date": ("接机日期", "收机日期", "送修日期", "接機日期", "收機日期", "received"),
    "collected_date": ("取件日期", "取機日期", "collected"),
    "amount": ("费用", "维修费", "金額", "費用", "維修費", "price", "total"),
    "method": ("支付方式", "付款方式", "付款方式", "支付方式", "payment", "payment_method"),
}
METHOD_WORDS = {
    "cash": ("现金", "現金"),
    "card": ("银行卡", "刷卡", "銀行卡", "信用卡"),
    "wechat_pay": ("微信", "微信支付", "wechat", "wechat pay"),
    "alipay": ("支付宝", "支付寶"),
    "other": ("其他", "其它"),
    "octopus": ("八达通", "八達通"),
    "fps": ("转数快", "轉數快"),
    "payme": ("payme",),
    "alipay_hk": ("alipayhk", "支付宝香港", "支付寶香港"),
    "unionpay": ("银联", "銀聯", "云闪付", "雲閃付"),
}
FORMULA = "\x00formula"  # a SourceTable cell holding a formula instead of a value


def field_label(kind: str, name: str) -> str:
    return f"{name} ({CHINESE_HEADERS[name]})"


class ImportCancelled(ServiceError):
    """The user stopped the check or the import; nothing was written."""


@dataclass(frozen=True)
class SourceTable:
    """What a file holds: its header cells and its rows with their line numbers.

    A cell that held a formula is the ``FORMULA`` marker (imports take values only)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


@dataclass(frozen=True)
class RowError:
    line: int  # the file's line (CSV) or row (xlsx) number; the header is 1
    error: ServiceError  # its template and parameters, for a translated message

    @property
    def message(self) -> str:
        return self.error.message


@dataclass
class _Repair:
    line: int
    customer_key: str  # E.164 phone
    device_key: tuple[str | None, str | None]  # (imei, serial)
    fault: str
    received: date
    collected: date
    amount: Decimal
    method: str
    # Filled in by the plan and the write:
    comeback_of: _Repair | int | None = None  # an earlier row of the file, or a ticket id
    warranty_until: date | None = None
    ticket_id: int | None = None


@dataclass
class ImportPlan:
    """What an import would do; ``errors`` empty means it can be applied."""

    kind: str
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)  # phone -> values
    devices: dict[tuple[str | None, str | None], dict[str, Any]] = field(default_factory=dict)
    repairs: list[_Repair] = field(default_factory=list)
    customers_matched: int = 0
    devices_matched: int = 0
    comebacks: int = 0
    already_imported: int = 0  # repairs of the file the shop already has (a re-import)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> dict[str, Any]:
        known = {"already_imported": self.already_imported} if self.already_imported else {}
        return {
            "kind": self.kind,
            "rows": self.rows,
            "customers_created": sum(1 for c in self.customers.values() if c["id"] is None),
            "customers_matched": self.customers_matched,
            "devices_created": sum(1 for d in self.devices.values() if d["id"] is None),
            "devices_matched": self.devices_matched,
            "tickets_created": len(self.repairs),
            "comebacks": self.comebacks,
            **known,  # only on a re-import: the repairs the shop already has
        }

    def error_text(self) -> str:
        return str(RowProblems(tuple((e.line, e.error) for e in self.errors)))


def repair_warranty_end(collected_on: date, settings: ShopSettings) -> date:
    """The end of our repair warranty for a job collected on ``collected_on``: the warranty
    engine's rule (calendar months from collection)."""
    return warranty.repair_warranty_end(collected_on, warranty.Policy.from_settings(settings))


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-_/]+", "_", str(text or "").strip().lower()).strip("_")


def parse_mapping(text: str, kind: str) -> dict[str, str]:
    """``--map "Column=field,..."``: the file's column header -> a field name of ``kind``."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        column, sep, name = part.rpartition("=")
        name = name.strip().lower()
        if not sep or not column.strip() or name not in FIELDS[kind]:
            raise ValidationError(
                "map",
                QT_TRANSLATE_NOOP(
                    "errors", "--map: '{part}' is not column=field; fields of {kind}: {fields}"
                ),
                part=part.strip(),
                kind=kind,
                fields=", ".join(FIELDS[kind]),
            )
        mapping[_header_key(column)] = name
    return mapping


def resolve_columns(
    kind: str, headers: Sequence[str], mapping: dict[str, str] | None = None
) -> dict[str, int]:
    """Field name -> column index. Unknown or missing columns: ValidationError naming the
    expected headers."""
    if kind not in KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("errors", "Unknown kind {kind}; use one of: {kinds}"),
            kind=kind,
            kinds=", ".join(KINDS),
        )
    known: dict[str, str] = {}
    for name in FIELDS[kind]:
        template = f"{name} {CHINESE_HEADERS[name]}"
        for word in (name, template, CHINESE_HEADERS[name], *ALIASES.get(name, ())):
            known[_header_key(word)] = name
    known.update(mapping or {})
    columns: dict[str, int] = {}
    unknown: list[str] = []
    repeated: list[str] = []
    for index, title in enumerate(headers):
        key = _header_key(title)
        if not key:
            continue
        found = known.get(key)
        if found is None:
            unknown.append(str(title).strip())
        elif found in columns:
            repeated.append(str(title).strip())
        else:
            columns[found] = index
    expected = ", ".join(field_label(kind, n) for n in FIELDS[kind])
    if unknown:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors", "Unknown columns: {names}; the {kind} columns are: {expected}"
            ),
            names=", ".join(unknown),
            kind=kind,
            expected=expected,
        )
    if repeated:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "Columns given twice: {names}"),
            names=", ".join(repeated),
        )
    missing = [n for n in REQUIRED[kind] if n not in columns]
    if kind != "customers" and "imei" not in columns and "serial" not in columns:
        missing.append("imei/serial")
    if missing:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "errors", "Missing columns: {names}; the {kind} columns are: {expected}"
            ),
            names=", ".join(missing),
            kind=kind,
            expected=expected,
        )
    return columns


def _filled(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value).strip()


DATE_LABELS = {
    "purchase_date": QT_TRANSLATE_NOOP("errors", "Purchase date"),
    "received_date": QT_TRANSLATE_NOOP("errors", "Received date"),
    "collected_date": QT_TRANSLATE_NOOP("errors", "Collected date"),
}
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def parse_day(value: Any, field_name: str, today: date, required: bool) -> date | None:
    """A calendar date from a cell: an Excel date, or YYYY-MM-DD (also / . or 年月日).

    Refuses dates in the future."""
    label = DATE_LABELS.get(field_name, field_name)
    if isinstance(value, datetime):
        day: date | None = value.date()
    elif isinstance(value, date):
        day = value
    else:
        text = _text(value)
        if not text:
            if required:
                raise ValidationError(
                    field_name, QT_TRANSLATE_NOOP("errors", "{label}: required"), label=label
                )
            return None
        match = _DATE.match(text.split(" ")[0] if "年" not in text else text)
        day = None
        if match:
            try:
                day = date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError:
                day = None
        if day is None:
            raise ValidationError(
                field_name,
                QT_TRANSLATE_NOOP("errors", "{label}: '{text}' is not a date YYYY-MM-DD"),
                label=label,
                text=text,
            )
    assert day is not None
    if day > today:
        raise ValidationError(
            field_name,
            QT_TRANSLATE_NOOP("errors", "{label}: {day} is in the future"),
            label=label,
            day=day.isoformat(),
        )
    return day


def parse_method(value: Any) -> str:
    text = _text(value).lower()
    if not text:
        return "other"
    for method in PAYMENT_METHODS:
        if text in (method, method.replace("_", " "), *METHOD_WORDS.get(method, ())):
            return method
    raise ValidationError(
        "method",
        QT_TRANSLATE_NOOP("errors", "Payment method: '{text}' is not one of: {allowed}"),
        text=_text(value),
        allowed=", ".join(PAYMENT_METHODS),
    )


class _Rows:
    """Cells of one row by field name, refusing formula cells."""

    def __init__(self, columns: dict[str, int], values: tuple[Any, ...]) -> None:
        self.columns, self.values = columns, values

    def raw(self, name: str) -> Any:
        index = self.columns.get(name)
        if index is None or index >= len(self.values):
            return None
        value = self.values[index]
        if value == FORMULA:
            raise ValidationError(
                name,
                QT_TRANSLATE_NOOP(
                    "errors", "{column}: a formula; paste the values (not formulas) and retry"
                ),
                column=name,
            )
        return value

    def text(self, name: str) -> str:
        return _text(self.raw(name))


def plan(
    db: Database,
    kind: str,
    table: SourceTable,
    mapping: dict[str, str] | None = None,
    report: Callable[[int, int], object] | None = None,
) -> ImportPlan:
    """Read every row and validate it; nothing is written. Header problems raise
    ValidationError at once; row problems are collected in ``plan.errors`` (all of them)."""
    columns = resolve_columns(kind, table.headers, mapping)
    result = ImportPlan(kind=kind)
    with db.read() as session:
        settings = settings_service.load_all(session)
        tz_name = stores.local_zone(session)  # the only store's, else the shop's
        reader = _RowReader(kind, columns, settings, tz_name)
        seen = _Seen()
        total = len(table.rows)
        for done, (line, values) in enumerate(table.rows, start=1):
            if report is not None and done % 2000 == 0 and report(done, total) is False:
                raise ImportCancelled(
                    QT_TRANSLATE_NOOP("errors", "Import cancelled; nothing was written")
                )
            if not any(_filled(v) for v in values):
                continue
            result.rows += 1
            try:
                row = reader.read(line, values)
            except ServiceError as exc:
                result.errors.append(RowError(line, exc))
                continue
            problem = seen.conflict(kind, row)
            if problem is not None:
                result.errors.append(RowError(line, problem))
                continue
            _record(result, kind, row)
        _match_existing(session, result, kind)
        if result.ok and kind == "repairs":
            _link_comebacks(session, result, settings, tz_name)
    if report is not None:
        report(total, total)
    return result


@dataclass
class _Row:
    """One row's values, checked."""

    line: int
    raw_phone: str
    phone: str
    national: str
    name: str
    email: str | None
    device_key: tuple[str | None, str | None]
    brand: str
    model: str
    purchase: date | None
    repair: _Repair | None


class _RowReader:
    """Checks rows of one kind. Files repeat the same phone, IMEI, serial and dates on many
    rows: each value is checked once (a bad value raises every time: only results are kept)."""

    def __init__(
        self, kind: str, columns: dict[str, int], settings: ShopSettings, tz_name: str
    ) -> None:
        self.kind, self.columns, self.settings = kind, columns, settings
        self.today = local_today(tz_name)
        self.phones: dict[str, tuple[str, str]] = {}  # raw text -> (E.164, national digits)
        self.known: dict[tuple[Any, ...], Any] = {}

    def cached(self, check: Callable[..., Any], value: Any, *args: Any) -> Any:
        key = (check, value, *args)
        if key not in self.known:
            self.known[key] = check(value, *args)
        return self.known[key]

    def day_of(self, value: Any, field_name: str) -> date | None:
        return parse_day(value, field_name, self.today, True)

    def read(self, line: int, values: tuple[Any, ...]) -> _Row:
        kind, settings = self.kind, self.settings
        row = _Rows(self.columns, values)
        raw_phone = row.text("phone")
        parsed = self.phones.get(raw_phone)
        if parsed is None:
            parsed = self.phones[raw_phone] = phone_and_national(
                raw_phone, settings.phone_region, accepted=settings.phone_regions
            )
        name = self.cached(clean_name, row.text("name")) if "name" in self.columns else ""
        email = None
        if kind == "customers":
            email = clean_text(row.text("email"), "email", 200) or None
            if email and "@" not in email:
                raise ValidationError(
                    "email", QT_TRANSLATE_NOOP("errors", "Email: not an email address")
                )
        device_key: tuple[str | None, str | None] = (None, None)
        brand = model = ""
        purchase = None
        if kind != "customers":
            device_key, brand, model = self._device(row)
            if kind == "devices":
                purchase = parse_day(row.raw("purchase_date"), "purchase_date", self.today, False)
        repair = self._repair(line, row, parsed[0], device_key) if kind == "repairs" else None
        return _Row(
            line, raw_phone, parsed[0], parsed[1], name, email, device_key, brand, model,
            purchase, repair,
        )  # fmt: skip

    def _device(self, row: _Rows) -> tuple[tuple[str | None, str | None], str, str]:
        imei_text, serial_text = row.text("imei"), row.text("serial")
        imei = self.cached(normalize_imei, imei_text) if imei_text else None
        serial = self.cached(normalize_serial, serial_text) if serial_text else None
        if imei is None and serial is None:
            raise ValidationError(
                "imei", QT_TRANSLATE_NOOP("errors", "Enter the IMEI or the serial number")
            )
        brand = self.cached(_required_text, row.text("brand"), "brand", 50)
        model = self.cached(_required_text, row.text("model"), "model", 100)
        return (imei, serial), brand, model

    def _repair(
        self, line: int, row: _Rows, phone: str, device_key: tuple[str | None, str | None]
    ) -> _Repair:
        fault = self.cached(_required_text, row.text("fault"), "fault", 2000)
        received = self.cached(self.day_of, row.raw("received_date"), "received_date")
        collected = self.cached(self.day_of, row.raw("collected_date"), "collected_date")
        if collected < received:
            raise ValidationError(
                "collected_date",
                QT_TRANSLATE_NOOP(
                    "errors", "Collected on {collected}, before it was received on {received}"
                ),
                collected=collected.isoformat(),
                received=received.isoformat(),
            )
        amount = self.cached(parse_money, row.raw("amount"), "amount")
        method = self.cached(parse_method, row.raw("method"))
        return _Repair(line, phone, device_key, fault, received, collected, amount, method)


@dataclass
class _Seen:
    """The phones and devices met so far in the file: the same one twice must say the same."""

    customers: dict[str, tuple[int, str, str | None]] = field(default_factory=dict)
    devices: dict[tuple[str | None, str | None], tuple[int, str, str, str]] = field(
        default_factory=dict
    )

    def conflict(self, kind: str, row: _Row) -> ValidationError | None:
        if kind != "devices":
            earlier = self.customers.get(row.phone)
            if earlier is not None and (
                earlier[1] != row.name or (row.email and earlier[2] != row.email)
            ):
                return ValidationError(
                    "phone",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Phone {phone} repeats line {line} with another name or "
                        "email ({earlier} / {name})",
                    ),
                    phone=row.raw_phone,
                    line=earlier[0],
                    earlier=earlier[1],
                    name=row.name,
                )
            if earlier is None:
                self.customers[row.phone] = (row.line, row.name, row.email)
        if kind != "customers":
            clash = _device_conflict(self.devices, row.device_key, row.phone, row.brand, row.model)
            if clash is not None:
                return ValidationError(
                    "imei",
                    QT_TRANSLATE_NOOP(
                        "errors", "{device} repeats line {line} with another owner, brand or model"
                    ),
                    device=clash[1],
                    line=clash[0],
                )
            for key in _keys(row.device_key):
                self.devices.setdefault(key, (row.line, row.phone, row.brand, row.model))
        return None


def _record(result: ImportPlan, kind: str, row: _Row) -> None:
    """A good row into the plan: its customer, device and past repair (first sighting wins)."""
    if row.phone not in result.customers:
        named = kind != "devices"
        result.customers[row.phone] = {
            "id": None,
            "name": row.name if named else "",
            "email": row.email if named else None,
            "line": row.line,
            "national": row.national,
        }
    if kind != "customers" and row.device_key not in result.devices:
        result.devices[row.device_key] = {
            "id": None,
            "phone": row.phone,
            "brand": row.brand,
            "model": row.model,
            "purchase_date": row.purchase,
            "line": row.line,
        }
    if row.repair is not None:
        result.repairs.append(row.repair)


def _required_text(value: str, field_name: str, limit: int) -> str:
    return clean_text(value, field_name, limit, required=True)


def _keys(device_key: tuple[str | None, str | None]) -> list[tuple[str | None, str | None]]:
    imei, serial = device_key
    keys: list[tuple[str | None, str | None]] = []
    if imei:
        keys.append((imei, None))
    if serial:
        keys.append((None, serial))
    return keys


def _device_conflict(
    seen: dict[tuple[str | None, str | None], tuple[int, str, str, str]],
    device_key: tuple[str | None, str | None],
    phone: str,
    brand: str,
    model: str,
) -> tuple[int, str] | None:
    for key in _keys(device_key):
        earlier = seen.get(key)
        if earlier is not None and (
            earlier[1] != phone
            or earlier[2].lower() != brand.lower()
            or earlier[3].lower() != model.lower()
        ):
            return earlier[0], f"IMEI {key[0]}" if key[0] else f"SN {key[1]}"
    return None


def _match_existing(session: Session, result: ImportPlan, kind: str) -> None:
    """Customers by phone, devices by IMEI or serial: reuse what the database has."""
    phones = list(result.customers)
    for start in range(0, len(phones), 500):
        chunk = phones[start : start + 500]
        for customer_id, phone in session.execute(
            select(func.min(Customer.id), Customer.phone)
            .where(Customer.phone.in_(chunk))
            .group_by(Customer.phone)
        ):
            if phone is not None:
                result.customers[phone]["id"] = customer_id
    if kind == "devices":
        for phone, values in result.customers.items():
            if values["id"] is None:
                result.errors.append(
                    RowError(
                        values["line"],
                        NotFound(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "No customer with phone {phone}: import the customers first",
                            ),
                            phone=phone,
                        ),
                    )
                )
    result.customers_matched = sum(1 for c in result.customers.values() if c["id"] is not None)
    imeis = [k[0] for k in result.devices if k[0]]
    serials = [k[1] for k in result.devices if k[1]]
    by_imei: dict[str, int] = {}
    by_serial: dict[str, int] = {}
    for start in range(0, max(len(imeis), len(serials)), 500):
        imei_chunk, serial_chunk = imeis[start : start + 500], serials[start : start + 500]
        for device_id, imei, imei2, serial in session.execute(
            select(Device.id, Device.imei, Device.imei2, Device.serial).where(
                or_(
                    Device.imei.in_(imei_chunk),
                    Device.imei2.in_(imei_chunk),
                    Device.serial.in_(serial_chunk),
                )
            )
        ):
            for value in (imei, imei2):
                if value:
                    by_imei.setdefault(value, device_id)
            if serial:
                by_serial.setdefault(serial, device_id)
    for (imei, serial), values in result.devices.items():
        found = (by_imei.get(imei) if imei else None) or (by_serial.get(serial) if serial else None)
        values["id"] = found
    result.devices_matched = sum(1 for d in result.devices.values() if d["id"] is not None)


def _link_comebacks(
    session: Session, result: ImportPlan, settings: ShopSettings, tz_name: str
) -> None:
    """Order each device's repairs by date; a repair received while an earlier one's warranty
    still ran is a comeback of it (and, if free, keeps that warranty's end). Repairs the
    shop already has (the same file imported again) are left out first."""
    known = [d["id"] for d in result.devices.values() if d["id"] is not None]
    _leave_out_known(session, result, known, tz_name)
    latest: dict[int, tuple[_Repair | int, date]] = {}
    for start in range(0, len(known), 500):
        for device_id, ticket_id, until in session.execute(
            select(Ticket.device_id, Ticket.id, Ticket.warranty_until)
            .where(
                Ticket.device_id.in_(known[start : start + 500]),
                Ticket.status == "collected",
                Ticket.warranty_until.is_not(None),
            )
            .order_by(Ticket.received_at)
        ):
            if until is not None:
                latest[device_id] = (ticket_id, until)
    result.repairs.sort(key=lambda r: (r.received, r.collected, r.line))
    policy = warranty.Policy.from_settings(settings)
    ends: dict[date, date] = {}  # collection day -> warranty end (the same days repeat)

    def warranty_end(collected: date) -> date:
        if collected not in ends:
            ends[collected] = warranty.repair_warranty_end(collected, policy)
        return ends[collected]

    running: dict[tuple[str | None, str | None], tuple[_Repair | int, date]] = {}
    for repair in result.repairs:
        device = result.devices[repair.device_key]
        earlier = running.get(repair.device_key)
        if earlier is None and device["id"] in latest:
            earlier = latest[device["id"]]
        if earlier is not None and repair.received <= earlier[1]:
            repair.comeback_of = earlier[0]
            result.comebacks += 1
            free = repair.amount == ZERO
            repair.warranty_until = earlier[1] if free else warranty_end(repair.collected)
        else:
            repair.comeback_of = None
            repair.warranty_until = warranty_end(repair.collected)
        running[repair.device_key] = (repair, repair.warranty_until)


def _leave_out_known(session: Session, result: ImportPlan, known: list[int], tz_name: str) -> None:
    """A row whose device already has a ticket received that day is already in the shop:
    importing the same file twice neither doubles the history nor makes comebacks of it."""
    have: set[tuple[int, date]] = set()
    for start in range(0, len(known), 500):
        for device_id, received_at in session.execute(
            select(Ticket.device_id, Ticket.received_at).where(
                Ticket.device_id.in_(known[start : start + 500])
            )
        ):
            local = to_local(received_at, tz_name)
            if local is not None:
                have.add((device_id, local.date()))
    if not have:
        return
    kept = []
    for repair in result.repairs:
        device_id = result.devices[repair.device_key]["id"]
        if (device_id, repair.received) in have:
            result.already_imported += 1
        else:
            kept.append(repair)
    result.repairs = kept


def raise_if_bad(result: ImportPlan) -> None:
    if not result.ok:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("errors", "Nothing imported: %n bad row(s): {detail}"),
            count=len(result.errors),
            detail=RowProblems(tuple((e.line, e.error) for e in result.errors)),
        )


def apply(
    db: Database,
    actor: Actor,
    kind: str,
    table: SourceTable,
    mapping: dict[str, str] | None = None,
    report: Callable[[int, int], object] | None = None,
) -> dict[str, Any]:
    """Validate the whole file, then write it in one transaction (manager only).

    Any bad row: ValidationError naming every bad row with its line, and nothing written."""
    require_role(actor, "manager")
    result = plan(db, kind, table, mapping, report)
    raise_if_bad(result)
    summary = result.summary()
    with db.write() as session:
        settings = settings_service.load_all(session)
        from counter_app.services.data_io.import_writer import write

        # Recent past repairs bring their follow-up calls (import_writer.recent_since).
        summary["followups_due"] = write(session, actor, result, settings)
        audit(session, actor, "imported", "import", table.name, json.dumps(summary))
    return summary
