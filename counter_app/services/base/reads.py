"""Read-only Core statements run at close to the driver's own cost.

SQLAlchemy spends 40-60 µs a statement in its execution layer (execution context, cache
key, parameter processing, result wrapping) where a SQLite lookup itself costs 5-20 µs. A
`Prepared` statement is compiled once per dialect by SQLAlchemy (the same SQL, bind and
result processors: Money stays Decimal, UTCDateTime an aware UTC datetime, dates and
booleans typed) and on SQLite runs on the driver's cursor of the same connection, inside
its transaction; rows are named tuples (``row.name`` and ``row[0]`` both work). Other
databases (PostgreSQL), statements with expanding ``IN`` parameters, and any Connection
event listener in use go the ordinary way, through ``conn.execute``.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Executable
from sqlalchemy import exc as sa_exc
from sqlalchemy.sql.compiler import SQLCompiler

from counter_app.models import UTCDateTime

_Processor = Callable[[Any], Any] | None


def _utc_on_sqlite(fallback: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """UTCDateTime's result on SQLite in one step (the stored text parsed, made aware UTC),
    the same value as SQLAlchemy's two processors; any other text goes to those."""

    def process(value: Any) -> Any:
        if value is None:
            return None
        try:  # the stored form, naive UTC text: parsed aware at once (5x a parse + replace)
            return datetime.fromisoformat(value + "+00:00")
        except (TypeError, ValueError):
            pass
        try:
            parsed = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return fallback(value)
        return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)

    return process


class _Compiled:
    """One statement's SQL, parameter order and row conversion for one dialect."""

    def __init__(self, statement: Executable, conn: Connection) -> None:
        dialect = conn.dialect
        compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        assert isinstance(compiled, SQLCompiler)
        self.sql = compiled.string
        self.defaults = compiled.construct_params(_check=False)
        self.order = tuple(compiled.positiontup or ())
        binds = compiled._bind_processors
        self.bind_processors: dict[str, Any] = {
            name: binds[name] for name in self.order if name in binds
        }
        # by their compiled names (an anonymous bind, e.g. a literal IN list, has a key of
        # its own that differs from the name the SQL and the parameters use)
        self.expanding = {
            compiled.bind_names.get(b, b.key) for b in compiled.binds.values() if b.expanding
        }
        self.usable = (
            dialect.name == "sqlite"
            and dialect.paramstyle == "qmark"
            and all(f"__[POSTCOMPILE_{name}]" in self.sql for name in self.expanding)
        )
        self._sql_by_sizes: dict[tuple[int, ...], str] = {}
        columns = compiled._result_columns
        self.processors: list[_Processor] = []
        for column in columns:
            process: _Processor = column.type._cached_result_processor(dialect, None)
            if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime) and process:
                process = _utc_on_sqlite(process)
            self.processors.append(process)
        self.converts = any(p is not None for p in self.processors)
        # only the columns that need it are converted (a page of 50 rows, 15 columns, 3 typed)
        self.active = tuple((i, p) for i, p in enumerate(self.processors) if p is not None)
        self.row: Any = namedtuple("Row", [column.keyname for column in columns], rename=True)  # type: ignore[misc]

    def statement(self, params: Mapping[str, Any]) -> tuple[str, list[Any]] | None:
        """The SQL and its positional values; an expanding ``IN`` gets one ``?`` per value
        (None for an empty list, which SQLAlchemy renders specially)."""
        values: list[Any] = []
        sizes: list[int] = []
        for name in self.order:
            value = params[name] if name in params else self.defaults[name]
            process = self.bind_processors.get(name)
            if name in self.expanding:
                if not value:
                    return None
                sizes.append(len(value))
                values.extend(value if process is None else [process(v) for v in value])
            else:
                values.append(process(value) if process is not None else value)
        if not sizes:
            return self.sql, values
        key = tuple(sizes)
        sql = self._sql_by_sizes.get(key)
        if sql is None:
            sql = self.sql
            for name, size in zip(
                (n for n in self.order if n in self.expanding), sizes, strict=True
            ):
                sql = sql.replace(f"__[POSTCOMPILE_{name}]", ", ".join("?" * size), 1)
            self._sql_by_sizes[key] = sql
        return sql, values

    def convert(self, raw: tuple[Any, ...], named: bool = True) -> Any:
        if self.converts:
            values = list(raw)
            for i, process in self.active:
                values[i] = process(values[i])
            raw = tuple(values)
        return self.row._make(raw) if named else raw


