"""Shop-wide settings, declared once with their defaults, stored in the database."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import PAYMENT_METHODS, Setting
from counter_app.money import CURRENCIES
from counter_app.services.base.common import audit, require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import message_templates
from counter_app.timeutil import utcnow, zone
from counter_app.validation import clean_text, parse_whole


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any
    description: str


_INTAKE_TERMS = QT_TRANSLATE_NOOP(
    "settings",
    "Please back up your data. We are not responsible for data loss. Devices not "
    "collected within 90 days may be disposed of.",
)
_RECEIPT_TERMS = QT_TRANSLATE_NOOP(
    "settings",
    "Repairs are under warranty for the period stated; damage by drops, liquid or "
    "unauthorised opening is not covered.",
)
_CARE_INSTRUCTIONS = QT_TRANSLATE_NOOP(
    "settings",
    "Keep the device dry; avoid drops and heat; use the original charger; bring the "
    "receipt for any warranty claim.",
)
_ELECTRONIC_PART_CATEGORIES = (
    "Screen assembly",
    "Battery",
    "Charging port",
    "Rear camera",
    "Loudspeaker",
    "Microphone",
    "Flex cable",
    "Antenna",
    "Vibration motor",
    "Motherboard",
)

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "store_name",
        str,
        "Service Counter",
        QT_TRANSLATE_NOOP("settings", "Store name printed on documents"),
    ),
    SettingSpec(
        "store_address",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Store address printed on documents"),
    ),
    SettingSpec(
        "store_phone", str, "", QT_TRANSLATE_NOOP("settings", "Store phone printed on documents")
    ),
    SettingSpec("currency", str, "CNY", QT_TRANSLATE_NOOP("settings", "ISO currency code")),
    SettingSpec(
        "time_zone",
        str,
        "Asia/Shanghai",
        QT_TRANSLATE_NOOP("settings", "The store's time zone (business day)"),
    ),
    SettingSpec(
        "phone_region", str, "CN", QT_TRANSLATE_NOOP("settings", "Default region for phone numbers")
    ),
    SettingSpec(
        "language",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Interface language (empty: the system's)"),
    ),
    SettingSpec(
        "repair_warranty_months",
        int,
        6,
        QT_TRANSLATE_NOOP(
            "settings", "Warranty on our own repairs, calendar months from collection"
        ),
    ),
    SettingSpec(
        "handset_warranty_months",
        int,
        12,
        QT_TRANSLATE_NOOP("settings", "Phone handset warranty from purchase"),
    ),
    SettingSpec(
        "battery_warranty_months",
        int,
        6,
        QT_TRANSLATE_NOOP("settings", "Battery warranty from purchase"),
    ),
    SettingSpec(
        "charger_warranty_months",
        int,
        12,
        QT_TRANSLATE_NOOP("settings", "Charger warranty from purchase"),
    ),
    SettingSpec(
        "headset_warranty_months",
        int,
        3,
        QT_TRANSLATE_NOOP("settings", "Wired headset warranty from purchase"),
    ),
    SettingSpec(
        "memory_card_warranty_months",
        int,
        12,
        QT_TRANSLATE_NOOP("settings", "Memory card warranty from purchase"),
    ),
    SettingSpec(
        "return_days",
        int,
        7,
        QT_TRANSLATE_NOOP("settings", "Return allowed within days of purchase"),
    ),
    SettingSpec(
        "exchange_days",
        int,
        15,
        QT_TRANSLATE_NOOP("settings", "Exchange allowed within days of purchase"),
    ),
    SettingSpec(
        "failed_repairs_for_exchange",
        int,
        2,
        QT_TRANSLATE_NOOP("settings", "Failed warranty repairs before exchange"),
    ),
    SettingSpec(
        "followup_days",
        int,
        7,
        QT_TRANSLATE_NOOP("settings", "Follow-up call due within days of collection"),
    ),
    SettingSpec(
        "followup_quarterly",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Call every customer of the last 12 months once a quarter"),
    ),
    SettingSpec(
        "followup_tries",
        int,
        3,
        QT_TRANSLATE_NOOP("settings", "A follow-up call not reached is tried at most this often"),
    ),
    SettingSpec(
        "followup_keep_days",
        int,
        30,
        QT_TRANSLATE_NOOP("settings", "An overdue follow-up call stays on the list for days"),
    ),
    SettingSpec(
        "complaint_serious_hours",
        int,
        24,
        QT_TRANSLATE_NOOP("settings", "A serious complaint is due within hours"),
    ),
    SettingSpec(
        "complaint_normal_days",
        int,
        3,
        QT_TRANSLATE_NOOP("settings", "A normal complaint is due within days"),
    ),
    SettingSpec(
        "default_promise_hours",
        int,
        48,
        QT_TRANSLATE_NOOP("settings", "Promised completion after intake, hours"),
    ),
    SettingSpec(
        "onsite_days",
        int,
        7,
        QT_TRANSLATE_NOOP("settings", "On-site visit due within working days of the request"),
    ),
    SettingSpec(
        "shop_holidays",
        list,
        [],
        QT_TRANSLATE_NOOP(
            "settings", "Shop holidays, not working days (YYYY-MM-DD, separated by commas)"
        ),
    ),
    SettingSpec(
        "quote_valid_days", int, 7, QT_TRANSLATE_NOOP("settings", "A quote is valid for days")
    ),
    SettingSpec(
        "beyond_repair_fee",
        int,
        0,
        QT_TRANSLATE_NOOP(
            "settings", "Diagnosis fee when a device is beyond repair (whole units, 0: none)"
        ),
    ),
    SettingSpec(
        "max_line_amount",
        int,
        1_000_000,
        QT_TRANSLATE_NOOP("settings", "Largest amount of one quote line (whole units)"),
    ),
    SettingSpec(
        "max_quantity",
        int,
        10_000,
        QT_TRANSLATE_NOOP("settings", "Largest quantity of pieces in one line or movement"),
    ),
    SettingSpec(
        "allow_negative_stock",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Allow parts stock to go below zero"),
    ),
    SettingSpec(
        "intake_required_fields",
        list,
        ["fault"],
        QT_TRANSLATE_NOOP(
            "settings",
            "Intake fields that must be filled in besides name, phone, brand, model, IMEI/serial",
        ),
    ),
    SettingSpec(
        "intake_terms",
        str,
        # The defaults of printed words are marked for translation: documents print them
        # in the shop's language until the shop edits them (printing/documents.py).
        _INTAKE_TERMS,
        QT_TRANSLATE_NOOP("settings", "Terms printed on the intake slip"),
    ),
    SettingSpec(
        "receipt_terms",
        str,
        _RECEIPT_TERMS,
        QT_TRANSLATE_NOOP("settings", "Terms printed on the receipt"),
    ),
    SettingSpec(
        "care_instructions",
        str,
        _CARE_INSTRUCTIONS,
        QT_TRANSLATE_NOOP("settings", "Care instructions printed on the hand-over receipt"),
    ),
    SettingSpec(
        "backup_pc",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "The PC (host name) that makes the daily backup of a shared PostgreSQL database",
        ),
    ),
    SettingSpec(
        "backup_copy_folder",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "Second folder (USB drive, network share) every daily backup is copied to",
        ),
    ),
    # Round 3: messages to customers, maintenance reminders, parts of discontinued models.
    SettingSpec(
        "message_command",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "settings",
            "Program that sends a message to a customer (run without a shell with two "
            "arguments: phone in E.164 and the text; empty: none)",
        ),
    ),
    SettingSpec(
        "message_language",
        str,
        "",
        QT_TRANSLATE_NOOP(
            "settings", "Language of messages to customers (empty: the interface language)"
        ),
    ),
    SettingSpec(
        "opening_hours",
        str,
        "",
        QT_TRANSLATE_NOOP("settings", "Opening hours, as told in messages to customers"),
    ),
    *(
        SettingSpec(
            f"message_template_{kind}",
            str,
            "",
            description,
        )
        for kind, description in (
            ("ready", QT_TRANSLATE_NOOP("settings", "Message: ready for pickup (empty: built-in)")),
            ("quote", QT_TRANSLATE_NOOP("settings", "Message: quote to approve (empty: built-in)")),
            (
                "uncollected",
                QT_TRANSLATE_NOOP("settings", "Message: uncollected notice (empty: built-in)"),
            ),
            (
                "followup",
                QT_TRANSLATE_NOOP("settings", "Message: after-service follow-up (empty: built-in)"),
            ),
            (
                "maintenance",
                QT_TRANSLATE_NOOP("settings", "Message: maintenance reminder (empty: built-in)"),
            ),
        )
    ),
    SettingSpec(
        "maintenance_interval_months",
        int,
        12,
        QT_TRANSLATE_NOOP("settings", "Regular maintenance due after months"),
    ),
    SettingSpec(
        "electronic_part_categories",
        list,
        list(_ELECTRONIC_PART_CATEGORIES),
        QT_TRANSLATE_NOOP(
            "settings", "Part categories that are electronic parts (separated by commas)"
        ),
    ),
    SettingSpec(
        "electronic_parts_keep_years",
        int,
        3,
        QT_TRANSLATE_NOOP(
            "settings", "Electronic parts of a discontinued model are kept in stock for years"
        ),
    ),
    SettingSpec(
        "urgent_promise_hours",
        int,
        4,
        QT_TRANSLATE_NOOP("settings", "Promised completion of an urgent job after intake, hours"),
    ),
    SettingSpec(
        "production_grace_days",
        int,
        90,
        QT_TRANSLATE_NOOP(
            "settings",
            "No proof of purchase: the handset warranty starts this many days after production",
        ),
    ),
    SettingSpec(
        "uncollected_notice_days",
        list,
        ["3", "30", "60", "85"],
        QT_TRANSLATE_NOOP(
            "settings", "Notices for a device not collected, days after it was ready (by commas)"
        ),
    ),
    SettingSpec(
        "uncollected_disposal_days",
        int,
        90,
        QT_TRANSLATE_NOOP(
            "settings", "A device not collected may be disposed of this many days after ready"
        ),
    ),
    SettingSpec(
        "phone_regions",
        list,
        ["CN", "HK", "MO", "TW"],
        QT_TRANSLATE_NOOP(
            "settings", "Regions whose phone numbers are accepted (codes, separated by commas)"
        ),
    ),
    SettingSpec(
        "payment_methods",
        list,
        list(PAYMENT_METHODS),
        QT_TRANSLATE_NOOP("settings", "Payment methods the counter offers (codes, by commas)"),
    ),
    SettingSpec(
        "till_required",
        bool,
        False,
        QT_TRANSLATE_NOOP("settings", "Cash payments need an open till"),
    ),
    SettingSpec(
        "till_variance_limit",
        int,
        10,
        QT_TRANSLATE_NOOP(
            "settings", "A till count off by more than this is flagged (whole units)"
        ),
    ),
    SettingSpec(
        "labour_commission_pct",
        int,
        0,
        QT_TRANSLATE_NOOP("settings", "Technicians' commission on labour revenue, % (0: none)"),
    ),
)
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}
# Whole-unit amounts of money: stored as whole numbers, read as Decimal.
MONEY_SETTINGS = ("beyond_repair_fee", "max_line_amount", "till_variance_limit")


@dataclass(frozen=True, slots=True)
class ShopSettings:
    """The shop's settings, typed, one field per SPEC (same name, same default): read once
    per load and never changed (a change is saved and read again). Lists are tuples, whole-
    unit amounts of money Decimal. A mistyped name is an error to the type checker."""

    store_name: str = "Service Counter"
    store_address: str = ""
    store_phone: str = ""
    currency: str = "CNY"
    # Read only by the zone resolver (stores.chain.local_zone / zone_on) and the settings
    # screens: every date rule asks the resolver (the store's zone, else this one).
    time_zone: str = "Asia/Shanghai"
    phone_region: str = "CN"
    language: str = ""
    repair_warranty_months: int = 6
    handset_warranty_months: int = 12
    battery_warranty_months: int = 6
    charger_warranty_months: int = 12
    headset_warranty_months: int = 3
    memory_card_warranty_months: int = 12
    return_days: int = 7
    exchange_days: int = 15
    failed_repairs_for_exchange: int = 2
    followup_days: int = 7
    followup_quarterly: bool = False
    followup_tries: int = 3
    followup_keep_days: int = 30
    complaint_serious_hours: int = 24
    complaint_normal_days: int = 3
    default_promise_hours: int = 48
    onsite_days: int = 7
    shop_holidays: tuple[str, ...] = ()
    quote_valid_days: int = 7
    beyond_repair_fee: Decimal = Decimal(0)
    max_line_amount: Decimal = Decimal(1_000_000)
    max_quantity: int = 10_000
    allow_negative_stock: bool = False
    intake_required_fields: tuple[str, ...] = ("fault",)
    intake_terms: str = _INTAKE_TERMS
    receipt_terms: str = _RECEIPT_TERMS
    care_instructions: str = _CARE_INSTRUCTIONS
    backup_pc: str = ""
    backup_copy_folder: str = ""
    message_command: str = ""
    message_language: str = ""
    opening_hours: str = ""
    message_template_ready: str = ""
    message_template_quote: str = ""
    message_template_uncollected: str = ""
    message_template_followup: str = ""
    message_template_maintenance: str = ""
    maintenance_interval_months: int = 12
    electronic_part_categories: tuple[str, ...] = _ELECTRONIC_PART_CATEGORIES
    electronic_parts_keep_years: int = 3
    urgent_promise_hours: int = 4
    production_grace_days: int = 90
    uncollected_notice_days: tuple[str, ...] = ("3", "30", "60", "85")
    uncollected_disposal_days: int = 90
    phone_regions: tuple[str, ...] = ("CN", "HK", "MO", "TW")
    payment_methods: tuple[str, ...] = PAYMENT_METHODS
    till_required: bool = False
    till_variance_limit: Decimal = Decimal(10)
    labour_commission_pct: int = 0

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> ShopSettings:
        """From decoded values by key (as stored: lists, whole numbers); the rest default."""
        return cls(**{key: typed(key, value) for key, value in values.items()})

    def as_dict(self) -> dict[str, Any]:
        """Every setting by key as stored and shown (lists, whole numbers): for the settings
        dialog and the ``settings`` commands only; everything else reads the fields."""
        return {spec.key: stored_form(getattr(self, spec.key)) for spec in SPECS}

    def message_template(self, kind: str) -> str:
        """The shop's own template of a message kind (``message_template_<kind>``)."""
        return str(getattr(self, message_templates.TEMPLATE_PREFIX + kind, ""))


