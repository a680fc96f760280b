"""Money taken and given back: payments, deposits and refunds."""