class Prepared:
    """A read-only Core SELECT built once at import, run with ``rows``/``first``/``scalar``."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[Any, _Compiled] = {}

    def _for(self, conn: Connection) -> _Compiled | None:
        compiled = self._compiled.get(conn.dialect)
        if compiled is None:
            compiled = self._compiled[conn.dialect] = _Compiled(self.statement, conn)
        dispatch = conn.dispatch  # statement listeners (tracing, tests) see every statement
        if not compiled.usable or dispatch.before_cursor_execute or dispatch.after_cursor_execute:
            return None
        return compiled

    def _cursor(self, conn: Connection, compiled: _Compiled, params: Mapping[str, Any]) -> Any:
        """The driver's cursor over the rows; None when this call must go the ordinary way."""
        prepared = compiled.statement(params)
        if prepared is None:
            return None
        sql, values = prepared
        if not conn.in_transaction():
            conn.begin()  # the same BEGIN (and snapshot) conn.execute would start
        raw = conn.connection.driver_connection
        try:
            return raw.execute(sql, values)  # type: ignore[union-attr]
        except conn.dialect.loaded_dbapi.Error as exc:
            raise sa_exc.DBAPIError.instance(
                sql,
                values,
                exc,
                conn.dialect.loaded_dbapi.Error,
                hide_parameters=True,
                dialect=conn.dialect,
            ) from exc

    def rows(
        self, conn: Connection, params: Mapping[str, Any] | None = None, named: bool = True
    ) -> list[Any]:
        compiled = self._for(conn)
        cursor = None if compiled is None else self._cursor(conn, compiled, params or {})
        if compiled is None or cursor is None:
            return list(conn.execute(self.statement, dict(params or {})).all())
        return [compiled.convert(raw, named) for raw in cursor.fetchall()]

    def first(self, conn: Connection, params: Mapping[str, Any] | None = None) -> Any | None:
        compiled = self._for(conn)
        cursor = None if compiled is None else self._cursor(conn, compiled, params or {})
        if compiled is None or cursor is None:
            return conn.execute(self.statement, dict(params or {})).first()
        raw = cursor.fetchone()
        cursor.close()
        return None if raw is None else compiled.convert(raw)

    def scalar(self, conn: Connection, params: Mapping[str, Any] | None = None) -> Any:
        row = self.first(conn, params)
        return None if row is None else row[0]


# Statements are built once (module constants, or cached per filter shape): each is
# compiled once here too. Keyed by the statement object itself (identity).
_PREPARED: dict[Executable, Prepared] = {}


def _prepared(statement: Executable) -> Prepared:
    found = _PREPARED.get(statement)
    if found is None:
        found = _PREPARED[statement] = Prepared(statement)
    return found


def rows(
    conn: Connection,
    statement: Executable,
    params: Mapping[str, Any] | None = None,
    *,
    named: bool = True,
) -> list[Any]:
    """Every row of a read-only statement (named tuples on SQLite, Rows elsewhere;
    ``named=False``: plain tuples on SQLite, for a caller that reads columns by position)."""
    return _prepared(statement).rows(conn, params, named)


def first(conn: Connection, statement: Executable, params: Mapping[str, Any] | None = None) -> Any:
    """The first row, or None."""
    return _prepared(statement).first(conn, params)


def scalar(conn: Connection, statement: Executable, params: Mapping[str, Any] | None = None) -> Any:
    """The first column of the first row, or None."""
    return _prepared(statement).scalar(conn, params)
