"""Moving a shop from its SQLite file onto a PostgreSQL server (`counter-app migrate --to`):
every table copied in one transaction with its ids, checked by row counts and money totals
per table before it commits; the source file is only read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, create_engine, delete, func, insert, inspect, select, text, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, make_url

from counter_app.db import Database, migrations_head
from counter_app.errors import QT_TRANSLATE_NOOP, ValidationError
from counter_app.models import AuditEvent, Base, Money, Store, UserStore
from counter_app.services.base.common import require_role
from counter_app.services.base.dto import Actor
from counter_app.timeutil import utcnow

BATCH = 5000
# Tables whose rows say the target is in use (a fresh schema has only its first store).
IN_USE = ("users", "customers", "tickets", "parts")


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    money: dict[str, Decimal]  # column -> total, equal on both sides


@dataclass(frozen=True)
class MoveResult:
    target: str
    tables: tuple[TableCheck, ...]
    rows: int


def _where(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return "?"


def _refuse(template: str, **params: Any) -> ValidationError:
    return ValidationError("to", template, **params)


def check_source(db: Database) -> None:
    """Refuse (nothing written) a shop that is not a SQLite file: only those are moved."""
    if db.dialect != "sqlite":
        raise _refuse(QT_TRANSLATE_NOOP("errors", "Only a SQLite shop is moved to a server"))


def unreachable(exc: sa_exc.OperationalError, where: str) -> ValidationError:
    """The refusal for a server that could not be reached (its first line of reason)."""
    detail = str(exc.orig or exc).strip().splitlines()[0][:200] if exc.orig else ""
    return _refuse(
        QT_TRANSLATE_NOOP("errors", "Cannot reach {url} ({detail}); nothing was copied"),
        url=where,
        detail=detail,
    )


def check_server_url(url: str) -> None:
    """Refuse (nothing written) a text that is not a PostgreSQL database URL."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "{url} is not a database URL"), url=url[:100]
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise _refuse(
            QT_TRANSLATE_NOOP("errors", "Move a shop to a PostgreSQL URL (postgresql://...)")
        )


def _check_target(url: str) -> bool:
    """Whether the target needs its schema made (True: empty). Refuses (nothing written) an
    unreachable server, a database of another schema version or one already in use."""
    where = _where(url)
    check_server_url(url)
    engine = create_engine(url, hide_parameters=True)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return True
            version = None
            if "alembic_version" in tables:
                version = conn.scalar(text("SELECT version_num FROM alembic_version"))
            if version != migrations_head():
                raise _refuse(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{url} holds another schema version ({version}); nothing was copied",
                    ),
                    url=where,
                    version=version or "?",
                )
            for table in IN_USE:
                if table in tables and conn.scalar(text(f"SELECT count(*) FROM {table}")):
                    raise _refuse(
                        QT_TRANSLATE_NOOP(
                            "errors", "{url} is not empty ({table}); nothing was copied"
                        ),
                        url=where,
                        table=table,
                    )
            return False
    except sa_exc.OperationalError as exc:
        raise unreachable(exc, where) from None
    finally:
        engine.dispose()


def _money_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if isinstance(c.type, Money)]


def _figures(conn: Connection, table: Table) -> tuple[int, dict[str, Decimal]]:
    money = _money_columns(table)
    row = conn.execute(
        select(
            func.count(),
            *(func.coalesce(func.sum(table.c[name]), 0, type_=Money) for name in money),
        ).select_from(table)
    ).one()
    return int(row[0]), {name: Decimal(row[i + 1]) for i, name in enumerate(money)}


def _copy_table(source: Connection, target: Connection, table: Table) -> None:
    """Rows in id order; columns pointing at their own table are set once all rows are in
    (a device replaced by a later one)."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    order = list(table.primary_key.columns)
    later: list[dict[str, Any]] = []
    result = source.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for chunk in result.partitions(BATCH):
        rows = [dict(row._mapping) for row in chunk]
        for row in rows:
            if any(row[name] is not None for name in own):
                later.append({"_id": row["id"], **{name: row[name] for name in own}})
                for name in own:
                    row[name] = None
        target.execute(table.insert(), rows)
    for row in later:
        values = {name: row[name] for name in own}
        target.execute(update(table).where(table.c.id == row["_id"]).values(**values))
    if "id" in table.c and target.dialect.name == "postgresql":
        target.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(table.name, "id"),
                    select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery(),
                    False,
                )
            )
        )


def move_to(db: Database, actor: Actor, url: str) -> MoveResult:
    """Copy this shop (its SQLite file) into the empty PostgreSQL database at ``url``.
    Manager only. Refused, nothing written: an unreachable server, another schema version,
    a database already in use. The copy is checked (rows and money per table) before it
    commits; any difference rolls it back."""
    require_role(actor, "manager")
    check_source(db)
    empty = _check_target(url)
    if empty:
        Database(url).close()  # the schema at the same version as this shop's
    tables = [t for t in Base.metadata.sorted_tables]
    target = create_engine(url, hide_parameters=True)
    checks: list[TableCheck] = []
    try:
        with db.engine.connect() as source, target.begin() as dest:
            # The fresh schema's own first store makes way for the shop's stores.
            dest.execute(delete(UserStore))
            dest.execute(delete(Store))
            for table in tables:
                _copy_table(source, dest, table)
            for table in tables:
                before = _figures(source, table)
                after = _figures(dest, table)
                if before != after:
                    raise ValidationError(
                        "to",
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "The copy of {table} differs ({before} / {after}); nothing was kept",
                        ),
                        table=table.name,
                        before=str(before),
                        after=str(after),
                    )
                checks.append(TableCheck(table.name, before[0], before[1]))
            dest.execute(
                insert(AuditEvent).values(
                    at=utcnow(),
                    user_id=actor.id,
                    action="shop_moved",
                    entity="shop",
                    entity_id="migrate",
                    detail=f"from {db.describe()}: {sum(c.rows for c in checks)} rows",
                )
            )
            source.rollback()
    finally:
        target.dispose()
    return MoveResult(target=_where(url), tables=tuple(checks), rows=sum(c.rows for c in checks))
