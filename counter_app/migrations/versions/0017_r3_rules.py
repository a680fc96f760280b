"""r3 rules: the diagnosed cause, the production date, the job board's order indexed

Revision ID: 0017_r3_rules
Revises: 0016_r3_money

tickets.diagnosed_cause (the technician's finding, beside the customer's words),
tickets.production_date and devices.production_date (no proof of purchase: the handset
warranty counts from it), all nullable: existing rows keep NULL. The partial index
ix_tickets_open_board holds the open tickets in the board's order (urgent, high, the rest;
then promised time), so the first screen is read from the index, not sorted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017_r3_rules"
down_revision = "0016_r3_money"
branch_labels = None
depends_on = None

OPEN = sa.text("status NOT IN ('collected', 'cancelled')")
RANK = sa.text("(CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END)")


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diagnosed_cause", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("production_date", sa.Date(), nullable=True))
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("production_date", sa.Date(), nullable=True))
    op.create_index(
        "ix_tickets_open_board",
        "tickets",
        [RANK, "promised_at", "id"],
        unique=False,
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_tickets_open_board", table_name="tickets")
    if op.get_bind().dialect.name == "sqlite":
        # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop a referenced table.
        op.execute("ALTER TABLE devices DROP COLUMN production_date")
        op.execute("ALTER TABLE tickets DROP COLUMN production_date")
        op.execute("ALTER TABLE tickets DROP COLUMN diagnosed_cause")
    else:
        with op.batch_alter_table("devices", schema=None) as batch_op:
            batch_op.drop_column("production_date")
        with op.batch_alter_table("tickets", schema=None) as batch_op:
            batch_op.drop_column("production_date")
            batch_op.drop_column("diagnosed_cause")
