"""The window's pages (intake, job board, ticket, device history, customers, parts, reports, after-care, schedule) and the panels they are made of."""
