"""Customers (lookup, edits, their own data, erasure, contact) and staff accounts (roles, passwords, sign-in)."""
