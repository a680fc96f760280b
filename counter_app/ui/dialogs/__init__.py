"""Dialogs opened from the pages and menus: sign-in, settings, import, appointments, complaints, about."""
