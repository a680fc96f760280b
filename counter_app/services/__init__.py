"""Business rules in plain Python (no Qt): each public function is one unit of work."""