def typed(key: str, value: Any) -> Any:
    """A decoded stored value as its ShopSettings field holds it."""
    if key in MONEY_SETTINGS:
        return Decimal(value)
    return tuple(value) if isinstance(value, list) else value


def stored_form(value: Any) -> Any:
    """A field's value as stored (JSON): tuples as lists, whole-unit money as int."""
    if isinstance(value, Decimal):
        return int(value)
    return list(value) if isinstance(value, tuple) else value


DEFAULTS = ShopSettings()
INTAKE_OPTIONAL_FIELDS = (
    "fault",
    "colour",
    "accessories",
    "passcode",
    "promised_at",
    "email",
    "condition",
)


def _decode(spec: SettingSpec, raw: str | None) -> Any:
    if raw is None:
        return spec.default
    try:
        value = json.loads(raw)
    except ValueError:
        return spec.default
    return value if isinstance(value, spec.kind) else spec.default


_SETTINGS = Setting.__table__
_STAMP = select(func.count(), func.max(_SETTINGS.c.updated_at))
_ROWS = select(_SETTINGS.c.key, _SETTINGS.c.value)
# PostgreSQL: decoded settings per database (keyed by its connection pool), with the stamp they were
# read at: (number of rows, newest updated_at). Every change sets updated_at, so a change
# made by this process or by another counter on the same database gives a new stamp and
# the next read decodes the table again; an uncommitted change is seen only by its own
# transaction (its stamp differs from the committed one).
_cache: WeakKeyDictionary[Any, tuple[tuple[Any, ...], ShopSettings]] = WeakKeyDictionary()


