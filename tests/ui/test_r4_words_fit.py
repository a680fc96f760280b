"""Words on screen, whole (issue 25 point 6): a schedule clash refused in the booking dialog
is shown in full (the dialog grows for the wrapped second line, no "…时间冲"); the monthly
assessment names each person's real role (a manager taking in is "Manager (as Clerk)",
never "Clerk"), on the screen, in the PDF, the Excel book and the JSON; the loaner's IMEI
and deposit fields are wide enough for their placeholders."""

from __future__ import annotations

from datetime import time

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QLineEdit

from counter_app.exporting import report_excel
from counter_app.printing.report_doc import monthly_html
from counter_app.services.appointments import booking as appointments
from counter_app.services.reporting import reports
from counter_app.timeutil import local_today
from counter_app.ui.app import install_language
from counter_app.ui.dialogs.appointment_dialogs import BookDialog
from counter_app.ui.pages.customer_reach import CustomerReach
from counter_app.ui.pages.reports_page import STAFF, ReportsPage
from tests.services.helpers import collect, take_in
from tests.ui.test_schedule_page import book, day  # noqa: F401  (fixture)


@pytest.fixture(params=["en", "zh_CN"])
def language(request):  # type: ignore[no-untyped-def]
    install_language(request.param)
    yield request.param
    install_language("en")


