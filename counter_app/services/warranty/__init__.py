"""The warranty engine (one decision for every screen), its inputs and records, and returns and exchanges."""
