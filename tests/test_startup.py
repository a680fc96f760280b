"""Start-up stays light: a start on a database already at the newest schema does not load
Alembic, and the window opens without loading openpyxl, the demo generator, reports or
the printed documents (each is loaded when first used). A database that needs migrating
still gets migrated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

HEAVY = ("alembic", "openpyxl", "counter_app.demo.shop", "counter_app.services.reporting.reports")
LOADED = (
    "import json, sys\n"
    "heavy = {heavy!r}\n"
    "print(json.dumps(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') "
    "for h in heavy))))\n"
)


def _run(code: str, profile: Path) -> list[str]:
    # A fresh profile: the window opens on its first page, not on the page another test left.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(profile / "config"))
    proc = subprocess.run(
        [sys.executable, "-c", code + LOADED.format(heavy=HEAVY)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def _init(path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "counter_app", "--db", str(path), "init"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def test_opening_a_database_at_head_does_not_import_alembic(tmp_path):
    path = tmp_path / "shop.sqlite3"
    _init(path)
    loaded = _run(
        "from counter_app.db import Database\n"
        "from counter_app.config import sqlite_url\n"
        "import pathlib\n"
        f"Database(sqlite_url(pathlib.Path({str(path)!r}))).close()\n",
        tmp_path,
    )
    assert loaded == []


def test_the_main_window_opens_without_the_heavy_modules(tmp_path):
    path = tmp_path / "shop.sqlite3"
    _init(path)
    loaded = _run(
        "from counter_app.cli import main\n"
        f"code = main(['--db', {str(path)!r}, '--user', 'manager', '--smoke'])\n"
        "assert code == 0, code\n",
        tmp_path,
    )
    assert loaded == []


def test_a_new_database_is_still_migrated_with_alembic(tmp_path):
    path = tmp_path / "fresh.sqlite3"
    loaded = _run(
        "from counter_app.db import Database, migrations_head\n"
        "from counter_app.config import sqlite_url\n"
        "import pathlib\n"
        f"db = Database(sqlite_url(pathlib.Path({str(path)!r})))\n"
        "with db.engine.connect() as c:\n"
        "    v = c.exec_driver_sql('SELECT version_num FROM alembic_version').scalar()\n"
        "assert v == migrations_head(), v\n"
        "db.close()\n",
        tmp_path,
    )
    assert "alembic" in loaded


def test_the_head_read_from_the_files_is_alembics_head():
    from alembic.script import ScriptDirectory

    from counter_app.db import alembic_config, migrations_head

    assert migrations_head() == ScriptDirectory.from_config(alembic_config()).get_current_head()
