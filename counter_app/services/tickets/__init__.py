"""A job from intake to collection: intake, numbering, the workflow graph, quotes, totals, promises, beyond-repair outcomes, device history and the scan lookup."""
