"""r3 money: till sessions and payouts, the audit chain

Revision ID: 0016_r3_money
Revises: 0013_imei2_partial

The till (cash drawer) per store and PC, its petty-cash payouts, and the tamper-evident
chain over payments, quote lines, ticket events, stock movements, till records and the
audit log (services/money/audit.py). Records written before this revision are not chained.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_r3_money"
down_revision = "0013_imei2_partial"
branch_labels = None
depends_on = None

TILL_FK = "fk_payments_till_session_id_till_sessions"


def _when() -> sa.types.TypeEngine:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    left = set(inspector.get_table_names())
    for table in ("till_payouts", "till_sessions"):
        if table in left:  # left empty by a SQLite downgrade (see below)
            op.drop_table(table)
    payment_columns = {c["name"] for c in inspector.get_columns("payments")}
    op.create_table(
        "till_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("store_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("opened_at", _when(), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=False),
        sa.Column("float_amount", sa.BigInteger(), nullable=False),
        sa.Column("closed_at", _when(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.Column("expected", sa.BigInteger(), nullable=True),
        sa.Column("counted", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["store_id"], ["stores.id"], name="fk_till_sessions_store_id_stores"
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["users.id"], name="fk_till_sessions_opened_by_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name="fk_till_sessions_closed_by_id_users"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_till_sessions"),
    )
    op.create_index(
        "ix_till_sessions_store_station", "till_sessions", ["store_id", "station", "closed_at"]
    )
    op.create_index("ix_till_sessions_opened_at", "till_sessions", ["opened_at"])
    op.create_table(
        "till_payouts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", _when(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"], ["till_sessions.id"], name="fk_till_payouts_session_id_till_sessions"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_till_payouts_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_till_payouts"),
    )
    op.create_index("ix_till_payouts_session_id", "till_payouts", ["session_id"])
    if "till_session_id" in payment_columns:
        pass  # left by a SQLite downgrade, emptied
    elif op.get_bind().dialect.name == "sqlite":  # in place, as 0010_stores adds store_id
        op.execute(
            "ALTER TABLE payments ADD COLUMN till_session_id INTEGER "
            f"CONSTRAINT {TILL_FK} REFERENCES till_sessions (id)"
        )
    else:
        op.add_column("payments", sa.Column("till_session_id", sa.Integer(), nullable=True))
        op.create_foreign_key(TILL_FK, "payments", "till_sessions", ["till_session_id"], ["id"])
    op.create_index("ix_payments_till_session_id", "payments", ["till_session_id"])
    op.create_table(
        "audit_chain",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("op", sa.String(length=6), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_chain"),
    )
    op.create_index("ix_audit_chain_row", "audit_chain", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_chain_row", table_name="audit_chain")
    op.drop_table("audit_chain")
    op.drop_index("ix_payments_till_session_id", table_name="payments")
    if op.get_bind().dialect.name == "sqlite":
        # As 0010_stores: the column with its REFERENCES stays, emptied, the table it
        # points to too (the older code never writes either).
        op.execute("UPDATE payments SET till_session_id = NULL")
        op.execute("DELETE FROM till_payouts")
        op.execute("DELETE FROM till_sessions")
        return
    op.drop_constraint(TILL_FK, "payments", type_="foreignkey")
    op.drop_column("payments", "till_session_id")
    op.drop_index("ix_till_payouts_session_id", table_name="till_payouts")
    op.drop_table("till_payouts")
    op.drop_index("ix_till_sessions_opened_at", table_name="till_sessions")
    op.drop_index("ix_till_sessions_store_station", table_name="till_sessions")
    op.drop_table("till_sessions")
