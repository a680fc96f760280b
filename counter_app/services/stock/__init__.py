"""The parts inventory as a ledger of stock movements, and faulty parts recovered from devices."""