# SQLite: the decoded settings are kept per connection (its pool record's info), stamped
# with this process's settings generation (bumped by every save here) and the
# connection's PRAGMA data_version, which SQLite changes when any other connection (another
# counter, another process) commits. Reading both costs no SQL statement through SQLAlchemy.
_generation = 0
_CACHE_KEY = "counter_app.settings"


def _sqlite_stamp(conn: Connection) -> tuple[int, int]:
    raw = conn.connection.driver_connection
    return _generation, raw.execute("PRAGMA data_version").fetchone()[0]  # type: ignore[union-attr]


def load_on(conn: Connection) -> ShopSettings:
    """The shop's settings, read on ``conn`` (cached until a setting changes; immutable, so
    every caller shares the cached object)."""
    if conn.dialect.name == "sqlite":
        stamp: tuple[Any, ...] = _sqlite_stamp(conn)
        cached = conn.info.get(_CACHE_KEY)
        if cached is None or cached[0] != stamp:
            stored = {key: value for key, value in conn.execute(_ROWS)}
            cached = (stamp, decode_all(stored))
            # A writer's transaction may hold its own uncommitted change: never kept.
            if not conn.get_execution_options().get("write"):
                conn.info[_CACHE_KEY] = cached
    else:
        stamp = tuple(conn.execute(_STAMP).one())
        cached = _cache.get(conn.engine.pool)
        if cached is None or cached[0] != stamp:
            stored = {key: value for key, value in conn.execute(_ROWS)}
            cached = (stamp, decode_all(stored))
            _cache[conn.engine.pool] = cached
    settings: ShopSettings = cached[1]
    return settings


