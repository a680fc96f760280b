"""A window start loads only what its first page needs: no subcommand's module (the command
line of a window start is read without building every subcommand's parser), no other page,
no phone-number metadata (loaded when a number is first checked or shown)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, run_cli

PROBE = (
    "import json, sys\n"
    "from counter_app.cli import main\n"
    "code = main(['--db', sys.argv[1], '--user', 'manager', '--smoke'])\n"
    "print(json.dumps([code, sorted(sys.modules)]))\n"
)


def test_a_window_start_loads_only_the_first_page(tmp_path):
    path = tmp_path / "shop.sqlite3"
    made = run_cli("init", db_path=path)
    assert made.returncode == 0, made.stderr
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "main window shown" in proc.stdout
    code, modules = json.loads(proc.stdout.splitlines()[-1])
    assert code == 0
    assert "counter_app.ui.pages.intake_form" in modules
    unwanted = [
        name
        for name in modules
        if name.startswith(("counter_app.cli.", "phonenumbers"))
        and name != "counter_app.cli.common"
        or name
        in (
            "counter_app.ui.pages.ticket_page",
            "counter_app.ui.pages.parts_page",
            "counter_app.ui.pages.reports_page",
            "counter_app.ui.pages.aftercare_page",
            "counter_app.ui.pages.schedule_page",
            "counter_app.ui.pages.customers_page",
            "counter_app.ui.pages.device_history",
            "counter_app.ui.pages.today_appointments",
        )
    ]
    assert unwanted == []


def test_the_command_line_still_knows_every_subcommand(tmp_path):
    path = tmp_path / "shop.sqlite3"
    assert run_cli("init", db_path=path).returncode == 0
    shown = run_cli("ticket", "show", "T000000-999", db_path=path)
    assert shown.returncode == 2 and "No ticket T000000-999" in shown.stderr
    wrong = run_cli("--smokey", db_path=path)
    assert wrong.returncode == 2 and "--smokey" in wrong.stderr
    assert wrong.stderr.count("\n") == 1
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("counter-app ")
