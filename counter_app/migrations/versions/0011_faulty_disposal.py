"""faulty_disposals: the disposal (scrap, back to the supplier, recycling) of a faulty part
recovered from a customer's device, recorded once per recovery

Revision ID: 0011_faulty_disposal
Revises: 0010_stores

A new table only: every recovery already recorded stays awaiting disposal.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_faulty_disposal"
down_revision = "0010_stores"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "faulty_disposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("movement_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["movement_id"],
            ["stock_movements.id"],
            name=op.f("fk_faulty_disposals_movement_id_stock_movements"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_faulty_disposals_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_faulty_disposals")),
        sa.UniqueConstraint("movement_id", name=op.f("uq_faulty_disposals_movement_id")),
    )


def downgrade() -> None:
    op.drop_table("faulty_disposals")
