"""Commands about one job: intake, tickets and their workflow, quotes, payments, returns, beyond repair, loaners, the board's list; also the shop's init, demo, users, settings, backup and restore."""
