"""round 3 after-sales: customer messages, loaner phones, part claims, the customer's
address, an on-site visit's outcome and the consultation it was booked from

Revision ID: 0018_r3_messages
Revises: 0017_r3_rules

New tables and nullable (or defaulted) columns only: every existing row stays as it was (a
visit done before this had no recorded outcome).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018_r3_messages"
down_revision = "0017_r3_rules"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN on both engines: a SQLite batch rebuild would drop tables that other
    # rows refer to.
    op.add_column("customers", sa.Column("address", sa.Text(), nullable=False, server_default=""))
    op.add_column("appointments", sa.Column("outcome", sa.String(length=10), nullable=True))
    fk = "fk_appointments_consultation_id_consultations"
    if op.get_bind().dialect.name == "sqlite":
        columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("appointments")}
        if "consultation_id" not in columns:  # else left by a downgrade (see below), empty
            op.execute(
                "ALTER TABLE appointments ADD COLUMN consultation_id INTEGER "
                f"CONSTRAINT {fk} REFERENCES consultations (id)"
            )
    else:
        op.add_column("appointments", sa.Column("consultation_id", sa.Integer(), nullable=True))
        op.create_foreign_key(fk, "appointments", "consultations", ["consultation_id"], ["id"])
    op.create_table(
        "customer_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_customer_messages_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_customer_messages_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_messages")),
    )
    op.create_index("ix_customer_messages_ticket_id", "customer_messages", ["ticket_id"])
    op.create_index("ix_customer_messages_at", "customer_messages", ["at"])
    op.create_table(
        "loaners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("imei", sa.String(length=15), nullable=False),
        sa.Column("deposit", sa.BigInteger(), nullable=False),
        sa.Column("out_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("out_by_id", sa.Integer(), nullable=False),
        sa.Column("back_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("back_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_loaners_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["out_by_id"], ["users.id"], name=op.f("fk_loaners_out_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["back_by_id"], ["users.id"], name=op.f("fk_loaners_back_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loaners")),
    )
    op.create_index("ix_loaners_ticket_id", "loaners", ["ticket_id"])
    op.create_index("ix_loaners_imei", "loaners", ["imei"])
    op.create_index("ix_loaners_out_at", "loaners", ["out_at"])
    op.create_table(
        "part_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("supplier", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["part_id"], ["parts.id"], name=op.f("fk_part_claims_part_id_parts")
        ),
        sa.ForeignKeyConstraint(
            ["ticket_id"], ["tickets.id"], name=op.f("fk_part_claims_ticket_id_tickets")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_part_claims_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_part_claims")),
    )
    op.create_index("ix_part_claims_part_id", "part_claims", ["part_id"])
    op.create_index("ix_part_claims_ticket_id", "part_claims", ["ticket_id"])


def downgrade() -> None:
    op.drop_table("part_claims")
    op.drop_table("loaners")
    op.drop_table("customer_messages")
    sqlite = op.get_bind().dialect.name == "sqlite"
    if not sqlite:
        op.drop_constraint(
            "fk_appointments_consultation_id_consultations", "appointments", type_="foreignkey"
        )
        op.drop_column("appointments", "consultation_id")
    else:  # SQLite cannot drop a column with a foreign key: emptied, left for the upgrade
        op.execute("UPDATE appointments SET consultation_id = NULL")
    for table, column in (
        ("appointments", "outcome"),
        ("customers", "address"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
