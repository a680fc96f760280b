"""hardening: sign-in lockout (failed attempts, locked until); SKUs unique in any case

Revision ID: 0006_hardening
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_hardening"
down_revision = "0004_appointments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    # A shop that already has SKUs differing only in case still upgrades (without the index;
    # the services refuse new clashes there too) rather than being locked out of its data.
    clash = (
        op.get_bind()
        .execute(sa.text("SELECT lower(sku) FROM parts GROUP BY lower(sku) HAVING count(*) > 1"))
        .first()
    )
    if clash is None:
        op.create_index("uq_parts_sku_lower", "parts", [sa.text("lower(sku)")], unique=True)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS uq_parts_sku_lower")
    if op.get_bind().dialect.name == "sqlite":
        # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild of users would drop a table that
        # every ticket refers to, which SQLite refuses while foreign keys are enforced.
        op.execute("ALTER TABLE users DROP COLUMN locked_until")
        op.execute("ALTER TABLE users DROP COLUMN failed_sign_ins")
        return
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_sign_ins")
