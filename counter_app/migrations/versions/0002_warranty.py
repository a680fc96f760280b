"""warranty, returns and exchanges: the decision's kind/code/params, exclusions, return
outcomes, exchanged devices, parts kept for discontinued models, repair warranty in months

Revision ID: 0002_warranty
Revises: 0001

The old setting ``repair_warranty_days`` becomes ``repair_warranty_months``: 180 days (the old
default) is 6 months; any other value is converted at 30 days a month, rounded to the nearest
whole month, at least 1 month (90 -> 3, 365 -> 12, 100 -> 3, 10 -> 1; 0 stays 0).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002_warranty"
down_revision = "0001"
branch_labels = None
depends_on = None


def days_to_months(days: int) -> int:
    if days <= 0:
        return 0
    if days == 180:
        return 6
    return max(1, int((days + 15) // 30))


def _add_self_reference(table: str, column: str, name: str) -> None:
    """A nullable column referencing devices.id. On SQLite a plain ADD COLUMN with an inline
    named REFERENCES: a batch rebuild would have to drop a table other rows point to, which
    SQLite refuses while foreign keys are enforced."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {name} REFERENCES devices (id)"
        )
    else:
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(name, table, "devices", [column], ["id"])


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "warranty_item", sa.String(length=20), nullable=False, server_default="handset"
            )
        )
        batch_op.add_column(sa.Column("warranty_kind", sa.String(length=20), nullable=True))
        batch_op.add_column(
            sa.Column("warranty_code", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("warranty_params", sa.Text(), nullable=False, server_default="{}")
        )
        batch_op.add_column(sa.Column("warranty_ends", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("warranty_exclusion", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("purchase_price", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("return_outcome", sa.String(length=20), nullable=True))
    _add_self_reference("tickets", "exchange_device_id", "fk_tickets_exchange_device_id_devices")
    _add_self_reference("devices", "replaced_by_id", "fk_devices_replaced_by_id_devices")
    with op.batch_alter_table("parts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("keep_until", sa.Date(), nullable=True))
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("exclusion", sa.String(length=30), nullable=True))

    settings = sa.table(
        "settings",
        sa.column("key", sa.String),
        sa.column("value", sa.Text),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    conn = op.get_bind()
    old = conn.execute(
        sa.select(settings.c.value).where(settings.c.key == "repair_warranty_days")
    ).scalar()
    if old is not None:
        try:
            days = int(json.loads(old))
        except (TypeError, ValueError):
            days = 180
        conn.execute(settings.delete().where(settings.c.key == "repair_warranty_days"))
        conn.execute(
            settings.insert().values(
                key="repair_warranty_months",
                value=json.dumps(days_to_months(days)),
                updated_at=datetime.now(UTC),
            )
        )


def downgrade() -> None:
    settings = sa.table(
        "settings",
        sa.column("key", sa.String),
        sa.column("value", sa.Text),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    conn = op.get_bind()
    old = conn.execute(
        sa.select(settings.c.value).where(settings.c.key == "repair_warranty_months")
    ).scalar()
    if old is not None:
        conn.execute(settings.delete().where(settings.c.key == "repair_warranty_months"))
        conn.execute(
            settings.insert().values(
                key="repair_warranty_days",
                value=json.dumps(int(json.loads(old)) * 30),
                updated_at=datetime.now(UTC),
            )
        )
    sqlite = conn.dialect.name == "sqlite"
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_column("exclusion")
    with op.batch_alter_table("parts", schema=None) as batch_op:
        batch_op.drop_column("keep_until")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        if not sqlite:  # SQLite's inline REFERENCES goes with its column in the rebuild
            batch_op.drop_constraint(op.f("fk_devices_replaced_by_id_devices"), type_="foreignkey")
        batch_op.drop_column("replaced_by_id")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        if not sqlite:
            batch_op.drop_constraint(
                op.f("fk_tickets_exchange_device_id_devices"), type_="foreignkey"
            )
        for name in (
            "exchange_device_id",
            "return_outcome",
            "purchase_price",
            "warranty_exclusion",
            "warranty_ends",
            "warranty_params",
            "warranty_code",
            "warranty_kind",
            "warranty_item",
        ):
            batch_op.drop_column(name)
