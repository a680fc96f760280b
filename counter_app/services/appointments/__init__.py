"""Appointments: booked drop-offs and on-site visits, and a visit becoming a ticket."""
