"""Moving a single-PC shop into an existing chain as a new store (`counter-app migrate --to URL
--as-store CODE`). Its tickets, payments, stock movements, appointments and after-care come
across with new ids; customers merge by phone and devices by IMEI / serial with the chain's (so
a phone's history follows the phone), parts by SKU, staff by user name (and gain the new store).
Ticket numbers keep their date and sequence under the new store's prefix (unchanged when the
chain does not use the shop's prefix), so they stay unique across the chain.
One transaction, checked (rows and money totals added per table) before it commits; the source
file is only read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, create_engine, func, insert, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from counter_app import audit_chain
from counter_app.db import Database
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import AuditEvent, Base, UserStore
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor
from counter_app.services.shop import settings as settings_service
from counter_app.services.stores.chain import clean_code, clean_prefix, zone_on
from counter_app.services.stores.moving import (
    BATCH,
    _figures,
    _refuse,
    _where,
    check_server_url,
    check_source,
    unreachable,
)
from counter_app.services.stores.moving import _money_columns as _money
from counter_app.timeutil import utcnow

# Rows the chain may already hold: matched by these keys (first that is set), else added.
MERGED: dict[str, tuple[str, ...]] = {
    "users": ("username",),
    "customers": ("phone",),
    "devices": ("imei", "serial"),
    "parts": ("sku",),
}
# Shop-wide rows the chain keeps its own of; the store table is made from the shop's store.
# The audit chain links rows by their ids in the shop they were written in: it is not moved
# (the moved rows get new ids), and the chain goes on from the destination's own head.
SKIPPED = ("settings", "stores", "user_stores", "ticket_counters", "audit_chain")
# Rows that belong to one store: a store "has data" when it holds any of them.
STORE_ROWS = ("tickets", "payments", "stock_movements", "appointments")
# audit_events.entity -> the table its entity_id names.
AUDIT_ENTITIES = {
    "ticket": "tickets",
    "customer": "customers",
    "part": "parts",
    "user": "users",
    "appointment": "appointments",
    "followup": "followups",
    "consultation": "consultations",
    "part_claim": "part_claims",
    "complaint": "complaints",
}


@dataclass(frozen=True)
class StoreTableCheck:
    table: str
    rows: int  # the shop's rows
    added: int  # new rows in the chain (rows - merged)
    merged: int  # matched with the chain's own rows (customers by phone, ...)
    money: dict[str, Decimal]  # column -> the shop's total, added to the chain's exactly


@dataclass(frozen=True)
class StoreMoveResult:
    target: str
    store: str
    ticket_prefix: str
    time_zone: str
    tables: tuple[StoreTableCheck, ...]
    rows: int
    renumbered: int  # tickets given the new store's prefix (the shop's was in use)


def _version(conn: Connection) -> str | None:
    try:
        return conn.scalar(text("SELECT version_num FROM alembic_version"))
    except sa_exc.SQLAlchemyError:
        return None


def _store_has_data(conn: Connection, store_id: int) -> str | None:
    for name in STORE_ROWS:
        table = Base.metadata.tables[name]
        if conn.scalar(select(func.count()).where(table.c.store_id == store_id)):
            return name
    counters = Base.metadata.tables["ticket_counters"]
    if conn.scalar(select(func.count()).where(counters.c.store_id == store_id)):
        return "ticket_counters"
    return None


class _Mover:
    """Copies the tables in dependency order, remembering old id -> new id per table."""

    def __init__(
        self, source: Connection, dest: Connection, store_id: int, old_prefix: str, prefix: str
    ) -> None:
        self.source = source
        self.dest = dest
        self.store_id = store_id
        self.old_prefix = old_prefix
        self.prefix = prefix
        self.renumbered = 0
        self.ids: dict[str, dict[int, int]] = {}
        self.checks: list[StoreTableCheck] = []

    def _map(self, column: Column[Any], value: Any) -> Any:
        if value is None:
            return None
        fk = next(iter(column.foreign_keys))
        target = fk.column.table.name
        if target == "stores":
            return self.store_id
        mapped = self.ids[target].get(value)
        if mapped is None:
            raise ValidationError(
                "to",
                QT_TRANSLATE_NOOP(
                    "errors", "{table} {id} is missing from the copy; nothing was kept"
                ),
                table=target,
                id=str(value),
            )
        return mapped

    def _existing(self, table: Table, keys: tuple[str, ...]) -> dict[tuple[str, Any], int]:
        found: dict[tuple[str, Any], int] = {}
        for key in keys:
            column = table.c[key]
            if key == "sku":
                rows = self.dest.execute(
                    select(func.lower(column), table.c.id).order_by(table.c.id.desc())
                )
            else:
                rows = self.dest.execute(
                    select(column, table.c.id)
                    .where(column.is_not(None))
                    .order_by(table.c.id.desc())
                )
            for value, row_id in rows:
                found[(key, value)] = row_id  # the oldest wins (read last)
        return found

    def copy(self, table: Table) -> None:
        before = _figures(self.dest, table)
        own = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
        refs = [fk.parent for fk in table.foreign_keys if fk.column.table is not table]
        keys = MERGED.get(table.name, ())
        existing = self._existing(table, keys) if keys else {}
        mapping: dict[int, int] = {}
        self.ids[table.name] = mapping
        later: list[tuple[int, dict[str, Any]]] = []
        merged = rows_total = 0
        source_money = {name: Decimal(0) for name in _money(table)}
        added_money = {name: Decimal(0) for name in _money(table)}
        result = self.source.execution_options(yield_per=BATCH).execute(
            select(table).order_by(table.c.id)
        )
        for chunk in result.partitions(BATCH):
            fresh: list[dict[str, Any]] = []
            old_ids: list[int] = []
            for record in chunk:
                row = dict(record._mapping)
                rows_total += 1
                for name in source_money:
                    source_money[name] += Decimal(row[name] or 0)
                match = None
                for key in keys:
                    value = row[key]
                    if value is not None:
                        probe = value.lower() if key == "sku" else value
                        match = existing.get((key, probe))
                        if match is not None:
                            break
                if match is not None:
                    mapping[row["id"]] = match
                    merged += 1
                    continue
                for column in refs:
                    row[column.name] = self._map(column, row[column.name])
                if own and any(row[c.name] is not None for c in own):
                    later.append((row["id"], {c.name: row[c.name] for c in own}))
                    for column in own:
                        row[column.name] = None
                if table.name == "tickets" and self.prefix != self.old_prefix:
                    row["ticket_no"] = self.prefix + row["ticket_no"].removeprefix(self.old_prefix)
                    self.renumbered += 1
                if table.name == "followups":
                    row["due_key"] = self._due_key(row["due_key"])
                if table.name == "audit_events":
                    row["entity_id"] = self._audit_entity(row["entity"], row["entity_id"])
                old_ids.append(row.pop("id"))
                for name in added_money:
                    added_money[name] += Decimal(row[name] or 0)
                fresh.append(row)
            if fresh:
                new_ids = self.dest.execute(
                    insert(table).returning(table.c.id, sort_by_parameter_order=True), fresh
                ).scalars()
                mapping.update(zip(old_ids, new_ids, strict=True))
        for old_id, values in later:
            if old_id in mapping:
                self.dest.execute(
                    update(table)
                    .where(table.c.id == mapping[old_id])
                    .values({name: mapping.get(v) for name, v in values.items()})
                )
        after = _figures(self.dest, table)
        added = rows_total - merged
        expected = {name: before[1][name] + added_money[name] for name in added_money}
        if after != (before[0] + added, expected):
            raise ValidationError(
                "to",
                QT_TRANSLATE_NOOP(
                    "errors", "The copy of {table} differs ({before} / {after}); nothing was kept"
                ),
                table=table.name,
                before=str((before[0] + added, expected)),
                after=str(after),
            )
        self.checks.append(StoreTableCheck(table.name, rows_total, added, merged, source_money))

    def _due_key(self, key: str) -> str:
        """A follow-up's once-only key names its ticket (or consultation) by id."""
        reason, _, old = key.rpartition(":")
        if not old.isdigit():
            return key
        table = "consultations" if reason == "callback" else "tickets"
        new = self.ids.get(table, {}).get(int(old))
        return f"{reason}:{new}" if new is not None else key

    def _audit_entity(self, entity: str, entity_id: str) -> str:
        table = AUDIT_ENTITIES.get(entity)
        if table and entity_id.isdigit() and table in self.ids:
            new = self.ids[table].get(int(entity_id))
            if new is not None:
                return str(new)
        return entity_id


