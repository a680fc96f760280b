"""python -m bench.pg_run [bench options]: the bench against a throwaway PostgreSQL server.

Starts a private server with the test suite's code (tests/pg.py: initdb + pg_ctl under a
temporary folder, unix socket only), makes an empty database, runs ``python -m bench --db
URL`` with the options given (the shop is built there by the demo generator), then stops
the server and removes its files. Needs the Debian `postgresql` package (`make system`).
"""

from __future__ import annotations

import sys

from bench.__main__ import main as bench_main
from tests.pg import PostgresServer


def main(argv: list[str] | None = None) -> int:
    server = PostgresServer()
    try:
        server.start()
        url = server.create_database()
        print(f"throwaway PostgreSQL database: {url}", file=sys.stderr)
        return bench_main(["--db", url, *(sys.argv[1:] if argv is None else argv)])
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
