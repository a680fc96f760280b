"""Data in and out of the shop: imports of existing records, backups and checked restores (SQLite and PostgreSQL)."""
