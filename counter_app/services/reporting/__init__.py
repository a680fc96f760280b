"""The manager's reports: the daily close and the monthly staff assessment."""
