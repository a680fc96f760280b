"""Commands about the shop as a whole: customers, reports, stores of a chain, data in and out, moving to a server, upgrading the schema."""