def load_all(session: Session) -> ShopSettings:
    session.flush()  # Core statements below do not autoflush: see this session's changes
    return load_on(session.connection())


def decode_all(stored: dict[str, str]) -> ShopSettings:
    """Every setting from raw stored rows (key -> JSON text), defaults for the rest."""
    return ShopSettings.from_values(
        {spec.key: _decode(spec, stored.get(spec.key)) for spec in SPECS}
    )


def get_all(db: Database) -> ShopSettings:
    with db.lookup() as conn:
        return load_on(conn)


# Shipped interface languages (the GUI's i18n.LANGUAGES; "" follows the system).
LANGUAGE_CODES = ("", "en", "zh_CN", "zh_TW")
TRUE_WORDS = ("1", "true", "yes", "on", "y")
FALSE_WORDS = ("0", "false", "no", "off", "n")
# Upper bounds of whole-number settings; any other whole-number setting stops at INT_DEFAULT_MAX.
INT_MAXIMUM = {
    "repair_warranty_months": 120,
    "battery_warranty_months": 120,
    "charger_warranty_months": 120,
    "headset_warranty_months": 120,
    "memory_card_warranty_months": 120,
    "handset_warranty_months": 120,
    "return_days": 365,
    "exchange_days": 365,
    "followup_days": 365,
    "quote_valid_days": 365,
    "default_promise_hours": 24 * 365,
    "urgent_promise_hours": 24 * 365,
    "production_grace_days": 3650,
    "uncollected_disposal_days": 3650,
    "failed_repairs_for_exchange": 100,
    "max_line_amount": 9_999_999,
    "max_quantity": 100_000,
    "labour_commission_pct": 100,
}
INT_DEFAULT_MAX = 100_000
# Limits at 0 would refuse every line: the least that still lets a shop work.
INT_MINIMUM = {"max_line_amount": 1, "max_quantity": 1}
MULTILINE_SETTINGS = ("store_address", "intake_terms", "receipt_terms")
TEXT_MAX, LONG_TEXT_MAX = 200, 2000
REQUIRED_SETTINGS = ("store_name", "currency", "time_zone", "phone_region")


