"""The window opens with only its first page built: every other page is built, and reads
the database, the first time it is shown; it then works as if it had always been there."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from counter_app.ui.main_window import MainWindow
from tests.services.helpers import take_in


def test_pages_are_built_when_first_shown_and_work(qtbot, db, staff):
    QSettings().setValue("window/page", "intake")
    no = take_in(db, staff.clerk)
    main = MainWindow(db, staff.manager)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert main.current_page() == "intake"
    later = ["board", "ticket", "device", "customers", "parts", "reports", "aftercare"]
    assert not any(main.pages.built(key) for key in later)
    assert main.stack.currentWidget() is main.intake
    main.nav.setCurrentRow(1)  # the clerk clicks "Job board"
    assert main.pages.built("board") and main.stack.currentWidget() is main.board
    main.board.poll.stop()
    qtbot.waitUntil(lambda: main.board.model.rowCount() == 1)
    assert main.board.model.rows[0].ticket_no == no
    assert main.windowTitle().startswith("Job board")
    main.nav.setCurrentRow(5)  # "Parts", by the same list row as before
    parts = main.pages["parts"]
    assert main.stack.currentWidget() is parts and parts.isVisible()
    assert main.stack.indexOf(parts) == 5 and main.stack.count() == main.nav.count()
    assert not main.pages.built("reports")
    main.open_ticket(no)  # another page asks for the ticket page: built on demand
    qtbot.waitUntil(main.pages["ticket"].idle)
    assert main.current_page() == "ticket"
    assert main.pages["ticket"].detail.ticket_no == no