def test_a_clash_is_shown_whole_in_the_booking_dialog(qtbot, db, staff, day, language):  # noqa: F811
    booked = book(db, staff.clerk, day, 10, name="欧阳娜娜")
    dialog = BookDialog(db, staff.clerk, appointments.engineers(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.phone.setText("13700001111")
    dialog.name.setText("李雷")
    dialog.at.setDateTime(QDateTime(QDate(day), time(10, 30)))
    dialog.address.setText("南山区")
    dialog.engineer.setCurrentIndex(dialog.engineer.findData("li"))
    height = dialog.height()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.writes.busy)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    label = dialog.error
    slot = f"{day:%Y-%m-%d} 10:00-11:00"
    expected = {
        "en": f"Clashes with appointment {booked.id} (欧阳娜娜, {slot}) of the same engineer",
        "zh_CN": f"与同一工程师的预约 {booked.id}（欧阳娜娜，{slot}）时间冲突",
    }[language]
    assert label.text() == expected
    assert label.wordWrap()
    metrics = label.fontMetrics()
    # Longer than one line of the dialog: wrapped onto more lines, every one of them shown.
    assert metrics.horizontalAdvance(label.text()) > label.contentsRect().width()
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() < dialog.buttons.geometry().top()
    assert label.width() <= dialog.width() and dialog.height() > height


def _manager_took_in(db, staff) -> reports.MonthlyReport:  # type: ignore[no-untyped-def]
    no = take_in(db, staff.manager)  # the manager at the counter: a clerk's figures
    collect(db, staff.clerk, staff.technician, no)
    today = local_today("Asia/Shanghai")
    return reports.monthly(db, staff.manager, today.year, today.month)


def test_the_monthly_assessment_names_the_real_role(qtbot, db, staff, tmp_path, cli):
    r = _manager_took_in(db, staff)
    rows = {s.user: s for s in r.staff}
    assert (rows["Manager"].role, rows["Manager"].worked_as) == ("manager", "clerk")
    assert (rows["Li Wei"].role, rows["Li Wei"].worked_as) == ("technician", "technician")

    page = ReportsPage(db, staff.manager)
    qtbot.addWidget(page)
    page.show_monthly(r)
    heads = [page.staff.headerData(i, Qt.Orientation.Horizontal) for i in range(len(STAFF))]
    role = heads.index("Role")
    shown = {
        page.staff.index(i, 0).data(): page.staff.index(i, role).data()
        for i in range(page.staff.rowCount())
    }
    assert shown == {"Manager": "Manager (as Clerk)", "Li Wei": "Technician"}

    assert "Manager (as Clerk)" in monthly_html(r)
    path = tmp_path / "monthly.xlsx"
    report_excel.monthly(r, path)
    staff_sheet = {row[0].value: row[1].value for row in load_workbook(path)["Staff"].iter_rows(2)}
    assert staff_sheet["Manager"] == "Manager (as Clerk)"
    month = f"{local_today('Asia/Shanghai'):%Y-%m}"
    listed = cli("report", "monthly", "--month", month, "--json").json()["staff"]
    assert {(s["user"], s["role"], s["worked_as"]) for s in listed} == {
        ("Manager", "manager", "clerk"),
        ("Li Wei", "technician", "technician"),
    }
    text = cli("report", "monthly", "--month", month).stdout
    assert "manager as clerk" in text


def test_a_role_in_the_translated_names(db, staff):
    from counter_app import names

    chinese = {
        "Manager": "店长",
        "Clerk": "前台",
        "{role} (as {capacity})": "{role}（按{capacity}计）",
    }
    names.set_translator(lambda context, text: chinese.get(text, text))
    try:
        assert names.role_worked_as_text("manager", "clerk") == "店长（按前台计）"
        assert names.role_worked_as_text("clerk", "clerk") == "前台"
    finally:
        names.set_translator(None)


def test_the_loaner_fields_are_wide_enough_for_their_placeholders(qtbot, db, staff, language):
    reach = CustomerReach(db, staff.clerk)
    qtbot.addWidget(reach)
    reach.resize(260, reach.sizeHint().height())  # as narrow as the ticket page's side panel
    reach.show()
    qtbot.waitExposed(reach)
    for edit in (reach.loaner_imei, reach.loaner_deposit):
        assert isinstance(edit, QLineEdit)
        text = edit.placeholderText()
        assert text
        need = edit.fontMetrics().horizontalAdvance(text)
        assert edit.minimumWidth() >= need
        # what the field leaves for its text, once laid out, holds the whole placeholder
        assert edit.width() >= edit.minimumWidth()
        assert edit.contentsRect().width() - edit.textMargins().left() > need


def test_the_passcode_is_for_technicians_and_the_manager_as_the_guides_say(qtbot, db, staff):
    import re

    from counter_app.services.tickets.jobs import PASSCODE_ROLES
    from tests.conftest import ROOT
    from tests.ui.test_ticket_page import page_for

    no = take_in(db, staff.clerk, passcode="0852")
    assert page_for(qtbot, db, staff.manager, no).passcode.text() == "0852"
    assert page_for(qtbot, db, staff.technician, no).passcode.text() == "0852"
    clerk = page_for(qtbot, db, staff.clerk, no)
    assert clerk.passcode.text() == "(technicians and the manager)"
    assert set(PASSCODE_ROLES) == {"technician", "manager"}
    guide = " ".join((ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8").split())
    said = re.search(r"\*\*Passcode\*\* if the customer gives it \(([^)]*)\)", guide)
    assert said is not None and said.group(1).startswith("only technicians and the manager")
    chinese = (ROOT / "docs" / "zh-CN" / "user-guide.md").read_text(encoding="utf-8")
    assert "锁屏密码**（只有技术员和店长能看到" in chinese


def test_the_lockout_is_said_whole_with_the_persons_name(qtbot, db, staff, language):
    from counter_app.errors import ServiceError
    from counter_app.services.people import users
    from counter_app.ui.dialogs.sign_in import SignInDialog

    users.set_password(db, staff.manager, "li", "right-password-1")
    for _ in range(users.LOCK_AFTER_FAILURES):
        with pytest.raises(ServiceError):
            users.sign_in(db, "li", "wrong")
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.user.findData("li") >= 0)
    dialog.user.setCurrentIndex(dialog.user.findData("li"))
    dialog.password.setText("right-password-1")
    dialog.try_sign_in()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    label = dialog.error
    assert (
        label.text()
        == {
            "en": "Too many wrong passwords: Li Wei is locked; try again in a minute",
            "zh_CN": "密码错误次数过多：Li Wei 已被锁定，请一分钟后再试",
        }[language]
    )
    assert label.wordWrap() and label.height() >= label.heightForWidth(label.width())
    assert label.width() <= dialog.contentsRect().width()