def move_as_store(
    db: Database, actor: Actor, url: str, code: str, prefix: str | None = None
) -> StoreMoveResult:
    """Copy this single-store SQLite shop into the chain at ``url`` as store ``code``.
    Manager only. Refused, nothing written: an unreachable server, a database holding no
    chain or at another schema version, a store code that already has data. ``prefix``: the new store's ticket prefix (default: the shop's
    own if the chain does not use it, else the code)."""
    require_role(actor, "manager")
    check_source(db)
    code = clean_code(code)
    wanted_prefix = clean_prefix(prefix) if prefix else None
    where = _where(url)
    check_server_url(url)
    target = create_engine(url, hide_parameters=True)
    try:
        with (
            db.engine.connect() as source,
            target.connect().execution_options(isolation_level="REPEATABLE READ") as dest,
        ):
            with dest.begin():
                result = _move(db, actor, source, dest, where, code, wanted_prefix)
            source.rollback()
        return result
    except sa_exc.OperationalError as exc:
        raise unreachable(exc, where) from None
    finally:
        target.dispose()


def _move(
    db: Database,
    actor: Actor,
    source: Connection,
    dest: Connection,
    where: str,
    code: str,
    wanted_prefix: str | None,
) -> StoreMoveResult:
    stores = Base.metadata.tables["stores"]
    counters = Base.metadata.tables["ticket_counters"]
    version = _version(dest)
    if version is None or not dest.scalar(select(func.count()).select_from(stores)):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors",
                "{url} holds no chain to join; move the shop with migrate --to alone",
            ),
            url=where,
        )
    if version != _version(source):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "{url} holds another schema version ({version}); nothing was copied"
            ),
            url=where,
            version=version,
        )
    shop_stores = source.execute(select(stores)).mappings().all()
    if len(shop_stores) != 1:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "errors", "This shop has {count} stores; only a single-store shop joins a chain"
            ),
            count=len(shop_stores),
        )
    shop = shop_stores[0]
    settings = settings_service.load_all(Session(bind=source))
    chain_prefixes = {
        row.ticket_prefix: row for row in dest.execute(select(stores)).mappings().all()
    }
    existing = next((row for row in chain_prefixes.values() if row["code"] == code), None)
    if existing is not None:
        busy = _store_has_data(dest, existing["id"])
        if busy:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors", "Store {code} already has data ({table}); nothing was copied"
                ),
                code=code,
                table=busy,
            )
        store_id = existing["id"]
        new_prefix = existing["ticket_prefix"]
    else:
        new_prefix = wanted_prefix or (
            shop["ticket_prefix"]
            if shop["ticket_prefix"] not in chain_prefixes
            else clean_prefix(code[:7])
        )
        if new_prefix in chain_prefixes:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Ticket prefix {prefix} is used by store {code}; choose another with --prefix",
                ),
                prefix=new_prefix,
                code=chain_prefixes[new_prefix]["code"],
            )
        store_id = dest.execute(
            insert(stores)
            .values(
                code=code,
                name=shop["name"] or settings.store_name,
                address=shop["address"] or settings.store_address,
                phone=shop["phone"] or settings.store_phone,
                time_zone=zone_on(source, shop["id"]),  # its own, else its shop's
                ticket_prefix=new_prefix,
                created_at=utcnow(),
            )
            .returning(stores.c.id)
        ).scalar_one()
    # The shop's own chain stays behind (its ids change here); what it brings is linked
    # onto the chain's below, so `audit verify` there covers the moved records too.
    chained_before = audit_chain.chained_max_ids(dest)
    mover = _Mover(source, dest, store_id, shop["ticket_prefix"], new_prefix)
    for table in Base.metadata.sorted_tables:
        if table.name not in SKIPPED:
            mover.copy(table)
    # Staff of the shop work at the new store; its own daily sequences continue there.
    members = {
        mover.ids["users"][uid]
        for (uid,) in source.execute(select(UserStore.__table__.c.user_id).distinct())
    }
    have = set(
        dest.scalars(
            select(UserStore.__table__.c.user_id).where(UserStore.__table__.c.store_id == store_id)
        )
    )
    if members - have:
        dest.execute(
            insert(Base.metadata.tables["user_stores"]),
            [{"user_id": uid, "store_id": store_id} for uid in sorted(members - have)],
        )
    shop_counters = source.execute(select(counters.c.day_key, counters.c.last_value)).all()
    if shop_counters:
        dest.execute(
            insert(counters),
            [{"store_id": store_id, "day_key": d, "last_value": v} for d, v in shop_counters],
        )
    moved = sum(c.added for c in mover.checks)
    dest.execute(
        insert(AuditEvent).values(
            at=utcnow(),
            user_id=mover.ids["users"].get(actor.id),
            action="shop_moved",
            entity="store",
            entity_id=code,
            detail=f"from {db.describe()}: {moved} rows added",
        )
    )
    audit_chain.link_rows(dest, chained_before)
    return StoreMoveResult(
        target=where,
        store=code,
        ticket_prefix=new_prefix,
        time_zone=dest.scalar(select(stores.c.time_zone).where(stores.c.id == store_id)) or "",
        tables=tuple(mover.checks),
        rows=moved,
        renumbered=mover.renumbered,
    )
