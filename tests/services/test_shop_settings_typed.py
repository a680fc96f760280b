"""The shop's settings are one typed, frozen object built from the declared specs, and every
date rule takes its zone from the one resolver (the store's zone, else the shop's)."""

from __future__ import annotations

import ast
import dataclasses
import typing
from decimal import Decimal
from pathlib import Path

import pytest

from counter_app.services.shop import settings
from counter_app.services.shop.settings import SPECS, ShopSettings
from counter_app.services.stores import chain as stores

ROOT = Path(__file__).resolve().parents[2]

FIELD_TYPE = {str: str, int: int, bool: bool, list: tuple[str, ...]}


def _expected(spec: settings.SettingSpec) -> tuple[object, object]:
    """The field type and default a spec stands for in ShopSettings."""
    if spec.key in settings.MONEY_SETTINGS:
        assert spec.kind is int
        return Decimal, Decimal(spec.default)
    default = tuple(spec.default) if spec.kind is list else spec.default
    return FIELD_TYPE[spec.kind], default


def test_every_spec_is_a_field_of_its_type_and_default():
    hints = typing.get_type_hints(ShopSettings)
    fields = {f.name: f for f in dataclasses.fields(ShopSettings)}
    assert list(fields) == [spec.key for spec in SPECS]  # one per spec, in order, no extra
    for spec in SPECS:
        kind, default = _expected(spec)
        assert hints[spec.key] == kind, spec.key
        assert fields[spec.key].default == default, spec.key
        assert isinstance(default, typing.get_origin(kind) or kind), spec.key


def test_the_settings_cannot_be_changed_once_read(db):
    shop = settings.get_all(db)
    with pytest.raises(dataclasses.FrozenInstanceError):
        shop.currency = "HKD"  # type: ignore[misc]
    assert isinstance(shop.payment_methods, tuple)
    assert hash(shop) == hash(settings.get_all(db))  # immutable all through: hashable


def test_values_read_back_typed_and_the_dict_shows_them_as_stored(db, staff):
    settings.update(
        db,
        staff.manager,
        {"beyond_repair_fee": "30", "shop_holidays": "2030-01-02", "followup_quarterly": "yes"},
    )
    shop = settings.get_all(db)
    assert shop.beyond_repair_fee == Decimal(30) and isinstance(shop.beyond_repair_fee, Decimal)
    assert shop.shop_holidays == ("2030-01-02",)
    assert shop.followup_quarterly is True
    shown = shop.as_dict()
    assert shown["beyond_repair_fee"] == 30 and type(shown["beyond_repair_fee"]) is int
    assert shown["shop_holidays"] == ["2030-01-02"]
    assert list(shown) == [spec.key for spec in SPECS]
    assert ShopSettings.from_values(shown) == shop  # the dict is the stored form
    assert settings.decode_all({}) == ShopSettings()  # nothing stored: the defaults


def test_a_bad_stored_value_reads_as_the_default():
    shop = settings.decode_all({"return_days": '"seven"', "currency": "not json"})
    assert (shop.return_days, shop.currency) == (7, "CNY")


def test_the_resolver_falls_back_to_the_shops_zone(db, staff):
    settings.update(db, staff.manager, {"time_zone": "Asia/Hong_Kong"})
    assert stores.time_zone_for(db, None) == "Asia/Hong_Kong"  # the store has no zone
    with db.lookup() as conn:
        assert stores.zone_on(conn, None) == "Asia/Hong_Kong"


# --- only the resolver reads the shop's own time zone ------------------------------------

# The zone resolver, and the screens and commands that show and change the setting itself.
ALLOWED = {
    "counter_app/services/stores/chain.py",
    "counter_app/services/shop/settings.py",
    "counter_app/ui/dialogs/settings_dialog.py",
    "counter_app/cli/jobs/tickets.py",
}
LOADERS = {"load_on", "load_all", "get_all", "decode_all", "from_values", "update"}


def _is_settings_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "ShopSettings":
        return True
    if name not in LOADERS or not isinstance(func, ast.Attribute):
        return False
    owner = ast.unparse(func.value)
    return "settings" in owner or owner == "ShopSettings"


def _annotated_settings(annotation: ast.AST | None) -> bool:
    return annotation is not None and "ShopSettings" in ast.unparse(annotation)


def time_zone_reads(source: str) -> list[int]:
    """Lines that read ``time_zone`` off the shop's settings: on a name, attribute or
    parameter bound to them (a loader's result, ``ShopSettings`` annotation), on a loader's
    call itself, by ``getattr`` or by the ``"time_zone"`` key of their dict."""
    tree = ast.parse(source)
    held: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_settings_call(node.value):
            held |= {ast.unparse(target) for target in node.targets}
        elif isinstance(node, ast.AnnAssign) and (
            _annotated_settings(node.annotation)
            or (node.value is not None and _is_settings_call(node.value))
        ):
            held.add(ast.unparse(node.target))
        elif isinstance(node, ast.arg) and _annotated_settings(node.annotation):
            held.add(node.arg)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "time_zone":
            if ast.unparse(node.value) in held or _is_settings_call(node.value):
                found.append(node.lineno)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "getattr":
            if len(node.args) > 1 and ast.unparse(node.args[1]).strip("'\"") == "time_zone":
                found.append(node.lineno)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.slice).strip("'\"") == (
            "time_zone"
        ):
            owner = ast.unparse(node.value)
            found += [node.lineno] if "settings" in owner or "as_dict" in owner else []
    return sorted(found)


def test_the_scan_finds_a_direct_read():
    sample = (
        "def f(session, shop: ShopSettings, conn):\n"
        "    a = settings_service.load_all(session).time_zone\n"
        "    b = shop.time_zone\n"
        "    c = settings_service.load_on(conn)\n"
        "    d = c.time_zone\n"
        "    e = getattr(c, 'time_zone')\n"
        "    f = settings_service.get_all(db).as_dict()['time_zone']\n"
        "    return store.time_zone, report.time_zone\n"
    )
    assert time_zone_reads(sample) == [2, 3, 5, 6, 7]


def test_only_the_resolver_reads_the_shops_time_zone():
    offenders = []
    for path in sorted((ROOT / "counter_app").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        if name in ALLOWED or "/migrations/" in name:
            continue
        offenders += [f"{name}:{line}" for line in time_zone_reads(path.read_text("utf-8"))]
    assert offenders == [], "ask stores.local_zone / zone_on / time_zone_for instead"
