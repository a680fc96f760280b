"""The After-care page: a call recorded from the keyboard, the complaints list and its
actions by role, the New complaint dialog, consultations with a callback."""

from datetime import timedelta

from PySide6.QtCore import Qt

from counter_app.services.aftercare import complaints, followups
from counter_app.timeutil import utcnow
from counter_app.ui.dialogs.complaint_dialog import ComplaintDialog
from counter_app.ui.pages import aftercare_page
from counter_app.ui.pages.aftercare_page import AftercarePage
from counter_app.ui.pages.customers_page import CustomersPage
from counter_app.ui.pages.ticket_page import TicketPage
from tests.services.aftercare_helpers import move_collection
from tests.services.helpers import collect, take_in


def collected_days_ago(db, db_path, staff, days: int) -> str:
    ticket_no = take_in(db, staff.clerk)
    collect(db, staff.clerk, staff.technician, ticket_no)
    move_collection(db, db_path, ticket_no, utcnow() - timedelta(days=days))
    return ticket_no


def loaded(qtbot, page):
    with qtbot.waitSignals([page.calls_loaded, page.complaints_loaded, page.consultations_loaded]):
        page.refresh()


def test_record_a_dissatisfied_call_by_keyboard(qtbot, qtmodeltester, db, db_path, staff):
    ticket_no = collected_days_ago(db, db_path, staff, 8)
    page = AftercarePage(db, staff.clerk)
    qtbot.addWidget(page)
    page.show()
    loaded(qtbot, page)
    qtmodeltester.check(page.calls_model)
    assert page.calls_model.rowCount() == 1
    call = page.current_call()
    assert call.ticket_no == ticket_no and call.overdue
    assert page.calls_model.index(0, 3).data() == "138****5678"
    assert "1 call due, 1 overdue" in page.calls_summary.text()
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.full_phone.text() == "138 1234 5678")  # in the background

    page.score.setFocus()
    qtbot.keyClick(page.score, Qt.Key.Key_Up)
    qtbot.keyClick(page.score, Qt.Key.Key_Up)
    assert page.score.value() == 2
    qtbot.keyClicks(page.comment, "Screen flickers again")
    with qtbot.waitSignal(page.calls_loaded):
        qtbot.keyClick(page.comment, Qt.Key.Key_Return)
    assert "Complaint" in page.call_message.text()
    assert page.calls_model.rowCount() == 0
    [complaint] = complaints.list_complaints(db, staff.clerk)
    assert complaint.ticket_no == ticket_no and complaint.description == "Screen flickers again"
    assert complaint.feedback_class == "dissatisfied_at_followup"
    with qtbot.waitSignal(page.complaints_loaded):
        page.refresh_complaints()
    assert page.complaints_model.rowCount() == 1
    assert page.complaints_model.index(0, 4).data() == "Dissatisfied at follow-up"


def test_not_reached_by_keyboard_comes_back_tomorrow(qtbot, db, db_path, staff):
    collected_days_ago(db, db_path, staff, 7)
    page = AftercarePage(db, staff.clerk)
    qtbot.addWidget(page)
    loaded(qtbot, page)
    qtbot.keyClick(page.reached, Qt.Key.Key_Down)
    assert page.reached.currentData() is False
    with qtbot.waitSignal(page.calls_loaded):
        qtbot.keyClick(page.comment, Qt.Key.Key_Return)
    assert "on the list again" in page.call_message.text()
    assert page.calls_model.rowCount() == 0
    tomorrow = followups.due_list(
        db, staff.clerk, followups.local_today("Asia/Shanghai") + timedelta(days=1)
    )
    assert [c.attempts for c in tomorrow] == [1]


def test_complaint_actions_follow_the_role(qtbot, db, db_path, staff):
    ticket_no = collected_days_ago(db, db_path, staff, 1)
    dialog = ComplaintDialog(db, staff.clerk, ticket_no=ticket_no)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.staff_listed)  # listed in the background
    dialog.save()  # no description yet: refused, the dialog stays
    qtbot.waitUntil(lambda: not dialog.writes.busy)  # refused in the background
    assert "required" in dialog.message.text() and dialog.result_info is None
    dialog.severity.setCurrentIndex(dialog.severity.findData("serious"))
    dialog.feedback_class.setCurrentIndex(dialog.feedback_class.findData("staff_attitude"))
    dialog.against.setCurrentIndex(dialog.against.findData("li"))
    qtbot.keyClicks(dialog.description, "Technician was rude")
    with qtbot.waitSignal(dialog.accepted):
        dialog.save()
    assert dialog.result_info is not None and dialog.result_info.against == "li"

    clerk_page = AftercarePage(db, staff.clerk)
    qtbot.addWidget(clerk_page)
    assert not clerk_page.assign_button.isEnabled() and not clerk_page.close_button.isEnabled()
    manager_page = AftercarePage(db, staff.manager)
    qtbot.addWidget(manager_page)
    loaded(qtbot, manager_page)
    about = [c.header for c in aftercare_page.COMPLAINT_COLUMNS].index("About")
    # the person the complaint is about by name, not by login ("Li Wei", not "li")
    qtbot.waitUntil(
        lambda: (
            manager_page.complaints_model.index(0, about).data() == staff.technician.display_name
        )
    )
    manager_page.complaints_view.selectRow(0)
    qtbot.waitUntil(lambda: "amy: Open" in manager_page.complaint_detail.text())  # its history
    assert "Technician was rude" in manager_page.complaint_detail.text()
    manager_page._change(complaints.close)  # not resolved yet: refused with a message
    qtbot.waitUntil(lambda: not manager_page.writes.busy)
    assert "only a resolved complaint" in manager_page.complaint_message.text()
    with qtbot.waitSignal(manager_page.complaints_loaded):
        manager_page._change(complaints.resolve, "Apologised, free case", told=True)
    assert manager_page.complaints_model.rowCount() == 0  # the list shows unresolved ones
    manager_page.state_filter.setCurrentIndex(manager_page.state_filter.findData("resolved"))
    qtbot.waitUntil(lambda: manager_page.complaints_model.rowCount() == 1)

    tech_page = AftercarePage(db, staff.technician)
    qtbot.addWidget(tech_page)
    assert [tech_page.tabs.tabText(i) for i in range(tech_page.tabs.count())] == [
        "Complaints",
        "Consultations",
        "Maintenance due",
    ]


