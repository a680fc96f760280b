"""Alembic environment: runs on the connection the app hands over (db.Database)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from counter_app.models import Base
from counter_app.models.base import postgresql_options

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # `alembic revision --autogenerate` from a developer's shell: -x url=sqlite:///...
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite://")
        engine = create_engine(url)
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    if connection.dialect.name == "postgresql":
        postgresql_options()  # the partial indexes' WHERE, as the migrations made them
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
