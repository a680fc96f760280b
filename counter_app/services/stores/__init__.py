"""Stores of a chain on one database, and moving a shop onto a server or into a chain."""