def int_maximum(key: str) -> int:
    """The largest value a whole-number setting takes (the settings dialog's range too)."""
    if key.endswith("_months"):
        return 120
    return INT_MAXIMUM.get(key, INT_DEFAULT_MAX)


def validate_value(key: str, value: Any) -> Any:
    """Check one setting's value by its type and, for codes, against the known list;
    raises ValidationError naming the setting."""
    spec = SPEC_BY_KEY.get(key)
    if spec is None:
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Unknown setting {key}"), key=key)
    if spec.kind is int:
        value = parse_whole(value, key, key)
        if value < 0:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("errors", "{key}: cannot be negative"), key=key
            )
        if value < INT_MINIMUM.get(key, 0):
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("errors", "{key}: at least {min}"),
                key=key,
                min=INT_MINIMUM[key],
            )
        maximum = int_maximum(key)
        if value > maximum:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("errors", "{key}: at most {max}"),
                key=key,
                max=maximum,
            )
    elif spec.kind is bool:
        if isinstance(value, str):
            word = value.strip().lower()
            if word not in TRUE_WORDS + FALSE_WORDS:
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP("errors", "{key}: use yes or no, not '{value}'"),
                    key=key,
                    value=word[:30],
                )
            value = word in TRUE_WORDS
        value = bool(value)
    elif spec.kind is list:
        if isinstance(value, str):
            value = _list_text(value)
        value = [clean_text(str(item), key, TEXT_MAX) for item in value]
        if key == "intake_required_fields":
            unknown = [name for name in value if name not in INTAKE_OPTIONAL_FIELDS]
            if unknown:
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP("errors", "{key}: unknown fields {names}"),
                    key=key,
                    names=", ".join(unknown),
                )
        if key == "payment_methods":
            value = _payment_methods(key, value)
        if key == "shop_holidays":
            value = sorted({_holiday(key, day) for day in value})
        if key == "phone_regions":
            value = _regions(key, value)
        if key == "uncollected_notice_days":
            days = {parse_whole(day, key, key) for day in value}
            if any(day < 0 or day > 3650 for day in days):
                raise ValidationError(
                    key, QT_TRANSLATE_NOOP("errors", "{key}: days from 0 to 3650"), key=key
                )
            value = [str(day) for day in sorted(days)]
    else:
        multiline = key in MULTILINE_SETTINGS
        value = clean_text(
            str(value),
            key,
            LONG_TEXT_MAX if multiline else TEXT_MAX,
            required=key in REQUIRED_SETTINGS,
        )
        if not multiline and ("\n" in value or "\t" in value):
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{key}: one line only"), key=key)
        if key == "time_zone" and zone(value).key != value:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("errors", "Unknown time zone {value}"), value=value
            )
        choices: tuple[str, ...] = ()
        if key == "currency":
            value, choices = value.upper(), CURRENCIES
        elif key in ("language", "message_language"):
            choices = LANGUAGE_CODES
        elif key == "phone_region":
            import phonenumbers  # its metadata loads when first needed, not at start-up

            value, choices = value.upper(), tuple(sorted(phonenumbers.SUPPORTED_REGIONS))
        if choices and value not in choices:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP("errors", "{key}: '{value}' is not one of: {choices}"),
                key=key,
                value=value[:30],
                choices=", ".join(c or "''" for c in choices[:12])
                + (", …" if len(choices) > 12 else ""),
            )
    if key.startswith(message_templates.TEMPLATE_PREFIX):
        message_templates.check_template(key, value)
    return value


