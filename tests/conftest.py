"""Fixtures: every test gets its own database (copied from one migrated template), the shop's
staff as actors, a CLI runner, and a snapshot of all rows for "nothing changed" checks."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Never touch the user's own folders from a test. Each pytest-xdist worker (`make test` runs
# two) gets its own, so two tests never share a QSettings file or a log.
_SANDBOX = Path(os.environ.setdefault("COUNTER_TEST_HOME", str(ROOT / "build" / "test-home")))
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if WORKER:
    _SANDBOX = _SANDBOX / WORKER
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_STATE_HOME"] = str(_SANDBOX / "state")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ["COUNTER_LOG_DIR"] = str(_SANDBOX / "log")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("COUNTER_DB_URL", None)
os.environ.pop("COUNTER_USER", None)

from sqlalchemy.engine import make_url  # noqa: E402

from counter_app.config import sqlite_url  # noqa: E402
from counter_app.db import Database  # noqa: E402
from counter_app.services.base.dto import Actor  # noqa: E402
from counter_app.services.people import users as user_service  # noqa: E402
from tests.pg import SUPERUSER, pg_url, postgres_server  # noqa: E402, F401  (fixtures)


@dataclass(frozen=True)
class Staff:
    manager: Actor
    clerk: Actor
    technician: Actor
    inventory: Actor


@pytest.fixture(scope="session", autouse=True)
def _qt_application(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the session, made first (printing code would otherwise make a
    QGuiApplication), named like the real app so QSettings land in the test sandbox, in
    English with its plural forms installed as the app does at start-up."""
    from counter_app import i18n
    from counter_app.printing.qt import name_application

    name_application(qapp)
    i18n.install("en")
    from counter_app.ui.operations import collect_on_gui_thread

    collect_on_gui_thread(qapp)  # as the app does: garbage collected on the GUI thread only
    return qapp


