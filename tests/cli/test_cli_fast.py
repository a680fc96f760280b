"""The command line is called once per action by scripts (issue 28): `--help` is answered
from the SUMMARIES table without importing any subcommand, and a command loads only what
it runs (no Qt unless printing, no PostgreSQL dialect on a SQLite shop)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, run_cli

PROBE = (
    "import json, sys\n"
    "from counter_app.cli import main\n"
    "try:\n"
    "    code = main(sys.argv[1:])\n"
    "except SystemExit as exc:\n"
    "    code = exc.code\n"
    "print(json.dumps([code, sorted(sys.modules)]))\n"
)


def _modules(*argv: str) -> tuple[int, list[str], str]:
    env = dict(os.environ, COUNTER_USER="manager")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    code, modules = json.loads(proc.stdout.splitlines()[-1])
    return code, modules, proc.stdout


def test_the_summaries_table_is_true():
    from counter_app.cli import SUMMARIES, command_summaries

    assert command_summaries() == SUMMARIES


def test_help_lists_every_command_as_the_whole_parser_does():
    from counter_app.cli import build_parser, summary_parser

    assert summary_parser().format_help() == build_parser().format_help()
    assert summary_parser().format_usage() == build_parser().format_usage()


def test_help_imports_no_command_database_or_log():
    code, modules, out = _modules("--help")
    assert code == 0 and "ticket" in out and "appointment" in out
    loaded = [m for m in modules if m.startswith(("counter_app.", "sqlalchemy", "PySide6"))]
    assert sorted(loaded) == ["counter_app.cli", "counter_app.cli.common"]
    assert "logging" not in modules


def test_a_mistake_at_the_top_is_one_line_and_exit_2():
    wrong = run_cli("tickt", "show", "T1")
    assert wrong.returncode == 2 and "invalid choice: 'tickt'" in wrong.stderr
    assert wrong.stderr.count("\n") == 1


def test_ticket_show_on_sqlite_loads_no_qt_no_printing_no_postgresql(tmp_path):
    path = tmp_path / "shop.sqlite3"
    assert run_cli("init", db_path=path).returncode == 0
    code, modules, out = _modules("ticket", "show", "T000000-999", "--db", str(path))
    assert code == 2  # no such ticket: the command ran its lookup
    unwanted = [
        m
        for m in modules
        if m.startswith(("PySide6", "counter_app.printing", "sqlalchemy.dialects.postgresql"))
        or m.startswith(("psycopg", "asyncpg"))
    ]
    assert unwanted == []
