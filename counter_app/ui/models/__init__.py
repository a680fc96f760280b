"""Qt item models over service queries: one declared-columns table model, and paged lists."""
