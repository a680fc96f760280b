"""The window's daily backup runs in the background after the window is shown, and a
failure (here: the second folder cannot be written) is shown, never silent."""

from __future__ import annotations

from counter_app.services.shop import settings
from counter_app.ui import app, operations


def test_the_daily_backup_is_made_in_the_background_and_a_failed_copy_is_shown(
    qtbot, window, db, staff, tmp_path, monkeypatch
):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the second folder should be")
    settings.update(db, staff.manager, {"backup_copy_folder": str(blocked)})
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    timer = app._start_daily_backup(window, db)

    qtbot.waitUntil(lambda: bool(shown))
    assert "The daily backup could not be written" in shown[0]
    assert str(blocked) in shown[0]
    made = list((db.path.parent / "backups").glob("counter-backup-*.sqlite3"))
    assert len(made) == 1  # the backup on the PC itself was made and kept

    # Checked again every hour while the window stays open; the same failure is said once.
    assert timer.isActive() and timer.interval() == app.BACKUP_CHECK_MS
    for backup_path in made:
        backup_path.unlink()  # as if a day had passed
    timer.timeout.emit()
    qtbot.waitUntil(lambda: len(list((db.path.parent / "backups").glob("*.sqlite3"))) == 1)
    qtbot.waitUntil(lambda: not operations.running())
    assert len(shown) == 1
