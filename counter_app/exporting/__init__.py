"""Excel export and import of parts, movements and reports (openpyxl)."""
