"""round 4: the audit chain keeps only its key

Revision ID: 0020_r4_chain_index
Revises: 0019_event_note_codes

The index on (table_name, row_id) served no query (``audit verify`` walks the links in
order by their key) and cost every write transaction one more page to commit: dropped.
A downgrade makes it again.
"""

from __future__ import annotations

from alembic import op

revision = "0020_r4_chain_index"
down_revision = "0019_event_note_codes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_audit_chain_row", table_name="audit_chain")


def downgrade() -> None:
    op.create_index("ix_audit_chain_row", "audit_chain", ["table_name", "row_id"])
