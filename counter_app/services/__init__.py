"""Business rules in plain Python (no Qt), one package per domain.

Public functions that take a ``Database`` and an ``Actor`` are units of work: each opens one
transaction, validates, writes, records the ticket event or audit row, and commits once.
Functions that take a ``Session`` are helpers inside someone else's unit of work (the caller
owns the transaction). Domain packages: base (shared helpers and data classes), shop
(settings), tickets, people, money, warranty, stock, aftercare, appointments, reporting,
stores and data_io.
"""