def test_new_complaint_from_the_ticket_and_customer_pages(qtbot, monkeypatch, db, db_path, staff):
    ticket_no = collected_days_ago(db, db_path, staff, 1)
    opened = []
    monkeypatch.setattr(
        ComplaintDialog,
        "exec",
        lambda self: opened.append((self.ticket.text(), self.phone.text())) or 0,
    )
    ticket_page = TicketPage(db, staff.clerk)
    qtbot.addWidget(ticket_page)
    ticket_page.show_ticket(ticket_no)
    qtbot.waitUntil(ticket_page.idle)  # the page reads the ticket in the background
    qtbot.mouseClick(ticket_page.complaint_button, Qt.MouseButton.LeftButton)
    customers = CustomersPage(db, staff.clerk)
    qtbot.addWidget(customers)
    customers.search.setText("5678")
    customers.refresh()
    qtbot.waitUntil(lambda: customers.idle() and customers.model.rowCount() == 1)
    customers.view.selectRow(0)
    qtbot.mouseClick(customers.complaint_button, Qt.MouseButton.LeftButton)
    assert opened == [(ticket_no, ""), ("", "+8613812345678")]


def test_timeline_shows_calls_and_complaints(qtbot, db, db_path, staff):
    ticket_no = collected_days_ago(db, db_path, staff, 7)
    followups.record_for_ticket(db, staff.clerk, ticket_no, reached=True, satisfaction=1)
    page = TicketPage(db, staff.clerk)
    qtbot.addWidget(page)
    page.show_ticket(ticket_no)
    qtbot.waitUntil(lambda: page.idle() and page.events_model.rowCount() > 0)
    rows = [
        (page.events_model.index(r, 2).data(), page.events_model.index(r, 3).data())
        for r in range(page.events_model.rowCount())
    ]
    kinds = [kind for kind, _ in rows]
    assert "Follow-up call" in kinds and "Complaint" in kinds
    call_note = next(note for kind, note in rows if kind == "Follow-up call")
    assert call_note == "After collection · Reached · 1/5 · Dissatisfied at follow-up"
    complaint_note = next(note for kind, note in rows if kind == "Complaint")
    assert complaint_note.startswith("Complaint 1: Open")


def test_consultation_with_a_callback(qtbot, db, staff):
    page = AftercarePage(db, staff.clerk)
    qtbot.addWidget(page)
    page.caller.setText("王先生")  # typed through an input method, not key codes
    qtbot.keyClicks(page.caller_phone, "13912345678")
    qtbot.keyClicks(page.question, "How much is a new battery?")
    page.wants_callback.setChecked(True)
    with qtbot.waitSignal(page.consultations_loaded):
        page.save_consultation()
    assert page.consultation_message.text() == "Consultation saved."
    assert page.consultations_model.rowCount() == 1
    assert "Callback due" in page.consultations_model.index(0, 5).data()
    page.save_consultation()  # an empty form is refused
    qtbot.waitUntil(lambda: not page.writes.busy)
    assert "required" in page.consultation_message.text()


def test_the_page_in_chinese(qtbot, db, staff):
    from counter_app import i18n
    from counter_app.names import feedback_class_text

    try:
        i18n.install("zh_CN")
        page = AftercarePage(db, staff.manager)
        qtbot.addWidget(page)
        assert [page.tabs.tabText(i) for i in range(3)] == ["待回访", "投诉", "咨询"]
        assert feedback_class_text("not_fixed_several_times") == "多次维修不到位"
        i18n.install("zh_TW")
        assert feedback_class_text("dissatisfied_at_followup") == "回訪不滿意"
    finally:
        i18n.install("en")


def test_reports_page_shows_the_after_care_columns(qtbot, db, db_path, staff):
    from counter_app.ui.pages.reports_page import ReportsPage

    ticket_no = collected_days_ago(db, db_path, staff, 0)
    followups.record_for_ticket(db, staff.clerk, ticket_no, reached=True, satisfaction=2)
    page = ReportsPage(db, staff.manager)
    qtbot.addWidget(page)
    page.run_monthly()  # this month: the call was made today
    qtbot.waitUntil(lambda: page.monthly_report is not None, timeout=10000)
    heads = [
        page.staff.headerData(c, Qt.Orientation.Horizontal) for c in range(page.staff.columnCount())
    ]
    rows = {
        (page.staff.index(r, 0).data(), page.staff.index(r, 1).data()): {
            h: page.staff.index(r, c).data() for c, h in enumerate(heads)
        }
        for r in range(page.staff.rowCount())
    }
    amy = rows[("Amy Chen", "Clerk")]
    assert amy["Follow-ups"] == "1" and amy["Satisfaction"] == "2.00"
    assert amy["Satisfied"] == "0.0%" and amy["Complaints"] == "1"
    li = rows[("Li Wei", "Technician")]
    assert li["Satisfaction"] == "2.00" and li["Complaints"] == "1" and li["Follow-ups"] == "0"
