"""The PySide6 user interface: main window, pages, dialogs, Qt item models."""
