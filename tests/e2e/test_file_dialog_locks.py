"""The window's SQLite locks survive every file dialog (real display: Xvfb + openbox).

Closing any descriptor of a file drops every POSIX lock the process holds on it; a file
dialog that opens ``shop.db``/``-wal``/``-shm`` to sniff their type would leave the window's
read transaction unprotected (another program may then checkpoint and delete the WAL).
Every dialog of the app is made by ``counter_app.ui.file_dialogs`` (checked below), so the
app's dialogs are the save and open dialogs it makes; the bare Qt dialog is measured too, to
show the measurement sees the problem."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

from tests.conftest import ROOT
from tests.e2e.conftest import XServer

# Runs as its own process on the X server: the shop open with a read transaction held (as
# the window's lookups hold one), then each dialog shown on the shop's folder until its
# listing is loaded and the background icon lookups have had time to run; prints the
# process's lock count on the database files before and after each dialog.
DRIVER = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from counter_app.db import Database
from counter_app.config import sqlite_url
from counter_app.ui import file_dialogs
from sqlalchemy import text

folder = Path(sys.argv[1])
db = Database(sqlite_url(folder / "shop.db"))
app = QApplication(sys.argv[:1])
from counter_app.ui.operations import collect_on_gui_thread
collect_on_gui_thread(app)  # as the app does (ui/app.py)

def locks():
    inodes = {p.stat().st_ino for p in folder.iterdir() if p.name.startswith("shop.db")}
    count = 0
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.replace("->", "").split()
        pid, where = fields[4], fields[5]
        if int(pid) == os.getpid() and int(where.split(":")[2]) in inodes:
            count += 1
    return count

def settle(dialog):
    # The listing loaded, then the icon/type lookups (a background thread) given a second.
    end = time.monotonic() + 20
    views = []
    while time.monotonic() < end:
        app.processEvents()
        from PySide6.QtWidgets import QAbstractItemView
        here = dialog.directory().absolutePath() == str(folder)
        views = [v for v in dialog.findChildren(QAbstractItemView) if here
                 and v.model() is not None and v.model().rowCount(v.rootIndex()) >= 1]
        if views:
            break
        time.sleep(0.02)
    end = time.monotonic() + 1.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    return bool(views)

results = {}
with db.lookup() as conn:
    conn.execute(text("SELECT count(*) FROM tickets")).all()
    def measure(name, make):
        before = locks()
        dialog = make()
        def look():
            listed = settle(dialog)
            results[name] = {"before": before, "during": locks(), "listed": listed}
            dialog.reject()
        QTimer.singleShot(0, look)
        dialog.exec()
        for _ in range(20):
            app.processEvents()
        results[name]["after"] = locks()

    from PySide6.QtWidgets import QFileDialog as Shown
    from counter_app.services.people import users
    from counter_app.ui import print_actions
    from counter_app.ui.dialogs.import_wizard import ImportWizard
    from counter_app.ui.pages.parts_page import PartsPage

    actor = users.get_actor(db, "manager")

    def measure_call(name, call):
        # The app's own action: it opens its dialog and waits in exec() until rejected.
        before = locks()
        def look():
            dialog = app.activeModalWidget()
            if not isinstance(dialog, Shown):
                QTimer.singleShot(20, look)
                return
            listed = settle(dialog)
            results[name] = {"before": before, "during": locks(), "listed": listed}
            dialog.reject()
        QTimer.singleShot(0, look)
        call()
        for _ in range(20):
            app.processEvents()
        results[name]["after"] = locks()

    parts = PartsPage(db, actor)
    wizard = ImportWizard(db, actor)
    measure_call("Parts: Export to Excel", parts.export)
    measure_call("Parts: Import", parts.import_file)
    measure_call("Import records: choose the file", wizard.choose_file)
    measure_call("Import records: save a template", wizard.save_template)
    measure_call(
        "Ticket: Save as PDF", lambda: print_actions.save_pdf(None, db, actor, "intake", "T1")
    )
    start = str(folder / "export.xlsx")
    measure("save", lambda: file_dialogs.make_dialog(None, "Save", start, "", save=True))
    measure("open", lambda: file_dialogs.make_dialog(None, "Open", str(folder), "", save=False))
    def bare():
        dialog = QFileDialog(None, "bare", str(folder))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        return dialog
    measure("bare Qt dialog", bare)
print(json.dumps(results), flush=True)
# PySide's QFileDialog drops references to None (about 60 per dialog shown, a plain
# QFileDialog too): after this many dialogs the interpreter's final collection can abort.
# The measurement is printed; leave without that final collection.
os._exit(0)
"""


def test_file_dialogs_keep_the_database_locks(xserver: XServer, tmp_path, template_db) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    shutil.copy(template_db, folder / "shop.db")
    (folder / "notes.txt").write_text("a file beside the shop\n")
    (folder / "old").mkdir()  # every dialog lists something, whatever its file filter
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(folder)],
        # The dialogs start in the shop's folder: the working folder, and "home" for those
        # that suggest a file there.
        env={
            **xserver.env,
            "QT_QPA_PLATFORM": "xcb",
            "PYTHONPATH": str(ROOT),
            "HOME": str(folder),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        },
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout.strip().splitlines()[-1])
    app_dialogs = [name for name in results if name not in ("save", "open", "bare Qt dialog")]
    assert len(app_dialogs) == 5, results
    for name in [name for name in results if name != "bare Qt dialog"]:  # in order shown
        seen = results[name]
        assert seen["listed"], f"the {name} dialog did not list the shop's folder"
        assert seen["before"] > 0, "the read transaction holds locks"
        assert seen["during"] == seen["before"] == seen["after"], (name, seen)
    # The measurement sees the problem: Qt's dialog as it comes drops them.
    bare = results["bare Qt dialog"]
    assert bare["before"] > 0 and bare["after"] < bare["before"], bare


def test_every_file_dialog_is_made_by_the_one_helper() -> None:
    """No page or dialog builds a QFileDialog of its own (it would sniff the files again)."""
    helper = ROOT / "counter_app" / "ui" / "file_dialogs.py"
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "counter_app").rglob("*.py")
        if path != helper and re.search(r"\bQFileDialog\b", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
