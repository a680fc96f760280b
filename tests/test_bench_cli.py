"""The command line's bench cases (bench/case_cli.py) run end to end on a small shop: each
call is a whole process on a copy of the shop, a write lands in that copy, never in the
bench's own file (speed is not asserted here)."""

import sqlite3

import pytest

import bench.harness as harness
from bench import case_cli
from bench.harness import CASES, open_shop, run_case


@pytest.mark.slow  # builds the small shop (the demo's 20,000 parts) and runs ~20 processes
def test_cli_cases_time_whole_processes_on_a_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(harness, "RESULTS", tmp_path)
    shop = open_shop(300)
    try:
        wanted = {"cli --help", "cli ticket show --json", "cli ticket note"}
        cases = [c for c in CASES if c.name in wanted]
        assert {c.name for c in cases} == wanted
        results = {c.name: run_case(c, shop, repeat=1) for c in cases}
        for result in results.values():
            assert result.ours_ms > 0 and result.baseline_ms > 0
        copy = case_cli.cli_copy(shop)
        notes = (
            sqlite3.connect(copy)
            .execute("SELECT count(*) FROM ticket_events WHERE note LIKE 'bench note %'")
            .fetchone()[0]
        )
        assert notes >= 3  # the warm-up and the timed calls, two rounds
        untouched = shop.raw.execute(
            "SELECT count(*) FROM ticket_events WHERE note LIKE 'bench note %'"
        ).fetchone()[0]
        assert untouched == 0
        assert case_cli.kind_of("cli --help") == "help"
        assert case_cli.kind_of("cli ticket note") == "write"
        assert case_cli.kind_of("cli ticket show --json") == "read"
        assert case_cli.kind_of("ticket by number") is None
    finally:
        case_cli.remove_copies()
        shop.db.close()
        shop.raw.close()