@pytest.fixture(autouse=True)
def _fresh_window_settings():  # type: ignore[no-untyped-def]
    """Each test's window starts as on a new PC: no size, state or page saved by an earlier
    test's window (the QSettings sandbox is shared by the session)."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QSettings().remove("window")
    yield
    # Tests that never run the event loop still get their garbage collected (here, on the
    # main thread, by the same thresholds the collector's timer uses).
    from counter_app.ui.operations import collect_on_gui_thread

    collect_on_gui_thread(QCoreApplication.instance()).check()


@pytest.fixture(autouse=True)
def _application_not_left_quitting():  # type: ignore[no-untyped-def]
    """A test that ends a run of the program in-process (run_gui's smoke close calls
    QApplication.exit) may leave Qt's "quit now" flag set when the exit came while no
    application loop ran: every later event loop of the session (a dialog's exec, a
    start-up step's wait) then returns at once. Qt clears the flag only when
    QApplication.exec() starts or ends: done here after such a test."""
    yield
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    app = QCoreApplication.instance()
    if app is None:
        return
    probe = QEventLoop()
    QTimer.singleShot(0, probe.quit)
    if probe.exec() == -1:  # returned at once: the flag is set
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        app.exec()


def _add_staff(db: Database) -> None:
    manager = user_service.ensure_default_manager(db)
    user_service.create_user(db, manager, "amy", "Amy Chen", "clerk")
    user_service.create_user(db, manager, "li", "Li Wei", "technician")
    user_service.create_user(db, manager, "zhao", "Zhao Min", "technician")
    user_service.create_user(db, manager, "kai", "Kai Lin", "inventory")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(sqlite_url(path))
    _add_staff(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """This test's own SQLite file: a copy of the template, or of the demo shop its
    ``demo_shop`` marker names."""
    path = tmp_path / "shop.sqlite3"
    marker = request.node.get_closest_marker("demo_shop")
    if marker is None:
        shutil.copy(template_db, path)
    else:
        shutil.copy(request.getfixturevalue("demo_shops").sqlite(marker.kwargs), path)
    return path


class DemoShops:
    """Demo shops (``demo.fill`` on a copy of the template) built once per session for each
    set of arguments, on SQLite and on PostgreSQL; a test marked
    ``@pytest.mark.demo_shop(tickets=..., seed=..., ...)`` gets its own copy as ``db``
    (and ``db_path``), and the shop's ``demo.fill`` summary as ``demo_summary``."""

    def __init__(self, folder: Path, template: Callable[[], Path]) -> None:
        self.folder, self.template = folder, template
        self.summaries: dict[tuple, dict[str, int]] = {}
        self._sqlite: dict[tuple, Path] = {}
        self._postgresql: dict[tuple, str] = {}

    @staticmethod
    def key(params: dict) -> tuple:
        return tuple(sorted(params.items()))

    def _fill(self, database: Database, params: dict) -> None:
        from counter_app.demo import shop as demo

        summary = demo.fill(database, **params)
        self.summaries.setdefault(self.key(params), summary)

    def sqlite(self, params: dict) -> Path:
        key = self.key(params)
        if key not in self._sqlite:
            path = self.folder / f"demo-{len(self._sqlite) + 1}" / "shop.sqlite3"
            path.parent.mkdir()
            shutil.copy(self.template(), path)
            database = Database(sqlite_url(path))
            self._fill(database, params)
            with database.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            database.close()
            self._sqlite[key] = path
        return self._sqlite[key]

    def postgresql(self, server, pg_template: str, params: dict) -> str:  # type: ignore[no-untyped-def]
        """The name of a PostgreSQL database holding the demo shop (a template to copy)."""
        key = self.key(params)
        if key not in self._postgresql:
            url = _copy_pg_database(server, pg_template)
            database = Database(url)
            self._fill(database, params)
            database.close()
            self._postgresql[key] = str(make_url(url).database)
        return self._postgresql[key]


@pytest.fixture(scope="session")
def demo_shops(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> DemoShops:
    # The SQLite template is asked for when needed: naming it would keep a test off PostgreSQL.
    return DemoShops(
        tmp_path_factory.mktemp("demo-shops"), lambda: request.getfixturevalue("template_db")
    )


@pytest.fixture
def demo_summary(db: Database, demo_shops: DemoShops, request: pytest.FixtureRequest) -> dict:
    """What ``demo.fill`` returned for the demo shop this test's ``demo_shop`` marker names."""
    marker = request.node.get_closest_marker("demo_shop")
    assert marker is not None, "demo_summary needs @pytest.mark.demo_shop(...)"
    return dict(demo_shops.summaries[DemoShops.key(marker.kwargs)])


# The database-touching tests run on SQLite and again on a throwaway PostgreSQL (tests/pg.py)
# that the run starts itself: COUNTER_TEST_ENGINES=sqlite runs SQLite only. A test that
# reads the SQLite file itself (db_path, cli, snapshot) or drives widgets stays on SQLite.
ENGINES = tuple(
    e.strip() for e in os.environ.get("COUNTER_TEST_ENGINES", "sqlite,postgresql").split(",")
)
_SQLITE_ONLY_FIXTURES = {"db_path", "cli", "qtbot", "template_db", "pg_url"}
_ran_on_postgresql: list[str] = []  # the outcome of each test run on PostgreSQL


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" not in metafunc.fixturenames:
        return
    names = set(metafunc.fixturenames)
    path = str(metafunc.definition.path)
    on_pg = (
        "postgresql" in ENGINES
        and not names & _SQLITE_ONLY_FIXTURES
        and metafunc.definition.get_closest_marker("sqlite_only") is None
        and "/tests/ui/" not in path
        and "/tests/e2e/" not in path
        and "/tests/printing/" not in path
    )
    engines = [e for e in ENGINES if e == "sqlite" or on_pg] or ["sqlite"]
    metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


# Scheduling (`make test` runs `pytest -n auto`, pytest-xdist): the tests that need a whole X
# display (tests/e2e) run one after another on one worker, as one unit of work scheduled
# first (the largest); every other test is a unit of its own, in the order below.
DISPLAY_GROUP = "tests/e2e/"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):  # type: ignore[no-untyped-def]
    from xdist.scheduler import LoadScopeScheduling

    class DisplayTestsTogether(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return DISPLAY_GROUP if nodeid.startswith(DISPLAY_GROUP) else nodeid

    return DisplayTestsTogether(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("engine") if callspec is not None else None
        if engine == "postgresql" or names & {"pg_url", "postgres_server"}:
            # Carried in the test's report, which under xdist reaches the main process.
            item.user_properties.append(("on_postgresql", True))
    # The same order in every worker (xdist requires it): slow tests first, those that keep
    # both cores busy last (when the real-display tests, scheduled first, are done: their
    # scanner types a key every few ms), otherwise as collected.
    items.sort(
        key=lambda item: (
            item.get_closest_marker("whole_machine") is not None,
            item.get_closest_marker("slow") is None,
        )
    )


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and ("on_postgresql", True) in report.user_properties:
        _ran_on_postgresql.append(report.outcome)


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if "postgresql" in ENGINES:
        terminalreporter.write_line(
            f"tests run on PostgreSQL: {len(_ran_on_postgresql)} "
            f"({_ran_on_postgresql.count('passed')} passed)"
        )


@pytest.fixture(scope="session")
def pg_template(request: pytest.FixtureRequest) -> str:
    """A migrated PostgreSQL shop with the same staff as ``template_db``; each test's
    database is a copy of it (CREATE DATABASE ... TEMPLATE)."""
    url = request.getfixturevalue("postgres_server").create_database()
    database = Database(url)
    _add_staff(database)
    database.close()
    return str(make_url(url).database)


def _copy_pg_database(server, template: str) -> str:  # type: ignore[no-untyped-def]
    return server.create_database(template=template)


@pytest.fixture
def db(engine: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    if engine == "postgresql":
        server = request.getfixturevalue("postgres_server")
        template = request.getfixturevalue("pg_template")
        marker = request.node.get_closest_marker("demo_shop")
        if marker is not None:
            template = request.getfixturevalue("demo_shops").postgresql(
                server, template, marker.kwargs
            )
        url = _copy_pg_database(server, template)
    else:
        url = sqlite_url(request.getfixturevalue("db_path"))
    database = Database(url)
    yield database
    database.close()


@pytest.fixture
def staff(db: Database) -> Staff:
    return Staff(
        manager=user_service.get_actor(db, "manager"),
        clerk=user_service.get_actor(db, "amy"),
        technician=user_service.get_actor(db, "li"),
        inventory=user_service.get_actor(db, "kai"),
    )


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted: equal snapshots mean nothing was written."""
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return json.loads(self.stdout)


# The CLI tests run `main()` in this process (a new Python per call cost most of the suite's
# time); COUNTER_TEST_CLI=subprocess runs every one as its own process again, as CI's
# bundle smoke test and the tests that need a process of their own (signals, faketime,
# environment, two programs at once) always do.
CLI_IN_PROCESS = os.environ.get("COUNTER_TEST_CLI", "in-process") != "subprocess"


def run_cli(
    *args: str,
    db_path: Path | None = None,
    user: str | None = None,
    own_process: bool = False,
) -> CliResult:
    """`counter-app ARGS [--db PATH] [--user USER]`: in this process unless ``own_process``."""
    argv = list(args)
    if db_path is not None:
        argv += ["--db", str(db_path)]
    if user is not None:
        argv += ["--user", user]
    if CLI_IN_PROCESS and not own_process:
        return run_in_process(argv)
    proc = subprocess.run(
        [sys.executable, "-m", "counter_app", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def run_in_process(argv: list[str], stdin: str = "") -> CliResult:
    """`main(argv)` as the program runs it: its own stdin (empty unless given), stdout and
    stderr; SystemExit read as the process's exit code; the test session's language (English)
    put back afterwards, since printing installs the shop's."""
    import contextlib
    import io

    from counter_app import i18n
    from counter_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    saved_stdin, saved_argv = sys.stdin, sys.argv
    sys.stdin, sys.argv = io.StringIO(stdin), ["counter-app", *argv]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as exc:
                if isinstance(exc.code, str):
                    err.write(exc.code + "\n")
                    code = 1
                else:
                    code = int(exc.code or 0)
    finally:
        sys.stdin, sys.argv = saved_stdin, saved_argv
        i18n.install("en")
    return CliResult(int(code or 0), out.getvalue(), err.getvalue())


@pytest.fixture
def cli(db_path: Path):  # type: ignore[no-untyped-def]
    """cli("intake", "--name", ...) runs `counter-app ... --db <this test's database>`."""

    def _run(*args: str, user: str | None = None) -> CliResult:
        return run_cli(*args, db_path=db_path, user=user)

    return _run
