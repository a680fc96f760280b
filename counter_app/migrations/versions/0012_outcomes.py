"""outcomes: a job can end "beyond repair" (the barrier and the fee then charged are kept)

Revision ID: 0012_outcomes
Revises: 0011_faulty_disposal

Three nullable columns on tickets; existing tickets keep NULL (an ordinary outcome). Plain
ADD COLUMN on SQLite (batch mode does not rebuild the table for it), the same on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_outcomes"
down_revision = "0011_faulty_disposal"
branch_labels = None
depends_on = None

COLUMNS = ("outcome", "outcome_barrier", "outcome_fee")


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("outcome", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("outcome_barrier", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("outcome_fee", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild of tickets would drop a table that
        # other rows refer to, which SQLite refuses while foreign keys are enforced.
        for column in reversed(COLUMNS):
            op.execute(f"ALTER TABLE tickets DROP COLUMN {column}")
    else:
        with op.batch_alter_table("tickets", schema=None) as batch_op:
            for column in reversed(COLUMNS):
                batch_op.drop_column(column)
