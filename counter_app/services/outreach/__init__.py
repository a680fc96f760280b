"""Reaching customers: messages handed to the shop's sender (ready, quote, uncollected,
follow-up, maintenance) and the maintenance reminders list."""
