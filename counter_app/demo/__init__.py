"""The demo shop: realistic sample staff, parts, customers, tickets and after-care, made through the services. Not part of a real shop's work: it runs only on a new, empty database."""
