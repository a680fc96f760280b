"""stores: several stores on one database; tickets, payments, stock movements and
appointments belong to a store; staff work at one or more stores; ticket numbers are counted
per store and day

Revision ID: 0010_stores
Revises: 0006_hardening

The upgrade makes exactly one store from the shop's settings (code MAIN, ticket prefix "T",
its name, address, phone and time zone left empty: they keep following the settings) and assigns
every existing ticket, payment, stock movement, appointment and account to it, so a
single-PC shop sees no difference (its numbers stay T261127-004).

The new store_id columns are nullable in the schema: SQLite cannot add a NOT NULL column
with a REFERENCES clause in place (and rebuilding `tickets` would drop a table other rows
point to). The services always set it; the upgrade fills every existing row.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0010_stores"
down_revision = "0006_hardening"
branch_labels = None
depends_on = None

OWNED = ("tickets", "payments", "stock_movements", "appointments")


def _add_store_column(table: str) -> None:
    name = f"fk_{table}_store_id_stores"
    if op.get_bind().dialect.name == "sqlite":
        columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns(table)}
        if "store_id" in columns:  # left by a downgrade (see below), empty
            return
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN store_id INTEGER "
            f"CONSTRAINT {name} REFERENCES stores (id)"
        )
    else:
        op.add_column(table, sa.Column("store_id", sa.Integer(), nullable=True))
        op.create_foreign_key(name, table, "stores", ["store_id"], ["id"])


def upgrade() -> None:
    if "stores" in sa.inspect(op.get_bind()).get_table_names():
        op.drop_table("stores")  # left empty by a SQLite downgrade (see below)
    op.create_table(
        "stores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("time_zone", sa.String(length=60), nullable=False),
        sa.Column("ticket_prefix", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stores")),
        sa.UniqueConstraint("code", name=op.f("uq_stores_code")),
        sa.UniqueConstraint("ticket_prefix", name=op.f("uq_stores_ticket_prefix")),
    )
    op.create_table(
        "user_stores",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_user_stores_store_id_stores")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_stores_user_id_users")
        ),
        sa.PrimaryKeyConstraint("user_id", "store_id", name=op.f("pk_user_stores")),
    )
    conn = op.get_bind()
    stores = sa.table(
        "stores",
        sa.column("id", sa.Integer),
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("address", sa.Text),
        sa.column("phone", sa.String),
        sa.column("time_zone", sa.String),
        sa.column("ticket_prefix", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    now = datetime.now(UTC)
    if conn.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    conn.execute(
        stores.insert().values(
            id=1,
            code="MAIN",
            name="",
            address="",
            phone="",
            time_zone="",
            ticket_prefix="T",
            created_at=now,
        )
    )
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT setval(pg_get_serial_sequence('stores', 'id'), 1)"))
    conn.execute(sa.text("INSERT INTO user_stores (user_id, store_id) SELECT id, 1 FROM users"))
    for table in OWNED:
        _add_store_column(table)
        conn.execute(sa.text(f"UPDATE {table} SET store_id = 1"))
    op.create_index("ix_tickets_store_received", "tickets", ["store_id", "received_at"])
    op.create_index("ix_payments_store_at", "payments", ["store_id", "at"])
    op.create_index(
        "ix_stock_movements_store_part",
        "stock_movements",
        ["store_id", "part_id", "kind", "quantity"],
    )
    op.create_index("ix_appointments_store_starts", "appointments", ["store_id", "starts_at"])

    # Day counters: keyed by store and day (nothing points at this table: rebuilt in place).
    counters = conn.execute(sa.text("SELECT day_key, last_value FROM ticket_counters")).all()
    op.drop_table("ticket_counters")
    op.create_table(
        "ticket_counters",
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("day_key", sa.String(length=10), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name=op.f("fk_ticket_counters_store_id_stores")
        ),
        sa.PrimaryKeyConstraint("store_id", "day_key", name=op.f("pk_ticket_counters")),
    )
    if counters:
        conn.execute(
            sa.text(
                "INSERT INTO ticket_counters (store_id, day_key, last_value) "
                "VALUES (1, :day_key, :last_value)"
            ),
            [{"day_key": day, "last_value": value} for day, value in counters],
        )


def downgrade() -> None:
    counters = (
        op.get_bind()
        .execute(sa.text("SELECT day_key, max(last_value) FROM ticket_counters GROUP BY day_key"))
        .all()
    )
    op.drop_table("ticket_counters")
    op.create_table(
        "ticket_counters",
        sa.Column("day_key", sa.String(length=10), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day_key", name=op.f("pk_ticket_counters")),
    )
    if counters:
        op.get_bind().execute(
            sa.text("INSERT INTO ticket_counters (day_key, last_value) VALUES (:d, :v)"),
            [{"d": day, "v": value} for day, value in counters],
        )
    op.drop_index("ix_appointments_store_starts", table_name="appointments")
    op.drop_index("ix_stock_movements_store_part", table_name="stock_movements")
    op.drop_index("ix_payments_store_at", table_name="payments")
    op.drop_index("ix_tickets_store_received", table_name="tickets")
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in OWNED:
        if sqlite:
            # SQLite cannot drop a column with a REFERENCES clause in place, and rebuilding
            # these tables would drop tables other rows point to: the column stays, emptied
            # (the older code never writes it).
            op.execute(f"UPDATE {table} SET store_id = NULL")
        else:
            op.drop_constraint(f"fk_{table}_store_id_stores", table, type_="foreignkey")
            op.drop_column(table, "store_id")
    op.drop_table("user_stores")
    if sqlite:
        op.execute("DELETE FROM stores")  # kept, empty: those columns still name it
    else:
        op.drop_table("stores")
