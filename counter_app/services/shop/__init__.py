"""The shop's own rules and settings: settings declared once with their defaults, plausibility limits, working days and holidays."""
