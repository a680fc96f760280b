"""No database work on the GUI thread once the window is up.

Every test builds the main window, shows it, lets its start-up reads finish, then switches
on a watch of the database's entry points (Database.read / lookup / write and the engine's
connect: tests/ui/db_guard.py) and drives one page as a clerk or manager would. Any query a
widget makes outside the background runner is recorded with the place it came from, and
the test fails listing them. While a page's write runs, its actions are disabled and the
pointer shows the application is busy."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from counter_app.demo import shop as demo
from counter_app.services.appointments import booking as appointments
from counter_app.services.appointments.booking import AppointmentData
from counter_app.services.people import customers
from counter_app.services.stock import inventory
from counter_app.services.stock.inventory import PartData
from counter_app.services.tickets import jobs as tickets
from counter_app.timeutil import local_today, utcnow
from counter_app.ui import operations
from counter_app.ui.main_window import MainWindow
from counter_app.ui.pages import job_board
from tests.services.aftercare_helpers import move_collection
from tests.services.helpers import collect, take_in
from tests.ui.db_guard import watch_ui_thread


@pytest.fixture
def guard(db, monkeypatch):
    with watch_ui_thread(db, monkeypatch) as seen:
        yield seen


@pytest.fixture
def shown(qtbot, db, staff, guard):
    """The main window as the manager, on screen, start-up reads done; from here on any
    database call on the GUI thread is recorded."""
    main = MainWindow(db, staff.manager)
    qtbot.addWidget(main)
    main.board.poll.stop()
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: operations.running() == 0)
    guard.watching = True
    yield main
    qtbot.waitUntil(lambda: operations.running() == 0)  # every answer delivered
    guard.watching = False
    main.show_page("intake")  # the page saved at close, for the tests that follow


def no_calls(guard) -> None:
    assert guard.calls == [], "database calls on the GUI thread:\n" + "\n".join(guard.calls)


def test_the_guard_sees_a_widget_query_on_the_gui_thread_not_one_in_the_background(
    db, staff, guard
):
    take_in(db, staff.clerk)
    model = job_board.JobBoardModel(db)
    guard.watching = True
    tickets.job_board_count(db, tickets.BoardFilter())  # the test's own check: not the GUI's
    worker = threading.Thread(target=model.reload)  # a widget's read, off the GUI thread
    worker.start()
    worker.join()
    assert guard.calls == [] and model.rowCount() == 1
    model.reload()  # the same read on the GUI thread: seen, with where it came from
    assert len(guard.calls) == 1
    assert guard.calls[0].startswith("Database.lookup() from jobs.py")
    assert "job_board.py" in guard.calls[0] and "reload" in guard.calls[0]
    # The main thread keeps its lookup connection (Database.lookup), taken by the test's own
    # check above; once let go of, the GUI thread's next read is seen taking one too.
    db.close()
    model.reload()
    assert guard.calls[1].startswith("Database.lookup() from jobs.py")
    assert guard.calls[2].startswith("engine.connect()")


def test_board_sort_and_scrolling_fetch_more_stay_off_the_gui_thread(
    qtbot, qtmodeltester, db, staff, monkeypatch, guard
):
    monkeypatch.setattr(job_board, "PAGE", 7)
    demo.fill(db, tickets=300, seed=8, days=10)
    main = MainWindow(db, staff.manager)
    qtbot.addWidget(main)
    main.board.poll.stop()
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: operations.running() == 0)
    guard.watching = True
    board, model = main.board, main.board.model
    main.show_page("board")
    qtbot.waitUntil(lambda: board.idle() and model.rowCount() > 0)
    qtmodeltester.check(model)  # watches every change from here on
    loaded = model.rowCount()
    assert model.canFetchMore()  # more open tickets than the view asked for
    board.view.scrollToBottom()  # the view asks for more rows: read in the background
    assert model.busy() and operations.shows_busy()
    qtbot.waitUntil(lambda: board.idle() and model.rowCount() > loaded)
    board.view.selectRow(3)
    chosen = board.selected_ticket()
    board.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert operations.shows_busy()  # the pointer says the board is being read
    qtbot.waitUntil(board.idle)
    numbers = [r.ticket_no for r in model.rows]
    assert numbers == sorted(numbers, reverse=True)
    assert board.selected_ticket() == chosen  # the ticket stays selected, not the row
    assert board.view.currentIndex().row() == numbers.index(chosen)
    assert not operations.shows_busy()
    no_calls(guard)


def test_a_warranty_tab_write_runs_in_the_background_one_at_a_time(qtbot, db, staff, shown, guard):
    no = take_in(db, staff.clerk)
    shown.open_ticket(no)
    page = shown.pages["ticket"]
    qtbot.waitUntil(lambda: page.idle() and page.detail is not None)
    panel = page.warranty_panel
    page.tabs.setCurrentWidget(panel)
    panel.exclusion.setCurrentIndex(panel.exclusion.findData("liquid"))
    panel.reason.setText("corrosion on the board")
    qtbot.mouseClick(panel.finding_button, Qt.MouseButton.LeftButton)
    # while it is written: the page is busy and offers no second write
    assert page.busy and page.busy_label.isVisibleTo(page) and operations.shows_busy()
    assert not panel.promise_button.isEnabled() and not page.assign_button.isEnabled()
    assert not panel.change_promise()  # a second write is not started
    qtbot.waitUntil(lambda: page.idle() and "liquid damage" in panel.summary.text())
    assert tickets.detail(db, staff.clerk, no).warranty_exclusion == "liquid"
    assert panel.promise_button.isEnabled() and panel.reason.text() == ""
    no_calls(guard)


def test_reports_run_off_the_gui_thread(qtbot, db, staff, shown, guard):
    no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, no, "300")
    shown.show_page("reports")
    page = shown.pages["reports"]
    qtbot.waitUntil(lambda: page.daily_report is not None, timeout=10000)
    assert "net takings" in page.summary.text()
    page.run_monthly()
    qtbot.waitUntil(lambda: page.monthly_report is not None, timeout=10000)
    no_calls(guard)


def test_settings_dialog_loads_and_saves_off_the_gui_thread(
    qtbot, db, staff, shown, guard, monkeypatch
):
    from counter_app.services.shop import settings
    from counter_app.ui.dialogs.settings_dialog import SettingsDialog

    def fill_in_and_save(dialog: SettingsDialog) -> int:
        dialog.show()
        qtbot.waitUntil(dialog.idle)  # the shop's values arrive in the background
        assert dialog.editors["time_zone"].text() == "Asia/Shanghai"
        dialog.editors["store_name"].setText("华强北二店")
        dialog.save()
        assert not dialog.save_button.isEnabled() and operations.shows_busy()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", fill_in_and_save)
    shown.edit_settings()
    assert shown.store_name == "华强北二店" and "华强北二店" in shown.windowTitle()
    assert settings.get_all(db)["store_name"] == "华强北二店"
    no_calls(guard)


def test_erasing_a_customer_runs_in_the_background(qtbot, db, staff, shown, guard, monkeypatch):
    take_in(db, staff.clerk)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    shown.show_page("customers")
    page = shown.pages["customers"]
    page.search.setText("5678")
    page.refresh()
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() == 1)
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.tickets.count() == 1)  # their tickets, read in the background
    customer_id = page.model.row_at(0).id
    qtbot.mouseClick(page.anonymise_button, Qt.MouseButton.LeftButton)
    assert not page.anonymise_button.isEnabled() and not page.edit_button.isEnabled()
    qtbot.waitUntil(lambda: not page.writes.busy and page.idle())
    assert page.anonymise_button.isEnabled()
    assert customers.find_by_phone(db, "13812345678") is None
    assert all(c.id != customer_id or not c.phone for c in customers.search(db, "5678"))
    no_calls(guard)


def test_parts_page_lists_and_shows_movements_off_the_gui_thread(qtbot, db, staff, shown, guard):
    inventory.create_part(
        db, staff.inventory, PartData(sku="BAT-9", name="Battery 9", cost="20", price="80")
    )
    inventory.receive(db, staff.inventory, "BAT-9", 3)
    shown.show_page("parts")
    page = shown.pages["parts"]
    qtbot.waitUntil(lambda: page.idle() and page.model.rowCount() == 1)
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.movements_model.rowCount() == 1)
    assert "60.00" in page.valuation.text()
    no_calls(guard)


def test_after_care_calls_complaints_and_consultations_off_the_gui_thread(
    qtbot, db, db_path, staff, shown, guard
):
    no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, no)
    move_collection(db, db_path, no, utcnow() - timedelta(days=8))
    shown.show_page("aftercare")
    page = shown.pages["aftercare"]
    qtbot.waitUntil(lambda: page.calls_model.rowCount() == 1)
    page.calls_view.selectRow(0)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert not page.record_button.isEnabled()  # one write at a time: the reveal is audited
    qtbot.waitUntil(lambda: page.full_phone.text() == "138 1234 5678")
    page.score.setValue(2)
    page.comment.setText("Screen flickers again")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Complaint" in page.call_message.text())
    qtbot.waitUntil(lambda: page.complaints_model.rowCount() == 1)
    page.complaints_view.setCurrentIndex(page.complaints_model.index(0, 0))
    qtbot.waitUntil(lambda: ": Open" in page.complaint_detail.text())  # its history
    page.tabs.setCurrentIndex(2)
    page.caller.setText("王先生")
    page.caller_phone.setText("13912345678")
    page.question.setPlainText("How much is a new battery?")
    page.save_consultation()
    qtbot.waitUntil(lambda: page.consultations_model.rowCount() == 1)
    no_calls(guard)


def test_schedule_page_reads_and_changes_off_the_gui_thread(qtbot, db, staff, shown, guard):
    day = local_today("Asia/Shanghai") + timedelta(days=2)
    info = appointments.add(
        db,
        staff.clerk,
        AppointmentData(
            name="王芳",
            phone="13912345678",
            kind="onsite",
            at=f"{day.isoformat()} 10:00",
            address="徐汇区漕溪北路88号",
            engineer="li",
            fault="Lock offline",
        ),
    )
    shown.show_page("schedule")
    page = shown.pages["schedule"]
    page.day.setDate(QDate(day))
    qtbot.waitUntil(lambda: page.idle() and page.select_appointment(info.id))
    qtbot.mouseClick(page.buttons["confirm"], Qt.MouseButton.LeftButton)
    assert not page.buttons["cancel"].isEnabled()  # one change at a time
    qtbot.waitUntil(lambda: page.idle() and page.selected().status == "confirmed")
    assert appointments.get(db, info.id).status == "confirmed"
    page.mode.setCurrentIndex(page.mode.findData("week"))
    qtbot.waitUntil(lambda: page.idle() and page.views.currentWidget() is page.week_view)
    no_calls(guard)


def test_intake_ticket_actions_and_search_stay_off_the_gui_thread(qtbot, db, staff, shown, guard):
    first = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, first)
    form = shown.intake
    shown.show_page("intake")
    qtbot.keyClicks(form.phone, "13812345678")
    form.look_up_phone()  # what the phone field's timer does
    qtbot.waitUntil(lambda: form.name.text() == "张伟")
    form.brand.setCurrentText("Xiaomi")  # its models complete the model field
    qtbot.keyClicks(form.imei, "490154203237518")
    qtbot.waitUntil(lambda: form.model_edit.text() == "iPhone 13")  # the known device
    form.fault.insertPlainText("battery drains")
    with qtbot.waitSignal(form.saved) as saved:
        form.save()
    ticket_no = saved.args[0]
    shown.open_ticket(ticket_no)
    page = shown.pages["ticket"]
    qtbot.waitUntil(lambda: page.idle() and page.detail is not None)
    page.note.setText("customer will call at 5")
    page.add_note()
    assert page.busy and not page.note.isEnabled()  # one write at a time
    qtbot.waitUntil(
        lambda: page.idle() and any(e.note == "customer will call at 5" for e in page.detail.events)
    )
    shown.search(first)  # Ctrl+F with a ticket number
    qtbot.waitUntil(lambda: page.idle() and page.detail.ticket_no == first)
    shown.search("490154203237518")  # a known IMEI: its history
    qtbot.waitUntil(lambda: shown.current_page() == "device")
    device = shown.pages["device"]
    qtbot.waitUntil(lambda: device.model.rowCount() == 2)
    no_calls(guard)


def test_dialogs_read_and_write_off_the_gui_thread(qtbot, db, staff, shown, guard, tmp_path):
    from counter_app.ui import file_dialogs, print_actions
    from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog
    from counter_app.ui.dialogs.customer_edit_dialog import CustomerEditDialog
    from counter_app.ui.dialogs.sign_in import SignInDialog

    no = take_in(db, staff.clerk)
    customer = customers.find_by_phone(db, "13812345678")
    edit = CustomerEditDialog(db, staff.clerk, customer, shown)
    qtbot.addWidget(edit)
    edit.phone.setText("12")
    assert edit.save()
    assert not edit.save()  # the first save is still running: a second is not started
    qtbot.waitUntil(lambda: not edit.writes.busy)
    assert not edit.errors["phone"].isHidden()  # refused, shown under the phone
    edit.email.setText("zhang@example.com")
    edit.phone.setText("138 1234 5678")
    with qtbot.waitSignal(edit.accepted):
        edit.save()
    assert customers.find_by_phone(db, "13812345678").email == "zhang@example.com"

    complaint = ComplaintDialog(db, staff.clerk, shown, ticket_no=no)
    qtbot.addWidget(complaint)
    qtbot.waitUntil(lambda: complaint.staff_listed)
    complaint.description.setPlainText("Waited an hour")
    with qtbot.waitSignal(complaint.accepted):
        complaint.save()
    assert complaint.result_info is not None and complaint.result_info.ticket_no == no

    sign_in = SignInDialog(db, shown, preselect="amy")
    qtbot.addWidget(sign_in)
    qtbot.waitUntil(lambda: sign_in.listed)
    with qtbot.waitSignal(sign_in.accepted):
        sign_in.try_sign_in()
    assert sign_in.actor is not None and sign_in.actor.username == "amy"

    target = tmp_path / "slip.pdf"
    saved = []
    qtbot_patch = pytest.MonkeyPatch()
    qtbot_patch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    try:
        print_actions.save_pdf(shown, db, staff.clerk, "intake", no, saved.append)
        qtbot.waitUntil(lambda: saved == [target], timeout=10000)
    finally:
        qtbot_patch.undo()
    assert target.read_bytes().startswith(b"%PDF")
    no_calls(guard)


def test_a_page_starts_one_write_at_a_time(qtbot, db, staff):
    """OneWrite: while a write runs the page's actions are disabled and a second write is
    refused; the widgets come back when the answer arrives, a refusal is said."""
    from PySide6.QtWidgets import QLabel, QPushButton, QWidget

    from counter_app.ui.page_writes import OneWrite, say

    no = take_in(db, staff.clerk)
    page = QWidget()
    qtbot.addWidget(page)
    save, never = QPushButton(page), QPushButton(page)
    never.setEnabled(False)  # e.g. not allowed for this role: stays disabled
    message = QLabel(page)
    writes = OneWrite(page, lambda: [save, never])
    release = threading.Event()

    def slow_note(text: str) -> None:
        release.wait(5)
        tickets.add_note(db, staff.clerk, no, text)

    assert writes.run(slow_note, "first", on_refused=say(message))
    assert writes.busy and not save.isEnabled() and operations.shows_busy()
    assert not writes.run(slow_note, "second")  # refused while the first runs
    release.set()
    qtbot.waitUntil(lambda: not writes.busy)
    assert save.isEnabled() and not never.isEnabled() and not operations.shows_busy()
    notes = [e.note for e in tickets.detail(db, staff.clerk, no).events if e.kind == "note"]
    assert notes == ["first"]
    assert writes.run(tickets.add_note, db, staff.clerk, no, "", on_refused=say(message))
    qtbot.waitUntil(lambda: not writes.busy)
    assert message.text()  # the refusal (an empty note), translated, in the page's label


def test_a_dropoff_saved_while_the_schedule_is_writing_is_closed_right_after(
    qtbot, db, staff, monkeypatch
):
    from counter_app.ui.pages.schedule_page import SchedulePage

    day = local_today("Asia/Shanghai") + timedelta(days=1)
    info = appointments.add(
        db,
        staff.clerk,
        AppointmentData(
            name="王芳", phone="13912345678", kind="dropoff", at=f"{day.isoformat()} 10:00"
        ),
    )
    appointments.confirm(db, staff.clerk, info.id)
    monkeypatch.setattr(appointments, "utcnow", lambda: info.starts_at)
    appointments.arrive(db, staff.clerk, info.id)
    ticket_no = take_in(db, staff.clerk)
    page = SchedulePage(db, staff.clerk)
    qtbot.addWidget(page)
    page.pending_dropoff = info.id
    release = threading.Event()
    assert page.writes.run(release.wait, 5)  # another change of the page is running
    page.intake_saved(ticket_no)
    assert appointments.get(db, info.id).status == "arrived"  # not interleaved with it
    release.set()
    qtbot.waitUntil(lambda: appointments.get(db, info.id).status == "done")
    assert appointments.get(db, info.id).ticket_no == ticket_no
    assert page.pending_dropoff is None


def test_no_page_reads_on_the_gui_thread_from_the_first_one_built(qtbot, db, staff, monkeypatch):
    """The watch is on before the window exists: building and first showing every page
    makes no database call on the GUI thread. (The start-up's own reads in attach, the
    store, the settings and the time zone, still run there: listed apart.)"""
    take_in(db, staff.clerk)
    with watch_ui_thread(db, monkeypatch) as seen:
        seen.watching = True
        main = MainWindow(db, staff.manager)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        for key in list(main.pages):
            main.show_page(key)
            qtbot.waitUntil(lambda: operations.running() == 0)
        seen.watching = False
    main.board.poll.stop()
    start_up = re.compile(r"(pc_store|get_all|time_zone_for) <- main_window\.py:\d+ attach ")
    pages = [call for call in seen.calls if not start_up.search(call)]
    assert len(seen.calls) - len(pages) <= 6  # the three start-up reads, each with its connect
    assert pages == [], "database calls on the GUI thread:\n" + "\n".join(pages)
    main.show_page("intake")