def _list_text(text: str) -> list[str]:
    """A list as typed (a, b) or as `settings list` prints it (['a', 'b'], [])."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    parts = (part.strip() for part in text.split(","))
    return [part.strip("'\"").strip() for part in parts if part.strip("'\" ")]


def _regions(key: str, value: list[str]) -> list[str]:
    import phonenumbers  # its metadata loads when first needed, not at start-up

    codes = [code.upper() for code in value]
    unknown = [code for code in codes if code not in phonenumbers.SUPPORTED_REGIONS]
    if unknown or not codes:
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{key}: give region codes such as CN, HK, MO, TW"),
            key=key,
        )
    return list(dict.fromkeys(codes))


def _payment_methods(key: str, value: list[str]) -> list[str]:
    codes = [item.strip().lower().replace("-", "_") for item in value]
    unknown = [code for code in codes if code not in PAYMENT_METHODS]
    if unknown:
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{key}: unknown payment methods {names}; use: {allowed}"),
            key=key,
            names=", ".join(unknown),
            allowed=", ".join(PAYMENT_METHODS),
        )
    if not codes:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("errors", "{key}: offer at least one method"), key=key
        )
    return [code for code in PAYMENT_METHODS if code in codes]


def _holiday(key: str, value: Any) -> str:
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError(
            key,
            QT_TRANSLATE_NOOP("errors", "{key}: {value} is not a date YYYY-MM-DD"),
            key=key,
            value=value,
        ) from None


def save(session: Session, key: str, value: Any) -> None:
    global _generation
    _cache.clear()  # and the stamp changes with updated_at (other processes)
    _generation += 1  # SQLite: every connection's cached settings are read again
    row = session.get(Setting, key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=key, value=encoded, updated_at=utcnow()))
    else:
        row.value = encoded
        row.updated_at = utcnow()


def update(db: Database, actor: Actor, changes: dict[str, Any]) -> ShopSettings:
    """Change shop-wide settings (manager only). All or nothing; returns the new settings."""
    require_role(actor, "manager")
    checked = {key: validate_value(key, value) for key, value in changes.items()}
    with db.write() as session:
        for key, value in checked.items():
            save(session, key, value)
            audit(session, actor, "setting_changed", "setting", key, json.dumps(value))
        return load_all(session)
