"""Declarative base, naming convention and the column types shared by every model."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, Index, MetaData, text
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# Partial indexes' WHERE on PostgreSQL, given to each index when PostgreSQL is first used
# (postgresql_options): naming the option in Index() would import SQLAlchemy's PostgreSQL
# dialect (with every driver it knows) in every process, a SQLite shop's commands too.
_POSTGRESQL_WHERE: list[tuple[Index, str]] = []


def partial_index(name: str, *columns: object, where: str) -> Index:
    """An index over the rows where ``where`` holds, on SQLite and on PostgreSQL."""
    index = Index(name, *columns, sqlite_where=text(where))  # type: ignore[arg-type]
    _POSTGRESQL_WHERE.append((index, where))
    return index


def postgresql_options() -> None:
    """Give the partial indexes their PostgreSQL WHERE (idempotent): before the metadata
    is compiled for PostgreSQL or compared with a PostgreSQL database (db.Database on a
    PostgreSQL URL, migrations/env.py)."""
    for index, where in _POSTGRESQL_WHERE:
        options = index.dialect_options["postgresql"]
        if options["where"] is None:
            options["where"] = text(where)


class Money(TypeDecorator[Decimal]):
    """A Decimal amount stored exactly as whole cents (BIGINT) on every database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        cents = Decimal(value) * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"{value} has more than 2 decimal places")
        return int(cents)

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware instant, stored in UTC (naive UTC on SQLite, timestamptz elsewhere)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware instants only")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
